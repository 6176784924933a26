"""Backup copies of a workspace file, and a health check of any workspace file.

Copies are made with SQLite's online backup API (`Connection.backup`), which
reads one consistent snapshot even while another connection is writing,
unlike a file copy of a WAL database. They live in a folder beside the
workspace, `<name>.backups/`, named `<stem>-<UTC time>-<reason>.whynow`, so
the folder sorts by time and a person can tell them apart without WhyNow.
A copy is written to a `.part` file first and renamed into place, so a
crash never leaves a half-written file under a backup's name.

Must not: decide when to back up or how many to keep beyond the pure
`choose_to_keep` rule (that is `app/backups.py`), import Qt, or touch the network.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage.db import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".whynow"
TIME_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<time>\d{8}T\d{6}Z)-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<n>\d+))?\.whynow$")


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backups_dir(workspace: Path) -> Path:
    """`<name>.backups/` beside the workspace file."""
    return workspace.with_name(workspace.name + ".backups")


def backup_path(workspace: Path, when: datetime, reason: str) -> Path:
    """A free file name for a backup taken at `when` for `reason`."""
    folder = backups_dir(workspace)
    stem = workspace.name.removesuffix(SUFFIX) or "workspace"
    base = f"{stem}-{when.astimezone(UTC).strftime(TIME_FORMAT)}-{reason}"
    candidate = folder / f"{base}{SUFFIX}"
    n = 2
    while candidate.exists():  # two backups in one second: number the later one
        candidate = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return candidate


def parse_backup(path: Path) -> BackupFile | None:
    """The backup a file name describes, or None if the name is not one of ours."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match["time"], TIME_FORMAT).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, taken, match["reason"], size)


def list_backups(workspace: Path) -> list[BackupFile]:
    """The workspace's backups, newest first."""
    folder = backups_dir(workspace)
    if not folder.is_dir():
        return []
    found = [b for b in (parse_backup(p) for p in folder.iterdir() if p.is_file()) if b]
    return sorted(found, key=lambda b: (b.taken_at, b.name), reverse=True)


def choose_to_keep(
    backups: Iterable[BackupFile], now: datetime, *, keep_last: int = 10, keep_days: int = 7
) -> set[Path]:
    """The backups a rotation keeps: the newest `keep_last`, plus the newest of each of
    the last `keep_days` days (UTC), so a mistake noticed days later can still be undone."""
    ordered = sorted(backups, key=lambda b: (b.taken_at, b.name), reverse=True)
    keep = {b.path for b in ordered[:keep_last]}
    today = now.astimezone(UTC).date()
    days = {today - timedelta(days=i) for i in range(keep_days)}
    seen: set[object] = set()
    for b in ordered:
        day = b.taken_at.date()
        if day in days and day not in seen:
            seen.add(day)
            keep.add(b.path)
    return keep


@contextlib.contextmanager
def _closing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield conn
    finally:
        conn.close()


def open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a self-contained copy of `source` to `target` (replaced atomically)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    try:
        with _closing(sqlite3.connect(str(part))) as dest:
            source.backup(dest)
            # A backup of a WAL workspace is in WAL mode too; one file with no -wal beside it
            # is what people copy, mail and restore.
            dest.execute("PRAGMA journal_mode = DELETE")
        with open(part, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def backup_into(source: sqlite3.Connection, target: Path) -> None:
    """Overwrite the database at `target` with `source` in one write transaction.

    Other connections to `target` see either the old or the new content,
    never a mix; a crash part-way leaves the old content (journal/WAL).
    """
    with _closing(sqlite3.connect(str(target), timeout=10)) as dest:
        source.backup(dest)


@dataclass(slots=True)
class FileHealth:
    """What a look at a workspace file found; `problems` empty means healthy."""

    path: Path
    exists: bool = False
    is_sqlite: bool = False
    application_id: int | None = None
    user_version: int | None = None
    integrity: list[str] = field(default_factory=list)  # integrity_check lines other than "ok"
    foreign_key_problems: int = 0
    error: str = ""  # what SQLite said when the file could not be read

    @property
    def is_workspace(self) -> bool:
        return self.is_sqlite and self.application_id == APPLICATION_ID

    @property
    def healthy(self) -> bool:
        return self.is_workspace and not self.integrity and not self.error


def inspect_file(path: Path, *, quick: bool = False) -> FileHealth:
    """Open `path` read-only and run SQLite's own checks on it. Never changes the file."""
    health = FileHealth(path)
    try:
        with open(path, "rb") as handle:
            health.exists = True
            health.is_sqlite = handle.read(16) == SQLITE_MAGIC
    except FileNotFoundError:
        return health
    except OSError as exc:
        health.exists = path.exists()
        health.error = exc.strerror or str(exc)
        return health
    if not health.is_sqlite:
        return health
    try:
        with _closing(open_read_only(path)) as conn:
            health.application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            health.user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            check = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {check}").fetchall()]
            health.integrity = [] if rows == ["ok"] else rows
            if not health.integrity:
                health.foreign_key_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.DatabaseError as exc:
        health.error = str(exc)
    return health
