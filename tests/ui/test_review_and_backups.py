"""Account files and backups in the GUI, offscreen: a bad file refused in words, review mode
that cannot write, import after a preview, export; the backups dialog lists and restores;
a damaged workspace at start-up offers the newest backup; scheduled backups."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from app import account_files, accounts, backups, notes, search
from app.workspace import open_workspace
from storage.db import connect
from ui import review
from ui.application import WindowManager
from ui.dialogs import backups_dialog
from ui.dialogs.backups_dialog import BackupSchedule, BackupsDialog, ProblemDialog
from ui.main_window import MainWindow
from ui.notes_tab import NotesTab
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def sdr_file(tmp_path: Path) -> Path:
    """An account file as an SDR would send it: Northwind from the demo, with a note."""
    db = open_workspace(tmp_path / "sdr.whynow", demo_if_new=True)
    northwind = accounts.find_account(db, "northwind-freight.example")
    notes.add_note(db, northwind.id, "Lena decides; Sofia runs the pilot.", author="Mia")
    target = tmp_path / "northwind.whynow"
    account_files.export_account_file(db, [northwind.id], target, exported_by="Mia (SDR)")
    db.close()
    return target


@pytest.fixture
def window(qtbot: QtBot, workspace_path: Path) -> MainWindow:
    """The AE's own workspace: empty, with a synchronous runner."""
    db = connect(workspace_path)
    session = Session(workspace_path, db, user="Alex (AE)", runner=TaskRunner(synchronous=True))
    w = MainWindow(session, runner=session.runner)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes, recorded instead of shown: (title, text)."""
    seen: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return seen


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- opening account files -------------------------------------------------------------------


def test_a_file_that_is_not_an_account_file_is_refused_in_words(
    window: MainWindow, tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    bad = tmp_path / "notes.whynow"
    bad.write_text("hello, this is not a database")
    window.open_account_file(str(bad))
    assert messages == [
        ("Cannot open this account file",
         "notes.whynow is not a WhyNow account file. WhyNow account files are exported with “Export accounts…”.")
    ]  # fmt: skip
    assert accounts.list_rows(window.session.db) == []


def test_review_mode_shows_the_file_and_refuses_every_write(
    qtbot: QtBot, window: MainWindow, sdr_file: Path, messages: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    before = _sha(sdr_file)
    monkeypatch.setattr(review, "ask_review_or_import", lambda *_: "review")
    window.open_account_file(str(sdr_file))
    rw = window.review_windows[0]  # closed (and deleted) at the end of the test
    assert isinstance(rw, review.ReviewWindow)
    assert rw.banner_title.text() == "Review mode — read-only" and rw.banner_title.isVisibleTo(rw)
    assert "northwind.whynow as it arrived" in rw.banner.text() and "Mia (SDR)" in rw.banner.text()
    assert rw.windowTitle() == "Review — northwind.whynow (read-only)"
    assert [r["name"] for r in accounts.list_rows(rw.session.db)] == ["Northwind Freight"]
    rw.select_account(rw.model.account_id(0) or "")

    # The menu's writing actions say no before any dialog opens.
    rw.new_account()
    rw.refresh_feeds()
    assert [t for t, _ in messages] == ["Review mode — read-only", "Review mode — read-only"]
    assert "nothing in it can be changed" in messages[0][1]

    # A panel that writes anyway (moving the stage) gets the same words, not a traceback.
    overview = rw.page.overview
    overview.stage_combo.setCurrentIndex((overview.stage_combo.currentIndex() + 1) % overview.stage_combo.count())
    overview.move_button.click()
    qtbot.waitUntil(lambda: len(messages) == 3, timeout=3000)
    assert messages[2][0] == "Review mode — read-only"

    # Notes can be read, not written.
    notes_tab = rw.page.findChild(NotesTab)
    assert notes_tab is not None
    rw.page.tabs.setCurrentWidget(notes_tab)
    assert notes_tab.note_list.count() == 1 and notes_tab.read_only_notice.isVisibleTo(notes_tab)
    assert not notes_tab.new_button.isVisibleTo(notes_tab) and notes_tab.editor.isReadOnly()

    copy = rw.review_session.inspected.copy
    rw.close()
    assert not copy.exists()  # the private copy goes with the window
    assert _sha(sdr_file) == before  # the file as it arrived, untouched
    assert accounts.list_rows(window.session.db) == []  # and the AE's workspace too


def test_the_banner_button_imports_the_file_under_review(
    qtbot: QtBot, window: MainWindow, sdr_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["review", "import"])
    monkeypatch.setattr(review, "ask_review_or_import", lambda *_: next(answers))
    monkeypatch.setattr(review.MergePreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.open_account_file(str(sdr_file))
    rw = window.review_windows[0]
    rw.import_button.click()
    qtbot.waitUntil(lambda: window.review_windows == [], timeout=3000)  # the review window closed
    assert [r["name"] for r in accounts.list_rows(window.session.db)] == ["Northwind Freight"]


def test_import_shows_the_preview_then_merges_after_a_backup(
    window: MainWindow, sdr_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review, "ask_review_or_import", lambda *_: "import")
    shown: list[dict[str, Any]] = []

    def accept(dialog: review.MergePreviewDialog) -> int:
        table = dialog.table
        shown.append({
            "rows": {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())},
            "import_enabled": dialog.import_button.isEnabled(),
        })  # fmt: skip
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(review.MergePreviewDialog, "exec", accept)
    window.open_account_file(str(sdr_file))
    assert shown[0]["rows"]["Accounts"] == "1" and shown[0]["rows"]["People"] == "8"
    assert shown[0]["import_enabled"]
    northwind = accounts.find_account(window.session.db, "northwind-freight.example")
    assert [n.body for n in notes.list_notes(window.session.db, northwind.id)] == [
        "Lena decides; Sofia runs the pilot."
    ]
    assert [b.reason for b in backups.list_backups(window.session.path)] == ["before-merge"]
    assert "Imported northwind.whynow" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 1  # the list shows the merged account


def test_a_cancelled_import_writes_nothing(window: MainWindow, sdr_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review, "ask_review_or_import", lambda *_: "import")
    monkeypatch.setattr(review.MergePreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.open_account_file(str(sdr_file))
    assert accounts.list_rows(window.session.db) == []
    assert backups.list_backups(window.session.path) == []
    assert "nothing was changed" in window.statusBar().currentMessage()


def test_the_preview_names_fields_both_sides_changed(qtbot: QtBot, tmp_path: Path, sdr_file: Path) -> None:
    ae_path = tmp_path / "ae.whynow"
    ae_db = connect(ae_path)
    inspected = account_files.inspect_account_file(sdr_file)
    account_files.import_account_file(ae_db, inspected, workspace_path=ae_path)
    northwind = accounts.find_account(ae_db, "northwind-freight.example")
    accounts.update_account(ae_db, northwind.id, {"description": "The AE's own words"})
    sdr = connect(sdr_file)  # the SDR edits later: theirs is newer
    sdr.execute("UPDATE accounts SET description = 'SDR update', updated_at = '2999-01-01T00:00:00+00:00'")
    sdr.conn.commit()
    sdr.close()
    again = account_files.inspect_account_file(sdr_file)
    report = account_files.preview_account_file(ae_db, again)
    dialog = review.MergePreviewDialog(again, report)
    qtbot.addWidget(dialog)
    texts = [dialog.conflicts.item(i).text() for i in range(dialog.conflicts.count())]
    assert any(t.startswith("Accounts · description: keeps theirs “SDR update”") for t in texts)
    assert any("“The AE's own words” goes to the merge log" in t for t in texts)
    again.discard()
    inspected.discard()
    ae_db.close()


def test_export_account_file_writes_the_chosen_accounts(qtbot: QtBot, workspace_path: Path, tmp_path: Path) -> None:
    db = open_workspace(workspace_path, demo_if_new=True)
    session = Session(workspace_path, db, user="Mia", runner=TaskRunner(synchronous=True))
    w = MainWindow(session, runner=session.runner)
    qtbot.addWidget(w)
    ids = [accounts.find_account(db, d).id for d in ("yunfan-logistics.example", "helixledger.example")]
    review.export_account_file(w, ids, tmp_path / "for-the-ae")
    inspected = account_files.inspect_account_file(tmp_path / "for-the-ae.whynow")
    assert sorted(inspected.accounts) == ["Helix Ledger", "云帆物流科技"] and inspected.exported_by == "Mia"
    inspected.discard()
    assert "Wrote 2 account(s)" in w.statusBar().currentMessage()

    chooser = review.ChooseAccountsDialog(accounts.list_rows(db), {ids[0]})
    qtbot.addWidget(chooser)
    assert chooser.chosen_ids() == [ids[0]] and chooser.export_button.text() == "&Export 1 account(s)…"
    chooser.filter.setText("helix")
    visible = [chooser.list.item(i).text() for i in range(chooser.list.count()) if not chooser.list.item(i).isHidden()]
    assert visible == ["Helix Ledger  (helixledger.example)"]


# -- backups ---------------------------------------------------------------------------------


def test_the_backups_dialog_lists_backs_up_and_restores(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.session.path
    accounts.create_account(window.session.db, {"name": "Kept Co", "domain": "kept.example"})
    backups.backup_now(path, "scheduled", now=datetime.now(UTC) - timedelta(hours=1))
    reopened: list[Path] = []
    dialog = BackupsDialog(window.session, reopened.append, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Scheduled"
    assert not dialog.restore_button.isEnabled()  # nothing selected yet
    dialog.backup_button.click()
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 1).text() == "By hand"
    assert "Backed up to" in dialog.status.text()

    accounts.create_account(window.session.db, {"name": "Later Co", "domain": "later.example"})
    dialog.table.selectRow(1)  # the scheduled one, from before "Later Co"
    asked: list[str] = []
    monkeypatch.setattr(backups_dialog, "confirm", lambda _p, _t, text: asked.append(text) or False)
    dialog.restore_button.click()
    assert len(asked) == 1 and "backed up first" in asked[0] and reopened == []  # said no
    monkeypatch.setattr(backups_dialog, "confirm", lambda *_: True)
    dialog.restore_button.click()
    assert reopened == [path] and dialog.restored
    fresh = connect(path)
    assert [r["name"] for r in accounts.list_rows(fresh)] == ["Kept Co"]
    fresh.close()
    assert "before-restore" in [b.reason for b in backups.list_backups(path)]


def test_file_backups_opens_the_dialog(window: MainWindow) -> None:
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Backups…")
    action.trigger()
    assert isinstance(window.backups_dialog, BackupsDialog) and window.backups_dialog.isVisible()
    assert "No backups yet" in window.backups_dialog.empty.text()
    window.backups_dialog.close()


def test_scheduled_backups_run_when_due_and_not_again(window: MainWindow) -> None:
    told: list[str] = []
    schedule = BackupSchedule(window.session, lambda text, _ms: told.append(text), window)
    schedule.check()
    assert [b.reason for b in backups.list_backups(window.session.path)] == ["scheduled"]
    assert told and told[0].startswith("Backed up the workspace")
    schedule.check()  # the newest is minutes old: nothing new
    assert len(backups.list_backups(window.session.path)) == 1
    assert window.backup_schedule is not None and window.backup_schedule.timer.isActive()


def test_a_gui_import_backs_up_first(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.dialogs.import_dialog import ImportPreviewDialog

    csv = tmp_path / "accounts.csv"
    csv.write_text("Company,Website\nAcme,acme.example\n", encoding="utf-8")
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.import_accounts_dialog(str(csv))
    assert [r["name"] for r in accounts.list_rows(window.session.db)] == ["Acme"]
    assert [b.reason for b in backups.list_backups(window.session.path)] == ["before-import"]


# -- integrity when a workspace opens --------------------------------------------------------


def _damage(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(0)
        handle.write(b"\x00" * 100)  # the header goes: SQLite no longer knows the file


def test_a_damaged_workspace_at_start_up_offers_the_newest_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.whynow"
    db = connect(path)
    accounts.create_account(db, {"name": "Safe Co", "domain": "safe.example"})
    db.close()
    backups.backup_now(path, "scheduled")
    _damage(path)
    seen: list[ProblemDialog] = []

    def choose_restore(dialog: ProblemDialog) -> int:
        seen.append(dialog)
        return ProblemDialog.RESTORE

    monkeypatch.setattr(backups_dialog, "ask_way_out", choose_restore)
    manager = WindowManager()
    try:
        assert manager.open(path)
        assert manager.window is not None
        assert [r["name"] for r in accounts.list_rows(manager.window.session.db)] == ["Safe Co"]
        assert seen[0].restore_button is not None and "Restore the backup from" in seen[0].restore_button.text()
        words = seen[0].findChild(QLabel, "problemText").text()
        assert "desk.whynow" in words and "Restore the newest healthy backup" in words
        assert "before-restore" in [b.reason for b in backups.list_backups(path)]  # the damaged file kept
    finally:
        manager.shut_down()


def test_a_damaged_workspace_without_backups_can_open_another(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "broken.whynow"
    connect(path).close()
    _damage(path)
    other = tmp_path / "other.whynow"
    monkeypatch.setattr(backups_dialog, "ask_way_out", lambda dialog: ProblemDialog.OTHER)
    monkeypatch.setattr(backups_dialog, "choose_other_workspace", lambda _parent: other)
    manager = WindowManager()
    try:
        assert manager.open(path)
        assert manager.window is not None and manager.window.session.path == other
    finally:
        manager.shut_down()
    monkeypatch.setattr(backups_dialog, "ask_way_out", lambda dialog: ProblemDialog.KEEP)
    assert not WindowManager().open(path)  # "Quit": nothing opens


def test_a_stale_search_index_found_after_opening_is_rebuilt_on_request(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db: Database = window.session.db
    accounts.create_account(db, {"name": "Indexed Co", "domain": "indexed.example"})
    db.execute("DELETE FROM search_index")
    db.conn.commit()
    assert search.index_gaps(db)
    seen: list[ProblemDialog] = []

    def choose_rebuild(dialog: ProblemDialog) -> int:
        seen.append(dialog)
        return ProblemDialog.REBUILD

    monkeypatch.setattr(backups_dialog, "ask_way_out", choose_rebuild)
    backups_dialog.check_after_open(window, lambda _p: None)
    assert seen and seen[0].rebuild_button is not None and seen[0].restore_button is None
    assert search.index_gaps(db) == {}
    assert "Search index rebuilt" in window.statusBar().currentMessage()


def test_a_healthy_workspace_shows_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backups_dialog, "ask_way_out", lambda dialog: pytest.fail("no problem to show"))
    backups_dialog.check_after_open(window, lambda _p: None)
    assert not hasattr(window, "problem_dialog")
