"""Accounts and their stage history.

Rows in, dataclasses out. Every write stamps `updated_at`; stage changes
are stored as rows (never overwritten) so the history survives merges.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any

from sqlite_utils import Database

from research.types import Account, IcpReason, Stage, StageChange, utc_now

COLUMNS = (
    "id",
    "name",
    "domain",
    "website",
    "industry",
    "employees",
    "region",
    "country",
    "tier",
    "stage",
    "owner",
    "ae",
    "description",
    "icp_score",
    "icp_reasons",
    "is_demo",
    "archived",
    "created_at",
    "updated_at",
)


def to_row(account: Account) -> dict[str, Any]:
    return {
        "id": account.id,
        "name": account.name,
        "domain": account.domain,
        "website": account.website,
        "industry": account.industry,
        "employees": account.employees,
        "region": account.region,
        "country": account.country,
        "tier": account.tier,
        "stage": str(account.stage),
        "owner": account.owner,
        "ae": account.ae,
        "description": account.description,
        "icp_score": account.icp_score,
        "icp_reasons": json.dumps([asdict(r) for r in account.icp_reasons], ensure_ascii=False),
        "is_demo": int(account.is_demo),
        "archived": int(account.archived),
        "created_at": account.created_at,
        "updated_at": account.updated_at,
    }


def from_row(row: Sequence[Any] | dict[str, Any]) -> Account:
    r = row if isinstance(row, dict) else dict(zip(COLUMNS, row, strict=True))
    return Account(
        id=r["id"],
        name=r["name"],
        domain=r["domain"],
        website=r["website"],
        industry=r["industry"],
        employees=r["employees"],
        region=r["region"],
        country=r["country"],
        tier=int(r["tier"]),
        stage=Stage(r["stage"]),
        owner=r["owner"],
        ae=r["ae"],
        description=r["description"],
        icp_score=r["icp_score"],
        icp_reasons=[_icp_reason(x) for x in json.loads(r["icp_reasons"] or "[]")],
        is_demo=bool(r["is_demo"]),
        archived=bool(r["archived"]),
        created_at=r["created_at"],
        updated_at=r["updated_at"],
    )


def _icp_reason(stored: dict[str, Any]) -> IcpReason:
    if "detail" in stored:  # written before reasons were phrases: plain English
        stored = {("said" if key == "detail" else key): value for key, value in stored.items()}
    return IcpReason(**stored)


_SELECT = f"SELECT {', '.join(COLUMNS)} FROM accounts"


def _insert_row(db: Database, table: str, row: dict[str, Any]) -> None:
    # Plain SQL: sqlite-utils' insert() introspects the table on every call, which
    # costs more than the insert when an import creates hundreds of accounts.
    columns = list(row)
    db.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [row[c] for c in columns],
    )


def insert(db: Database, account: Account) -> None:
    _insert_row(db, "accounts", to_row(account))


def insert_many(db: Database, accounts: Iterable[Account]) -> int:
    rows = [to_row(a) for a in accounts]
    if rows:
        db.table("accounts").insert_all(rows, batch_size=500)
    return len(rows)


def update(db: Database, account: Account) -> None:
    account.updated_at = utc_now()
    row = to_row(account)
    del row["id"], row["created_at"]
    db.table("accounts").update(account.id, row)


def get(db: Database, account_id: str) -> Account | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [account_id]).fetchone()
    return from_row(row) if row else None


def find_by_domain(db: Database, domain: str) -> Account | None:
    if not domain:
        return None
    row = db.execute(f"{_SELECT} WHERE domain = ? ORDER BY archived, created_at LIMIT 1", [domain]).fetchone()
    return from_row(row) if row else None


def find_by_name(db: Database, name: str) -> list[Account]:
    rows = db.execute(f"{_SELECT} WHERE name = ? COLLATE NOCASE", [name]).fetchall()
    return [from_row(r) for r in rows]


def all_accounts(db: Database, *, include_archived: bool = False) -> list[Account]:
    where = "" if include_archived else " WHERE archived = 0"
    return [from_row(r) for r in db.execute(f"{_SELECT}{where} ORDER BY name COLLATE NOCASE")]


def all_names_and_domains(db: Database) -> list[tuple[str, str, str]]:
    """(id, name, domain) of every live account: cheap input for matching imports."""
    return [tuple(r) for r in db.execute("SELECT id, name, domain FROM accounts WHERE archived = 0")]


def set_archived(db: Database, account_id: str, archived: bool) -> None:
    db.execute(
        "UPDATE accounts SET archived = ?, updated_at = ? WHERE id = ?",
        [int(archived), utc_now(), account_id],
    )


def touch_activity(db: Database, account_id: str, when: str) -> None:
    db.execute(
        "UPDATE accounts SET last_activity_at = max(coalesce(last_activity_at, ''), ?) WHERE id = ?",
        [when, account_id],
    )


def count(db: Database, *, include_archived: bool = False) -> int:
    where = "" if include_archived else " WHERE archived = 0"
    return int(db.execute(f"SELECT count(*) FROM accounts{where}").fetchone()[0])


# -- list rows for the account table -------------------------------------------------

LIST_COLUMNS = (
    "id",
    "name",
    "domain",
    "industry",
    "employees",
    "region",
    "country",
    "tier",
    "stage",
    "owner",
    "icp_score",
    "last_activity_at",
    "archived",
    "is_demo",
    "why_now_score",
    "latest_trigger_type",
    "latest_trigger_at",
)


def list_rows(db: Database, *, include_archived: bool = False) -> list[dict[str, Any]]:
    """Every account as a flat dict for the list view; one query, no per-row lookups."""
    where = "" if include_archived else " WHERE archived = 0"
    cols = ", ".join(LIST_COLUMNS)
    cursor = db.execute(f"SELECT {cols} FROM accounts{where}")
    return [dict(zip(LIST_COLUMNS, r, strict=True)) for r in cursor]


# -- stage history ---------------------------------------------------------------------


def add_stage_change(db: Database, change: StageChange) -> None:
    _insert_row(
        db,
        "stage_changes",
        {
            "id": change.id,
            "account_id": change.account_id,
            "from_stage": str(change.from_stage) if change.from_stage else None,
            "to_stage": str(change.to_stage),
            "changed_by": change.changed_by,
            "reason": change.reason,
            "changed_at": change.changed_at,
            "created_at": change.changed_at,
            "updated_at": change.changed_at,
        },
    )


def stage_history(db: Database, account_id: str) -> list[StageChange]:
    rows = db.execute(
        "SELECT id, account_id, from_stage, to_stage, changed_by, reason, changed_at "
        "FROM stage_changes WHERE account_id = ? ORDER BY changed_at, rowid",
        [account_id],
    ).fetchall()
    return [
        StageChange(
            id=r[0],
            account_id=r[1],
            from_stage=Stage(r[2]) if r[2] else None,
            to_stage=Stage(r[3]),
            changed_by=r[4],
            reason=r[5],
            changed_at=r[6],
        )
        for r in rows
    ]
