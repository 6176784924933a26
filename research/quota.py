"""Quota planner: how much pipeline, how many opportunities and accounts an ARR target needs.

The ABM playbook's arithmetic, written out step by step so an SDR can follow
(and argue with) every number: an ARR target becomes new MRR to close (÷ 12),
then pipeline to source (÷ the AE close rate), then pipeline per SDR (÷ SDRs),
then opportunities per SDR (÷ MRR per opportunity, rounded up: nobody sources
two thirds of an opportunity), then accounts per SDR (× accounts worked per
sourced opportunity). A check figure multiplies the rounded plan back out to
the ARR it would deliver, so the rounding is visible.

Worked example ($2,000,000 ARR, 10 SDRs, 20% close rate, 5,000 MRR per
opportunity): 2,000,000 / 12 / 0.2 / 10 = 83,333.33 MRR of pipeline per SDR,
ceil(83,333.33 / 5,000) = 17 opportunities per SDR, check 17 × 5,000 × 12 ×
10 × 0.2 = 2,040,000 ≥ 2,000,000.

Close rates usually fall as deals grow, so instead of one close rate the
planner accepts bands of (MRR per opportunity, close rate) and plans each band
as its own scenario ("if every deal were ~5,000 MRR at 15%…").

"Accounts" defaults to one account per sourced opportunity: the accounts where
an SDR sources an opportunity. Set `accounts_per_opportunity` (e.g. 4 when one
account in four worked turns into an opportunity) to get accounts to work.

Arithmetic runs on exact fractions of the numbers as typed, so 0.2 is 1/5 and
a plan that lands exactly on a whole opportunity is not rounded up by a float
error. Pure: numbers in, a plan out; no storage, no Qt, no printing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

MONTHS_PER_YEAR = 12


class QuotaInputError(ValueError):
    """A planner input is out of range; the message says which and why, for the user."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class Band:
    """Deals of about this size close at this rate."""

    mrr_per_opportunity: float
    close_rate: float


@dataclass(frozen=True, slots=True)
class Step:
    """One line of the working: what was computed, the formula and the result."""

    key: str  # stable id: "new_mrr", "pipeline_total", "pipeline_per_sdr", ...
    text: str  # the step in words with its numbers
    value: float


@dataclass(frozen=True, slots=True)
class Scenario:
    """The plan at one close rate (and one deal size when known)."""

    label: str  # "20% close rate" or "5,000 MRR deals at 15%"
    close_rate: float
    mrr_per_opportunity: float | None
    pipeline_mrr_total: float
    pipeline_mrr_per_sdr: float
    #: None when no MRR per opportunity was given: pipeline is all we can say
    opportunities_per_sdr: int | None
    opportunities_total: int | None
    accounts_per_sdr: int | None
    accounts_total: int | None
    #: ARR the rounded plan delivers: opportunities × MRR × 12 × SDRs × close rate
    check_arr: float | None
    steps: list[Step] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class QuotaPlan:
    arr_target: float
    sdrs: int
    accounts_per_opportunity: float
    new_mrr_needed: float  # ARR target / 12
    scenarios: list[Scenario]


@dataclass(frozen=True, slots=True)
class ScenarioGap:
    label: str
    needed_pipeline_mrr: float
    #: needed − open: positive means short of the plan, negative means ahead of it
    gap_mrr: float
    #: open ÷ needed: 1.0 means exactly enough pipeline at this close rate
    coverage_ratio: float
    needed_opportunities: int | None
    #: needed − open opportunities (positive: short); None without an MRR per opportunity
    opportunities_gap: int | None
    text: str


@dataclass(frozen=True, slots=True)
class PipelineComparison:
    open_pipeline_mrr: float
    open_opportunities: int
    sdrs: int
    scenarios: list[ScenarioGap]
    #: e.g. "Open opportunities average 4,000 MRR." (empty when there are none)
    note: str = ""


# -- formatting -------------------------------------------------------------------------------


def format_money(value: float | Fraction) -> str:
    """2,000,000 or 83,333.33: no decimals when the amount is whole (to the cent)."""
    rounded = round(float(value), 2)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.2f}"


def format_rate(rate: float | Fraction) -> str:
    """0.2 → "20%", 0.125 → "12.5%"."""
    percent = round(float(rate) * 100, 2)
    return f"{percent:g}%"


def _count(n: float | Fraction) -> str:
    return f"{float(n):,.2f}".rstrip("0").rstrip(".")


# -- validation -------------------------------------------------------------------------------


def _exact(value: float | int) -> Fraction:
    # str() of a float is the shortest text that round-trips, i.e. what the user typed:
    # Fraction("0.2") is exactly 1/5 where Fraction(0.2) is 3602879701896397/18014398509481984.
    return Fraction(value) if isinstance(value, int) else Fraction(str(value))


def _check_finite(value: float, what: str, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise QuotaInputError(f"{what} must be a number (got {value!r}).", name)


def _check_close_rate(rate: float, name: str, where: str = "") -> None:
    _check_finite(rate, f"The close rate{where}", name)
    if not 0 < rate <= 1:
        hint = f" Write {rate:g}% as {rate / 100:g}." if 1 < rate <= 100 else ""
        raise QuotaInputError(
            f"The close rate{where} must be above 0 and at most 1 (got {rate:g}).{hint}", name
        )


def _check_mrr(mrr: float, name: str, where: str = "") -> None:
    _check_finite(mrr, f"The MRR per opportunity{where}", name)
    if mrr <= 0:
        raise QuotaInputError(
            f"The MRR per opportunity{where} must be more than 0 (got {mrr:g}).", name
        )


def _validate(
    arr_target: float,
    sdrs: int,
    close_rate: float | None,
    bands: Sequence[Band] | None,
    mrr_per_opportunity: float | None,
    accounts_per_opportunity: float,
) -> None:
    _check_finite(arr_target, "The ARR target", "arr_target")
    if arr_target <= 0:
        raise QuotaInputError(
            f"The ARR target must be more than 0 (got {arr_target:g}).", "arr_target"
        )
    if isinstance(sdrs, bool) or not isinstance(sdrs, int):
        raise QuotaInputError(f"The number of SDRs must be a whole number (got {sdrs!r}).", "sdrs")
    if sdrs < 1:
        raise QuotaInputError(f"The number of SDRs must be at least 1 (got {sdrs}).", "sdrs")
    if close_rate is None and not bands:
        raise QuotaInputError(
            "Give a close rate (e.g. 0.2 for 20%) or close rates by deal size.", "close_rate"
        )
    if close_rate is not None and bands:
        raise QuotaInputError(
            "Give either one close rate or close rates by deal size, not both.", "close_rate"
        )
    if close_rate is not None:
        _check_close_rate(close_rate, "close_rate")
    if mrr_per_opportunity is not None:
        if bands:
            raise QuotaInputError(
                "Close rates by deal size already give the MRR per opportunity; "
                "leave the separate MRR per opportunity out.",
                "mrr_per_opportunity",
            )
        _check_mrr(mrr_per_opportunity, "mrr_per_opportunity")
    for i, band in enumerate(bands or (), start=1):
        where = f" in deal-size band {i}"
        _check_mrr(band.mrr_per_opportunity, "bands", where)
        _check_close_rate(band.close_rate, "bands", where)
    _check_finite(accounts_per_opportunity, "Accounts per opportunity", "accounts_per_opportunity")
    if accounts_per_opportunity < 1:
        raise QuotaInputError(
            "Accounts per opportunity must be at least 1: it is how many accounts an SDR works "
            f"to source one opportunity (got {accounts_per_opportunity:g}).",
            "accounts_per_opportunity",
        )


# -- planning ---------------------------------------------------------------------------------


def plan_quota(
    arr_target: float,
    sdrs: int,
    close_rate: float | None = None,
    *,
    bands: Sequence[Band] | None = None,
    mrr_per_opportunity: float | None = None,
    accounts_per_opportunity: float = 1,
) -> QuotaPlan:
    """The pipeline, opportunities and accounts per SDR that `arr_target` needs.

    Give `close_rate` (0 < r ≤ 1) with an optional `mrr_per_opportunity`, or
    `bands` of (MRR per opportunity, close rate): one scenario per band.
    Raises QuotaInputError with a message for the user when an input is out of range.
    """
    _validate(arr_target, sdrs, close_rate, bands, mrr_per_opportunity, accounts_per_opportunity)
    arr = _exact(arr_target)
    per_account = _exact(accounts_per_opportunity)
    new_mrr = arr / MONTHS_PER_YEAR
    if bands:
        scenarios = [
            _scenario(
                arr, new_mrr, sdrs, _exact(b.close_rate), _exact(b.mrr_per_opportunity),
                per_account,
                f"{format_money(b.mrr_per_opportunity)} MRR deals at {format_rate(b.close_rate)}",
            )
            for b in bands
        ]  # fmt: skip
    else:
        assert close_rate is not None  # _validate guarantees one of the two
        mrr = None if mrr_per_opportunity is None else _exact(mrr_per_opportunity)
        label = f"{format_rate(close_rate)} close rate"
        scenarios = [_scenario(arr, new_mrr, sdrs, _exact(close_rate), mrr, per_account, label)]
    return QuotaPlan(
        arr_target=float(arr),
        sdrs=sdrs,
        accounts_per_opportunity=float(per_account),
        new_mrr_needed=float(new_mrr),
        scenarios=scenarios,
    )


def _scenario(
    arr: Fraction,
    new_mrr: Fraction,
    sdrs: int,
    rate: Fraction,
    mrr: Fraction | None,
    per_account: Fraction,
    label: str,
) -> Scenario:
    pipeline_total = new_mrr / rate
    per_sdr = pipeline_total / sdrs
    steps = [
        Step(
            "new_mrr",
            f"{format_money(arr)} ARR target ÷ 12 months = "
            f"{format_money(new_mrr)} of new MRR to close",
            float(new_mrr),
        ),
        Step(
            "pipeline_total",
            f"{format_money(new_mrr)} MRR ÷ {format_rate(rate)} AE close rate = "
            f"{format_money(pipeline_total)} MRR of pipeline to source in total",
            float(pipeline_total),
        ),
        Step(
            "pipeline_per_sdr",
            f"{format_money(pipeline_total)} MRR ÷ {sdrs} SDR{'s' if sdrs != 1 else ''} = "
            f"{format_money(per_sdr)} MRR of pipeline per SDR",
            float(per_sdr),
        ),
    ]
    if mrr is None:
        return Scenario(label, float(rate), None, float(pipeline_total), float(per_sdr),
                        None, None, None, None, None, steps)  # fmt: skip

    exact_opps = per_sdr / mrr
    opps = math.ceil(exact_opps)
    rounded = (
        " (rounded up: part of an opportunity cannot be sourced)" if opps != exact_opps else ""
    )
    steps.append(
        Step(
            "opportunities_per_sdr",
            f"{format_money(per_sdr)} MRR ÷ {format_money(mrr)} MRR per opportunity = "
            f"{_count(exact_opps)} → {opps} opportunities per SDR{rounded}",
            opps,
        )
    )
    exact_accounts = opps * per_account
    accounts = math.ceil(exact_accounts)
    if per_account == 1:
        accounts_text = (
            f"{opps} opportunities × 1 account per sourced opportunity = "
            f"{accounts} accounts per SDR (accounts where an opportunity is sourced)"
        )
    else:
        up = " (rounded up)" if accounts != exact_accounts else ""
        accounts_text = (
            f"{opps} opportunities × {_count(per_account)} accounts worked per sourced "
            f"opportunity = {accounts} accounts to work per SDR{up}"
        )
    steps.append(Step("accounts_per_sdr", accounts_text, accounts))
    check = opps * mrr * MONTHS_PER_YEAR * sdrs * rate
    surplus = check - arr
    steps.append(
        Step(
            "check",
            f"Check: {opps} × {format_money(mrr)} MRR × 12 × {sdrs} SDRs × {format_rate(rate)} = "
            f"{format_money(check)} ARR ≥ {format_money(arr)} target"
            + (f" (+{format_money(surplus)} from rounding up)" if surplus else ""),
            float(check),
        )
    )
    return Scenario(
        label=label,
        close_rate=float(rate),
        mrr_per_opportunity=float(mrr),
        pipeline_mrr_total=float(pipeline_total),
        pipeline_mrr_per_sdr=float(per_sdr),
        opportunities_per_sdr=opps,
        opportunities_total=opps * sdrs,
        accounts_per_sdr=accounts,
        accounts_total=accounts * sdrs,
        check_arr=float(check),
        steps=steps,
    )


def compare_with_pipeline(
    plan: QuotaPlan, open_pipeline_mrr: float, open_opps: int, sdrs: int
) -> PipelineComparison:
    """How the open pipeline of `sdrs` SDRs measures up to what the plan needs of them.

    Needed = the plan's pipeline per SDR × `sdrs` (1 to look at one SDR, the
    plan's team size for the team). Coverage is open ÷ needed, so 1.0 is
    enough at the planned close rate. The plan's pipeline is for the whole
    ARR target's year; comparing it with today's open pipeline is the user's
    reading, the numbers do not pretend otherwise.
    """
    _check_finite(open_pipeline_mrr, "The open pipeline MRR", "open_pipeline_mrr")
    if open_pipeline_mrr < 0:
        raise QuotaInputError(
            f"The open pipeline MRR cannot be negative (got {open_pipeline_mrr:g}).",
            "open_pipeline_mrr",
        )
    if isinstance(open_opps, bool) or not isinstance(open_opps, int) or open_opps < 0:
        raise QuotaInputError(
            f"Open opportunities must be a whole number, 0 or more (got {open_opps!r}).",
            "open_opps",
        )
    if isinstance(sdrs, bool) or not isinstance(sdrs, int) or sdrs < 1:
        raise QuotaInputError(f"The number of SDRs must be at least 1 (got {sdrs!r}).", "sdrs")

    open_mrr = _exact(open_pipeline_mrr)
    who = "1 SDR needs" if sdrs == 1 else f"{sdrs} SDRs need"
    gaps: list[ScenarioGap] = []
    for s in plan.scenarios:
        # recompute from the plan's exact inputs so 83,333.33 × 10 is 833,333.33…, not a float echo
        needed = _exact(plan.arr_target) / MONTHS_PER_YEAR / _exact(s.close_rate) / plan.sdrs * sdrs
        gap = needed - open_mrr
        coverage = open_mrr / needed
        needed_opps = None if s.opportunities_per_sdr is None else s.opportunities_per_sdr * sdrs
        opps_gap = None if needed_opps is None else needed_opps - open_opps
        words = (
            f"{s.label}: open pipeline {format_money(open_mrr)} MRR covers "
            f"{round(float(coverage) * 100)}% of the {format_money(needed)} MRR {who}"
        )
        if gap > 0:
            words += f" — {format_money(gap)} MRR short"
        elif gap < 0:
            words += f" — {format_money(-gap)} MRR ahead"
        else:
            words += " — exactly on plan"
        if opps_gap is not None and needed_opps is not None:
            if opps_gap > 0:
                words += (
                    f"; {open_opps} of {needed_opps} opportunities open, {opps_gap} more to source"
                )
            else:
                words += f"; {open_opps} of {needed_opps} opportunities open"
        gaps.append(
            ScenarioGap(
                label=s.label,
                needed_pipeline_mrr=float(needed),
                gap_mrr=float(gap),
                coverage_ratio=float(coverage),
                needed_opportunities=needed_opps,
                opportunities_gap=opps_gap,
                text=words + ".",
            )
        )
    note = ""
    if open_opps:
        average = open_mrr / open_opps
        note = f"Open opportunities average {format_money(average)} MRR."
        sizes = [s.mrr_per_opportunity for s in plan.scenarios if s.mrr_per_opportunity]
        if len(sizes) == 1 and average < _exact(sizes[0]):
            note += f" The plan assumes {format_money(sizes[0])} MRR per opportunity."
    return PipelineComparison(float(open_mrr), open_opps, sdrs, gaps, note)
