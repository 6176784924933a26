"""The Outreach tab offscreen on the demo workspace: threads, quick log, undo, enrol, timer."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app import accounts, contacts, outreach
from app.workspace import open_workspace
from research.types import Stage
from ui.dialogs.enrol_dialog import EnrolDialog
from ui.dialogs.quick_log_dialog import QuickLogDialog
from ui.outreach_tab import OutreachTab
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def session(workspace_path: Path) -> Session:
    db = open_workspace(workspace_path, demo_if_new=True)
    session = Session(workspace_path, db, user="Tester", runner=TaskRunner(synchronous=True))
    session.undo_stack = QUndoStack()
    return session


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every QMessageBox.question asked; answered No unless a test says otherwise."""
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def open_tab(qtbot: QtBot, session: Session, domain: str) -> OutreachTab:
    tab = OutreachTab(session)
    qtbot.addWidget(tab)
    tab.resize(1000, 800)
    tab.show()
    tab.set_account(account_id(session, domain))
    return tab


def account_id(session: Session, domain: str) -> str:
    return accounts.find_account(session.db, domain).id


def person(session: Session, domain: str, name: str) -> str:
    return next(c.id for c in contacts.list_contacts(session.db, account_id(session, domain)) if c.full_name == name)


def thread_of(tab: OutreachTab, name: str) -> dict[str, Any]:
    assert tab._data is not None
    return next(t for g in tab._data.groups for t in g["threads"] if t["full_name"] == name)


def log_dialog(qtbot: QtBot, session: Session, domain: str, name: str, channel: str, outcome: str) -> QuickLogDialog:
    dialog = QuickLogDialog(session, account_id(session, domain), person(session, domain, name))
    qtbot.addWidget(dialog)
    dialog.set_choice(dialog.channel, channel)
    dialog.set_choice(dialog.outcome, outcome)
    return dialog


NORTHWIND = "northwind-freight.example"
QINGSHAN = "qingshan-mfg.example"  # a cold account whose one touch got no answer yet


def test_threads_group_people_by_tier_with_their_state_and_score(qtbot: QtBot, session: Session) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    assert tab.threads.visible_names() == [
        "Lena Vogel",
        "Maarten de Vries",
        "Pieter Jansen",  # C-level first
        "Sofia Rossi",
        "Tom Bakker",
        "Emma Visser",
        "Noah Mulder",
        "Ruben Smit",
    ]
    assert thread_of(tab, "Pieter Jansen")["reply_state"] == "cold"
    assert tab.relationship.text().startswith("Relationship ") and "/100" in tab.relationship.text()
    assert "recency" in tab.relationship.toolTip().casefold()
    assert tab.touch_count.text() == "8 touches"
    assert "contacts reached" in tab.research.text()
    # hovering a row explains where that thread stands
    lena = tab.threads.mark_center(thread_of(tab, "Lena Vogel")["touches"][0]["id"])
    assert lena is not None
    row_tip = tab.threads.tooltip_at(QPoint(20, lena.y()))
    assert "Lena Vogel" in row_tip and "Answered +" in row_tip and "Relationship" in row_tip


def test_untouched_filter_shows_only_people_nobody_reached(qtbot: QtBot, session: Session) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("untouched"))
    assert tab.threads.visible_names() == [
        "Maarten de Vries",
        "Tom Bakker",
        "Emma Visser",
        "Noah Mulder",
        "Ruben Smit",
    ]
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("answered"))
    assert tab.threads.visible_names() == ["Lena Vogel", "Sofia Rossi"]
    tab.filter_edit.setText("sofia")
    assert tab.threads.visible_names() == ["Sofia Rossi"]


def test_clicking_a_mark_selects_that_touch_and_shows_it(qtbot: QtBot, session: Session) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    reply = next(t for t in thread_of(tab, "Lena Vogel")["touches"] if t["outcome"] == "replied_positive")
    pos = tab.threads.mark_center(reply["id"])
    assert pos is not None
    hit = tab.threads.touch_at(pos)
    assert hit is not None and hit["id"] == reply["id"] and hit["contact_name"] == "Lena Vogel"
    assert "Positive reply" in tab.threads.tooltip_at(pos)
    qtbot.mouseClick(tab.threads.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert tab.threads.selected_touch_id == reply["id"]
    assert tab.current_touch_id() == reply["id"]  # the touch list follows the threads
    assert "Interested; asked for a deck" in tab.detail.toPlainText()
    assert "Relationship" in tab.detail.toPlainText()  # with the person's score explained
    # away from any mark: the row (the person) is selected instead
    empty_spot = QPoint(int(tab.threads._strip()[0]) + 1, pos.y())
    assert tab.threads.touch_at(empty_spot) is None
    assert tab.threads.select_at(empty_spot) is None
    assert tab.threads.selected_contact_id == person(session, NORTHWIND, "Lena Vogel")


def test_quick_log_creates_the_touch_shows_it_and_undo_takes_it_back(
    qtbot: QtBot, session: Session, questions: list[str]
) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    dialog = log_dialog(qtbot, session, NORTHWIND, "Maarten de Vries", "call", "no_answer")
    dialog.notes.setPlainText("Rang twice, no voicemail box")
    dialog.log_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    touch = dialog.result_touch.touch if dialog.result_touch else None
    assert touch is not None and touch.channel == "call" and touch.outcome == "no_answer"
    assert questions == []  # no answer is no engagement: no stage to suggest
    qtbot.waitUntil(lambda: thread_of(tab, "Maarten de Vries")["touch_count"] == 1)
    assert thread_of(tab, "Maarten de Vries")["reply_state"] == "waiting"
    pos = tab.threads.mark_center(touch.id)
    assert pos is not None and tab.threads.touch_at(pos)["id"] == touch.id  # type: ignore[index]
    assert tab.touch_model.rows[0]["id"] == touch.id  # newest first
    assert session.undo_stack is not None and session.undo_stack.undoText().startswith("Log Call")

    session.undo_stack.undo()
    qtbot.waitUntil(lambda: thread_of(tab, "Maarten de Vries")["touch_count"] == 0)
    assert all(t.id != touch.id for t in outreach.list_touches(session.db, account_id(session, NORTHWIND)))
    assert tab.threads.mark_center(touch.id) is None
    session.undo_stack.redo()  # logged again, as it was
    qtbot.waitUntil(lambda: thread_of(tab, "Maarten de Vries")["touch_count"] == 1)


def test_log_and_schedule_next_adds_the_follow_up_task(qtbot: QtBot, session: Session, questions: list[str]) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    dialog = log_dialog(qtbot, session, NORTHWIND, "Noah Mulder", "email", "sent")
    dialog.subject.setText("Route planning data")
    dialog.next_days.setValue(4)
    dialog.set_choice(dialog.next_channel, "linkedin")
    dialog.next_note.setText("Connect and mention the e-mail")
    dialog.log_next_button.click()
    result = dialog.result_touch
    assert result is not None and result.next_task is not None
    task = result.next_task
    assert task.due_at == (date.today() + timedelta(days=4)).isoformat() and task.channel == "linkedin"
    assert "Noah Mulder" in task.title
    qtbot.waitUntil(lambda: tab.task_model.row_of(task.id) >= 0)
    session.undo_stack.undo()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tab.task_model.row_of(task.id) < 0)  # the follow-up goes with the touch


def test_a_first_reply_asks_to_move_the_stage_and_undo_moves_it_back(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    cold = account_id(session, QINGSHAN)
    assert accounts.get_account(session.db, cold).stage == Stage.COLD
    dialog = log_dialog(qtbot, session, QINGSHAN, "李强", "email", "replied_positive")
    dialog.log_button.click()
    assert len(asked) == 1 and "Cold" in asked[0] and "Engaged" in asked[0] and "first engagement" in asked[0]
    assert accounts.get_account(session.db, cold).stage == Stage.ENGAGED
    last = accounts.stage_history(session.db, cold)[-1]
    assert last.to_stage == Stage.ENGAGED and "first engagement" in last.reason and last.changed_by == "Tester"
    session.undo_stack.undo()  # type: ignore[union-attr]
    assert accounts.get_account(session.db, cold).stage == Stage.COLD
    assert [t.outcome for t in outreach.list_touches(session.db, cold)] == ["sent"]


def test_declining_the_suggestion_keeps_the_stage(qtbot: QtBot, session: Session, questions: list[str]) -> None:
    cold = account_id(session, QINGSHAN)
    dialog = log_dialog(qtbot, session, QINGSHAN, "王芳", "call", "connected")
    dialog.log_button.click()
    assert len(questions) == 1
    assert accounts.get_account(session.db, cold).stage == Stage.COLD
    assert outreach.list_touches(session.db, cold)[0].outcome == "connected"


def test_edit_and_delete_a_touch_are_undoable(qtbot: QtBot, session: Session, questions: list[str]) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    pieter_call = next(t for t in thread_of(tab, "Pieter Jansen")["touches"] if t["channel"] == "call")
    dialog = tab.edit_touch(pieter_call["id"])
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.outcome.currentData() == "no_answer"
    dialog.set_choice(dialog.outcome, "left_voicemail")
    dialog.log_button.click()
    assert outreach.get_touch(session.db, pieter_call["id"]).outcome == "left_voicemail"
    session.undo_stack.undo()  # type: ignore[union-attr]
    assert outreach.get_touch(session.db, pieter_call["id"]).outcome == "no_answer"

    tab.reload()
    row = tab.touch_model.row_of(pieter_call["id"])
    tab.touch_table.selectRow(row)
    tab.delete_touch_button.click()
    assert tab.touch_model.row_of(pieter_call["id"]) < 0
    assert thread_of(tab, "Pieter Jansen")["touch_count"] == 1
    session.undo_stack.undo()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tab.touch_model.row_of(pieter_call["id"]) >= 0)


def test_enrolling_a_tier_creates_tasks_and_says_who_was_skipped(qtbot: QtBot, session: Session) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    before = len(tab.task_model.rows)
    messages: list[str] = []
    session.status_message.connect(lambda text, _ms: messages.append(text))
    dialog = EnrolDialog(session, account_id(session, NORTHWIND), tier="practitioner")
    qtbot.addWidget(dialog)
    book = outreach.list_playbooks(session.db)
    practitioner = next(p for p in book if p.tier.value == "practitioner")
    assert dialog.steps.topLevelItemCount() == len(practitioner.steps)  # the cadence is shown first
    assert dialog.steps.topLevelItem(0).text(0) == "Day 0"
    dialog.enrol_button.click()
    result = dialog.result_enrolment
    assert result is not None and len(result.enrolled) == 2  # Noah and Ruben; Emma is already in one
    assert [s.full_name for s in result.skipped] == ["Emma Visser"]
    assert result.tasks == 2 * len(practitioner.steps)
    assert "Emma Visser" in messages[-1] and "already in the Practitioner playbook" in messages[-1]
    qtbot.waitUntil(lambda: len(tab.task_model.rows) > before)
    names = {r["contact_name"] for r in tab.task_model.rows}
    assert {"Noah Mulder", "Ruben Smit"} <= names
    assert {e["contact_name"] for e in tab.enrolment_model.rows} >= {"Noah Mulder", "Ruben Smit"}


def test_pause_resume_and_stop_a_playbook(qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    tab.lists.setCurrentIndex(1)
    row = next(i for i, e in enumerate(tab.enrolment_model.rows) if e["contact_name"] == "Tom Bakker")
    tab.enrolment_table.selectRow(row)
    assert tab.pause_button.isEnabled() and not tab.resume_button.isEnabled()
    tab.pause_button.click()

    def status() -> str:
        return next(e["status"] for e in tab.enrolment_model.rows if e["contact_name"] == "Tom Bakker")

    assert status() == "paused"
    assert all(r["contact_name"] != "Tom Bakker" for r in tab.task_model.rows)  # paused steps wait
    tab.enrolment_table.selectRow(
        next(i for i, e in enumerate(tab.enrolment_model.rows) if e["contact_name"] == "Tom Bakker")
    )
    tab.resume_button.click()
    assert status() == "active"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.enrolment_table.selectRow(
        next(i for i, e in enumerate(tab.enrolment_model.rows) if e["contact_name"] == "Tom Bakker")
    )
    tab.stop_button.click()
    assert status() == "stopped"


def test_research_timer_starts_and_stops_from_the_tab(qtbot: QtBot, session: Session) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    assert tab.research_button.text().replace("&", "").startswith("Start research timer")
    tab.research_button.click()
    assert tab.research_button.text().replace("&", "").startswith("Stop research timer")
    assert outreach.research_summary(session.db, account_id(session, NORTHWIND))["running_since"]
    tab.research_button.click()
    summary = outreach.research_summary(session.db, account_id(session, NORTHWIND))
    assert summary["running_since"] is None and summary["sessions"] == 1
    assert "in 1 session ·" in tab.research.text()


def test_an_account_without_people_says_what_to_do(qtbot: QtBot, session: Session) -> None:
    tab = open_tab(qtbot, session, "lumenbasket.example")
    assert tab.stack.currentWidget() is tab.empty
    assert "People tab" in tab.empty.text() and "Ctrl+L" in tab.empty.text()


def test_models_are_well_behaved(qtbot: QtBot, session: Session, qtmodeltester: Any) -> None:
    tab = open_tab(qtbot, session, NORTHWIND)
    for model in (tab.touch_model, tab.enrolment_model, tab.task_model):
        qtmodeltester.check(model)


def test_a_late_answer_for_another_account_is_dropped(qtbot: QtBot, session: Session) -> None:
    """The user clicked on to another account while the first was loading: the old result loses."""
    tab = open_tab(qtbot, session, NORTHWIND)
    stale = tab._data
    assert stale is not None
    tab.set_account(account_id(session, QINGSHAN))
    tab._on_loaded(tab._generation - 1, stale)
    assert tab.threads.visible_names() == ["王芳", "李强", "黃志明"]


def test_a_typed_name_picks_its_contact_and_an_unclear_one_is_refused(
    qtbot: QtBot, session: Session, questions: list[str]
) -> None:
    northwind = account_id(session, NORTHWIND)
    dialog = QuickLogDialog(session, northwind, person(session, NORTHWIND, "Lena Vogel"))
    qtbot.addWidget(dialog)
    dialog.contact.setEditText("Ruben")  # typed, not chosen from the list
    dialog.log_button.click()
    assert dialog.result_touch is not None
    assert dialog.result_touch.touch.contact_id == person(session, NORTHWIND, "Ruben Smit")

    again = QuickLogDialog(session, northwind, None)
    qtbot.addWidget(again)
    again.contact.setEditText("an")  # Maarten, Jansen, Emma Visser…: nobody in particular
    again.log_button.click()
    assert again.result_touch is None and "choose one from the list" in again.error.text()
