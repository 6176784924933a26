"""The ABM dashboard offscreen: tiles with definitions, charts, accounts behind a figure, exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.workspace import open_workspace
from ui.dashboard import DashboardWindow
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def dashboard(qtbot: QtBot, workspace_path: Path) -> DashboardWindow:
    db = open_workspace(workspace_path, demo_if_new=True)
    session = Session(workspace_path, db, runner=TaskRunner(synchronous=True))
    window = DashboardWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def test_tiles_show_values_and_definitions(dashboard: DashboardWindow) -> None:
    tile = dashboard.tiles["target_accounts_by_tier"]
    assert tile.value.text() == "10"
    assert "Target accounts" in tile.toolTip()
    assert dashboard.tiles["win_rate"].value.text() == "—"  # no deal closed: no rate, not 0%


def test_funnel_chart_counts_accounts_per_stage(dashboard: DashboardWindow) -> None:
    series = dashboard.funnel_chart.series()[0]
    bar = series.barSets()[0]
    assert sum(bar.at(i) for i in range(bar.count())) == 10


def test_accounts_behind_a_figure(dashboard: DashboardWindow) -> None:
    names = dashboard.accounts_behind("target_accounts_by_tier")
    assert "云帆物流科技" in names and len(names) == 10


def test_tier_filter_recomputes(dashboard: DashboardWindow) -> None:
    dashboard.tier.setCurrentIndex(dashboard.tier.findData(1))
    assert dashboard.tiles["target_accounts_by_tier"].value.text() == "3"


def test_quota_planner_reproduces_the_playbook_example(dashboard: DashboardWindow) -> None:
    text = dashboard.quota_panel.output.toPlainText()
    assert "83,333.33" in text and "17" in text


def test_exports(dashboard: DashboardWindow, tmp_path: Path) -> None:
    assert "Target accounts" in dashboard.export_csv().decode("utf-8-sig")
    assert "<table" in dashboard.export_html()
    written = dashboard.export_pngs(tmp_path)
    assert len(written) == 4 and all(p.stat().st_size > 1000 for p in written)
