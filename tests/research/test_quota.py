"""Quota planner: the ABM playbook's worked example and the numbers around it."""

from __future__ import annotations

import re

import pytest

from app import i18n as app_i18n
from research import i18n
from research.quota import Band, QuotaInputError, compare_with_pipeline, plan_quota


def test_playbook_worked_example() -> None:
    # $2,000,000 ARR, 10 SDRs, 20% AE close rate, 5,000 MRR per opportunity
    plan = plan_quota(2_000_000, 10, 0.2, mrr_per_opportunity=5_000)
    (s,) = plan.scenarios
    assert plan.new_mrr_needed == pytest.approx(166_666.67, abs=0.01)  # 2,000,000 / 12
    assert s.pipeline_mrr_total == pytest.approx(833_333.33, abs=0.01)  # 166,666.67 / 0.2
    assert s.pipeline_mrr_per_sdr == pytest.approx(83_333.33, abs=0.01)  # / 10 SDRs
    assert s.opportunities_per_sdr == 17  # ceil(83,333.33 / 5,000) = ceil(16.67)
    assert s.accounts_per_sdr == 17  # one account per sourced opportunity by default
    assert s.opportunities_total == 170 and s.accounts_total == 170
    assert s.check_arr == 2_040_000  # 17 × 5,000 × 12 × 10 × 0.2
    assert [step.key for step in s.steps] == [
        "new_mrr", "pipeline_total", "pipeline_per_sdr", "opportunities_per_sdr",
        "accounts_per_sdr", "check",
    ]  # fmt: skip
    assert s.steps[2].text == "833,333.33 MRR ÷ 10 SDRs = 83,333.33 MRR of pipeline per SDR"
    assert "16.67 → 17 opportunities per SDR (rounded up" in s.steps[3].text
    assert s.steps[-1].text == (
        "Check: 17 × 5,000 MRR × 12 × 10 SDRs × 20% = 2,040,000 ARR ≥ 2,000,000 target (+40,000 from rounding up)"
    )


def test_without_deal_size_the_plan_stops_at_pipeline() -> None:
    (s,) = plan_quota(2_000_000, 10, 0.2).scenarios
    assert s.pipeline_mrr_per_sdr == pytest.approx(83_333.33, abs=0.01)
    assert s.opportunities_per_sdr is None and s.accounts_per_sdr is None and s.check_arr is None
    assert [step.key for step in s.steps] == ["new_mrr", "pipeline_total", "pipeline_per_sdr"]


def test_an_exact_fit_is_not_rounded_up_by_float_error() -> None:
    # 1,200,000 / 12 / 0.1 / 10 = 100,000 per SDR = exactly 20 × 5,000; 0.1 is not exact in binary
    (s,) = plan_quota(1_200_000, 10, 0.1, mrr_per_opportunity=5_000).scenarios
    assert s.opportunities_per_sdr == 20
    assert s.check_arr == 1_200_000
    assert "rounded up" not in s.steps[3].text and "from rounding up" not in s.steps[-1].text


def test_each_deal_size_band_is_planned_as_its_own_scenario() -> None:
    plan = plan_quota(2_000_000, 10, bands=[Band(1_000, 0.3), Band(5_000, 0.15)])
    small, large = plan.scenarios
    assert small.label == "1,000 MRR deals at 30%" and large.label == "5,000 MRR deals at 15%"
    # 166,666.67 / 0.3 / 10 = 55,555.56 per SDR → ceil(55.56) = 56 opportunities
    assert small.pipeline_mrr_per_sdr == pytest.approx(55_555.56, abs=0.01)
    assert small.opportunities_per_sdr == 56
    assert small.check_arr == 2_016_000  # 56 × 1,000 × 12 × 10 × 0.3
    # 166,666.67 / 0.15 / 10 = 111,111.11 per SDR → ceil(22.22) = 23 opportunities
    assert large.pipeline_mrr_per_sdr == pytest.approx(111_111.11, abs=0.01)
    assert large.opportunities_per_sdr == 23
    assert large.check_arr == 2_070_000  # 23 × 5,000 × 12 × 10 × 0.15


def test_accounts_worked_per_opportunity_scales_and_rounds_up() -> None:
    (s,) = plan_quota(2_000_000, 10, 0.2, mrr_per_opportunity=5_000,
                      accounts_per_opportunity=2.5).scenarios  # fmt: skip
    assert s.opportunities_per_sdr == 17
    assert s.accounts_per_sdr == 43  # ceil(17 × 2.5 = 42.5)
    assert "42.5" not in s.steps[4].text and "43 accounts to work per SDR (rounded up)" in s.steps[4].text


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"arr_target": 0, "sdrs": 10, "close_rate": 0.2}, "arr_target", "ARR target must be more"),
        ({"arr_target": -5, "sdrs": 10, "close_rate": 0.2}, "arr_target", "more than 0 (got -5)"),
        ({"arr_target": 1e6, "sdrs": 0, "close_rate": 0.2}, "sdrs", "at least 1 (got 0)"),
        ({"arr_target": 1e6, "sdrs": 2.5, "close_rate": 0.2}, "sdrs", "whole number"),
        ({"arr_target": 1e6, "sdrs": 1, "close_rate": 0}, "close_rate", "above 0 and at most 1"),
        ({"arr_target": 1e6, "sdrs": 1, "close_rate": 20}, "close_rate", "Write 20% as 0.2"),
        ({"arr_target": 1e6, "sdrs": 1}, "close_rate", "Give a close rate"),
        ({"arr_target": 1e6, "sdrs": 1, "close_rate": 0.2, "bands": [Band(1000, 0.3)]},
         "close_rate", "not both"),
        ({"arr_target": 1e6, "sdrs": 1, "bands": [Band(1000, 0.3), Band(0, 0.1)]},
         "bands", "MRR per opportunity in deal-size band 2 must be more than 0"),
        ({"arr_target": 1e6, "sdrs": 1, "bands": [Band(1000, 1.5)]}, "bands", "band 1 must be"),
        ({"arr_target": 1e6, "sdrs": 1, "bands": [Band(1000, 0.3)], "mrr_per_opportunity": 5},
         "mrr_per_opportunity", "already give the MRR"),
        ({"arr_target": 1e6, "sdrs": 1, "close_rate": 0.2, "accounts_per_opportunity": 0.5},
         "accounts_per_opportunity", "at least 1"),
        ({"arr_target": float("nan"), "sdrs": 1, "close_rate": 0.2}, "arr_target", "a number"),
    ],
)  # fmt: skip
def test_bad_inputs_are_refused_with_a_message_naming_the_field(
    kwargs: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(QuotaInputError, match=re.escape(words)) as caught:
        plan_quota(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_a_close_rate_of_one_is_allowed() -> None:
    (s,) = plan_quota(120_000, 1, 1, mrr_per_opportunity=10_000).scenarios
    assert s.pipeline_mrr_per_sdr == 10_000 and s.opportunities_per_sdr == 1


def test_compare_with_pipeline_reports_gap_and_coverage() -> None:
    plan = plan_quota(2_000_000, 10, 0.2, mrr_per_opportunity=5_000)
    # the whole team: needs 833,333.33 MRR; has 500,000 → gap 333,333.33, coverage 0.6
    team = compare_with_pipeline(plan, 500_000, 100, sdrs=10)
    (gap,) = team.scenarios
    assert gap.needed_pipeline_mrr == pytest.approx(833_333.33, abs=0.01)
    assert gap.gap_mrr == pytest.approx(333_333.33, abs=0.01)
    assert gap.coverage_ratio == pytest.approx(0.6)
    assert gap.needed_opportunities == 170 and gap.opportunities_gap == 70  # 17 × 10 − 100
    assert gap.text == (
        "20% close rate: open pipeline 500,000 MRR covers 60% of the 833,333.33 MRR "
        "10 SDRs need — 333,333.33 MRR short; 100 of 170 opportunities open, 70 more to source."
    )
    assert team.note == "Open opportunities average 5,000 MRR."


def test_compare_one_sdr_who_is_ahead() -> None:
    plan = plan_quota(2_000_000, 10, 0.2, mrr_per_opportunity=5_000)
    # one SDR needs 83,333.33; has 100,000 in 25 opportunities (average 4,000 < 5,000 planned)
    (gap,) = compare_with_pipeline(plan, 100_000, 25, sdrs=1).scenarios
    assert gap.gap_mrr == pytest.approx(-16_666.67, abs=0.01)
    assert gap.coverage_ratio == pytest.approx(1.2)
    assert gap.opportunities_gap == -8  # 17 − 25
    assert "16,666.67 MRR ahead; 25 of 17 opportunities open." in gap.text
    note = compare_with_pipeline(plan, 100_000, 25, sdrs=1).note
    assert note == "Open opportunities average 4,000 MRR. The plan assumes 5,000 MRR per opportunity."


def test_compare_with_no_pipeline_and_bad_inputs() -> None:
    plan = plan_quota(2_000_000, 10, bands=[Band(1_000, 0.3), Band(5_000, 0.15)])
    result = compare_with_pipeline(plan, 0, 0, sdrs=10)
    assert [g.coverage_ratio for g in result.scenarios] == [0, 0]
    assert result.note == ""
    with pytest.raises(QuotaInputError, match="cannot be negative"):
        compare_with_pipeline(plan, -1, 0, sdrs=1)
    with pytest.raises(QuotaInputError, match="at least 1"):
        compare_with_pipeline(plan, 1, 0, sdrs=0)


def test_the_working_speaks_the_readers_language() -> None:
    """Steps and coverage lines in Chinese keep every number as the English has it."""
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    try:
        plan = plan_quota(2_000_000, 10, 0.2, mrr_per_opportunity=5_000)
        (s,) = plan.scenarios
        assert s.label == "成交率 20%"
        assert s.steps[2].text == "MRR 833,333.33 ÷ 10 名 SDR = 每名 SDR 的管道 MRR 83,333.33"
        assert s.steps[-1].text.endswith("ARR 2,040,000 ≥ 目标 2,000,000（向上取整多出 +40,000）")
        (gap,) = compare_with_pipeline(plan, 500_000, 100, sdrs=10).scenarios
        assert gap.text == (
            "成交率 20%：在途管道 MRR 500,000，覆盖 10 名 SDR 所需 MRR 833,333.33 的 60%"
            "——还差 MRR 333,333.33；需要 170 个商机，在途 100 个，还需开拓 70 个。"
        )
        with pytest.raises(
            QuotaInputError, match=re.escape("成交率必须大于 0 且不超过 1（当前为 20）。20% 请写作 0.2。")
        ):
            plan_quota(2_000_000, 10, 20)
    finally:
        i18n.set_translator(None)
    assert plan_quota(2_000_000, 1, 0.2).scenarios[0].steps[2].text.startswith("833,333.33 MRR ÷ 1 SDR =")
