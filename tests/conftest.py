"""Test set-up shared by every test.

Qt must run offscreen (no display in CI): set before anything imports Qt.
Widget tests (those using `qtbot`) are marked `gui` automatically so that
`pytest -m "not gui"` runs the headless suite alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test touch the real per-user workspace or settings.
os.environ.pop("WHYNOW_WORKSPACE", None)
# The CLI speaks the locale's language; tests read English unless they ask otherwise.
os.environ["LANGUAGE"] = "en"

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "test.whynow"


@pytest.fixture
def db(workspace_path: Path):  # type: ignore[no-untyped-def]
    from storage.db import connect

    database = connect(workspace_path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Per-user folders (default workspace, settings) point into a temp dir."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("HOME", str(home))
    # QSettings reads XDG_CONFIG_HOME once per process and caches it: point it at
    # this test's folder by hand, or window state and preferences leak between tests.
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        for fmt in (qtcore.QSettings.Format.NativeFormat, qtcore.QSettings.Format.IniFormat):
            qtcore.QSettings.setPath(fmt, qtcore.QSettings.Scope.UserScope, str(home / "config"))
