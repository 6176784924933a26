"""`whynow quota`: the plan a sales leader reads, and the JSON a script reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["quota", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_worked_example_prints_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--arr", "2000000", "--sdrs", "10", "--close-rate", "0.2",
                         "--mrr-per-opp", "5000")  # fmt: skip
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Quota plan: 2,000,000 ARR with 10 SDRs"
    assert "  3. 833,333.33 MRR ÷ 10 SDRs = 83,333.33 MRR of pipeline per SDR" in lines
    assert any(line.startswith("  6. Check: 17 × 5,000 MRR × 12 × 10 SDRs × 20% = 2,040,000 ARR")
               for line in lines)  # fmt: skip
    assert lines[-1] == "  Each SDR: 83,333.33 MRR of pipeline, 17 opportunities, 17 accounts."


def test_json_is_stable_and_rounded_to_the_cent(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--arr", "2,000,000", "--sdrs", "10", "--close-rate", "20%",
                       "--mrr-per-opp", "5k", "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert list(data) == ["arr_target", "sdrs", "accounts_per_opportunity", "new_mrr_needed",
                          "scenarios"]  # fmt: skip
    (s,) = data["scenarios"]
    got = (s["close_rate"], s["pipeline_mrr_per_sdr"], s["opportunities_per_sdr"],
           s["accounts_per_sdr"], s["check_arr"])  # fmt: skip
    assert got == (0.2, 83333.33, 17, 17, 2040000.0)
    assert [step["key"] for step in s["steps"]][-1] == "check"
    assert data["new_mrr_needed"] == 166666.67


def test_bands_plan_one_scenario_each(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--arr", "2m", "--sdrs", "10", "--band", "1000:0.3",
                       "--band", "5k:15%", "--json")  # fmt: skip
    scenarios = json.loads(out)["scenarios"]
    assert code == 0
    assert [(s["label"], s["opportunities_per_sdr"], s["check_arr"]) for s in scenarios] == [
        ("1,000 MRR deals at 30%", 56, 2016000.0),  # ceil(55,555.56 / 1,000)
        ("5,000 MRR deals at 15%", 23, 2070000.0),  # ceil(111,111.11 / 5,000)
    ]


def test_without_deal_size_it_says_how_to_get_opportunities(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--arr", "2000000", "--sdrs", "10", "--close-rate", "0.2")
    assert code == 0
    assert "Each SDR: 83,333.33 MRR of pipeline." in out
    assert "Add --mrr-per-opp" in out


def test_accounts_worked_per_opportunity(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--arr", "2000000", "--sdrs", "10", "--close-rate", "0.2",
                       "--mrr-per-opp", "5000", "--accounts-per-opp", "4", "--json")  # fmt: skip
    (s,) = json.loads(out)["scenarios"]
    assert code == 0 and (s["accounts_per_sdr"], s["accounts_total"]) == (68, 680)  # 17 × 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--arr", "2000000", "--sdrs", "0", "--close-rate", "0.2"], "at least 1 (got 0)"),
        (["--arr", "2000000", "--sdrs", "ten", "--close-rate", "0.2"], "whole number (got “ten”)"),
        (["--arr", "2000000", "--sdrs", "10", "--close-rate", "20"], "Write 20% as 0.2"),
        (["--arr", "lots", "--sdrs", "10", "--close-rate", "0.2"], "ARR target must be a number"),
        (["--arr", "-5", "--sdrs", "10", "--close-rate", "0.2"], "more than 0 (got -5)"),
        (["--arr", "2000000", "--sdrs", "10"], "Give a close rate"),
        (["--arr", "2000000", "--sdrs", "10", "--close-rate", "0.2", "--band", "1000:0.3"],
         "not both"),
        (["--arr", "2000000", "--sdrs", "10", "--band", "1000"], "A band is MRR:RATE"),
        (["--arr", "2000000", "--sdrs", "10", "--band", "1000:0.3", "--mrr-per-opp", "5000"],
         "already give the MRR"),
    ],
)  # fmt: skip
def test_mistakes_exit_1_with_a_message(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 1 and out == ""
    assert err.startswith("whynow: ") and message in err


def test_missing_target_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["quota", "--sdrs", "10", "--close-rate", "0.2"])
    assert exited.value.code == 2
    assert "--arr" in capsys.readouterr().err


def test_quota_never_touches_a_workspace(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> None:
    code, _, _ = run(capsys, "--workspace", str(workspace_path), "--arr", "1m", "--sdrs", "2",
                     "--close-rate", "0.25")  # fmt: skip
    assert code == 0 and not workspace_path.exists()


def test_human_output_speaks_the_users_language_json_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    plan = ("--arr", "2000000", "--sdrs", "10", "--close-rate", "0.2", "--mrr-per-opp", "5000")
    code, out, _ = main_run(capsys, "--lang", "zh_CN", "quota", *plan)
    lines = out.splitlines()
    assert code == 0 and lines[0] == "配额计划：10 名 SDR 完成 ARR 2,000,000"
    assert lines[2] == "成交率 20%"
    assert "  3. MRR 833,333.33 ÷ 10 名 SDR = 每名 SDR 的管道 MRR 83,333.33" in lines
    assert lines[-1] == "  每名 SDR：管道 MRR 83,333.33，17 个商机，17 个客户。"
    code, out, _ = main_run(capsys, "--lang", "zh_CN", "quota", *plan, "--json")
    (s,) = json.loads(out)["scenarios"]
    assert s["label"] == "20% close rate"
    assert s["steps"][2]["text"] == "833,333.33 MRR ÷ 10 SDRs = 83,333.33 MRR of pipeline per SDR"
    code, _, err = main_run(capsys, "--lang", "zh_CN", "quota", "--arr", "lots", "--sdrs", "10", "--close-rate", "0.2")
    assert code == 1 and "ARR 目标必须是数字，例如 5000、5,000 或 5k（当前为“lots”）。" in err


def main_run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
