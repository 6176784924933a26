"""Backup files: names, the rotation rule, consistent copies during writes, health checks."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from storage import backups
from storage.backups import BackupFile
from storage.db import connect

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _fake(folder: Path, when: datetime, reason: str = "scheduled") -> BackupFile:
    return BackupFile(folder / f"w-{when:%Y%m%dT%H%M%SZ}-{reason}.whynow", when, reason, 1)


def test_names_say_when_and_why_and_never_collide(tmp_path: Path) -> None:
    workspace = tmp_path / "sales.whynow"
    first = backups.backup_path(workspace, NOW, "before-import")
    assert first == tmp_path / "sales.whynow.backups" / "sales-20260310T120000Z-before-import.whynow"
    first.parent.mkdir()
    first.write_bytes(b"x")
    second = backups.backup_path(workspace, NOW, "before-import")
    assert second.name == "sales-20260310T120000Z-before-import-2.whynow"
    second.write_bytes(b"xy")
    info = backups.parse_backup(second)
    assert info is not None and (info.reason, info.taken_at, info.size) == ("before-import", NOW, 2)
    assert backups.parse_backup(tmp_path / "notes.txt") is None


def test_rotation_keeps_the_newest_ten_and_one_a_day_for_a_week(tmp_path: Path) -> None:
    hourly = [_fake(tmp_path, NOW - timedelta(hours=h)) for h in range(12)]  # today, 12 of them
    daily = [_fake(tmp_path, NOW - timedelta(days=d, hours=1)) for d in range(1, 10)]
    keep = backups.choose_to_keep([*hourly, *daily], NOW, keep_last=10, keep_days=7)
    assert {b.path for b in hourly[:10]} <= keep
    assert hourly[10].path not in keep and hourly[11].path not in keep
    kept_days = sorted({b.taken_at.date() for b in daily if b.path in keep})
    assert kept_days == [(NOW - timedelta(days=d)).date() for d in range(6, 0, -1)]
    assert daily[7].path not in keep  # eight days old


def _workspace(path: Path) -> Database:
    db = connect(path)
    with db.atomic():
        db.execute("INSERT INTO settings VALUES ('k', '\"before\"', 'now')")
    return db


def test_a_copy_taken_during_a_write_has_only_committed_rows(tmp_path: Path) -> None:
    path = tmp_path / "w.whynow"
    db = _workspace(path)
    db.conn.execute("BEGIN")
    db.execute("UPDATE settings SET value = '\"during\"' WHERE key = 'k'")  # not committed
    source = backups.open_read_only(path)
    target = tmp_path / "copy.whynow"
    backups.copy_database(source, target)
    source.close()
    db.conn.rollback()
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT value FROM settings").fetchone()[0] == '"before"'
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert not Path(f"{target}-wal").exists()
    assert not target.with_name(target.name + ".part").exists()


def test_health_of_a_good_a_foreign_a_damaged_and_a_missing_file(tmp_path: Path) -> None:
    good = tmp_path / "good.whynow"
    _workspace(good).close()
    assert backups.inspect_file(good).healthy

    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    health = backups.inspect_file(foreign)
    assert health.is_sqlite and not health.is_workspace and not health.healthy

    text = tmp_path / "notes.whynow"
    text.write_text("not a database" * 100)
    assert not backups.inspect_file(text).is_sqlite

    damaged = tmp_path / "damaged.whynow"
    damaged.write_bytes(_damaged_copy(good))
    health = backups.inspect_file(damaged)
    assert not health.healthy and (health.integrity or health.error)

    assert not backups.inspect_file(tmp_path / "missing.whynow").exists


def _damaged_copy(path: Path) -> bytes:
    """The workspace with a table's pages overwritten: SQLite's own check finds it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'accounts'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\x0d" + b"\xff" * (size - 1)
    return bytes(data)
