"""An account's feeds: discover from the website, add, remove, see why one fails, retry.

Why a feed fails, and its warnings, are stored as phrases (research.i18n):
rendered here, so they read in the language the app runs in now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import accounts, feeds
from app.errors import UserError
from research.i18n import render
from ui.session import Session

STATUS_COLOURS = {"ok": "#2e7d32", "not_modified": "#2e7d32", "unchanged": "#2e7d32", "new": "#555555"}


class FeedManagerDialog(QDialog):
    def __init__(self, session: Session, account_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._account = accounts.get_account(session.db, account_id)
        self._candidates: list[Any] = []
        self.setWindowTitle(self.tr("Feeds of %1").replace("%1", self._account.name))
        self.resize(900, 560)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("feedTable")
        self.table.setHorizontalHeaderLabels([self.tr("Feed"), self.tr("Status"), self.tr("Items"), self.tr("Address")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(2, 60)
        self.table.setColumnWidth(3, 240)
        self.retry_button = QPushButton(self.tr("&Retry selected"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.remove_button = QPushButton(self.tr("Re&move selected…"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry_button)
        row.addWidget(self.remove_button)

        discover_box = QGroupBox(self.tr("Find feeds"))
        self.url_edit = QLineEdit(self._account.website or self._account.domain)
        self.url_edit.setPlaceholderText(self.tr("The company's website, or a feed address"))
        self.discover_button = QPushButton(self.tr("&Discover"))
        self.discover_button.setDefault(True)
        self.discover_button.clicked.connect(self.discover)
        self.add_url_button = QPushButton(self.tr("Add as &feed"))
        self.add_url_button.setToolTip(self.tr("Follow this address directly without discovery"))
        self.add_url_button.clicked.connect(self.add_typed_url)
        self.candidates = QListWidget()
        self.candidates.setObjectName("feedCandidates")
        self.add_selected_button = QPushButton(self.tr("&Add checked feeds"))
        self.add_selected_button.setEnabled(False)
        self.add_selected_button.clicked.connect(self.add_checked)
        self.discover_status = QLabel()
        self.discover_status.setWordWrap(True)
        d = QVBoxLayout(discover_box)
        line = QHBoxLayout()
        line.addWidget(self.url_edit, 1)
        line.addWidget(self.discover_button)
        line.addWidget(self.add_url_button)
        d.addLayout(line)
        d.addWidget(self.discover_status)
        d.addWidget(self.candidates)
        d.addWidget(self.add_selected_button, 0, Qt.AlignmentFlag.AlignRight)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Feeds this account follows:")))
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(discover_box, 2)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        rows = feeds.list_feeds(self._session.db, self._account.id)
        self._feeds = rows
        self.table.setRowCount(len(rows))
        for r, f in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(f.title or self.tr("(not fetched yet)")))
            state = {
                "ok": self.tr("OK"),
                "not_modified": self.tr("OK (not modified)"),
                "unchanged": self.tr("OK (unchanged)"),
                "new": self.tr("Not fetched yet"),
            }.get(f.last_status)
            error = render(f.last_error) if f.last_error else ""
            text = state or error or f.last_status
            if f.last_fetched_at:
                text += "  · " + self.tr("checked %1").replace("%1", f.last_fetched_at[:16].replace("T", " "))
            if f.warnings:
                text += "  · " + self.tr("warnings: %1").replace("%1", "; ".join(render(w) for w in f.warnings[:2]))
            status_item = QTableWidgetItem(text)
            status_item.setToolTip(error or text)
            status_item.setForeground(QBrush(QColor(STATUS_COLOURS.get(f.last_status, "#c62828"))))
            self.table.setItem(r, 1, status_item)
            self.table.setItem(r, 2, QTableWidgetItem(str(f.item_count)))
            self.table.setItem(r, 3, QTableWidgetItem(f.url))
        has = bool(rows)
        self.retry_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _selected_feeds(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._feeds[r] for r in rows if r < len(self._feeds)]

    def discover(self) -> None:
        url = self.url_edit.text().strip()
        if not url:
            self.discover_status.setText(self.tr("Type the company's website first."))
            return
        self.discover_button.setEnabled(False)
        self.discover_status.setText(self.tr("Looking for feeds on %1…").replace("%1", url))
        self.candidates.clear()
        self._session.runner.run(
            lambda progress, cancel: feeds.discover(url), self._on_discovered, self._on_discover_failed
        )

    def _on_discovered(self, report: Any) -> None:
        self.discover_button.setEnabled(True)
        self._candidates = list(report.candidates)
        followed = {f.url for f in self._feeds}
        for c in self._candidates:
            item = QListWidgetItem(f"{c.title or c.url}  —  {c.url}  ({c.kind}, {c.entries} {self.tr('entries')})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if c.url in followed else Qt.CheckState.Checked)
            if c.url in followed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(c.reason)
            self.candidates.addItem(item)
        if self._candidates:
            self.discover_status.setText(
                self.tr("Found %1 feed(s), best first. Check the ones to follow.").replace(
                    "%1", str(len(self._candidates))
                )
            )
        else:
            self.discover_status.setText(report.message or self.tr("No feed found on that page."))
        self.add_selected_button.setEnabled(bool(self._candidates))

    def _on_discover_failed(self, exc: BaseException) -> None:
        self.discover_button.setEnabled(True)
        self.discover_status.setText(str(exc))

    def add_checked(self) -> None:
        added = 0
        for i, c in enumerate(self._candidates):
            item = self.candidates.item(i)
            if item.checkState() == Qt.CheckState.Checked and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                try:
                    feeds.add_feed(self._session.db, self._account.id, c.url, title=c.title, added_how="discovered")
                    added += 1
                except UserError as exc:
                    self.discover_status.setText(str(exc))
        self._after_change(self.tr("Added %1 feed(s). Refresh to fetch their items.").replace("%1", str(added)))

    def add_typed_url(self) -> None:
        try:
            feeds.add_feed(self._session.db, self._account.id, self.url_edit.text())
        except UserError as exc:
            self.discover_status.setText(str(exc))
            return
        self._after_change(self.tr("Feed added. Refresh to fetch its items."))

    def remove_selected(self) -> None:
        chosen = self._selected_feeds()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove feeds"),
            self.tr("Stop following %1 feed(s)? Their %2 stored item(s) will be deleted.")
            .replace("%1", str(len(chosen)))
            .replace("%2", str(sum(f.item_count for f in chosen))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for f in chosen:
            feeds.remove_feed(self._session.db, f.id)
        self._after_change(self.tr("Removed."))

    def retry_selected(self) -> None:
        chosen = self._selected_feeds() or self._feeds
        ids = [f.id for f in chosen]
        path_session = self._session
        self.retry_button.setEnabled(False)
        self.discover_status.setText(self.tr("Fetching %1 feed(s)…").replace("%1", str(len(ids))))

        def work(progress: Any, cancel: Any) -> Any:
            db = path_session.open_worker_db()
            try:
                return feeds.refresh(db, feed_ids=ids, progress=progress, cancel=cancel)
            finally:
                db.close()

        self._session.runner.run(work, self._on_retried, self._on_retry_failed)

    def _on_retried(self, summary: Any) -> None:
        self.retry_button.setEnabled(True)
        self._after_change(
            self.tr("%1 ok, %2 failed, %3 new items.")
            .replace("%1", str(summary.ok + summary.not_modified + summary.unchanged))
            .replace("%2", str(summary.failed))
            .replace("%3", str(summary.new_items))
        )

    def _on_retry_failed(self, exc: BaseException) -> None:
        self.retry_button.setEnabled(True)
        self.discover_status.setText(str(exc))

    def _after_change(self, message: str) -> None:
        self.discover_status.setText(message)
        self.reload()
        self._session.feeds_changed.emit()
