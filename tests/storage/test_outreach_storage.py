"""Outreach storage: soft-deleted touches, one running timer per account, indexed queries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from research.types import Account, Contact, PersonaTier
from storage import accounts as account_store
from storage import contacts as contact_store
from storage import outreach as store
from storage.db import connect


@pytest.fixture
def acme(db: Database) -> tuple[str, str]:
    account = Account(name="Acme", domain="acme.example", tier=1)
    account_store.insert(db, account)
    contact = Contact(
        account_id=account.id,
        full_name="Lena Vogel",
        email="lena@acme.example",
        persona_tier=PersonaTier.C_LEVEL,
    )
    contact_store.insert(db, contact)
    return account.id, contact.id


def test_touches_round_trip_and_soft_delete_hides_them(db: Database, acme: tuple[str, str]) -> None:
    account_id, contact_id = acme
    first = store.Touch(account_id, contact_id, "email", "sent", at="2026-03-01T09:00:00+00:00")
    second = store.Touch(account_id, None, "event", "connected", at="2026-03-02T09:00:00+00:00", notes="展会")
    store.insert_touches(db, [second, first])
    assert [t.id for t in store.touches_for_account(db, account_id)] == [
        first.id,
        second.id,
    ]  # oldest first
    assert store.get_touch(db, second.id).notes == "展会"  # type: ignore[union-attr]

    store.soft_delete_touch(db, first.id)
    assert [t.id for t in store.touches_for_account(db, account_id)] == [second.id]
    assert store.get_touch(db, first.id) is None
    assert store.get_touch(db, first.id, include_deleted=True) is not None
    store.restore_touch(db, first.id)
    assert len(store.touches_for_contact(db, contact_id)) == 1


def test_only_one_research_timer_runs_per_account(db: Database, acme: tuple[str, str]) -> None:
    account_id, _ = acme
    store.insert_session(db, store.ResearchSession(account_id, "2026-03-01T09:00:00+00:00"))
    with pytest.raises(sqlite3.IntegrityError):
        store.insert_session(db, store.ResearchSession(account_id, "2026-03-01T09:05:00+00:00"))
    running = store.running_session(db, account_id)
    assert running is not None
    store.end_session(db, running.id, "2026-03-01T09:30:00+00:00", 30.0)
    store.insert_session(db, store.ResearchSession(account_id, "2026-03-02T09:00:00+00:00"))  # a new one may start
    assert store.research_minutes(db, account_id) == (30.0, 1)


def test_deleting_a_contact_for_good_keeps_the_accounts_touches(db: Database, acme: tuple[str, str]) -> None:
    account_id, contact_id = acme
    store.insert_touch(db, store.Touch(account_id, contact_id, "call", "connected"))
    db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])
    (touch,) = store.touches_for_account(db, account_id)
    assert touch.contact_id is None  # now a touch for the account as a whole


def test_the_queue_and_threads_queries_use_their_indexes(db: Database) -> None:
    plan = " ".join(
        str(r[3])
        for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE status IN ('open', 'snoozed') AND due_at <= ?",
            ["2026-03-01"],
        )
    )
    assert "tasks_status_due" in plan
    plan = " ".join(
        str(r[3])
        for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM touches WHERE account_id = ? AND deleted_at IS NULL ORDER BY at",
            ["x"],
        )
    )
    assert "touches_account_at" in plan


def test_an_older_workspace_upgrades_to_outreach(tmp_path: Path) -> None:
    path = tmp_path / "old.whynow"
    conn = sqlite3.connect(path)
    from storage.db import APPLICATION_ID, load_migrations

    for migration in load_migrations()[:4]:
        migration.apply(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    db = connect(path)
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"touches", "enrolments", "tasks", "research_sessions"} <= tables
    finally:
        db.close()
