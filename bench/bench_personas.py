"""How fast job titles are sorted into persona tiers (the issue asks for 50,000 titles/s).

Workloads, each best of --rounds, printed as titles/s:

1. compiling the built-in rules (once per process);
2. the labelled titles (tests/data/titles.tsv) with the cache cleared every
   round: every title is new to the classifier;
3. unique titles: each labelled title with a different company or location
   appended (" at Company 17", " | Region 3", " @ 公司17"), nothing repeats;
4. English-only and Chinese-only slices of (3);
5. a CRM-like export: titles drawn with repeats from the labelled set, the
   bounded cache answering most of them.

    python bench/bench_personas.py --titles 200000

Numbers only, never pass/fail.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from research import personas

TITLES_TSV = Path(__file__).resolve().parent.parent / "tests" / "data" / "titles.tsv"
HAN = re.compile(r"[\u4e00-\u9fff]")
SUFFIXES = (" at Company {i}", " | Region {i}", " ({i})", " @ 公司{i}", " - Team {i}", "")


def best_rate(count: int, rounds: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return count / best


def classify_fresh(rules: personas.PersonaRules, titles: Sequence[str]) -> None:
    rules.clear_cache()
    for title in titles:
        rules.classify(title)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--titles", type=int, default=200_000, help="titles per workload")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with TITLES_TSV.open(encoding="utf-8") as lines:
        labelled = [title for title, _ in personas.parse_labelled_titles(lines)]
    unique = [rng.choice(labelled) + rng.choice(SUFFIXES).format(i=i) + f" #{i}" for i in range(args.titles)]
    english = [t for t in unique if not HAN.search(t)]
    chinese = [t for t in unique if HAN.search(t)]
    export = [rng.choice(labelled) for _ in range(args.titles)]

    data = personas._builtin_data()
    # re caches compiled expressions; purge so every round really compiles
    compile_rate = best_rate(1, args.rounds, lambda: (re.purge(), personas.PersonaRules(data)))
    rules = personas.PersonaRules(data)
    print(f"rules: {rules.rule_count} rules; compiling takes {1000 / compile_rate:.1f} ms")

    def report(name: str, titles: Sequence[str], work: Callable[[], object]) -> None:
        rate = best_rate(len(titles), args.rounds, work)
        print(f"{name:<46}{len(titles):>9,} titles {rate:>12,.0f} titles/s")

    labelled_x = labelled * max(1, 20_000 // len(labelled))
    report("labelled set, uncached", labelled, lambda: classify_fresh(rules, labelled))
    report(f"labelled set x{len(labelled_x) // len(labelled)}, cache filling", labelled_x,
           lambda: classify_fresh(rules, labelled_x))  # fmt: skip
    report("unique titles (no repeats)", unique, lambda: classify_fresh(rules, unique))
    report("  English only", english, lambda: classify_fresh(rules, english))
    report("  with Chinese", chinese, lambda: classify_fresh(rules, chinese))
    report("CRM-like export (repeats, cache warm)", export,
           lambda: personas.classify_titles(export, rules))  # fmt: skip


if __name__ == "__main__":
    main()
