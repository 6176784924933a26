"""Starting the desktop app: QApplication, translations, the workspace, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app import workspace
from storage.errors import StorageError
from ui import i18n, theme, tour
from ui import preferences as prefs
from ui.dialogs.backups_dialog import check_after_open, recover_unopenable
from ui.main_window import MainWindow
from ui.session import Session

APP_NAME = "WhyNow"


def make_application(argv: list[str] | None = None, *, language: str | None = None,
                     theme_choice: str | None = None) -> QApplication:  # fmt: skip
    """The QApplication with our names, the user's language and theme (or those given)."""
    # Nothing in this program (nor pytest-qt) makes a bare QCoreApplication, so an existing one is a QApplication.
    app = cast(QApplication | None, QApplication.instance())
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    settings = prefs.Preferences()
    i18n.apply_language(app, language or settings.get(prefs.LANGUAGE))
    theme.follow_theme(app, theme_choice or settings.get(prefs.THEME))
    return app


def install_translators(app: QApplication, locale: QLocale) -> None:
    """Qt's own strings (standard buttons) and ours, for the given locale."""
    i18n.install_translators(app, locale)


class WindowManager:
    """Keeps the one main window; opening another workspace replaces it."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def open(self, path: Path) -> bool:
        try:
            session = Session.open(path, user=prefs.Preferences().get(prefs.USER_NAME))
        except StorageError as exc:
            # Damaged, not a workspace, newer, locked: the problem in words and the way out
            # (restore the newest healthy backup, or open another workspace).
            instead = recover_unopenable(path, exc, self.window)
            return self.open(instead) if instead is not None else False
        old = self.window
        self.window = MainWindow(session, open_workspace=self.open, refresh_on_open=True)
        self.window.remember_workspace(path)
        self.window.show()
        check_after_open(self.window, self.open)  # the full integrity check, on a worker
        tour.maybe_start_tour(self.window)
        if old is not None:
            old.close()
            old.session.close()
            old.deleteLater()
        return True

    def shut_down(self) -> None:
        if self.window is not None:
            self.window.runner.cancel_all()
            self.window.runner.wait(10000)
            self.window.session.close()
            self.window.deleteLater()
            QApplication.processEvents()
            self.window = None


def run_gui(workspace_arg: str | None = None) -> int:
    app = make_application()
    manager = WindowManager()
    if workspace_arg is None and not os.environ.get("WHYNOW_WORKSPACE"):
        workspace_arg = prefs.Preferences().get(prefs.WORKSPACE_PATH) or None
    if not manager.open(workspace.resolve_path(workspace_arg)):
        return 3
    code = app.exec()
    manager.shut_down()
    app.shutdown()  # tear Qt down before Python's finaliser does it in a random order
    return code
