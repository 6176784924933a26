"""People and why-now text written below the UI reads in the reader's language.

Committee gaps and score lines are translated when they are computed; a
contact's tier reason and a playbook's status reason are stored as phrases,
so a workspace written on a Chinese desktop reads in English on an English
one, and back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlite_utils import Database

from app import accounts, contacts, outreach
from app import i18n as app_i18n
from research import committee, personas, triggers
from research.i18n import render, set_translator
from research.types import Contact, PersonaTier

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def chinese() -> Iterator[None]:
    set_translator(app_i18n.catalogue_translator("zh_CN"))
    yield
    set_translator(None)


def test_committee_gaps_in_chinese_and_english(chinese: None) -> None:
    defaults = committee.load_defaults()
    target = committee.target_for(1, defaults)
    people = [
        Contact(account_id="a", full_name="Jo", title="CFO", persona_tier=PersonaTier.C_LEVEL, id="c1"),
        Contact(account_id="a", full_name="Al", title="Head of IT", persona_tier=PersonaTier.DIRECTOR, id="c2"),
        Contact(account_id="a", full_name="Bo", title="", persona_tier=PersonaTier.UNKNOWN, id="c3"),
    ]
    gaps = [g.text for g in committee.compute_coverage(people, target, defaults, engaged_ids=set()).gaps]
    assert gaps == [
        "还需要 2 位高管/副总裁联系人（目标 3 位，已知 1 位）",
        "还没有与高管/副总裁联系人建立互动",
        "还需要 3 位总监联系人（目标 4 位，已知 1 位）",
        "还没有与总监联系人建立互动",
        "还没有执行层联系人",
        "运营部门还没有联系人",
        "销售部门还没有联系人",
        "1 位联系人还没有角色层级",
    ]
    set_translator(None)
    english = [g.text for g in committee.compute_coverage(people, target, defaults).gaps]
    assert english == [
        "2 more C-Level/VPs wanted (1 of 3 known)",
        "3 more Directors wanted (1 of 4 known)",
        "No Practitioner yet",
        "No contact yet in Operations",
        "No contact yet in Sales",
        "1 contact has no persona tier yet",
    ]


def test_a_committee_name_from_the_workspace_setting_shows_as_typed(chinese: None) -> None:
    defaults = committee.load_defaults({"tier_labels": {"director": {"one": "Abteilungsleiter"}}})
    target = committee.target_for(3, defaults)
    gaps = [g.text for g in committee.compute_coverage([], target, defaults).gaps]
    assert "还没有Abteilungsleiter联系人" in gaps and "还没有执行层联系人" in gaps


def test_tier_reasons_are_stored_as_phrases_and_read_in_either_language(db: Database, chinese: None) -> None:
    account = accounts.create_account(db, {"name": "Acme", "domain": "acme.example"})
    assistant = contacts.add_contact(db, account.id, {"full_name": "Kim", "title": "Executive Assistant to the CFO"})
    mixed = contacts.add_contact(db, account.id, {"full_name": "Wei", "title": "仓储运营经理"})
    chosen = contacts.add_contact(db, account.id, {"full_name": "Ola", "title": "Owner", "persona_tier": "director"})
    stored = {c.full_name: c.tier_reason for c in contacts.list_contacts(db, account.id)}
    assert render(stored["Kim"]) == (
        "规则“assistant_to_executive”：匹配到“Executive Assistant”；已忽略“to the CFO”（例外“to_the_executive”）"
    )
    assert render(stored["Wei"]) == "规则“manager_zh”：匹配到“经理”；优先于“运营”（规则“staff_word_zh”，执行层）"
    assert render(stored["Ola"]) == "手动设置"
    set_translator(None)  # the AE opens the same workspace in English
    assert render(stored["Kim"]) == (
        'rule "assistant_to_executive": matched "Executive Assistant"; '
        'ignored "to the CFO" (exception "to_the_executive")'
    )
    assert (
        render(stored["Wei"])
        == 'rule "manager_zh": matched "经理"; outranks "运营" (rule "staff_word_zh", practitioner)'
    )
    assert render(stored["Ola"]) == "set by hand"
    assert contacts.contact_json(contacts.get_contact(db, mixed.id))["tier_reason"].startswith('rule "manager_zh"')
    assert {assistant.persona_tier, chosen.persona_tier} == {PersonaTier.PRACTITIONER, PersonaTier.DIRECTOR}


def test_a_reason_stored_before_phrases_still_shows(db: Database) -> None:
    account = accounts.create_account(db, {"name": "Acme", "domain": "acme.example"})
    jo = contacts.add_contact(db, account.id, {"full_name": "Jo", "title": "CFO"})
    db.execute("UPDATE contacts SET tier_reason = ? WHERE id = ?", ['rule "cfo": matched "CFO"', jo.id])
    assert render(contacts.get_contact(db, jo.id).tier_reason) == 'rule "cfo": matched "CFO"'


def test_unknown_titles_say_why_in_both_languages(chinese: None) -> None:
    assert personas.classify_title("Acme Corp").reason == "没有规则匹配“Acme Corp”"
    assert personas.classify_title("???").reason == "“???”中没有词语：没有规则可以匹配"
    set_translator(None)
    assert personas.classify_title("Acme Corp").reason == 'no rule matched "Acme Corp"'
    assert personas.classify_title("").reason == "empty title: no rule can match"


def test_why_now_score_lines_name_the_type_in_words(chinese: None) -> None:
    signal = triggers.TriggerSignal("funding", datetime(2026, 2, 27, 10, tzinfo=UTC), trigger_id="t1")
    line = triggers.why_now_score([signal], NOW).contributions[0].reason
    assert line == "融资：权重 1，距今 3.0 天（半衰期 14 天，×0.86），已确认（×1）"
    set_translator(None)
    line = triggers.why_now_score([signal], NOW).contributions[0].reason
    assert line == "Funding weight 1, 3.0 days old (x0.86 at a 14-day half-life), confirmed (x1)"


def _playbook(db: Database, account_id: str, contact_id: str) -> dict[str, object]:
    groups = outreach.threads(db, account_id, now=NOW)
    thread = next(t for g in groups for t in g["threads"] if t["contact_id"] == contact_id)
    return thread["enrolment"]  # type: ignore[no-any-return]


def test_why_a_playbook_paused_is_stored_as_a_phrase(db: Database, chinese: None) -> None:
    account = accounts.create_account(db, {"name": "Acme", "domain": "acme.example", "tier": 1})
    tom = contacts.add_contact(
        db, account.id, {"full_name": "Tom", "title": "Director of Finance", "email": "t@a.example"}
    )
    outreach.enrol_contact(db, tom.id, start=date(2026, 3, 2))
    result = outreach.log_touch(db, account.id, tom.id, "email", "replied_positive", at=NOW)
    assert any("2026-03-02 积极回复（邮件）" in e for e in result.effects)
    enrolment = _playbook(db, account.id, tom.id)
    assert enrolment["status_reason"] == "2026-03-02 积极回复（邮件）"
    stored = db.execute("SELECT status_reason FROM enrolments WHERE id = ?", [enrolment["id"]]).fetchone()[0]
    set_translator(None)
    assert render(stored) == "positive reply (email) on 2026-03-02"
    outreach.stop_enrolment(db, str(enrolment["id"]))
    assert _playbook(db, account.id, tom.id)["status_reason"] == "stopped by hand"
    set_translator(app_i18n.catalogue_translator("zh_CN"))
    assert _playbook(db, account.id, tom.id)["status_reason"] == "手动停止"


def test_an_opt_out_and_a_reason_typed_by_the_user(db: Database) -> None:
    account = accounts.create_account(db, {"name": "Acme", "domain": "acme.example", "tier": 1})
    ann = contacts.add_contact(db, account.id, {"full_name": "Ann", "title": "CTO", "email": "ann@a.example"})
    bob = contacts.add_contact(db, account.id, {"full_name": "Bob", "title": "CFO", "email": "bob@a.example"})
    for person in (ann, bob):
        outreach.enrol_contact(db, person.id, start=date(2026, 3, 2))
    outreach.log_touch(db, account.id, ann.id, "call", "opted_out", at=NOW)
    assert _playbook(db, account.id, ann.id)["status_reason"] == "opted out (call, 2026-03-02)"
    outreach.pause_enrolment(db, str(_playbook(db, account.id, bob.id)["id"]), "on holiday until May")
    assert _playbook(db, account.id, bob.id)["status_reason"] == "on holiday until May"
