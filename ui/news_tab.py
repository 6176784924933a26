"""The News tab: an account's feed items, newest first, with a safe preview.

The preview shows sanitised HTML in a QTextBrowser that refuses every
remote resource, so reading about an account never tells the account (no
tracking pixels, no remote fonts). Links open in the system browser only
when the user asks.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import feeds
from research.i18n import render
from ui.models.items import ItemColumn, ItemRole, ItemTableModel
from ui.session import Session


class OfflineTextBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything from the network or disk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.blocked: list[str] = []

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        url = name.toString() if isinstance(name, QUrl) else str(name)
        self.blocked.append(url)
        return None


class NewsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._account_id: str | None = None
        self.model = ItemTableModel(self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter headlines…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _: self.reload())
        self.unread_only = QCheckBox(self.tr("&Unread only"))
        self.starred_only = QCheckBox(self.tr("&Starred"))
        self.unread_only.toggled.connect(lambda _: self.reload())
        self.starred_only.toggled.connect(lambda _: self.reload())
        self.refresh_button = QPushButton(self.tr("&Refresh feeds"))
        self.refresh_button.setToolTip(self.tr("Fetch new items for this account (F5 refreshes every account)"))
        self.refresh_button.clicked.connect(self._on_refresh)
        self.manage_button = QPushButton(self.tr("&Feeds…"))
        self.manage_button.setToolTip(self.tr("Discover, add and remove this account's feeds; see why one fails"))
        self.manage_button.clicked.connect(self.open_feed_manager)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.unread_only)
        top.addWidget(self.starred_only)
        top.addWidget(self.refresh_button)
        top.addWidget(self.manage_button)

        self.table = QTableView()
        self.table.setObjectName("newsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ItemColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(ItemColumn.STAR, 28)
        self.table.setColumnWidth(ItemColumn.DATE, 90)
        self.table.setColumnWidth(ItemColumn.FEED, 140)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.clicked.connect(self._on_clicked)

        self.preview = OfflineTextBrowser()
        self.preview.setObjectName("newsPreview")
        self.preview.anchorClicked.connect(self._on_link)
        self.open_button = QPushButton(self.tr("Open in &browser"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_current_in_browser)
        self.star_button = QPushButton(self.tr("S&tar"))
        self.star_button.setEnabled(False)
        self.star_button.clicked.connect(self.toggle_star)
        preview_box = QWidget()
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.star_button)
        buttons.addWidget(self.open_button)
        pv.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(preview_box)
        self.splitter.setSizes([260, 340])

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence("S"), self.table).activated.connect(self.toggle_star)
        session.feeds_changed.connect(self.reload)

    def set_account(self, account_id: str | None) -> None:
        self._account_id = account_id
        self.reload()

    def reload(self) -> None:
        if not self._account_id:
            return
        rows = feeds.list_items(
            self._session.db,
            self._account_id,
            unread_only=self.unread_only.isChecked(),
            starred_only=self.starred_only.isChecked(),
            text=self.filter_edit.text().strip(),
        )
        self.model.set_rows(rows)
        self.preview.setPlaceholderText(
            self.tr("Select a headline to read it here. Nothing is loaded from the internet while you read.")
        )
        self.preview.clear()
        self.open_button.setEnabled(False)
        self.star_button.setEnabled(False)
        if rows:
            self.stack.setCurrentWidget(self.splitter)
            return
        feed_rows = feeds.list_feeds(self._session.db, self._account_id)
        if not feed_rows:
            self.empty.setText(
                self.tr(
                    "This account follows no feeds yet.\nClick “Feeds…” to discover the "
                    "company's blog and newsroom feeds from its website."
                )
            )
        elif self.filter_edit.text() or self.unread_only.isChecked() or self.starred_only.isChecked():
            self.empty.setText(self.tr("No item matches the filter."))
        else:
            failing = [f for f in feed_rows if f.last_error]
            text = self.tr("No items yet. Press “Refresh feeds” to fetch them.")
            if failing:
                text += "\n\n" + self.tr("Problem with %1: %2").replace("%1", failing[0].url).replace(
                    "%2", render(failing[0].last_error)
                )
            self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def _current_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return index.data(ItemRole.ROW) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ItemRole.ROW) if current.isValid() else None
        self.open_button.setEnabled(bool(row and row["link"]))
        self.star_button.setEnabled(row is not None)
        if row is None:
            self.preview.clear()
            return
        content = feeds.item_content(self._session.db, row["id"]) or html.escape(row["summary"])
        when = row["published_at"] or self.tr("undated")
        head = (
            f"<h2>{html.escape(row['title'])}</h2><p style='color:gray'>{html.escape(row.get('feed_title') or '')}"
            f" · {when[:16].replace('T', ' ')}{' · ' + html.escape(row['author']) if row['author'] else ''}</p>"
        )
        self.preview.setHtml(head + content)
        if not row["is_read"]:
            feeds.mark_item(self._session.db, row["id"], read=True)
            self.model.update_row(row["id"], is_read=1)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == ItemColumn.STAR:
            self.toggle_star()

    def toggle_star(self) -> None:
        row = self._current_row()
        if row is None:
            return
        starred = not row["is_starred"]
        feeds.mark_item(self._session.db, row["id"], starred=starred)
        self.model.update_row(row["id"], is_starred=int(starred))

    def open_current_in_browser(self) -> None:
        row = self._current_row()
        if row and row["link"]:
            QDesktopServices.openUrl(QUrl(row["link"]))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _on_refresh(self) -> None:
        if self._account_id:
            self._session.refresh_requested.emit([self._account_id])

    def open_feed_manager(self) -> None:
        if not self._account_id:
            return
        from ui.dialogs.feed_manager import FeedManagerDialog

        dialog = FeedManagerDialog(self._session, self._account_id, self)
        dialog.exec()
        self.reload()
