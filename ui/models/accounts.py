"""The account list: every live account as a plain row, sorted and filtered in Python.

A QSortFilterProxyModel over 10,000+ Python rows calls data() for every
comparison (PERFORMANCE.md: seconds); sorting the list of dicts and
resetting the model takes milliseconds, so that is what this model does.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from research.types import Stage

Index = QModelIndex | QPersistentModelIndex


class AccountColumn(enum.IntEnum):
    NAME = 0
    TIER = 1
    STAGE = 2
    ICP = 3
    WHY_NOW = 4
    LATEST_TRIGGER = 5
    OWNER = 6
    LAST_ACTIVITY = 7
    COUNTRY = 8


class AccountRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2


def stage_label(stage: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "cold": QCoreApplication.translate("Stage", "Cold"),
        "engaged": QCoreApplication.translate("Stage", "Engaged"),
        "mqa": QCoreApplication.translate("Stage", "MQA"),
        "meeting": QCoreApplication.translate("Stage", "Meeting"),
        "opportunity": QCoreApplication.translate("Stage", "Opportunity"),
        "customer": QCoreApplication.translate("Stage", "Customer"),
        "renewal": QCoreApplication.translate("Stage", "Renewal/expansion"),
    }
    return labels.get(stage, stage)


_SORT_KEYS: dict[AccountColumn, Callable[[dict[str, Any]], Any]] = {
    AccountColumn.NAME: lambda r: str(r["name"]).casefold(),
    AccountColumn.TIER: lambda r: (r["tier"], str(r["name"]).casefold()),
    AccountColumn.STAGE: lambda r: (Stage(r["stage"]).order, str(r["name"]).casefold()),
    AccountColumn.ICP: lambda r: r["icp_score"],
    AccountColumn.WHY_NOW: lambda r: r.get("why_now_score"),
    AccountColumn.LATEST_TRIGGER: lambda r: r.get("latest_trigger_at"),
    AccountColumn.OWNER: lambda r: str(r["owner"]).casefold(),
    AccountColumn.LAST_ACTIVITY: lambda r: r["last_activity_at"] or "",
    AccountColumn.COUNTRY: lambda r: str(r["country"] or r["region"]).casefold(),
}


def sort_rows(rows: list[dict[str, Any]], column: AccountColumn, descending: bool) -> list[dict[str, Any]]:
    """Sorted rows; rows with no value (no ICP, no trigger yet) go last in either direction."""
    key = _SORT_KEYS[column]
    present = [r for r in rows if key(r) is not None]
    missing = [r for r in rows if key(r) is None]
    return sorted(present, key=key, reverse=descending) + missing


class AccountTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[dict[str, Any]] = []
        self._rows: list[dict[str, Any]] = []
        self._text = ""
        self._tiers: set[int] = set()
        self._stages: set[str] = set()
        self._sort_column = AccountColumn.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- data in -------------------------------------------------------------------
    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self._all = list(rows)
        for row in self._all:
            row["_search"] = " ".join(
                str(row.get(k) or "") for k in ("name", "domain", "industry", "country", "region", "owner")
            ).casefold()
        self._refresh()

    def set_filter(self, text: str = "", tiers: Iterable[int] = (), stages: Iterable[str] = ()) -> None:
        self._text = text.strip().casefold()
        self._tiers = set(tiers)
        self._stages = set(stages)
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        rows = self._all
        if self._text:
            words = self._text.split()
            rows = [r for r in rows if all(w in r["_search"] for w in words)]
        if self._tiers:
            rows = [r for r in rows if r["tier"] in self._tiers]
        if self._stages:
            rows = [r for r in rows if r["stage"] in self._stages]
        self._rows = sort_rows(rows, self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    # -- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AccountColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            AccountColumn.NAME: self.tr("Account"),
            AccountColumn.TIER: self.tr("Tier"),
            AccountColumn.STAGE: self.tr("Stage"),
            AccountColumn.ICP: self.tr("ICP fit"),
            AccountColumn.WHY_NOW: self.tr("Why now"),
            AccountColumn.LATEST_TRIGGER: self.tr("Latest trigger"),
            AccountColumn.OWNER: self.tr("Owner"),
            AccountColumn.LAST_ACTIVITY: self.tr("Last activity"),
            AccountColumn.COUNTRY: self.tr("Country / region"),
        }
        return titles.get(AccountColumn(section)) if 0 <= section < len(AccountColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = AccountColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AccountColumn.NAME:
                return row["name"]
            if column == AccountColumn.TIER:
                return self.tr("Tier %n", "", row["tier"])
            if column == AccountColumn.STAGE:
                return stage_label(row["stage"])
            if column == AccountColumn.ICP:
                return "—" if row["icp_score"] is None else str(row["icp_score"])
            if column == AccountColumn.WHY_NOW:
                score = row.get("why_now_score")
                return "—" if score is None else f"{score:.0f}"
            if column == AccountColumn.LATEST_TRIGGER:
                if not row.get("latest_trigger_type"):
                    return ""
                from ui.why_now_tab import type_label

                return f"{type_label(row['latest_trigger_type'])} · {(row.get('latest_trigger_at') or '')[5:10]}"
            if column == AccountColumn.OWNER:
                return row["owner"]
            if column == AccountColumn.LAST_ACTIVITY:
                return (row["last_activity_at"] or "")[:10] or "—"
            if column == AccountColumn.COUNTRY:
                return row["country"] or row["region"]
        elif role == Qt.ItemDataRole.ToolTipRole and column == AccountColumn.NAME:
            return row["domain"] or None
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (
            AccountColumn.TIER,
            AccountColumn.ICP,
            AccountColumn.WHY_NOW,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and column == AccountColumn.ICP and row["icp_score"] is not None:
            score = row["icp_score"]
            return QBrush(QColor("#2e7d32" if score >= 75 else "#b26a00" if score >= 50 else "#c62828"))
        elif role == AccountRole.ID:
            return row["id"]
        elif role == AccountRole.ROW:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(AccountColumn):
            return
        self._sort_column = AccountColumn(column)
        self._sort_order = order
        # A reset, not layoutChanged: the view re-selects the current account
        # by id afterwards, and no persistent index can point at a stale row.
        self.beginResetModel()
        self._rows = sort_rows(self._rows, self._sort_column, order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    # -- helpers ---------------------------------------------------------------------
    def row_of(self, account_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row["id"] == account_id:
                return i
        return -1

    def account_id(self, row: int) -> str | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    @property
    def total(self) -> int:
        return len(self._all)
