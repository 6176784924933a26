"""The dashboard end to end on a scale workspace: read the facts from SQLite and compute every KPI.

    python bench/bench_outreach.py -o /tmp/bench_outreach.whynow   # builds 10k/100k/300k (once)
    python bench/bench_dashboard.py /tmp/bench_outreach.whynow

research/metrics.py's own bench measures the maths on data already in memory;
this one adds what the window really pays: the queries in app/metrics.py.
Prints milliseconds (median of 5); numbers, never pass/fail.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import metrics
from storage.db import connect


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench_outreach.whynow")
    db = connect(path, create=False)
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("accounts", "contacts", "touches")}
    print(", ".join(f"{n:,} {t}" for t, n in counts.items()))
    gather, total = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        facts = metrics.gather_facts(db)
        t1 = time.perf_counter()
        metrics.compute_dashboard(db, period="90d", facts=facts)
        t2 = time.perf_counter()
        gather.append((t1 - t0) * 1000)
        total.append((t2 - t0) * 1000)
    recompute = []
    for period in ("30d", "90d", "1y", "30d", "90d"):
        t0 = time.perf_counter()
        metrics.compute_dashboard(db, period=period, facts=facts)
        recompute.append((time.perf_counter() - t0) * 1000)
    print(f"read facts: median {statistics.median(gather):.0f} ms")
    print(
        f"compute every KPI from facts already read (period/tier change): median {statistics.median(recompute):.0f} ms"
    )
    print(f"read + compute every KPI (90 days + previous): median {statistics.median(total):.0f} ms "
          f"(min {min(total):.0f}, max {max(total):.0f}); goal < 200 ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
