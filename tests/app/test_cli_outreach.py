"""`whynow touch, touches, threads, queue, enroll, tasks, research`: as a script sees them."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from app import accounts, contacts
from app.cli import main
from storage.db import connect


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ws(workspace_path: Path) -> str:
    db = connect(workspace_path)
    account = accounts.create_account(db, {"name": "Acme", "domain": "acme.example", "tier": 1, "owner": "Mia"})
    contacts.add_contact(db, account.id, {"full_name": "Lena Vogel", "title": "CTO", "email": "lena@acme.example"})
    contacts.add_contact(
        db,
        account.id,
        {"full_name": "Tom Bakker", "title": "Director of Finance", "email": "tom@acme.example"},
    )
    contacts.add_contact(
        db,
        account.id,
        {"full_name": "Sofia Rossi", "title": "Head of Data", "email": "sofia@acme.example"},
    )
    db.close()
    return str(workspace_path)


def test_log_a_reply_shows_the_stage_suggestion_and_json(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    code, out, _ = run(
        capsys,
        "--workspace",
        ws,
        "touch",
        "log",
        "--account",
        "acme.example",
        "--contact",
        "LENA@acme.example",
        "--channel",
        "email",
        "--outcome",
        "replied_positive",
        "--note",
        "想了解更多",
        "--at",
        "2026-03-02T09:00:00+00:00",
    )
    assert code == 0
    assert "Logged inbound email (replied_positive) with Lena Vogel" in out
    assert "Suggestion: move to “engaged”" in out and "whynow accounts stage acme.example engaged" in out

    code, out, _ = run(capsys, "--workspace", ws, "touches", "--account", "acme.example", "--json")
    (touch,) = json.loads(out)
    assert (touch["channel"], touch["direction"], touch["notes"], touch["contact_name"]) == (
        "email",
        "inbound",
        "想了解更多",
        "Lena Vogel",
    )
    assert touch["at"] == "2026-03-02T09:00:00+00:00"
    assert set(touch) >= {
        "id",
        "account_id",
        "contact_id",
        "outcome",
        "subject",
        "logged_by",
        "created_at",
    }


def test_move_stage_accepts_the_suggestion_into_the_history(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    code, out, _ = run(
        capsys,
        "--workspace",
        ws,
        "touch",
        "log",
        "--account",
        "acme.example",
        "--contact",
        "tom@acme.example",
        "--channel",
        "call",
        "--outcome",
        "meeting_booked",
        "--move-stage",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["suggestion"]["suggest_stage"] == "meeting"
    code, out, _ = run(capsys, "--workspace", ws, "accounts", "show", "acme.example", "--json")
    last = json.loads(out)["stage_history"][-1]
    assert (last["from"], last["to"], last["by"]) == ("cold", "meeting", "Mia")
    assert "meeting booked with Tom Bakker" in last["reason"]


def test_unknown_contact_channel_and_outcome_list_the_valid_values(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    base = ("--workspace", ws, "touch", "log", "--account", "acme.example")
    code, _, err = run(capsys, *base, "--contact", "nobody@acme.example", "--channel", "email", "--outcome", "sent")
    assert code == 1 and "No contact “nobody@acme.example” at Acme" in err and "lena@acme.example" in err
    code, _, err = run(capsys, *base, "--channel", "fax", "--outcome", "sent")
    assert code == 1 and "Unknown channel “fax”. Use one of: email, call, voicemail, linkedin" in err
    code, _, err = run(capsys, *base, "--channel", "email", "--outcome", "great")
    assert code == 1 and "Unknown outcome “great”" in err and "opted_out" in err
    code, _, err = run(capsys, *base, "--channel", "email", "--outcome", "sent", "--at", "yesterday")
    assert code == 1 and "is not a date or time" in err


def test_schedule_next_then_the_queue_then_done(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    code, out, _ = run(
        capsys,
        "--workspace",
        ws,
        "touch",
        "log",
        "--account",
        "acme.example",
        "--contact",
        "sofia@acme.example",
        "--channel",
        "phone",
        "--outcome",
        "no_answer",
        "--next-in",
        "2",
        "--next-channel",
        "email",
        "--next-note",
        "Send the one-pager",
    )
    due = (date.today() + timedelta(days=2)).isoformat()
    assert code == 0 and f"Next: E-mail Sofia Rossi: Send the one-pager, due {due}." in out

    code, out, _ = run(capsys, "--workspace", ws, "queue")
    assert code == 0 and "Nothing due on" in out
    code, out, _ = run(capsys, "--workspace", ws, "queue", "--json", "--date", due)
    (row,) = json.loads(out)
    assert row["title"] == "E-mail Sofia Rossi: Send the one-pager" and row["overdue_days"] == 0
    assert row["account"]["name"] == "Acme" and row["contact"]["email"] == "sofia@acme.example"
    assert row["mailto"].startswith("mailto:sofia@acme.example?body=Send%20the%20one-pager")

    code, out, _ = run(capsys, "--workspace", ws, "tasks", "done", row["task_id"], "--outcome", "sent")
    assert code == 0 and "Logged outbound email (sent)" in out
    code, out, _ = run(capsys, "--workspace", ws, "queue", "--json", "--date", due)
    assert json.loads(out) == []


def test_enroll_a_tier_and_export_the_calendar(capsys: pytest.CaptureFixture[str], ws: str, tmp_path: Path) -> None:
    code, out, _ = run(
        capsys,
        "--workspace",
        ws,
        "enroll",
        "--account",
        "acme.example",
        "--tier",
        "director",
        "--start",
        "2026-03-02",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["playbook"] == "Director" and len(data["enrolled"]) == 2 and data["tasks"] == 14
    code, out, _ = run(capsys, "--workspace", ws, "enroll", "--account", "acme.example", "--tier", "director")
    assert "Enrolled 0 contacts" in out and "skipped Tom Bakker: already in the Director playbook" in out
    code, _, err = run(
        capsys,
        "--workspace",
        ws,
        "enroll",
        "--account",
        "acme.example",
        "--tier",
        "director",
        "--playbook",
        "Nope",
    )
    assert code == 1 and "No playbook “Nope”. Playbooks: C-Level/VP, Director, Practitioner." in err

    ics = tmp_path / "out.ics"
    code, out, _ = run(capsys, "--workspace", ws, "tasks", "export-ics", str(ics), "--until", "2026-03-05")
    assert code == 0 and "Wrote 6 tasks to" in out  # days 0, 2 and 3 (2, 4, 5 March) for two people
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert len(events) == 6 and all(str(e["UID"]) for e in events)


def test_threads_text_and_json(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    run(
        capsys,
        "--workspace",
        ws,
        "touch",
        "log",
        "--account",
        "acme.example",
        "--contact",
        "lena@acme.example",
        "--channel",
        "email",
        "--outcome",
        "sent",
    )
    code, out, _ = run(capsys, "--workspace", ws, "threads", "--account", "acme.example")
    assert code == 0 and "C-Level/VP" in out and "Lena Vogel" in out and "waiting" in out
    code, out, _ = run(capsys, "--workspace", ws, "threads", "--account", "acme.example", "--json")
    groups = json.loads(out)
    assert [g["persona_tier"] for g in groups] == ["c_level", "director"]
    assert groups[0]["threads"][0]["reply_state"] == "waiting"


def test_research_start_stop(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    code, out, _ = run(capsys, "--workspace", ws, "research", "start", "--account", "acme.example")
    assert code == 0 and "Timing research on Acme" in out
    code, _, err = run(capsys, "--workspace", ws, "research", "start", "--account", "acme.example")
    assert code == 1 and "already being timed" in err
    code, out, _ = run(capsys, "--workspace", ws, "research", "stop", "--account", "acme.example", "--json")
    data = json.loads(out)
    assert code == 0 and data["sessions"] == 1 and data["running_since"] is None
    code, _, err = run(capsys, "--workspace", ws, "research", "stop", "--account", "acme.example")
    assert code == 1 and "No research timer is running for Acme" in err


def test_json_shapes_are_documented_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command, key in [
        (("touch", "log"), "suggest_stage"),
        (("touches",), "contact_name"),
        (("queue",), "overdue_days"),
        (("threads",), "reply_state"),
        (("enroll",), "missing_values"),
        (("research", "show"), "minutes_per_contact_reached"),
    ]:
        with pytest.raises(SystemExit):
            main([*command, "--help"])
        out = capsys.readouterr().out
        assert "JSON (--json)" in out and key in out, command


def test_outreach_lines_follow_lang_json_stays_english(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    zh = ("--lang", "zh_CN", "--workspace", ws)
    code, out, _ = run(
        capsys, *zh, "touch", "log", "--account", "acme.example", "--contact", "lena@acme.example",
        "--channel", "meeting", "--outcome", "replied_positive", "--at", "2026-03-02T09:00:00+00:00",
    )  # fmt: skip
    assert code == 0 and "已记录与 Lena Vogel 的会议触达（对方发起，积极回复）" in out
    # the stage in words, the command to accept it as the command takes it
    assert "建议：改为“已约会议”" in out and "whynow accounts stage acme.example meeting" in out
    code, out, _ = run(capsys, *zh, "touches", "--account", "acme.example")
    assert "会议" in out and "积极回复" in out and out.rstrip().endswith("1 次触达")
    code, out, _ = run(capsys, *zh, "threads", "--account", "acme.example")
    assert "Acme：关系" in out and "积极回复" in out and "尚未联系" in out and "次触达" in out
    code, out, _ = run(capsys, *zh, "research", "show", "--account", "acme.example")
    assert out.strip() == "Acme：共 0 次，0 分钟；已触达 0 位联系人"
    code, out, _ = run(capsys, "--workspace", ws, "research", "show", "--account", "acme.example")
    assert out.strip() == "Acme: 0 minutes in 0 sessions; 0 contacts reached"
    code, out, _ = run(capsys, "--workspace", ws, "touches", "--account", "acme.example")
    assert "meeting   inbound  replied_positive" in out and out.rstrip().endswith("1 touch")
    code, out, _ = run(capsys, *zh, "touches", "--account", "acme.example", "--json")
    (touch,) = json.loads(out)
    assert (touch["channel"], touch["direction"], touch["outcome"]) == ("meeting", "inbound", "replied_positive")
