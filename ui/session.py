"""The open workspace as the GUI sees it: path, the GUI thread's connection,
the user's name, and signals when something changes.

Passed to every panel through its constructor (no global registry). Worker
tasks never use `db` (one connection per thread): they call `open_worker_db()`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlite_utils import Database

from app import workspace
from ui.workers import TaskRunner


class Session(QObject):
    #: an account's fields, stage or children changed (account id)
    account_changed = Signal(str)
    #: accounts were added, archived or imported: lists must reload
    accounts_changed = Signal()
    #: a status-bar message (text, timeout ms)
    status_message = Signal(str, int)
    #: someone asks for a feed refresh of these account ids (empty list: all)
    refresh_requested = Signal(list)
    #: feeds or items changed (a refresh finished, a feed was added or removed)
    feeds_changed = Signal()

    def __init__(
        self,
        path: Path,
        db: Database,
        user: str = "",
        parent: QObject | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.db = db
        self.user = user
        #: runs long use-cases off the GUI thread; the main window sets its own
        self.runner = runner or TaskRunner(self)
        #: the window's undo stack (set by the main window); panels push commands here
        self.undo_stack: QUndoStack | None = None

    @classmethod
    def open(cls, path: Path, user: str = "") -> Session:
        return cls(path, workspace.open_workspace(path), user)

    def open_worker_db(self) -> Database:
        """A fresh connection for the calling (worker) thread; close it when done."""
        return workspace.open_workspace(self.path)

    def close(self) -> None:
        self.db.close()
