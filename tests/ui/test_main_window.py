"""The main window offscreen: list, filter, new/edit/archive with undo, stage moves, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app import accounts
from app.workspace import open_workspace
from ui.dialogs.account_dialog import AccountDialog
from ui.dialogs.import_dialog import ImportPreviewDialog
from ui.main_window import MainWindow
from ui.models.accounts import AccountColumn, AccountTableModel
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def window(qtbot: QtBot, workspace_path: Path) -> MainWindow:
    db = open_workspace(workspace_path, demo_if_new=True)
    session = Session(workspace_path, db, user="Tester")
    win = MainWindow(session, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(win)
    win.show()
    return win


def names(win: MainWindow) -> list[str]:
    m = win.model
    return [m.index(r, AccountColumn.NAME).data() for r in range(m.rowCount())]


def test_demo_workspace_opens_with_accounts_and_says_it_is_a_demo(window: MainWindow) -> None:
    assert window.model.rowCount() >= 8
    assert "云帆物流科技" in names(window)
    assert window.demo_label.isVisible()
    assert "accounts" in window.count_label.text()


def test_filter_by_text_tier_and_stage(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.filter_edit, "log")  # typed: the filter waits for a pause
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)  # Northwind (Logistics), 云帆 (…logistics)
    window.filter_edit.setText("物流")  # IME input arrives as text, not key presses
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert names(window) == ["云帆物流科技"]
    window.filter_edit.clear()
    window._apply_filter()
    window.tier_filter.setCurrentIndex(window.tier_filter.findData(1))
    assert window.model.rowCount() == 3
    window.stage_filter.setCurrentIndex(window.stage_filter.findData("engaged"))
    assert names(window) == ["云帆物流科技"]
    window.stage_filter.setCurrentIndex(window.stage_filter.findData("customer"))
    assert window.model.rowCount() == 0
    assert window.empty_list.isVisibleTo(window) and "No account matches" in window.empty_list.text()


def test_sorting_by_icp_fit(window: MainWindow) -> None:
    window.table.sortByColumn(AccountColumn.ICP, Qt.SortOrder.DescendingOrder)
    scores = [int(window.model.index(r, AccountColumn.ICP).data()) for r in range(window.model.rowCount())]
    assert scores == sorted(scores, reverse=True)


def test_selecting_shows_the_account_page_with_history(window: MainWindow) -> None:
    helix = accounts.find_account(window.session.db, "helixledger.example")
    window.select_account(helix.id)
    overview = window.page.overview
    assert overview.title.text() == "Helix Ledger"
    assert overview.history.count() == 5  # created + 4 moves in the demo
    assert "Opportunity" in overview.history.item(0).text()


def test_moving_a_stage_records_it_and_updates_the_list(window: MainWindow) -> None:
    lumen = accounts.find_account(window.session.db, "lumenbasket.example")
    window.select_account(lumen.id)
    overview = window.page.overview
    assert not overview.move_button.isEnabled()
    overview.stage_combo.setCurrentIndex(overview.stage_combo.findData("engaged"))
    overview.move_button.click()
    assert accounts.get_account(window.session.db, lumen.id).stage.value == "engaged"
    assert "Cold → Engaged" in overview.history.item(0).text()
    assert "Tester" in overview.history.item(0).text()


def test_new_account_dialog_keeps_input_on_error_then_saves(window: MainWindow, qtbot: QtBot) -> None:
    dialog = AccountDialog(window.session.db, None, "Tester", window)
    qtbot.addWidget(dialog)
    dialog.domain.setText("not a domain")
    dialog.button_box = dialog.findChild(QDialogButtonBox)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() or dialog.result() == 0
    assert "needs a name" in dialog.error.text()
    dialog.name.setText("Zeta Corp")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert "not a domain" in dialog.error.text() and dialog.name.text() == "Zeta Corp"
    dialog.domain.setText("zeta.example")
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_account is not None and dialog.result_account.domain == "zeta.example"
    window.session.accounts_changed.emit()
    assert "Zeta Corp" in names(window)


def test_archive_then_undo_brings_it_back(window: MainWindow) -> None:
    corvid = accounts.find_account(window.session.db, "corvidsec.example")
    window.select_account(corvid.id)
    before = window.model.rowCount()
    window.archive_action.trigger()
    assert window.model.rowCount() == before - 1 and "Corvid Security" not in names(window)
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert window.model.rowCount() == before and "Corvid Security" in names(window)
    assert window.page.account_id == corvid.id


def test_shortcuts_are_wired(window: MainWindow) -> None:
    shortcuts = {
        a.text().replace("&", ""): a.shortcut().toString() for a in window.findChildren(type(window.edit_action))
    }
    assert shortcuts["New account…"] == "Ctrl+N"
    assert shortcuts["Open workspace…"] == "Ctrl+O"
    assert shortcuts["Filter accounts"] == "Ctrl+F"


def test_import_preview_then_import(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    csv = tmp_path / "hubspot.csv"
    csv.write_text(
        "Company name,Company Domain Name,Number of Employees\nOmega,omega.example,900\n"
        "Broken,,many\nHelix again,helixledger.example,10\n"
    )
    shown: list[ImportPreviewDialog] = []

    def fake_exec(self: ImportPreviewDialog) -> int:
        shown.append(self)
        return 1

    monkeypatch.setattr(ImportPreviewDialog, "exec", fake_exec)
    window.import_accounts_dialog(str(csv))
    dialog = shown[0]
    assert dialog.table.rowCount() == 3
    assert "1 new, 1 already in the workspace, 1 with errors" in dialog.findChildren(type(window.count_label))[0].text()
    assert "Omega" in names(window)
    assert "Imported 1 new" in window.statusBar().currentMessage()


def test_import_of_a_broken_file_shows_a_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01binary\x00" * 20)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]))
    window.import_accounts_dialog(str(bad))
    assert messages and "not a CSV file" in messages[0]


def test_account_model_passes_qt_model_tester(qtmodeltester, workspace_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_workspace(workspace_path, demo_if_new=True)
    model = AccountTableModel()
    model.set_rows(accounts.list_rows(db))
    qtmodeltester.check(model)
    model.set_filter("a", [2])
    qtmodeltester.check(model)
