"""Progress and cancellation shared by every long use-case.

The GUI passes a callback that emits a Qt signal and a `CancelToken` its
Cancel button sets; the CLI passes a printer and a token Ctrl+C sets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    message: str = ""


ProgressCallback = Callable[[Progress], None]


class Cancelled(Exception):
    """Raised inside a use-case when its CancelToken was set; nothing half-done is kept."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def no_progress(_: Progress) -> None:
    """The default progress callback: ignore."""
