"""The ABM dashboard offscreen: tiles with definitions, charts, accounts behind a figure, exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import deals
from app.workspace import open_workspace
from ui import i18n
from ui.dashboard import DashboardWindow
from ui.preferences import CURRENCY, Preferences
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


def test_money_follows_the_currency_preference_and_csv_keeps_every_digit(
    qtbot: QtBot, qapp: QApplication, workspace_path: Path
) -> None:
    db = open_workspace(workspace_path, demo_if_new=True)
    account_id = db.execute("SELECT id FROM accounts ORDER BY name LIMIT 1").fetchone()[0]
    deals.add_deal(db, account_id, {"name": "Platform", "value_acv": "3,500,000"})
    session = Session(workspace_path, db, runner=TaskRunner(synchronous=True))

    def pipeline_tile() -> tuple[DashboardWindow, str]:
        window = DashboardWindow(session)
        qtbot.addWidget(window)
        return window, window.tiles["open_pipeline_value"].value.text()

    window, shown = pipeline_tile()
    assert shown == "$3.5M"  # the currency follows the language unless chosen
    row = next(
        r for r in csv.reader(io.StringIO(window.export_csv().decode("utf-8-sig"))) if r[0] == "open_pipeline_value"
    )
    assert row[2:4] == ["3500000", "0"]  # raw numbers: a spreadsheet formats them itself
    assert "$3.5M" in window.export_html()
    before = QLocale()
    i18n.apply_language(qapp, "zh_CN")
    try:
        window, shown = pipeline_tile()
        assert shown == "¥350万"
        tile = window.tiles["open_pipeline_value"]
        assert "期末 1 个在途商机的 ACV" in tile.toolTip()  # how it was computed, in Chinese too
        assert tile.label.text() == "在途管道 (ACV)"
        Preferences().set(CURRENCY, "EUR")
        assert pipeline_tile()[1] == "€350万"
    finally:
        Preferences().reset(CURRENCY)
        QLocale.setDefault(before)
        i18n.install_translators(qapp, QLocale(QLocale.Language.English))


def test_trigger_bars_are_named_by_type_not_code(dashboard: DashboardWindow) -> None:
    labels = [s.label() for series in dashboard.trigger_chart.series() for s in series.barSets()]
    assert labels and all("_" not in label for label in labels)
