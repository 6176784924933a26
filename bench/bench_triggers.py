"""Throughput of trigger detection: items per second, printed, never asserted.

A refresh runs `detect_events` on every new feed item, so it has to keep up
with parsing (target: at least 10,000 items/s on one core). Two mixes:

- labelled: tests/data/headlines.jsonl as is (about two thirds carry an
  event, so most items take the detailed path);
- feed-like: the same titles with nine no-event items for each event item,
  closer to a real feed where most posts are not news.

Usage: python bench/bench_triggers.py [--items N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from research import triggers  # noqa: E402

DATA = ROOT / "tests" / "data" / "headlines.jsonl"


def load() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    with_events: list[tuple[str, str]] = []
    without: list[tuple[str, str]] = []
    for line in DATA.read_text("utf-8").splitlines():
        row = json.loads(line)
        (with_events if row["events"] else without).append((row["title"], row["summary"]))
    return with_events, without


def measure(items: list[tuple[str, str]], repeat: int) -> float:
    """Best items/s over `repeat` passes (the best pass is the least disturbed one)."""
    rules = triggers.load_rules()
    best = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        for title, summary in items:
            triggers.detect_events(title, summary, rules)
        elapsed = time.perf_counter() - start
        best = max(best, len(items) / elapsed)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    start = time.perf_counter()
    triggers.load_rules()
    print(f"compile rules: {(time.perf_counter() - start) * 1000:.0f} ms")

    rng = random.Random(7)
    with_events, without = load()
    labelled = with_events + without
    mixes = {
        "labelled mix": [rng.choice(labelled) for _ in range(args.items)],
        "feed-like mix (10% events)": [
            rng.choice(with_events) if rng.random() < 0.1 else rng.choice(without) for _ in range(args.items)
        ],
        "events only": [rng.choice(with_events) for _ in range(args.items)],
    }
    for name, items in mixes.items():
        rate = measure(items, args.repeat)
        print(f"{name:28} {rate:10,.0f} items/s  ({len(items):,} items, best of {args.repeat})")


if __name__ == "__main__":
    main()
