"""Opening workspaces: set-up, refusals, upgrades with a backup, errors in words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage import db as storage_db
from storage import errors
from storage.db import APPLICATION_ID, Migration, connect, load_migrations


def test_new_workspace_is_set_up(workspace_path: Path) -> None:
    database = connect(workspace_path)
    pragma = lambda name: database.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("user_version") == len(load_migrations())
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000
    assert "accounts" in database.table_names()


def test_a_plain_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes(x)")
    conn.commit()
    conn.close()
    with pytest.raises(errors.NotAWorkspaceError) as info:
        connect(other)
    assert "not a WhyNow workspace" in info.value.explain()
    # and it was not touched
    assert sqlite3.connect(other).execute("PRAGMA user_version").fetchone()[0] == 0


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "notes.whynow"
    junk.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(errors.NotAWorkspaceError):
        connect(junk)


def test_a_workspace_from_a_newer_version_is_refused_untouched(workspace_path: Path) -> None:
    connect(workspace_path).close()
    conn = sqlite3.connect(workspace_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = workspace_path.read_bytes()
    with pytest.raises(errors.NewerVersionError) as info:
        connect(workspace_path)
    assert "newer version" in info.value.explain()
    assert workspace_path.read_bytes() == before


def _fake_migrations(monkeypatch: pytest.MonkeyPatch, extra: Migration) -> None:
    real = load_migrations()
    monkeypatch.setattr(storage_db, "load_migrations", lambda: [*real, extra])


def test_upgrade_makes_a_backup_then_migrates(workspace_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = connect(workspace_path)
    version = storage_db.schema_version(database)
    database.execute("INSERT INTO settings VALUES ('k', '1', 'now')")
    database.conn.commit()
    database.close()

    def add_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE accounts ADD COLUMN extra TEXT")

    _fake_migrations(monkeypatch, Migration(version + 1, "extra", add_column))
    upgraded = connect(workspace_path)
    assert storage_db.schema_version(upgraded) == version + 1
    assert "extra" in upgraded.table("accounts").columns_dict
    backup = workspace_path.with_name(f"{workspace_path.name}.v{version}.bak")
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    assert old.execute("SELECT value FROM settings WHERE key='k'").fetchone()[0] == "1"


def test_a_failing_upgrade_changes_nothing(workspace_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = connect(workspace_path)
    version = storage_db.schema_version(database)
    database.close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done(x)")
        conn.execute("THIS IS NOT SQL")

    _fake_migrations(monkeypatch, Migration(version + 1, "broken", broken))
    with pytest.raises(sqlite3.OperationalError):
        connect(workspace_path)
    monkeypatch.undo()
    again = connect(workspace_path)
    assert storage_db.schema_version(again) == version
    assert "half_done" not in again.table_names()


def test_writing_a_read_only_workspace_is_explained(workspace_path: Path) -> None:
    connect(workspace_path).close()
    database = connect(workspace_path, read_only=True)
    with pytest.raises(errors.ReadOnlyError) as info, storage_db.storage_errors(str(workspace_path)):
        database.execute("INSERT INTO settings VALUES ('a', '1', 'x')")
    assert "read-only" in info.value.explain()


def test_damaged_file_is_explained(workspace_path: Path) -> None:
    database = connect(workspace_path)
    database.executescript("PRAGMA journal_mode=DELETE;")
    database.close()
    data = bytearray(workspace_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page's b-tree
    workspace_path.write_bytes(bytes(data))
    with pytest.raises(errors.StorageError) as info:
        d = connect(workspace_path)
        d.execute("SELECT * FROM accounts").fetchall()
    assert isinstance(info.value, (errors.DamagedError, errors.NotAWorkspaceError))


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database or disk is full", errors.DiskFullError),
        ("attempt to write a readonly database", errors.ReadOnlyError),
        ("database is locked", errors.LockedError),
        ("database disk image is malformed", errors.DamagedError),
        ("file is not a database", errors.NotAWorkspaceError),
    ],
)
def test_sqlite_errors_become_explainable(message: str, expected: type[Exception]) -> None:
    translated = errors.translate(sqlite3.OperationalError(message), "/w.whynow")
    assert isinstance(translated, expected)
    assert "/w.whynow" in translated.explain()  # type: ignore[attr-defined]


def test_bugs_stay_bugs() -> None:
    exc = sqlite3.OperationalError("no such column: nmae")
    assert errors.translate(exc) is exc
