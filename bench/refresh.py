"""Refresh speed against what physics allows, all measured in one run.

    python bench/refresh.py [--feeds 400] [--latency 0.1] [--workers 8] [--no-baseline]

Serves N generated feeds on 127.0.0.1 (bench/feedserver.py) behind a fixed
per-response latency, then measures:
  * the parse floor: feedparser CPU time over every body / cores;
  * the latency floor: ceil(feeds / workers) × latency;
  * a cold refresh into a fresh workspace, a warm one (everything 304);
  * the naive baseline: a sequential `feedparser.parse(url)` loop.
Prints seconds and ratios. Numbers, never pass/fail: this machine is noisy.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import feedparser
from feedserver import serve_feeds

from app import accounts, feeds
from research.feeds.parse import parse_feed
from storage.db import connect


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=400)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--no-baseline", action="store_true", help="skip the slow sequential baseline")
    args = parser.parse_args()
    cores = os.cpu_count() or 1

    server = serve_feeds(args.feeds, args.latency)
    urls = [f"{server.base_url}/feeds/{i}.xml" for i in range(args.feeds)]
    bodies = [f.body for f in server.feeds]
    print(
        f"{args.feeds} feeds, {sum(map(len, bodies)) / 1e6:.1f} MB, latency {args.latency * 1000:.0f} ms, "
        f"{args.workers} workers, {cores} cores"
    )

    # Parse floor: our parser (feedparser + normalising + nh3) over every body, one core.
    cpu0 = time.process_time()
    for url, body in zip(urls, bodies, strict=True):
        parse_feed(body, url, "application/rss+xml")
    parse_cpu = time.process_time() - cpu0
    parse_floor = parse_cpu / cores
    latency_floor = math.ceil(args.feeds / args.workers) * args.latency
    floor = max(parse_floor, latency_floor)
    print(f"parse CPU {parse_cpu:.2f} s → parse floor {parse_floor:.2f} s; latency floor {latency_floor:.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        db = connect(Path(tmp) / "bench.whynow")
        per_account = 10
        account_id = ""
        for i, url in enumerate(urls):
            if i % per_account == 0:
                account_id = accounts.create_account(db, {"name": f"Company {i // per_account}"}).id
            feeds.add_feed(db, account_id, url)

        t = time.perf_counter()
        cold = feeds.refresh(db, workers=args.workers)
        cold_s = time.perf_counter() - t
        print(
            f"cold refresh: {cold_s:.2f} s ({cold.ok} ok, {cold.failed} failed, {cold.new_items} items, "
            f"processes={cold.parsed_in_processes}) = {cold_s / floor:.2f}× the larger floor"
        )
        print(
            f"  of which fetch + parse + store {cold.seconds:.2f} s = {cold.seconds / floor:.2f}× the larger floor; "
            f"trigger detection and grouping {cold_s - cold.seconds:.2f} s ({cold.new_triggers} triggers: "
            "the generated feeds are made of trigger words, real news carries far fewer)"
        )

        t = time.perf_counter()
        warm = feeds.refresh(db, workers=args.workers)
        warm_s = time.perf_counter() - t
        print(
            f"warm refresh: {warm_s:.2f} s ({warm.not_modified} not modified) = "
            f"{warm_s / latency_floor:.2f}× the latency floor"
        )
        db.close()

    if not args.no_baseline:
        t = time.perf_counter()
        for url in urls:
            # what a naive script does: let feedparser fetch and parse, one by one
            feedparser.parse(url)
        naive_s = time.perf_counter() - t
        print(f"naive sequential fetch+feedparser: {naive_s:.2f} s → cold refresh is {naive_s / cold_s:.1f}× faster")
    server.shutdown()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
