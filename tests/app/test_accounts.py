"""Account use-cases: what the New/Edit dialogs and `whynow accounts` both rely on."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from app import accounts
from app.errors import NotFoundError, ValidationError
from research.types import IcpProfile, Stage


def test_create_normalises_domain_and_records_the_first_stage(db: Database) -> None:
    a = accounts.create_account(db, {"name": " Acme GmbH ", "domain": "https://www.ACME.de/", "tier": "1"}, user="Mia")
    assert (a.name, a.domain, a.website, a.tier, a.stage) == ("Acme GmbH", "acme.de", "https://acme.de", 1, Stage.COLD)
    history = accounts.stage_history(db, a.id)
    assert [(h.from_stage, h.to_stage, h.changed_by) for h in history] == [(None, Stage.COLD, "Mia")]


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"name": "  "}, "name", "needs a name"),
        ({"name": "A", "tier": "4"}, "tier", "1, 2 or 3"),
        ({"name": "A", "stage": "won"}, "stage", "Unknown stage"),
        ({"name": "A", "employees": "lots"}, "employees", "must be a number"),
        ({"name": "A", "domain": "not a domain"}, "domain", "not a domain"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(db: Database, fields: dict, field: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as info:
        accounts.create_account(db, fields)
    assert info.value.field == field
    assert accounts.list_rows(db) == []


def test_employee_bands_from_crms_take_the_lower_bound(db: Database) -> None:
    assert accounts.create_account(db, {"name": "A", "employees": "1,001-5,000"}).employees == 1001
    assert accounts.create_account(db, {"name": "B", "employees": "10001+"}).employees == 10001


def test_every_stage_change_is_kept_with_who_and_why(db: Database) -> None:
    a = accounts.create_account(db, {"name": "Acme"}, user="Mia")
    accounts.move_stage(db, a.id, "engaged", user="Mia", reason="replied to email")
    accounts.move_stage(db, a.id, Stage.MEETING, user="Ola")
    accounts.update_account(db, a.id, {"industry": "Software"}, user="Ola")  # not a stage change
    history = accounts.stage_history(db, a.id)
    assert [(h.from_stage, h.to_stage, h.changed_by, h.reason) for h in history] == [
        (None, Stage.COLD, "Mia", "created"),
        (Stage.COLD, Stage.ENGAGED, "Mia", "replied to email"),
        (Stage.ENGAGED, Stage.MEETING, "Ola", ""),
    ]
    assert accounts.get_account(db, a.id).stage == Stage.MEETING


def test_archive_hides_and_unarchive_restores(db: Database) -> None:
    a = accounts.create_account(db, {"name": "Acme"})
    accounts.archive_account(db, a.id)
    assert accounts.list_rows(db) == []
    assert len(accounts.list_rows(db, include_archived=True)) == 1
    accounts.unarchive_account(db, a.id)
    assert [r["name"] for r in accounts.list_rows(db)] == ["Acme"]


def test_find_by_domain_url_id_or_name(db: Database) -> None:
    a = accounts.create_account(db, {"name": "云帆物流", "domain": "yunfan.example"})
    for key in ("yunfan.example", "https://www.yunfan.example/news", a.id, "云帆物流"):
        assert accounts.find_account(db, key).id == a.id
    with pytest.raises(NotFoundError):
        accounts.find_account(db, "nobody.example")


def test_changing_the_icp_rescores_every_account(db: Database) -> None:
    a = accounts.create_account(db, {"name": "Acme", "industry": "Software", "employees": 300})
    assert a.icp_score is None
    assert accounts.set_icp_profile(db, IcpProfile(industries=["Software"], employees_min=1000)) == 1
    rescored = accounts.get_account(db, a.id)
    assert rescored.icp_score == 55  # industry 30/30, employees 0/25 (300 is far below 1,000)
    assert [r.matched for r in rescored.icp_reasons] == [True, False]
    b = accounts.create_account(db, {"name": "Beta", "industry": "Software", "employees": 2000})
    assert b.icp_score == 100
