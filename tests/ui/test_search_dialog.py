"""Ctrl+K search on the demo workspace, offscreen: Chinese by two characters, English by
prefix, grouped and highlighted results, keyboard navigation that opens the right tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from app import accounts, notes, search
from app.workspace import open_workspace
from ui.main_window import MainWindow
from ui.notes_tab import NotesTab
from ui.search_dialog import HeaderRole, HtmlRole, ResultRole, SearchDialog, show_search
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def session(workspace_path: Path) -> Session:
    db = open_workspace(workspace_path, demo_if_new=True)
    return Session(workspace_path, db, user="Sam", runner=TaskRunner(synchronous=True))


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> MainWindow:
    w = MainWindow(session, runner=session.runner)
    qtbot.addWidget(w)
    w.show()
    return w


def _dialog(qtbot: QtBot, session: Session, opened: list[object]) -> SearchDialog:
    dialog = SearchDialog(session, opened.append, synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(dialog: SearchDialog) -> list[tuple[bool, str]]:
    """(is a header, text or HTML) for every row of the result list."""
    out = []
    for i in range(dialog.results.count()):
        item = dialog.results.item(i)
        out.append((bool(item.data(HeaderRole)), item.text() or item.data(HtmlRole) or ""))
    return out


def test_two_chinese_characters_find_the_account_inside_a_longer_name(qtbot: QtBot, session: Session) -> None:
    opened: list[object] = []
    dialog = _dialog(qtbot, session, opened)
    dialog.search_now("物流")
    rows = _rows(dialog)
    assert rows[0] == (True, "Accounts · 1")
    assert "云帆<span" in rows[1][1] and ">物流</span>科技" in rows[1][1]  # the match is marked
    headers = [text for is_header, text in rows if is_header]
    assert headers == ["Accounts · 1", "News · 3", "Triggers · 4"]
    assert dialog.current_result() is not None and dialog.current_result().kind == "account"
    assert "results in" in dialog.footer.text()


def test_english_by_prefix_and_nothing_found_says_so(qtbot: QtBot, session: Session) -> None:
    dialog = _dialog(qtbot, session, [])
    dialog.search_now("northw")
    assert any("Northwind" in text for _, text in _rows(dialog))
    dialog.search_now("zzqx")
    assert dialog.results.count() == 0 and "Nothing matches “zzqx”" in dialog.footer.text()
    dialog.search_now("")
    assert dialog.results.count() == 0 and "Type two or more" in dialog.footer.text()


def test_arrow_keys_skip_headers_and_enter_opens(qtbot: QtBot, session: Session) -> None:
    opened: list[object] = []
    dialog = _dialog(qtbot, session, opened)
    dialog.search_now("物流")
    first = dialog.results.currentRow()
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    second = dialog.results.currentRow()
    assert second > first and not dialog.results.item(second).data(HeaderRole)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)  # past the Accounts group: lands on a result
    third = dialog.results.currentRow()
    assert dialog.results.item(third).data(HeaderRole) is None and third > second
    qtbot.keyClick(dialog.box, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Up)  # stops at the first result, never on a header
    assert dialog.results.currentRow() == first
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert len(opened) == 1 and not dialog.isVisible()


def test_enter_typed_before_the_results_opens_the_best_one(qtbot: QtBot, session: Session) -> None:
    opened: list[object] = []
    dialog = _dialog(qtbot, session, opened)
    dialog.box.setText("青山")  # the debounce timer is still running when Enter comes
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].kind == "account"  # type: ignore[attr-defined]


def test_results_of_superseded_text_are_dropped(qtbot: QtBot, session: Session) -> None:
    dialog = _dialog(qtbot, session, [])
    dialog.search_now("青山")
    stale = search.search(session.db, "物流")
    dialog._on_results(dialog._generation - 1, stale)  # a worker finishing late
    assert dialog.last_results is not None and dialog.last_results.query == "青山"


def test_enter_opens_the_account_on_the_tab_of_the_result(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    yunfan = accounts.find_account(session.db, "yunfan-logistics.example")
    note = notes.add_note(session.db, yunfan.id, "交接：刘洋希望下周再联系", author="Sam")
    window.filter_edit.setText("Helix")  # the filter hides 云帆: the search shows it anyway
    window._apply_filter()
    dialog = show_search(window)
    dialog.search_now("交接")
    assert dialog.current_result().kind == "note"
    qtbot.keyClick(dialog.box, Qt.Key.Key_Enter)
    assert window.page.account_id == yunfan.id and window.filter_edit.text() == ""
    tab = window.page.tabs.currentWidget()
    assert isinstance(tab, NotesTab) and tab.current_note_id == note.id

    dialog = show_search(window)
    dialog.search_now("B轮")
    row = next(i for i in range(dialog.results.count())
               if (r := dialog.results.item(i).data(ResultRole)) is not None and r.kind == "trigger")  # fmt: skip
    dialog.results.setCurrentRow(row)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert type(window.page.tabs.currentWidget()).__name__ == "WhyNowTab"


def test_ctrl_k_opens_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.shortcut() == QKeySequence("Ctrl+K"))  # fmt: skip
    action.trigger()
    dialog = window.search_dialog
    assert dialog.isVisible() and dialog.focusWidget() is dialog.box  # typing goes to the box


def test_type_ahead_on_a_worker_shows_only_the_latest_query(qtbot: QtBot, session: Session) -> None:
    """Real threads: keystrokes in a row give the results of the last text only."""
    threaded = Session(session.path, session.db, user="Sam")
    dialog = SearchDialog(threaded, lambda r: None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.results_shown, timeout=5000, check_params_cb=lambda q: q == "青山"):
        for char in "青山":  # typed as an input method would, one character at a time
            dialog.box.insert(char)
    assert any("青山" in text for _, text in _rows(dialog))
    assert dialog.last_results is not None and dialog.last_results.query == "青山"
    dialog.close()
    threaded.runner.wait(5000)
