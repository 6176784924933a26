"""Triggers (events found in feed items), their source items and the user's phrases."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from research.types import new_id, utc_now

TRIGGER_COLUMNS = (
    "id",
    "account_id",
    "type",
    "confidence",
    "confirmed",
    "status",
    "headline",
    "evidence_field",
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "details",
    "occurred_at",
    "created_at",
    "updated_at",
)


def _row(r: Sequence[Any]) -> dict[str, Any]:
    data = dict(zip(TRIGGER_COLUMNS, r, strict=True))
    data["details"] = json.loads(data["details"] or "{}")
    data["confirmed"] = bool(data["confirmed"])
    return data


def unchecked_items(db: Database, account_ids: Iterable[str] | None = None) -> list[tuple[str, str, str, str, str]]:
    """(item id, account id, title, summary, published or first seen) not yet run through detection."""
    sql = (
        "SELECT id, account_id, title, summary, coalesce(published_at, first_seen_at) FROM items "
        "WHERE triggers_checked = 0"
    )
    args: list[Any] = []
    if account_ids is not None:
        ids = list(account_ids)
        sql += f" AND account_id IN ({','.join('?' * len(ids))})"
        args = ids
    return [tuple(r) for r in db.execute(sql, args)]


def unchecked_counts(db: Database, account_ids: Iterable[str] | None = None) -> dict[str, int]:
    """How many items each account has that detection has not seen yet (accounts with none left out)."""
    sql = "SELECT account_id, count(*) FROM items WHERE triggers_checked = 0"
    args: list[Any] = []
    if account_ids is not None:
        ids = list(account_ids)
        sql += f" AND account_id IN ({','.join('?' * len(ids))})"
        args = ids
    return {account_id: n for account_id, n in db.execute(sql + " GROUP BY account_id", args)}


def fingerprint(db: Database, account_id: str) -> str:
    """A digest of the account's triggers as detection and scoring see them (ids, status, confirmed, confidence).

    Detection may plan on one connection and write on another; an unchanged
    digest at write time means nobody added, dismissed or confirmed a trigger
    of this account in between.
    """
    row = db.execute(
        "SELECT group_concat(id || ' ' || status || ' ' || confirmed || ' ' || confidence, ',') FROM "
        "(SELECT id, status, confirmed, confidence FROM triggers WHERE account_id = ? ORDER BY id)",
        [account_id],
    ).fetchone()
    return hashlib.sha256((row[0] or "").encode()).hexdigest()


def mark_checked(db: Database, item_ids: Sequence[str]) -> None:
    db.conn.executemany("UPDATE items SET triggers_checked = 1 WHERE id = ?", [(i,) for i in item_ids])


def reset_checked(db: Database, account_ids: Iterable[str] | None = None) -> None:
    if account_ids is None:
        db.execute("UPDATE items SET triggers_checked = 0")
    else:
        ids = list(account_ids)
        db.execute(f"UPDATE items SET triggers_checked = 0 WHERE account_id IN ({','.join('?' * len(ids))})", ids)


def insert_triggers(db: Database, rows: Sequence[dict[str, Any]]) -> None:
    """Insert new triggers, each already given its id, in one statement (status "new", created now)."""
    now = utc_now()
    db.conn.executemany(
        f"INSERT INTO triggers ({', '.join(TRIGGER_COLUMNS)}) VALUES ({', '.join('?' * len(TRIGGER_COLUMNS))})",
        [
            (
                r["id"],
                r["account_id"],
                r["type"],
                r["confidence"],
                int(bool(r.get("confirmed", True))),
                "new",
                r["headline"],
                r["evidence_field"],
                r["evidence_text"],
                r["evidence_start"],
                r["evidence_end"],
                json.dumps(r.get("details") or {}, ensure_ascii=False),
                r["occurred_at"],
                now,
                now,
            )
            for r in rows
        ],
    )


def update_trigger(db: Database, trigger_id: str, changes: dict[str, Any]) -> None:
    if "details" in changes:
        changes = {**changes, "details": json.dumps(changes["details"], ensure_ascii=False)}
    if "confirmed" in changes:
        changes = {**changes, "confirmed": int(bool(changes["confirmed"]))}
    db.table("triggers").update(trigger_id, {**changes, "updated_at": utc_now()})


def add_sources(db: Database, sources: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
    """(trigger id, item id, evidence) rows in one statement; a source already linked is left alone."""
    now = utc_now()
    db.conn.executemany(
        "INSERT OR IGNORE INTO trigger_sources (trigger_id, item_id, evidence, created_at) VALUES (?, ?, ?, ?)",
        [(t, i, json.dumps(e, ensure_ascii=False), now) for t, i, e in sources],
    )


def get_trigger(db: Database, trigger_id: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {', '.join(TRIGGER_COLUMNS)} FROM triggers WHERE id = ?", [trigger_id]).fetchone()
    return _row(row) if row else None


def list_for_account(db: Database, account_id: str, *, include_dismissed: bool = True) -> list[dict[str, Any]]:
    where = "account_id = ?" + ("" if include_dismissed else " AND status != 'dismissed'")
    rows = db.execute(
        f"SELECT {', '.join(TRIGGER_COLUMNS)} FROM triggers WHERE {where} ORDER BY occurred_at DESC", [account_id]
    ).fetchall()
    return [_row(r) for r in rows]


def sources(db: Database, trigger_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    if not trigger_ids:
        return {}
    marks = ",".join("?" * len(trigger_ids))
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in trigger_ids}
    for tid, evidence, item_id, title, link, published, feed in db.execute(
        f"SELECT s.trigger_id, s.evidence, i.id, i.title, i.link, coalesce(i.published_at, i.first_seen_at), f.title "
        f"FROM trigger_sources s JOIN items i ON i.id = s.item_id JOIN feeds f ON f.id = i.feed_id "
        f"WHERE s.trigger_id IN ({marks}) ORDER BY 6",
        list(trigger_ids),
    ):
        out[tid].append(
            {
                "item_id": item_id,
                "title": title,
                "link": link,
                "published": published,
                "feed": feed,
                "evidence": json.loads(evidence or "{}"),
            }
        )
    return out


def all_live(db: Database, account_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    sql = f"SELECT {', '.join(TRIGGER_COLUMNS)} FROM triggers"
    args: list[Any] = []
    if account_ids is not None:
        ids = list(account_ids)
        sql += f" WHERE account_id IN ({','.join('?' * len(ids))})"
        args = ids
    return [_row(r) for r in db.execute(sql, args)]


def set_account_score(
    db: Database, account_id: str, score: float | None, latest_type: str | None, latest_at: str | None
) -> None:
    db.execute(
        "UPDATE accounts SET why_now_score = ?, latest_trigger_type = ?, latest_trigger_at = ? WHERE id = ?",
        [score, latest_type, latest_at, account_id],
    )


def created_since(db: Database, since: str) -> list[dict[str, Any]]:
    cols = ", ".join(f"t.{c}" for c in TRIGGER_COLUMNS)
    rows = db.execute(
        f"SELECT {cols}, a.name, a.why_now_score, a.tier FROM triggers t JOIN accounts a ON a.id = t.account_id "
        "WHERE t.created_at > ? AND t.status != 'dismissed' AND a.archived = 0",
        [since],
    ).fetchall()
    out = []
    for r in rows:
        data = _row(r[: len(TRIGGER_COLUMNS)])
        data.update(account_name=r[-3], account_score=r[-2], account_tier=r[-1])
        out.append(data)
    return out


def phrases(db: Database) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for type_, phrase in db.execute("SELECT type, phrase FROM trigger_phrases ORDER BY created_at"):
        out.setdefault(type_, []).append(phrase)
    return out


def add_phrase(db: Database, type_: str, phrase: str) -> None:
    now = utc_now()
    db.execute(
        "INSERT OR IGNORE INTO trigger_phrases (id, type, phrase, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        [new_id(), type_, phrase, now, now],
    )


def remove_phrase(db: Database, type_: str, phrase: str) -> None:
    db.execute("DELETE FROM trigger_phrases WHERE type = ? AND phrase = ?", [type_, phrase])


def weekly_item_counts(db: Database, account_id: str, since: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT coalesce(published_at, first_seen_at) FROM items "
            "WHERE account_id = ? AND coalesce(published_at, first_seen_at) >= ?",
            [account_id, since],
        )
    ]
