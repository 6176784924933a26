"""The ABM dashboard: KPI tiles with trend, the funnel, coverage, triggers and
stage progress over time, and the quota planner.

Numbers come from `app.metrics` (computed off the GUI thread); each tile's
tooltip is the KPI's definition and clicking it lists the accounts behind
it. Money follows the currency preference (¥350万 in Chinese, $3.5M in
English). Export: HTML (as shown) and CSV (raw numbers, for a spreadsheet) for
the figures, PNG for each chart.
"""

from __future__ import annotations

import csv
import html
import io
import math
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import metrics
from research import metrics as kpi
from research import quota
from research.types import Stage
from ui import i18n, theme
from ui.models.accounts import stage_label
from ui.preferences import Preferences
from ui.session import Session
from ui.why_now_tab import type_label

TILES = (
    "target_accounts_by_tier",
    "engaged_accounts_pct",
    "committee_penetration_weighted",
    "progressed_accounts_30d_pct",
    "meetings_created",
    "opportunities_created",
    "opportunity_rate",
    "open_pipeline_value",
    "win_rate",
    "new_revenue_won",
    "average_selling_price",
    "median_deal_cycle_days",
    "median_days_first_touch_to_opportunity",
    "touches_per_won_account",
    "net_revenue_retention",
    "research_minutes_per_account",
)


def format_value(value: float | None, unit: str, currency: str = "USD") -> str:
    """A figure as a tile shows it; money in `currency`, compact (¥350万, $3.5M)."""
    if value is None:
        return "—"
    if unit == "percent":
        return f"{value:.0f}%"
    if unit == "money":
        return i18n.format_money(value, currency)
    if unit in ("days", "minutes", "touches"):
        return f"{value:,.1f}"
    return f"{value:,.0f}"


def raw_value(value: float | None) -> str:
    """A figure for a spreadsheet: every digit, no grouping, no currency ("" when there is none)."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.4f}".rstrip("0")


def kpi_label(definition: kpi.KpiDefinition) -> str:
    return QCoreApplication.translate("KpiLabel", definition.label)


def kpi_definition(definition: kpi.KpiDefinition) -> str:
    return QCoreApplication.translate("KpiDefinition", definition.definition)


class KpiTile(QFrame):
    clicked = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"tile_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(170)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: palette(mid);")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.trend = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        layout.addWidget(self.trend)

    def show_kpi(self, k: kpi.Kpi, definition: kpi.KpiDefinition | None, currency: str = "USD") -> None:
        unit = definition.unit if definition else "count"
        self.label.setText(kpi_label(definition) if definition else self.name)
        self.value.setText(format_value(k.value, unit, currency))
        change = k.change
        if change is None or change == 0:
            self.trend.setText(self.tr("previous: %1").replace("%1", format_value(k.previous.value, unit, currency)))
            self.trend.setStyleSheet("color: palette(mid);")
        else:
            good = (change > 0) == (definition is None or definition.better != "lower")
            neutral = definition is not None and definition.better == "neutral"
            arrow = "▲" if change > 0 else "▼"
            self.trend.setText(f"{arrow} {format_value(abs(change), unit, currency)} " + self.tr("vs previous period"))
            self.trend.setStyleSheet(f"color: {'#555555' if neutral else '#2e7d32' if good else '#c62828'};")
        tip = kpi_definition(definition) if definition else ""
        self.setToolTip(
            f"<b>{html.escape(self.label.text())}</b><br>{html.escape(tip)}<br><br>{html.escape(k.current.explanation)}"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.name)
        super().mouseReleaseEvent(event)


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    theme.style_chart(chart)  # a dark card in the dark theme, not QtCharts' default white
    chart.setTitle(title)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return chart, view


def _count_axis(values: list[float]) -> QValueAxis:
    """A value axis for counts: whole-number ticks only (no "0 0 1 1 2")."""
    top = max([1.0, *values])
    step = max(1, math.ceil(top / 5))
    axis = QValueAxis()
    axis.setRange(0, step * math.ceil(top / step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


class QuotaPanel(QWidget):
    """The playbook's quota planner, compared with the pipeline in this workspace."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.arr = QDoubleSpinBox()
        self.arr.setRange(0, 1e12)
        self.arr.setDecimals(0)
        self.arr.setGroupSeparatorShown(True)
        self.arr.setValue(2_000_000)
        self.sdrs = QSpinBox()
        self.sdrs.setRange(1, 10000)
        self.sdrs.setValue(10)
        self.close_rate = QDoubleSpinBox()
        self.close_rate.setRange(0.1, 100)
        self.close_rate.setSuffix(" %")
        self.close_rate.setValue(20)
        self.mrr = QDoubleSpinBox()
        self.mrr.setRange(0, 1e9)
        self.mrr.setDecimals(0)
        self.mrr.setGroupSeparatorShown(True)
        self.mrr.setValue(5000)
        self.mrr.setSpecialValueText(self.tr("not set"))
        form = QFormLayout()
        form.addRow(self.tr("ARR target"), self.arr)
        form.addRow(self.tr("SDRs"), self.sdrs)
        form.addRow(self.tr("AE close rate"), self.close_rate)
        form.addRow(self.tr("MRR per opportunity"), self.mrr)
        self.output = QTextBrowser()
        self.output.setObjectName("quotaOutput")
        for box in (self.arr, self.close_rate, self.mrr):
            box.valueChanged.connect(self.recompute)
        self.sdrs.valueChanged.connect(self.recompute)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        layout.addLayout(left)
        layout.addWidget(self.output, 1)
        self.recompute()

    def recompute(self) -> None:
        try:
            plan = quota.plan_quota(
                self.arr.value(),
                self.sdrs.value(),
                self.close_rate.value() / 100,
                mrr_per_opportunity=self.mrr.value() or None,
            )
        except quota.QuotaInputError as exc:
            self.output.setPlainText(str(exc))
            return
        parts = []
        for s in plan.scenarios:
            parts.append(f"<h3>{html.escape(s.label)}</h3><ol>")
            parts += [f"<li>{html.escape(step.text)}</li>" for step in s.steps]
            parts.append("</ol>")
        open_mrr, open_opps = metrics.open_pipeline_mrr(self._session.db)
        comparison = quota.compare_with_pipeline(plan, open_mrr, open_opps, plan.sdrs)
        parts.append("<h3>" + html.escape(self.tr("Against this workspace's open pipeline")) + "</h3>")
        parts += [f"<p>{html.escape(g.text)}</p>" for g in comparison.scenarios]
        if comparison.note:
            parts.append(f"<p>{html.escape(comparison.note)}</p>")
        self.output.setHtml("".join(parts))


class DashboardWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("dashboard")
        self.setWindowTitle(self.tr("ABM dashboard — %1").replace("%1", session.path.name))
        self.resize(1200, 820)
        self.result: dict[str, kpi.Kpi] = {}
        self.definitions = kpi.kpi_definitions()
        # money without a currency of its own (pipeline, revenue) reads in the user's choice
        self.currency = Preferences().currency(i18n.ui_language(QLocale()) == "zh_CN")

        self.period = QComboBox()
        for text, value in (
            (self.tr("Last 30 days"), "30d"),
            (self.tr("Last 90 days"), "90d"),
            (self.tr("Last 12 months"), "1y"),
        ):
            self.period.addItem(text, value)
        self.tier = QComboBox()
        self.tier.addItem(self.tr("All tiers"), None)
        for t in (1, 2, 3):
            self.tier.addItem(self.tr("Tier %n", "", t), t)
        # Changing the period or tier recomputes from the facts already read (tens of ms);
        # reopening the dashboard reads the workspace again.
        self.period.currentIndexChanged.connect(lambda _: self.refresh(reread=False))
        self.tier.currentIndexChanged.connect(lambda _: self.refresh(reread=False))
        self._facts: dict[str, Any] | None = None
        export_html = QPushButton(self.tr("Export &HTML…"))
        export_html.clicked.connect(self.export_html_dialog)
        export_csv = QPushButton(self.tr("Export &CSV…"))
        export_csv.clicked.connect(self.export_csv_dialog)
        export_png = QPushButton(self.tr("Save charts as &PNG…"))
        export_png.clicked.connect(self.export_png_dialog)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addWidget(self.tier)
        bar.addStretch(1)
        bar.addWidget(export_html)
        bar.addWidget(export_csv)
        bar.addWidget(export_png)

        self.tiles: dict[str, KpiTile] = {}
        grid = QGridLayout()
        for i, name in enumerate(TILES):
            tile = KpiTile(name)
            tile.clicked.connect(self.show_accounts_behind)
            self.tiles[name] = tile
            grid.addWidget(tile, i // 4, i % 4)

        self.funnel_chart, self.funnel_view = _chart(self.tr("Accounts by stage"))
        self.coverage_chart, self.coverage_view = _chart(self.tr("Buying-committee penetration by tier"))
        self.trigger_chart, self.trigger_view = _chart(self.tr("Trigger events by month"))
        self.progress_chart, self.progress_view = _chart(self.tr("Stage moves by week"))
        charts = QGridLayout()
        charts.addWidget(self.funnel_view, 0, 0)
        charts.addWidget(self.coverage_view, 0, 1)
        charts.addWidget(self.trigger_view, 1, 0)
        charts.addWidget(self.progress_view, 1, 1)

        overview = QWidget()
        ov = QVBoxLayout(overview)
        ov.addLayout(bar)
        ov.addLayout(grid)
        ov.addLayout(charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview)
        self.quota_panel = QuotaPanel(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Funnel && KPIs"))
        self.tabs.addTab(self.quota_panel, self.tr("Quota planner"))
        self.setCentralWidget(self.tabs)
        self.refresh()

    # -- data ---------------------------------------------------------------------------
    def refresh(self, *, reread: bool = True) -> None:
        period, tier = self.period.currentData(), self.tier.currentData()
        session = self.session
        facts = None if reread else self._facts

        def work(progress: Any, cancel: Any) -> tuple[dict[str, Any], dict[str, kpi.Kpi]]:
            db = session.open_worker_db()
            try:
                data = facts if facts is not None else metrics.gather_facts(db)
                return data, metrics.compute_dashboard(db, period=period, tier=tier, facts=data)
            finally:
                db.close()

        self.statusBar().showMessage(self.tr("Computing…"))
        session.runner.run(work, self._show, lambda exc: self.statusBar().showMessage(str(exc), 8000))

    def _show(self, computed: tuple[dict[str, Any], dict[str, kpi.Kpi]]) -> None:
        self._facts, result = computed
        self.result = result
        for name, tile in self.tiles.items():
            if name in result:
                tile.show_kpi(result[name], self.definitions.get(name), self.currency)
        self._draw_funnel()
        self._draw_coverage()
        self._draw_triggers()
        self._draw_progress()
        self.statusBar().showMessage(
            self.tr("Hover a figure for its definition; click it to see the accounts behind it.")
        )

    def _reset(self, chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _draw_funnel(self) -> None:
        chart = self.funnel_chart
        self._reset(chart)
        counts = self.result.get("stage_counts")
        if counts is None:
            return
        stages = [s.value for s in Stage]
        bar = QBarSet(self.tr("Accounts"))
        bar.setColor(QColor("#1e88e5"))
        for s in reversed(stages):
            part = counts.parts.get(s)
            bar.append(float(part.value or 0) if part else 0.0)
        series = QHorizontalBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([stage_label(s) for s in reversed(stages)])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = _count_axis([bar.at(i) for i in range(bar.count())])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.legend().setVisible(False)

    def _draw_coverage(self) -> None:
        chart = self.coverage_chart
        self._reset(chart)
        k = self.result.get("committee_penetration_by_tier")
        if k is None:
            return
        bar = QBarSet(self.tr("Penetration %"))
        bar.setColor(QColor("#43a047"))
        tiers = ["1", "2", "3"]
        for t in tiers:
            part = k.parts.get(t)
            bar.append(round(float(part.value), 1) if part and part.value is not None else 0.0)
        series = QBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([self.tr("Tier %n", "", int(t)) for t in tiers])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setVisible(False)

    def _months(self, n: int = 6) -> list[str]:
        now = datetime.now(UTC)
        months = []
        year, month = now.year, now.month
        for _ in range(n):
            months.append(f"{year:04d}-{month:02d}")
            month -= 1
            if month == 0:
                year, month = year - 1, 12
        return list(reversed(months))

    def _draw_triggers(self) -> None:
        chart = self.trigger_chart
        self._reset(chart)
        months = self._months()
        db = self.session.db
        has = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'triggers'").fetchone()
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        if has:
            for type_, month in db.execute(
                "SELECT type, substr(occurred_at, 1, 7) FROM triggers WHERE status != 'dismissed' AND occurred_at >= ?",
                [months[0]],
            ):
                counts[type_][month] += 1
        series = QStackedBarSeries()
        for type_ in sorted(counts, key=lambda t: -sum(counts[t].values()))[:8]:
            bar = QBarSet(type_label(type_))
            for m in months:
                bar.append(float(counts[type_][m]))
            series.append(bar)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(months)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        totals = [float(sum(counts[t][m] for t in counts)) for m in months]
        axis_y = _count_axis(totals)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setVisible(bool(counts))

    def _draw_progress(self) -> None:
        chart = self.progress_chart
        self._reset(chart)
        now = datetime.now(UTC)
        weeks = [(now - timedelta(weeks=w)) for w in range(11, -1, -1)]
        labels = [w.strftime("%m-%d") for w in weeks]
        forward = [0.0] * len(weeks)
        backward = [0.0] * len(weeks)
        order = {s.value: i for i, s in enumerate(Stage)}
        since = (now - timedelta(weeks=12)).isoformat()
        for at, frm, to in self.session.db.execute(
            "SELECT changed_at, from_stage, to_stage FROM stage_changes "
            "WHERE from_stage IS NOT NULL AND changed_at >= ?",
            [since],
        ):
            age = (now - datetime.fromisoformat(at)).days // 7
            index = len(weeks) - 1 - age
            if 0 <= index < len(weeks):
                if order.get(to, 0) > order.get(frm, 0):
                    forward[index] += 1
                else:
                    backward[index] += 1
        series = QBarSeries()
        up = QBarSet(self.tr("Moved forward"))
        up.setColor(QColor("#43a047"))
        up.append(forward)
        down = QBarSet(self.tr("Moved back"))
        down.setColor(QColor("#e53935"))
        down.append(backward)
        series.append(up)
        series.append(down)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(labels)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = _count_axis(forward + backward)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)

    # -- interaction ---------------------------------------------------------------------
    def accounts_behind(self, name: str) -> list[str]:
        k = self.result.get(name)
        if k is None or k.current.account_ids is None:
            return []
        ids = list(k.current.account_ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = dict(self.session.db.execute(f"SELECT id, name FROM accounts WHERE id IN ({marks})", ids).fetchall())
        return [rows.get(i, i) for i in ids]

    def show_accounts_behind(self, name: str) -> None:
        k = self.result.get(name)
        if k is None:
            return
        definition = self.definitions.get(name)
        dialog = QDialog(self)
        dialog.setWindowTitle(kpi_label(definition) if definition else name)
        text = QLabel(k.current.explanation)
        text.setWordWrap(True)
        names = self.accounts_behind(name)
        listing = QListWidget()
        listing.addItems(names or [self.tr("No account list for this figure.")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(listing)
        layout.addWidget(buttons)
        dialog.resize(420, 420)
        dialog.exec()

    # -- export --------------------------------------------------------------------------
    def rows(self, *, raw: bool = False) -> list[tuple[str, str, str, str, str]]:
        """(key, label, value, previous, definition) per KPI: values as the tiles show them,
        or with `raw` every digit and no currency (a spreadsheet does its own formatting)."""
        out = []
        for name, k in self.result.items():
            d = self.definitions.get(name)
            unit = d.unit if d else "count"
            if raw:
                value, previous = raw_value(k.value), raw_value(k.previous.value)
            else:
                value, previous = (format_value(v, unit, self.currency) for v in (k.value, k.previous.value))
            out.append((name, kpi_label(d) if d else name, value, previous, kpi_definition(d) if d else ""))
        return out

    def export_csv(self) -> bytes:
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        # column names are a file format (scripts read them): they stay as they are in every language
        writer.writerow(["kpi", "label", "value", "previous", "definition"])
        writer.writerows(self.rows(raw=True))
        return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")

    def export_html(self) -> str:
        body = "".join(
            f"<tr><td>{html.escape(label)}</td><td>{html.escape(v)}</td><td>{html.escape(p)}</td>"
            f"<td>{html.escape(d)}</td></tr>"
            for _n, label, v, p, d in self.rows()
        )
        title = html.escape(self.tr("ABM dashboard"))
        heads = "".join(
            f"<th>{html.escape(h)}</th>"
            for h in (self.tr("KPI"), self.tr("Value"), self.tr("Previous"), self.tr("Definition"))
        )
        return (
            f"<!doctype html><meta charset='utf-8'><title>WhyNow · {title}</title>"
            f"<h1>{title}</h1><p>{html.escape(self.period.currentText())} · "
            f"{html.escape(self.tier.currentText())}</p>"
            f"<table border=1 cellpadding=4><tr>{heads}</tr>{body}</table>"
        )

    def export_pngs(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, view in (
            ("funnel", self.funnel_view),
            ("coverage", self.coverage_view),
            ("triggers", self.trigger_view),
            ("stage-moves", self.progress_view),
        ):
            target = folder / f"dashboard-{name}.png"
            view.grab().save(str(target))
            written.append(target)
        return written

    def _save(self, title: str, default: str, filt: str, data: bytes) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, default, filt)
        if not path:
            return
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot export"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 5000)

    def export_html_dialog(self) -> None:
        self._save(
            self.tr("Export dashboard"), "dashboard.html", self.tr("HTML (*.html)"), self.export_html().encode("utf-8")
        )

    def export_csv_dialog(self) -> None:
        self._save(self.tr("Export dashboard"), "dashboard.csv", self.tr("CSV (*.csv)"), self.export_csv())

    def export_png_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save charts into"))
        if folder:
            written = self.export_pngs(Path(folder))
            self.statusBar().showMessage(self.tr("Saved %1 charts").replace("%1", str(len(written))), 5000)
