"""The Today queue: every due and overdue outreach task across accounts, worked from the keyboard.

Rows come in the order `app.outreach.today_queue` gives (account tier, then
why-now score, then the most overdue first) and are read on a worker, a
page at a time: a large book has fifteen thousand due tasks.

Keys, on the queue:
  Enter        done: logs the touch (the channel's usual outcome; a call asks)
  Shift+Enter  done, choosing the outcome
  S            skip
  Z            snooze one day (Shift+Z: a week)
  E            open the e-mail, filled in, in the mail program (e-mail steps)
  Ctrl+Enter   open the account's Outreach tab

Done is undoable (Ctrl+Z in the main window): the touch is taken back and
the task is open again.

Must not: build SQL, fill templates or decide what a touch means.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import outreach
from app.errors import UserError
from app.tasks import CancelToken, Progress
from research import relationship as rel
from ui.dialogs.contact_dialog import tier_label
from ui.dialogs.quick_log_dialog import (
    LogTouchCommand,
    confirm_stage_suggestion,
    describe_result,
    push_undo,
)
from ui.i18n import format_date
from ui.models.accounts import stage_label
from ui.outreach_tab import RowsModel
from ui.session import Session
from ui.theme import colours
from ui.threads_view import channel_label, outcome_label

PAGE = 200
#: what "done" logs when the user does not say: the step was carried out
DEFAULT_OUTCOMES = {
    "email": "sent",
    "linkedin": "sent",
    "sms": "sent",
    "other": "sent",
    "voicemail": "left_voicemail",
    "meeting": "connected",
    "event": "connected",
}
#: outcomes offered when completing a step on a channel (a call has no sensible default)
CHANNEL_OUTCOMES = {
    "call": (
        "connected",
        "no_answer",
        "left_voicemail",
        "meeting_booked",
        "replied_positive",
        "replied_neutral",
        "replied_negative",
        "opted_out",
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayView", text)


class QueueColumn(IntEnum):
    DUE = 0
    ACCOUNT = 1
    CONTACT = 2
    CHANNEL = 3
    STEP = 4
    PLAYBOOK = 5


class TodayQueueModel(RowsModel):
    id_key = "task_id"

    def headers(self) -> Sequence[str]:
        return [tr("Due"), tr("Account"), tr("Contact"), tr("Channel"), tr("Step"), tr("Playbook")]

    def text(self, row: dict[str, Any], column: int) -> str:
        if column == QueueColumn.DUE:
            days = int(row["overdue_days"])
            text = tr("today") if days == 0 else tr("%1 d overdue").replace("%1", str(days))
            return text + ("  " + tr("(snoozed)") if row["status"] == "snoozed" else "")
        if column == QueueColumn.ACCOUNT:
            return f"{row['account_name']} ({self.priority(row)})"
        if column == QueueColumn.CONTACT:
            return str(row["contact_name"]) if row["contact_id"] else tr("(the account)")
        if column == QueueColumn.CHANNEL:
            return channel_label(row["channel"])
        if column == QueueColumn.STEP:
            return str(row["title"])
        if column == QueueColumn.PLAYBOOK:
            if not row["playbook"]:
                return tr("next step")
            return f"{row['playbook']} · {row['step']}" if row["step"] else str(row["playbook"])
        return ""

    def colour(self, row: dict[str, Any], column: int) -> str | None:
        if column == QueueColumn.DUE and int(row["overdue_days"]) > 0:
            return colours().negative
        return None

    @staticmethod
    def priority(row: dict[str, Any]) -> str:
        return (
            tr("T%1 · %2")
            .replace("%1", str(row["account_tier"]))
            .replace("%2", f"{float(row['why_now_score'] or 0):.0f}")
        )

    def tooltip(self, row: dict[str, Any], column: int) -> str | None:
        if column == QueueColumn.ACCOUNT:
            return (
                tr("Tier %1, why-now score %2: higher tiers and hotter accounts come first")
                .replace("%1", str(row["account_tier"]))
                .replace("%2", f"{float(row['why_now_score'] or 0):.0f}")
            )
        if column == QueueColumn.CONTACT and row["contact_id"]:
            parts = [p for p in (row["contact_title"], tier_label(row["persona_tier"] or "unknown")) if p]
            return " · ".join(parts)
        if column == QueueColumn.STEP and row["instructions"]:
            return str(row["instructions"])
        return None

    def remove(self, row_index: int) -> None:
        self.beginRemoveRows(QModelIndex(), row_index, row_index)
        del self.rows[row_index]
        self.endRemoveRows()

    def append(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()


class QueueTable(QTableView):
    """The queue's table: the working keys go straight to the view (no shortcut lookup),
    so they work the moment it has focus and never fire while typing elsewhere."""

    complete_requested = Signal(bool)  # True: choose the outcome
    skip_requested = Signal()
    snooze_requested = Signal(int)
    mail_requested = Signal()
    open_account_requested = Signal()
    near_end = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if ctrl:
                self.open_account_requested.emit()
            else:
                self.complete_requested.emit(shift)
            return
        if not ctrl:
            if key == Qt.Key.Key_S:
                self.skip_requested.emit()
                return
            if key == Qt.Key.Key_Z:
                self.snooze_requested.emit(7 if shift else 1)
                return
            if key == Qt.Key.Key_E:
                self.mail_requested.emit()
                return
        super().keyPressEvent(event)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_End):
            model = self.model()
            if model is not None and self.currentIndex().row() >= model.rowCount() - 5:
                self.near_end.emit()


class TodayView(QWidget):
    """The Today queue window. `open_account(account_id)` shows that account's Outreach tab."""

    def __init__(
        self,
        session: Session,
        open_account: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.session = session
        self._open_account = open_account
        self.setObjectName("todayView")
        self.setWindowTitle(tr("Today"))
        self.resize(1280, 680)
        self._generation = 0
        self._more = False
        self._loading = False
        self._emitting = False
        self.today = date.today()
        self.load_seconds: float | None = None

        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.keys = QLabel(
            tr(
                "Enter done · Shift+Enter done as… · S skip · Z snooze a day (Shift+Z a week) · "
                "E write the e-mail · Ctrl+Enter open the account"
            )
        )
        self.keys.setObjectName("todayKeys")
        self.keys.setWordWrap(True)
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        refresh = QAction(tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.reload)
        self.addAction(refresh)
        head = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.heading)
        texts.addWidget(self.keys)
        head.addLayout(texts, 1)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        self.model = TodayQueueModel(self)
        self.table = QueueTable()
        self.table.setObjectName("todayTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QueueColumn.STEP, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (QueueColumn.DUE, 96),
            (QueueColumn.ACCOUNT, 170),
            (QueueColumn.CONTACT, 120),
            (QueueColumn.CHANNEL, 70),
            (QueueColumn.PLAYBOOK, 110),
        ):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _i: self.open_account())
        self.table.complete_requested.connect(self.complete)
        self.table.skip_requested.connect(self.skip)
        self.table.snooze_requested.connect(self.snooze)
        self.table.mail_requested.connect(self.open_mail)
        self.table.open_account_requested.connect(self.open_account)
        self.table.near_end.connect(self.load_more)
        self.table.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.detail = QTextBrowser()
        self.detail.setObjectName("todayDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.footer = QLabel()
        self.footer.setObjectName("todayFooter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.footer)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([860, 400])
        self.empty = QLabel()
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        session.account_changed.connect(self._on_account_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the queue again (as many rows as are shown, at least a page) on a worker."""
        self.today = date.today()
        self._load(max(PAGE, len(self.model.rows)), replace=True)

    def load_more(self) -> None:
        if self._more and not self._loading:
            self._load(len(self.model.rows) + PAGE, replace=False)

    def _on_scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value >= bar.maximum() - 2 * bar.pageStep():
            self.load_more()

    def _load(self, limit: int, *, replace: bool) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        session, today = self.session, self.today
        if not self.model.rows:
            self.heading.setText(tr("Today — loading…"))

        def work(_progress: Callable[[Progress], None], _cancel: CancelToken) -> tuple[list[dict[str, Any]], float]:
            db = session.open_worker_db()
            try:
                started = time.perf_counter()
                rows = outreach.today_queue(db, today, limit=limit)
                return rows, time.perf_counter() - started
            finally:
                db.close()

        self.session.runner.run(
            work,
            lambda result: self._on_loaded(generation, limit, replace, *result),
            lambda exc: self._on_failed(generation, exc),
        )

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.heading.setText(tr("Today — cannot read the queue: %1").replace("%1", str(exc)))

    def _on_loaded(
        self, generation: int, limit: int, replace: bool, rows: list[dict[str, Any]], seconds: float
    ) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.load_seconds = seconds
        self._more = len(rows) >= limit
        if replace:
            current = self.current_row()
            keep = current["task_id"] if current else None
            self.model.set_rows(rows)
            row = self.model.row_of(keep)
            self._select(row if row >= 0 else 0)
        else:
            known = {r["task_id"] for r in self.model.rows}
            self.model.append([r for r in rows if r["task_id"] not in known])
        self._update_heading()

    def _update_heading(self) -> None:
        rows = self.model.rows
        overdue = sum(1 for r in rows if r["overdue_days"] > 0)
        count = f"{len(rows)}+" if self._more else str(len(rows))
        self.heading.setText(
            tr("Today, %1 — %2 tasks due, %3 overdue")
            .replace("%1", format_date(self.today.isoformat()))
            .replace("%2", count)
            .replace("%3", f"{overdue}+" if self._more else str(overdue))
        )
        self.footer.setText(
            tr("Showing the first %1; scroll down for more.").replace("%1", str(len(rows))) if self._more else ""
        )
        if rows:
            self.stack.setCurrentIndex(0)
        else:
            self.empty.setText(
                tr(
                    "Nothing due today. Enrol contacts in a playbook (an account's Outreach tab, "
                    "“Enrol in playbook…”), or log a touch with “Log and schedule next”."
                )
            )
            self.stack.setCurrentIndex(1)
            self.detail.clear()

    def _on_account_changed(self, _account_id: str) -> None:
        # A touch logged or undone elsewhere may open or close tasks; our own changes are applied
        # to the rows already. Reload once after the event settles.
        if self._emitting or not self.isVisible():
            return
        QTimer.singleShot(0, self.reload)

    # -- current row -----------------------------------------------------------------------------
    def current_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _select(self, row: int) -> None:
        if not self.model.rows:
            self._on_current(QModelIndex(), QModelIndex())
            return
        row = max(0, min(row, len(self.model.rows) - 1))
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        row = self.model.rows[current.row()]
        parts = [f"<h3>{html.escape(row['title'])}</h3>"]
        due = tr("Due %1").replace("%1", format_date(row["due_at"]))
        if row["overdue_days"]:
            due += " " + tr("(%1 d overdue)").replace("%1", str(row["overdue_days"]))
        parts.append(f"<p>{html.escape(due)} · {html.escape(row['account_name'])}</p>")
        if row["contact_id"]:
            who = [html.escape(row["contact_name"])]
            if row["contact_title"]:
                who.append(html.escape(row["contact_title"]))
            if row["persona_tier"]:
                who.append(html.escape(tier_label(row["persona_tier"])))
            parts.append("<p><b>" + " · ".join(who) + "</b><br>")
            reach = []
            if row["contact_email"]:
                reach.append(
                    html.escape(row["contact_email"])
                    + (" " + html.escape(tr("(bounced)")) if row["email_bounced"] else "")
                )
            if row["contact_phone"]:
                reach.append(html.escape(row["contact_phone"]))
            if row["contact_linkedin_url"]:
                url = html.escape(row["contact_linkedin_url"])
                reach.append(f"<a href='{url}'>{html.escape(tr('LinkedIn profile'))}</a>")
            parts.append(" · ".join(reach) + "</p>")
        if row["instructions"]:
            parts.append("<p><i>" + html.escape(row["instructions"]) + "</i></p>")
        if row["subject"]:
            parts.append("<p>" + html.escape(tr("Subject: %1").replace("%1", row["subject"])) + "</p>")
        if row["body"]:
            parts.append(
                "<pre style='white-space:pre-wrap; font-family:sans-serif'>" + html.escape(row["body"]) + "</pre>"
            )
        if row["mailto"]:
            parts.append("<p>" + html.escape(tr("Press E to open this e-mail in your mail program.")) + "</p>")
        self.detail.setHtml("".join(parts))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    # -- working the queue -------------------------------------------------------------------------
    def _after_change(self, row: dict[str, Any], message: str) -> None:
        """The task left the queue: drop its row, keep the cursor where it was, tell everyone."""
        index = self.model.row_of(row["task_id"])
        if index >= 0:
            self.model.remove(index)
            self._select(index)
        self._update_heading()
        self.session.status_message.emit(message, 8000)
        self._emitting = True
        try:
            self.session.account_changed.emit(row["account_id"])
        finally:
            self._emitting = False
        if len(self.model.rows) < 20:
            self.load_more()

    def choose_outcome(self, row: dict[str, Any]) -> str | None:
        """Ask which outcome to log (a menu at the row); None when the user backs out."""
        menu = QMenu(self)
        choices = CHANNEL_OUTCOMES.get(row["channel"], rel.OUTCOMES)
        for outcome in choices:
            action = menu.addAction(outcome_label(outcome))
            action.setData(outcome)
        rect = self.table.visualRect(self.table.currentIndex())
        chosen = menu.exec(self.table.viewport().mapToGlobal(rect.bottomLeft()))
        return str(chosen.data()) if chosen is not None else None

    def complete(self, choose: bool = False) -> None:
        row = self.current_row()
        if row is None:
            return
        outcome = None if choose else DEFAULT_OUTCOMES.get(row["channel"])
        if outcome is None:
            outcome = self.choose_outcome(row)
            if outcome is None:
                return
        session, task_id = self.session, row["task_id"]

        def complete() -> outreach.TouchResult:
            return outreach.complete_task(session.db, task_id, outcome, logged_by=session.user)

        try:
            result = complete()
        except UserError as exc:
            session.status_message.emit(str(exc), 6000)
            return
        who = row["contact_name"] or row["account_name"]
        text = tr("Done: %1").replace("%1", row["title"])
        command = LogTouchCommand(session, text, result, complete)
        command.stage_move = confirm_stage_suggestion(session, self, row["account_id"], result)
        push_undo(session, command)
        message = describe_result(result, who)
        if command.stage_move is not None:
            message += "  ·  " + tr("Stage moved to %1").replace("%1", stage_label(command.stage_move[1]))
        self._after_change(row, message)

    def skip(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            outreach.skip_task(self.session.db, row["task_id"], tr("skipped in the Today queue"))
        except UserError as exc:
            self.session.status_message.emit(str(exc), 6000)
            return
        self._after_change(row, tr("Skipped: %1").replace("%1", row["title"]))

    def snooze(self, days: int = 1) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            task = outreach.snooze_task(self.session.db, row["task_id"], days, today=self.today)
        except UserError as exc:
            self.session.status_message.emit(str(exc), 6000)
            return
        self._after_change(
            row,
            tr("Snoozed until %1: %2").replace("%1", format_date(task.due_at)).replace("%2", row["title"]),
        )

    def open_mail(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row["mailto"]:
            QDesktopServices.openUrl(QUrl(row["mailto"], QUrl.ParsingMode.StrictMode))
            self.session.status_message.emit(
                tr("Opened the e-mail to %1; press Enter here once it is sent.").replace(
                    "%1", row["contact_name"] or ""
                ),
                6000,
            )
            return
        if row["channel"] != "email":
            why = tr("This step is a %1, not an e-mail.").replace("%1", channel_label(row["channel"]))
        elif row["email_bounced"]:
            why = tr("%1's e-mail bounced; find a new address first.").replace("%1", row["contact_name"] or "")
        else:
            why = tr("No e-mail address for %1.").replace("%1", row["contact_name"] or row["account_name"])
        self.session.status_message.emit(why, 6000)

    def open_account(self) -> None:
        row = self.current_row()
        if row is not None and self._open_account is not None:
            self._open_account(row["account_id"])
