"""Deals (opportunities), marketing signals and programme costs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from research.types import new_id, utc_now

DEAL_COLUMNS = (
    "id",
    "account_id",
    "name",
    "value_acv",
    "mrr",
    "kind",
    "status",
    "created_on",
    "closed_on",
    "loss_reason",
    "created_at",
    "updated_at",
)


def insert_deal(db: Database, row: dict[str, Any]) -> str:
    now = utc_now()
    row = {"id": new_id(), "created_at": now, "updated_at": now, **row}
    db.table("deals").insert(row)
    return str(row["id"])


def update_deal(db: Database, deal_id: str, changes: dict[str, Any]) -> None:
    db.table("deals").update(deal_id, {**changes, "updated_at": utc_now()})


def get_deal(db: Database, deal_id: str) -> dict[str, Any] | None:
    row = db.execute(
        f"SELECT {', '.join(DEAL_COLUMNS)} FROM deals WHERE id = ? AND deleted_at IS NULL", [deal_id]
    ).fetchone()
    return dict(zip(DEAL_COLUMNS, row, strict=True)) if row else None


def list_deals(db: Database, account_id: str | None = None) -> list[dict[str, Any]]:
    where, args = ("WHERE d.deleted_at IS NULL", [])
    if account_id:
        where += " AND d.account_id = ?"
        args.append(account_id)
    cols = ", ".join(f"d.{c}" for c in DEAL_COLUMNS)
    rows = db.execute(
        f"SELECT {cols}, a.name FROM deals d JOIN accounts a ON a.id = d.account_id {where} ORDER BY d.created_on DESC",
        args,
    ).fetchall()
    return [{**dict(zip(DEAL_COLUMNS, r[:-1], strict=True)), "account_name": r[-1]} for r in rows]


def soft_delete_deal(db: Database, deal_id: str) -> None:
    now = utc_now()
    db.execute("UPDATE deals SET deleted_at = ?, updated_at = ? WHERE id = ?", [now, now, deal_id])


def insert_signals(db: Database, rows: Sequence[dict[str, Any]]) -> int:
    """Insert signals; a row already imported (same account, time, kind, topic, source) is updated."""
    now = utc_now()
    values = [
        (
            new_id(),
            r["account_id"],
            r["at"],
            r["kind"],
            r.get("count", 1),
            r.get("topic", ""),
            r.get("score"),
            r.get("source", ""),
            now,
            now,
        )
        for r in rows
    ]
    db.conn.executemany(
        "INSERT INTO signals (id, account_id, at, kind, count, topic, score, source, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(account_id, at, kind, topic, source) DO UPDATE SET "
        "count = excluded.count, score = excluded.score, updated_at = excluded.updated_at",
        values,
    )
    return len(values)


def signals_since(db: Database, since: str, account_id: str | None = None) -> list[tuple[str, str, str, int]]:
    """(account_id, at, kind, count) from `since` on."""
    if account_id:
        cur = db.execute(
            "SELECT account_id, at, kind, count FROM signals WHERE at >= ? AND account_id = ?", [since, account_id]
        )
    else:
        cur = db.execute("SELECT account_id, at, kind, count FROM signals WHERE at >= ?", [since])
    return [tuple(r) for r in cur]


def add_cost(db: Database, at: str, amount: float, note: str = "") -> str:
    now = utc_now()
    row = {"id": new_id(), "at": at, "amount": amount, "note": note, "created_at": now, "updated_at": now}
    db.table("program_costs").insert(row)
    return str(row["id"])


def list_costs(db: Database) -> list[tuple[str, float, str]]:
    return [tuple(r) for r in db.execute("SELECT at, amount, note FROM program_costs ORDER BY at")]
