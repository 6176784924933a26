"""Enrol one contact, or every contact of a persona tier, in an outreach playbook.

Shows the playbook's steps (day, channel, what to do, subject) before
anything is created, so the user sees the cadence they are signing people
up for. Enrolling goes through `app.outreach.enrol_contact` / `enrol_tier`;
people who cannot be enrolled (do not contact, left, already in a playbook)
are listed with the reason afterwards.

Must not: plan steps or fill templates itself (research/playbooks.py does,
through the use-case), or build SQL.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import accounts, contacts, outreach
from app.errors import UserError
from research import playbooks as pb
from research.types import Contact, PersonaTier
from ui.dialogs.contact_dialog import tier_label
from ui.dialogs.quick_log_dialog import contact_choice_text
from ui.session import Session
from ui.theme import colours
from ui.threads_view import channel_label, people_text

_TIER_ORDER = {tier: i for i, tier in enumerate(PersonaTier)}


def tr(text: str) -> str:
    return QCoreApplication.translate("EnrolDialog", text)


def describe_enrolment(result: outreach.EnrolResult) -> str:
    """What enrolling did, in one paragraph: who, how many tasks, who was skipped and why."""
    text = (
        tr("Enrolled %1 in the %2 playbook: %3 tasks.")
        .replace("%1", people_text(len(result.enrolled)))
        .replace("%2", result.playbook)
        .replace("%3", str(result.tasks))
    )
    if result.skipped:
        shown = [f"{s.full_name} ({s.reason})" for s in result.skipped[:8]]
        if len(result.skipped) > 8:
            shown.append(tr("%1 more").replace("%1", str(len(result.skipped) - 8)))
        text += " " + tr("Skipped: %1.").replace("%1", "; ".join(shown))
    if result.missing:
        names = ", ".join("{" + m + "}" for m in result.missing)
        text += " " + tr("No value for %1: a fallback was used or the line left out.").replace("%1", names)
    return text


class EnrolDialog(QDialog):
    def __init__(
        self,
        session: Session,
        account_id: str,
        contact_id: str | None = None,
        parent: QWidget | None = None,
        *,
        tier: PersonaTier | str | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.account_id = account_id
        self.result_enrolment: outreach.EnrolResult | None = None
        account = accounts.get_account(session.db, account_id)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(tr("Enrol in a playbook — %1").replace("%1", account.name))
        self.setMinimumWidth(720)
        self._people: list[Contact] = sorted(
            contacts.list_contacts(session.db, account_id),
            key=lambda c: (_TIER_ORDER.get(c.persona_tier, 9), c.full_name.casefold()),
        )
        self._playbooks = outreach.list_playbooks(session.db)

        self.one = QRadioButton(tr("One &person"))
        self.one.setObjectName("enrolOne")
        self.all_of_tier = QRadioButton(tr("Everyone in a &tier"))
        self.all_of_tier.setObjectName("enrolTier")
        group = QButtonGroup(self)
        group.addButton(self.one)
        group.addButton(self.all_of_tier)
        self.contact = QComboBox()
        self.contact.setObjectName("enrolContact")
        for person in self._people:
            self.contact.addItem(contact_choice_text(person), person.id)
        self.tier = QComboBox()
        self.tier.setObjectName("enrolTierChoice")
        for t in PersonaTier:
            count = sum(1 for p in self._people if p.persona_tier == t)
            self.tier.addItem(tr("%1 (%2 people)").replace("%1", tier_label(t)).replace("%2", str(count)), t.value)
        self.playbook = QComboBox()
        self.playbook.setObjectName("playbookChoice")
        self.playbook.addItem(tr("The tier's own playbook"), "")
        for book in self._playbooks:
            self.playbook.addItem(f"{book.name} ({tier_label(book.tier)})", book.name)
        self.start = QDateEdit(QDate.currentDate())
        self.start.setObjectName("enrolStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.talking_point = QLineEdit()
        self.talking_point.setObjectName("talkingPoint")

        self.description = QLabel()
        self.description.setObjectName("playbookDescription")
        self.description.setWordWrap(True)
        self.steps = QTreeWidget()
        self.steps.setObjectName("playbookSteps")
        self.steps.setRootIsDecorated(False)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setHeaderLabels([tr("Day"), tr("Channel"), tr("What to do"), tr("Subject")])
        self.steps.setWordWrap(True)
        header = self.steps.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.steps.setColumnWidth(0, 50)
        self.steps.setColumnWidth(1, 90)
        self.steps.setColumnWidth(3, 200)
        self.steps.currentItemChanged.connect(lambda *_: self._show_step())
        # The chosen step in full: the advice, the subject and the message as written.
        self.step_preview = QPlainTextEdit()
        self.step_preview.setObjectName("stepPreview")
        self.step_preview.setReadOnly(True)
        self._book: pb.Playbook | None = None
        self.error = QLabel()
        self.error.setObjectName("enrolError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colours().negative};")
        self.error.hide()

        who = QFormLayout()
        one_row = QHBoxLayout()
        one_row.addWidget(self.one)
        one_row.addWidget(self.contact, 1)
        tier_row = QHBoxLayout()
        tier_row.addWidget(self.all_of_tier)
        tier_row.addWidget(self.tier, 1)
        who.addRow(tr("Who"), one_row)
        who.addRow("", tier_row)
        who.addRow(tr("&Playbook"), self.playbook)
        who.addRow(tr("&Start on"), self.start)
        who.addRow(tr("Talking &point"), self.talking_point)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = QPushButton(tr("&Enrol"))
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.setDefault(True)
        self.buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.enrol_button.clicked.connect(self._on_enrol)

        layout = QVBoxLayout(self)
        layout.addLayout(who)
        layout.addWidget(self.description)
        layout.addWidget(self.steps, 2)
        layout.addWidget(self.step_preview, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for signal in (
            self.one.toggled,
            self.contact.currentIndexChanged,
            self.tier.currentIndexChanged,
            self.playbook.currentIndexChanged,
        ):
            signal.connect(self._update_preview)
        if tier is not None:
            self.all_of_tier.setChecked(True)
            self.tier.setCurrentIndex(max(0, self.tier.findData(PersonaTier(tier).value)))
        else:
            self.one.setChecked(True)
            if contact_id:
                self.contact.setCurrentIndex(max(0, self.contact.findData(contact_id)))
        if not self._people:
            self.one.setEnabled(False)
            self.all_of_tier.setEnabled(False)
            self._show_error(tr("This account has no contacts yet: add people in the People tab first."))
            self.enrol_button.setEnabled(False)
        self.resize(800, 640)
        self._update_preview()

    # -- preview ---------------------------------------------------------------------------------
    def chosen_tier(self) -> PersonaTier:
        if self.one.isChecked():
            contact = self._contact()
            return contact.persona_tier if contact else PersonaTier.UNKNOWN
        return PersonaTier(self.tier.currentData())

    def _contact(self) -> Contact | None:
        contact_id = self.contact.currentData()
        return next((p for p in self._people if p.id == contact_id), None)

    def chosen_playbook(self) -> pb.Playbook | None:
        name = self.playbook.currentData()
        if name:
            return pb.find_playbook(self._playbooks, name)
        return pb.playbook_for_tier(self._playbooks, self.chosen_tier())

    def _update_preview(self) -> None:
        self.contact.setEnabled(self.one.isChecked())
        self.tier.setEnabled(self.all_of_tier.isChecked())
        book = self.chosen_playbook()
        self._book = book
        self.steps.clear()
        self.step_preview.clear()
        if book is None:
            self.description.setText(
                tr("There is no playbook for %1 contacts: choose one above.").replace(
                    "%1", tier_label(self.chosen_tier())
                )
            )
            self.enrol_button.setEnabled(False)
            return
        self.enrol_button.setEnabled(bool(self._people))
        total_days = max((s.day for s in book.steps), default=0)
        self.description.setText(
            f"<b>{_esc(book.name)}</b> — "
            + _esc(tr("%1 steps over %2 days.").replace("%1", str(len(book.steps))).replace("%2", str(total_days)))
            + (f"<br>{_esc(book.description)}" if book.description else "")
        )
        self.talking_point.setPlaceholderText(book.talking_point or tr("finishes “We help teams like yours …”"))
        for step in book.steps:
            item = QTreeWidgetItem(
                [
                    tr("Day %1").replace("%1", str(step.day)),
                    channel_label(step.channel),
                    step.instructions,
                    step.subject,
                ]
            )
            item.setToolTip(2, step.instructions)
            self.steps.addTopLevelItem(item)
        first = self.steps.topLevelItem(0)
        if first is not None:
            self.steps.setCurrentItem(first)

    def _show_step(self) -> None:
        item = self.steps.currentItem()
        book = self._book
        if item is None or book is None:
            self.step_preview.clear()
            return
        step = book.steps[self.steps.indexOfTopLevelItem(item)]
        parts = [step.instructions]
        if step.subject:
            parts.append(tr("Subject: %1").replace("%1", step.subject))
        if step.template:
            parts.append(step.template)
        self.step_preview.setPlainText("\n\n".join(p for p in parts if p))

    # -- enrolling -------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_enrol(self) -> None:
        name = self.playbook.currentData() or None
        start = self._start_date()
        point = self.talking_point.text().strip()
        db = self.session.db
        try:
            if self.one.isChecked():
                contact = self._contact()
                if contact is None:
                    self._show_error(tr("Choose a person to enrol."))
                    return
                result = outreach.enrol_contact(
                    db, contact.id, name, start=start, talking_point=point, sender=self.session.user
                )
            else:
                result = outreach.enrol_tier(
                    db,
                    self.account_id,
                    self.tier.currentData(),
                    name,
                    start=start,
                    talking_point=point,
                    sender=self.session.user,
                )
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.result_enrolment = result
        if not result.enrolled:
            self._show_error(describe_enrolment(result))
            return
        self.session.status_message.emit(describe_enrolment(result), 10000)
        self.session.account_changed.emit(self.account_id)
        self.accept()

    def _start_date(self) -> date:
        value: Any = self.start.date().toPython()
        return value if isinstance(value, date) else date.today()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
