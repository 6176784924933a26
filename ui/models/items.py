"""Feed items of one account for the News tab (a few hundred rows: plain list)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex


class ItemColumn(enum.IntEnum):
    STAR = 0
    DATE = 1
    TITLE = 2
    FEED = 3


class ItemRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2


class ItemTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> dict[str, Any] | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def update_row(self, item_id: str, **changes: Any) -> None:
        for i, row in enumerate(self._rows):
            if row["id"] == item_id:
                row.update(changes)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(ItemColumn) - 1))
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ItemColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            ItemColumn.STAR: "★",
            ItemColumn.DATE: self.tr("Date"),
            ItemColumn.TITLE: self.tr("Headline"),
            ItemColumn.FEED: self.tr("Feed"),
        }
        return names.get(ItemColumn(section)) if 0 <= section < len(ItemColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = ItemColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ItemColumn.STAR:
                return "★" if row["is_starred"] else ""
            if column == ItemColumn.DATE:
                return (row["published_at"] or "")[:10] or self.tr("undated")
            if column == ItemColumn.TITLE:
                return row["title"] or self.tr("(no title)")
            if column == ItemColumn.FEED:
                return row.get("feed_title") or ""
        elif role == Qt.ItemDataRole.FontRole and not row["is_read"]:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == ItemColumn.DATE and row["date_missing"]:
                return self.tr("The feed gave no date; shown by when WhyNow first saw it.")
            if column == ItemColumn.TITLE:
                return row["summary"][:300] or None
        elif role == ItemRole.ID:
            return row["id"]
        elif role == ItemRole.ROW:
            return row
        return None
