"""Opening a workspace: one SQLite connection, set up the same way every time.

A workspace is one `.whynow` SQLite file. `connect()` opens it with WAL,
foreign keys and a busy timeout, checks that it is ours (application_id)
and not from a newer WhyNow (user_version), and upgrades an older one in a
single transaction after a backup copy. One connection per thread: callers
on worker threads open their own with `connect()`.

Must not: import Qt, touch the network, or keep a module-level connection.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from sqlite_utils import Database

from storage import errors, migrations, search

#: "WhyN" as a 32-bit big-endian integer: lets `file` and us recognise a workspace.
APPLICATION_ID = 0x5768794E
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def load_migrations() -> list[Migration]:
    """Every `storage/migrations/mNNNN_name.py`, in order. Numbers are append-only."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(migrations.__path__):
        if not (info.name.startswith("m") and info.name[1:5].isdigit()):
            continue
        module: ModuleType = importlib.import_module(f"storage.migrations.{info.name}")
        found.append(Migration(int(info.name[1:5]), info.name[6:], module.migrate))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, got {versions}")
    return found


def latest_version() -> int:
    return len(load_migrations())


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    # The search triggers call cjk_tokens(); every connection that writes needs it.
    search.register_functions(conn)


def connect(path: str | Path, *, create: bool = True, read_only: bool = False) -> Database:
    """Open (and if needed create or upgrade) the workspace at `path`.

    Raises a `storage.errors.StorageError` subclass with a message for the
    user when the file is not a workspace, is newer than us, is damaged,
    locked, read-only or on a full disk.
    """
    path = Path(path)
    spath = str(path)
    if not create and not path.exists():
        raise errors.CannotOpenError("no such file", spath)
    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(spath)
        _configure(conn)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        is_empty = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except sqlite3.Error as exc:
        raise errors.translate(exc, spath) from exc

    if not is_empty and app_id != APPLICATION_ID:
        conn.close()
        raise errors.NotAWorkspaceError("", spath)
    known = load_migrations()
    if version > len(known):
        conn.close()
        raise errors.NewerVersionError(f"file schema {version}, this WhyNow knows up to {len(known)}", spath)
    if not read_only:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as exc:
            conn.close()
            raise errors.translate(exc, spath) from exc
        if version < len(known):
            if version > 0:
                backup_before_upgrade(conn, path, version)
            _migrate(conn, known, version, spath)
    return Database(conn, execute_plugins=False)


def backup_before_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the workspace beside itself before an upgrade changes it."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _migrate(conn: sqlite3.Connection, known: list[Migration], current: int, spath: str) -> None:
    """Apply every pending migration in one transaction; all or nothing."""
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # table rebuilds need it off
        conn.execute("BEGIN IMMEDIATE")
        for migration in known[current:]:
            migration.apply(conn)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"migration {migration.name} broke foreign keys: {problems[:5]}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {len(known)}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.execute("ROLLBACK")
        raise errors.translate(exc, spath) from exc
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


@contextlib.contextmanager
def storage_errors(path: str = "") -> Iterator[None]:
    """Turn environment sqlite3 errors raised inside the block into StorageErrors."""
    try:
        yield
    except sqlite3.Error as exc:
        translated = errors.translate(exc, path)
        if translated is exc:
            raise
        raise translated from exc


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def integrity_problems(db: Database) -> list[str]:
    """`PRAGMA integrity_check` rows other than 'ok' (empty list: healthy)."""
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows
