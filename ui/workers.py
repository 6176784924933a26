"""Running `app` use-cases off the GUI thread (Picard's run_task, Qt-shaped).

`TaskRunner.run(func, on_done, on_error, on_progress)` runs `func(progress,
cancel)` on a QThreadPool; results, errors and progress come back on the GUI
thread. The runner counts live tasks so the window can wait for them on
close, and `synchronous=True` runs inline for tests that want determinism.

The worker stores the outcome on its handle and pokes the GUI thread with
an argument-free signal; progress reports are coalesced (only the latest
matters to a progress bar), so a 400-feed refresh emits a handful of
signals, not one per feed.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.tasks import Cancelled, CancelToken, Progress

TaskFunc = Callable[[Callable[[Progress], None], CancelToken], Any]


class _Relay(QObject):
    """Lives on the GUI thread; the worker only pokes it."""

    settled = Signal()
    progressed = Signal()


class TaskHandle:
    """What `run` returns: cancel it; the runner calls back on the GUI thread."""

    def __init__(self, func: TaskFunc, runner: TaskRunner, callbacks: dict[str, Callable[..., None] | None]) -> None:
        self.token = CancelToken()
        self.func = func
        self.runner = runner
        self.callbacks = callbacks
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self._lock = threading.Lock()
        self._progress: Progress | None = None
        self.relay = _Relay()
        self.relay.settled.connect(self._on_settled)
        self.relay.progressed.connect(self._on_progressed)

    def cancel(self) -> None:
        self.token.cancel()

    # -- worker thread ------------------------------------------------------------------
    def execute(self) -> None:
        try:
            self.result = self.func(self._report, self.token)
        except Cancelled:
            self.was_cancelled = True
        except BaseException as exc:  # delivered to the GUI, never lost in a thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.error = exc
        self.relay.settled.emit()

    def _report(self, progress: Progress) -> None:
        with self._lock:
            first = self._progress is None
            self._progress = progress  # only the latest report matters to a progress bar
        if first:
            self.relay.progressed.emit()

    # -- GUI thread ---------------------------------------------------------------------
    def _call(self, name: str, *args: Any) -> None:
        callback = self.callbacks.get(name)
        if callback is not None:
            callback(*args)

    def _on_progressed(self) -> None:
        with self._lock:
            progress, self._progress = self._progress, None
        if progress is not None:
            self._call("progress", progress)

    def _on_settled(self) -> None:
        self._on_progressed()
        self.runner._finish(self)
        if self.was_cancelled:
            self._call("cancelled")
        elif self.error is not None:
            self._call("error", self.error)
        else:
            self._call("done", self.result)


class _Task(QRunnable):
    def __init__(self, handle: TaskHandle) -> None:
        super().__init__()
        self._handle = handle

    def run(self) -> None:
        self._handle.execute()


class TaskRunner(QObject):
    active_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._synchronous = synchronous
        self._handles: dict[int, TaskHandle] = {}

    @property
    def active(self) -> int:
        return len(self._handles)

    def run(
        self,
        func: TaskFunc,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> TaskHandle:
        callbacks = {"done": on_done, "error": on_error, "progress": on_progress, "cancelled": on_cancelled}
        handle = TaskHandle(func, self, callbacks)
        self._handles[id(handle)] = handle
        self.active_changed.emit(len(self._handles))
        if self._synchronous:
            handle.execute()
        else:
            task = _Task(handle)
            task.setAutoDelete(True)
            self._pool.start(task)
        return handle

    def _finish(self, handle: TaskHandle) -> None:
        if self._handles.pop(id(handle), None) is not None:
            self.active_changed.emit(len(self._handles))

    def cancel_all(self) -> None:
        for handle in list(self._handles.values()):
            handle.cancel()

    def wait(self, msecs: int = 10000) -> bool:
        return self._pool.waitForDone(msecs)
