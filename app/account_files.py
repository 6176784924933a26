"""Account files: hand accounts to an AE and merge their work back.

`export_account_file` writes the chosen accounts, with everything that
belongs to them, to one `.whynow` file (a WhyNow workspace holding only
those accounts). `inspect_account_file` checks a received file and makes
a private, upgraded copy to read from; it refuses anything that is not a
healthy WhyNow file in words, before a single row is written.
`preview_account_file` says what is new and what changed;
`import_account_file` merges, after a backup, in one transaction.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from app.errors import UserError
from research.i18n import translate
from storage import db as storage_db
from storage import errors as storage_errors
from storage import packets

MAX_FILE_BYTES = 2_000_000_000
SQLITE_MAGIC = b"SQLite format 3\x00"


class AccountFileError(UserError):
    """The file cannot be used; the message says why. Nothing was written."""


@dataclass(slots=True)
class InspectedFile:
    path: Path  # the user's file, never modified
    copy: Path  # our private copy (upgraded if it came from an older WhyNow)
    accounts: list[str]  # account names
    exported_by: str
    exported_at: str

    def discard(self) -> None:
        shutil.rmtree(self.copy.parent, ignore_errors=True)


def export_account_file(
    db: Database, account_ids: Iterable[str], target: Path, *, exported_by: str = ""
) -> dict[str, int]:
    ids = list(dict.fromkeys(account_ids))
    if not ids:
        raise UserError(translate("UserError", "Choose at least one account to export."))
    missing = [i for i in ids if db.execute("SELECT 1 FROM accounts WHERE id = ?", [i]).fetchone() is None]
    if missing:
        raise UserError(translate("UserError", "{count} of those accounts no longer exist.", count=len(missing)))
    target = target if target.suffix == ".whynow" else target.with_name(target.name + ".whynow")
    tmp_dir = Path(tempfile.mkdtemp(prefix="whynow-export-"))
    part = tmp_dir / "packet.whynow"
    try:
        out = storage_db.connect(part)
        try:
            counts = packets.export_rows(db, out, ids, exported_by=exported_by)
            out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            out.close()
        try:
            shutil.move(str(part), str(target))
        except OSError as exc:
            raise UserError(
                translate("UserError", "Cannot write {target}: {value}.", target=target, value=exc.strerror or exc)
            ) from None
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    return counts


def inspect_account_file(path: Path) -> InspectedFile:
    """Check the file and return a private copy to read; raises AccountFileError in words."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise AccountFileError(translate("UserError", "No such file: {path}", path=path)) from None
    except OSError as exc:
        raise AccountFileError(
            translate("UserError", "Cannot read {path}: {strerror}.", path=path, strerror=exc.strerror)
        ) from None
    if path.is_dir():
        raise AccountFileError(translate("UserError", "{name} is a folder, not an account file.", name=name))
    if size > MAX_FILE_BYTES:
        raise AccountFileError(
            translate(
                "UserError",
                "{name} is {value} MB; an account file is at most {value2} MB.",
                name=name,
                value=size // 1_000_000,
                value2=MAX_FILE_BYTES // 1_000_000,
            )
        )
    with path.open("rb") as handle:
        head = handle.read(100)
    if not head.startswith(SQLITE_MAGIC):
        kind = "a zip archive" if head.startswith(b"PK\x03\x04") else "not a WhyNow account file"
        raise AccountFileError(
            translate(
                "UserError",
                "{name} is {kind}. WhyNow account files are exported with “Export accounts…”.",
                name=name,
                kind=kind,
            )
        )
    tmp_dir = Path(tempfile.mkdtemp(prefix="whynow-import-"))
    copy = tmp_dir / "incoming.whynow"
    try:
        shutil.copyfile(path, copy)
        _check_copy(copy, name)
        try:
            upgraded = storage_db.connect(copy)  # upgrades an older file's schema (our copy only)
        except storage_errors.NewerVersionError:
            raise AccountFileError(
                translate(
                    "UserError", "{name} was written by a newer version of WhyNow; update WhyNow to open it.", name=name
                )
            ) from None
        except storage_errors.StorageError as exc:
            raise AccountFileError(
                translate("UserError", "{name} cannot be read: {value}", name=name, value=exc.message())
            ) from None
        try:
            info = packets.packet_info(upgraded.conn)
            names = [r[0] for r in upgraded.execute("SELECT name FROM accounts ORDER BY name")]
        except sqlite3.Error as exc:
            raise AccountFileError(
                translate("UserError", "{name} is damaged ({value}).", name=name, value=_reason(exc))
            ) from None
        finally:
            upgraded.close()
        for suffix in ("-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    except BaseException:
        shutil.rmtree(tmp_dir, ignore_errors=True)
        raise
    return InspectedFile(path, copy, names, info.get("exported_by", ""), info.get("exported_at", ""))


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if "decode" in text.lower() or isinstance(exc, UnicodeDecodeError):
        return "it holds text that is not valid UTF-8"
    return text


def _check_copy(copy: Path, name: str) -> None:
    try:
        conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise AccountFileError(translate("UserError", "{name} cannot be opened.", name=name)) from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")  # never run code from an untrusted schema
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != storage_db.APPLICATION_ID:
            raise AccountFileError(
                translate("UserError", "{name} is an SQLite file, but not a WhyNow account file.", name=name)
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > storage_db.latest_version():
            raise AccountFileError(
                translate(
                    "UserError", "{name} was written by a newer version of WhyNow; update WhyNow to open it.", name=name
                )
            )
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            raise AccountFileError(
                translate(
                    "UserError", "{name} is damaged or incomplete (it may have been cut off while copying).", name=name
                )
            )
        for table, column in (("accounts", "name"),):
            for (value,) in conn.execute(f"SELECT CAST({column} AS BLOB) FROM {table}"):
                if value is not None:
                    bytes(value).decode("utf-8")
    except sqlite3.DatabaseError as exc:
        raise AccountFileError(
            translate("UserError", "{name} is damaged or incomplete ({value}).", name=name, value=_reason(exc))
        ) from None
    except UnicodeDecodeError:
        raise AccountFileError(
            translate(
                "UserError", "{name} holds text that is not valid UTF-8; it was not written by WhyNow.", name=name
            )
        ) from None
    finally:
        conn.close()


def preview_account_file(db: Database, inspected: InspectedFile) -> packets.MergeReport:
    try:
        return packets.merge(db, str(inspected.copy), source=inspected.path.name, apply=False)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise AccountFileError(
            translate("UserError", "{name} cannot be merged: {value}.", name=inspected.path.name, value=_reason(exc))
        ) from None


def import_account_file(
    db: Database, inspected: InspectedFile, *, workspace_path: Path | None = None
) -> packets.MergeReport:
    """Merge after a backup of the workspace; all or nothing."""
    if workspace_path is not None:
        _backup(workspace_path)
    source = inspected.path.name + (f" (from {inspected.exported_by})" if inspected.exported_by else "")
    try:
        return packets.merge(db, str(inspected.copy), source=source, apply=True)
    except (sqlite3.IntegrityError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if isinstance(exc, sqlite3.OperationalError):
            translated = storage_errors.translate(exc, str(workspace_path or ""))
            if translated is not exc:
                raise translated from exc
        raise AccountFileError(
            translate(
                "UserError",
                "{name} cannot be merged: {value}. Nothing was changed.",
                name=inspected.path.name,
                value=_reason(exc),
            )
        ) from None


def _backup(workspace_path: Path) -> None:
    from app import backups

    backups.backup_now(workspace_path, "before-merge")


def merge_log(db: Database, limit: int = 200) -> list[dict[str, object]]:
    cols = ("merged_at", "source", "table_name", "row_id", "field", "kept_value", "other_value", "kept_side")
    rows = db.execute(f"SELECT {', '.join(cols)} FROM merge_log ORDER BY merged_at DESC LIMIT ?", [limit]).fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]


def default_file_name(names: list[str]) -> str:
    stem = names[0] if len(names) == 1 else f"{len(names)} accounts"
    safe = "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in stem).strip() or "accounts"
    return safe + ".whynow"
