"""Outreach at scale: the Threads view of the largest account and the Today queue.

    python bench/bench_outreach.py                      # 10k accounts, 100k contacts, 300k touches
    python bench/bench_outreach.py --contacts 20000 --touches 60000 -o /tmp/small.whynow

Generates a deterministic workspace (standalone: bench/make_workspace.py has
no contacts yet) with skewed accounts (a few very large ones, as real books
have), playbook enrolments whose steps become tasks, then times the queries
the GUI runs on the UI thread's behalf. Prints milliseconds (median of
--repeat runs); numbers, never pass/fail.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import outreach
from research import relationship as rel
from research.i18n import phrase
from research.types import Account, Contact, PersonaTier, new_id
from storage import accounts as account_store
from storage import contacts as contact_store
from storage import outreach as store
from storage.db import connect

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TODAY = date(2026, 3, 2)
TIERS = [PersonaTier.C_LEVEL, PersonaTier.DIRECTOR, PersonaTier.PRACTITIONER, PersonaTier.UNKNOWN]
OUTCOME_WEIGHTS = {
    "sent": 55,
    "no_answer": 12,
    "left_voicemail": 8,
    "connected": 6,
    "replied_positive": 3,
    "replied_neutral": 5,
    "replied_negative": 3,
    "meeting_booked": 2,
    "bounced": 4,
    "opted_out": 2,
}
CHANNEL_FOR = {"connected": "call", "no_answer": "call", "left_voicemail": "voicemail"}


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def generate(db: Any, n_accounts: int, n_contacts: int, n_touches: int, skew: float, rng: random.Random) -> str:
    """Fill the workspace; returns the id of the account with the most touches."""
    accounts = [
        Account(
            name=f"Account {i}",
            domain=f"a{i}.example",
            tier=rng.choices([1, 2, 3], [1, 3, 6])[0],
            owner="Mia",
        )
        for i in range(n_accounts)
    ]
    account_store.insert_many(db, accounts)
    with db.atomic():
        db.conn.executemany(
            "UPDATE accounts SET why_now_score = ? WHERE id = ?",
            [(rng.choice([None, rng.uniform(0, 100)]), a.id) for a in accounts],
        )
    # Skew: account weights follow 1/rank^skew; at 0.6 over 10k accounts the largest holds
    # about 1% of the contacts and touches, at 0.9 about 6% (a stress case)
    weights = [1 / (rank + 1) ** skew for rank in range(n_accounts)]
    owners = rng.choices(range(n_accounts), weights=weights, k=n_contacts)
    contacts: list[tuple[Any, ...]] = []
    people: list[tuple[str, str]] = []  # (contact id, account id)
    for i, owner in enumerate(owners):
        account_id = accounts[owner].id
        c = Contact(
            account_id=account_id,
            full_name=f"Person {i}",
            email=f"p{i}@a{owner}.example",
            persona_tier=rng.choice(TIERS),
        )
        contacts.append(contact_store.to_tuple(c))
        people.append((c.id, account_id))
    contact_store.insert_rows(db, contacts)

    outcomes, outcome_w = zip(*OUTCOME_WEIGHTS.items(), strict=True)
    touches = []
    per_account: dict[str, int] = {}
    for _ in range(n_touches):
        contact_id, account_id = people[rng.randrange(len(people))]
        outcome = rng.choices(outcomes, outcome_w)[0]
        at = NOW - timedelta(days=rng.uniform(0, 365))
        touches.append(
            store.Touch(
                account_id,
                contact_id,
                CHANNEL_FOR.get(outcome, rng.choice(["email", "linkedin"])),
                outcome,
                rel.default_direction(outcome),
                at=_iso(at),
                logged_by="Mia",
            )
        )
        per_account[account_id] = per_account.get(account_id, 0) + 1
    store.insert_touches(db, touches)

    # one contact in five is on a playbook that started in the last three weeks
    tasks: list[store.Task] = []
    enrolments: list[tuple[Any, ...]] = []
    for contact_id, account_id in rng.sample(people, len(people) // 5):
        start = TODAY - timedelta(days=rng.randrange(21))
        enrolment_id = new_id()
        enrolments.append(
            (
                enrolment_id,
                account_id,
                contact_id,
                "Director",
                "director",
                "active",
                "",
                start.isoformat(),
                None,
                None,
                _iso(NOW),
                _iso(NOW),
            )
        )
        for index, day in enumerate((0, 2, 3, 6, 9, 13, 18)):
            due = start + timedelta(days=day)
            # most past steps were worked; what was not is the overdue part of the queue
            status = "done" if due < TODAY and rng.random() < 0.9 else "open"
            tasks.append(
                store.Task(
                    account_id,
                    contact_id,
                    due.isoformat(),
                    "email",
                    # as research.playbooks.plan_steps stores it: a phrase, worded when read
                    phrase(
                        "Task",
                        "{channel} {who} · {playbook} step {step}/{total}",
                        channel=phrase("Channel", "E-mail"),
                        who="Person",
                        playbook="Director",
                        step=index + 1,
                        total=7,
                    ),
                    body="Hi there",
                    enrolment_id=enrolment_id,
                    step_index=index,
                    status=status,
                )
            )
    with db.atomic():
        db.conn.executemany(
            f"INSERT INTO enrolments ({', '.join(store.ENROLMENT_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in store.ENROLMENT_COLUMNS)})",
            enrolments,
        )
    store.insert_tasks(db, tasks)
    db.execute("ANALYZE")
    return max(per_account, key=lambda k: per_account[k])


def timed(label: str, repeat: int, func: Callable[[], Any]) -> Any:
    result: Any = None
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        runs.append((time.perf_counter() - start) * 1000)
    print(f"{label:<48} {statistics.median(runs):8.1f} ms  (min {min(runs):.1f}, {repeat} runs)")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, default=Path("/tmp/bench_outreach.whynow"))
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--touches", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skew", type=float, default=0.6, help="account size skew (0 = even)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="time an existing --output workspace")
    args = parser.parse_args()
    if not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.output}{suffix}").unlink(missing_ok=True)
    db = connect(args.output)
    if args.reuse:
        largest = db.execute(
            "SELECT account_id FROM touches GROUP BY account_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    else:
        start = time.perf_counter()
        largest = generate(db, args.accounts, args.contacts, args.touches, args.skew, random.Random(args.seed))
        print(
            f"generated {args.accounts:,} accounts, {args.contacts:,} contacts, "
            f"{args.touches:,} touches in {time.perf_counter() - start:.1f} s → {args.output}"
        )
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("touches", "tasks", "enrolments")}
    big_contacts = db.execute("SELECT count(*) FROM contacts WHERE account_id = ?", [largest]).fetchone()[0]
    big_touches = db.execute("SELECT count(*) FROM touches WHERE account_id = ?", [largest]).fetchone()[0]
    print(
        f"workspace: {counts['touches']:,} touches, {counts['tasks']:,} tasks, "
        f"{counts['enrolments']:,} enrolments; "
        f"largest account: {big_contacts:,} contacts, {big_touches:,} touches"
    )

    groups = timed("threads(largest account)", args.repeat, lambda: outreach.threads(db, largest, now=NOW))
    print(f"  → {sum(len(g['threads']) for g in groups):,} threads")
    queue = timed("today_queue(today)", args.repeat, lambda: outreach.today_queue(db, TODAY))
    print(f"  → {len(queue):,} due or overdue tasks")
    timed(
        "today_queue(today, first page of 200)",
        args.repeat,
        lambda: outreach.today_queue(db, TODAY, limit=200),
    )
    timed(
        "account_relationship(largest account)",
        args.repeat,
        lambda: outreach.account_relationship(db, largest, now=NOW),
    )
    timed(
        "engaged_contact_ids(largest account)",
        args.repeat,
        lambda: outreach.engaged_contact_ids(db, largest),
    )
    # icalendar builds and folds every line in Python (~0.5 ms a task): one run is enough
    _, exported = timed(
        "tasks_calendar(next 7 days), 1 run",
        1,
        lambda: outreach.tasks_calendar(db, until=TODAY + timedelta(days=7), now=NOW),
    )
    print(f"  → {exported:,} tasks exported")
    _, exported = timed(
        "tasks_calendar(today only), 1 run",
        1,
        lambda: outreach.tasks_calendar(db, until=TODAY, now=NOW),
    )
    contact_id = db.execute(
        "SELECT id FROM contacts WHERE account_id = ? AND status = 'active' LIMIT 1", [largest]
    ).fetchone()[0]
    timed(
        "log_touch(largest account, with schedule next)",
        args.repeat,
        lambda: outreach.log_touch(
            db, largest, contact_id, "email", "sent", schedule_next=(2, "call", ""), today=TODAY
        ),
    )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
