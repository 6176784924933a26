"""Keeping the workspace safe in the GUI: File ▸ Backups…, the start-up check, scheduled backups.

The Backups dialog lists the rolling backups beside the workspace (newest
first, why each was taken), backs up now, and restores one after a
confirmation that says what happens to the current file (it is backed up
first, so a restore can itself be undone). After a restore the window
opens the workspace again, so every panel shows the restored data.

When a workspace opens, app.backups' integrity check runs: if the file
cannot be opened at all, before the window exists; otherwise on a worker
after the window shows (a full check of a large file takes seconds). A
problem is shown in words with the way out: restore the newest healthy
backup, rebuild the search index, or open another workspace.

While a window is open a timer asks for a "scheduled" backup every half
hour; app.backups only takes one when the newest is older than its
interval and the workspace changed since. Failures go to the status bar,
never to a dialog in the middle of work.

Must not: copy or check files itself (app.backups does), or restore
without the user's confirmation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import backups, search
from app.errors import UserError
from storage.backups import BackupFile, backups_dir
from storage.errors import StorageError
from ui.i18n import format_date
from ui.session import Session

PathRole = Qt.ItemDataRole.UserRole + 1
#: how often the window asks whether a scheduled backup is due (app.backups decides)
SCHEDULE_CHECK_MS = 30 * 60 * 1000
#: the first ask comes a while after opening, not during start-up work
FIRST_CHECK_MS = 2 * 60 * 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def reason_label(reason: str) -> str:
    return {
        "scheduled": tr("Scheduled"), "manual": tr("By hand"), "before-import": tr("Before an import"),
        "before-merge": tr("Before merging an account file"), "before-restore": tr("Before a restore"),
    }.get(reason, reason)  # fmt: skip


def taken_text(backup: BackupFile) -> str:
    local = backup.taken_at.astimezone()
    return f"{format_date(local.date().isoformat())} {local:%H:%M}"


def size_text(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"  # pragma: no cover


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes or no (tests replace this)."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


class BackupsDialog(QDialog):
    """List, back up now, restore. `reopen(path)` opens the workspace again after a restore."""

    def __init__(self, session: Session, reopen: Callable[[Path], None] | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self._reopen = reopen
        self.restored = False
        self.setWindowTitle(self.tr("Backups of %1").replace("%1", session.path.name))
        self.resize(720, 440)
        intro = QLabel(
            self.tr("Backups are kept beside the workspace, in %1. The newest 10 stay, and the "
                    "newest of each of the last 7 days. WhyNow backs up on a schedule and before "
                    "imports, merges and restores.").replace("%1", str(backups_dir(session.path)))
        )  # fmt: skip
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("File")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.restore_selected())
        self.empty = QLabel(self.tr("No backups yet. “Back up now” makes the first."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(
            self.tr("Put the selected backup in place of the workspace (the current file is backed up first)")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        folder_button = QPushButton(self.tr("Show &folder"))
        folder_button.clicked.connect(self._show_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for b in (self.backup_button, self.restore_button, folder_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select: Path | None = None) -> None:
        found = backups.list_backups(self.session.path)
        self.table.setRowCount(0)
        for b in found:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (taken_text(b), reason_label(b.reason), size_text(b.size), b.name)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PathRole, str(b.path))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            if select is not None and b.path == select:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not found)
        self.table.setVisible(bool(found))
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        value = item.data(PathRole) if item is not None else None
        return Path(value) if value else None

    def _update_buttons(self, busy: bool = False) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected_backup() is not None)

    def _show_folder(self) -> None:
        folder = backups_dir(self.session.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        text = exc.explain() if isinstance(exc, StorageError) else str(exc)
        self.status.setText(text)
        if not isinstance(exc, (UserError, StorageError)):
            QMessageBox.critical(self, self.tr("Something went wrong"), text)

    def back_up_now(self) -> None:
        path = self.session.path
        self._update_buttons(busy=True)
        self.status.setText(self.tr("Backing up…"))

        def done(made: BackupFile) -> None:
            self.status.setText(self.tr("Backed up to %1 (%2).").replace("%1", made.name)
                                .replace("%2", size_text(made.size)))  # fmt: skip
            self.reload(select=made.path)

        self.session.runner.run(lambda _p, _c: backups.backup_now(path, "manual"), done, self._failed)

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            return
        parsed = next((b for b in backups.list_backups(self.session.path) if b.path == chosen), None)
        when = taken_text(parsed) if parsed else chosen.name
        if self.session.runner.active:
            self.status.setText(self.tr("Wait for the running task to finish, then restore."))
            return
        question = (
            self.tr("Restore the workspace to the backup from %1?\n\nEverything changed since then "
                    "is replaced. Your workspace as it is now is backed up first (“Before a restore”), "
                    "so you can go back to it the same way.").replace("%1", when)
        )  # fmt: skip
        if not confirm(self, self.tr("Restore backup"), question):
            return
        path = self.session.path
        self._update_buttons(busy=True)
        self.status.setText(self.tr("Restoring…"))

        def done(result: backups.RestoreResult) -> None:
            self.restored = True
            self.status.setText(self.tr("Restored the backup from %1.").replace("%1", when))
            self.accept()
            if self._reopen is not None:
                self._reopen(path)

        self.session.runner.run(lambda _p, _c: backups.restore_backup(path, chosen), done, self._failed)


def open_backups_dialog(window: Any) -> BackupsDialog:
    """File ▸ Backups…; a restore reopens the workspace through the window's own callback."""
    reopen = getattr(window, "_switch_workspace", None)
    dialog = BackupsDialog(window.session, reopen, window)
    window.backups_dialog = dialog
    dialog.open()
    return dialog


# -- scheduled backups -----------------------------------------------------------------------


class BackupSchedule(QObject):
    """Asks app.backups for a scheduled backup now and then, on the window's workers."""

    def __init__(self, session: Session, status: Callable[[str, int], None], parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        self._status = status
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(SCHEDULE_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def stop(self) -> None:
        self.timer.stop()
        self._running = True  # and the first check does nothing either

    def check(self) -> None:
        if self._running:
            return
        self._running = True
        path = self.session.path

        def done(made: BackupFile | None) -> None:
            self._running = False
            if made is not None:
                self._status(tr("Backed up the workspace (%1)").replace("%1", made.name), 5000)

        def failed(exc: BaseException) -> None:
            self._running = False
            text = exc.explain() if isinstance(exc, StorageError) else str(exc)
            self._status(tr("The scheduled backup failed: %1").replace("%1", text), 15000)

        self.session.runner.run(lambda _p, _c: backups.backup_if_due(path), done, failed)


def start_backup_schedule(window: Any) -> BackupSchedule | None:
    """Scheduled backups for a window's workspace (none for a read-only review window)."""
    if getattr(window.session, "read_only", False):
        return None
    return BackupSchedule(window.session, lambda text, ms: window.statusBar().showMessage(text, ms), window)


# -- the check when a workspace opens --------------------------------------------------------


@dataclass(slots=True)
class HealthReport:
    problems: list[backups.Problem]
    newest_backup: BackupFile | None  # the newest healthy one
    search_gaps: dict[str, int]

    @property
    def damaged(self) -> bool:
        """A problem beyond a stale search index (which a rebuild cures without a restore)."""
        return len(self.problems) > (1 if self.search_gaps else 0)


def check_health(path: Path, db: Any | None = None) -> HealthReport:
    """The integrity check plus what the way out needs (runs on a worker)."""
    problems = backups.check_integrity(path)
    newest = backups.newest_healthy_backup(path) if problems else None
    gaps = search.index_gaps(db) if db is not None and problems else {}
    return HealthReport(problems, newest, gaps)


class ProblemDialog(QDialog):
    """A workspace problem in words, with the ways out as buttons."""

    RESTORE, REBUILD, OTHER, KEEP = range(4)

    def __init__(self, path: Path, headline: str, report: HealthReport, *, can_keep: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.choice = self.KEEP if can_keep else self.OTHER
        self.setWindowTitle(self.tr("Problem with the workspace"))
        self.setObjectName("workspaceProblem")
        self.resize(620, 320)
        lines = [f"<p><b>{_esc(headline)}</b></p>"]
        for p in report.problems:
            lines.append(f"<p>{_esc(p.problem)}<br><span style='color:gray'>{_esc(p.way_out)}</span></p>")
        text = QLabel("".join(lines))
        text.setObjectName("problemText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if report.newest_backup is not None and report.damaged:
            self.restore_button = buttons.addButton(
                self.tr("&Restore the backup from %1").replace("%1", taken_text(report.newest_backup)),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.clicked.connect(lambda: self._choose(self.RESTORE))
        self.rebuild_button: QPushButton | None = None
        if report.search_gaps:
            self.rebuild_button = buttons.addButton(
                self.tr("Re&build the search index"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.rebuild_button.clicked.connect(lambda: self._choose(self.REBUILD))
        other = buttons.addButton(self.tr("&Open another workspace…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(lambda: self._choose(self.OTHER))
        if can_keep:
            keep = buttons.addButton(self.tr("&Keep working"), QDialogButtonBox.ButtonRole.RejectRole)
            keep.clicked.connect(lambda: self._choose(self.KEEP))
        else:
            quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
            quit_button.clicked.connect(lambda: self._choose(self.KEEP))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(str(path)))
        layout.addWidget(text, 1)
        layout.addWidget(buttons)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        if choice == self.KEEP:
            self.reject()
        else:
            self.accept()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ask_way_out(dialog: ProblemDialog) -> int:
    """Show the dialog and return the chosen way out (tests replace this)."""
    dialog.exec()
    return dialog.choice


def choose_other_workspace(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Open workspace"), "", tr("WhyNow workspaces (*.whynow);;All files (*)")
    )
    return Path(path) if path else None


def recover_unopenable(path: Path, error: StorageError, parent: QWidget | None = None) -> Path | None:
    """The workspace could not be opened: explain, and return what to open instead (or None).

    Restoring the newest healthy backup returns `path` itself (now restored).
    """
    report = check_health(path)
    if not report.problems:
        report.problems.append(backups.Problem(error.message(), error.advice() or error.explain()))
    dialog = ProblemDialog(path, error.message(), report, can_keep=False, parent=parent)
    choice = ask_way_out(dialog)
    if choice == ProblemDialog.RESTORE and report.newest_backup is not None:
        try:
            backups.restore_backup(path, report.newest_backup.path)
        except UserError as exc:
            QMessageBox.critical(parent, tr("Cannot restore"), str(exc))
            return None
        return path
    if choice == ProblemDialog.OTHER:
        return choose_other_workspace(parent)
    return None


def check_after_open(window: Any, reopen: Callable[[Path], Any]) -> None:
    """Run the integrity check on the window's workers; on a problem, offer the way out."""
    session = window.session
    path = session.path

    def work(_progress: Any, _cancel: Any) -> HealthReport:
        db = session.open_worker_db()
        try:
            return check_health(path, db)
        finally:
            db.close()

    def done(report: HealthReport) -> None:
        if not report.problems:
            return
        headline = tr("WhyNow checked %1 and found a problem.").replace("%1", path.name)
        dialog = ProblemDialog(path, headline, report, can_keep=True, parent=window)
        window.problem_dialog = dialog
        choice = ask_way_out(dialog)
        if choice == ProblemDialog.RESTORE and report.newest_backup is not None:
            newest = report.newest_backup

            def restored(_result: Any) -> None:
                reopen(path)

            window.session.runner.run(lambda _p, _c: backups.restore_backup(path, newest.path), restored,
                                      window.show_error)  # fmt: skip
        elif choice == ProblemDialog.REBUILD:

            def rebuild(_p: Any, _c: Any) -> int:
                db = session.open_worker_db()
                try:
                    return search.rebuild_index(db)
                finally:
                    db.close()

            window.session.runner.run(
                rebuild, lambda n: window.statusBar().showMessage(
                    tr("Search index rebuilt: %1 rows").replace("%1", str(n)), 6000),
                window.show_error,
            )  # fmt: skip
        elif choice == ProblemDialog.OTHER:
            other = choose_other_workspace(window)
            if other is not None:
                reopen(other)

    def failed(exc: BaseException) -> None:
        window.statusBar().showMessage(tr("The workspace check could not run: %1").replace("%1", str(exc)), 10000)

    window.session.runner.run(work, done, failed)
