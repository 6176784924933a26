"""storage/contacts.py against a real workspace file."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from research.types import Account, BuyingRole, Contact, PersonaTier
from storage import accounts as account_store
from storage import contacts as store
from storage.db import connect


def _account(db: Database, name: str = "Acme", domain: str = "acme.com") -> Account:
    account = Account(name=name, domain=domain)
    account_store.insert(db, account)
    return account


def test_a_contact_round_trips_every_field(db: Database) -> None:
    account = _account(db)
    contact = Contact(
        account.id, "王伟", title="财务总监", department="财务部", email="Wang@Acme.com",
        phone="+86 10 1234", linkedin_url="https://www.linkedin.com/in/wang",
        persona_tier=PersonaTier.DIRECTOR, tier_is_manual=True, tier_confidence=0.9,
        tier_reason="set by hand", notes="met at expo", email_bounced=True,
    )  # fmt: skip
    store.insert(db, contact)
    assert store.get(db, contact.id) == contact


def test_a_row_from_fields_is_the_row_of_the_contact(db: Database) -> None:
    """The bulk import builds rows without a dataclass each; they must be what to_tuple gives."""
    fields = {
        "id": "c1", "account_id": "a1", "full_name": "王伟", "title": "财务总监", "email": "wang@acme.com",
        "persona_tier": PersonaTier.DIRECTOR, "tier_confidence": 1, "tier_reason": "matched “总监”",
        "buying_role": BuyingRole.CHAMPION, "tier_is_manual": True, "created_at": "2026-01-01T00:00:00+00:00",
        "updated_at": "2026-01-01T00:00:00+00:00",
    }  # fmt: skip
    for given in (fields, {k: fields[k] for k in ("id", "account_id", "full_name", "created_at", "updated_at")}):
        row = store.row_from_fields(given)
        assert row == store.to_tuple(Contact(**given))  # type: ignore[arg-type]
        assert [type(v) for v in row] == [type(v) for v in store.to_tuple(Contact(**given))]  # type: ignore[arg-type]
    account = _account(db)
    store.insert_rows(db, [store.row_from_fields({**fields, "account_id": account.id})])
    assert store.get(db, "c1") == Contact(**{**fields, "account_id": account.id, "tier_confidence": 1.0})  # type: ignore[arg-type]


def test_rows_for_new_contacts_are_the_rows_from_their_fields() -> None:
    """The import's fast path gives, value for value and type for type, what row_from_fields does."""
    now = "2026-01-01T00:00:00+00:00"
    given = [
        ("c1", "a1", {"full_name": "王伟", "title": "财务总监", "buying_role": BuyingRole.CHAMPION},
         PersonaTier.DIRECTOR, 1, "matched “总监”"),
        ("c2", "a2", {"full_name": "Jane Doe", "email": "jane@acme.com", "phone": "+49 30 1"},
         PersonaTier.UNKNOWN, 0.0, ""),
        ("c3", "a1", {}, PersonaTier.C_LEVEL, 0.9, "x"),
    ]  # fmt: skip
    rows = store.rows_for_new(given, now)
    for row, (cid, aid, fields, tier, confidence, reason) in zip(rows, given, strict=True):
        expected = store.row_from_fields({
            **fields, "id": cid, "account_id": aid, "persona_tier": tier, "tier_confidence": confidence,
            "tier_reason": reason, "created_at": now, "updated_at": now,
        })  # fmt: skip
        assert row == expected
        assert [type(v) for v in row] == [type(v) for v in expected]
    with pytest.raises(KeyError):
        store.rows_for_new([("c4", "a1", {"shoe_size": "44"}, PersonaTier.UNKNOWN, 0.0, "")], now)


def test_insert_many_writes_every_row_in_one_go(db: Database) -> None:
    account = _account(db)
    people = [Contact(account.id, f"Person {i}", email=f"p{i}@acme.com") for i in range(1200)]
    assert store.insert_many(db, people) == 1200
    assert store.count(db) == 1200
    assert len(store.list_for_account(db, account.id)) == 1200


def test_list_puts_senior_tiers_first_and_hides_deleted(db: Database) -> None:
    account = _account(db)
    intern = Contact(account.id, "Ann Intern", persona_tier=PersonaTier.PRACTITIONER)
    ceo = Contact(account.id, "Zed Boss", persona_tier=PersonaTier.C_LEVEL)
    gone = Contact(account.id, "Bob Gone", persona_tier=PersonaTier.DIRECTOR)
    store.insert_many(db, [intern, ceo, gone])
    store.soft_delete(db, gone.id)
    names = [c.full_name for c in store.list_for_account(db, account.id)]
    assert names == ["Zed Boss", "Ann Intern"]
    assert store.get(db, gone.id) is None
    assert store.get(db, gone.id, include_deleted=True) is not None
    assert store.deleted_at(db, gone.id)


def test_restore_brings_a_deleted_contact_back(db: Database) -> None:
    account = _account(db)
    contact = Contact(account.id, "Jane Doe")
    store.insert(db, contact)
    store.soft_delete(db, contact.id)
    store.restore(db, contact.id)
    assert store.get(db, contact.id) is not None
    assert store.deleted_at(db, contact.id) is None


def test_find_by_email_ignores_case_and_deleted_contacts(db: Database) -> None:
    account = _account(db)
    live = Contact(account.id, "Jane", email="Jane@Acme.com")
    dead = Contact(account.id, "Old Jane", email="jane@acme.com")
    store.insert_many(db, [live, dead])
    store.soft_delete(db, dead.id)
    assert [c.id for c in store.find_by_email(db, " JANE@acme.COM ")] == [live.id]
    assert store.find_by_email(db, "") == []


def test_automatic_tier_updates_never_touch_a_manual_tier(db: Database) -> None:
    account = _account(db)
    pinned = Contact(account.id, "Pinned", persona_tier=PersonaTier.C_LEVEL, tier_is_manual=True)
    auto = Contact(account.id, "Auto", persona_tier=PersonaTier.UNKNOWN)
    store.insert_many(db, [pinned, auto])
    changed = store.set_automatic_tiers(
        db,
        [
            (pinned.id, PersonaTier.PRACTITIONER, 0.5, "guess"),
            (auto.id, PersonaTier.DIRECTOR, 0.9, "rule"),
        ],
    )
    assert changed == 1
    assert store.get(db, pinned.id).persona_tier == PersonaTier.C_LEVEL  # type: ignore[union-attr]
    assert store.get(db, auto.id).persona_tier == PersonaTier.DIRECTOR  # type: ignore[union-attr]


def test_moving_cuts_reporting_lines_both_ways(db: Database) -> None:
    acme, other = _account(db), _account(db, "Other", "other.com")
    boss = Contact(acme.id, "Boss")
    mid = Contact(acme.id, "Middle", reports_to=boss.id)
    report = Contact(acme.id, "Report", reports_to=mid.id)
    store.insert_many(db, [boss, mid, report])
    store.move_to_account(db, mid.id, other.id)
    moved = store.get(db, mid.id)
    assert moved is not None and moved.account_id == other.id and moved.reports_to is None
    assert store.get(db, report.id).reports_to is None  # type: ignore[union-attr]


def test_count_per_tier(db: Database) -> None:
    account = _account(db)
    store.insert_many(
        db,
        [
            Contact(account.id, "A", persona_tier=PersonaTier.C_LEVEL),
            Contact(account.id, "B", persona_tier=PersonaTier.PRACTITIONER),
            Contact(account.id, "C", persona_tier=PersonaTier.PRACTITIONER),
        ],
    )
    counts = store.count_per_tier(db, account.id)
    assert counts[PersonaTier.PRACTITIONER] == 2
    assert counts[PersonaTier.C_LEVEL] == 1
    assert counts[PersonaTier.DIRECTOR] == 0


def test_deleting_an_account_removes_its_contacts(db: Database) -> None:
    account = _account(db)
    store.insert(db, Contact(account.id, "Jane"))
    db.execute("DELETE FROM accounts WHERE id = ?", [account.id])
    assert store.count(db) == 0


def test_committee_override_is_stored_on_the_account(db: Database) -> None:
    account = _account(db)
    assert store.committee_override(db, account.id) is None
    store.set_committee_override(db, account.id, {"c_level": 2})
    assert store.committee_override(db, account.id) == {"c_level": 2}
    store.set_committee_override(db, account.id, None)
    assert store.committee_override(db, account.id) is None


def test_a_workspace_from_before_contacts_is_upgraded(workspace_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from storage.db import APPLICATION_ID
    from storage.migrations import m0001_core

    conn = sqlite3.connect(workspace_path)
    conn.isolation_level = None
    conn.execute("BEGIN")
    m0001_core.migrate(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    db = connect(workspace_path)
    try:
        account = _account(db)
        store.insert(db, Contact(account.id, "Jane"))
        assert store.count(db) == 1
    finally:
        db.close()
