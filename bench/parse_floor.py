"""How fast feeds can be parsed here: the CPU floor under a refresh.

Parses the generated bench feeds (bench/feedserver.py, same bodies a refresh
benchmark serves) three ways and prints MB/s and ms per feed:

1. feedparser.parse with its defaults (its own pure-Python sanitiser on),
   the baseline PERFORMANCE.md measured;
2. research.feeds.parse.parse_feed in one process (feedparser's sanitiser
   off, nh3 sanitising, our normalisation included);
3. parse_feed over a ProcessPoolExecutor with one worker per core.

    python bench/parse_floor.py --feeds 400

Numbers only, never pass/fail.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feedserver import generate_feed

from research.feeds.parse import parse_feed


def _parse_one(job: tuple[bytes, str, str]) -> int:
    body, url, content_type = job
    return len(parse_feed(body, url, content_type).entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=400)
    args = parser.parse_args()

    import feedparser

    jobs = []
    for index in range(args.feeds):
        body, content_type = generate_feed(index)
        jobs.append((body, f"https://company{index}.example.com/feed.xml", content_type))
    megabytes = sum(len(body) for body, _, _ in jobs) / 1e6
    print(f"{args.feeds} feeds, {megabytes:.1f} MB of XML, {os.cpu_count()} cores")

    def report(name: str, seconds: float, per_feed: list[float] | None = None) -> None:
        line = f"{name:<38} {seconds:6.2f} s  {megabytes / seconds:5.1f} MB/s"
        if per_feed:
            line += f"  median {statistics.median(per_feed) * 1000:5.1f} ms/feed"
        print(line)

    timings: list[float] = []
    started = time.perf_counter()
    for body, url, content_type in jobs:
        t = time.perf_counter()
        feedparser.parse(
            io.BytesIO(body),
            response_headers={"content-type": content_type, "content-location": url},
        )
        timings.append(time.perf_counter() - t)
    report("feedparser defaults, 1 process", time.perf_counter() - started, timings)

    timings = []
    started = time.perf_counter()
    for job in jobs:
        t = time.perf_counter()
        _parse_one(job)
        timings.append(time.perf_counter() - t)
    report("parse_feed, 1 process", time.perf_counter() - started, timings)

    workers = os.cpu_count() or 2
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_parse_one, jobs[:workers]))  # start the workers outside the timing
        started = time.perf_counter()
        entries = sum(pool.map(_parse_one, jobs, chunksize=4))
        report(f"parse_feed, {workers} processes", time.perf_counter() - started)
    print(f"{entries} entries parsed")


if __name__ == "__main__":
    main()
