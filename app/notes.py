"""Note use-cases: add, edit (history kept), pin, delete and restore, list, history.

The GUI's note panel and the CLI's `note`/`notes` commands both land here,
so validation and the history are the same whichever way a note changes.

Must not: import Qt, or render Markdown (the UI does that; a note is stored
exactly as typed).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from app.errors import NotFoundError, ValidationError
from research.i18n import translate
from research.types import utc_now
from storage import accounts as account_store
from storage import contacts as contact_store
from storage import notes as store
from storage.notes import Note, NoteVersion

#: a generous cap: a note is a paragraph or a page, not a pasted e-mail archive
MAX_BODY_CHARS = 100_000


def _clean_body(body: str) -> str:
    # Keep the user's Markdown as typed; only trailing whitespace and blank edges go.
    text = "\n".join(line.rstrip() for line in (body or "").replace("\r\n", "\n").split("\n"))
    text = text.strip("\n")
    if not text.strip():
        raise ValidationError(translate("UserError", "A note needs some text."), "body")
    if len(text) > MAX_BODY_CHARS:
        raise ValidationError(
            translate(
                "UserError",
                "A note can hold up to {MAX_BODY_CHARS:,} characters; this one has {count:,}.",
                MAX_BODY_CHARS=MAX_BODY_CHARS,
                count=len(text),
            ),
            "body",
        )
    return text


def _check_contact(db: Database, account_id: str, contact_id: str | None) -> None:
    if contact_id is None:
        return
    contact = contact_store.get(db, contact_id)
    if contact is None:
        raise NotFoundError(translate("UserError", "That contact no longer exists."))
    if contact.account_id != account_id:
        raise ValidationError(
            translate(
                "UserError",
                "{full_name} belongs to another account; a note stays with one account.",
                full_name=contact.full_name,
            ),
            "contact_id",
        )


def find_contact_id(db: Database, account_id: str, key: str) -> str:
    """A contact of this account by id or e-mail (what CLI users type)."""
    key = (key or "").strip()
    contact = contact_store.get(db, key)
    if contact is not None and contact.account_id == account_id:
        return contact.id
    matches = [c for c in contact_store.find_by_email(db, key) if c.account_id == account_id]
    if not matches:
        raise NotFoundError(translate("UserError", "This account has no contact with id or e-mail “{key}”.", key=key))
    return matches[0].id


def get_note(db: Database, note_id: str, *, include_deleted: bool = False) -> Note:
    note = store.get(db, note_id, include_deleted=include_deleted)
    if note is None:
        raise NotFoundError(translate("UserError", "That note no longer exists."))
    return note


def add_note(db: Database, account_id: str, body: str, *, author: str = "", contact_id: str | None = None) -> Note:
    if account_store.get(db, account_id) is None:
        raise NotFoundError(translate("UserError", "That account no longer exists."))
    _check_contact(db, account_id, contact_id)
    now = utc_now()
    note = Note(
        account_id=account_id,
        body=_clean_body(body),
        author=(author or "").strip(),
        contact_id=contact_id,
        created_at=now,
        updated_at=now,
    )
    store.insert(db, note)
    return note


def edit_note(db: Database, note_id: str, body: str, *, author: str = "") -> Note:
    """Replace a note's body; the old body stays in its history. Same text: nothing changes."""
    note = get_note(db, note_id, include_deleted=True)
    if note.deleted_at is not None:
        raise ValidationError(translate("UserError", "That note is deleted; restore it before editing."))
    text = _clean_body(body)
    if text == note.body:
        return note
    edited = store.replace_body(db, note_id, text, (author or "").strip())
    if edited is None:
        raise NotFoundError(translate("UserError", "That note no longer exists."))
    return edited


def set_pinned(db: Database, note_id: str, pinned: bool) -> Note:
    get_note(db, note_id)
    store.set_pinned(db, note_id, pinned)
    return get_note(db, note_id)


def pin_note(db: Database, note_id: str) -> Note:
    return set_pinned(db, note_id, True)


def unpin_note(db: Database, note_id: str) -> Note:
    return set_pinned(db, note_id, False)


def delete_note(db: Database, note_id: str) -> Note:
    """Soft-delete a note (restore_note brings it back, history and all)."""
    get_note(db, note_id)
    store.soft_delete(db, note_id)
    return get_note(db, note_id, include_deleted=True)


def restore_note(db: Database, note_id: str) -> Note:
    get_note(db, note_id, include_deleted=True)
    store.restore(db, note_id)
    return get_note(db, note_id)


def list_notes(
    db: Database, account_id: str, *, contact_id: str | None = None, include_deleted: bool = False
) -> list[Note]:
    """An account's notes: pinned first, then newest first."""
    return store.list_for_account(db, account_id, contact_id=contact_id, include_deleted=include_deleted)


def note_history(db: Database, note_id: str) -> list[NoteVersion]:
    """Every body the note has had, oldest first; the last entry is the current body."""
    note = get_note(db, note_id, include_deleted=True)
    current = NoteVersion(note.id, note.body, note.written_by, note.written_at, None)
    return [*store.versions(db, note_id), current]


def contact_names(db: Database, notes: list[Note]) -> dict[str, str]:
    """Names of the contacts these notes are about, by contact id."""
    ids = sorted({n.contact_id for n in notes if n.contact_id})
    return {cid: c.full_name for cid, c in contact_store.get_many(db, ids).items()}


def note_json(note: Note, *, history: list[NoteVersion] | None = None) -> dict[str, Any]:
    """The stable JSON shape of a note (documented in `whynow notes --help`)."""
    data: dict[str, Any] = {
        "id": note.id,
        "account_id": note.account_id,
        "contact_id": note.contact_id,
        "author": note.author,
        "body": note.body,
        "pinned": note.pinned,
        "created_at": note.created_at,
        "edited_by": note.edited_by,
        "edited_at": note.edited_at,
        "deleted_at": note.deleted_at,
    }
    if history is not None:
        data["history"] = [
            {"body": v.body, "author": v.author, "written_at": v.written_at,
             "replaced_at": v.replaced_at}
            for v in history
        ]  # fmt: skip
    return data
