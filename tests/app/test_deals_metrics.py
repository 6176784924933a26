"""Deals, signals and the dashboard's numbers from a real workspace."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from app import accounts, deals, metrics
from app.cli import main
from app.errors import UserError, ValidationError


def test_deal_validation_and_close(db: Database) -> None:
    a = accounts.create_account(db, {"name": "Acme"})
    deal = deals.add_deal(db, a.id, {"name": "Platform", "mrr": "5,000"})
    assert (deal["mrr"], deal["value_acv"], deal["status"]) == (5000.0, 60000.0, "open")
    with pytest.raises(ValidationError, match="Say why"):
        deals.close_deal(db, deal["id"], "lost")
    assert deals.close_deal(db, deal["id"], "won")["status"] == "won"
    with pytest.raises(ValidationError, match="must be a number"):
        deals.add_deal(db, a.id, {"name": "X", "mrr": "lots"})


def test_signals_import_matches_domains_and_flags_a_surge(db: Database) -> None:
    a = accounts.create_account(db, {"name": "Acme", "domain": "acme.example"})
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    lines = ["Company Domain,Date,Type,Count"]
    for week in range(1, 5):  # a quiet baseline: 2 visits a week
        lines.append(f"acme.example,{(now - timedelta(days=7 * week + 1)).date()},Website visit,2")
    lines.append(f"www.acme.example,{(now - timedelta(days=1)).date()},pricing page,9")
    lines.append(f"nobody.example,{now.date()},web visit,3")
    lines.append("")  # a blank line still counts in the spreadsheet's numbering
    lines.append(f"acme.example,{now.date()},telepathy,1")
    result = deals.import_signals(db, "\n".join(lines).encode())
    assert result["imported"] == 5 and result["unmatched_domains"] == ["nobody.example"]
    assert result["errors"][0]["row"] == 9 and "telepathy" in result["errors"][0]["message"]
    surge = deals.surges(db, now)[a.id]
    assert surge.surging and surge.this_week == 9 and "2.0 a week" in surge.reason
    with pytest.raises(UserError, match="needs a"):
        deals.import_signals(db, b"foo,bar\n1,2\n")


def test_dashboard_counts_from_the_workspace(db: Database) -> None:
    now = datetime.now(UTC)
    a = accounts.create_account(db, {"name": "A", "tier": 1})
    accounts.create_account(db, {"name": "B", "tier": 3})
    accounts.move_stage(db, a.id, "opportunity")
    deals.add_deal(db, a.id, {"name": "Deal", "mrr": 1000, "status": "won"})
    result = metrics.compute_dashboard(db, period="30d", now=now + timedelta(seconds=5))
    assert result["target_accounts_by_tier"].value == 2
    assert result["new_revenue_won"].value == 12000
    assert result["win_rate"].value == 100
    tier1 = metrics.compute_dashboard(db, period="30d", tier=1, now=now + timedelta(seconds=5))
    assert tier1["target_accounts_by_tier"].value == 1
    with pytest.raises(ValidationError):
        metrics.parse_period("soon")


def test_cli_metrics_json_names_every_kpi(db: Database, workspace_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    accounts.create_account(db, {"name": "A"})
    assert main(["--workspace", str(workspace_path), "metrics", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    from research.metrics import kpi_definitions

    assert set(kpi_definitions()) <= set(data["kpis"])


def test_cli_metrics_speaks_the_users_language_json_stays_english(
    db: Database, workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = accounts.create_account(db, {"name": "Acme"})
    deals.add_deal(db, a.id, {"name": "Platform", "value_acv": "3,500,000"})
    ws = str(workspace_path)
    assert main(["--lang", "zh_CN", "--workspace", ws, "metrics"]) == 0
    lines = capsys.readouterr().out.splitlines()
    pipeline = next(line for line in lines if line.startswith("在途管道 (ACV)"))
    assert pipeline.endswith(" ¥350万  （较上期 +¥350万）")
    assert any(line.startswith("目标客户") and "（较上期 +1.0）" in line for line in lines)
    assert main(["--workspace", ws, "metrics"]) == 0
    english = capsys.readouterr().out
    assert "Open pipeline (ACV)" in english and "3,500,000  (+3,500,000.0 vs previous)" in english
    assert main(["--lang", "zh_CN", "--workspace", ws, "metrics", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kpis"]["open_pipeline_value"]["explanation"] == "ACV of 1 open opportunity at the end of the period"


def test_money_reads_in_wan_and_yi_for_a_chinese_reader() -> None:
    money = metrics.format_money
    assert [money(v, chinese=True) for v in (3_500_000, 120_000_000, 123_456_789, 35_600, 8_500, -2_000_000)] == [
        "¥350万", "¥1.2亿", "¥1.23亿", "¥3.56万", "¥8,500", "-¥200万",
    ]  # fmt: skip
    assert money(3_500_000, chinese=False) == "3,500,000" and money(8_500.5, chinese=False) == "8,500.50"
