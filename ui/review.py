"""Account files in the GUI: File ▸ Open account file… and File ▸ Export account file….

Opening a file an SDR or AE sent: app.account_files checks it first (a
damaged, foreign or newer file is refused in words, nothing written), then
the user chooses. *Review* opens the checked private copy read-only in a
window of its own, with a banner saying so; nothing there can change, and
a write that a panel attempts anyway ends in the same plain message, not a
traceback. *Import* shows what would change, table by table, and the
fields where both sides edited the same record (the later edit wins, the
other value goes to the merge log), and merges only when confirmed, after
a backup of the workspace (app.account_files does the backup).

Must not: merge without showing the preview first, let a review window
write anywhere, or keep the private copy after its window closes.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
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
from sqlite_utils import Database

from app import account_files, accounts
from app.account_files import AccountFileError, InspectedFile
from app.errors import UserError
from app.tasks import Cancelled, CancelToken
from storage import db as storage_db
from storage.errors import ReadOnlyError
from storage.packets import MergeReport
from ui.i18n import format_date
from ui.main_window import MainWindow
from ui.session import Session
from ui.workers import TaskRunner

IdRole = Qt.ItemDataRole.UserRole + 1
#: at most one "read-only" message box per this many seconds (a panel may retry in a loop)
MESSAGE_EVERY_S = 3.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def table_label(table: str) -> str:
    """What a merged table holds, in the user's words."""
    return {
        "accounts": tr("Accounts"), "stage_changes": tr("Stage changes"), "contacts": tr("People"),
        "feeds": tr("Feeds"), "items": tr("News items"), "triggers": tr("Triggers"),
        "trigger_sources": tr("Trigger sources"), "notes": tr("Notes"),
        "note_versions": tr("Note history"), "touches": tr("Touches"), "tasks": tr("Tasks"),
        "enrolments": tr("Playbook enrolments"), "research_sessions": tr("Research sessions"),
        "deals": tr("Deals"), "signals": tr("Signals"), "costs": tr("Costs"),
    }.get(table, table)  # fmt: skip


def is_read_only_error(exc: BaseException) -> bool:
    if isinstance(exc, ReadOnlyError):
        return True
    return isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc).lower()


# -- review mode ---------------------------------------------------------------------------


class ReviewSession(Session):
    """A session on a received file's private copy, opened read-only (workers too)."""

    read_only = True

    def __init__(self, inspected: InspectedFile, user: str = "", runner: TaskRunner | None = None) -> None:
        db = storage_db.connect(inspected.copy, create=False, read_only=True)
        super().__init__(inspected.copy, db, user, runner=runner)
        self.inspected = inspected

    def open_worker_db(self) -> Database:
        return storage_db.connect(self.path, create=False, read_only=True)


class ReadOnlyGuard:
    """Turns a write attempted in a review window into a plain message, not a traceback.

    Panels write through the session's connection, which is read-only in
    review mode, so SQLite refuses every write; the error surfaces as an
    uncaught exception in a Qt slot, which Python hands to sys.excepthook.
    While a review window is open, this hook answers those (and only those)
    and passes everything else on unchanged.
    """

    def __init__(self) -> None:
        self.windows: list[ReviewWindow] = []
        self._previous: Callable[..., Any] | None = None
        self._last_message = 0.0

    def add(self, window: ReviewWindow) -> None:
        if sys.excepthook != self.hook:  # (someone may have replaced ours since: chain again)
            self._previous = sys.excepthook
            sys.excepthook = self.hook
        self.windows.append(window)

    def remove(self, window: ReviewWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if not self.windows and sys.excepthook == self.hook:
            sys.excepthook = self._previous or sys.__excepthook__
            self._previous = None

    def hook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if self.windows and is_read_only_error(value):
            active = QApplication.activeWindow()
            window = active if active in self.windows else self.windows[-1]
            now = time.monotonic()
            if now - self._last_message >= MESSAGE_EVERY_S:
                self._last_message = now
                # Not from inside the failing slot: let it unwind first.
                QTimer.singleShot(0, window.refuse_write)
            else:
                window.statusBar().showMessage(window.read_only_text(), 5000)
            return
        (self._previous or sys.__excepthook__)(kind, value, tb)


GUARD = ReadOnlyGuard()


class ReviewWindow(MainWindow):
    """A received account file, read-only, with a banner that says so and a way to import it."""

    def __init__(self, session: ReviewSession, on_import: Callable[[], None] | None = None) -> None:
        super().__init__(session, runner=TaskRunner())
        self.setObjectName("reviewWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_session = session
        self._on_import = on_import
        inspected = session.inspected
        self.setWindowTitle(self.tr("Review — %1 (read-only)").replace("%1", inspected.path.name))
        self.banner = QLabel(self._banner_text(inspected))
        self.banner.setObjectName("reviewBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("color: #664d03;")
        headline = QLabel(self.tr("Review mode — read-only"))
        headline.setObjectName("reviewTitle")
        headline.setStyleSheet("color: #664d03; font-weight: 700; font-size: 11pt;")
        self.banner_title = headline
        self.import_button = QPushButton(self.tr("&Import into my workspace…"))
        self.import_button.setVisible(on_import is not None)
        self.import_button.clicked.connect(self._import_clicked)
        strip = QFrame()
        strip.setObjectName("reviewStrip")
        strip.setStyleSheet("#reviewStrip { background: #fff3cd; border-bottom: 1px solid #e0c56e; }")
        words = QVBoxLayout()
        words.addWidget(headline)
        words.addWidget(self.banner)
        banner_row = QHBoxLayout(strip)
        banner_row.setContentsMargins(10, 6, 10, 6)
        banner_row.addLayout(words, 1)
        banner_row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignVCenter)
        body = self.takeCentralWidget()  # the splitter; taken, so it is not deleted
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(strip)
        if body is not None:
            layout.addWidget(body, 1)
        self.setCentralWidget(container)
        self.workspace_label.setText(str(inspected.path))
        GUARD.add(self)

    def _banner_text(self, inspected: InspectedFile) -> str:
        text = self.tr("This is %1 as it arrived; nothing here can be changed.")
        text = text.replace("%1", inspected.path.name)
        if inspected.exported_by:
            text += " " + self.tr("Exported by %1 on %2.").replace("%1", inspected.exported_by).replace(
                "%2", format_date(inspected.exported_at) or "?"
            )
        return text + " " + self.tr("To work on these accounts, import the file into your workspace.")

    def read_only_text(self) -> str:
        return self.tr("Review mode — read-only: this window shows an account file as it arrived, "
                       "and nothing in it can be changed. To work on it, import it.")  # fmt: skip

    def refuse_write(self) -> None:
        self.statusBar().showMessage(self.read_only_text(), 8000)
        QMessageBox.information(self, self.tr("Review mode — read-only"), self.read_only_text())

    def _import_clicked(self) -> None:
        if self._on_import is None:
            return
        try:
            self._on_import()
        except RuntimeError:  # the window it was opened from has gone (another workspace opened)
            QMessageBox.information(
                self,
                self.tr("Import"),
                self.tr("Open the file again from your workspace's window: File ▸ Open account file…"),
            )
            return
        self.close()

    # Everything that writes says no, before any dialog opens.
    def new_account(self) -> None:
        self.refuse_write()

    def edit_account(self) -> None:
        self.refuse_write()

    def archive_account(self) -> None:
        self.refuse_write()

    def edit_icp(self) -> None:
        self.refuse_write()

    def import_accounts_dialog(self, path: str | None = None) -> None:
        self.refuse_write()

    def import_contacts_dialog(self, path: str | None = None) -> None:
        self.refuse_write()

    def refresh_feeds(self, account_ids: list[str] | None = None) -> None:
        self.refuse_write()

    def manage_feeds(self) -> None:
        self.refuse_write()

    def import_opml(self) -> None:
        self.refuse_write()

    def log_touch(self) -> None:
        self.refuse_write()

    def open_account_file(self, path: str | None = None) -> None:
        self.refuse_write()

    def open_backups(self) -> None:
        self.refuse_write()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        super().closeEvent(event)
        if event.isAccepted():
            GUARD.remove(self)
            self.review_session.close()
            self.review_session.inspected.discard()


def open_review_window(parent: Any, inspected: InspectedFile,
                       on_import: Callable[[], None] | None = None) -> ReviewWindow:  # fmt: skip
    session = ReviewSession(inspected, user=getattr(parent.session, "user", ""))
    window = ReviewWindow(session, on_import)
    reviews: list[ReviewWindow] = getattr(parent, "review_windows", [])
    reviews.append(window)
    parent.review_windows = reviews
    window.destroyed.connect(lambda *_: reviews.remove(window) if window in reviews else None)
    window.show()
    return window


# -- opening a file ------------------------------------------------------------------------


def describe(inspected: InspectedFile) -> str:
    names = ", ".join(inspected.accounts[:8])
    if len(inspected.accounts) > 8:
        names += " " + tr("and %1 more").replace("%1", str(len(inspected.accounts) - 8))
    text = tr("%1 holds %2 account(s): %3.").replace("%1", inspected.path.name).replace(
        "%2", str(len(inspected.accounts))).replace("%3", names or "—")  # fmt: skip
    if inspected.exported_by:
        text += " " + tr("Exported by %1 on %2.").replace("%1", inspected.exported_by).replace(
            "%2", format_date(inspected.exported_at) or "?")  # fmt: skip
    return text


def ask_review_or_import(parent: QWidget, inspected: InspectedFile) -> str | None:
    """ "review", "import" or None (cancelled)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Open account file"))
    box.setText(describe(inspected))
    box.setInformativeText(
        tr("Review: look at it read-only in its own window; your workspace does not change.\n"
           "Import: merge it into your workspace. You see what would change first, and the "
           "workspace is backed up before anything is written.")
    )  # fmt: skip
    review = box.addButton(tr("&Review (read-only)"), QMessageBox.ButtonRole.AcceptRole)
    merge = box.addButton(tr("&Import…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(review)
    box.exec()
    clicked = box.clickedButton()
    return "review" if clicked is review else "import" if clicked is merge else None


def open_account_file(window: Any, path: str | Path | None = None) -> None:
    """File ▸ Open account file…: check it on a worker, then review or import."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, tr("Open account file"), "", tr("WhyNow account files (*.whynow);;All files (*)")
        )
        if not chosen:
            return
        path = chosen
    target = Path(path)

    def work(_progress: Any, cancel: CancelToken) -> InspectedFile | AccountFileError:
        try:
            inspected = account_files.inspect_account_file(target)
        except AccountFileError as exc:
            return exc  # a refusal in words, not a failure: shown with its own title
        if cancel.cancelled:
            inspected.discard()
            raise Cancelled()
        return inspected

    def done(inspected: InspectedFile | AccountFileError) -> None:
        window.statusBar().clearMessage()
        if isinstance(inspected, AccountFileError):
            QMessageBox.warning(window, tr("Cannot open this account file"), str(inspected))
            return
        choice = ask_review_or_import(window, inspected)
        if choice == "review":
            again = lambda: open_account_file(window, target)  # noqa: E731 - the banner's button
            open_review_window(window, inspected, on_import=again)
        elif choice == "import":
            preview_and_import(window, inspected)
        else:
            inspected.discard()

    window._start_task(tr("Checking %1…").replace("%1", target.name), work, done)


# -- importing -----------------------------------------------------------------------------


class MergePreviewDialog(QDialog):
    """What an import would change: per table new / updated / kept, and the conflicts."""

    def __init__(self, inspected: InspectedFile, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import %1").replace("%1", inspected.path.name))
        self.resize(720, 520)
        summary = QLabel(describe(inspected))
        summary.setWordWrap(True)
        totals = QLabel(
            self.tr("%1 new record(s), %2 updated from the file.").replace("%1", str(report.new))
            .replace("%2", str(report.changed))
            if report.new or report.changed
            else self.tr("Nothing new: your workspace already has everything in this file.")
        )  # fmt: skip
        totals.setObjectName("mergeTotals")
        totals.setStyleSheet("font-weight: 600;")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("mergeTables")
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("New"), self.tr("Updated"), self.tr("Kept"), self.tr("Same")]
        )
        tips = ("", self.tr("Records only the file has: added"),
                self.tr("Records both have, edited later in the file: the file's version is taken"),
                self.tr("Records both have, edited later here: yours stay"),
                self.tr("Records that are the same on both sides"))  # fmt: skip
        for col, tip in enumerate(tips):
            header = self.table.horizontalHeaderItem(col)
            if tip and header is not None:
                header.setToolTip(tip)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for t in report.tables:
            if not (t.new or t.incoming_newer or t.local_newer or t.same):
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(table_label(t.table)))
            for col, value in enumerate((t.new, t.incoming_newer, t.local_newer, t.same), start=1):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("mergeConflicts")
        for c in report.conflicts[:500]:
            side = self.tr("theirs") if c["kept_side"] == "incoming" else self.tr("yours")
            text = (self.tr("%1 · %2: keeps %3 “%4”; “%5” goes to the merge log")
                    .replace("%1", table_label(c["table"])).replace("%2", c["field"])
                    .replace("%3", side).replace("%4", _short(c["kept"]))
                    .replace("%5", _short(c["other"])))  # fmt: skip
            self.conflicts.addItem(text)
        self.conflicts.setVisible(bool(report.conflicts))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        conflicts_label = QLabel(
            self.tr("Both sides changed these fields; the later edit wins:")
            if report.conflicts else self.tr("No field was changed on both sides.")
        )  # fmt: skip
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(bool(report.new or report.changed))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Your workspace is backed up before the import (File ▸ Backups…)."))
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(totals)
        layout.addWidget(self.table, 3)
        layout.addWidget(conflicts_label)
        layout.addWidget(self.conflicts, 2)
        layout.addWidget(note)
        layout.addWidget(buttons)


def _short(value: object, limit: int = 60) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def preview_and_import(window: Any, inspected: InspectedFile) -> None:
    """Show what the file would change; merge on confirmation (backed up first)."""
    session = window.session

    def preview(_progress: Any, cancel: CancelToken) -> MergeReport | UserError:
        db = session.open_worker_db()
        try:
            report = account_files.preview_account_file(db, inspected)
        except UserError as exc:
            return exc
        finally:
            db.close()
        if cancel.cancelled:
            inspected.discard()
            raise Cancelled()
        return report

    def merge(_progress: Any, cancel: CancelToken) -> MergeReport | UserError:
        if cancel.cancelled:  # the last moment nothing has been written yet
            inspected.discard()
            raise Cancelled()
        db = session.open_worker_db()
        try:
            return account_files.import_account_file(db, inspected, workspace_path=session.path)
        except UserError as exc:  # refused in words; the merge is all or nothing
            return exc
        finally:
            db.close()

    def refused(exc: UserError) -> None:
        inspected.discard()
        QMessageBox.warning(window, tr("Cannot import this account file"), str(exc))

    def merged(report: MergeReport | UserError) -> None:
        if isinstance(report, UserError):
            refused(report)
            return
        inspected.discard()
        session.accounts_changed.emit()
        if window.page.account_id:
            window.page.reload()
        window.statusBar().showMessage(
            tr("Imported %1: %2 new, %3 updated (your workspace was backed up first)")
            .replace("%1", inspected.path.name).replace("%2", str(report.new))
            .replace("%3", str(report.changed)), 10000,
        )  # fmt: skip

    def previewed(report: MergeReport | UserError) -> None:
        window.statusBar().clearMessage()
        if isinstance(report, UserError):
            refused(report)
            return
        dialog = MergePreviewDialog(inspected, report, window)
        window.merge_preview = dialog  # tests and the walk of the Chinese UI look at it
        if dialog.exec() != QDialog.DialogCode.Accepted:
            inspected.discard()
            window.statusBar().showMessage(tr("Import cancelled — nothing was changed"), 5000)
            return
        window._start_task(tr("Backing up, then importing %1…").replace("%1", inspected.path.name), merge, merged)

    window._start_task(tr("Comparing %1 with your workspace…").replace("%1", inspected.path.name), preview, previewed)


# -- exporting -----------------------------------------------------------------------------


class ChooseAccountsDialog(QDialog):
    """Tick the accounts that go into the file (the selected one is ticked already)."""

    def __init__(self, rows: list[dict[str, Any]], checked: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export account file"))
        self.resize(460, 520)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or domain"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("exportAccounts")
        for row in rows:
            item = QListWidgetItem(f"{row['name']}" + (f"  ({row['domain']})" if row.get("domain") else ""))
            item.setData(IdRole, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row["id"] in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._on_filter)
        self.list.itemChanged.connect(lambda _: self._update())
        explain = QLabel(
            self.tr("The file holds each account with its people, news, triggers, outreach and notes. "
                    "The AE can review it read-only or import it, and send it back to merge.")
        )  # fmt: skip
        explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._update()

    def _on_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen_ids(self) -> list[str]:
        return [self.list.item(i).data(IdRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def _update(self) -> None:
        n = len(self.chosen_ids())
        self.export_button.setEnabled(n > 0)
        self.export_button.setText(self.tr("&Export %n account(s)…", "", n))


def export_account_file(window: Any, account_ids: list[str] | None = None, path: str | Path | None = None) -> None:
    """File ▸ Export account file…: choose accounts, a file, then write it on a worker."""
    session = window.session
    if account_ids is None:
        selected = {window.page.account_id} if window.page.account_id else set()
        dialog = ChooseAccountsDialog(accounts.list_rows(session.db), selected, window)
        if not dialog.exec():
            return
        account_ids = dialog.chosen_ids()
    if not account_ids:
        return
    if path is None:
        names = [accounts.get_account(session.db, i).name for i in account_ids]
        chosen, _ = QFileDialog.getSaveFileName(
            window, tr("Export account file"), account_files.default_file_name(names),
            tr("WhyNow account files (*.whynow)"),
        )  # fmt: skip
        if not chosen:
            return
        path = chosen
    target = Path(path)
    ids = list(account_ids)

    def work(_progress: Any, cancel: CancelToken) -> dict[str, int]:
        cancel.raise_if_cancelled()
        db = session.open_worker_db()
        try:
            return account_files.export_account_file(db, ids, target, exported_by=session.user)
        finally:
            db.close()

    def done(counts: dict[str, int]) -> None:
        written = target if target.suffix == ".whynow" else target.with_name(target.name + ".whynow")
        window.statusBar().showMessage(
            tr("Wrote %1 account(s), %2 records, to %3").replace("%1", str(len(ids)))
            .replace("%2", str(sum(counts.values()))).replace("%3", str(written)), 10000,
        )  # fmt: skip

    window._start_task(tr("Writing the account file…"), work, done)
