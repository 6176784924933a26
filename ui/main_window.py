"""The main window: account list on the left, the account page on the right.

Menus and shortcuts: Ctrl+N new account, Ctrl+F filter, Ctrl+O open
workspace, Ctrl+Z undo (archive), Del archive, F2/Ctrl+E edit, Ctrl+L log a
touch, Ctrl+Shift+R research timer, Ctrl+Shift+T the Today queue.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import accounts, backups, demo, feeds, import_accounts, outreach, triggers
from app.errors import UserError
from app.tasks import CancelToken, Progress
from research.types import Stage
from storage import errors as storage_errors
from storage.errors import StorageError
from ui.account_page import AccountPage
from ui.dialogs.account_dialog import AccountDialog
from ui.dialogs.backups_dialog import open_backups_dialog, start_backup_schedule
from ui.dialogs.icp_dialog import IcpDialog
from ui.dialogs.import_dialog import ImportPreviewDialog
from ui.dialogs.preferences_dialog import apply_preferences, open_preferences
from ui.dialogs.quick_log_dialog import open_quick_log
from ui.models.accounts import AccountColumn, AccountRole, AccountTableModel, stage_label
from ui.outreach_tab import OutreachTab, ResearchTimerStatus
from ui.preferences import REFRESH_WORKERS, Preferences
from ui.session import Session
from ui.state import restore_state, save_state
from ui.tabs import install_tabs
from ui.tour import start_tour
from ui.workers import TaskHandle, TaskRunner

RECENT_KEY = "workspace/recent"
MAX_RECENT = 8


class ArchiveCommand(QUndoCommand):
    def __init__(self, window: MainWindow, account_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Archive %1").replace("%1", name))
        self._window = window
        self._id = account_id

    def redo(self) -> None:
        accounts.archive_account(self._window.session.db, self._id)
        self._window.session.accounts_changed.emit()

    def undo(self) -> None:
        accounts.unarchive_account(self._window.session.db, self._id)
        self._window.session.accounts_changed.emit()
        self._window.select_account(self._id)


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: Session,
        *,
        runner: TaskRunner | None = None,
        open_workspace: Callable[[Path], object] | None = None,
        refresh_on_open: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.runner = runner or TaskRunner(self)
        session.runner = self.runner
        self._open_workspace_cb = open_workspace
        self.undo_stack = QUndoStack(self)
        session.undo_stack = self.undo_stack
        self._task: TaskHandle | None = None
        self.setWindowTitle(self.tr("WhyNow — %1").replace("%1", session.path.name))
        self.resize(1280, 800)

        self.model = AccountTableModel(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter accounts (Ctrl+F): name, domain, industry, country…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tier_filter = QComboBox()
        self.tier_filter.addItem(self.tr("All tiers"), 0)
        for t in (1, 2, 3):
            self.tier_filter.addItem(self.tr("Tier %n", "", t), t)
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("All stages"), "")
        for s in Stage:
            self.stage_filter.addItem(stage_label(s.value), s.value)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.tier_filter.currentIndexChanged.connect(self._apply_filter)
        self.stage_filter.currentIndexChanged.connect(self._apply_filter)

        self.table = QTableView()
        self.table.setObjectName("accountTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AccountColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The name keeps a readable width; the other columns scroll when the pane is narrow.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(AccountColumn.NAME, 170)
        for col, width in (
            (AccountColumn.TIER, 52),
            (AccountColumn.STAGE, 92),
            (AccountColumn.ICP, 54),
            (AccountColumn.WHY_NOW, 66),
            (AccountColumn.LATEST_TRIGGER, 120),
            (AccountColumn.OWNER, 90),
            (AccountColumn.LAST_ACTIVITY, 88),
            (AccountColumn.COUNTRY, 100),
        ):
            self.table.setColumnWidth(col, width)  # fmt: skip
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(lambda _: self.edit_account())
        self.model.modelReset.connect(self._restore_selection)

        self.empty_list = QLabel()
        self.empty_list.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_list.setWordWrap(True)
        self.empty_list.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        filters = QHBoxLayout()
        filters.addWidget(self.tier_filter)
        filters.addWidget(self.stage_filter)
        left_layout.addWidget(self.filter_edit)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_list, 1)

        self.page = AccountPage(session)
        self.page.edit_requested.connect(self.edit_account)
        install_tabs(self.page, session)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([640, 640])
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self.research_timer = ResearchTimerStatus(session, self.statusBar(), self)
        self._build_menus()
        session.accounts_changed.connect(self.reload_accounts)
        session.account_changed.connect(self._on_account_changed)
        session.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        session.refresh_requested.connect(self.refresh_feeds)
        self._selected_id: str | None = None
        self.reload_accounts()
        if refresh_on_open:
            # Feeds older than the refresh interval are fetched once the window is up.
            QTimer.singleShot(1500, self._refresh_if_stale)
        restore_state(self)  # geometry, splitters, column widths and sort order as last left
        apply_preferences(self)
        # Rolling backups while the window is open (app.backups decides whether one is due).
        self.backup_schedule = start_backup_schedule(self)

    # -- building --------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel()
        self.workspace_label = QLabel()
        self.offline_label = QLabel(self.tr("Offline — showing stored items"))
        self.offline_label.setStyleSheet("color: #842029; background: #f8d7da; padding: 0 6px;")
        self.offline_label.setToolTip(self.tr("No feed could be reached. Everything stored stays readable."))
        self.offline_label.hide()
        bar.addPermanentWidget(self.offline_label)
        self.demo_label = QLabel(self.tr("DEMO WORKSPACE — fictional accounts"))
        self.demo_label.setStyleSheet("color: #664d03; background: #fff3cd; padding: 0 6px;")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._on_cancel_task)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.demo_label)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.workspace_label)
        self.workspace_label.setText(str(self.session.path))
        self.demo_label.setVisible(demo.is_demo_workspace(self.session.db))

    def _action(self, menu: Any, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:  # fmt: skip
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New workspace…"), self.new_workspace, None,
                     self.tr("Create an empty workspace file"))  # fmt: skip
        self._action(file_menu, self.tr("&Open workspace…"), self.open_workspace_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import accounts (CSV)…"), self.import_accounts_dialog, "Ctrl+I")
        self._action(
            file_menu, self.tr("Import &contacts (CSV or vCard)…"), self.import_contacts_dialog, "Ctrl+Shift+I"
        )
        self._action(file_menu, self.tr("&Export accounts (CSV)…"), self.export_accounts_dialog, "Ctrl+Shift+E")
        self._action(file_menu, self.tr("Export due &tasks to calendar (ICS)…"), self.export_tasks_calendar, None,
                     self.tr("Every open outreach task as an all-day event, for Outlook, Google or Apple Calendar"))  # fmt: skip
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Open account &file…"), self.open_account_file, "Ctrl+Shift+O",
                     self.tr("Review or import accounts an SDR or AE sent you"))  # fmt: skip
        self._action(file_menu, self.tr("Export account fi&le…"), self.export_account_file, None,
                     self.tr("Accounts with people, news, outreach and notes, in one file for the AE"))  # fmt: skip
        self._action(file_menu, self.tr("&Backups…"), self.open_backups, None,
                     self.tr("The workspace's rolling backups: back up now, or restore one"))  # fmt: skip
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Filter accounts"), self.focus_filter, QKeySequence.StandardKey.Find)
        self._action(edit_menu, self.tr("&Search everything…"), self.open_search, "Ctrl+K",
                     self.tr("Accounts, people, news, triggers, notes and touches, as you type"))  # fmt: skip
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Preferences…"), lambda: open_preferences(self), "Ctrl+,").setMenuRole(
            QAction.MenuRole.PreferencesRole)  # fmt: skip

        account_menu = bar.addMenu(self.tr("&Account"))
        self._action(account_menu, self.tr("&New account…"), self.new_account, QKeySequence.StandardKey.New)
        self.edit_action = self._action(account_menu, self.tr("&Edit account…"), self.edit_account, "Ctrl+E")
        self.archive_action = self._action(account_menu, self.tr("&Archive account"), self.archive_account,
                                           QKeySequence.StandardKey.Delete)  # fmt: skip
        self.archive_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.archive_action)
        account_menu.addSeparator()
        self._action(account_menu, self.tr("&Log a touch…"), self.log_touch, "Ctrl+L",
                     self.tr("Record an e-mail, call, reply or meeting with someone at this account"))  # fmt: skip
        self.research_action = self._action(account_menu, self.tr("Start &research timer"),
                                            lambda: self.research_timer.toggle(self._selected_id), "Ctrl+Shift+R")  # fmt: skip
        self.research_timer.bind_action(self.research_action)

        feeds_menu = bar.addMenu(self.tr("Fee&ds"))
        self.refresh_action = self._action(feeds_menu, self.tr("&Refresh all feeds"), self.refresh_feeds,
                                           QKeySequence.StandardKey.Refresh,
                                           self.tr("Fetch new items from every account's feeds"))  # fmt: skip
        self._action(feeds_menu, self.tr("Refresh this &account's feeds"),
                     lambda: self.refresh_feeds([self._selected_id] if self._selected_id else []), "Shift+F5")  # fmt: skip
        self._action(feeds_menu, self.tr("&Manage this account's feeds…"), self.manage_feeds)
        feeds_menu.addSeparator()
        self._action(feeds_menu, self.tr("&Import OPML…"), self.import_opml)
        self._action(feeds_menu, self.tr("&Export OPML…"), self.export_opml)

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("Triggers &inbox"), self.open_inbox, "Ctrl+T",
                     self.tr("Trigger events new since you last looked, across accounts"))  # fmt: skip
        self._action(view_menu, self.tr("&Today queue"), self.open_today, "Ctrl+Shift+T",
                     self.tr("Due and overdue outreach tasks across accounts, worked from the keyboard"))  # fmt: skip
        self._action(view_menu, self.tr("ABM &dashboard"), self.open_dashboard, "Ctrl+D",
                     self.tr("Funnel KPIs, coverage, triggers over time and the quota planner"))  # fmt: skip

        workspace_menu = bar.addMenu(self.tr("&Workspace"))
        self._action(workspace_menu, self.tr("&Ideal customer profile…"), self.edit_icp)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Take the &tour"), lambda: start_tour(self))
        self._action(help_menu, self.tr("&About WhyNow"), self.about)

    # -- accounts list ---------------------------------------------------------------
    def reload_accounts(self) -> None:
        rows = accounts.list_rows(self.session.db)
        self.model.set_rows(rows)
        self._update_counts()

    def _apply_filter(self) -> None:
        tier = self.tier_filter.currentData()
        stage = self.stage_filter.currentData()
        self.model.set_filter(self.filter_edit.text(), [tier] if tier else [], [stage] if stage else [])
        self._update_counts()

    def _update_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(
            self.tr("%1 accounts").replace("%1", str(total)) if shown == total
            else self.tr("%1 of %2 accounts").replace("%1", str(shown)).replace("%2", str(total))
        )  # fmt: skip
        if total == 0:
            self.empty_list.setText(
                self.tr("No accounts yet.\nPress Ctrl+N to add one, or File ▸ Import accounts (CSV).")
            )
        elif shown == 0:
            self.empty_list.setText(
                self.tr("No account matches the filter.\nClear it with Esc or pick “All tiers / All stages”.")
            )
        self.empty_list.setVisible(shown == 0)
        self.table.setVisible(shown > 0)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filter_edit.hasFocus():
            self.filter_edit.clear()
            self.table.setFocus()
            return
        super().keyPressEvent(event)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account_id = current.data(AccountRole.ID) if current.isValid() else None
        if account_id == self._selected_id and account_id is not None:
            return
        self._selected_id = account_id
        self.page.set_account(account_id)
        self.research_timer.set_account(account_id)
        self.edit_action.setEnabled(account_id is not None)
        self.archive_action.setEnabled(account_id is not None)

    def _restore_selection(self) -> None:
        if self._selected_id is None:
            return
        row = self.model.row_of(self._selected_id)
        if row < 0:
            self._selected_id = None
            self.page.set_account(None)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_account(self, account_id: str) -> None:
        self._selected_id = account_id
        self._restore_selection()
        self.page.set_account(account_id)
        self.research_timer.set_account(account_id)

    def _on_account_changed(self, account_id: str) -> None:
        self.reload_accounts()
        if account_id == self.page.account_id:
            self.page.reload()

    # -- account actions -------------------------------------------------------------
    def new_account(self) -> None:
        dialog = AccountDialog(self.session.db, None, self.session.user, self)
        if dialog.exec() and dialog.result_account:
            self.session.accounts_changed.emit()
            self.select_account(dialog.result_account.id)
            self.statusBar().showMessage(self.tr("Added %1").replace("%1", dialog.result_account.name), 4000)

    def edit_account(self) -> None:
        if not self._selected_id:
            return
        account = accounts.get_account(self.session.db, self._selected_id)
        dialog = AccountDialog(self.session.db, account, self.session.user, self)
        if dialog.exec():
            self.session.account_changed.emit(account.id)

    def archive_account(self) -> None:
        if not self._selected_id:
            return
        account = accounts.get_account(self.session.db, self._selected_id)
        self.undo_stack.push(ArchiveCommand(self, account.id, account.name))
        self.statusBar().showMessage(self.tr("Archived %1 — Ctrl+Z brings it back").replace("%1", account.name), 6000)

    def edit_icp(self) -> None:
        dialog = IcpDialog(accounts.icp_profile(self.session.db), self)
        if dialog.exec():
            n = accounts.set_icp_profile(self.session.db, dialog.profile())
            self.session.accounts_changed.emit()
            if self._selected_id:
                self.page.reload()
            self.statusBar().showMessage(self.tr("Re-scored %1 accounts").replace("%1", str(n)), 4000)

    # -- import / export ---------------------------------------------------------------
    def import_accounts_dialog(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import accounts"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
            )
        if not path:
            return
        file = Path(path)

        def make_preview(db: Any) -> import_accounts.AccountsPreview:
            return import_accounts.preview_accounts_import(db, import_accounts.read_file(file))

        self._run_preview(self.tr("Reading %1…").replace("%1", file.name), make_preview,
                          lambda preview: self._confirm_accounts_import(preview, file))  # fmt: skip

    def _run_preview(self, label: str, make_preview: Callable[[Any], Any], show: Callable[[Any], None]) -> None:
        """Read and check an import file on a worker (a big CSV takes seconds), then show the preview."""
        session = self.session

        def work(progress: Callable[[Progress], None], cancel: CancelToken) -> Any:
            db = session.open_worker_db()
            try:
                return make_preview(db)
            finally:
                db.close()

        self._start_task(label, work, show)

    def _confirm_accounts_import(self, preview: import_accounts.AccountsPreview, file: Path) -> None:
        dialog = ImportPreviewDialog(preview, file.name, self)
        if not dialog.exec():
            return
        policy = dialog.on_duplicate
        session = self.session

        def work(progress: Callable[[Progress], None], cancel: CancelToken) -> import_accounts.ImportResult:
            db = session.open_worker_db()
            try:
                backups.backup_now(session.path, "before-import")  # an import is a risky operation
                return import_accounts.apply_accounts_import(
                    db, preview, on_duplicate=policy, user=session.user,  # type: ignore[arg-type]
                    progress=progress, cancel=cancel,
                )  # fmt: skip
            finally:
                db.close()

        self._start_task(self.tr("Importing accounts…"), work, self._on_import_done)

    def _on_import_done(self, result: import_accounts.ImportResult) -> None:
        self.session.accounts_changed.emit()
        self.statusBar().showMessage(
            self.tr("Imported %1 new, updated %2, skipped %3, %4 rows with errors")
            .replace("%1", str(result.created)).replace("%2", str(result.updated))
            .replace("%3", str(result.skipped)).replace("%4", str(result.errors)),
            8000,
        )  # fmt: skip

    def import_contacts_dialog(self, path: str | None = None) -> None:
        from app import import_contacts

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import contacts"), "", self.tr("Contacts (*.csv *.vcf *.txt);;All files (*)")
            )
        if not path:
            return
        file = Path(path)

        def make_preview(db: Any) -> Any:
            data = import_accounts.read_file(file)
            if file.suffix.lower() == ".vcf" or data.lstrip()[:11].upper() == b"BEGIN:VCARD":
                return import_contacts.preview_vcard_import(db, data)
            return import_contacts.preview_contacts_import(db, data)

        self._run_preview(self.tr("Reading %1…").replace("%1", file.name), make_preview,
                          lambda preview: self._confirm_contacts_import(preview, file))  # fmt: skip

    def _confirm_contacts_import(self, preview: Any, file: Path) -> None:
        from app import import_contacts
        from ui.dialogs.contacts_import_dialog import ContactsImportDialog

        dialog = ContactsImportDialog(preview, file.name, self)
        if not dialog.exec():
            return
        create, policy, session = dialog.create_accounts.isChecked(), dialog.on_duplicate, self.session

        def work(progress: Callable[[Progress], None], cancel: CancelToken) -> Any:
            db = session.open_worker_db()
            try:
                backups.backup_now(session.path, "before-import")  # an import is a risky operation
                return import_contacts.apply_contacts_import(
                    db, preview, create_accounts=create, on_duplicate=policy,  # type: ignore[arg-type]
                    user=session.user, progress=progress, cancel=cancel,
                )  # fmt: skip
            finally:
                db.close()

        def done(result: Any) -> None:
            self.session.accounts_changed.emit()
            if self.page.account_id:
                self.page.reload()
            self.statusBar().showMessage(
                self.tr("Contacts: %1 new, %2 updated, %3 skipped, %4 errors, %5 accounts created")
                .replace("%1", str(result.created)).replace("%2", str(result.updated))
                .replace("%3", str(result.skipped)).replace("%4", str(result.errors))
                .replace("%5", str(result.accounts_created)), 8000,
            )  # fmt: skip

        self._start_task(self.tr("Importing contacts…"), work, done)

    def export_accounts_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export accounts"), "accounts.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            Path(path).write_bytes(import_accounts.export_accounts_csv(self.session.db))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot export"),
                self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", exc.strerror or ""),
            )
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 5000)

    # -- feeds ---------------------------------------------------------------------------
    def refresh_feeds(self, account_ids: list[str] | None = None) -> None:
        """Refresh every feed (or those of `account_ids`) on a worker; progress and Cancel in the status bar."""
        if self._task is not None:
            self.statusBar().showMessage(self.tr("Busy with another task; try again when it finishes."), 4000)
            return
        session = self.session
        ids = list(account_ids) if account_ids else None
        workers = Preferences().get(REFRESH_WORKERS)

        def work(progress: Callable[[Progress], None], cancel: CancelToken) -> Any:
            db = session.open_worker_db()
            try:
                return feeds.refresh(db, account_ids=ids, progress=progress, cancel=cancel, workers=workers)
            finally:
                db.close()

        self._start_task(self.tr("Refreshing feeds…"), work, self._on_refresh_done)

    def rescore_why_now(self) -> None:
        """Re-score every account's why-now on a worker (the trigger weights changed)."""
        if self._task is not None:  # one task at a time: try again when it is done
            QTimer.singleShot(1000, self.rescore_why_now)
            return
        session = self.session

        def work(_progress: Callable[[Progress], None], _cancel: CancelToken) -> None:
            db = session.open_worker_db()
            try:
                triggers.recompute_scores(db)
            finally:
                db.close()

        def done(_result: None) -> None:
            session.accounts_changed.emit()
            if self.page.account_id:
                self.page.reload()
            self.statusBar().showMessage(self.tr("Why-now scores updated with the new trigger weights."), 5000)

        self._start_task(self.tr("Re-scoring accounts with the new trigger weights…"), work, done)

    def _on_refresh_done(self, summary: Any) -> None:
        self.session.feeds_changed.emit()
        self.reload_accounts()
        network = {"network_error", "timeout"}
        offline = (
            summary.feeds > 0 and summary.failed == summary.feeds and all(o.status in network for o in summary.outcomes)
        )
        self.offline_label.setVisible(offline)
        if summary.feeds == 0:
            text = self.tr("No feeds to refresh yet: open an account's News tab and click “Feeds…”.")
        else:
            text = (self.tr("Refreshed %1 feeds: %2 new items, %3 failed")
                    .replace("%1", str(summary.feeds)).replace("%2", str(summary.new_items))
                    .replace("%3", str(summary.failed)))  # fmt: skip
            if summary.cancelled:
                text += " " + self.tr("(cancelled; finished feeds were kept)")
        self.statusBar().showMessage(text, 8000)

    def open_inbox(self) -> None:
        from ui.inbox import TriggerInbox

        def open_account(account_id: str) -> None:
            self.select_account(account_id)
            self.page.tabs.setCurrentIndex(1)  # Why now
            self.raise_()

        if getattr(self, "inbox", None) is None:
            self.inbox = TriggerInbox(self.session, open_account, self)
        else:
            self.inbox.reload()
        self.inbox.show()
        self.inbox.raise_()

    def open_today(self) -> None:
        from ui.today_view import TodayView

        if getattr(self, "today", None) is None:
            self.today = TodayView(self.session, self.open_account_outreach, self)
        else:
            self.today.reload()
        self.today.show()
        self.today.raise_()
        self.today.activateWindow()
        self.today.table.setFocus()

    def open_account_outreach(self, account_id: str) -> None:
        """Show an account's Outreach tab (from the Today queue)."""
        self.select_account(account_id)
        tab = self.page.findChild(OutreachTab)
        if tab is not None:
            self.page.tabs.setCurrentWidget(tab)
        self.raise_()
        self.activateWindow()

    def log_touch(self) -> None:
        if not self._selected_id:
            self.statusBar().showMessage(self.tr("Select an account first."), 4000)
            return
        tab = self.page.findChild(OutreachTab)
        contact_id = tab.selected_contact_id() if tab is not None and tab.account_id == self._selected_id else None
        open_quick_log(self.session, self._selected_id, self, contact_id)

    def export_tasks_calendar(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export due tasks to calendar"), "whynow-tasks.ics",
                                              self.tr("iCalendar files (*.ics)"))  # fmt: skip
        if not path:
            return
        session = self.session

        def work(_progress: Callable[[Progress], None], _cancel: CancelToken) -> int:
            db = session.open_worker_db()
            try:
                return outreach.export_ics(db, path)
            finally:
                db.close()

        def done(count: int) -> None:
            self.statusBar().showMessage(
                self.tr("Exported %1 tasks to %2").replace("%1", str(count)).replace("%2", path), 6000
            )

        self._start_task(self.tr("Exporting tasks to the calendar file…"), work, done)

    def open_dashboard(self) -> None:
        from ui.dashboard import DashboardWindow

        if getattr(self, "dashboard", None) is None:
            self.dashboard = DashboardWindow(self.session, self)
            self.dashboard.setWindowFlag(Qt.WindowType.Window)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()

    def stale_feed_accounts(self) -> bool:
        """True when a real (non-demo) feed was never fetched or not within the refresh interval."""
        from datetime import UTC, datetime, timedelta

        from ui.preferences import REFRESH_MINUTES

        minutes = Preferences().get(REFRESH_MINUTES) or 60
        cutoff = (datetime.now(UTC) - timedelta(minutes=minutes)).isoformat()
        row = self.session.db.execute(
            "SELECT 1 FROM feeds WHERE added_how != 'demo' "
            "AND (last_fetched_at IS NULL OR last_fetched_at < ?) LIMIT 1",
            [cutoff],
        ).fetchone()
        return row is not None

    def _refresh_if_stale(self) -> None:
        if self._task is None and self.stale_feed_accounts():
            self.refresh_feeds()

    def manage_feeds(self) -> None:
        if not self._selected_id:
            self.statusBar().showMessage(self.tr("Select an account first."), 4000)
            return
        from ui.dialogs.feed_manager import FeedManagerDialog

        FeedManagerDialog(self.session, self._selected_id, self).exec()
        self.session.feeds_changed.emit()

    def import_opml(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import OPML"), "", self.tr("OPML files (*.opml *.xml);;All files (*)")
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            result = feeds.import_opml(self.session.db, data, default_account_id=self._selected_id)
        except (OSError, UserError) as exc:
            QMessageBox.warning(self, self.tr("Cannot import OPML"), str(exc))
            return
        self.session.feeds_changed.emit()
        message = self.tr("Added %1 feeds.").replace("%1", str(result["added"]))
        if result["skipped"]:
            message += (
                "\n\n"
                + self.tr("Skipped:")
                + "\n"
                + "\n".join(f"{s['url']}: {s['reason']}" for s in result["skipped"][:20])
            )
        QMessageBox.information(self, self.tr("OPML import"), message)

    def export_opml(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export OPML"), "whynow-feeds.opml", self.tr("OPML files (*.opml)")
        )
        if path:
            try:
                Path(path).write_bytes(feeds.export_opml(self.session.db))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Cannot export"), str(exc))
                return
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 5000)

    # -- long tasks ----------------------------------------------------------------------
    def _start_task(self, label: str, work: Any, on_done: Callable[[Any], None]) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(label)
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(label)

        finished = False

        def finish() -> None:
            nonlocal finished
            finished = True
            self.progress.hide()
            self.cancel_button.hide()
            self._task = None

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            self.show_error(exc)

        def cancelled() -> None:
            finish()
            self.statusBar().showMessage(self.tr("Cancelled — nothing was changed"), 5000)

        def progressed(p: Progress) -> None:
            if p.total:
                self.progress.setRange(0, p.total)
                self.progress.setValue(p.done)

        handle = self.runner.run(work, done, failed, progressed, cancelled)
        # A synchronous runner (tests) has finished before run() returns: nothing is running then.
        self._task = None if finished else handle

    def _on_cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, sqlite3.Error):
            exc = storage_errors.translate(exc, str(self.session.path))
        if isinstance(exc, StorageError):
            QMessageBox.critical(self, self.tr("Workspace problem"), exc.explain())
        elif isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Cannot do that"), str(exc))
        else:
            detail = getattr(exc, "__traceback_text__", repr(exc))
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                              self.tr("WhyNow hit an unexpected error. Your workspace is unchanged."), parent=self)  # fmt: skip
            box.setDetailedText(detail)
            box.exec()

    # -- workspaces ------------------------------------------------------------------
    def _recent(self) -> list[str]:
        value: Any = QSettings().value(RECENT_KEY, [])  # what the backend kept: a lone path may come back as a str
        items = [value] if isinstance(value, str) else list(value or [])
        return [p for p in items if p]

    def remember_workspace(self, path: Path) -> None:
        items = [str(path)] + [p for p in self._recent() if p != str(path)]
        QSettings().setValue(RECENT_KEY, items[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        items = self._recent()
        if not items:
            action = self.recent_menu.addAction(self.tr("No recent workspaces"))
            action.setEnabled(False)
        for item in items:
            action = self.recent_menu.addAction(item)
            action.triggered.connect(lambda _=False, p=item: self._switch_workspace(Path(p)))

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), "accounts.whynow", self.tr("WhyNow workspaces (*.whynow)")
        )
        if path:
            target = Path(path if path.endswith(".whynow") else path + ".whynow")
            if target.exists():
                QMessageBox.warning(
                    self,
                    self.tr("Cannot create"),
                    self.tr("%1 already exists. Open it instead, or choose another name.").replace("%1", str(target)),
                )
                return
            self._switch_workspace(target)

    def open_workspace_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), "", self.tr("WhyNow workspaces (*.whynow);;All files (*)")
        )
        if path:
            self._switch_workspace(Path(path))

    def _switch_workspace(self, path: Path) -> None:
        if self._open_workspace_cb is not None:
            self._open_workspace_cb(path)

    # -- search, account files, backups ---------------------------------------------
    def open_search(self) -> None:
        from ui.search_dialog import show_search

        show_search(self)

    def open_account_file(self, path: str | None = None) -> None:
        from ui.review import open_account_file

        open_account_file(self, path)

    def export_account_file(self) -> None:
        from ui.review import export_account_file

        export_account_file(self)

    def open_backups(self) -> None:
        open_backups_dialog(self)

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About WhyNow"),
            self.tr("<b>WhyNow</b><br>A local-first research desk for account-based sales development.<br>"
                    "Your workspace stays on this computer."),
        )  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        save_state(self)
        self.runner.cancel_all()
        self.runner.wait(5000)
        super().closeEvent(event)
