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
error. Pure: numbers in, a plan out; no storage, no Qt, no printing. The
words (steps, labels, coverage lines, input errors) are in the reader's
language (research.i18n); the numbers keep their grouping (2,000,000).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from research.i18n import translate

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
    """`what` is the input's name, already in the reader's language."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise QuotaInputError(
            translate("Quota", "{what} must be a number (got {value!r}).", what=what, value=value), name
        )


def _close_rate_name(band: int | None) -> str:
    if band is None:
        return translate("Quota", "The close rate")
    return translate("Quota", "The close rate in deal-size band {band}", band=band)


def _mrr_name(band: int | None) -> str:
    if band is None:
        return translate("Quota", "The MRR per opportunity")
    return translate("Quota", "The MRR per opportunity in deal-size band {band}", band=band)


def _check_close_rate(rate: float, name: str, band: int | None = None) -> None:
    what = _close_rate_name(band)
    _check_finite(rate, what, name)
    if not 0 < rate <= 1:
        hint = (
            translate("Quota", " Write {percent:g}% as {rate:g}.", percent=rate, rate=rate / 100)
            if 1 < rate <= 100
            else ""
        )
        raise QuotaInputError(
            translate(
                "Quota", "{what} must be above 0 and at most 1 (got {rate:g}).{hint}", what=what, rate=rate, hint=hint
            ),
            name,
        )


def _check_mrr(mrr: float, name: str, band: int | None = None) -> None:
    what = _mrr_name(band)
    _check_finite(mrr, what, name)
    if mrr <= 0:
        raise QuotaInputError(
            translate("Quota", "{what} must be more than 0 (got {value:g}).", what=what, value=mrr), name
        )


def _validate(
    arr_target: float,
    sdrs: int,
    close_rate: float | None,
    bands: Sequence[Band] | None,
    mrr_per_opportunity: float | None,
    accounts_per_opportunity: float,
) -> None:
    _check_finite(arr_target, translate("Quota", "The ARR target"), "arr_target")
    if arr_target <= 0:
        raise QuotaInputError(
            translate("Quota", "The ARR target must be more than 0 (got {value:g}).", value=arr_target), "arr_target"
        )
    _check_sdrs(sdrs)
    if close_rate is None and not bands:
        raise QuotaInputError(
            translate("Quota", "Give a close rate (e.g. 0.2 for 20%) or close rates by deal size."), "close_rate"
        )
    if close_rate is not None and bands:
        raise QuotaInputError(
            translate("Quota", "Give either one close rate or close rates by deal size, not both."), "close_rate"
        )
    if close_rate is not None:
        _check_close_rate(close_rate, "close_rate")
    if mrr_per_opportunity is not None:
        if bands:
            raise QuotaInputError(
                translate(
                    "Quota",
                    "Close rates by deal size already give the MRR per opportunity; "
                    "leave the separate MRR per opportunity out.",
                ),
                "mrr_per_opportunity",
            )
        _check_mrr(mrr_per_opportunity, "mrr_per_opportunity")
    for i, band in enumerate(bands or (), start=1):
        _check_mrr(band.mrr_per_opportunity, "bands", i)
        _check_close_rate(band.close_rate, "bands", i)
    _check_finite(accounts_per_opportunity, translate("Quota", "Accounts per opportunity"), "accounts_per_opportunity")
    if accounts_per_opportunity < 1:
        raise QuotaInputError(
            translate(
                "Quota",
                "Accounts per opportunity must be at least 1: it is how many accounts an SDR works "
                "to source one opportunity (got {value:g}).",
                value=accounts_per_opportunity,
            ),
            "accounts_per_opportunity",
        )


def _check_sdrs(sdrs: int) -> None:
    if isinstance(sdrs, bool) or not isinstance(sdrs, int):
        raise QuotaInputError(
            translate("Quota", "The number of SDRs must be a whole number (got {value!r}).", value=sdrs), "sdrs"
        )
    if sdrs < 1:
        raise QuotaInputError(
            translate("Quota", "The number of SDRs must be at least 1 (got {value}).", value=sdrs), "sdrs"
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
                translate("Quota", "{mrr} MRR deals at {rate}", mrr=format_money(b.mrr_per_opportunity),
                          rate=format_rate(b.close_rate)),
            )
            for b in bands
        ]  # fmt: skip
    else:
        assert close_rate is not None  # _validate guarantees one of the two
        mrr = None if mrr_per_opportunity is None else _exact(mrr_per_opportunity)
        label = translate("Quota", "{rate} close rate", rate=format_rate(close_rate))
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
    per_sdr_args = {"total": format_money(pipeline_total), "sdrs": sdrs, "per_sdr": format_money(per_sdr)}
    steps = [
        Step(
            "new_mrr",
            translate("Quota", "{arr} ARR target ÷ 12 months = {mrr} of new MRR to close",
                      arr=format_money(arr), mrr=format_money(new_mrr)),
            float(new_mrr),
        ),
        Step(
            "pipeline_total",
            translate("Quota", "{mrr} MRR ÷ {rate} AE close rate = {total} MRR of pipeline to source in total",
                      mrr=format_money(new_mrr), rate=format_rate(rate), total=format_money(pipeline_total)),
            float(pipeline_total),
        ),
        Step(
            "pipeline_per_sdr",
            translate("Quota", "{total} MRR ÷ {sdrs} SDR = {per_sdr} MRR of pipeline per SDR", **per_sdr_args)
            if sdrs == 1
            else translate("Quota", "{total} MRR ÷ {sdrs} SDRs = {per_sdr} MRR of pipeline per SDR", **per_sdr_args),
            float(per_sdr),
        ),
    ]  # fmt: skip
    if mrr is None:
        return Scenario(label, float(rate), None, float(pipeline_total), float(per_sdr),
                        None, None, None, None, None, steps)  # fmt: skip

    exact_opps = per_sdr / mrr
    opps = math.ceil(exact_opps)
    rounded = (
        translate("Quota", " (rounded up: part of an opportunity cannot be sourced)") if opps != exact_opps else ""
    )
    steps.append(
        Step(
            "opportunities_per_sdr",
            translate(
                "Quota", "{per_sdr} MRR ÷ {mrr} MRR per opportunity = {exact} → {opps} opportunities per SDR{rounded}",
                per_sdr=format_money(per_sdr), mrr=format_money(mrr), exact=_count(exact_opps), opps=opps,
                rounded=rounded,
            ),
            opps,
        )
    )  # fmt: skip
    exact_accounts = opps * per_account
    accounts = math.ceil(exact_accounts)
    if per_account == 1:
        accounts_text = translate(
            "Quota",
            "{opps} opportunities × 1 account per sourced opportunity = "
            "{accounts} accounts per SDR (accounts where an opportunity is sourced)",
            opps=opps, accounts=accounts,
        )  # fmt: skip
    else:
        up = translate("Quota", " (rounded up)") if accounts != exact_accounts else ""
        accounts_text = translate(
            "Quota",
            "{opps} opportunities × {per_account} accounts worked per sourced "
            "opportunity = {accounts} accounts to work per SDR{up}",
            opps=opps, per_account=_count(per_account), accounts=accounts, up=up,
        )  # fmt: skip
    steps.append(Step("accounts_per_sdr", accounts_text, accounts))
    check = opps * mrr * MONTHS_PER_YEAR * sdrs * rate
    surplus = check - arr
    extra = translate("Quota", " (+{surplus} from rounding up)", surplus=format_money(surplus)) if surplus else ""
    steps.append(
        Step(
            "check",
            translate(
                "Quota", "Check: {opps} × {mrr} MRR × 12 × {sdrs} SDRs × {rate} = {check} ARR ≥ {arr} target{extra}",
                opps=opps, mrr=format_money(mrr), sdrs=sdrs, rate=format_rate(rate), check=format_money(check),
                arr=format_money(arr), extra=extra,
            ),
            float(check),
        )
    )  # fmt: skip
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


def compare_with_pipeline(plan: QuotaPlan, open_pipeline_mrr: float, open_opps: int, sdrs: int) -> PipelineComparison:
    """How the open pipeline of `sdrs` SDRs measures up to what the plan needs of them.

    Needed = the plan's pipeline per SDR × `sdrs` (1 to look at one SDR, the
    plan's team size for the team). Coverage is open ÷ needed, so 1.0 is
    enough at the planned close rate. The plan's pipeline is for the whole
    ARR target's year; comparing it with today's open pipeline is the user's
    reading, the numbers do not pretend otherwise.
    """
    _check_finite(open_pipeline_mrr, translate("Quota", "The open pipeline MRR"), "open_pipeline_mrr")
    if open_pipeline_mrr < 0:
        raise QuotaInputError(
            translate("Quota", "The open pipeline MRR cannot be negative (got {value:g}).", value=open_pipeline_mrr),
            "open_pipeline_mrr",
        )
    if isinstance(open_opps, bool) or not isinstance(open_opps, int) or open_opps < 0:
        raise QuotaInputError(
            translate(
                "Quota", "Open opportunities must be a whole number, 0 or more (got {value!r}).", value=open_opps
            ),
            "open_opps",
        )
    _check_sdrs(sdrs)

    open_mrr = _exact(open_pipeline_mrr)
    gaps: list[ScenarioGap] = []
    for s in plan.scenarios:
        # recompute from the plan's exact inputs so 83,333.33 × 10 is 833,333.33…, not a float echo
        needed = _exact(plan.arr_target) / MONTHS_PER_YEAR / _exact(s.close_rate) / plan.sdrs * sdrs
        gap = needed - open_mrr
        coverage = open_mrr / needed
        needed_opps = None if s.opportunities_per_sdr is None else s.opportunities_per_sdr * sdrs
        opps_gap = None if needed_opps is None else needed_opps - open_opps
        fields = {
            "label": s.label, "open": format_money(open_mrr), "percent": round(float(coverage) * 100),
            "needed": format_money(needed), "sdrs": sdrs,
        }  # fmt: skip
        if sdrs == 1:
            words = translate("Quota", "{label}: open pipeline {open} MRR covers {percent}% of the {needed} MRR "
                              "{sdrs} SDR needs", **fields)  # fmt: skip
        else:
            words = translate("Quota", "{label}: open pipeline {open} MRR covers {percent}% of the {needed} MRR "
                              "{sdrs} SDRs need", **fields)  # fmt: skip
        if gap > 0:
            words += translate("Quota", " — {gap} MRR short", gap=format_money(gap))
        elif gap < 0:
            words += translate("Quota", " — {gap} MRR ahead", gap=format_money(-gap))
        else:
            words += translate("Quota", " — exactly on plan")
        if opps_gap is not None and needed_opps is not None:
            if opps_gap > 0:
                words += translate(
                    "Quota", "; {open} of {needed} opportunities open, {more} more to source",
                    open=open_opps, needed=needed_opps, more=opps_gap,
                )  # fmt: skip
            else:
                words += translate(
                    "Quota", "; {open} of {needed} opportunities open", open=open_opps, needed=needed_opps
                )
        gaps.append(
            ScenarioGap(
                label=s.label,
                needed_pipeline_mrr=float(needed),
                gap_mrr=float(gap),
                coverage_ratio=float(coverage),
                needed_opportunities=needed_opps,
                opportunities_gap=opps_gap,
                text=translate("Quota", "{sentence}.", sentence=words),
            )
        )
    note = ""
    if open_opps:
        average = open_mrr / open_opps
        note = translate("Quota", "Open opportunities average {mrr} MRR.", mrr=format_money(average))
        sizes = [s.mrr_per_opportunity for s in plan.scenarios if s.mrr_per_opportunity]
        if len(sizes) == 1 and average < _exact(sizes[0]):
            note += translate("Quota", " The plan assumes {mrr} MRR per opportunity.", mrr=format_money(sizes[0]))
    return PipelineComparison(float(open_mrr), open_opps, sdrs, gaps, note)
