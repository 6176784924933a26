"""Errors a use-case raises for the user: bad input, unknown things.

`storage.errors.StorageError` covers the workspace file itself; these cover
what the user asked for. Both carry a message meant to be shown as is.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class NotFoundError(UserError):
    pass


class ValidationError(UserError):
    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
