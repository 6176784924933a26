"""`whynow tier`: one title, titles from stdin, scoring a labelled file, and the user's mistakes."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest

from app.cli import main

TITLES_TSV = Path(__file__).resolve().parent.parent / "data" / "titles.tsv"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_one_title_prints_one_json_object(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tier", "VP of Sales")
    assert code == 0
    assert json.loads(out) == {
        "title": "VP of Sales",
        "tier": "c_level",
        "confidence": 0.9,
        "reason": 'rule "vice_president": matched "VP"',
    }


def test_chinese_titles_print_as_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tier", "總經理特助")
    assert code == 0 and "總經理特助" in out  # not \\u escapes
    assert json.loads(out)["tier"] == "practitioner"


def test_dash_reads_one_title_per_line_and_writes_one_object_per_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Head of Growth (EMEA)\r\n产品经理\n\nn/a\n"))
    code, out, _ = run(capsys, "tier", "-")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["title"], r["tier"]) for r in rows] == [
        ("Head of Growth (EMEA)", "director"),
        ("产品经理", "practitioner"),
        ("", "unknown"),  # a blank line keeps its place so output lines up with input
        ("n/a", "unknown"),
    ]
    assert rows[0]["reason"] == 'rule "head_of": matched "Head of"'


def test_eval_prints_accuracy_per_tier_and_a_confusion_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "tier", "--eval", str(TITLES_TSV))
    assert code == 0
    lines = out.splitlines()
    assert re.match(r".*titles\.tsv: \d+ of \d+ titles right \(\d+\.\d%\)$", lines[0])
    for tier in ("c_level", "director", "practitioner", "unknown", "all"):
        assert any(line.startswith(tier) and line.endswith("%") for line in lines), tier
    assert "Confusion (rows: labelled, columns: predicted)" in out


def test_eval_json_gives_the_report_as_data(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tier", "--eval", str(TITLES_TSV), "--json")
    report = json.loads(out)
    assert code == 0
    assert report["accuracy"] >= 0.9
    assert set(report["per_tier"]) == {"c_level", "director", "practitioner", "unknown"}
    assert sum(sum(row.values()) for row in report["confusion"].values()) == report["total"]


def test_eval_lists_the_misclassified_titles(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    labelled = tmp_path / "mine.tsv"
    labelled.write_text("title\ttier\nCEO\tc_level\nProduct Manager\tdirector\n", encoding="utf-8")
    code, out, _ = run(capsys, "tier", "--eval", str(labelled))
    assert code == 0
    assert "1 of 2 titles right (50.0%)" in out
    assert "'Product Manager': labelled director, got practitioner" in out


def test_missing_eval_file_is_a_user_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.tsv"
    code, out, err = run(capsys, "tier", "--eval", str(missing))
    assert (code, out) == (1, "")
    assert err == f"whynow: labelled titles file not found: {missing}\n"


def test_malformed_row_is_reported_with_its_line_number(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    labelled = tmp_path / "bad.tsv"
    labelled.write_text("title\ttier\nCEO\tc_level\nDirector of Sales\n", encoding="utf-8")
    code, _, err = run(capsys, "tier", "--eval", str(labelled))
    assert code == 1
    assert f"{labelled}, line 3: expected 2 tab-separated columns" in err


def test_unknown_tier_in_eval_file_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    labelled = tmp_path / "bad.tsv"
    labelled.write_text("CEO\tboss\n", encoding="utf-8")
    code, _, err = run(capsys, "tier", "--eval", str(labelled))
    assert code == 1 and "line 1: unknown tier 'boss'" in err


def test_no_title_or_both_title_and_eval_are_user_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "tier")
    assert code == 1 and "give a job title" in err
    code, _, err = run(capsys, "tier", "CEO", "--eval", str(TITLES_TSV))
    assert code == 1 and "not both" in err


def test_rules_option_extends_the_built_in_rules(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rules = tmp_path / "rules.json"
    rule = {"name": "hacker", "tier": "practitioner", "confidence": 0.8}
    rule["patterns"] = [r"\bhacker\b"]
    rules.write_text(json.dumps({"rules": [rule]}), encoding="utf-8")
    code, out, _ = run(capsys, "tier", "Growth Hacker", "--rules", str(rules))
    assert code == 0 and json.loads(out)["tier"] == "practitioner"
    code, _, err = run(capsys, "tier", "CEO", "--rules", str(tmp_path / "nope.json"))
    assert code == 1 and "persona rules file not found" in err


def test_tier_never_opens_a_workspace(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "tier", "CEO")
    assert code == 0
    home = Path(os.environ["HOME"])
    assert not [p for p in home.rglob("*") if p.is_file()]


def test_eval_report_speaks_the_users_language_and_json_stays_english(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    labelled = tmp_path / "mine.tsv"
    labelled.write_text("title\ttier\nCFO\tc_level\nAcme Corp\tdirector\n", encoding="utf-8")
    code, out, _ = run(capsys, "--lang", "zh_CN", "tier", "--eval", str(labelled))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].endswith("mine.tsv：2 个职位中 1 个正确（50.0%）")
    assert "标注层级" in lines[2] and "准确率" in lines[2]
    assert "混淆矩阵（行：标注，列：预测）" in lines
    assert "  'Acme Corp'：标注为 director，结果为 unknown（没有规则匹配“Acme Corp”）" in lines
    # one title is JSON for scripts: English whatever the language
    code, out, _ = run(capsys, "--lang", "zh_CN", "tier", "VP of Sales")
    assert json.loads(out)["reason"] == 'rule "vice_president": matched "VP"'
    code, out, _ = run(capsys, "--lang", "zh_CN", "tier", "--eval", str(labelled), "--json")
    assert json.loads(out)["misses"][0]["reason"] == 'no rule matched "Acme Corp"'
    code, out, _ = run(capsys, "tier", "--eval", str(labelled))
    assert "  'Acme Corp': labelled director, got unknown (no rule matched \"Acme Corp\")" in out.splitlines()
