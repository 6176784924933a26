"""The longest UI-thread stall while the window refreshes 400 feeds.

    python bench/gui_refresh_stall.py [--feeds 400] [--latency 0.1] [--no-triggers]

A 5 ms heartbeat timer runs on the GUI thread during a real refresh (worker
thread, fetch pool, parse processes, then trigger detection in worker
processes); the largest gap between beats is the longest the window could
not repaint or answer a click. Prints milliseconds. `--no-triggers` skips
trigger detection, to tell the fetch pipeline's stalls from detection's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=400)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--no-triggers", action="store_true", help="refresh without trigger detection")
    args = parser.parse_args()

    from feedserver import serve_feeds
    from PySide6.QtCore import QElapsedTimer, QTimer

    from app import accounts, feeds, triggers
    from storage.db import connect
    from ui.application import make_application
    from ui.main_window import MainWindow
    from ui.session import Session

    if args.no_triggers:
        triggers.detect_new = lambda *_a, **_k: {"items": 0, "new_triggers": 0, "merged_sources": 0}  # type: ignore[assignment]
    server = serve_feeds(args.feeds, args.latency)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stall.whynow"
        db = connect(path)
        account_id = ""
        for i in range(args.feeds):
            if i % 10 == 0:
                account_id = accounts.create_account(db, {"name": f"Company {i // 10}"}).id
            feeds.add_feed(db, account_id, f"{server.base_url}/feeds/{i}.xml")
        db.close()

        app = make_application()
        session = Session.open(path)
        window = MainWindow(session)
        window.show()
        app.processEvents()
        gaps: list[float] = []
        long_gaps: list[tuple[float, float]] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def beat() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            if gaps[-1] > 40:
                long_gaps.append((round(now / 1e9, 2), round(gaps[-1], 1)))
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(beat)
        heartbeat.start()
        started = time.perf_counter()
        window.refresh_feeds()
        while window._task is not None:
            app.processEvents()
            time.sleep(0.001)
        elapsed = time.perf_counter() - started
        heartbeat.stop()
        detection = "without" if args.no_triggers else "with"
        print(
            f"GUI refresh of {args.feeds} feeds {detection} trigger detection: {elapsed:.2f} s; "
            f"status: {window.statusBar().currentMessage()}"
        )
        print(
            f"heartbeat gaps: median {statistics.median(gaps):.1f} ms, p99 "
            f"{sorted(gaps)[int(len(gaps) * 0.99)]:.1f} ms, max {max(gaps):.1f} ms (goal < 50 ms)"
        )
        if long_gaps:
            print(f"gaps over 40 ms (seconds since start, ms): {long_gaps}")
        window.close()
        window.runner.wait(5000)
        session.close()
        window.deleteLater()
        app.processEvents()
        del window, session
        app.shutdown()
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
