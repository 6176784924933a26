"""Render windows offscreen to PNG: README screenshots and UI review.

Used by `whynow snapshot OUTDIR`. Runs the real widgets on the offscreen
platform, selects an account and grabs each view.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import workspace


def render_snapshots(workspace_path: Path | None, outdir: Path, *, account: str | None = None,
                     size: tuple[int, int] = (1280, 800)) -> list[Path]:  # fmt: skip
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app import accounts
    from ui.application import make_application
    from ui.main_window import MainWindow
    from ui.session import Session

    app = make_application()
    path = workspace_path or workspace.resolve_path(None)
    session = Session.open(path)
    window = MainWindow(session)
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
            grab(window, f"account-{index}-{name}")
    window.close()
    session.close()
    window.deleteLater()
    app.processEvents()
    return written
