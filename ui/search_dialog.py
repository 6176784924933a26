"""Ctrl+K: search everything (accounts, people, news, triggers, notes, touches) as you type.

Results come grouped by kind, best first, with the words that matched
highlighted in the title and in a snippet. Up/Down move through results
(headers are skipped) while the cursor stays in the search box, Enter
opens the result's account on the tab where the result lives, Esc closes.

Type-ahead runs on the window's worker pool with a connection of the
worker's own: keystrokes are debounced, each query gets a generation
number, a query already superseded when a worker picks it up is skipped,
and results for anything but the latest query are dropped, so the box never
waits on the index and never shows stale results.

Must not: build FTS syntax or run SQL itself (app.search does), or block
the GUI thread on a query.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import search
from research import cjk
from ui.i18n import format_date
from ui.session import Session

ResultRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
HeaderRole = Qt.ItemDataRole.UserRole + 3
#: wait this long after the last keystroke before searching (a fast typist's gap is ~100 ms)
DEBOUNCE_MS = 60
RESULTS_PER_KIND = 8
HIGHLIGHT = "background-color:#fff59d;color:#000000;font-weight:600"
MUTED = "color:gray"
#: which tab of the account page shows each kind of result (by the tab widget's class)
TAB_FOR_KIND = {
    "account": "OverviewTab", "contact": "PeopleTab", "item": "NewsTab", "trigger": "WhyNowTab",
    "note": "NotesTab", "touch": "OutreachTab",
}  # fmt: skip


def kind_label(kind: str) -> str:
    t = QCoreApplication.translate
    return {
        "account": t("Search", "Accounts"), "contact": t("Search", "People"),
        "item": t("Search", "News"), "trigger": t("Search", "Triggers"),
        "note": t("Search", "Notes"), "touch": t("Search", "Touches"),
    }.get(kind, kind)  # fmt: skip


def highlighted(snippet: cjk.Snippet) -> str:
    """The snippet as HTML, escaped, with its matches marked."""
    out: list[str] = []
    pos = 0
    for start, end in snippet.highlights:
        out.append(html.escape(snippet.text[pos:start]))
        out.append(f'<span style="{HIGHLIGHT}">{html.escape(snippet.text[start:end])}</span>')
        pos = end
    out.append(html.escape(snippet.text[pos:]))
    return "".join(out)


def result_html(r: search.SearchResult) -> str:
    title = highlighted(r.title) or html.escape(r.account_name)
    context = [html.escape(r.account_name)] if r.kind != "account" else []
    if r.when and r.kind not in ("account", "contact"):  # their dates say when a row was edited
        context.append(html.escape(format_date(r.when)))
    line = f"<b>{title}</b>"
    if context:
        line += f' <span style="{MUTED}">— {" · ".join(context)}</span>'
    body = highlighted(r.snippet)
    if body:
        line += f'<br><span style="font-size:small">{body}</span>'
    return line


class ResultDelegate(QStyledItemDelegate):
    """Draws a result's HTML (highlighted matches) inside the normal item frame."""

    PAD = 4

    def _doc(self, option: QStyleOptionViewItem, index: Any, *, selected: bool = False) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        text = index.data(HtmlRole) or ""
        if selected:  # grey on the selection colour is hard to read: use the selection's text colour
            text = text.replace(f'style="{MUTED}"', "")
        doc.setHtml(text)
        doc.setTextWidth(max(40, option.rect.width() - 2 * self.PAD))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        if not index.data(HtmlRole):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        doc = self._doc(option, index, selected=selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        if selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.Text))
        painter.save()
        painter.translate(opt.rect.topLeft() + QPoint(self.PAD, self.PAD))
        painter.setClipRect(QRect(0, 0, opt.rect.width() - self.PAD, opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # Qt's name
        if not index.data(HtmlRole):
            return super().sizeHint(option, index)
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2 * self.PAD)


class SearchDialog(QDialog):
    """The Ctrl+K box. `on_open(result)` is called for the result the user chose."""

    #: results for the query now in the box are on screen (tests and benches wait for it)
    results_shown = Signal(str)

    def __init__(self, session: Session, on_open: Callable[[search.SearchResult], None],
                 parent: QWidget | None = None, *, synchronous: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(680, 520)
        self.session = session
        self._on_open = on_open
        self._synchronous = synchronous
        self._generation = 0
        self._open_when_shown = False  # Enter came before the results: open the first
        self.last_results: search.SearchResults | None = None

        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(
            self.tr("Search accounts, people, news, triggers, notes and touches — 物流, series b, 王芳…")
        )
        self.box.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.itemActivated.connect(self._on_activated)
        self.footer = QLabel()
        self.footer.setObjectName("searchFooter")
        self.footer.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.footer)
        self._show_hint()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_search)
        self.box.textChanged.connect(self._on_text_changed)

    # -- searching -----------------------------------------------------------------------
    def _show_hint(self) -> None:
        self.footer.setText(self.tr("Type two or more letters or characters. ↑↓ move · Enter opens · Esc closes"))

    def _on_text_changed(self, _text: str) -> None:
        self._generation += 1  # results of earlier text are stale from now on
        self._open_when_shown = False
        self._timer.start()

    def _start_search(self) -> None:
        query = self.box.text()
        generation = self._generation
        if not query.strip():
            self._open_when_shown = False
            self._fill(None)
            self._show_hint()
            self.results_shown.emit(query)
            return
        if self._synchronous:
            self._on_results(generation, search.search(self.session.db, query,
                                                       limit_per_kind=RESULTS_PER_KIND))  # fmt: skip
            return
        session = self.session

        def work(_progress: Any, _cancel: Any) -> search.SearchResults | None:
            if generation != self._generation:
                return None  # the user typed on before a worker was free: nobody would see it
            db = session.open_worker_db()
            try:
                return search.search(db, query, limit_per_kind=RESULTS_PER_KIND)
            finally:
                db.close()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.footer.setText(self.tr("Search failed: %1").replace("%1", str(exc)))

        session.runner.run(work, lambda found: self._on_results(generation, found), failed)

    def search_now(self, text: str) -> None:
        """Put `text` in the box and search at once (no debounce)."""
        self.box.setText(text)
        self._timer.stop()
        self._start_search()

    def _on_results(self, generation: int, results: search.SearchResults | None) -> None:
        if results is None or generation != self._generation:
            return
        open_now, self._open_when_shown = self._open_when_shown, False
        self._fill(results)
        count = sum(len(g.results) for g in results.groups)
        if results.is_empty:
            self.footer.setText(self.tr("Nothing matches “%1”.").replace("%1", results.query))
        else:
            self.footer.setText(
                self.tr("%1 results in %2 ms · ↑↓ move · Enter opens · Esc closes")
                .replace("%1", str(count)).replace("%2", f"{results.elapsed_ms:.0f}")
            )  # fmt: skip
        self.results_shown.emit(results.query)
        if open_now and self.current_result() is not None:
            self.open_current()

    def _fill(self, results: search.SearchResults | None) -> None:
        self.last_results = results
        self.results.clear()
        if results is None:
            return
        for group in results.groups:
            header = QListWidgetItem(
                self.tr("%1 · %2").replace("%1", kind_label(group.kind)).replace("%2", group.total_text)
            )
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(HeaderRole, True)
            # Not selectable, but not "disabled" grey either: it names the group below it.
            header.setForeground(self.palette().color(QPalette.ColorRole.WindowText))
            header.setBackground(self.palette().color(QPalette.ColorRole.AlternateBase))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.results.addItem(header)
            for r in group.results:
                item = QListWidgetItem()
                item.setData(ResultRole, r)
                item.setData(HtmlRole, result_html(r))
                item.setToolTip(r.account_name)
                self.results.addItem(item)
        self._move(+1, from_row=-1)

    # -- keyboard ------------------------------------------------------------------------
    def result_rows(self) -> list[int]:
        return [i for i in range(self.results.count())
                if self.results.item(i).data(ResultRole) is not None]  # fmt: skip

    def current_result(self) -> search.SearchResult | None:
        item = self.results.currentItem()
        return item.data(ResultRole) if item is not None else None

    def _move(self, step: int, *, from_row: int | None = None) -> None:
        rows = self.result_rows()
        if not rows:
            return
        here = self.results.currentRow() if from_row is None else from_row
        if step > 0:
            target = next((r for r in rows if r > here), rows[-1])
        else:
            target = next((r for r in reversed(rows) if r < here), rows[0])
        self.results.setCurrentRow(target)
        if target == rows[0]:
            self.results.scrollToTop()  # the first group's header stays in view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._move(+1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                for _ in range(5):
                    self._move(+1 if key == Qt.Key.Key_PageDown else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _on_activated(self, item: QListWidgetItem) -> None:
        if item.data(ResultRole) is not None:
            self.results.setCurrentItem(item)
            self.open_current()

    def open_current(self) -> None:
        if self._timer.isActive():  # Enter right after typing: search first, open the best
            self._timer.stop()
            self._open_when_shown = True
            self._start_search()
            return
        result = self.current_result()
        if result is None:
            return
        self.hide()
        self._on_open(result)

    def showEvent(self, event: Any) -> None:  # Qt's name
        super().showEvent(event)
        self.box.setFocus()
        self.box.selectAll()

    def done(self, code: int) -> None:  # Qt's name: Esc and close both come here
        self._generation += 1  # a search still running is of no interest any more
        self.hide()
        self.setResult(code)


# -- opening a result in the main window -----------------------------------------------------


def _tab_index(window: Any, kind: str) -> int:
    wanted = TAB_FOR_KIND.get(kind, "OverviewTab")
    tabs = window.page.tabs
    for i in range(tabs.count()):
        if type(tabs.widget(i)).__name__ == wanted:
            return i
    return 0


def _select_row(view: Any, role: int, row_id: str) -> bool:
    """Make the row whose `role` data is `row_id` current in a list widget or item view."""
    if hasattr(view, "item") and hasattr(view, "count"):
        for i in range(view.count()):
            if view.item(i).data(role) == row_id:
                view.setCurrentRow(i)
                return True
        return False
    model = view.model() if hasattr(view, "model") else None
    if model is None:
        return False
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(role) == row_id:
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return True
    return False


def _select_in_tab(widget: Any, kind: str, row_id: str) -> None:
    """Show the result itself in its tab where the tab lets us (best effort)."""
    if kind == "note" and hasattr(widget, "select_note"):
        widget.select_note(row_id)
    elif kind == "trigger" and hasattr(widget, "timeline"):
        from ui.why_now_tab import TriggerRole

        _select_row(widget.timeline, TriggerRole, row_id)
    elif kind == "item" and hasattr(widget, "table"):
        from ui.models.items import ItemRole

        _select_row(widget.table, ItemRole.ID, row_id)
    elif kind == "contact" and hasattr(widget, "lanes"):
        from ui.people_tab import ContactRole

        for lane in widget.lanes.values():
            if _select_row(lane, ContactRole, row_id):
                lane.setFocus()
                break


def bring_to_front(widget: QWidget) -> None:
    # The offscreen platform (tests, snapshots) has no window stacking and warns if asked.
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
    widget.activateWindow()


def open_in_window(window: Any, result: search.SearchResult) -> None:
    """Select the result's account in the main window and show the tab it lives on."""
    if window.model.row_of(result.account_id) < 0 and window.filter_edit.text():
        window.filter_edit.clear()  # the filter hides this account: show it again
        window.tier_filter.setCurrentIndex(0)
        window.stage_filter.setCurrentIndex(0)
        window.model.set_filter("", [], [])
    window.select_account(result.account_id)
    index = _tab_index(window, result.kind)
    window.page.tabs.setCurrentIndex(index)
    _select_in_tab(window.page.tabs.widget(index), result.kind, result.id)
    bring_to_front(window)


def show_search(window: Any) -> SearchDialog:
    """The window's search dialog (made on first use), shown and focused."""
    dialog: SearchDialog | None = getattr(window, "search_dialog", None)
    if dialog is None:
        dialog = SearchDialog(window.session, lambda r: open_in_window(window, r), window)
        window.search_dialog = dialog
    dialog.show()
    bring_to_front(dialog)
    return dialog
