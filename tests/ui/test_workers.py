"""The task runner delivers results, errors, progress and cancels on the GUI thread."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from app.tasks import Cancelled, Progress
from ui.workers import TaskRunner


def test_results_errors_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def work(progress, cancel):  # type: ignore[no-untyped-def]
        for i in range(5):
            progress(Progress(i + 1, 5))
        return threading.get_ident()

    def boom(progress, cancel):  # type: ignore[no-untyped-def]
        raise ValueError("bad input")

    runner.run(
        work,
        lambda r: seen.append(("done", r, threading.get_ident())),
        on_progress=lambda p: seen.append(("progress", p.done, threading.get_ident())),
    )
    runner.run(boom, on_error=lambda e: seen.append(("error", str(e), threading.get_ident())))
    qtbot.waitUntil(lambda: runner.active == 0)
    kinds = {k for k, _v, _t in seen}
    assert kinds == {"done", "error", "progress"}
    assert all(t == gui for _k, _v, t in seen)  # every callback on the GUI thread
    done = next(v for k, v, _t in seen if k == "done")
    assert done != gui  # the work itself ran on a worker thread
    assert ("error", "bad input") in [(k, v) for k, v, _t in seen]
    last_progress = [v for k, v, _t in seen if k == "progress"][-1]
    assert last_progress == 5  # coalesced, but the latest report always arrives


def test_cancel_is_reported_and_many_tasks_settle(qtbot: QtBot) -> None:
    runner = TaskRunner()
    cancelled: list[bool] = []
    results: list[int] = []

    def stops(progress, cancel):  # type: ignore[no-untyped-def]
        cancel.cancel()
        raise Cancelled()

    runner.run(stops, on_cancelled=lambda: cancelled.append(True))
    for i in range(200):
        runner.run(lambda p, c, i=i: i, results.append)
    qtbot.waitUntil(lambda: runner.active == 0, timeout=10000)
    assert cancelled == [True] and sorted(results) == list(range(200))


def test_emitting_signals_keeps_python_refcounts_intact() -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit() and crashed the app later."""

    class Emitter(QObject):
        ping = Signal()

    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.ping.emit()
    assert sys.getrefcount(True) - before > -50
