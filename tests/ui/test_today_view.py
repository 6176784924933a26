"""The Today queue offscreen on the demo workspace: order, paging and the working keys."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import accounts, outreach
from app.workspace import open_workspace
from ui import today_view
from ui.session import Session
from ui.today_view import TodayView
from ui.workers import TaskRunner


@pytest.fixture
def session(workspace_path: Path) -> Session:
    db = open_workspace(workspace_path, demo_if_new=True)
    session = Session(workspace_path, db, user="Tester", runner=TaskRunner(synchronous=True))
    session.undo_stack = QUndoStack()
    return session


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def opened(session: Session) -> list[str]:
    return []


@pytest.fixture
def view(qtbot: QtBot, session: Session, opened: list[str]) -> TodayView:
    widget = TodayView(session, opened.append)
    qtbot.addWidget(widget)
    return widget


def ids(view: TodayView) -> list[str]:
    return [r["task_id"] for r in view.model.rows]


def select(view: TodayView, predicate: Any) -> dict[str, Any]:
    row = next(i for i, r in enumerate(view.model.rows) if predicate(r))
    view.table.selectRow(row)
    view.table.setCurrentIndex(view.model.index(row, 0))
    return view.model.rows[row]


def task_status(session: Session, task_id: str) -> tuple[str, str]:
    task = outreach.get_task(session.db, task_id)
    return task.status, task.due_at


def test_the_queue_is_in_working_order_and_says_how_much_is_due(view: TodayView, session: Session) -> None:
    expected = outreach.today_queue(session.db)
    assert ids(view) == [r["task_id"] for r in expected]
    assert len(expected) == 16
    # tier 1 accounts first, the hotter one (why-now 88) before Northwind; most overdue first within
    assert view.model.rows[0]["account_name"] == "云帆物流科技" and view.model.rows[0]["overdue_days"] == 8
    overdue = sum(1 for r in expected if r["overdue_days"] > 0)
    assert f"16 tasks due, {overdue} overdue" in view.heading.text()
    assert view.table.currentIndex().row() == 0  # ready for the keyboard
    assert "Three sentences" in view.detail.toPlainText()  # the step's advice and message are shown


def test_enter_completes_the_step_logs_its_touch_and_undo_reopens_it(
    qtbot: QtBot, view: TodayView, session: Session, questions: list[str]
) -> None:
    first = view.model.rows[0]
    second = view.model.rows[1]["task_id"]
    assert first["channel"] == "email"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert task_status(session, first["task_id"])[0] == "done"
    touch = outreach.list_touches(session.db, first["account_id"])[0]
    assert (touch.channel, touch.outcome, touch.contact_id) == (
        "email",
        "sent",
        first["contact_id"],
    )
    assert touch.subject == first["subject"] and touch.logged_by == "Tester"
    assert first["task_id"] not in ids(view)
    assert view.current_row() is not None and view.current_row()["task_id"] == second  # type: ignore[index]
    assert questions == []
    session.undo_stack.undo()  # type: ignore[union-attr]
    assert task_status(session, first["task_id"])[0] == "open"
    assert all(t.id != touch.id for t in outreach.list_touches(session.db, first["account_id"]))
    view.reload()
    assert ids(view)[0] == first["task_id"]


def test_s_skips_and_z_snoozes_a_day_or_a_week(qtbot: QtBot, view: TodayView, session: Session) -> None:
    today = date.today()
    skipped = view.model.rows[0]["task_id"]
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert task_status(session, skipped)[0] == "skipped"
    snoozed = view.current_row()["task_id"]  # type: ignore[index]
    qtbot.keyClick(view.table, Qt.Key.Key_Z)
    assert task_status(session, snoozed) == ("snoozed", (today + timedelta(days=1)).isoformat())
    week = view.current_row()["task_id"]  # type: ignore[index]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier)
    assert task_status(session, week) == ("snoozed", (today + timedelta(days=7)).isoformat())
    assert not {skipped, snoozed, week} & set(ids(view))
    assert ids(view) == [r["task_id"] for r in outreach.today_queue(session.db)]
    assert "13 tasks due" in view.heading.text()


def test_a_call_asks_for_its_outcome_and_a_first_answer_suggests_a_stage(
    qtbot: QtBot,
    view: TodayView,
    session: Session,
    questions: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    call = select(view, lambda r: r["account_name"] == "青山智造" and r["channel"] == "call")
    offered: list[str] = []

    def choose(row: dict[str, Any]) -> str:
        offered.append(row["task_id"])
        return "connected"

    monkeypatch.setattr(view, "choose_outcome", choose)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert offered == [call["task_id"]]
    assert task_status(session, call["task_id"])[0] == "done"
    assert len(questions) == 1 and "Engaged" in questions[0]  # asked, answered No
    assert accounts.get_account(session.db, call["account_id"]).stage.value == "cold"


def test_e_opens_the_filled_e_mail_and_explains_when_there_is_none(
    qtbot: QtBot, view: TodayView, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    messages: list[str] = []
    session.status_message.connect(lambda text, _ms: messages.append(text))
    email = select(view, lambda r: r["channel"] == "email")
    qtbot.keyClick(view.table, Qt.Key.Key_E)
    assert len(urls) == 1 and urls[0].toString(QUrl.ComponentFormattingOption.FullyEncoded) == email["mailto"]
    assert urls[0].scheme() == "mailto" and email["contact_email"] in urls[0].path()
    select(view, lambda r: r["channel"] == "call")
    qtbot.keyClick(view.table, Qt.Key.Key_E)
    assert len(urls) == 1 and "not an e-mail" in messages[-1]


def test_ctrl_enter_opens_the_account(qtbot: QtBot, view: TodayView, opened: list[str]) -> None:
    row = select(view, lambda r: r["account_name"] == "Northwind Freight")
    qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == [row["account_id"]]


def test_the_queue_loads_a_page_at_a_time(qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(today_view, "PAGE", 5)
    view = TodayView(session)
    qtbot.addWidget(view)
    everything = [r["task_id"] for r in outreach.today_queue(session.db)]
    assert ids(view) == everything[:5]
    assert "5+ tasks due" in view.heading.text() and "scroll down for more" in view.footer.text()
    view.load_more()
    assert ids(view) == everything[:10]
    view.load_more()
    view.load_more()
    assert ids(view) == everything and view.footer.text() == ""


def test_nothing_due_says_how_to_get_tasks(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "empty.whynow"
    db = open_workspace(path, demo_if_new=False)
    session = Session(path, db, runner=TaskRunner(synchronous=True))
    view = TodayView(session)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.empty
    assert "Enrol" in view.empty.text()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # nothing to do: nothing breaks


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform cannot raise windows
def test_main_window_opens_today_and_logs_a_touch_with_ctrl_l(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.dialogs.quick_log_dialog import QuickLogDialog
    from ui.main_window import MainWindow

    window = MainWindow(session, runner=session.runner)
    qtbot.addWidget(window)
    actions = {a.text().replace("&", ""): a for a in window.findChildren(type(window.menuBar().actions()[0]))}
    assert actions["Log a touch…"].shortcut().toString() == "Ctrl+L"
    assert actions["Today queue"].shortcut().toString() == "Ctrl+Shift+T"
    shown: list[str] = []

    def fake_exec(dialog: QuickLogDialog) -> int:
        shown.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QuickLogDialog, "exec", fake_exec)
    actions["Log a touch…"].trigger()
    assert shown == []  # no account selected: nothing to log against
    northwind = accounts.find_account(session.db, "northwind-freight.example")
    window.select_account(northwind.id)
    actions["Log a touch…"].trigger()
    assert shown == ["Log a touch — Northwind Freight"]
    window.open_today()
    assert window.today.isVisible() and len(window.today.model.rows) == 16
    window.today.table.selectRow(
        next(i for i, r in enumerate(window.today.model.rows) if r["account_id"] == northwind.id)
    )
    qtbot.keyClick(window.today.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert type(window.page.tabs.currentWidget()).__name__ == "OutreachTab"


def test_research_timer_in_the_account_menu_and_status_bar(qtbot: QtBot, session: Session) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(session, runner=session.runner)
    qtbot.addWidget(window)
    window.show()
    northwind = accounts.find_account(session.db, "northwind-freight.example")
    window.select_account(northwind.id)
    assert window.research_action.text().replace("&", "") == "Start research timer"
    window.research_action.trigger()
    assert window.research_action.text().replace("&", "") == "Stop research timer"
    assert window.research_timer.label.isVisible() and "Northwind Freight 0:00:0" in window.research_timer.label.text()
    window.research_action.trigger()
    assert not window.research_timer.label.isVisible()
    assert outreach.research_summary(session.db, northwind.id)["sessions"] == 1


def test_due_tasks_export_to_a_calendar_file(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import icalendar
    from PySide6.QtWidgets import QFileDialog

    from ui.main_window import MainWindow

    window = MainWindow(session, runner=session.runner)
    qtbot.addWidget(window)
    target = tmp_path / "tasks.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    export = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.text().replace("&", "").startswith("Export due tasks to calendar")
    )
    export.trigger()
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    open_tasks = session.db.execute("SELECT count(*) FROM tasks WHERE status IN ('open', 'snoozed')")
    assert len(events) == open_tasks.fetchone()[0] > 16  # every open task, not only today's
    assert "Exported" in window.statusBar().currentMessage()
