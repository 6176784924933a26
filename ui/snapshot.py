"""Render windows offscreen to PNG: README screenshots and UI review.

Used by `whynow snapshot OUTDIR`. Runs the real widgets on the offscreen
platform, selects an account and grabs each view, the dashboard, the
preferences and the tour. Settings come from a throwaway folder, so the
pictures do not depend on (or change) how the user left their windows;
`language` and `theme` choose what they show.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import workspace


def render_snapshots(
    workspace_path: Path | None,
    outdir: Path,
    *,
    account: str | None = None,
    size: tuple[int, int] = (1280, 800),
    language: str | None = None,
    theme: str | None = None,
) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app import accounts
    from ui.application import make_application
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.workers import TaskRunner

    settings_dir = tempfile.TemporaryDirectory(prefix="whynow-snapshot-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir.name)
    app = make_application(language=language, theme_choice=theme)
    path = workspace_path or workspace.resolve_path(None)
    session = Session.open(path)
    # Synchronous: the dashboard's figures are there when it is grabbed.
    window = MainWindow(session, runner=TaskRunner(synchronous=True))
    window.resize(*size)
    window.show()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def grab(widget: object, name: str) -> None:
        QApplication.processEvents()
        target = outdir / f"{name}.png"
        widget.grab().save(str(target))  # type: ignore[attr-defined]
        written.append(target)

    chosen = accounts.find_account(session.db, account) if account else None
    if chosen is None and window.model.rowCount():
        chosen_id = window.model.account_id(0)
    else:
        chosen_id = chosen.id if chosen else None
    if chosen_id:
        window.select_account(chosen_id)
    grab(window, "main-window")
    if chosen_id:
        for index in range(window.page.tabs.count()):
            window.page.tabs.setCurrentIndex(index)
            name = window.page.tabs.tabText(index).replace("&", "").lower().replace(" ", "-")
            if not name.isascii():  # a translated title: name the file after the widget instead
                name = type(window.page.tabs.widget(index)).__name__.removesuffix("Tab").lower()
            grab(window, f"account-{index}-{name}")
    try:
        from ui.dashboard import DashboardWindow
    except ImportError:  # a build without the dashboard
        DashboardWindow = None  # type: ignore[assignment,misc]
    if DashboardWindow is not None:
        dashboard = DashboardWindow(session)
        dashboard.resize(*size)
        dashboard.show()
        grab(dashboard, "dashboard")
        dashboard.close()
        dashboard.deleteLater()
    from ui.dialogs.preferences_dialog import PreferencesDialog
    from ui.preferences import Preferences
    from ui.tour import TourDialog

    actions = {"edit_icp": window.edit_icp}
    preferences = PreferencesDialog(Preferences(), session.db, actions, window)
    preferences.show()
    grab(preferences, "preferences")
    preferences.close()
    tour = TourDialog(window)
    tour.show()
    grab(tour, "tour")
    tour.close()
    window.close()
    session.close()
    window.deleteLater()
    app.processEvents()
    settings_dir.cleanup()
    return written
