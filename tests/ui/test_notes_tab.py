"""The Notes tab on the demo workspace, offscreen: write, edit with history, pin, delete
and undo, notes about a person, drafts kept, and the brief written from the tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app import accounts, contacts, notes
from app.workspace import open_workspace
from ui.main_window import MainWindow
from ui.notes_tab import NoteHistoryDialog, NotesTab
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def session(workspace_path: Path) -> Session:
    db = open_workspace(workspace_path, demo_if_new=True)
    s = Session(workspace_path, db, user="Sam", runner=TaskRunner(synchronous=True))
    s.undo_stack = QUndoStack()
    return s


@pytest.fixture
def tab(qtbot: QtBot, session: Session) -> NotesTab:
    widget = NotesTab(session)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.set_account(accounts.find_account(session.db, "yunfan-logistics.example").id)
    return widget


def _write(tab: NotesTab, text: str) -> None:
    tab.editor.setPlainText(text)
    assert tab.save_button.isEnabled()
    tab.save_button.click()


def _titles(tab: NotesTab) -> list[str]:
    return [tab.note_list.item(i).text().split("\n")[0] for i in range(tab.note_list.count())]


def test_an_account_without_notes_invites_the_first(tab: NotesTab) -> None:
    assert tab.note_list.count() == 0 and tab.empty.isVisibleTo(tab)
    assert "No notes yet" in tab.empty.text()
    assert tab.modes.currentWidget() is tab.editor  # ready to type
    assert not tab.save_button.isEnabled()  # nothing typed yet


def test_write_edit_and_read_the_history(tab: NotesTab, session: Session) -> None:
    _write(tab, "## 交接要点\n预算在 Q1 确定")
    assert _titles(tab) == ["交接要点"]
    assert "Written by Sam" in tab.meta.text()
    assert tab.modes.currentWidget() is tab.preview
    assert "交接要点" in tab.preview.toPlainText() and "##" not in tab.preview.toPlainText()
    assert not tab.history_button.isEnabled()  # nothing replaced yet

    tab.modes.setCurrentWidget(tab.editor)
    session.user = "Lee"
    _write(tab, "## 交接要点\n预算在 **Q1** 确定，刘洋拍板")
    assert "Last edited by Lee" in tab.meta.text()
    assert tab.history_button.isEnabled()
    versions = notes.note_history(session.db, tab.current_note_id or "")
    dialog = NoteHistoryDialog(versions, can_restore=True, parent=tab)
    assert dialog.list.count() == 2 and dialog.list.item(0).text().startswith("Current")
    dialog.list.setCurrentRow(1)
    assert "刘洋" not in dialog.preview.toPlainText() and "预算在 Q1 确定" in dialog.preview.toPlainText()
    dialog.close()


def test_an_earlier_version_can_be_made_current_again(
    tab: NotesTab, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tab, "first text")
    tab.modes.setCurrentWidget(tab.editor)
    _write(tab, "second text")

    def choose_oldest(dialog: NoteHistoryDialog) -> int:
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        dialog.restore_button.click()
        return int(dialog.result())

    monkeypatch.setattr(NoteHistoryDialog, "exec", choose_oldest)
    tab.history_button.click()
    note = notes.get_note(session.db, tab.current_note_id or "")
    assert note.body == "first text"
    assert [v.body for v in notes.note_history(session.db, note.id)] == [
        "first text", "second text", "first text"
    ]  # fmt: skip


def test_pinned_notes_come_first(tab: NotesTab) -> None:
    _write(tab, "older note")
    older = tab.current_note_id
    tab.new_button.click()
    _write(tab, "newer note")
    assert _titles(tab) == ["newer note", "older note"]
    tab.note_list.setCurrentRow(1)
    assert tab.current_note_id == older and tab.pin_button.text().replace("&", "") == "Pin"
    tab.pin_button.click()
    assert _titles(tab) == ["★ older note", "newer note"]
    assert tab.current_note_id == older and "Unpin" in tab.pin_button.text().replace("&", "")
    assert tab.note_list.item(0).toolTip().startswith("Pinned")


def test_delete_then_undo_brings_the_note_back(tab: NotesTab, session: Session) -> None:
    _write(tab, "keep this")
    tab.new_button.click()
    _write(tab, "delete me")
    tab.delete_button.click()
    assert _titles(tab) == ["keep this"]
    assert session.undo_stack is not None and session.undo_stack.undoText().startswith("Delete note")
    session.undo_stack.undo()
    assert _titles(tab) == ["delete me", "keep this"]
    assert tab.editor.toPlainText() == "delete me"  # the restored note is the one shown
    session.undo_stack.redo()
    assert _titles(tab) == ["keep this"]


def test_a_note_about_a_person_and_the_filter(tab: NotesTab, session: Session) -> None:
    _write(tab, "about the account")
    tab.new_button.click()
    liu = next(c for c in contacts.list_contacts(session.db, tab._account_id or "")
               if c.full_name == "刘洋")  # fmt: skip
    tab.about.setCurrentIndex(tab.about.findData(liu.id))
    _write(tab, "刘洋 希望下周再联系")
    assert "about 刘洋" in tab.note_list.item(0).text()
    assert not tab.about.isEnabled()  # a saved note stays with its person
    filters = [tab.filter.itemText(i) for i in range(tab.filter.count())]
    assert filters == ["All notes (2)", "About the account as a whole", "About 刘洋"]
    tab.filter.setCurrentIndex(2)
    assert _titles(tab) == ["刘洋 希望下周再联系"]
    tab.filter.setCurrentIndex(1)
    assert _titles(tab) == ["about the account"]


def test_a_draft_is_saved_when_the_account_changes(tab: NotesTab, session: Session) -> None:
    yunfan = tab._account_id or ""
    tab.editor.setPlainText("typed, never saved by hand")
    tab.set_account(accounts.find_account(session.db, "northwind-freight.example").id)
    assert [n.body for n in notes.list_notes(session.db, yunfan)] == ["typed, never saved by hand"]
    assert tab.note_list.count() == 0


def test_an_empty_note_is_not_saved(tab: NotesTab, session: Session) -> None:
    tab.editor.setPlainText("   \n  ")
    assert not tab.save_button.isEnabled()
    tab.new_button.click()
    assert notes.list_notes(session.db, tab._account_id or "") == []


def test_the_brief_is_written_from_the_tab(tab: NotesTab, tmp_path: Path) -> None:
    _write(tab, "## 交接要点")
    tab.export_brief("md", tmp_path / "brief")
    text = (tmp_path / "brief.md").read_text("utf-8")
    assert text.startswith("# Account brief: 云帆物流科技") and "> ## 交接要点" in text
    tab.export_brief("pdf", tmp_path / "brief.pdf")
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF-")
    assert tab.brief_button.isEnabled()


def test_the_main_window_has_the_notes_tab(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session, runner=session.runner)
    qtbot.addWidget(window)
    titles = [window.page.tabs.tabText(i) for i in range(window.page.tabs.count())]
    assert isinstance(window.page.tabs.widget(titles.index("Notes")), NotesTab)
