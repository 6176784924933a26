"""How long the ABM KPIs take on a large workspace's worth of plain facts.

Builds, in memory and from a fixed seed, 10,000 accounts (with stage
histories), 100,000 contacts, 300,000 touches, 4,000 deals, 50,000 web-visit
signals, 20,000 research sessions and monthly programme costs, then times
`research.metrics.compute_kpis` for a quarter (which also computes the
previous quarter) with and without a tier filter. Prints milliseconds; never
pass/fail. The target is well under 200 ms.

Run: .venv/bin/python bench/bench_metrics.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from research.metrics import (
    AccountFacts,
    ContactFacts,
    CostFacts,
    DealFacts,
    ResearchTimeFacts,
    SignalFacts,
    TouchFacts,
    compute_kpis,
)
from research.types import PersonaTier, Stage

ORIGIN = datetime(2025, 1, 1, tzinfo=UTC)
SPAN_DAYS = 540  # a year and a half of history
STAGES = list(Stage)
PERSONAS = [
    PersonaTier.C_LEVEL,
    PersonaTier.DIRECTOR,
    PersonaTier.PRACTITIONER,
    PersonaTier.UNKNOWN,
]
# about 2% of touches book a meeting, as in a healthy outbound programme
OUTCOMES = [""] * 30 + ["no_answer"] * 10 + ["replied"] * 6 + ["bounced"] * 3 + ["meeting_booked"]


def stamp(rng: random.Random, after: datetime | None = None) -> str:
    base = after or ORIGIN
    room = max(1, int((ORIGIN + timedelta(days=SPAN_DAYS) - base).total_seconds()))
    return (base + timedelta(seconds=rng.randrange(room))).isoformat()


def build(n_accounts: int, n_contacts: int, n_touches: int, seed: int = 7) -> dict[str, list[object]]:
    rng = random.Random(seed)
    accounts: list[AccountFacts] = []
    for i in range(n_accounts):
        created = stamp(rng)
        changes: list[tuple[str, Stage | None, Stage]] = [(created, None, Stage.COLD)]
        at, order = datetime.fromisoformat(created), 0
        for _ in range(rng.randrange(0, 5)):
            at += timedelta(days=rng.randrange(1, 60))
            order = min(len(STAGES) - 1, max(0, order + rng.choice((1, 1, 1, 2, -1))))
            changes.append((at.isoformat(), changes[-1][2], STAGES[order]))
        accounts.append(AccountFacts(f"a{i}", rng.choice((1, 2, 2, 3, 3, 3)), changes[-1][2],
                                     changes, created))  # fmt: skip
    ids = [a.id for a in accounts]
    contacts = [
        ContactFacts(rng.choice(ids), rng.choice(PERSONAS), engaged := rng.random() < 0.3,
                     stamp(rng) if engaged and rng.random() < 0.95 else None)
        for _ in range(n_contacts)
    ]  # fmt: skip
    touches = [
        TouchFacts(rng.choice(ids), f"c{rng.randrange(n_contacts)}", stamp(rng),
                   rng.choice(("outbound", "outbound", "inbound")), rng.choice(OUTCOMES),
                   rng.choice(("email", "phone", "linkedin")))
        for _ in range(n_touches)
    ]  # fmt: skip
    deals: list[DealFacts] = []
    for _ in range(n_accounts * 2 // 5):
        created = stamp(rng)
        status = rng.choice(("open", "won", "lost"))
        mrr = rng.choice((1000.0, 2500.0, 5000.0))
        kind = rng.choice(("new", "new", "expansion", "renewal"))
        closed = None if status == "open" else stamp(rng, datetime.fromisoformat(created))
        deals.append(DealFacts(rng.choice(ids), mrr * 12, mrr, kind, status, created, closed))  # type: ignore[arg-type]
    signals = [SignalFacts(rng.choice(ids), stamp(rng), "page_view") for _ in range(50_000)]
    research = [ResearchTimeFacts(rng.choice(ids), stamp(rng), rng.choice((5.0, 15.0, 30.0)))
                for _ in range(20_000)]  # fmt: skip
    costs = [CostFacts((ORIGIN + timedelta(days=30 * m)).isoformat(), 25_000.0) for m in range(18)]
    return {"accounts": accounts, "contacts": contacts, "touches": touches, "deals": deals,
            "signals": signals, "research": research, "costs": costs}  # fmt: skip


def time_ms(repeat: int, **kwargs: object) -> list[float]:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        compute_kpis(**kwargs)  # type: ignore[arg-type]
        runs.append((time.perf_counter() - t0) * 1000)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    t0 = time.perf_counter()
    data = build(10_000, 100_000, 300_000)
    sizes = ", ".join(f"{len(v):,} {k}" for k, v in data.items())
    print(f"built {sizes} in {(time.perf_counter() - t0):.1f} s")
    period = {"start": "2026-01-01T00:00:00+00:00", "end": "2026-04-01T00:00:00+00:00"}
    for label, extra in (("all tiers", {}), ("tier 1 only", {"tier": 1})):
        runs = time_ms(args.repeat, **data, **period, **extra)
        print(f"compute_kpis, one quarter + previous, {label}: median {statistics.median(runs):.1f} ms, "
              f"min {min(runs):.1f} ms, max {max(runs):.1f} ms over {len(runs)} runs")  # fmt: skip


if __name__ == "__main__":
    main()
