"""Notes in storage: an edit keeps the body it replaces; pinned first, newest next;
soft delete and restore."""

from __future__ import annotations

from sqlite_utils import Database

from research.types import Account
from storage import accounts as account_store
from storage import notes
from storage.notes import Note


def _account(db: Database) -> Account:
    account = Account(name="Northwind", domain="northwind.example")
    with db.atomic():
        account_store.insert(db, account)
    return account


def test_an_edit_keeps_the_earlier_body_with_its_author(db: Database) -> None:
    account = _account(db)
    note = Note(account.id, "First draft", author="Mia", created_at="2025-01-01T09:00:00+00:00")
    notes.insert(db, note)
    notes.replace_body(db, note.id, "Second draft", "Ola")
    edited = notes.replace_body(db, note.id, "Final", "Mia")
    assert edited is not None
    assert (edited.body, edited.author, edited.edited_by) == ("Final", "Mia", "Mia")
    versions = notes.versions(db, note.id)
    assert [(v.body, v.author) for v in versions] == [
        ("First draft", "Mia"),
        ("Second draft", "Ola"),
    ]
    assert versions[0].written_at == "2025-01-01T09:00:00+00:00"
    assert all(v.replaced_at for v in versions)


def test_pinned_notes_come_first_then_the_newest(db: Database) -> None:
    account = _account(db)
    old = Note(account.id, "old", created_at="2025-01-01T00:00:00+00:00")
    new = Note(account.id, "new", created_at="2025-03-01T00:00:00+00:00")
    pinned = Note(account.id, "pinned", created_at="2024-06-01T00:00:00+00:00")
    for n in (old, new, pinned):
        notes.insert(db, n)
    notes.set_pinned(db, pinned.id, True)
    assert [n.body for n in notes.list_for_account(db, account.id)] == ["pinned", "new", "old"]


def test_a_deleted_note_is_hidden_until_restored(db: Database) -> None:
    account = _account(db)
    note = Note(account.id, "keep me")
    notes.insert(db, note)
    notes.soft_delete(db, note.id)
    assert notes.list_for_account(db, account.id) == []
    assert notes.get(db, note.id) is None
    deleted = notes.get(db, note.id, include_deleted=True)
    assert deleted is not None and deleted.deleted_at
    notes.restore(db, note.id)
    assert [n.body for n in notes.list_for_account(db, account.id)] == ["keep me"]


def test_notes_go_with_their_account(db: Database) -> None:
    account = _account(db)
    note = Note(account.id, "body")
    notes.insert(db, note)
    notes.replace_body(db, note.id, "edited", "")
    with db.atomic():
        db.execute("DELETE FROM accounts WHERE id = ?", [account.id])
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM note_versions").fetchone()[0] == 0
