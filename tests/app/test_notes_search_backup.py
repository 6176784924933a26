"""Notes, global search and backups as a user meets them: use-cases and the CLI."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from app import accounts, backups, notes, search
from app.cli import main
from app.errors import UserError, ValidationError
from research import cjk
from research.types import Contact
from storage import contacts as contact_store
from storage import feeds as feed_store
from storage.db import connect
from storage.feeds import FeedState, ItemRecord


@pytest.fixture
def desk(workspace_path: Path) -> Database:
    """A small workspace: a Chinese and an English account, people, news, a note."""
    db = connect(workspace_path)
    yunfan = accounts.create_account(
        db, {"name": "云帆物流科技", "domain": "yunfan.cn", "industry": "物流",
             "description": "智能仓储与跨境货运"},
    )  # fmt: skip
    northwind = accounts.create_account(
        db, {"name": "Northwind Freight", "domain": "northwind.example", "industry": "Logistics"}
    )
    with db.atomic():
        contact_store.insert(db, Contact(yunfan.id, "王芳", title="首席财务官", email="wang@yunfan.cn"))
        contact_store.insert(db, Contact(northwind.id, "Mia Berg", title="VP Operations",
                                         email="mia@northwind.example"))  # fmt: skip
    news = [
        (yunfan, [("y1", "云帆物流科技完成数亿元B轮融资", "本轮融资将用于智能仓储网络建设。")]),
        (northwind, [
            ("n1", "Northwind raises Series B", "The freight platform will expand in Europe."),
            ("n2", "Northwind opens Berlin office", "Hiring engineers for warehouse automation."),
        ]),
    ]  # fmt: skip
    for account, entries in news:
        feed = feed_store.add_feed(db, account.id, f"https://{account.domain}/feed")
        db.conn.commit()
        records = [ItemRecord(e, f"https://{account.domain}/{e}", t, s, "", None, True, "", "", e)
                   for e, t, s in entries]  # fmt: skip
        feed_store.save_refresh(db, feed.id, account.id, FeedState(status="ok"), records)
    notes.add_note(db, northwind.id, "## Call prep\nAsk Mia about the **Series B** budget.", author="Sam")
    return db


def _cli(workspace: Path, *argv: str) -> int:
    return main(["--workspace", str(workspace), *argv])


def _northwind(db: Database) -> str:
    return accounts.find_account(db, "northwind.example").id


# -- notes ---------------------------------------------------------------------------------


def test_a_note_keeps_its_history_through_edits(desk: Database) -> None:
    note = notes.add_note(desk, _northwind(desk), "Budget is 50k", author="Sam")
    notes.edit_note(desk, note.id, "Budget is 80k, signed off by the CFO", author="Mia")
    same = notes.edit_note(desk, note.id, "Budget is 80k, signed off by the CFO  \n", author="Ola")
    assert same.edited_by == "Mia"  # the same text again is not an edit
    history = notes.note_history(desk, note.id)
    assert [(v.body, v.author) for v in history] == [
        ("Budget is 50k", "Sam"),
        ("Budget is 80k, signed off by the CFO", "Mia"),
    ]
    assert history[0].replaced_at is not None and history[-1].replaced_at is None


def test_pin_delete_and_restore_as_the_notes_list_shows_them(desk: Database) -> None:
    account_id = _northwind(desk)
    first = notes.add_note(desk, account_id, "first")
    second = notes.add_note(desk, account_id, "second")
    notes.pin_note(desk, first.id)
    assert [n.body for n in notes.list_notes(desk, account_id)][:2] == ["first", "second"]
    notes.delete_note(desk, first.id)
    assert "first" not in [n.body for n in notes.list_notes(desk, account_id)]
    with pytest.raises(ValidationError, match="restore it"):
        notes.edit_note(desk, first.id, "changed while deleted")
    restored = notes.restore_note(desk, first.id)
    assert restored.pinned and restored.deleted_at is None
    notes.unpin_note(desk, first.id)
    assert notes.list_notes(desk, account_id)[0].body == second.body


def test_notes_are_refused_without_text_or_about_another_accounts_contact(desk: Database) -> None:
    yunfan = accounts.find_account(desk, "yunfan.cn")
    with pytest.raises(ValidationError, match="needs some text"):
        notes.add_note(desk, yunfan.id, "  \n ")
    wang = contact_store.find_by_email(desk, "wang@yunfan.cn")[0]
    with pytest.raises(ValidationError, match="another account"):
        notes.add_note(desk, _northwind(desk), "about Wang", contact_id=wang.id)


def test_cli_adds_and_lists_notes(desk: Database, workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(workspace_path, "note", "add", "--account", "yunfan.cn", "--author", "Mia",
                "--contact", "wang@yunfan.cn", "王芳说预算在Q3批准") == 0  # fmt: skip
    assert "Added a note to 云帆物流科技" in capsys.readouterr().out
    assert (
        _cli(
            workspace_path,
            "note",
            "add",
            "--account",
            "yunfan.cn",
            "--pin",
            "Pinned: decision by May",
        )
        == 0
    )
    capsys.readouterr()
    assert _cli(workspace_path, "notes", "--account", "yunfan.cn", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [n["body"] for n in listed] == ["Pinned: decision by May", "王芳说预算在Q3批准"]
    assert listed[1]["author"] == "Mia" and listed[1]["contact_id"]
    assert _cli(workspace_path, "notes", "--account", "yunfan.cn") == 0
    out = capsys.readouterr().out
    assert "about 王芳" in out and "[pinned] Pinned: decision by May" in out


def test_cli_note_for_an_unknown_contact_is_a_user_error(
    desk: Database, workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _cli(
            workspace_path,
            "note",
            "add",
            "--account",
            "yunfan.cn",
            "--contact",
            "nobody@x.cn",
            "hi",
        )
        == 1
    )
    assert "no contact" in capsys.readouterr().err


# -- search --------------------------------------------------------------------------------


def test_results_come_grouped_by_kind_with_highlights(desk: Database) -> None:
    results = search.search(desk, "融资")
    assert [g.kind for g in results.groups] == ["item"]
    hit = results.groups[0].results[0]
    assert hit.title.marked() == "云帆物流科技完成数亿元B轮[融资]"
    assert hit.snippet.marked() == "本轮[融资]将用于智能仓储网络建设。"
    assert hit.account_name == "云帆物流科技"

    results = search.search(desk, "series b")
    kinds = [g.kind for g in results.groups]
    assert kinds == ["item", "note"]
    note = results.groups[1].results[0]
    assert note.title.text == "Call prep"
    assert note.snippet.marked() == "## Call prep Ask Mia about the **[Series] [B]** budget."


@pytest.mark.parametrize(
    "query",
    ["物流", "流科", "亿元", "B轮融资", "融资", "仓储", "财务", "logist", "north", "mia",
     "europe", "berlin office", "wang@yunfan.cn", '"series b"', "云", "freight"],
)  # fmt: skip
def test_every_result_shows_what_matched(desk: Database, query: str) -> None:
    """The highlighter (research) and the index (storage) agree on what a match is."""
    results = search.search(desk, query)
    assert not results.is_empty
    for group in results.groups:
        for r in group.results:
            assert r.title.highlights or cjk.match_spans(" ".join([r.title.text, r.snippet.text]), query), (
                f"{group.kind} {r.title.text!r} {r.snippet.text!r}"
            )


def test_a_note_edit_changes_what_search_finds(desk: Database) -> None:
    note = notes.add_note(desk, _northwind(desk), "Competitor: 顺丰")
    assert [g.kind for g in search.search(desk, "顺丰").groups] == ["note"]
    notes.edit_note(desk, note.id, "Competitor: 京东物流")
    assert search.search(desk, "顺丰").is_empty
    notes.delete_note(desk, note.id)
    assert [g.kind for g in search.search(desk, "京东").groups] == []
    notes.restore_note(desk, note.id)
    assert [g.kind for g in search.search(desk, "京东").groups] == ["note"]


def test_cli_search_prints_groups_and_json(desk: Database, workspace_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    assert _cli(workspace_path, "search", "融资") == 0
    out = capsys.readouterr().out
    assert "News (1)" in out and "云帆物流科技完成数亿元B轮[融资]" in out
    assert _cli(workspace_path, "search", "north", "--kind", "accounts", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [g["kind"] for g in data["groups"]] == ["account"]
    title = data["groups"][0]["results"][0]["title"]
    assert title["marked"] == "[Northwind] Freight" and title["highlights"] == [[0, 9]]
    assert _cli(workspace_path, "search", "nothing-like-this") == 0
    assert "Nothing matches" in capsys.readouterr().out
    assert _cli(workspace_path, "search", "x", "--kind", "planets") == 1


# -- backups -------------------------------------------------------------------------------


def _setting(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT value FROM settings WHERE key = 'mark'").fetchone()[0])
    finally:
        conn.close()


def _mark(db: Database, value: str) -> None:
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO settings VALUES ('mark', ?, 'now')", [value])


def test_backups_rotate_to_the_newest_ten_plus_one_a_day(workspace_path: Path) -> None:
    connect(workspace_path).close()
    start = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    made = [backups.backup_now(workspace_path, "scheduled", now=start + timedelta(hours=6 * i))
            for i in range(40)]  # ten days, four a day  # fmt: skip
    kept = backups.list_backups(workspace_path)
    newest_ten = [b.name for b in reversed(made[-10:])]
    assert [b.name for b in kept[:10]] == newest_ten
    older_days = {b.taken_at.date() for b in kept[10:]}
    assert len(kept) == 10 + len(older_days)
    assert all(d >= (made[-1].taken_at - timedelta(days=6)).date() for d in older_days)


def test_restore_brings_back_the_data_and_keeps_the_current_file(workspace_path: Path) -> None:
    db = connect(workspace_path)
    _mark(db, '"monday"')
    monday = backups.backup_now(workspace_path, "manual")
    _mark(db, '"tuesday mistake"')
    result = backups.restore_backup(workspace_path, monday.name)
    assert _setting(workspace_path) == '"monday"'
    assert db.execute("SELECT value FROM settings WHERE key = 'mark'").fetchone()[0] == '"monday"'
    db.close()
    assert result.safety_copy is not None and "before-restore" in result.safety_copy.name
    assert _setting(result.safety_copy) == '"tuesday mistake"'
    assert backups.check_integrity(workspace_path) == []


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'accounts'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\x0d" + b"\xff" * (size - 1)
    path.write_bytes(bytes(data))


def test_a_damaged_backup_is_refused_and_nothing_changes(desk: Database, workspace_path: Path) -> None:
    _mark(desk, '"current"')
    desk.close()
    bad = backups.backup_now(workspace_path, "manual")
    _damage(bad.path)
    before = sorted(p.name for p in bad.path.parent.iterdir())
    with pytest.raises(UserError, match="cannot be restored: it is damaged"):
        backups.restore_backup(workspace_path, bad.path)
    assert _setting(workspace_path) == '"current"'
    assert sorted(p.name for p in bad.path.parent.iterdir()) == before


def test_a_file_that_is_not_a_workspace_is_refused(workspace_path: Path, tmp_path: Path) -> None:
    connect(workspace_path).close()
    other = tmp_path / "other.whynow"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="not a WhyNow workspace"):
        backups.restore_backup(workspace_path, other)


def test_a_damaged_workspace_is_explained_and_restored(desk: Database, workspace_path: Path) -> None:
    _mark(desk, '"good"')
    desk.close()
    good = backups.backup_now(workspace_path, "scheduled")
    _damage(workspace_path)
    problems = backups.check_integrity(workspace_path)
    assert len(problems) == 1
    assert "damaged" in problems[0].problem
    assert f"whynow restore {good.name}" in problems[0].way_out
    result = backups.restore_backup(workspace_path, good.name)
    assert result.safety_copy is not None  # the damaged file is kept, damage and all
    assert backups.check_integrity(result.safety_copy) != []
    assert backups.check_integrity(workspace_path) == []
    reopened = connect(workspace_path)
    assert [g.kind for g in search.search(reopened, "融资").groups] == ["item"]


def test_a_workspace_overwritten_with_junk_is_restored_and_the_junk_kept(
    workspace_path: Path,
) -> None:
    db = connect(workspace_path)
    _mark(db, '"good"')
    db.close()
    good = backups.backup_now(workspace_path, "manual")
    workspace_path.write_bytes(b"my shopping list\n" * 300)
    result = backups.restore_backup(workspace_path, good.name)
    assert result.safety_copy is not None and result.safety_copy_is_raw
    assert result.safety_copy.read_bytes() == b"my shopping list\n" * 300
    assert _setting(workspace_path) == '"good"'


def test_check_finds_a_search_index_out_of_step(desk: Database, workspace_path: Path) -> None:
    with desk.atomic():
        desk.execute("DELETE FROM search_index WHERE kind = 'note'")
    problems = backups.check_integrity(workspace_path)
    assert ["search index" in p.problem for p in problems] == [True]
    assert "--rebuild-index" in problems[0].way_out
    search.rebuild_index(desk)
    assert backups.check_integrity(workspace_path) == []


def test_a_missing_workspace_is_explained(tmp_path: Path) -> None:
    problems = backups.check_integrity(tmp_path / "gone.whynow")
    assert "There is no workspace" in problems[0].problem


def test_scheduled_backups_skip_when_recent_or_unchanged(workspace_path: Path) -> None:
    db = connect(workspace_path)
    db.close()
    now = datetime.now(UTC)
    first = backups.backup_if_due(workspace_path, now=now)
    assert first is not None and first.reason == "scheduled"
    assert backups.backup_if_due(workspace_path, now=now + timedelta(minutes=5)) is None
    later = now + timedelta(hours=5)
    assert backups.backup_if_due(workspace_path, now=later) is None  # nothing changed since
    db = connect(workspace_path)
    _mark(db, '"changed"')
    db.close()
    # The change is newer than the last backup (file times are real time, not `now`).
    assert backups.backup_if_due(workspace_path, now=datetime.now(UTC) + timedelta(hours=5)) is not None


def test_cli_backup_backups_and_restore(workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = connect(workspace_path)
    _mark(db, '"one"')
    db.close()
    assert _cli(workspace_path, "backup", "--reason", "before-import", "--json") == 0
    made = json.loads(capsys.readouterr().out)
    assert made["reason"] == "before-import" and made["file"].endswith("-before-import.whynow")
    assert _cli(workspace_path, "backups", "--json") == 0
    assert [b["file"] for b in json.loads(capsys.readouterr().out)] == [made["file"]]
    db = connect(workspace_path)
    _mark(db, '"two"')
    db.close()
    assert _cli(workspace_path, "restore", made["file"]) == 0
    out = capsys.readouterr().out
    assert "Kept the workspace as it was in" in out and f"from {made['path']}" in out
    assert _setting(workspace_path) == '"one"'
    assert _cli(workspace_path, "restore", "no-such-backup.whynow") == 1
    assert "No backup called" in capsys.readouterr().err
