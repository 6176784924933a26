"""Remembering how the user left a window: geometry, splitters, column widths, sort order.

`save_state(window)` stores, under the window's name, its geometry (and a
main window's dock/toolbar state), every QSplitter's sizes and every item
view header (widths, order, hidden columns, sort column and direction);
`restore_state(window)` puts them back. Each widget is keyed by its object
name, or, when it has none, by its path of class names from the window, so
panels added later do not need to register anything.

Restoring is best-effort: a header whose columns changed since it was saved
is left at its defaults rather than mangled. This module must not decide
when to save (the window's closeEvent does) nor store anything else.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

from ui.preferences import open_settings

GROUP = "state"


def widget_key(widget: QWidget, root: QWidget) -> str:
    """A name for `widget` that stays the same from one run to the next.

    Its object name when it has one; otherwise the chain of class names up to
    the nearest named ancestor (or `root`), each with its index among siblings
    of the same class.
    """
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        name = current.objectName()
        if name and not name.startswith("qt_"):
            parts.append(name)
            break
        parent = current.parentWidget()
        cls = type(current).__name__
        if parent is None:
            parts.append(cls)
            break
        siblings = [w for w in parent.findChildren(type(current)) if w.parentWidget() is parent]
        parts.append(f"{cls}{siblings.index(current) if current in siblings else 0}")
        current = parent
    return "/".join(reversed(parts))


def _window_group(window: QWidget) -> str:
    # The class, not the object name: a subclass may name itself after its base restored it.
    return f"{GROUP}/{type(window).__name__}"


def _headers(window: QWidget) -> list[tuple[QAbstractItemView, QHeaderView]]:
    found: list[tuple[QAbstractItemView, QHeaderView]] = []
    for view in window.findChildren(QAbstractItemView):
        if isinstance(view, (QTableView, QTreeView)):
            header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
            found.append((view, header))
    return found


def save_state(window: QWidget, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else open_settings()
    settings.beginGroup(_window_group(window))
    try:
        settings.setValue("geometry", window.saveGeometry())
        if isinstance(window, QMainWindow):
            settings.setValue("window", window.saveState())
        for splitter in window.findChildren(QSplitter):
            settings.setValue(f"splitter/{widget_key(splitter, window)}", splitter.saveState())
        for view, header in _headers(window):
            if header.count():
                key = f"header/{widget_key(view, window)}"
                settings.setValue(key, header.saveState())
                settings.setValue(f"{key}/columns", header.count())
    finally:
        settings.endGroup()
    settings.sync()


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


def restore_state(window: QWidget, settings: QSettings | None = None) -> bool:
    """Put back what `save_state` stored; returns False when nothing was stored yet."""
    settings = settings if settings is not None else open_settings()
    settings.beginGroup(_window_group(window))
    try:
        geometry = _bytes(settings.value("geometry"))
        if geometry is None:
            return False
        window.restoreGeometry(geometry)
        state = _bytes(settings.value("window"))
        if isinstance(window, QMainWindow) and state is not None:
            window.restoreState(state)
        # Lay the window out at its restored size now, even hidden: a splitter given its
        # sizes before it has its own size would stretch them on the first show.
        layout = window.layout()
        if layout is not None:
            layout.activate()
        for splitter in window.findChildren(QSplitter):
            saved = _bytes(settings.value(f"splitter/{widget_key(splitter, window)}"))
            if saved is not None:
                splitter.restoreState(saved)
        for view, header in _headers(window):
            key = f"header/{widget_key(view, window)}"
            saved = _bytes(settings.value(key))
            if saved is None or str(settings.value(f"{key}/columns")) != str(header.count()):
                continue  # columns were added or removed since: the saved widths would land wrong
            if not header.restoreState(saved):
                continue
            if getattr(view, "isSortingEnabled", lambda: False)():
                # The header remembers the sort indicator; the model must sort to match it.
                view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())  # type: ignore[attr-defined]
    finally:
        settings.endGroup()
    return True
