"""The triggers inbox: what is new across all accounts since you last looked,
highest why-now score first, filterable by type. Double-click opens the
account's Why-now tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import triggers
from research import triggers as trigger_rules
from ui.session import Session
from ui.why_now_tab import type_label


class TriggerInbox(QDialog):
    def __init__(self, session: Session, open_account: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._open_account = open_account
        self.setObjectName("triggerInbox")
        self.setWindowTitle(self.tr("Triggers inbox"))
        self.resize(900, 520)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for t in trigger_rules.TYPES:
            self.type_filter.addItem(type_label(t), t)
        self.type_filter.currentIndexChanged.connect(self.reload)
        self.everything = QPushButton(self.tr("Show &all, not only new"))
        self.everything.setCheckable(True)
        self.everything.toggled.connect(self.reload)
        self.seen = QPushButton(self.tr("&Mark all as seen"))
        self.seen.clicked.connect(self.mark_seen)
        top = QHBoxLayout()
        top.addWidget(self.type_filter)
        top.addWidget(self.everything)
        top.addStretch(1)
        top.addWidget(self.seen)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("inboxTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Why now"), self.tr("Account"), self.tr("Type"), self.tr("Date"), self.tr("Headline")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._on_activated)
        self.table.doubleClicked.connect(lambda index: self._on_activated(self.table.item(index.row(), 0)))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.rows: list[dict[str, Any]] = []
        self.reload()

    def reload(self) -> None:
        types = [self.type_filter.currentData()] if self.type_filter.currentData() else None
        since = "0000" if self.everything.isChecked() else None
        self.rows = triggers.inbox(self.session.db, since=since, types=types)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [
                f"{row['account_score'] or 0:.0f}",
                row["account_name"],
                type_label(row["type"]),
                row["occurred_at"][:10],
                row["headline"] + ("" if row["confirmed"] else "  " + self.tr("(unconfirmed)")),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row["account_id"])
                self.table.setItem(r, c, item)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 140)
        self.empty.setVisible(not self.rows)
        self.empty.setText(self.tr("Nothing new since you last looked. Refresh feeds (F5) to look for more."))

    def mark_seen(self) -> None:
        triggers.mark_inbox_seen(self.session.db)
        self.reload()

    def _on_activated(self, item: QTableWidgetItem | None) -> None:
        if item is not None:
            self._open_account(str(item.data(Qt.ItemDataRole.UserRole)))
