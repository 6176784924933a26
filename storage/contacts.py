"""Contacts: the people at each account, with their persona tier and reporting line.

Rows in, dataclasses out. Deleting is soft (`deleted_at` is stamped) so an
undo can bring a contact back with its reporting line intact and a merge of
two workspaces knows a contact was removed rather than never seen. Every
read except `get(..., include_deleted=True)` and the identity index leaves
deleted contacts out.

Must not: validate input or classify titles (that is `app/contacts.py` and
`research/personas.py`), import Qt, or touch the network.
"""

from __future__ import annotations

import contextlib
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from research.types import BuyingRole, Contact, ContactStatus, PersonaTier, utc_now
from storage import search

COLUMNS = (
    "id", "account_id", "full_name", "title", "department", "email", "phone", "linkedin_url",
    "persona_tier", "tier_is_manual", "tier_confidence", "tier_reason", "buying_role",
    "reports_to", "status", "email_bounced", "notes", "created_at", "updated_at",
)  # fmt: skip

_SELECT = f"SELECT {', '.join(COLUMNS)} FROM contacts"
_LIVE = "deleted_at IS NULL"
_INSERT = f"INSERT INTO contacts ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})"
_UPDATE = (
    "UPDATE contacts SET " + ", ".join(f"{c} = ?" for c in COLUMNS if c not in ("id", "created_at")) + " WHERE id = ?"
)
#: SQLite's default limit on host parameters is 999 on old builds; stay well below it.
_CHUNK = 500


def to_tuple(contact: Contact) -> tuple[Any, ...]:
    """The row in COLUMNS order: what `executemany` wants, without a dict per row."""
    return (
        contact.id, contact.account_id, contact.full_name, contact.title, contact.department,
        contact.email, contact.phone, contact.linkedin_url, str(contact.persona_tier),
        int(contact.tier_is_manual), float(contact.tier_confidence), contact.tier_reason,
        str(contact.buying_role), contact.reports_to, str(contact.status),
        int(contact.email_bounced), contact.notes, contact.created_at, contact.updated_at,
    )  # fmt: skip


_POSITION = {column: i for i, column in enumerate(COLUMNS)}
#: a contact with every default, in COLUMNS order
_DEFAULT_ROW = to_tuple(Contact(account_id="", full_name="", id="", created_at="", updated_at=""))
#: how to_tuple stores what the dataclass holds as enums, bools and floats
_STORED_AS: dict[str, Callable[[Any], Any]] = {
    "persona_tier": str, "buying_role": str, "status": str,
    "tier_is_manual": int, "email_bounced": int, "tier_confidence": float,
}  # fmt: skip


def row_from_fields(fields: Mapping[str, Any]) -> tuple[Any, ...]:
    """A new contact's row in COLUMNS order: these fields, Contact's defaults for the rest.

    The same tuple as to_tuple(Contact(**fields)), without a dataclass per row
    (a bulk import makes 100k of them); an unknown field is a KeyError.
    """
    row = list(_DEFAULT_ROW)
    for key, value in fields.items():
        convert = _STORED_AS.get(key)
        row[_POSITION[key]] = value if convert is None else convert(value)
    return tuple(row)


#: column → (its place in a row, how to_tuple stores it or None for as is)
_SLOTS: dict[str, tuple[int, Callable[[Any], Any] | None]] = {c: (i, _STORED_AS.get(c)) for i, c in enumerate(COLUMNS)}
#: a new contact of a bulk import: (id, account_id, fields, tier, tier_confidence, tier_reason)
NewContact = tuple[str, str, Mapping[str, Any], PersonaTier, float, str]


def rows_for_new(contacts: Iterable[NewContact], now: str) -> list[tuple[Any, ...]]:
    """New contacts' rows in COLUMNS order, created and updated `now`.

    Row for row what `row_from_fields` gives for the fields with id,
    account_id, the tier guess and both stamps added, without building that
    dict per contact (an import makes 100k rows: 0.11 s instead of 0.17 s).
    """
    template = list(_DEFAULT_ROW)
    template[_POSITION["created_at"]] = template[_POSITION["updated_at"]] = now
    tier_at, confidence_at, reason_at = (_POSITION[c] for c in ("persona_tier", "tier_confidence", "tier_reason"))
    slots = _SLOTS
    rows = []
    for contact_id, account_id, fields, tier, confidence, reason in contacts:
        row = template.copy()
        for key, value in fields.items():
            at, convert = slots[key]
            row[at] = value if convert is None else convert(value)
        row[0], row[1] = contact_id, account_id
        row[tier_at], row[confidence_at], row[reason_at] = str(tier), float(confidence), reason
        rows.append(tuple(row))
    return rows


def from_row(row: Sequence[Any]) -> Contact:
    r = dict(zip(COLUMNS, row, strict=True))
    return Contact(
        id=r["id"],
        account_id=r["account_id"],
        full_name=r["full_name"],
        title=r["title"],
        department=r["department"],
        email=r["email"],
        phone=r["phone"],
        linkedin_url=r["linkedin_url"],
        persona_tier=PersonaTier(r["persona_tier"]),
        tier_is_manual=bool(r["tier_is_manual"]),
        tier_confidence=float(r["tier_confidence"]),
        tier_reason=r["tier_reason"],
        buying_role=BuyingRole(r["buying_role"]),
        reports_to=r["reports_to"],
        status=ContactStatus(r["status"]),
        email_bounced=bool(r["email_bounced"]),
        notes=r["notes"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
    )


def _picker(columns: Sequence[str]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """A function taking these columns' values, as a tuple, out of a row in COLUMNS order."""
    at = [COLUMNS.index(c) for c in columns]
    if len(at) == 1:
        only = at[0]
        return lambda row: (row[only],)
    return operator.itemgetter(*at)


#: the texts the contacts' search triggers index, taken from a row in COLUMNS order
_SEARCH_TITLE = _picker(search.BULK_SOURCES["contact"][1])
_SEARCH_BODY = _picker(search.BULK_SOURCES["contact"][2])


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


# -- writes ----------------------------------------------------------------------------


@contextlib.contextmanager
def bulk_write_cache(db: Database, mebibytes: int = 32) -> Iterator[None]:
    """A larger page cache while a bulk import runs, restored afterwards.

    UUID keys and lower(email) land all over their indexes, so 100k inserts
    touch far more pages than SQLite's default 2 MB cache holds; measured on
    100k contacts, 32 MB cuts the insert time by about a third. Pages are only
    allocated as they are used.
    """
    old = int(db.execute("PRAGMA cache_size").fetchone()[0])
    db.conn.execute(f"PRAGMA cache_size = {-int(mebibytes) * 1024}")
    try:
        yield
    finally:
        db.conn.execute(f"PRAGMA cache_size = {old}")


def insert(db: Database, contact: Contact) -> None:
    with db.atomic():
        db.conn.execute(_INSERT, to_tuple(contact))


def insert_many(db: Database, contacts: Iterable[Contact]) -> int:
    """Insert in one statement per batch (executemany); returns how many rows went in."""
    rows = [to_tuple(c) for c in contacts]
    insert_rows(db, rows)
    return len(rows)


def insert_rows(db: Database, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert ready-made tuples in COLUMNS order: the bulk import path, no dataclass per row."""
    if rows:
        with db.atomic():
            db.conn.executemany(_INSERT, rows)


class BulkWriter:
    """Inserts and updates batches of contacts with the search index kept in step in bulk.

    Made by `bulk_writer`, which pauses the contacts' search triggers: each
    batch is one `executemany`, and the search index gets the batch's text
    straight from the rows given (search.BulkIndex) instead of a trigger per
    row. Deleting is not offered, and any other write to contacts inside the
    block would leave the index behind.
    """

    def __init__(self, db: Database, index: search.BulkIndex) -> None:
        self._conn = db.conn
        self._index = index

    def insert(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """New contacts as tuples in COLUMNS order (live, as every new contact is)."""
        if not rows:
            return
        self._conn.executemany(_INSERT, rows)
        title, body = _SEARCH_TITLE, _SEARCH_BODY
        self._index.add([(row[0], title(row), body(row)) for row in rows])

    def update(self, contacts: Iterable[Contact]) -> int:
        """Write every field of these contacts (as `update_many`); returns how many."""
        now = utc_now()
        rows = []
        for contact in contacts:
            contact.updated_at = now
            rows.append(to_tuple(contact))
        if not rows:
            return 0
        title, body = _SEARCH_TITLE, _SEARCH_BODY
        before: dict[str, search.IndexEntry] = {}
        for chunk in _chunks([row[0] for row in rows]):
            marks = ", ".join("?" for _ in chunk)
            for old in self._conn.execute(f"{_SELECT} WHERE id IN ({marks}) AND {_LIVE}", list(chunk)):
                before[old[0]] = (old[0], title(old), body(old))
        self._conn.executemany(_UPDATE, [_update_params(row) for row in rows])
        self._index.replace((before[row[0]], (row[0], title(row), body(row))) for row in rows if row[0] in before)
        return len(rows)


@contextlib.contextmanager
def bulk_writer(db: Database) -> Iterator[BulkWriter]:
    """A BulkWriter inside one transaction (the caller's, if it has one): all or nothing."""
    with db.atomic(), search.paused_triggers(db.conn, "contacts"):
        yield BulkWriter(db, search.BulkIndex(db.conn, "contact"))


def _update_params(values: Sequence[Any]) -> tuple[Any, ...]:
    """_UPDATE's parameters from a row in COLUMNS order."""
    # drop id (0) and created_at (17), then add id for the WHERE clause
    return (*values[1:17], values[18], values[0])


def _update_tuple(contact: Contact) -> tuple[Any, ...]:
    return _update_params(to_tuple(contact))


def update(db: Database, contact: Contact) -> None:
    contact.updated_at = utc_now()
    with db.atomic():
        db.conn.execute(_UPDATE, _update_tuple(contact))


def update_many(db: Database, contacts: Iterable[Contact]) -> int:
    now = utc_now()
    rows = []
    for contact in contacts:
        contact.updated_at = now
        rows.append(_update_tuple(contact))
    if rows:
        with db.atomic():
            db.conn.executemany(_UPDATE, rows)
    return len(rows)


def soft_delete(db: Database, contact_id: str) -> str:
    """Stamp `deleted_at`; returns the stamp (an undo restores exactly this deletion)."""
    now = utc_now()
    with db.atomic():
        db.conn.execute(
            f"UPDATE contacts SET deleted_at = ?, updated_at = ? WHERE id = ? AND {_LIVE}",
            (now, now, contact_id),
        )
    return now


def restore(db: Database, contact_id: str) -> None:
    with db.atomic():
        db.conn.execute(
            "UPDATE contacts SET deleted_at = NULL, updated_at = ? WHERE id = ?",
            (utc_now(), contact_id),
        )


def set_tier(
    db: Database,
    contact_id: str,
    tier: PersonaTier,
    *,
    manual: bool,
    confidence: float,
    reason: str,
) -> None:
    with db.atomic():
        db.conn.execute(
            "UPDATE contacts SET persona_tier = ?, tier_is_manual = ?, tier_confidence = ?, "
            "tier_reason = ?, updated_at = ? WHERE id = ?",
            (str(tier), int(manual), confidence, reason, utc_now(), contact_id),
        )


def set_automatic_tiers(db: Database, tiers: Iterable[tuple[str, PersonaTier, float, str]]) -> int:
    """(id, tier, confidence, reason) for many contacts; manual tiers are left alone.

    The `tier_is_manual = 0` guard is in SQL on purpose: even a caller that
    read the rows before the user pinned a tier cannot overwrite it.
    """
    now = utc_now()
    rows = [(str(t), c, r, now, cid) for cid, t, c, r in tiers]
    if not rows:
        return 0
    with db.atomic():
        before = db.conn.total_changes
        db.conn.executemany(
            "UPDATE contacts SET persona_tier = ?, tier_confidence = ?, tier_reason = ?, "
            "updated_at = ? WHERE id = ? AND tier_is_manual = 0",
            rows,
        )
        return db.conn.total_changes - before


def move_to_account(db: Database, contact_id: str, account_id: str) -> None:
    """Move a contact; reporting lines never cross accounts, so both ends are cut."""
    now = utc_now()
    with db.atomic():
        db.conn.execute(
            "UPDATE contacts SET account_id = ?, reports_to = NULL, updated_at = ? WHERE id = ?",
            (account_id, now, contact_id),
        )
        db.conn.execute(
            "UPDATE contacts SET reports_to = NULL, updated_at = ? WHERE reports_to = ?",
            (now, contact_id),
        )


def set_reports_to(db: Database, contact_id: str, manager_id: str | None) -> None:
    with db.atomic():
        db.conn.execute(
            "UPDATE contacts SET reports_to = ?, updated_at = ? WHERE id = ?",
            (manager_id, utc_now(), contact_id),
        )


# -- reads -----------------------------------------------------------------------------


def get(db: Database, contact_id: str, *, include_deleted: bool = False) -> Contact | None:
    where = "id = ?" if include_deleted else f"id = ? AND {_LIVE}"
    row = db.execute(f"{_SELECT} WHERE {where}", [contact_id]).fetchone()
    return from_row(row) if row else None


def get_many(db: Database, contact_ids: Sequence[str]) -> dict[str, Contact]:
    """Live contacts by id, fetched in chunks (no per-row query in bulk paths)."""
    found: dict[str, Contact] = {}
    for chunk in _chunks(list(contact_ids)):
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(f"{_SELECT} WHERE id IN ({marks}) AND {_LIVE}", list(chunk)):
            contact = from_row(row)
            found[contact.id] = contact
    return found


def deleted_at(db: Database, contact_id: str) -> str | None:
    row = db.execute("SELECT deleted_at FROM contacts WHERE id = ?", [contact_id]).fetchone()
    return row[0] if row else None


def list_for_account(db: Database, account_id: str) -> list[Contact]:
    """Live contacts of one account, most senior tier first, then by name."""
    rows = db.execute(
        f"{_SELECT} WHERE account_id = ? AND {_LIVE} ORDER BY "
        "CASE persona_tier WHEN 'c_level' THEN 0 WHEN 'director' THEN 1 "
        "WHEN 'practitioner' THEN 2 ELSE 3 END, full_name COLLATE NOCASE",
        [account_id],
    ).fetchall()
    return [from_row(r) for r in rows]


def find_by_email(db: Database, email: str) -> list[Contact]:
    """Live contacts anywhere in the workspace with this e-mail (case-insensitive)."""
    email = (email or "").strip().lower()
    if not email:
        return []
    rows = db.execute(f"{_SELECT} WHERE lower(email) = ? AND {_LIVE} ORDER BY created_at", [email]).fetchall()
    return [from_row(r) for r in rows]


def count_per_tier(db: Database, account_id: str) -> dict[PersonaTier, int]:
    counts = {tier: 0 for tier in PersonaTier}
    for tier, n in db.execute(
        f"SELECT persona_tier, count(*) FROM contacts WHERE account_id = ? AND {_LIVE} GROUP BY persona_tier",
        [account_id],
    ):
        counts[PersonaTier(tier)] = int(n)
    return counts


def count(db: Database) -> int:
    return int(db.execute(f"SELECT count(*) FROM contacts WHERE {_LIVE}").fetchone()[0])


def identity_rows(db: Database) -> list[tuple[str, str, str, str]]:
    """(id, account_id, full_name, lower(email)) of every live contact.

    One query gives an import everything it needs to spot duplicates, so it
    never asks the database once per row.
    """
    return [
        (r[0], r[1], r[2], r[3])
        for r in db.execute(f"SELECT id, account_id, full_name, lower(email) FROM contacts WHERE {_LIVE}")
    ]


def automatic_tier_rows(db: Database, account_id: str | None = None) -> list[tuple[str, str, str, float, str]]:
    """(id, title, persona_tier, confidence, reason) of live contacts whose tier is automatic."""
    where = f"{_LIVE} AND tier_is_manual = 0"
    params: list[str] = []
    if account_id is not None:
        where += " AND account_id = ?"
        params.append(account_id)
    return [
        (r[0], r[1], r[2], float(r[3]), r[4])
        for r in db.execute(
            f"SELECT id, title, persona_tier, tier_confidence, tier_reason FROM contacts WHERE {where}",
            params,
        )
    ]


def count_manual(db: Database, account_id: str | None = None) -> int:
    where = f"{_LIVE} AND tier_is_manual = 1"
    params: list[str] = []
    if account_id is not None:
        where += " AND account_id = ?"
        params.append(account_id)
    return int(db.execute(f"SELECT count(*) FROM contacts WHERE {where}", params).fetchone()[0])


def reporting_edges(db: Database, account_id: str) -> dict[str, str]:
    """contact id → manager id for every contact of the account, deleted ones included.

    Deleted contacts are included because a restore brings their edges back:
    a cycle check that ignored them could let a restore close a loop.
    """
    return {
        r[0]: r[1]
        for r in db.execute(
            "SELECT id, reports_to FROM contacts WHERE account_id = ? AND reports_to IS NOT NULL",
            [account_id],
        )
    }


# -- per-account committee targets (the column lives on accounts, since m0001) --------


def committee_override(db: Database, account_id: str) -> dict[str, Any] | None:
    row = db.execute("SELECT committee_targets FROM accounts WHERE id = ?", [account_id]).fetchone()
    if not row or not row[0]:
        return None
    value = json.loads(row[0])
    return value if isinstance(value, dict) else None


def set_committee_override(db: Database, account_id: str, value: dict[str, Any] | None) -> None:
    text = None if value is None else json.dumps(value, ensure_ascii=False)
    with db.atomic():
        db.conn.execute(
            "UPDATE accounts SET committee_targets = ?, updated_at = ? WHERE id = ?",
            (text, utc_now(), account_id),
        )
