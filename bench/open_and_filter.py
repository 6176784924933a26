"""How long the main window takes to open on a big workspace, and to filter and sort.

    python bench/open_and_filter.py /tmp/scale.whynow

Prints milliseconds; the offscreen platform stands in for a screen.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.application import make_application
    from ui.main_window import MainWindow
    from ui.models.accounts import AccountColumn
    from ui.session import Session

    path = Path(sys.argv[1])
    app = make_application()
    start = time.perf_counter()
    session = Session.open(path)
    window = MainWindow(session)
    window.show()
    QApplication.processEvents()
    opened = time.perf_counter() - start
    print(f"accounts: {window.model.total}")
    print(f"open window (connect, load list, first paint): {opened * 1000:.0f} ms")

    timings = []
    for text in ("no", "nor lab", "科技", "zzz", ""):
        t = time.perf_counter()
        window.filter_edit.setText(text)
        window._apply_filter()
        QApplication.processEvents()
        timings.append((time.perf_counter() - t) * 1000)
    print(f"filter (type, refilter, repaint): median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms")
    timings = []
    for column in (AccountColumn.ICP, AccountColumn.STAGE, AccountColumn.NAME):
        t = time.perf_counter()
        window.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        QApplication.processEvents()
        timings.append((time.perf_counter() - t) * 1000)
    print(f"sort: median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms")
    t = time.perf_counter()
    for _ in range(50):
        window.table.verticalScrollBar().setValue(window.table.verticalScrollBar().value() + 400)
        QApplication.processEvents()
    print(f"scroll 50 pages: {(time.perf_counter() - t) * 1000 / 50:.1f} ms per page")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
