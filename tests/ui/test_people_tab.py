"""The People tab offscreen: lanes by persona tier, coverage, drag to override, undo, org chart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app import accounts, contacts
from app.workspace import open_workspace
from ui.dialogs.contact_dialog import ContactDialog
from ui.people_tab import MIME, ContactRole, PeopleTab
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def tab(qtbot: QtBot, workspace_path: Path) -> PeopleTab:
    db = open_workspace(workspace_path, demo_if_new=True)
    session = Session(workspace_path, db, user="Tester", runner=TaskRunner(synchronous=True))
    session.undo_stack = QUndoStack()
    people = PeopleTab(session)
    qtbot.addWidget(people)
    people.set_account(accounts.find_account(db, "northwind-freight.example").id)
    return people


def lane_names(tab: PeopleTab, tier: str) -> list[str]:
    lane = tab.lanes[tier]
    # the first line is the name, with " ✓" when outreach has engaged them
    return [lane.item(i).text().split("\n")[0].removesuffix("  ✓") for i in range(lane.count())]


def test_lanes_follow_the_title_classifier(tab: PeopleTab) -> None:
    assert lane_names(tab, "c_level") == ["Lena Vogel", "Maarten de Vries", "Pieter Jansen"]
    assert lane_names(tab, "director") == ["Sofia Rossi", "Tom Bakker"]
    assert "Noah Mulder" in lane_names(tab, "practitioner")  # "Project Manager" is an individual contributor
    assert "known 8 / 12 · 67%" in tab.summary.text()
    lena = tab.lanes["c_level"].item(0).text()
    assert lena.startswith("Lena Vogel  ✓")  # the demo's outreach engaged her (a reply)
    assert "engaged 2 / 12 · 17%" in tab.summary.text()  # Lena replied, Sofia took a call
    assert "2 more Directors wanted" in tab.gaps.text()
    assert "2 / 4 · 50%" in tab.meter_texts["director"].text()


def test_dropping_a_card_on_another_lane_sets_the_tier_by_hand_and_undo_reverts(tab: PeopleTab) -> None:
    noah = next(c for c in tab._contacts.values() if c.full_name == "Noah Mulder")
    mime = QMimeData()
    mime.setData(MIME, noah.id.encode())
    lane = tab.lanes["director"]
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    lane.dropEvent(event)
    assert "Noah Mulder" in lane_names(tab, "director")
    stored = contacts.get_contact(tab.session.db, noah.id)
    assert stored.tier_is_manual and stored.persona_tier.value == "director"
    contacts.reclassify_account(tab.session.db, noah.account_id)  # re-classification keeps a manual tier
    assert contacts.get_contact(tab.session.db, noah.id).persona_tier.value == "director"
    tab.session.undo_stack.undo()
    assert "Noah Mulder" in lane_names(tab, "practitioner")
    assert not contacts.get_contact(tab.session.db, noah.id).tier_is_manual


def test_delete_asks_then_undo_restores(tab: PeopleTab, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ruben = next(c for c in tab._contacts.values() if c.full_name == "Ruben Smit")
    tab.delete_contact(ruben.id)
    assert "Ruben Smit" not in lane_names(tab, "practitioner")
    tab.session.undo_stack.undo()
    assert "Ruben Smit" in lane_names(tab, "practitioner")


def test_org_chart_draws_reporting_lines(tab: PeopleTab) -> None:
    tab.view_button.setChecked(True)
    assert tab.stack.currentWidget() is tab.org
    roots = [tab.org.topLevelItem(i).text(0) for i in range(tab.org.topLevelItemCount())]
    assert roots == ["Maarten de Vries"]
    ceo = tab.org.topLevelItem(0)
    assert sorted(ceo.child(i).text(0) for i in range(ceo.childCount())) == [
        "Lena Vogel",
        "Pieter Jansen",
        "Tom Bakker",
    ]


def test_contact_dialog_validates_and_catches_duplicates(tab: PeopleTab, qtbot: QtBot) -> None:
    dialog = ContactDialog(tab.session.db, tab._account_id or "", None)
    qtbot.addWidget(dialog)
    dialog.title.setText("Head of Growth (EMEA)")
    assert "Director" in dialog.tier_hint.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert "needs a name" in dialog.error.text()
    dialog.full_name.setText("Someone New")
    dialog.email.setText("lena.vogel@northwind-freight.example")
    save.click()
    assert "Lena Vogel" in dialog.error.text() and dialog.result_contact is None
    dialog.email.setText("new@northwind-freight.example")
    save.click()
    assert dialog.result_contact is not None and dialog.result_contact.persona_tier.value == "director"


def test_empty_account_says_what_to_do(qtbot: QtBot, tab: PeopleTab) -> None:
    empty = accounts.create_account(tab.session.db, {"name": "Nobody Yet"})
    tab.set_account(empty.id)
    assert tab.stack.currentWidget() is tab.empty
    assert "Add contact" in tab.empty.text()


def test_lane_drag_carries_the_contact_id(tab: PeopleTab) -> None:
    lane = tab.lanes["c_level"]
    data = lane.mimeData([lane.item(0)])
    assert bytes(data.data(MIME).data()).decode() == lane.item(0).data(ContactRole)


def test_import_contacts_from_the_file_menu(
    qtbot: QtBot, tmp_path: Path, workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.contacts_import_dialog import ContactsImportDialog
    from ui.main_window import MainWindow

    db = open_workspace(workspace_path, demo_if_new=True)
    window = MainWindow(Session(workspace_path, db, user="T"), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    csv = tmp_path / "sales-nav.csv"
    csv.write_text(
        "First Name,Last Name,Title,Company,Email\n"
        "Ada,Lovelace,VP Engineering,Helix Ledger,ada@helixledger.example\n"
        "Bo,Chen,首席财务官,Unknown Co,bo@unknown.example\n",
        encoding="utf-8",
    )
    seen: list[ContactsImportDialog] = []

    def fake_exec(self: ContactsImportDialog) -> int:
        seen.append(self)
        self.create_accounts.setChecked(True)
        self._on_accept()
        return 1

    monkeypatch.setattr(ContactsImportDialog, "exec", fake_exec)
    window.import_contacts_dialog(str(csv))
    assert seen and seen[0].table.rowCount() == 2
    helix = accounts.find_account(db, "helixledger.example")
    ada = next(c for c in contacts.list_contacts(db, helix.id) if c.full_name == "Ada Lovelace")
    assert ada.persona_tier.value == "c_level"
    assert accounts.find_account(db, "Unknown Co") is not None
    assert "2 new" in window.statusBar().currentMessage()
