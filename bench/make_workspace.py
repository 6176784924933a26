"""Generate a synthetic workspace at scale for benchmarks.

    python bench/make_workspace.py --accounts 10000 -o /tmp/scale.whynow

Later features extend this with contacts, feed items and touches (each a
`--NAME N` option and a `make_NAME(db, n, rng)` function below). Data is
deterministic for a given --seed so numbers compare across runs.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from research.types import Account, Stage, StageChange  # noqa: E402
from storage import accounts as account_store  # noqa: E402
from storage.db import connect  # noqa: E402

INDUSTRIES = ["Software", "Fintech", "Logistics", "Manufacturing", "E-commerce", "Healthcare", "物流", "制造", "软件"]
COUNTRIES = ["Germany", "United Kingdom", "United States", "Netherlands", "Singapore", "中国 · 上海", "中国 · 深圳", "France"]
SYLLABLES = ["nor", "hel", "kes", "lu", "bri", "tai", "yun", "fan", "cor", "vid", "ja", "mo", "zen", "qi", "ra"]
SUFFIXES = ["Labs", "Systems", "GmbH", "Ltd", "Group", "Analytics", "科技", "智造", "Freight", "Cloud"]


def make_accounts(db, n: int, rng: random.Random) -> list[str]:  # type: ignore[no-untyped-def]
    ids: list[str] = []
    stages = list(Stage)
    batch: list[Account] = []
    changes: list[StageChange] = []
    for i in range(n):
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        stage = rng.choices(stages, weights=[50, 20, 10, 8, 6, 4, 2])[0]
        a = Account(
            name=f"{word} {rng.choice(SUFFIXES)}",
            domain=f"{word.lower()}{i}.example",
            website=f"https://{word.lower()}{i}.example",
            industry=rng.choice(INDUSTRIES),
            employees=rng.choice([None, rng.randint(10, 50000)]),
            country=rng.choice(COUNTRIES),
            tier=rng.choices([1, 2, 3], weights=[1, 3, 6])[0],
            stage=stage,
            owner=rng.choice(["Mia", "Ola", "Chen Jie", "Sam"]),
            icp_score=rng.randint(0, 100),
        )
        batch.append(a)
        changes.append(StageChange(a.id, None, stage, a.owner, "generated"))
        ids.append(a.id)
    with db.atomic():
        account_store.insert_many(db, batch)
        for change in changes:
            account_store.add_stage_change(db, change)
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--accounts", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.output.exists():
        args.output.unlink()
    rng = random.Random(args.seed)
    db = connect(args.output)
    start = time.perf_counter()
    make_accounts(db, args.accounts, rng)
    print(f"{args.accounts} accounts in {time.perf_counter() - start:.2f} s → {args.output}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
