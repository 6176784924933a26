"""The account's Outreach tab: threads on a time axis, playbooks and tasks, touches, research time.

Top: the relationship score of the account (with its trend and how it was
worked out), the research time, and buttons to log a touch, enrol people in
a playbook and start or stop the research timer. Then the Threads view (one
row per contact by persona tier). Below it: the touches (edit and delete,
both undoable), the playbook enrolments (pause, resume, stop) and the open
tasks, and a detail pane for whatever is selected: a touch, or a contact's
relationship score with every part explained.

The account's threads are loaded on a worker (`session.runner`) with its own
connection: the largest accounts have a thousand contacts and thousands of
touches. Writes are single rows and run on the GUI thread's connection.

Also here: `ResearchTimerStatus`, the main window's research timer (menu
action and the running time in the status bar).

Must not: build SQL, decide what a touch means, or draw the threads itself
(ui/threads_view.py does).
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from app import accounts, outreach
from app.errors import UserError
from app.tasks import CancelToken, Progress
from research import relationship as rel
from research.i18n import render
from storage import outreach as outreach_rows
from ui.dialogs.contact_dialog import tier_label
from ui.dialogs.enrol_dialog import EnrolDialog
from ui.dialogs.quick_log_dialog import DeleteTouchCommand, QuickLogDialog, push_undo
from ui.i18n import format_date
from ui.session import Session
from ui.theme import colours
from ui.threads_view import (
    OUTCOME_COLOURS,
    STATE_COLOURS,
    ThreadsLegend,
    ThreadsView,
    age_text,
    channel_label,
    direction_label,
    enrolment_status_label,
    local_time_text,
    outcome_label,
    reply_state_help,
    reply_state_label,
    score_part_label,
    touch_summary_html,
    touches_text,
)

IdRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()  # a model's invisible root, the default parent
#: far enough ahead that every open task is "due" by then: the account's whole task list
_ALL_DUE = "9999-12-31"


def tr(text: str) -> str:
    return QCoreApplication.translate("OutreachTab", text)


# -- loading (worker thread) ---------------------------------------------------------------------


@dataclass(slots=True)
class OutreachData:
    """Everything the tab shows for one account, read in one go on a worker."""

    account_id: str
    groups: list[dict[str, Any]]
    touches: list[dict[str, Any]]  # newest first, with contact_id and contact_name
    enrolments: list[dict[str, Any]]  # the latest playbook of each contact, with the contact
    tasks: list[dict[str, Any]]  # open tasks in Today-queue order (paused playbooks left out)
    relationship: dict[str, Any]
    research: dict[str, Any]
    now: datetime
    seconds: dict[str, float] = field(default_factory=dict)  # how long each read took


def load_outreach(db: Database, account_id: str, now: datetime | None = None) -> OutreachData:
    """Read an account's outreach; runs on a worker with the worker's own connection."""
    now = now or datetime.now(UTC)
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    groups = outreach.threads(db, account_id, now=now)
    seconds["threads"] = time.perf_counter() - started
    touches: list[dict[str, Any]] = []
    enrolments: list[dict[str, Any]] = []
    for group in groups:
        for thread in group["threads"]:
            for touch in thread["touches"]:
                row = dict(touch)
                row["contact_id"] = thread["contact_id"]
                row["contact_name"] = thread["full_name"]
                touches.append(row)
            if thread["enrolment"]:
                row = dict(thread["enrolment"])
                row["contact_id"] = thread["contact_id"]
                row["contact_name"] = thread["full_name"]
                row["persona_tier"] = thread["persona_tier"]
                enrolments.append(row)
    touches.sort(key=lambda t: t["at"], reverse=True)
    order = {"active": 0, "paused": 1, "finished": 2, "stopped": 3}
    enrolments.sort(key=lambda e: (order.get(e["status"], 9), e["next_due"] or "9999", e["contact_name"]))
    started = time.perf_counter()
    # The account's open tasks, due or not, in the Today queue's order (a read, no SQL here).
    tasks = outreach_rows.due_task_rows(db, _ALL_DUE, account_id=account_id)
    seconds["tasks"] = time.perf_counter() - started
    started = time.perf_counter()
    relationship = outreach.account_relationship(db, account_id, now=now)
    research = outreach.research_summary(db, account_id)
    seconds["scores"] = time.perf_counter() - started
    return OutreachData(account_id, groups, touches, enrolments, tasks, relationship, research, now, seconds)


# -- table models ------------------------------------------------------------------------------


class RowsModel(QAbstractTableModel):
    """Rows of plain dicts; columns say their header and how to show a row."""

    id_key = "id"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def text(self, row: dict[str, Any], column: int) -> str:
        raise NotImplementedError

    def colour(self, row: dict[str, Any], column: int) -> str | None:
        return None

    def tooltip(self, row: dict[str, Any], column: int) -> str | None:
        return None

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, row_id: str | None) -> int:
        if row_id is None:
            return -1
        return next((i for i, r in enumerate(self.rows) if r[self.id_key] == row_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == IdRole:
            return row[self.id_key]
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, index.column())
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None


class TouchColumn(IntEnum):
    WHEN = 0
    CONTACT = 1
    CHANNEL = 2
    OUTCOME = 3
    SUBJECT = 4
    LOGGED_BY = 5


class TouchTableModel(RowsModel):
    def headers(self) -> Sequence[str]:
        return [
            tr("When"),
            tr("Contact"),
            tr("Channel"),
            tr("Outcome"),
            tr("Subject / notes"),
            tr("Logged by"),
        ]

    def text(self, row: dict[str, Any], column: int) -> str:
        if column == TouchColumn.WHEN:
            return local_time_text(row["at"])
        if column == TouchColumn.CONTACT:
            return str(row["contact_name"] or tr("(the account)"))
        if column == TouchColumn.CHANNEL:
            arrow = "← " if row["direction"] == "inbound" else "→ "
            return arrow + channel_label(row["channel"])
        if column == TouchColumn.OUTCOME:
            return outcome_label(row["outcome"])
        if column == TouchColumn.SUBJECT:
            parts = [p for p in (row.get("subject"), row.get("notes")) if p]
            return " — ".join(" ".join(str(p).split()) for p in parts)
        if column == TouchColumn.LOGGED_BY:
            return str(row.get("logged_by") or "")
        return ""

    def colour(self, row: dict[str, Any], column: int) -> str | None:
        return OUTCOME_COLOURS.get(row["outcome"]) if column == TouchColumn.OUTCOME else None

    def tooltip(self, row: dict[str, Any], column: int) -> str | None:
        if column == TouchColumn.CHANNEL:
            return direction_label(row["direction"])
        if column == TouchColumn.SUBJECT and row.get("notes"):
            return str(row["notes"])
        return None


class EnrolmentColumn(IntEnum):
    CONTACT = 0
    PLAYBOOK = 1
    STATUS = 2
    NEXT = 3
    WHY = 4


class EnrolmentTableModel(RowsModel):
    def headers(self) -> Sequence[str]:
        return [tr("Contact"), tr("Playbook"), tr("Status"), tr("Next step"), tr("Why")]

    def text(self, row: dict[str, Any], column: int) -> str:
        if column == EnrolmentColumn.CONTACT:
            return str(row["contact_name"])
        if column == EnrolmentColumn.PLAYBOOK:
            return str(row["playbook"])
        if column == EnrolmentColumn.STATUS:
            return enrolment_status_label(row["status"])
        if column == EnrolmentColumn.NEXT:
            if not row["next_due"]:
                return "—"
            return f"{format_date(row['next_due'])} · {channel_label(row['next_channel'] or '')}"
        if column == EnrolmentColumn.WHY:
            return render(str(row["status_reason"] or ""))
        return ""

    def colour(self, row: dict[str, Any], column: int) -> str | None:
        if column != EnrolmentColumn.STATUS:
            return None
        return {
            "active": "#2e9d3a",
            "paused": "#e0a100",
            "stopped": "#8f8f8f",
            "finished": "#5b7db1",
        }.get(row["status"])


class TaskColumn(IntEnum):
    DUE = 0
    CONTACT = 1
    STEP = 2
    PLAYBOOK = 3


class TaskTableModel(RowsModel):
    id_key = "task_id"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> Sequence[str]:
        return [tr("Due"), tr("Contact"), tr("Step"), tr("Playbook")]

    def text(self, row: dict[str, Any], column: int) -> str:
        if column == TaskColumn.DUE:
            text = format_date(row["due_at"])
            overdue = (self.today - date.fromisoformat(row["due_at"])).days
            if overdue > 0:
                text += "  " + tr("(%1 d overdue)").replace("%1", str(overdue))
            elif overdue == 0:
                text += "  " + tr("(today)")
            return text
        if column == TaskColumn.CONTACT:
            return str(row["contact_name"] or tr("(the account)"))
        if column == TaskColumn.STEP:
            return f"{channel_label(row['channel'])}: {row['title']}"
        if column == TaskColumn.PLAYBOOK:
            if not row["playbook"]:
                return tr("next step")
            step = "" if row["step_index"] is None else f" · {int(row['step_index']) + 1}"
            return f"{row['playbook']}{step}"
        return ""

    def colour(self, row: dict[str, Any], column: int) -> str | None:
        if column == TaskColumn.DUE and date.fromisoformat(row["due_at"]) < self.today:
            return colours().negative
        return None

    def tooltip(self, row: dict[str, Any], column: int) -> str | None:
        parts = [p for p in (row.get("instructions"), row.get("subject"), row.get("body")) if p]
        return "\n\n".join(parts) if parts and column == TaskColumn.STEP else None


def _table(model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def score_html(score: dict[str, Any], title: str) -> str:
    """A relationship score with its trend and every part: points, the most it can give, why."""
    trend = int(score["trend"])
    arrow = "▲" if trend > 0 else "▼" if trend < 0 else "▬"
    lines = [
        f"<b>{html.escape(title)}: {score['score']}/100</b> "
        f"{arrow} {trend:+d} " + html.escape(tr("in 30 days (was %1)").replace("%1", str(score["score_30_days_ago"]))),
        "<table cellspacing='0' cellpadding='2'>",
    ]
    for part in score["parts"]:
        lines.append(
            f"<tr><td>{html.escape(score_part_label(part['name']))}</td>"
            f"<td align='right'><b>{part['points']:g}</b>/{part['max_points']:g}</td>"
            f"<td>{html.escape(part['detail'])}</td></tr>"
        )
    lines.append("</table>")
    return "".join(lines)


# -- the tab -----------------------------------------------------------------------------------


class OutreachTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("outreachTab")
        self._account_id: str | None = None
        self._data: OutreachData | None = None
        self._generation = 0
        self._loads_started = 0
        self._loading = False

        # -- head: scores, research, actions
        self.relationship = QLabel()
        self.relationship.setObjectName("accountRelationship")
        self.relationship.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.research = QLabel()
        self.research.setObjectName("researchSummary")
        self.research_button = QPushButton(tr("Start research &timer"))
        self.research_button.setObjectName("researchButton")
        self.research_button.setToolTip(tr("Time the research you do on this account (Ctrl+Shift+R)"))
        self.research_button.clicked.connect(self.toggle_research)
        self.log_button = QPushButton(tr("&Log a touch…"))
        self.log_button.setObjectName("logTouchButton")
        self.log_button.setToolTip(tr("Record an e-mail, call, reply or meeting (Ctrl+L)"))
        self.log_button.clicked.connect(lambda: self.open_log_dialog())
        self.enrol_button = QPushButton(tr("&Enrol in playbook…"))
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.clicked.connect(lambda: self.open_enrol_dialog())
        self.research.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.relationship, 1)
        head.addWidget(self.log_button)
        head.addWidget(self.enrol_button)
        research_row = QHBoxLayout()
        research_row.addWidget(self.research, 1)
        research_row.addWidget(self.research_button)

        # -- threads with their filter and legend
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("threadsFilter")
        self.filter_edit.setPlaceholderText(tr("Find a person…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(220)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem(tr("Every thread"), "")
        for state, label in (
            ("untouched", reply_state_label("untouched")),
            ("waiting", reply_state_label("waiting")),
            ("cold", reply_state_label("cold")),
            ("answered", tr("Answered (any)")),
            ("opted_out", reply_state_label("opted_out")),
        ):
            self.state_filter.addItem(label, state)
        self.window_choice = QComboBox()
        self.window_choice.setObjectName("axisWindow")
        for label, days in (
            (tr("Last 30 days"), 30),
            (tr("Last 90 days"), 90),
            (tr("Last 6 months"), 182),
            (tr("Last year"), 365),
            (tr("Since the first touch"), None),
        ):
            self.window_choice.addItem(label, days)
        self.window_choice.setCurrentIndex(4)
        self.window_choice.setToolTip(tr("How far back the time axis reaches"))
        self.legend = ThreadsLegend()
        controls = QHBoxLayout()
        controls.addWidget(self.filter_edit)
        controls.addWidget(self.state_filter)
        controls.addWidget(self.window_choice)
        controls.addStretch(1)
        self.threads = ThreadsView()
        self.threads.touch_selected.connect(self._on_touch_selected)
        self.threads.contact_selected.connect(self._on_contact_selected)
        self.threads.touch_activated.connect(lambda touch: self.edit_touch(touch["id"]))
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.state_filter.currentIndexChanged.connect(self._apply_filter)
        self.window_choice.currentIndexChanged.connect(
            lambda _i: self.threads.set_window(self.window_choice.currentData())
        )
        self.threads.set_window(None)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(controls)
        top_layout.addWidget(self.threads, 1)
        top_layout.addWidget(self.legend)

        # -- below: touches, playbooks and tasks, and the detail pane
        self.touch_model = TouchTableModel(self)
        self.touch_table = _table(self.touch_model, "touchTable", TouchColumn.SUBJECT)
        for column, width in (
            (TouchColumn.WHEN, 122),
            (TouchColumn.CONTACT, 120),
            (TouchColumn.CHANNEL, 82),
            (TouchColumn.OUTCOME, 108),
            (TouchColumn.LOGGED_BY, 80),
        ):
            self.touch_table.setColumnWidth(column, width)
        self.touch_table.selectionModel().currentRowChanged.connect(self._on_touch_row)
        self.touch_table.doubleClicked.connect(lambda _i: self.edit_touch(self.current_touch_id()))
        self.edit_touch_button = QPushButton(tr("&Edit…"))
        self.edit_touch_button.clicked.connect(lambda: self.edit_touch(self.current_touch_id()))
        self.delete_touch_button = QPushButton(tr("&Delete"))
        self.delete_touch_button.setObjectName("deleteTouchButton")
        self.delete_touch_button.clicked.connect(lambda: self.delete_touch(self.current_touch_id()))
        delete = QAction(tr("Delete touch"), self.touch_table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self.delete_touch(self.current_touch_id()))
        self.touch_table.addAction(delete)
        touch_buttons = QHBoxLayout()
        self.touch_count = QLabel()
        touch_buttons.addWidget(self.touch_count, 1)
        touch_buttons.addWidget(self.edit_touch_button)
        touch_buttons.addWidget(self.delete_touch_button)
        touches_page = QWidget()
        touches_layout = QVBoxLayout(touches_page)
        touches_layout.setContentsMargins(0, 4, 0, 0)
        touches_layout.addWidget(self.touch_table, 1)
        touches_layout.addLayout(touch_buttons)

        self.enrolment_model = EnrolmentTableModel(self)
        self.enrolment_table = _table(self.enrolment_model, "enrolmentTable", EnrolmentColumn.WHY)
        for enrolment_column, width in (
            (EnrolmentColumn.CONTACT, 140),
            (EnrolmentColumn.PLAYBOOK, 110),
            (EnrolmentColumn.STATUS, 70),
            (EnrolmentColumn.NEXT, 140),
        ):
            self.enrolment_table.setColumnWidth(enrolment_column, width)
        self.enrolment_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.pause_button = QPushButton(tr("&Pause"))
        self.pause_button.clicked.connect(lambda: self.set_enrolment("pause"))
        self.resume_button = QPushButton(tr("&Resume"))
        self.resume_button.clicked.connect(lambda: self.set_enrolment("resume"))
        self.stop_button = QPushButton(tr("&Stop"))
        self.stop_button.clicked.connect(lambda: self.set_enrolment("stop"))
        enrol_buttons = QHBoxLayout()
        enrol_buttons.addWidget(QLabel(tr("Playbooks")), 1)
        enrol_buttons.addWidget(self.pause_button)
        enrol_buttons.addWidget(self.resume_button)
        enrol_buttons.addWidget(self.stop_button)
        self.task_model = TaskTableModel(self)
        self.task_table = _table(self.task_model, "taskTable", TaskColumn.STEP)
        self.task_table.setColumnWidth(TaskColumn.DUE, 170)
        self.task_table.setColumnWidth(TaskColumn.CONTACT, 140)
        self.task_table.setColumnWidth(TaskColumn.PLAYBOOK, 110)
        self.task_table.selectionModel().currentRowChanged.connect(self._on_task_row)
        self.task_hint = QLabel(tr("Open tasks, due first. Work them in the Today queue (View ▸ Today, Ctrl+Shift+T)."))
        self.task_hint.setWordWrap(True)
        playbooks_page = QWidget()
        playbooks_layout = QVBoxLayout(playbooks_page)
        playbooks_layout.setContentsMargins(0, 4, 0, 0)
        playbooks_layout.addLayout(enrol_buttons)
        playbooks_layout.addWidget(self.enrolment_table, 2)
        playbooks_layout.addWidget(self.task_hint)
        playbooks_layout.addWidget(self.task_table, 3)

        self.lists = QTabWidget()
        self.lists.setObjectName("outreachLists")
        self.lists.setDocumentMode(True)
        self.lists.addTab(touches_page, tr("Touches"))
        self.lists.addTab(playbooks_page, tr("Playbooks and tasks"))
        self.detail = QTextBrowser()
        self.detail.setObjectName("outreachDetail")
        self.detail.setOpenLinks(False)
        bottom = QSplitter()
        bottom.setObjectName("outreachBottomSplitter")
        bottom.addWidget(self.lists)
        bottom.addWidget(self.detail)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes([600, 340])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("outreachSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 300])

        self.empty = QLabel()
        self.empty.setObjectName("outreachEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(research_row)
        layout.addWidget(self.stack, 1)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._update_research)
        session.account_changed.connect(self._on_account_changed)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------------
    def set_account(self, account_id: str | None) -> None:
        if account_id != self._account_id:
            self._data = None
            self.threads.select_contact(None, emit=False)
        self._account_id = account_id
        self.reload()

    @property
    def account_id(self) -> str | None:
        return self._account_id

    def reload(self) -> None:
        """Read the account's outreach on a worker; a newer reload wins over an older one."""
        account_id = self._account_id
        if not account_id:
            return
        self._generation += 1
        self._loads_started += 1
        generation = self._generation
        self._loading = True
        if self._data is None:
            self.threads.set_empty_text(tr("Loading…"))
        session = self.session

        def work(_progress: Callable[[Progress], None], _cancel: CancelToken) -> OutreachData:
            db = session.open_worker_db()
            try:
                return load_outreach(db, account_id)
            finally:
                db.close()

        self.session.runner.run(
            work,
            lambda data: self._on_loaded(generation, data),
            lambda exc: self._on_load_failed(generation, exc),
        )

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.session.status_message.emit(tr("Cannot show the outreach: %1").replace("%1", str(exc)), 8000)

    def _on_loaded(self, generation: int, data: OutreachData) -> None:
        if generation != self._generation or data.account_id != self._account_id:
            return  # the user moved on to another account (or asked again) meanwhile
        self._loading = False
        self._data = data
        selected_touch = self.threads.selected_touch_id
        selected_contact = self.threads.selected_contact_id
        self.threads.set_groups(data.groups, data.now)
        has_people = any(g["threads"] for g in data.groups)
        if not has_people:
            self.empty.setText(
                tr(
                    "No contacts and no touches yet. Add the people you will reach out to in the "
                    "People tab (or File ▸ Import contacts), then log a touch with Ctrl+L "
                    "or enrol them in a playbook."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.splitter)
        self.threads.set_empty_text(tr("No thread matches the filter."))
        self.touch_model.set_rows(data.touches)
        self.touch_count.setText(touches_text(len(data.touches)))
        self.enrolment_model.set_rows(data.enrolments)
        self.task_model.today = date.today()
        self.task_model.set_rows(data.tasks)
        self.lists.setTabText(1, tr("Playbooks and tasks (%1)").replace("%1", str(len(data.tasks))))
        self._show_scores()
        self._update_research()
        if selected_touch and self.threads.select_touch(selected_touch, emit=False) is not None:
            self._show_touch(selected_touch)
        elif selected_contact is not None:
            self.threads.select_contact(selected_contact, emit=False)
            self._show_contact(selected_contact)
        else:
            self._show_account()
        self._update_buttons()

    def _on_account_changed(self, account_id: str) -> None:
        # The page reloads its current tab on this signal too; wait a turn and only reload when
        # nobody did, so one change reads the account once.
        if account_id != self._account_id or not self.isVisible():
            return
        started = self._loads_started
        QTimer.singleShot(0, lambda: self._reload_unless_done(started))

    def _reload_unless_done(self, started: int) -> None:
        if self._loads_started == started:
            self.reload()

    # -- head --------------------------------------------------------------------------------------
    def _show_scores(self) -> None:
        data = self._data
        if data is None:
            return
        score = data.relationship
        trend = int(score["trend"])
        arrow = "▲" if trend > 0 else "▼" if trend < 0 else "▬"
        self.relationship.setText(
            tr("Relationship %1/100  %2 %3 (30 days)")
            .replace("%1", str(score["score"]))
            .replace("%2", arrow)
            .replace("%3", f"{trend:+d}")
        )
        tip = [
            f"{score_part_label(p['name'])}: {p['points']:g}/{p['max_points']:g} — {p['detail']}"
            for p in score["parts"]
        ]
        self.relationship.setToolTip("\n".join(tip))

    def _research_running_since(self) -> datetime | None:
        data = self._data
        if data is None or not data.research["running_since"]:
            return None
        return rel.parse_time(data.research["running_since"])

    def _update_research(self) -> None:
        data = self._data
        if data is None:
            return
        summary = data.research
        sessions = summary["sessions"]
        parts = [
            (tr("Research: %1 min in 1 session") if sessions == 1 else tr("Research: %1 min in %2 sessions"))
            .replace("%1", f"{summary['minutes']:g}")
            .replace("%2", str(sessions))
        ]
        reached = summary["contacts_reached"]
        parts.append(tr("1 contact reached") if reached == 1 else tr("%1 contacts reached").replace("%1", str(reached)))
        per = summary["minutes_per_contact_reached"]
        parts.append(
            tr("%1 min per contact reached").replace("%1", f"{per:g}")
            if per is not None
            else tr("no contact reached yet")
        )
        since = self._research_running_since()
        if since is not None:
            elapsed = int((datetime.now(UTC) - since).total_seconds())
            clock = f"{elapsed // 3600:d}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d}"
            self.research_button.setText(tr("Stop research &timer (%1)").replace("%1", clock))
            if not self._clock.isActive():
                self._clock.start()
        else:
            self.research_button.setText(tr("Start research &timer"))
            self._clock.stop()
        self.research.setText(" · ".join(parts))

    def toggle_research(self) -> None:
        if not self._account_id:
            return
        db = self.session.db
        try:
            if self._research_running_since() is not None:
                finished = outreach.stop_research(db, self._account_id)
                self.session.status_message.emit(
                    tr("Research timer stopped: %1 minutes").replace("%1", f"{finished.minutes or 0:g}"),
                    6000,
                )
            else:
                outreach.start_research(db, self._account_id)
                self.session.status_message.emit(tr("Research timer started"), 4000)
        except UserError as exc:
            self.session.status_message.emit(str(exc), 6000)
        self._refresh_research()
        self.session.account_changed.emit(self._account_id)

    def _refresh_research(self) -> None:
        """The research figures only: cheap enough for the GUI thread, shown at once."""
        if self._data is not None and self._account_id:
            self._data.research = outreach.research_summary(self.session.db, self._account_id)
            self._update_research()

    # -- detail ------------------------------------------------------------------------------
    def _thread(self, contact_id: str) -> dict[str, Any] | None:
        if self._data is None:
            return None
        for group in self._data.groups:
            for thread in group["threads"]:
                if (thread["contact_id"] or "") == contact_id:
                    return thread
        return None

    def _show_account(self) -> None:
        if self._data is None:
            self.detail.clear()
            return
        parts = [score_html(self._data.relationship, tr("Account relationship"))]
        parts.append(
            "<p style='color:gray'>"
            + html.escape(
                tr(
                    "Click a row in the threads for that person's relationship, "
                    "or a mark for that touch. Ctrl+L logs a touch."
                )
            )
            + "</p>"
        )
        self.detail.setHtml("".join(parts))

    def _contact_html(self, thread: dict[str, Any]) -> str:
        name = thread["full_name"] or tr("The account as a whole")
        head = f"<h3>{html.escape(name)}</h3>"
        facts = []
        if thread["title"]:
            facts.append(html.escape(thread["title"]))
        if thread["persona_tier"]:
            facts.append(html.escape(tier_label(thread["persona_tier"])))
        if thread["email"]:
            facts.append(
                html.escape(thread["email"]) + (" " + html.escape(tr("(bounced)")) if thread["email_bounced"] else "")
            )
        state = thread["reply_state"]
        colour = STATE_COLOURS.get(state, "#888")
        lines = [head, "<p>" + " · ".join(facts) + "</p>"]
        lines.append(
            f"<p><span style='color:{colour}'><b>{html.escape(reply_state_label(state))}</b>"
            "</span> — "
            f"{html.escape(reply_state_help(state))}"
            + (
                " " + html.escape(tr("Last touch %1 ago.").replace("%1", age_text(thread["last_touch_age_days"])))
                if thread["last_touch_age_days"] is not None
                else ""
            )
            + "</p>"
        )
        if thread["engaged_reason"]:
            lines.append("<p>" + html.escape(tr("Engaged: %1").replace("%1", thread["engaged_reason"])) + "</p>")
        lines.append(score_html(thread["relationship"], tr("Relationship")))
        enrolment = thread["enrolment"]
        if enrolment:
            text = (
                tr("Playbook %1: %2")
                .replace("%1", enrolment["playbook"])
                .replace("%2", enrolment_status_label(enrolment["status"]))
            )
            if enrolment["status_reason"]:
                text += f" ({render(enrolment['status_reason'])})"
            if enrolment["next_due"]:
                text += " · " + tr("next %1 on %2").replace(
                    "%1", channel_label(enrolment["next_channel"] or "")
                ).replace("%2", format_date(enrolment["next_due"]))
            lines.append("<p>" + html.escape(text) + "</p>")
        return "".join(lines)

    def _show_contact(self, contact_id: str) -> None:
        thread = self._thread(contact_id)
        if thread is None:
            self._show_account()
            return
        self.detail.setHtml(self._contact_html(thread))

    def _show_touch(self, touch_id: str) -> None:
        touch = next((t for t in (self._data.touches if self._data else []) if t["id"] == touch_id), None)
        if touch is None:
            self._show_account()
            return
        who = touch["contact_name"] or tr("the account as a whole")
        parts = ["<p>" + touch_summary_html(touch, who) + "</p><hr>"]
        thread = self._thread(touch["contact_id"] or "")
        if thread is not None:
            parts.append(self._contact_html(thread))
        self.detail.setHtml("".join(parts))

    # -- selection, kept in step between the threads and the touch list -------------------------
    def _on_touch_selected(self, touch: dict[str, Any]) -> None:
        row = self.touch_model.row_of(touch["id"])
        if row >= 0:
            index = self.touch_model.index(row, 0)
            self.touch_table.blockSignals(True)
            self.touch_table.selectRow(row)
            self.touch_table.setCurrentIndex(index)
            self.touch_table.blockSignals(False)
            self.touch_table.scrollTo(index)
        self.lists.setCurrentIndex(0)
        self._show_touch(touch["id"])
        self._update_buttons()

    def _on_contact_selected(self, contact_id: str) -> None:
        self._show_contact(contact_id)
        self._update_buttons()

    def _on_touch_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        touch_id = current.data(IdRole) if current.isValid() else None
        if touch_id:
            self.threads.select_touch(str(touch_id), emit=False)
            self._show_touch(str(touch_id))
        self._update_buttons()

    def _on_task_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.task_model.rows[current.row()]
        if row["contact_id"]:
            self.threads.select_contact(row["contact_id"], emit=False)
        parts = [
            f"<h3>{html.escape(channel_label(row['channel']))}: {html.escape(row['title'])}</h3>",
            "<p>" + html.escape(tr("Due %1").replace("%1", format_date(row["due_at"]))) + "</p>",
        ]
        if row["instructions"]:
            parts.append("<p><i>" + html.escape(row["instructions"]) + "</i></p>")
        if row["subject"]:
            parts.append("<p>" + html.escape(tr("Subject: %1").replace("%1", row["subject"])) + "</p>")
        if row["body"]:
            parts.append("<pre style='white-space:pre-wrap'>" + html.escape(row["body"]) + "</pre>")
        self.detail.setHtml("".join(parts))

    def current_touch_id(self) -> str | None:
        index = self.touch_table.currentIndex()
        if index.isValid():
            return str(index.data(IdRole))
        return self.threads.selected_touch_id

    def current_enrolment(self) -> dict[str, Any] | None:
        index = self.enrolment_table.currentIndex()
        if not index.isValid() or index.row() >= len(self.enrolment_model.rows):
            return None
        return self.enrolment_model.rows[index.row()]

    def selected_contact_id(self) -> str | None:
        """The person selected in the threads (None = nobody, or the account as a whole)."""
        return self.threads.selected_contact_id or None

    def _update_buttons(self) -> None:
        has_account = bool(self._account_id)
        for button in (self.log_button, self.enrol_button, self.research_button):
            button.setEnabled(has_account)
        has_touch = self.touch_table.currentIndex().isValid()
        self.edit_touch_button.setEnabled(has_touch)
        self.delete_touch_button.setEnabled(has_touch)
        enrolment = self.current_enrolment()
        status = enrolment["status"] if enrolment else ""
        self.pause_button.setEnabled(status == "active")
        self.resume_button.setEnabled(status == "paused")
        self.stop_button.setEnabled(status in ("active", "paused"))

    def _apply_filter(self) -> None:
        self.threads.set_filter(self.filter_edit.text(), self.state_filter.currentData() or "")

    # -- actions -----------------------------------------------------------------------------
    def open_log_dialog(self, contact_id: str | None = None) -> QuickLogDialog | None:
        """Open the quick-log dialog for this account (the selected person filled in)."""
        if not self._account_id:
            return None
        dialog = QuickLogDialog(self.session, self._account_id, contact_id or self.selected_contact_id(), self)
        dialog.open()
        return dialog

    def open_enrol_dialog(self) -> EnrolDialog | None:
        if not self._account_id:
            return None
        dialog = EnrolDialog(self.session, self._account_id, self.selected_contact_id(), self)
        dialog.open()
        return dialog

    def edit_touch(self, touch_id: str | None) -> QuickLogDialog | None:
        if not touch_id or not self._account_id or self._data is None:
            return None
        touch = next((t for t in self._data.touches if t["id"] == touch_id), None)
        if touch is None:
            return None
        dialog = QuickLogDialog(self.session, self._account_id, None, self, touch=touch)
        dialog.open()
        return dialog

    def delete_touch(self, touch_id: str | None) -> None:
        if not touch_id or not self._account_id or self._data is None:
            return
        touch = next((t for t in self._data.touches if t["id"] == touch_id), None)
        if touch is None:
            return
        summary = " · ".join(
            (
                channel_label(touch["channel"]),
                outcome_label(touch["outcome"]),
                format_date(touch["at"]),
            )
        )
        push_undo(self.session, DeleteTouchCommand(self.session, touch_id, self._account_id, summary))
        self.session.status_message.emit(
            tr("Deleted the touch %1 — Ctrl+Z brings it back").replace("%1", summary), 6000
        )
        self.reload()

    def set_enrolment(self, action: str) -> None:
        enrolment = self.current_enrolment()
        if enrolment is None or not self._account_id:
            return
        db = self.session.db
        try:
            if action == "pause":
                outreach.pause_enrolment(db, enrolment["id"])  # the reason is stored as a phrase
            elif action == "resume":
                outreach.resume_enrolment(db, enrolment["id"])
            else:
                answer = QMessageBox.question(
                    self,
                    tr("Stop the playbook?"),
                    tr("Stop the %1 playbook for %2? Its open steps are skipped.")
                    .replace("%1", enrolment["playbook"])
                    .replace("%2", enrolment["contact_name"]),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                outreach.stop_enrolment(db, enrolment["id"])
        except UserError as exc:
            self.session.status_message.emit(str(exc), 6000)
            return
        self.reload()
        self.session.account_changed.emit(self._account_id)


# -- the main window's research timer -----------------------------------------------------------


class ResearchTimerStatus(QObject):
    """The research timer for the selected account: the menu action's text, start/stop,
    and the running time(s) in the status bar. The timer itself is stored in the workspace,
    so it keeps running when the app is closed."""

    def __init__(self, session: Session, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.label = QLabel()
        self.label.setObjectName("researchClock")
        self.label.setToolTip(tr("Research timer running (Account ▸ Stop research timer)"))
        self.label.hide()
        status_bar.addPermanentWidget(self.label)
        self._account_id: str | None = None
        self._action: QAction | None = None
        #: account id → (name, started) of timers seen running
        self._running: dict[str, tuple[str, datetime]] = {}
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        session.account_changed.connect(self.refresh)

    def bind_action(self, action: QAction) -> None:
        self._action = action
        self._update_action()

    def set_account(self, account_id: str | None) -> None:
        self._account_id = account_id
        if account_id:
            self.refresh(account_id)
        self._update_action()

    def is_running(self, account_id: str | None) -> bool:
        return bool(account_id) and account_id in self._running

    def refresh(self, account_id: str) -> None:
        try:
            summary = outreach.research_summary(self.session.db, account_id)
            name = accounts.get_account(self.session.db, account_id).name
        except UserError:
            self._running.pop(account_id, None)
        else:
            if summary["running_since"]:
                self._running[account_id] = (name, rel.parse_time(summary["running_since"]))
            else:
                self._running.pop(account_id, None)
        self._update_action()
        self._tick()

    def toggle(self, account_id: str | None) -> None:
        if not account_id:
            self.session.status_message.emit(tr("Select an account first."), 4000)
            return
        db = self.session.db
        try:
            if outreach.research_summary(db, account_id)["running_since"]:
                finished = outreach.stop_research(db, account_id)
                self.session.status_message.emit(
                    tr("Research timer stopped: %1 minutes").replace("%1", f"{finished.minutes or 0:g}"),
                    6000,
                )
            else:
                outreach.start_research(db, account_id)
                self.session.status_message.emit(tr("Research timer started"), 4000)
        except UserError as exc:
            self.session.status_message.emit(str(exc), 6000)
        self.session.account_changed.emit(account_id)
        self.refresh(account_id)

    def _update_action(self) -> None:
        if self._action is None:
            return
        self._action.setEnabled(bool(self._account_id))
        self._action.setText(
            tr("Stop &research timer") if self.is_running(self._account_id) else tr("Start &research timer")
        )

    def _tick(self) -> None:
        if not self._running:
            self.label.hide()
            self._clock.stop()
            return
        now = datetime.now(UTC)
        parts = []
        for name, since in self._running.values():
            elapsed = max(0, int((now - since).total_seconds()))
            parts.append(f"⏱ {name} {elapsed // 3600:d}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d}")
        self.label.setText("   ".join(parts))
        self.label.show()
        if not self._clock.isActive():
            self._clock.start()
