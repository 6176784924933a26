"""Where the workspace lives and how it is opened (or created with the demo).

The default workspace is `workspace.whynow` in the per-user data folder
(platformdirs); `$WHYNOW_WORKSPACE` or `--workspace PATH` choose another.
The first time the default is opened it is filled with the demo accounts,
so a newcomer sees a working desk instead of an empty table.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from app import accounts, demo
from research.i18n import translate
from storage import db as storage_db
from storage.errors import StorageError

WORKSPACE_SUFFIX = ".whynow"


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("WhyNow", appauthor=False)) / f"workspace{WORKSPACE_SUFFIX}"


def resolve_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("WHYNOW_WORKSPACE")
    if env:
        return Path(env).expanduser()
    return default_path()


def open_workspace(path: Path, *, demo_if_new: bool | None = None) -> Database:
    """Open the workspace at `path`, creating it if needed.

    A new file at the default location gets the demo accounts; elsewhere a new
    file starts empty unless `demo_if_new` says otherwise.
    """
    is_new = not path.exists() or path.stat().st_size == 0
    database = storage_db.connect(path)
    if is_new:
        wanted = demo_if_new if demo_if_new is not None else path == default_path()
        if wanted:
            demo.load_demo(database)
    else:
        # Read-only or busy: the old English reasons still show, nothing is lost.
        with contextlib.suppress(StorageError, sqlite3.Error):
            accounts.rescore_old_reasons(database)
    return database


def create_workspace(path: Path, *, with_demo: bool = False) -> Database:
    if path.exists() and path.stat().st_size > 0:
        from app.errors import ValidationError

        raise ValidationError(
            translate("UserError", "{path} already exists; open it instead, or choose another name.", path=path)
        )
    return open_workspace(path, demo_if_new=with_demo)
