"""Feeds and their items.

An item is keyed by (feed, entry id): a changed entry updates its row, a
dropped entry stays. Each feed's refresh result is written by
`save_refresh` in one short transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from research.types import new_id, utc_now


@dataclass(slots=True)
class FeedRow:
    id: str
    account_id: str
    url: str
    title: str = ""
    site_url: str = ""
    added_how: str = "manual"
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_fetched_at: str | None = None
    last_status: str = "new"
    last_http_status: int | None = None
    last_error: str = ""
    warnings: list[str] = field(default_factory=list)
    consecutive_failures: int = 0
    next_attempt_at: str | None = None
    created_at: str = ""
    updated_at: str = ""
    account_name: str = ""
    item_count: int = 0


@dataclass(slots=True)
class ItemRecord:
    """One entry to store (what the refresh hands to storage)."""

    entry_id: str
    link: str
    title: str
    summary: str
    content_html: str
    published_at: str | None
    date_missing: bool
    language: str
    author: str
    content_hash: str


@dataclass(slots=True)
class FeedState:
    """What a refresh learned about a feed (stored on the feed row)."""

    status: str
    http_status: int | None = None
    error: str = ""
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    title: str | None = None
    site_url: str | None = None
    url: str | None = None  # a permanent redirect moves the feed
    warnings: list[str] | None = None
    failed: bool = False
    next_attempt_at: str | None = None


FEED_COLUMNS = (
    "id",
    "account_id",
    "url",
    "title",
    "site_url",
    "added_how",
    "etag",
    "last_modified",
    "body_hash",
    "last_fetched_at",
    "last_status",
    "last_http_status",
    "last_error",
    "warnings",
    "consecutive_failures",
    "next_attempt_at",
    "created_at",
    "updated_at",
)
_FEED_SELECT = (
    "SELECT " + ", ".join(f"f.{c}" for c in FEED_COLUMNS) + ", a.name, "
    "(SELECT count(*) FROM items i WHERE i.feed_id = f.id) "
    "FROM feeds f JOIN accounts a ON a.id = f.account_id"
)


def _feed(row: Sequence[Any]) -> FeedRow:
    data = dict(zip(FEED_COLUMNS, row[: len(FEED_COLUMNS)], strict=True))
    data["warnings"] = json.loads(data["warnings"] or "[]")
    return FeedRow(**data, account_name=row[len(FEED_COLUMNS)], item_count=row[len(FEED_COLUMNS) + 1])


def add_feed(db: Database, account_id: str, url: str, *, title: str = "", added_how: str = "manual") -> FeedRow:
    now = utc_now()
    row = {
        "id": new_id(),
        "account_id": account_id,
        "url": url,
        "title": title,
        "added_how": added_how,
        "created_at": now,
        "updated_at": now,
    }
    db.table("feeds").insert(row)
    feed = get_feed(db, row["id"])
    assert feed is not None
    return feed


def find_feed(db: Database, account_id: str, url: str) -> FeedRow | None:
    row = db.execute(f"{_FEED_SELECT} WHERE f.account_id = ? AND f.url = ?", [account_id, url]).fetchone()
    return _feed(row) if row else None


def get_feed(db: Database, feed_id: str) -> FeedRow | None:
    row = db.execute(f"{_FEED_SELECT} WHERE f.id = ?", [feed_id]).fetchone()
    return _feed(row) if row else None


def list_feeds(db: Database, account_ids: Iterable[str] | None = None) -> list[FeedRow]:
    if account_ids is None:
        rows = db.execute(f"{_FEED_SELECT} WHERE a.archived = 0 ORDER BY a.name, f.title, f.url").fetchall()
    else:
        ids = list(account_ids)
        marks = ",".join("?" * len(ids))
        rows = db.execute(f"{_FEED_SELECT} WHERE f.account_id IN ({marks}) ORDER BY f.title, f.url", ids).fetchall()
    return [_feed(r) for r in rows]


def remove_feed(db: Database, feed_id: str) -> None:
    db.execute("DELETE FROM feeds WHERE id = ?", [feed_id])


def save_refresh(
    db: Database, feed_id: str, account_id: str, state: FeedState, items: Sequence[ItemRecord]
) -> tuple[int, int]:
    """Store one feed's refresh in one transaction; returns (new items, changed items)."""
    now = utc_now()
    new = changed = 0
    with db.atomic():
        if items:
            known = dict(db.execute("SELECT entry_id, content_hash FROM items WHERE feed_id = ?", [feed_id]).fetchall())
            inserts: list[tuple[Any, ...]] = []
            updates: list[tuple[Any, ...]] = []
            for it in items:
                old_hash = known.get(it.entry_id)
                if old_hash is None:
                    inserts.append(
                        (
                            new_id(),
                            feed_id,
                            account_id,
                            it.entry_id,
                            it.link,
                            it.title,
                            it.summary,
                            it.content_html,
                            it.published_at,
                            int(it.date_missing),
                            it.language,
                            it.author,
                            it.content_hash,
                            now,
                            now,
                            now,
                        )
                    )
                    known[it.entry_id] = it.content_hash
                elif old_hash != it.content_hash:
                    updates.append(
                        (
                            it.link,
                            it.title,
                            it.summary,
                            it.content_html,
                            it.published_at,
                            int(it.date_missing),
                            it.language,
                            it.author,
                            it.content_hash,
                            now,
                            feed_id,
                            it.entry_id,
                        )
                    )
            if inserts:
                db.conn.executemany(
                    "INSERT INTO items (id, feed_id, account_id, entry_id, link, title, summary, content_html, "
                    "published_at, date_missing, language, author, content_hash, first_seen_at, created_at, "
                    "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    inserts,
                )
            if updates:
                db.conn.executemany(
                    "UPDATE items SET link=?, title=?, summary=?, content_html=?, published_at=?, date_missing=?, "
                    # changed words may announce an event: the next detection pass reads it again
                    "language=?, author=?, content_hash=?, updated_at=?, triggers_checked=0 "
                    "WHERE feed_id=? AND entry_id=?",
                    updates,
                )
            new, changed = len(inserts), len(updates)
        sets = [
            "last_fetched_at = ?",
            "last_status = ?",
            "last_http_status = ?",
            "last_error = ?",
            "next_attempt_at = ?",
            "updated_at = ?",
        ]
        values: list[Any] = [now, state.status, state.http_status, state.error, state.next_attempt_at, now]
        sets.append("consecutive_failures = " + ("consecutive_failures + 1" if state.failed else "0"))
        for column, value in (
            ("etag", state.etag),
            ("last_modified", state.last_modified),
            ("body_hash", state.body_hash),
            ("title", state.title),
            ("site_url", state.site_url),
            ("url", state.url),
        ):
            if value is not None:
                sets.append(f"{column} = ?")
                values.append(value)
        if state.warnings is not None:
            sets.append("warnings = ?")
            values.append(json.dumps(state.warnings, ensure_ascii=False))
        db.execute(f"UPDATE feeds SET {', '.join(sets)} WHERE id = ?", [*values, feed_id])
        if new:
            # The account's last activity is its newest news, not when we happened to fetch it.
            newest = max((it.published_at or now for it in items), default=now)
            db.execute(
                "UPDATE accounts SET last_activity_at = max(coalesce(last_activity_at, ''), ?) WHERE id = ?",
                [min(newest, now), account_id],
            )
    return new, changed


ITEM_COLUMNS = (
    "id",
    "feed_id",
    "account_id",
    "entry_id",
    "link",
    "title",
    "summary",
    "published_at",
    "date_missing",
    "language",
    "author",
    "is_read",
    "is_starred",
    "first_seen_at",
)


def list_items(
    db: Database,
    account_id: str,
    *,
    unread_only: bool = False,
    starred_only: bool = False,
    text: str = "",
    limit: int = 500,
) -> list[dict[str, Any]]:
    """An account's items, newest first (undated items by when we first saw them)."""
    where = ["i.account_id = ?"]
    args: list[Any] = [account_id]
    if unread_only:
        where.append("i.is_read = 0")
    if starred_only:
        where.append("i.is_starred = 1")
    if text:
        where.append("(i.title LIKE ? OR i.summary LIKE ?)")
        args += [f"%{text}%", f"%{text}%"]
    cols = ", ".join(f"i.{c}" for c in ITEM_COLUMNS)
    rows = db.execute(
        f"SELECT {cols}, f.title FROM items i JOIN feeds f ON f.id = i.feed_id WHERE {' AND '.join(where)} "
        "ORDER BY coalesce(i.published_at, i.first_seen_at) DESC LIMIT ?",
        [*args, limit],
    ).fetchall()
    return [{**dict(zip(ITEM_COLUMNS, r[:-1], strict=True)), "feed_title": r[-1]} for r in rows]


def get_item_content(db: Database, item_id: str) -> str:
    row = db.execute("SELECT content_html FROM items WHERE id = ?", [item_id]).fetchone()
    return row[0] if row else ""


def set_item_flags(db: Database, item_id: str, *, read: bool | None = None, starred: bool | None = None) -> None:
    with db.atomic():
        if read is not None:
            db.execute("UPDATE items SET is_read = ? WHERE id = ?", [int(read), item_id])
        if starred is not None:
            db.execute("UPDATE items SET is_starred = ? WHERE id = ?", [int(starred), item_id])


def count_items(db: Database, account_id: str | None = None) -> int:
    if account_id is None:
        return int(db.execute("SELECT count(*) FROM items").fetchone()[0])
    return int(db.execute("SELECT count(*) FROM items WHERE account_id = ?", [account_id]).fetchone()[0])
