"""Light and dark themes, windows that come back as they were left, and the first-run tour."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QTableWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app import accounts
from app.workspace import open_workspace
from ui import state, theme, tour
from ui.main_window import MainWindow
from ui.models.accounts import AccountColumn
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    theme.follow_theme(qapp, "system")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "WhyNow.conf"), QSettings.Format.IniFormat)


def demo_session(path: Path) -> Session:
    return Session(
        path,
        open_workspace(path, demo_if_new=True),
        user="Tester",
        runner=TaskRunner(synchronous=True),
    )


# -- theme -----------------------------------------------------------------------------------------


def test_dark_and_light_palettes(app_theme: QApplication) -> None:
    assert theme.apply_theme(app_theme, "dark") is True
    assert theme.is_dark(app_theme.palette())
    assert app_theme.style().name().lower() == "fusion"
    assert theme.colours() == theme.DARK_COLOURS
    assert theme.apply_theme(app_theme, "light") is False
    assert not theme.is_dark(app_theme.palette())
    assert theme.colours() == theme.LIGHT_COLOURS


def test_system_follows_the_system_scheme(app_theme: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    theme.follow_theme(app_theme, "system")
    assert not theme.is_dark(app_theme.palette())  # offscreen reports no preference: light
    monkeypatch.setattr(theme, "system_prefers_dark", lambda app=None: True)
    follower = app_theme.findChild(theme.SystemThemeFollower)
    assert follower is not None
    follower._on_scheme_changed(Qt.ColorScheme.Dark)  # what Qt calls when the system switches
    assert theme.is_dark(app_theme.palette())


def test_a_chosen_theme_ignores_system_switches(app_theme: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    theme.follow_theme(app_theme, "light")
    monkeypatch.setattr(theme, "system_prefers_dark", lambda app=None: True)
    app_theme.findChild(theme.SystemThemeFollower)._on_scheme_changed(Qt.ColorScheme.Dark)
    assert not theme.is_dark(app_theme.palette())


def test_semantic_colours_read_on_their_background() -> None:
    def luminance(hex_colour: str) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(int(hex_colour.lstrip("#")[i : i + 2], 16) / 255) for i in (0, 2, 4))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    def contrast(a: str, b: str) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    dark_window = theme.dark_palette().color(theme.QPalette.ColorRole.Window).name()
    for name in ("positive", "warning", "negative", "muted"):
        # WCAG: 3:1 at least for UI text; the light set is checked on white.
        assert contrast(getattr(theme.DARK_COLOURS, name), dark_window) >= 3, name
        assert contrast(getattr(theme.LIGHT_COLOURS, name), "#ffffff") >= 3, name
    assert contrast(theme.DARK_COLOURS.badge_text, theme.DARK_COLOURS.badge_background) >= 4.5
    assert contrast(theme.LIGHT_COLOURS.alert_text, theme.LIGHT_COLOURS.alert_background) >= 4.5


# -- window state ------------------------------------------------------------------------


def _panel() -> QWidget:
    root = QWidget()
    root.setObjectName("panel")
    splitter = QSplitter()
    table = QTableWidget(3, 3)
    table.setSortingEnabled(True)
    splitter.addWidget(table)
    splitter.addWidget(QWidget())
    QVBoxLayout(root).addWidget(splitter)
    root.resize(600, 400)
    return root


def test_splitters_and_columns_come_back(qtbot: QtBot, settings: QSettings) -> None:
    first = _panel()
    qtbot.addWidget(first)
    first.show()
    splitter = first.findChild(QSplitter)
    table = first.findChild(QTableWidget)
    splitter.setSizes([150, 450])
    left = splitter.sizes()[0]
    table.setColumnWidth(1, 222)
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    state.save_state(first, settings)

    second = _panel()
    qtbot.addWidget(second)
    second.show()
    assert state.restore_state(second, settings) is True
    assert second.findChild(QSplitter).sizes()[0] == left
    restored = second.findChild(QTableWidget)
    assert restored.columnWidth(1) == 222
    assert restored.horizontalHeader().sortIndicatorSection() == 2
    assert restored.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_nothing_saved_yet_changes_nothing(qtbot: QtBot, settings: QSettings) -> None:
    panel = _panel()
    qtbot.addWidget(panel)
    assert state.restore_state(panel, settings) is False


def test_a_header_whose_columns_changed_keeps_its_defaults(qtbot: QtBot, settings: QSettings) -> None:
    first = _panel()
    qtbot.addWidget(first)
    first.findChild(QTableWidget).setColumnWidth(0, 250)
    state.save_state(first, settings)
    second = _panel()
    qtbot.addWidget(second)
    table = second.findChild(QTableWidget)
    table.setColumnCount(5)  # a new version added columns
    before = [table.columnWidth(c) for c in range(5)]
    state.restore_state(second, settings)
    assert [table.columnWidth(c) for c in range(5)] == before


def test_unnamed_widgets_get_stable_distinct_keys(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    a, b = QSplitter(), QSplitter()
    layout.addWidget(a)
    layout.addWidget(b)
    keys = {state.widget_key(a, root), state.widget_key(b, root)}
    assert len(keys) == 2
    a.setObjectName("mainSplitter")
    assert state.widget_key(a, root) == "mainSplitter"


def test_the_main_window_reopens_as_it_was_left(qtbot: QtBot, workspace_path: Path) -> None:
    first = MainWindow(demo_session(workspace_path))
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # inside the offscreen screen, which restoreGeometry clamps to
    first.table.sortByColumn(AccountColumn.ICP, Qt.SortOrder.DescendingOrder)
    first.table.setColumnWidth(AccountColumn.OWNER, 140)
    first.splitter.setSizes([400, 880])
    left = first.splitter.sizes()[0]
    first.close()  # closing saves

    second = MainWindow(demo_session(workspace_path))
    qtbot.addWidget(second)
    second.show()
    scores = [second.model.index(r, AccountColumn.ICP).data() for r in range(second.model.rowCount())]
    assert scores == sorted(scores, key=int, reverse=True)
    assert second.table.columnWidth(AccountColumn.OWNER) == 140
    assert second.size() == first.size()
    assert second.splitter.sizes()[0] == left


# -- tour ----------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, workspace_path: Path) -> MainWindow:
    win = MainWindow(demo_session(workspace_path))
    qtbot.addWidget(win)
    win.show()
    return win


def test_tests_and_a_new_window_never_start_the_tour_by_themselves(window: MainWindow) -> None:
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, tour.TourDialog) and w.isVisible()]


def test_the_tour_walks_the_absd_loop_in_the_window(qtbot: QtBot, window: MainWindow, settings: QSettings) -> None:
    dialog = tour.TourDialog(window, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    northwind = accounts.find_account(window.session.db, "northwind-freight.example")
    assert window.page.account_id == northwind.id
    assert window.page.tabs.currentIndex() == 0  # the overview
    shown = []
    for _ in range(4):
        dialog.next_button.click()
        shown.append(window.page.tabs.tabText(window.page.tabs.currentIndex()).replace("&", ""))
    assert shown[:3] == ["Why now", "People", "Outreach"]
    assert shown[3] in ("Notes", "Hand-off")
    assert dialog.next_button.text().replace("&", "") == "Finish"
    dialog.next_button.click()
    assert not dialog.isVisible()
    assert tour.should_show(settings) is False


def test_skipping_keeps_it_closed_unless_asked_to_show_again(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    dialog = tour.TourDialog(window, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.dont_show.setChecked(False)
    dialog.skip_button.click()
    assert tour.should_show(settings) is True
    again = tour.TourDialog(window, settings=settings)
    qtbot.addWidget(again)
    again.show()
    again.reject()  # Esc
    assert tour.should_show(settings) is False
    assert tour.maybe_start_tour(window, settings) is None


def test_the_tour_starts_on_first_run_with_the_demo_only(
    qtbot: QtBot, window: MainWindow, settings: QSettings, tmp_path: Path
) -> None:
    started = tour.maybe_start_tour(window, settings)
    assert started is not None and started.isVisible()
    started.close()
    empty = MainWindow(Session(tmp_path / "mine.whynow", open_workspace(tmp_path / "mine.whynow")))
    qtbot.addWidget(empty)
    assert tour.maybe_start_tour(empty, QSettings(str(tmp_path / "fresh.conf"), QSettings.Format.IniFormat)) is None


def test_charts_get_a_dark_card_in_dark_mode(app_theme: QApplication) -> None:
    from PySide6.QtCharts import QChart

    chart = QChart()
    theme.apply_theme(app_theme, "dark")
    theme.style_chart(chart)
    assert chart.backgroundBrush().color().lightness() < 128
    theme.apply_theme(app_theme, "light")
    theme.style_chart(chart)
    assert chart.backgroundBrush().color().lightness() > 128
