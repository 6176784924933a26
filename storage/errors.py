"""Storage errors a person can understand.

sqlite3 raises a handful of exception classes whose messages mix bugs
(a typo in SQL) with the environment (disk full, read-only file, another
program holding a lock, a damaged file). The UI and CLI need the second
kind in words and a way out; the first kind should stay a loud bug. Modelled
on qutebrowser's misc/sql.py split.
"""

from __future__ import annotations

import sqlite3

from research import i18n


class StorageError(Exception):
    """Base for errors caused by the environment, not by our code."""

    #: a short sentence for the user (English here; `message()` and `explain()` translate)
    user_message = i18n.noop("StorageError", "The workspace could not be read or written.")
    #: what the user can do about it
    hint = ""

    def __init__(self, detail: str = "", path: str = "") -> None:
        super().__init__(detail or self.user_message)
        self.detail = detail
        self.path = path

    def message(self) -> str:
        """`user_message` in the reader's language."""
        return i18n.translate("StorageError", self.user_message)

    def advice(self) -> str:
        """`hint` in the reader's language ("" when there is none)."""
        return i18n.translate("StorageError", self.hint) if self.hint else ""

    def explain(self) -> str:
        parts = [self.message()]
        if self.path:
            parts.append(i18n.translate("StorageError", "File: {path}", path=self.path))
        if self.hint:
            parts.append(self.advice())
        if self.detail and self.detail != self.user_message:
            parts.append(i18n.translate("StorageError", "(SQLite said: {detail})", detail=self.detail))
        return "\n".join(parts)


class DiskFullError(StorageError):
    user_message = i18n.noop("StorageError", "The disk is full: the change was not saved.")
    hint = i18n.noop("StorageError", "Free some space on the disk, then try again.")


class ReadOnlyError(StorageError):
    user_message = i18n.noop("StorageError", "The workspace is opened read-only: changes cannot be saved.")
    hint = i18n.noop("StorageError", "Check the file's permissions, or save a copy somewhere you can write.")


class LockedError(StorageError):
    user_message = i18n.noop("StorageError", "The workspace is busy: another program is writing to it.")
    hint = i18n.noop("StorageError", "Wait a moment and try again, or close the other WhyNow window.")


class DamagedError(StorageError):
    user_message = i18n.noop("StorageError", "The workspace file is damaged.")
    hint = i18n.noop("StorageError", "Restore it from a backup (File ▸ Backups…) or open another workspace.")


class NotAWorkspaceError(StorageError):
    user_message = i18n.noop("StorageError", "This file is not a WhyNow workspace.")
    hint = i18n.noop("StorageError", "Choose a .whynow workspace file, or create a new workspace.")


class CannotOpenError(StorageError):
    user_message = i18n.noop("StorageError", "The workspace file cannot be opened.")
    hint = i18n.noop("StorageError", "Check that the folder exists and that you may write to it.")


class NewerVersionError(StorageError):
    user_message = i18n.noop("StorageError", "This workspace was written by a newer version of WhyNow.")
    hint = i18n.noop("StorageError", "Update WhyNow to open it; this version will not change the file.")


def translate(exc: sqlite3.Error, path: str = "") -> Exception:
    """Map a sqlite3 error to a StorageError, or return it unchanged if it is a bug."""
    message = str(exc)
    lowered = message.lower()
    code = getattr(exc, "sqlite_errorname", "") or ""
    if "SQLITE_FULL" in code or "database or disk is full" in lowered:
        return DiskFullError(message, path)
    if "SQLITE_READONLY" in code or "readonly database" in lowered or "read-only" in lowered:
        return ReadOnlyError(message, path)
    if "SQLITE_BUSY" in code or "SQLITE_LOCKED" in code or "database is locked" in lowered:
        return LockedError(message, path)
    if "SQLITE_NOTADB" in code or "file is not a database" in lowered:
        return NotAWorkspaceError(message, path)
    if "SQLITE_CORRUPT" in code or "malformed" in lowered:
        return DamagedError(message, path)
    if "SQLITE_CANTOPEN" in code or "unable to open database" in lowered:
        return CannotOpenError(message, path)
    return exc
