"""Notes on accounts and contacts, with every earlier version of each body.

Rows in, dataclasses out. An edit stores the body it replaces in
`note_versions` in the same transaction, so a note's history never has a
gap. Deleting is soft (`deleted_at`), so a note can be restored and a merge
of two workspaces can tell a deleted note from one never seen.

Must not: validate input (that is `app/notes.py`), import Qt, or touch the network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from research.types import new_id, utc_now


@dataclass(slots=True)
class Note:
    account_id: str
    body: str  # Markdown
    author: str = ""
    contact_id: str | None = None
    pinned: bool = False
    edited_by: str | None = None
    edited_at: str | None = None
    deleted_at: str | None = None
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)

    @property
    def written_by(self) -> str:
        """Who wrote the current body."""
        return self.author if self.edited_by is None else self.edited_by

    @property
    def written_at(self) -> str:
        """When the current body was written."""
        return self.edited_at or self.created_at


@dataclass(frozen=True, slots=True)
class NoteVersion:
    """One body a note has had: who wrote it, when, and (unless current) when it was replaced."""

    note_id: str
    body: str
    author: str
    written_at: str
    replaced_at: str | None  # None: this is the note's current body


COLUMNS = (
    "id", "account_id", "contact_id", "author", "body", "pinned", "edited_by", "edited_at",
    "created_at", "updated_at", "deleted_at",
)  # fmt: skip
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM notes"


def _from_row(row: Sequence[Any]) -> Note:
    r = dict(zip(COLUMNS, row, strict=True))
    r["pinned"] = bool(r["pinned"])
    return Note(**r)


def insert(db: Database, note: Note) -> None:
    with db.atomic():
        db.execute(
            f"INSERT INTO notes ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            [note.id, note.account_id, note.contact_id, note.author, note.body, int(note.pinned),
             note.edited_by, note.edited_at, note.created_at, note.updated_at, note.deleted_at],
        )  # fmt: skip


def get(db: Database, note_id: str, *, include_deleted: bool = False) -> Note | None:
    live = "" if include_deleted else " AND deleted_at IS NULL"
    row = db.execute(f"{_SELECT} WHERE id = ?{live}", [note_id]).fetchone()
    return _from_row(row) if row else None


def list_for_account(
    db: Database, account_id: str, *, contact_id: str | None = None, include_deleted: bool = False
) -> list[Note]:
    """An account's notes, pinned first, then newest first."""
    where = ["account_id = ?"]
    args: list[Any] = [account_id]
    if contact_id is not None:
        where.append("contact_id = ?")
        args.append(contact_id)
    if not include_deleted:
        where.append("deleted_at IS NULL")
    rows = db.execute(
        f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY pinned DESC, created_at DESC, rowid DESC",
        args,
    ).fetchall()
    return [_from_row(r) for r in rows]


def replace_body(db: Database, note_id: str, body: str, author: str) -> Note | None:
    """Give a note a new body, keeping the one it had as a version; returns the note."""
    now = utc_now()
    with db.atomic():
        note = get(db, note_id, include_deleted=True)
        if note is None:
            return None
        db.execute(
            "INSERT INTO note_versions (id, note_id, body, author, written_at, replaced_at, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [new_id(), note.id, note.body, note.written_by, note.written_at, now, now, now],
        )
        db.execute(
            "UPDATE notes SET body = ?, edited_by = ?, edited_at = ?, updated_at = ? WHERE id = ?",
            [body, author, now, now, note.id],
        )
    return get(db, note_id, include_deleted=True)


def set_pinned(db: Database, note_id: str, pinned: bool) -> None:
    with db.atomic():
        db.execute(
            "UPDATE notes SET pinned = ?, updated_at = ? WHERE id = ?",
            [int(pinned), utc_now(), note_id],
        )


def soft_delete(db: Database, note_id: str) -> str:
    """Stamp `deleted_at`; returns the stamp."""
    now = utc_now()
    with db.atomic():
        db.execute(
            "UPDATE notes SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
            [now, now, note_id],
        )
    return now


def restore(db: Database, note_id: str) -> None:
    with db.atomic():
        db.execute("UPDATE notes SET deleted_at = NULL, updated_at = ? WHERE id = ?", [utc_now(), note_id])


def versions(db: Database, note_id: str) -> list[NoteVersion]:
    """The bodies an edit replaced, oldest first (the current body is not among them)."""
    rows = db.execute(
        "SELECT note_id, body, author, written_at, replaced_at FROM note_versions "
        "WHERE note_id = ? ORDER BY written_at, replaced_at, rowid",
        [note_id],
    ).fetchall()
    return [NoteVersion(*r) for r in rows]


def count(db: Database, account_id: str | None = None) -> int:
    if account_id is None:
        return int(db.execute("SELECT count(*) FROM notes WHERE deleted_at IS NULL").fetchone()[0])
    return int(
        db.execute("SELECT count(*) FROM notes WHERE account_id = ? AND deleted_at IS NULL", [account_id]).fetchone()[0]
    )
