"""Quick log: record one touch (an e-mail sent, a call, a reply) in a few keystrokes.

Contact, channel, outcome, subject/notes and when; "Log" or "Log and
schedule next" (the follow-up in N days on a channel). Logging goes through
`app.outreach.log_touch`, so an opt-out, a bounce or a reply has the same
effects as from the CLI. When the use-case suggests a stage move (a first
reply at a cold account, a booked meeting) the user is asked; the move is
made with `app.accounts.move_stage` and its reason. Every log is one step on
the window's undo stack: undo takes the touch back with everything it
changed (and the stage move, if the user accepted one).

Also the same dialog in edit mode for an existing touch (undoable too).

Must not: build SQL, decide what a touch means, or move a stage without asking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import accounts, contacts, outreach
from app.errors import UserError
from research import relationship as rel
from research.types import Contact, ContactStatus, PersonaTier
from ui.dialogs.contact_dialog import tier_label
from ui.models.accounts import stage_label
from ui.session import Session
from ui.theme import colours
from ui.threads_view import channel_label, direction_label, outcome_label

_TIER_ORDER = {tier: i for i, tier in enumerate(PersonaTier)}


def tr(text: str) -> str:
    return QCoreApplication.translate("QuickLogDialog", text)


def push_undo(session: Session, command: QUndoCommand) -> None:
    """Push onto the window's undo stack (which runs `redo`); without one, just run it."""
    if session.undo_stack is not None:
        session.undo_stack.push(command)
    else:
        command.redo()


class LogTouchCommand(QUndoCommand):
    """A logged touch, undoable: undo calls `undo_log` (and moves an accepted stage back).

    The touch is logged before the command is pushed, so the dialog can show
    errors in place; the first `redo` (run by the push) therefore does
    nothing, and a later redo logs the same touch again with `relog`.
    """

    def __init__(
        self,
        session: Session,
        text: str,
        result: outreach.TouchResult,
        relog: Callable[[], outreach.TouchResult],
    ) -> None:
        super().__init__(text)
        self._session = session
        self._result = result
        self._relog = relog
        self._first = True
        #: (stage before, stage after, reason) when the user accepted a suggested move
        self.stage_move: tuple[str, str, str] | None = None

    @property
    def result(self) -> outreach.TouchResult:
        return self._result

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        db = self._session.db
        try:
            self._result = self._relog()
            if self.stage_move is not None:
                before, after, reason = self.stage_move
                account = accounts.get_account(db, self._result.touch.account_id)
                if account.stage.value == before:
                    accounts.move_stage(db, account.id, after, user=self._session.user, reason=reason)
        except UserError as exc:
            self._session.status_message.emit(str(exc), 6000)
            return
        self._session.account_changed.emit(self._result.touch.account_id)

    def undo(self) -> None:
        db = self._session.db
        undo = self._result.undo
        if undo is None:
            return
        try:
            outreach.undo_log(db, undo)
            if self.stage_move is not None:
                before, after, _reason = self.stage_move
                account = accounts.get_account(db, self._result.touch.account_id)
                if account.stage.value == after:  # not moved again since: put it back
                    accounts.move_stage(
                        db,
                        account.id,
                        before,
                        user=self._session.user,
                        reason=tr("undo: the touch that suggested it was taken back"),
                    )
        except UserError as exc:
            self._session.status_message.emit(str(exc), 6000)
            return
        self._session.account_changed.emit(self._result.touch.account_id)


class EditTouchCommand(QUndoCommand):
    """Changing a touch's fields; undo puts the old values back."""

    def __init__(
        self,
        session: Session,
        touch_id: str,
        account_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(tr("Edit touch"))
        self._session = session
        self._touch_id = touch_id
        self._account_id = account_id
        self._before = before
        self._after = after
        self.result: outreach.TouchResult | None = None

    def _apply(self, values: dict[str, Any]) -> None:
        try:
            self.result = outreach.edit_touch(self._session.db, self._touch_id, values)
        except UserError as exc:
            self._session.status_message.emit(str(exc), 6000)
            return
        self._session.account_changed.emit(self._account_id)

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class DeleteTouchCommand(QUndoCommand):
    def __init__(self, session: Session, touch_id: str, account_id: str, summary: str) -> None:
        super().__init__(tr("Delete touch %1").replace("%1", summary))
        self._session = session
        self._touch_id = touch_id
        self._account_id = account_id

    def redo(self) -> None:
        try:
            outreach.delete_touch(self._session.db, self._touch_id)
        except UserError as exc:
            self._session.status_message.emit(str(exc), 6000)
            return
        self._session.account_changed.emit(self._account_id)

    def undo(self) -> None:
        try:
            outreach.restore_touch(self._session.db, self._touch_id)
        except UserError as exc:
            self._session.status_message.emit(str(exc), 6000)
            return
        self._session.account_changed.emit(self._account_id)


def confirm_stage_suggestion(
    session: Session, parent: QWidget | None, account_id: str, result: outreach.TouchResult
) -> tuple[str, str, str] | None:
    """Ask whether to make the suggested stage move; make it if yes.

    Returns (stage before, stage after, reason) when moved, for the undo command.
    """
    suggestion = result.suggestion
    if not suggestion:
        return None
    try:
        account = accounts.get_account(session.db, account_id)
    except UserError:
        return None
    target = suggestion["suggest_stage"]
    question = (
        tr("Move %1 from %2 to %3?")
        .replace("%1", account.name)
        .replace("%2", stage_label(account.stage.value))
        .replace("%3", stage_label(target))
    )
    reason = suggestion["why"]
    answer = QMessageBox.question(
        parent,
        tr("Move the stage?"),
        question + "\n\n" + tr("Why: %1").replace("%1", reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    before = account.stage.value
    try:
        accounts.move_stage(session.db, account.id, target, user=session.user, reason=reason)
    except UserError as exc:
        session.status_message.emit(str(exc), 6000)
        return None
    return before, target, reason


def describe_result(result: outreach.TouchResult, who: str) -> str:
    """One status-bar line: what was logged and what else happened (the use-case's words)."""
    touch = result.touch
    text = (
        tr("Logged %1 · %2 with %3 — Ctrl+Z undoes")
        .replace("%1", channel_label(touch.channel))
        .replace("%2", outcome_label(touch.outcome))
        .replace("%3", who)
    )
    extra = [*result.warnings, *result.effects]
    return text + ("  ·  " + " ".join(extra) if extra else "")


def contact_choice_text(contact: Contact) -> str:
    parts = [contact.full_name]
    if contact.title:
        parts.append(contact.title)
    text = " — ".join(parts) + f"  ({tier_label(contact.persona_tier)})"
    if contact.status == ContactStatus.DO_NOT_CONTACT:
        text += "  " + tr("[do not contact]")
    elif contact.status == ContactStatus.LEFT:
        text += "  " + tr("[left]")
    return text


class QuickLogDialog(QDialog):
    """Log a touch for an account (new), or change one (when `touch` is given)."""

    def __init__(
        self,
        session: Session,
        account_id: str,
        contact_id: str | None = None,
        parent: QWidget | None = None,
        *,
        touch: dict[str, Any] | None = None,
        channel: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.account_id = account_id
        self._touch = touch
        self.result_touch: outreach.TouchResult | None = None
        self.command: QUndoCommand | None = None
        account = accounts.get_account(session.db, account_id)
        self._account_name = account.name
        self.setObjectName("quickLogDialog")
        self.setWindowTitle(
            tr("Edit touch — %1").replace("%1", account.name)
            if touch
            else tr("Log a touch — %1").replace("%1", account.name)
        )
        self.setMinimumWidth(520)

        people = sorted(
            contacts.list_contacts(session.db, account_id),
            key=lambda c: (_TIER_ORDER.get(c.persona_tier, 9), c.full_name.casefold()),
        )
        self._contacts = {c.id: c for c in people}
        self.contact = QComboBox()
        self.contact.setObjectName("contactPicker")
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.contact.addItem(tr("— the account as a whole —"), "")
        for person in people:
            self.contact.addItem(contact_choice_text(person), person.id)
        completer = self.contact.completer()
        if completer is not None:  # type to find among a thousand people
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in rel.CHANNELS:
            self.channel.addItem(channel_label(c), c)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for o in rel.OUTCOMES:
            self.outcome.addItem(outcome_label(o), o)
        self.direction = QComboBox()
        self.direction.setObjectName("direction")
        self.direction.addItem(tr("Automatic (a reply came in, the rest went out)"), "")
        for d in rel.DIRECTIONS:
            self.direction.addItem(direction_label(d), d)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setPlaceholderText(tr("e.g. the e-mail's subject line"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(tr("What was said, what they asked for…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.warning = QLabel()
        self.warning.setObjectName("contactWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {colours().warning};")
        self.error = QLabel()
        self.error.setObjectName("logError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colours().negative};")
        self.error.hide()

        form = QFormLayout()
        form.addRow(tr("&Contact"), self.contact)
        form.addRow("", self.warning)
        form.addRow(tr("C&hannel"), self.channel)
        form.addRow(tr("&Outcome"), self.outcome)
        form.addRow(tr("&Direction"), self.direction)
        form.addRow(tr("&Subject"), self.subject)
        form.addRow(tr("&Notes"), self.notes)
        form.addRow(tr("&When"), self.when)

        self.next_days = QSpinBox()
        self.next_days.setObjectName("nextDays")
        self.next_days.setRange(0, 365)
        self.next_days.setValue(3)
        self.next_days.setSuffix(tr(" days"))
        self.next_channel = QComboBox()
        self.next_channel.setObjectName("nextChannel")
        for c in rel.CHANNELS:
            self.next_channel.addItem(channel_label(c), c)
        self.next_channel.setCurrentIndex(self.next_channel.findData("call"))
        self.next_note = QLineEdit()
        self.next_note.setObjectName("nextNote")
        self.next_note.setPlaceholderText(tr("What to do then (optional)"))
        self.next_box = QGroupBox(tr("Next step"))
        next_layout = QHBoxLayout(self.next_box)
        next_layout.addWidget(QLabel(tr("in")))
        next_layout.addWidget(self.next_days)
        next_layout.addWidget(QLabel(tr("by")))
        next_layout.addWidget(self.next_channel)
        next_layout.addWidget(self.next_note, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.log_button = QPushButton(tr("&Save") if touch else tr("&Log"))
        self.log_button.setObjectName("logButton")
        self.log_button.setDefault(True)
        self.log_next_button = QPushButton(tr("Log and schedule &next"))
        self.log_next_button.setObjectName("logNextButton")
        self.log_next_button.setToolTip(tr("Log this touch and add the next step as a task (Ctrl+Enter)"))
        self.buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if not touch:
            self.buttons.addButton(self.log_next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.log_button.clicked.connect(lambda: self._on_log(False))
        self.log_next_button.clicked.connect(lambda: self._on_log(True))
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(lambda: self._on_log(not touch))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not touch:
            layout.addWidget(self.next_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.contact.currentIndexChanged.connect(self._update_warning)
        self.channel.currentIndexChanged.connect(self._update_warning)
        self.outcome.currentIndexChanged.connect(self._update_warning)
        if touch is not None:
            self._fill_from(touch)
        else:
            if contact_id:
                self.set_contact(contact_id)
            if channel:
                self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        self._update_warning()

    # -- fields ----------------------------------------------------------------------------------
    def set_contact(self, contact_id: str | None) -> None:
        index = self.contact.findData(contact_id or "")
        if index >= 0:
            self.contact.setCurrentIndex(index)

    def set_choice(self, combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def contact_id(self) -> str | None:
        value = self.contact.currentData()
        return str(value) if value else None

    def _resolve_typed_contact(self) -> bool:
        """Make the typed text pick its contact; False when it names nobody (or several).

        The picker is editable so a name can be typed among a thousand people;
        text that was typed but not chosen must not log against the last choice.
        """
        typed = self.contact.currentText().strip()
        if typed == self.contact.itemText(self.contact.currentIndex()):
            return True
        folded = typed.casefold()
        matches = [i for i in range(self.contact.count()) if folded in self.contact.itemText(i).casefold()]
        if len(matches) == 1:
            self.contact.setCurrentIndex(matches[0])
            return True
        self._show_error(
            tr("“%1” matches %2 contacts: choose one from the list.")
            .replace("%1", typed)
            .replace("%2", str(len(matches)))
        )
        return False

    def _fill_from(self, touch: dict[str, Any]) -> None:
        self.set_contact(touch.get("contact_id"))
        self.set_choice(self.channel, touch["channel"])
        self.set_choice(self.outcome, touch["outcome"])
        self.set_choice(self.direction, touch["direction"])
        self.subject.setText(touch.get("subject") or "")
        self.notes.setPlainText(touch.get("notes") or "")
        moment = datetime.fromisoformat(touch["at"]).astimezone()
        self.when.setDateTime(
            QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000))
        )  # fmt: skip

    def _update_warning(self) -> None:
        contact = self._contacts.get(self.contact_id() or "")
        lines = []
        if contact is not None:
            if contact.status == ContactStatus.DO_NOT_CONTACT:
                lines.append(tr("%1 asked not to be contacted.").replace("%1", contact.full_name))
            elif contact.status == ContactStatus.LEFT:
                lines.append(tr("%1 has left the company.").replace("%1", contact.full_name))
            if contact.email_bounced and self.channel.currentData() == "email":
                lines.append(tr("%1's e-mail bounced before.").replace("%1", contact.full_name))
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))

    def _when(self) -> datetime:
        # The edit shows local time; a naive datetime is read as local by the use-case.
        value: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        return value

    def values(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id(),
            "channel": self.channel.currentData(),
            "outcome": self.outcome.currentData(),
            "direction": self.direction.currentData() or None,
            "subject": self.subject.text(),
            "notes": self.notes.toPlainText(),
            "at": self._when(),
        }

    # -- logging ---------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_log(self, schedule: bool) -> None:
        if not self._resolve_typed_contact():
            return
        if self._touch is not None:
            self._save_edit()
            return
        values = self.values()
        step = None
        if schedule:
            step = outreach.NextStep(self.next_days.value(), self.next_channel.currentData(), self.next_note.text())
        session, account_id = self.session, self.account_id
        today = date.today()

        def log() -> outreach.TouchResult:
            return outreach.log_touch(
                session.db,
                account_id,
                values["contact_id"],
                values["channel"],
                values["outcome"],
                direction=values["direction"],
                subject=values["subject"],
                notes=values["notes"],
                at=values["at"],
                logged_by=session.user,
                schedule_next=step,
                today=today,
            )

        try:
            result = log()
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.result_touch = result
        contact = self._contacts.get(values["contact_id"] or "")
        who = contact.full_name if contact else self._account_name
        text = (
            tr("Log %1 · %2 with %3")
            .replace("%1", channel_label(result.touch.channel))
            .replace("%2", outcome_label(result.touch.outcome))
            .replace("%3", who)
        )
        command = LogTouchCommand(session, text, result, log)
        command.stage_move = confirm_stage_suggestion(session, self, account_id, result)
        push_undo(session, command)
        self.command = command
        message = describe_result(result, who)
        if command.stage_move is not None:
            message += "  ·  " + tr("Stage moved to %1").replace("%1", stage_label(command.stage_move[1]))
        session.status_message.emit(message, 8000)
        session.account_changed.emit(account_id)
        self.accept()

    def _save_edit(self) -> None:
        assert self._touch is not None
        values = self.values()
        before = {
            "contact_id": self._touch.get("contact_id"),
            "channel": self._touch["channel"],
            "outcome": self._touch["outcome"],
            "direction": self._touch["direction"],
            "subject": self._touch.get("subject") or "",
            "notes": self._touch.get("notes") or "",
            "at": self._touch["at"],
        }
        after = dict(values)
        if after["direction"] is None:
            after["direction"] = rel.default_direction(after["outcome"])
        if after["at"].replace(second=0) == datetime.fromisoformat(before["at"]).astimezone().replace(
            tzinfo=None, second=0
        ):
            after["at"] = before["at"]  # the minute shown was not changed: keep the seconds
        changed = {k: v for k, v in after.items() if v != before[k]}
        if not changed:
            self.accept()
            return
        try:  # validate before the command is pushed, so errors stay in the dialog
            outreach.get_touch(self.session.db, self._touch["id"])
            if "channel" in changed:
                outreach.parse_channel(changed["channel"])
        except UserError as exc:
            self._show_error(str(exc))
            return
        command = EditTouchCommand(
            self.session,
            self._touch["id"],
            self.account_id,
            {k: before[k] for k in changed},
            changed,
        )
        push_undo(self.session, command)
        self.command = command
        if command.result is not None:
            self.result_touch = command.result
            confirm_stage_suggestion(self.session, self, self.account_id, command.result)
            extra = [*command.result.warnings, *command.result.effects]
            self.session.status_message.emit(
                tr("Touch changed — Ctrl+Z undoes") + ("  ·  " + " ".join(extra) if extra else ""),
                6000,
            )
        self.accept()


def open_quick_log(
    session: Session,
    account_id: str,
    parent: QWidget | None = None,
    contact_id: str | None = None,
    *,
    channel: str | None = None,
) -> outreach.TouchResult | None:
    """Show the quick-log dialog; returns what was logged, or None when cancelled."""
    dialog = QuickLogDialog(session, account_id, contact_id, parent, channel=channel)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_touch
