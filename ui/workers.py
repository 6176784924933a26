"""Running `app` use-cases off the GUI thread (Picard's run_task, Qt-shaped).

`TaskRunner.run(func, on_done, on_error, on_progress)` runs `func(progress,
cancel)` on a QThreadPool; results, errors and progress come back as
signals on the GUI thread. The runner counts live tasks so the window can
wait for them on close, and `synchronous=True` runs inline for tests that
want determinism.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from app.tasks import CancelToken, Cancelled, Progress

TaskFunc = Callable[[Callable[[Progress], None], CancelToken], Any]


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: TaskFunc, relay: _Relay, token: CancelToken) -> None:
        super().__init__()
        self._func = func
        self._relay = relay
        self._token = token
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self._func(self._relay.progressed.emit, self._token)
        except Cancelled:
            self._relay.cancelled.emit()
        except BaseException as exc:  # delivered to the GUI, never lost in a thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class TaskHandle(QObject):
    """What `run` returns: cancel it. Lives on the GUI thread, so the relay's
    signals, emitted on a worker thread, reach these slots queued."""

    def __init__(
        self,
        relay: _Relay,
        token: CancelToken,
        runner: TaskRunner,
        callbacks: dict[str, Callable[..., None] | None],
    ) -> None:
        # No Qt parent: the runner keeps the Python reference until the task ends,
        # then lets go on the next event-loop turn (never while a slot of ours runs).
        super().__init__(None)
        self.relay = relay
        self.token = token
        self._runner = runner
        self._callbacks = callbacks
        relay.finished.connect(self._on_finished)
        relay.failed.connect(self._on_failed)
        relay.cancelled.connect(self._on_cancelled)
        relay.progressed.connect(self._on_progressed)

    def cancel(self) -> None:
        self.token.cancel()

    def _call(self, name: str, *args: Any) -> None:
        callback = self._callbacks.get(name)
        if callback is not None:
            callback(*args)

    @Slot(object)
    def _on_progressed(self, progress: Progress) -> None:
        self._call("progress", progress)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._runner._finish(self)
        self._call("done", result)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._runner._finish(self)
        self._call("error", exc)

    @Slot()
    def _on_cancelled(self) -> None:
        self._runner._finish(self)
        self._call("cancelled")


class TaskRunner(QObject):
    active_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._synchronous = synchronous
        self._active = 0
        self._handles: set[TaskHandle] = set()
        self._finished: list[TaskHandle] = []

    @property
    def active(self) -> int:
        return self._active

    def run(
        self,
        func: TaskFunc,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> TaskHandle:
        relay = _Relay()
        token = CancelToken()
        callbacks = {"done": on_done, "error": on_error, "progress": on_progress, "cancelled": on_cancelled}
        handle = TaskHandle(relay, token, self, callbacks)
        self._handles.add(handle)
        self._active += 1
        self.active_changed.emit(self._active)
        task = _Task(func, relay, token)
        if self._synchronous:
            task.run()
        else:
            self._pool.start(task)
        return handle

    def _finish(self, handle: TaskHandle) -> None:
        if handle in self._handles:
            self._active -= 1
            self.active_changed.emit(self._active)
            self._finished.append(handle)
            QTimer.singleShot(0, self._release_finished)

    def _release_finished(self) -> None:
        for handle in self._finished:
            self._handles.discard(handle)
        self._finished.clear()

    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def wait(self, msecs: int = 10000) -> bool:
        return self._pool.waitForDone(msecs)
