"""Keeping the workspace safe: rolling backups, restore, and a health check in words.

`backup_now` copies the workspace (SQLite's online backup API: safe while
the GUI or a refresh is writing) into `<name>.backups/` and rotates: the
newest 10 stay, plus the newest of each of the last 7 days. The GUI calls
`backup_if_due` on open and on a timer ("scheduled"); imports and merges
call `backup_now(path, "before-import" | "before-merge")` first.

`restore_backup` refuses a backup that is damaged, not a workspace, or from
a newer WhyNow, backs up the current file ("before-restore") and only then
puts the backup in place. `check_integrity` says what is wrong with a
workspace and the way out.

Must not: import Qt, or ask the user anything (the caller decides; the CLI
prints what was done).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.errors import UserError, ValidationError
from research.i18n import translate
from storage import backups as store
from storage import db as storage_db
from storage import errors as storage_errors
from storage import search as search_store
from storage.backups import BackupFile, FileHealth

REASONS = ("scheduled", "manual", "before-import", "before-merge", "before-restore")
KEEP_LAST = 10
KEEP_DAYS = 7
SCHEDULE_EVERY = timedelta(hours=4)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a workspace, in words, and what to do about it."""

    problem: str
    way_out: str


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the workspace as it was before the restore
    safety_copy_is_raw: bool  # True: the old file was damaged, so it was copied byte for byte


def _check_reason(reason: str) -> str:
    if reason not in REASONS:
        raise ValidationError(
            translate(
                "UserError",
                "Unknown backup reason “{reason}”. Use one of: {items}.",
                reason=reason,
                items=", ".join(REASONS),
            )
        )
    return reason


def _health_words(health: FileHealth) -> str:
    """Why a file cannot be used, in words ('' if it can)."""
    if not health.exists:
        return translate("UserError", "there is no such file")
    if health.error and not health.is_sqlite:
        return translate("UserError", "it cannot be read ({error})", error=health.error)
    if not health.is_sqlite:
        return translate("UserError", "it is not a WhyNow workspace (not an SQLite file)")
    if health.error:
        return translate("UserError", "it is damaged (SQLite said: {error})", error=health.error)
    if not health.is_workspace:
        return translate("UserError", "it is an SQLite file, but not a WhyNow workspace")
    if health.integrity:
        first = health.integrity[0]
        return translate(
            "UserError",
            "it is damaged ({count} problem(s); SQLite said: {first})",
            count=len(health.integrity),
            first=first,
        )
    if (health.user_version or 0) > storage_db.latest_version():
        return translate("UserError", "it was written by a newer version of WhyNow")
    return ""


def _only_too_new(health: FileHealth) -> bool:
    """A sound workspace whose one problem is that a newer WhyNow wrote it."""
    return (
        health.exists
        and health.is_sqlite
        and not health.error
        and health.is_workspace
        and not health.integrity
        and (health.user_version or 0) > storage_db.latest_version()
    )


def backup_now(
    path: Path, reason: str = "manual", *, keep_last: int = KEEP_LAST, keep_days: int = KEEP_DAYS,
    now: datetime | None = None,
) -> BackupFile:  # fmt: skip
    """Copy the workspace into its backups folder, then rotate; returns the new backup."""
    _check_reason(reason)
    path = Path(path)
    if not path.exists():
        raise UserError(translate("UserError", "There is no workspace at {path} to back up.", path=path))
    taken = now or datetime.now(UTC)
    target = store.backup_path(path, taken, reason)
    try:
        source = store.open_read_only(path)
        try:
            app_id = source.execute("PRAGMA application_id").fetchone()[0]
            if app_id != storage_db.APPLICATION_ID:
                raise UserError(
                    translate("UserError", "{path} is not a WhyNow workspace; nothing was backed up.", path=path)
                )
            store.copy_database(source, target)
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise storage_errors.translate(exc, str(path)) from exc
    except OSError as exc:
        raise UserError(
            translate(
                "UserError", "Cannot write the backup {target}: {value}.", target=target, value=exc.strerror or exc
            )
        ) from None
    backup = store.parse_backup(target)
    assert backup is not None
    rotate(path, keep_last=keep_last, keep_days=keep_days, now=taken)
    return backup


def rotate(
    path: Path,
    *,
    keep_last: int = KEEP_LAST,
    keep_days: int = KEEP_DAYS,
    now: datetime | None = None,
) -> list[Path]:
    """Delete the backups the rotation rule does not keep; returns what was deleted."""
    backups = store.list_backups(path)
    keep = store.choose_to_keep(backups, now or datetime.now(UTC), keep_last=keep_last,
                                keep_days=keep_days)  # fmt: skip
    removed: list[Path] = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def _last_change(path: Path) -> float:
    times = [p.stat().st_mtime for p in (path, Path(f"{path}-wal")) if p.exists()]
    return max(times, default=0.0)


def backup_if_due(path: Path, *, every: timedelta = SCHEDULE_EVERY, now: datetime | None = None) -> BackupFile | None:
    """A "scheduled" backup if the newest backup is older than `every` and the workspace
    changed since; None otherwise (identical copies would push useful ones out)."""
    now = now or datetime.now(UTC)
    newest = next(iter(store.list_backups(path)), None)
    if newest is not None:
        if now - newest.taken_at < every:
            return None
        # The backup file was written after the content it holds: compare file times.
        if _last_change(path) <= newest.path.stat().st_mtime:
            return None
    return backup_now(path, "scheduled", now=now)


def list_backups(path: Path) -> list[BackupFile]:
    """The workspace's backups, newest first."""
    return store.list_backups(Path(path))


def resolve_backup(path: Path, backup: str | Path) -> Path:
    """A backup given as a path, or as a file name in the workspace's backups folder."""
    candidate = Path(backup).expanduser()
    if candidate.exists():
        return candidate
    in_folder = store.backups_dir(Path(path)) / str(backup)
    if in_folder.exists():
        return in_folder
    raise UserError(
        translate(
            "UserError",
            "No backup called {backup} (looked in {value}).",
            backup=backup,
            value=store.backups_dir(Path(path)),
        )
    )


def _raw_safety_copy(path: Path) -> Path:
    """Byte-for-byte copy of a workspace too damaged for the backup API (with its -wal)."""
    target = store.backup_path(path, datetime.now(UTC), "before-restore")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, target)
    wal = Path(f"{path}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{target}-wal"))
    return target


def restore_backup(path: Path, backup: str | Path) -> RestoreResult:
    """Put a healthy backup in place of the workspace, after backing up the current file.

    Raises UserError (nothing changed) if the backup is damaged, not a
    workspace, or from a newer WhyNow. Callers with the workspace open
    should reload everything afterwards.
    """
    path = Path(path)
    source_path = resolve_backup(path, backup)
    if source_path.resolve() == path.resolve():
        raise UserError(translate("UserError", "That is the workspace itself, not a backup of it."))
    why_not = _health_words(store.inspect_file(source_path))
    if why_not:
        raise UserError(
            translate(
                "UserError",
                "{name} cannot be restored: {why_not}. Nothing was changed.",
                name=source_path.name,
                why_not=why_not,
            )
        )

    safety: Path | None = None
    raw = False
    if path.exists():
        try:
            safety = backup_now(path, "before-restore").path
        except (UserError, storage_errors.StorageError, sqlite3.Error):
            # The current file is what the restore is curing: keep its bytes instead.
            safety, raw = _raw_safety_copy(path), True

    source = store.open_read_only(source_path)
    try:
        try:
            if not path.exists() or raw:
                raise sqlite3.DatabaseError("replace the whole file")
            store.backup_into(source, path)
        except sqlite3.DatabaseError:
            # Not a database SQLite can write into: build the copy beside it and swap.
            part = path.with_name(path.name + ".restoring")
            store.copy_database(source, part)
            for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            os.replace(part, path)
    finally:
        source.close()
    after = store.inspect_file(path)
    if not after.healthy:  # pragma: no cover - the copy of a checked file failed its check
        raise UserError(
            translate("UserError", "The restored workspace failed its check: {value}.", value=_health_words(after))
        )
    return RestoreResult(source_path, safety, raw)


def newest_healthy_backup(path: Path) -> BackupFile | None:
    for b in store.list_backups(path):
        if store.inspect_file(b.path).healthy:
            return b
    return None


def check_integrity(path: Path) -> list[Problem]:
    """What is wrong with the workspace at `path`, each with the way out ([] = healthy)."""
    path = Path(path)
    health = store.inspect_file(path)
    restore_hint = translate(
        "UserError", "Restore a backup: `whynow backups` lists them, `whynow restore FILE` restores one."
    )
    newest_ok: BackupFile | None = None
    if not health.healthy:
        newest_ok = newest_healthy_backup(path)
        if newest_ok is not None:
            restore_hint = translate(
                "UserError",
                "Restore the newest healthy backup, from {taken_at} UTC: "
                "`whynow restore {name}` (the damaged file is kept as a backup first).",
                taken_at=f"{newest_ok.taken_at:%Y-%m-%d %H:%M}",
                name=newest_ok.name,
            )
    if not health.exists:
        create = translate("UserError", "Create one with `whynow workspace new {path}`.", path=path)
        return [
            Problem(translate("UserError", "There is no workspace at {path}.", path=path), f"{create} {restore_hint}")
        ]
    problems: list[Problem] = []
    why_not = _health_words(health)
    if _only_too_new(health):
        return [
            Problem(
                translate("UserError", "This workspace was written by a newer version of WhyNow."),
                translate("UserError", "Update WhyNow to open it; this version will not change the file."),
            )
        ]
    if why_not:
        text = translate("UserError", "The workspace file {name}: {why_not}.", name=path.name, why_not=why_not)
        if health.integrity or health.error:
            way_out = restore_hint
            if newest_ok is None:
                way_out += " " + translate(
                    "UserError",
                    "With no healthy backup, SQLite can often rescue the rows: "
                    "`sqlite3 {name} .recover | sqlite3 rescued.whynow`.",
                    name=path.name,
                )
            problems.append(Problem(text, way_out))
        else:
            problems.append(
                Problem(
                    text,
                    translate(
                        "UserError", "Check that this is the file you meant. {restore_hint}", restore_hint=restore_hint
                    ),
                )
            )
        return problems
    if health.foreign_key_problems:
        problems.append(
            Problem(
                translate(
                    "UserError",
                    "{foreign_key_problems} row(s) point at rows that no longer exist "
                    "(for example a note whose account was removed outside WhyNow).",
                    foreign_key_problems=health.foreign_key_problems,
                ),
                restore_hint,
            )
        )
    gaps = _search_gaps(path)
    if gaps:
        counts = ", ".join(f"{n} {kind}" for kind, n in gaps.items())
        problems.append(
            Problem(
                translate(
                    "UserError",
                    "The search index is out of step with the workspace ({counts}): "
                    "some results may be missing or stale.",
                    counts=counts,
                ),
                translate("UserError", "Rebuild it: `whynow search --rebuild-index` (nothing else changes)."),
            )
        )
    return problems


def _search_gaps(path: Path) -> dict[str, int]:
    try:
        database = storage_db.connect(path, create=False, read_only=True)
    except storage_errors.StorageError:
        return {}
    try:
        if not search_store.has_table(database, "search_index"):
            return {}
        return search_store.index_gaps(database)
    finally:
        database.close()
