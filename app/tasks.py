"""Progress and cancellation shared by every long use-case.

The GUI passes a callback that emits a Qt signal and a `CancelToken` its
Cancel button sets; the CLI passes a printer and a token Ctrl+C sets.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import sys
import threading
from collections.abc import Callable, Iterator
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


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause CPython's cyclic garbage collector around a burst of object creation.

    A full collection walks every live object while holding the GIL; in the
    middle of a refresh or an import (hundreds of thousands of fresh, acyclic
    objects) that is ~0.1 s at a time during which the GUI thread cannot run,
    and pure cost otherwise. Reference counting still frees everything; the
    collector is switched back on (if it was on) afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # The burst's survivors are long-lived: freezing them keeps the first
            # collection after this from walking them all at once (another ~0.1 s).
            gc.freeze()
            gc.enable()


def process_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: forkserver on Linux (never fork a process that runs Qt and threads), else spawn."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")
