"""Outreach use-cases as an SDR meets them: log, playbooks, Today queue, threads, research."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import icalendar
import pytest
from sqlite_utils import Database

from app import accounts, outreach
from app.errors import NotFoundError, ValidationError
from research.types import Contact, ContactStatus, PersonaTier, Stage, new_id, utc_now
from storage import contacts as contact_store

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def add_person(db: Database, account_id: str, name: str, tier: PersonaTier, **extra: object) -> Contact:
    email = extra.pop("email", name.split()[0].lower() + "@acme.example")
    contact = Contact(account_id=account_id, full_name=name, email=str(email), persona_tier=tier, **extra)  # type: ignore[arg-type]
    contact_store.insert(db, contact)
    return contact


@pytest.fixture
def acme(db: Database) -> dict[str, str]:
    account = accounts.create_account(db, {"name": "Acme", "domain": "acme.example", "tier": 1, "owner": "Mia"})
    ids = {"account": account.id}
    ids["lena"] = add_person(db, account.id, "Lena Vogel", PersonaTier.C_LEVEL, title="CTO").id
    ids["tom"] = add_person(db, account.id, "Tom Bakker", PersonaTier.DIRECTOR, title="Director of Finance").id
    ids["sofia"] = add_person(db, account.id, "Sofia Rossi", PersonaTier.DIRECTOR, title="Head of Data").id
    ids["emma"] = add_person(db, account.id, "Emma Visser", PersonaTier.PRACTITIONER).id
    return ids


def add_trigger(db: Database, account_id: str, headline: str) -> None:
    now = utc_now()
    db.execute(
        "INSERT INTO triggers (id, account_id, type, confidence, headline, occurred_at, "
        "created_at, updated_at) "
        "VALUES (?, ?, 'funding', 0.9, ?, ?, ?, ?)",
        [new_id(), account_id, headline, now, now, now],
    )


def thread_of(db: Database, account_id: str, contact_id: str) -> dict[str, Any]:
    groups = outreach.threads(db, account_id, now=NOW)
    return next(t for g in groups for t in g["threads"] if t["contact_id"] == contact_id)


def queue_titles(db: Database, day: date = TODAY) -> list[str]:
    return [r["title"] for r in outreach.today_queue(db, day)]


# -- logging ------------------------------------------------------------------------------------


def test_logging_a_touch_shows_in_the_list_and_moves_last_activity(db: Database, acme: dict[str, str]) -> None:
    result = outreach.log_touch(
        db,
        acme["account"],
        acme["lena"],
        "E-mail",
        "sent",
        subject="Hello",
        at="2026-03-01T09:00:00+00:00",
        logged_by="Mia",
    )
    assert result.touch.direction == "outbound" and result.touch.channel == "email"
    reply = outreach.log_touch(db, acme["account"], acme["lena"], "email", "positive", at="2026-03-01T15:00:00+00:00")
    assert reply.touch.direction == "inbound"  # a reply comes in
    assert [t.outcome for t in outreach.list_touches(db, acme["account"])] == [
        "replied_positive",
        "sent",
    ]
    last = db.execute("SELECT last_activity_at FROM accounts WHERE id = ?", [acme["account"]]).fetchone()[0]
    assert last == "2026-03-01T15:00:00+00:00"


def test_unknown_values_are_refused_with_the_valid_ones_listed(db: Database, acme: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="Use one of: email, call, voicemail"):
        outreach.log_touch(db, acme["account"], None, "fax", "sent")
    with pytest.raises(ValidationError, match="replied_positive"):
        outreach.log_touch(db, acme["account"], None, "email", "great")
    with pytest.raises(NotFoundError, match=r"lena@acme\.example"):
        outreach.resolve_contact(db, accounts.get_account(db, acme["account"]), "nobody@acme.example")


def test_log_and_schedule_next_creates_a_task_due_that_day(db: Database, acme: dict[str, str]) -> None:
    result = outreach.log_touch(
        db,
        acme["account"],
        acme["tom"],
        "call",
        "no_answer",
        schedule_next=(3, "email", "Send the pricing sheet"),
        today=TODAY,
    )
    assert result.next_task is not None and result.next_task.due_at == "2026-03-05"
    assert queue_titles(db, TODAY + timedelta(days=2)) == []
    (row,) = outreach.today_queue(db, TODAY + timedelta(days=3))
    assert row["title"] == "E-mail Tom Bakker: Send the pricing sheet"
    assert row["body"] == "Send the pricing sheet" and row["overdue_days"] == 0


def test_undo_takes_back_the_touch_and_everything_it_changed(db: Database, acme: dict[str, str]) -> None:
    outreach.enrol_contact(db, acme["tom"], start=TODAY)
    result = outreach.log_touch(
        db,
        acme["account"],
        acme["tom"],
        "email",
        "opted_out",
        schedule_next=(1, "call", ""),
        today=TODAY,
    )
    assert contact_store.get(db, acme["tom"]).status == ContactStatus.DO_NOT_CONTACT  # type: ignore[union-attr]
    assert result.undo is not None
    outreach.undo_log(db, result.undo)
    assert contact_store.get(db, acme["tom"]).status == ContactStatus.ACTIVE  # type: ignore[union-attr]
    assert outreach.list_touches(db, acme["account"]) == []
    assert thread_of(db, acme["account"], acme["tom"])["enrolment"]["status"] == "active"
    assert len(queue_titles(db)) == 1  # the playbook's first step is back, the follow-up is gone


def test_delete_and_restore_a_touch(db: Database, acme: dict[str, str]) -> None:
    touch = outreach.log_touch(db, acme["account"], acme["lena"], "linkedin", "sent").touch
    deleted = outreach.delete_touch(db, touch.id)
    assert outreach.list_touches(db, acme["account"]) == []
    outreach.restore_touch(db, deleted)
    assert [t.id for t in outreach.list_touches(db, acme["account"])] == [touch.id]


def test_editing_the_outcome_applies_its_effects(db: Database, acme: dict[str, str]) -> None:
    touch = outreach.log_touch(db, acme["account"], acme["emma"], "email", "sent").touch
    result = outreach.edit_touch(db, touch.id, {"outcome": "bounced", "notes": "mailbox full"})
    assert result.touch.notes == "mailbox full"
    assert contact_store.get(db, acme["emma"]).email_bounced  # type: ignore[union-attr]


# -- what a touch means -------------------------------------------------------------------------


def test_opt_out_stops_every_playbook_and_marks_do_not_contact(db: Database, acme: dict[str, str]) -> None:
    outreach.enrol_contact(db, acme["sofia"], start=TODAY)
    result = outreach.log_touch(db, acme["account"], acme["sofia"], "email", "opted_out", today=TODAY)
    assert contact_store.get(db, acme["sofia"]).status == ContactStatus.DO_NOT_CONTACT  # type: ignore[union-attr]
    assert any("do-not-contact" in e for e in result.effects)
    assert queue_titles(db, TODAY + timedelta(days=60)) == []
    with pytest.raises(ValidationError, match="do not contact"):
        outreach.enrol_contact(db, acme["sofia"])
    enrolment = thread_of(db, acme["account"], acme["sofia"])["enrolment"]
    assert enrolment["status"] == "stopped" and "opted out" in enrolment["status_reason"]


def test_a_bounce_flags_the_email_and_the_queue_offers_no_mail_link(db: Database, acme: dict[str, str]) -> None:
    outreach.enrol_contact(db, acme["lena"], start=TODAY)
    (row,) = outreach.today_queue(db, TODAY)
    assert row["mailto"] is not None
    outreach.log_touch(db, acme["account"], acme["lena"], "email", "bounced")
    assert contact_store.get(db, acme["lena"]).email_bounced  # type: ignore[union-attr]
    (row,) = outreach.today_queue(db, TODAY)
    assert row["email_bounced"] is True and row["mailto"] is None


def test_a_reply_pauses_the_playbook_and_resuming_keeps_the_spacing(db: Database, acme: dict[str, str]) -> None:
    outreach.enrol_contact(db, acme["tom"], start=TODAY)
    assert queue_titles(db) == ["E-mail Tom Bakker · Director step 1/7"]
    result = outreach.log_touch(
        db,
        acme["account"],
        acme["tom"],
        "email",
        "replied_neutral",
        at=datetime(2026, 3, 2, 12, tzinfo=UTC),
    )
    assert any("Paused the Director playbook" in e for e in result.effects)
    assert queue_titles(db, TODAY + timedelta(days=30)) == []  # nothing fires while paused
    enrolment_id = thread_of(db, acme["account"], acme["tom"])["enrolment"]["id"]
    outreach.resume_enrolment(db, enrolment_id, today=TODAY + timedelta(days=5))
    # step 1 was due on the 2nd, paused on the 2nd, resumed on the 7th: everything moves 5 days
    assert queue_titles(db, TODAY + timedelta(days=4)) == []
    assert queue_titles(db, TODAY + timedelta(days=5)) == ["E-mail Tom Bakker · Director step 1/7"]


def test_first_engagement_at_a_cold_account_suggests_engaged(db: Database, acme: dict[str, str]) -> None:
    sent = outreach.log_touch(db, acme["account"], acme["lena"], "email", "sent")
    assert sent.suggestion is None
    first = outreach.log_touch(
        db,
        acme["account"],
        acme["lena"],
        "email",
        "replied_positive",
        at="2026-03-02T09:00:00+00:00",
    )
    assert first.suggestion is not None and first.suggestion["suggest_stage"] == "engaged"
    assert "Lena Vogel" in first.suggestion["why"] and "first engagement" in first.suggestion["why"]
    second = outreach.log_touch(db, acme["account"], acme["tom"], "call", "connected")
    assert second.suggestion is None  # not the first any more
    # the caller confirms; the stage history records it
    accounts.move_stage(
        db,
        acme["account"],
        first.suggestion["suggest_stage"],
        user="Mia",
        reason=first.suggestion["why"],
    )
    history = accounts.stage_history(db, acme["account"])
    assert (history[-1].from_stage, history[-1].to_stage) == (Stage.COLD, Stage.ENGAGED)


def test_a_booked_meeting_suggests_the_meeting_stage_only_before_it(db: Database, acme: dict[str, str]) -> None:
    booked = outreach.log_touch(db, acme["account"], acme["sofia"], "email", "meeting_booked")
    assert booked.suggestion is not None and booked.suggestion["suggest_stage"] == "meeting"
    accounts.move_stage(db, acme["account"], "opportunity")
    again = outreach.log_touch(db, acme["account"], acme["lena"], "call", "meeting_booked")
    assert again.suggestion is None


def test_engaged_contacts_for_the_committee(db: Database, acme: dict[str, str]) -> None:
    outreach.log_touch(db, acme["account"], acme["lena"], "email", "sent")
    outreach.log_touch(db, acme["account"], acme["tom"], "call", "connected")
    outreach.log_touch(db, acme["account"], acme["sofia"], "meeting", "sent")
    outreach.log_touch(db, acme["account"], acme["emma"], "email", "bounced")
    assert outreach.engaged_contact_ids(db, acme["account"]) == {acme["tom"], acme["sofia"]}


# -- playbooks and tasks ------------------------------------------------------------------------


def test_enrolling_a_tier_fills_templates_and_skips_with_reasons(db: Database, acme: dict[str, str]) -> None:
    add_trigger(db, acme["account"], "Acme raises $40M Series C")
    left = add_person(db, acme["account"], "Pieter Jansen", PersonaTier.DIRECTOR, status=ContactStatus.LEFT)
    outreach.enrol_contact(db, acme["sofia"], start=TODAY)
    result = outreach.enrol_tier(db, acme["account"], "director", start=TODAY)
    assert [e.contact_id for e in result.enrolled] == [acme["tom"]]
    assert result.tasks == 7
    assert {(s.full_name, s.reason) for s in result.skipped} == {
        ("Sofia Rossi", "already in the Director playbook (active)"),
        (left.full_name, "has left the company"),
    }
    (first,) = [r for r in outreach.today_queue(db, TODAY) if r["contact_id"] == acme["tom"]]
    assert first["body"].startswith("Hi Tom,")
    assert "Acme raises $40M Series C" in first["body"] and "Mia" in first["body"]  # sender = owner
    assert first["subject"] == "Acme raises $40M Series C — Acme"
    assert first["playbook"] == "Director" and first["step"] == 1 and first["persona_tier"] == "director"


def test_completing_a_task_logs_its_touch_and_the_last_step_finishes(db: Database, acme: dict[str, str]) -> None:
    custom = [
        {
            "name": "Short",
            "tier": "practitioner",
            "steps": [
                {
                    "day": 0,
                    "channel": "email",
                    "subject": "Hi from {sender}",
                    "template": "Hi {first_name}",
                },
                {"day": 2, "channel": "linkedin", "template": "Connect?"},
            ],
        }
    ]
    outreach.save_playbooks(db, custom)
    result = outreach.enrol_contact(db, acme["emma"], start=TODAY)
    assert result.playbook == "Short"  # the workspace's playbook wins for its tier
    (task,) = outreach.today_queue(db, TODAY)
    done = outreach.complete_task(db, task["task_id"], "sent", at="2026-03-02T09:30:00+00:00")
    assert (done.touch.channel, done.touch.subject, done.touch.contact_id) == (
        "email",
        "Hi from Mia",
        acme["emma"],
    )
    stored = outreach.get_task(db, task["task_id"])
    assert stored.status == "done" and stored.completed_touch_id == done.touch.id
    (second,) = outreach.today_queue(db, TODAY + timedelta(days=2))
    outreach.skip_task(db, second["task_id"])
    thread = thread_of(db, acme["account"], acme["emma"])
    assert thread["enrolment"]["status"] == "finished" and thread["reply_state"] == "waiting"


def test_snoozed_tasks_come_back_on_their_day(db: Database, acme: dict[str, str]) -> None:
    outreach.enrol_contact(db, acme["lena"], start=TODAY - timedelta(days=2))
    (task,) = outreach.today_queue(db, TODAY)
    assert task["overdue_days"] == 2
    outreach.snooze_task(db, task["task_id"], 3, today=TODAY)
    assert outreach.today_queue(db, TODAY) == []
    (back,) = [r for r in outreach.today_queue(db, TODAY + timedelta(days=3)) if r["task_id"] == task["task_id"]]
    assert back["status"] == "snoozed" and back["overdue_days"] == 0


def test_queue_order_tier_then_why_now_then_most_overdue(db: Database) -> None:
    def account(name: str, tier: int, score: float | None) -> str:
        a = accounts.create_account(db, {"name": name, "tier": tier})
        db.execute("UPDATE accounts SET why_now_score = ? WHERE id = ?", [score, a.id])
        return a.id

    t3 = account("Tier three", 3, 99)
    t1_low = account("Tier one, quiet", 1, None)  # no score counts as 0
    t1_high = account("Tier one, in the news", 1, 80)
    for account_id, days, note in [
        (t3, 0, "a"),
        (t1_low, 5, "b"),
        (t1_high, 1, "c"),
        (t1_high, 4, "d"),
        (t1_low, 1, "e"),
    ]:
        outreach.log_touch(
            db,
            account_id,
            None,
            "email",
            "sent",
            schedule_next=(0, "call", note),
            today=TODAY - timedelta(days=days),
        )
    rows = outreach.today_queue(db, TODAY)
    assert [r["body"] for r in rows] == ["d", "c", "b", "e", "a"]
    assert [r["overdue_days"] for r in rows] == [4, 1, 5, 1, 0]
    assert rows[2]["why_now_score"] == 0 and rows[2]["persona_tier_label"] == "Account"


def test_archived_accounts_and_departed_contacts_leave_the_queue(db: Database, acme: dict[str, str]) -> None:
    outreach.log_touch(
        db,
        acme["account"],
        acme["lena"],
        "email",
        "sent",
        schedule_next=(0, "call", ""),
        today=TODAY,
    )
    contact = contact_store.get(db, acme["lena"])
    assert contact is not None
    contact.status = ContactStatus.LEFT
    contact_store.update(db, contact)
    assert outreach.today_queue(db, TODAY) == []
    outreach.log_touch(db, acme["account"], None, "email", "sent", schedule_next=(0, "call", ""), today=TODAY)
    assert len(outreach.today_queue(db, TODAY)) == 1
    accounts.archive_account(db, acme["account"])
    assert outreach.today_queue(db, TODAY) == []


# -- mail and calendar --------------------------------------------------------------------------


def test_mailto_encodes_subject_and_body() -> None:
    task = {"subject": "Q3 & 云帆: 20 min?", "body": "Hi 陈建国,\n\n50% faster; see you?"}
    url = outreach.mailto_url(task, {"email": "chen@yunfan.example"})
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "chen@yunfan.example"
    assert " " not in url and "\n" not in url
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert query["subject"] == task["subject"]
    assert query["body"] == "Hi 陈建国,\r\n\r\n50% faster; see you?"
    assert unquote(url.split("body=")[1]).startswith("Hi 陈建国")


def test_ics_export_parses_back_with_one_event_per_task(db: Database, acme: dict[str, str], tmp_path: Path) -> None:
    add_trigger(db, acme["account"], "云帆物流科技完成B轮融资; 扩建仓储, 新设上海中心")
    outreach.enrol_contact(db, acme["lena"], start=TODAY)
    outreach.log_touch(
        db,
        acme["account"],
        None,
        "event",
        "connected",
        schedule_next=(1, "email", "跟进: 展会, 报价; 下周"),
    )
    path = tmp_path / "tasks.ics"
    count = outreach.export_ics(db, path)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert count == len(events) == 6
    task_ids = {r[0] for r in db.execute("SELECT id FROM tasks")}
    assert {str(e["UID"]) for e in events} == task_ids
    by_summary = {str(e["SUMMARY"]): e for e in events}
    follow_up = by_summary["E-mail Acme: 跟进: 展会, 报价; 下周"]
    assert "跟进: 展会, 报价; 下周" in str(follow_up["DESCRIPTION"])
    first = by_summary["E-mail Lena Vogel · C-Level/VP step 1/5"]
    assert first.decoded("DTSTART") == TODAY
    assert "云帆物流科技完成B轮融资; 扩建仓储, 新设上海中心" in str(first["DESCRIPTION"])

    data, todo_count = outreach.tasks_calendar(db, as_todo=True, until=TODAY)
    todos = list(icalendar.Calendar.from_ical(data).walk("VTODO"))
    assert todo_count == len(todos) == 1 and todos[0].decoded("DUE") == TODAY


# -- threads, relationship, research time -------------------------------------------------------


def test_threads_group_contacts_by_tier_with_reply_state(db: Database, acme: dict[str, str]) -> None:
    outreach.log_touch(db, acme["account"], acme["lena"], "email", "sent", at=NOW - timedelta(days=20))
    outreach.log_touch(db, acme["account"], acme["tom"], "email", "sent", at=NOW - timedelta(days=3))
    outreach.log_touch(db, acme["account"], acme["sofia"], "email", "sent", at=NOW - timedelta(days=6))
    outreach.log_touch(db, acme["account"], acme["sofia"], "email", "replied_positive", at=NOW - timedelta(days=5))
    outreach.log_touch(db, acme["account"], None, "event", "connected", at=NOW - timedelta(days=1))
    groups = outreach.threads(db, acme["account"], now=NOW)
    assert [g["label"] for g in groups] == [
        "C-Level/VP",
        "Director",
        "Practitioner",
        "Account as a whole",
    ]
    state = {t["full_name"]: t["reply_state"] for g in groups for t in g["threads"]}
    assert state == {
        "Lena Vogel": "cold",
        "Sofia Rossi": "replied_positive",
        "Tom Bakker": "waiting",
        "Emma Visser": "untouched",
        "": "replied_neutral",
    }
    sofia = next(t for t in groups[1]["threads"] if t["full_name"] == "Sofia Rossi")
    assert sofia["engaged"] and sofia["engaged_reason"] == "positive reply (email) on 2026-02-25"
    assert sofia["last_touch_age_days"] == 5 and sofia["touch_count"] == 2
    assert [t["outcome"] for t in sofia["touches"]] == ["replied_positive", "sent"]  # newest first
    assert sofia["relationship"]["score"] > 0 and {p["name"] for p in sofia["relationship"]["parts"]} == {
        "recency",
        "frequency",
        "reciprocity",
    }
    account_score = outreach.account_relationship(db, acme["account"], now=NOW)
    assert 0 < account_score["score"] <= 100 and len(account_score["parts"]) == 3


def test_research_timer_minutes_and_minutes_per_contact_reached(db: Database, acme: dict[str, str]) -> None:
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    outreach.start_research(db, acme["account"], now=start)
    with pytest.raises(ValidationError, match="already being timed"):
        outreach.start_research(db, acme["account"], now=start + timedelta(minutes=1))
    assert outreach.research_summary(db, acme["account"])["running_since"] == "2026-03-02T09:00:00+00:00"
    session = outreach.stop_research(db, acme["account"], now=start + timedelta(minutes=45))
    assert session.minutes == 45
    with pytest.raises(ValidationError, match="No research timer"):
        outreach.stop_research(db, acme["account"])
    outreach.start_research(db, acme["account"], now=start + timedelta(hours=2))
    outreach.stop_research(db, acme["account"], now=start + timedelta(hours=2, minutes=15))
    summary = outreach.research_summary(db, acme["account"])
    assert summary["minutes"] == 60 and summary["minutes_per_contact_reached"] is None  # nobody reached yet
    outreach.log_touch(db, acme["account"], acme["lena"], "email", "sent")
    outreach.log_touch(db, acme["account"], acme["tom"], "call", "no_answer")
    outreach.log_touch(db, acme["account"], acme["sofia"], "email", "replied_positive")  # inbound: not reached by us
    summary = outreach.research_summary(db, acme["account"])
    assert (summary["contacts_reached"], summary["minutes_per_contact_reached"]) == (2, 30.0)


# -- demo ---------------------------------------------------------------------------------------


def test_demo_outreach_fills_threads_and_the_queue(db: Database) -> None:
    from app import demo

    ids = demo.load_demo(db, now=NOW)
    has_people = any(contact_store.list_for_account(db, i) for i in ids.values())
    logged = outreach.load_demo_outreach(db, ids, now=NOW)
    if not has_people:
        assert logged == 0
        return
    assert logged > 10
    queue = outreach.today_queue(db, NOW.astimezone().date())
    assert queue and any(r["overdue_days"] > 0 for r in queue)
    bounced = [c for i in ids.values() for c in contact_store.list_for_account(db, i) if c.email_bounced]
    assert [c.full_name for c in bounced] == ["Jonas Weber"]


def test_demo_outreach_skips_accounts_without_contacts(db: Database) -> None:
    account = accounts.create_account(db, {"name": "Helix Ledger"})
    assert outreach.load_demo_outreach(db, {"helix": account.id}, now=NOW) == 0
    assert outreach.list_touches(db, account.id) == []


def test_one_opt_out_does_not_zero_the_account_relationship(db: Database) -> None:
    from app import accounts, contacts, outreach

    acme = accounts.create_account(db, {"name": "Acme Opt"})
    ann = contacts.add_contact(db, acme.id, {"full_name": "Ann Keen", "email": "ann@acme-opt.example"})
    bob = contacts.add_contact(db, acme.id, {"full_name": "Bob Gone", "email": "bob@acme-opt.example"})
    outreach.log_touch(db, acme.id, ann.id, "email", "replied_positive", direction="inbound")
    before = outreach.account_relationship(db, acme.id)["score"]
    outreach.log_touch(db, acme.id, bob.id, "email", "opted_out", direction="inbound")
    after = outreach.account_relationship(db, acme.id)
    assert before > 0 and after["score"] == before
    assert outreach.contact_relationship(db, bob.id)["score"] == 0


def test_planned_tasks_read_in_the_readers_language(db: Database, acme: dict[str, str]) -> None:
    """A playbook enrolled on a Chinese desktop lists its steps in English for an English reader."""
    from app import i18n as app_i18n
    from research import i18n

    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    try:
        outreach.enrol_contact(db, acme["lena"], start=TODAY)
        first = outreach.today_queue(db, TODAY)[0]
        assert first["title"] == "邮件 Lena Vogel · C-Level/VP 第 1/5 步"
        result = outreach.log_touch(db, acme["account"], acme["lena"], "email", "replied_positive", at=NOW)
        assert any(e.startswith("已暂停 Lena Vogel 的“C-Level/VP”打法") for e in result.effects), result.effects
    finally:
        i18n.set_translator(None)
    assert outreach.get_task(db, first["task_id"]).title == "E-mail Lena Vogel · C-Level/VP step 1/5"
