"""Storage errors a person can understand.

sqlite3 raises a handful of exception classes whose messages mix bugs
(a typo in SQL) with the environment (disk full, read-only file, another
program holding a lock, a damaged file). The UI and CLI need the second
kind in words and a way out; the first kind should stay a loud bug. Modelled
on qutebrowser's misc/sql.py split.
"""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """Base for errors caused by the environment, not by our code."""

    #: a short sentence for the user, in English; the UI translates by class
    user_message = "The workspace could not be read or written."
    #: what the user can do about it
    hint = ""

    def __init__(self, detail: str = "", path: str = "") -> None:
        super().__init__(detail or self.user_message)
        self.detail = detail
        self.path = path

    def explain(self) -> str:
        parts = [self.user_message]
        if self.path:
            parts.append(f"File: {self.path}")
        if self.hint:
            parts.append(self.hint)
        if self.detail and self.detail != self.user_message:
            parts.append(f"(SQLite said: {self.detail})")
        return "\n".join(parts)


class DiskFullError(StorageError):
    user_message = "The disk is full: the change was not saved."
    hint = "Free some space on the disk, then try again."


class ReadOnlyError(StorageError):
    user_message = "The workspace is opened read-only: changes cannot be saved."
    hint = "Check the file's permissions, or save a copy somewhere you can write."


class LockedError(StorageError):
    user_message = "The workspace is busy: another program is writing to it."
    hint = "Wait a moment and try again, or close the other WhyNow window."


class DamagedError(StorageError):
    user_message = "The workspace file is damaged."
    hint = "Restore it from a backup (File ▸ Restore from backup) or open another workspace."


class NotAWorkspaceError(StorageError):
    user_message = "This file is not a WhyNow workspace."
    hint = "Choose a .whynow workspace file, or create a new workspace."


class CannotOpenError(StorageError):
    user_message = "The workspace file cannot be opened."
    hint = "Check that the folder exists and that you may write to it."


class NewerVersionError(StorageError):
    user_message = "This workspace was written by a newer version of WhyNow."
    hint = "Update WhyNow to open it; this version will not change the file."


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
