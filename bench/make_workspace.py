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

from research.types import Account, Contact, PersonaTier, Stage, StageChange
from storage import accounts as account_store
from storage import contacts as contact_store
from storage.db import connect

INDUSTRIES = ["Software", "Fintech", "Logistics", "Manufacturing", "E-commerce", "Healthcare", "物流", "制造", "软件"]
COUNTRIES = [
    "Germany",
    "United Kingdom",
    "United States",
    "Netherlands",
    "Singapore",
    "中国 · 上海",
    "中国 · 深圳",
    "France",
]
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


FIRST_NAMES = [
    "Anna",
    "Ben",
    "Chen",
    "Dana",
    "Eli",
    "Fatima",
    "Gus",
    "Hana",
    "Ivan",
    "Jia",
    "Kofi",
    "Lena",
    "Mateo",
    "Nia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tariq",
    "伟",
    "芳",
    "静",
    "磊",
]
LAST_NAMES = [
    "Smith",
    "Müller",
    "García",
    "Okafor",
    "Nguyen",
    "Kowalski",
    "Rossi",
    "Tanaka",
    "Patel",
    "Jensen",
    "王",
    "李",
    "张",
    "刘",
    "陈",
]
SENIORITY = ["", "Senior ", "Lead ", "Head of ", "Director of ", "VP ", "Chief ", "Junior ", "Principal "]
FUNCTIONS = [
    "Finance",
    "IT",
    "Operations",
    "Sales",
    "Marketing",
    "Engineering",
    "Procurement",
    "Data",
    "Security",
    "Supply Chain",
    "People",
    "Customer Success",
]
ROLES = ["Manager", "Analyst", "Engineer", "Specialist", "Officer", "Architect", "Consultant", "Coordinator"]
TITLES_ZH = ["财务总监", "首席执行官", "信息技术经理", "运营总监", "销售代表", "采购经理", "软件工程师", "市场专员"]


def contact_title(rng: random.Random) -> str:
    """A title from a pool of a few thousand, repeating as real CRM data does."""
    if rng.random() < 0.08:
        return rng.choice(TITLES_ZH)
    seniority = rng.choice(SENIORITY)
    if seniority in ("Head of ", "Director of ", "VP "):
        return f"{seniority}{rng.choice(FUNCTIONS)}"
    if seniority == "Chief ":
        return f"Chief {rng.choice(FUNCTIONS)} Officer"
    return f"{seniority}{rng.choice(FUNCTIONS)} {rng.choice(ROLES)}"


TIER_GUESS = {
    "Chief": PersonaTier.C_LEVEL,
    "VP": PersonaTier.C_LEVEL,
    "Head": PersonaTier.DIRECTOR,
    "Director": PersonaTier.DIRECTOR,
}


def make_contacts(db, n: int, rng: random.Random, account_ids: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """n contacts spread over the accounts (tiers guessed cheaply, not by the classifier)."""
    ids: list[str] = []
    batch: list[Contact] = []
    for i in range(n):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        title = contact_title(rng)
        tier = TIER_GUESS.get(title.split(" ", 1)[0], PersonaTier.PRACTITIONER)
        c = Contact(
            account_id=rng.choice(account_ids),
            full_name=f"{first} {last} {i}",
            title=title,
            email=f"{first.lower()}.{i}@contacts{i % 97}.example",
            persona_tier=tier,
            tier_confidence=0.5,
            tier_reason="generated",
        )
        batch.append(c)
        ids.append(c.id)
    with db.atomic():
        contact_store.insert_many(db, batch)
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--accounts", type=int, default=10000)
    parser.add_argument("--contacts", type=int, default=0, help="contacts spread over the accounts")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.output.exists():
        args.output.unlink()
    rng = random.Random(args.seed)
    db = connect(args.output)
    start = time.perf_counter()
    account_ids = make_accounts(db, args.accounts, rng)
    print(f"{args.accounts} accounts in {time.perf_counter() - start:.2f} s → {args.output}")
    if args.contacts:
        start = time.perf_counter()
        make_contacts(db, args.contacts, rng, account_ids)
        print(f"{args.contacts} contacts in {time.perf_counter() - start:.2f} s")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
