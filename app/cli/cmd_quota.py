"""`whynow quota`: the pipeline, opportunities and accounts per SDR that an ARR target needs.

Prints each step of research/quota.py's working so the plan can be checked
by hand (in the language of --lang), or stable JSON with --json (English).
Reads and writes no workspace: it is arithmetic on the numbers given.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from app.cli import common
from app.errors import UserError
from research.i18n import translate
from research.quota import Band, QuotaInputError, QuotaPlan, format_money, plan_quota

DESCRIPTION = """\
Work out how much pipeline each SDR must source to reach an ARR target, and,
with a typical MRR per opportunity, how many opportunities and accounts that is.
Every step is printed with its numbers, ending with a check figure: the ARR the
rounded plan delivers.

Close rates usually fall as deals grow: instead of one --close-rate, give
--band MRR:RATE once per deal size to plan each size as its own scenario.
"""

EPILOG = """\
Numbers may be written 2000000, 2,000,000, 2m or 5k; rates as 0.2 or 20%.

Examples:
  whynow quota --arr 2000000 --sdrs 10 --close-rate 0.2 --mrr-per-opp 5000
  whynow quota --arr 2m --sdrs 10 --band 1000:30% --band 5000:15%

JSON (--json): an object with
  arr_target, sdrs, accounts_per_opportunity, new_mrr_needed (ARR target / 12),
  scenarios: a list (one per close rate or band) of objects with
    label, close_rate (0-1), mrr_per_opportunity (or null), pipeline_mrr_total,
    pipeline_mrr_per_sdr, opportunities_per_sdr, opportunities_total,
    accounts_per_sdr, accounts_total, check_arr (the last five null without an
    MRR per opportunity), steps: a list of {key, text, value}.
Money is rounded to the cent. Keys are only ever added, never renamed or removed.
"""

_SUFFIX = {"k": 1_000, "m": 1_000_000}


def register(subparsers: Any) -> None:
    parser = common.add_command(
        subparsers,
        "quota",
        help="plan the pipeline, opportunities and accounts per SDR for an ARR target",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    parser.add_argument("--arr", required=True, metavar="AMOUNT", help="the ARR target")
    parser.add_argument("--sdrs", required=True, metavar="N", help="number of SDRs sourcing it")
    parser.add_argument("--close-rate", metavar="RATE", help="the AEs' close rate on sourced pipeline, e.g. 0.2")
    parser.add_argument("--mrr-per-opp", metavar="AMOUNT", help="typical MRR of one opportunity, e.g. 5000")
    parser.add_argument(
        "--band",
        action="append",
        default=[],
        metavar="MRR:RATE",
        help="a close rate for deals of this MRR, e.g. 5000:0.15 (repeat for each deal size)",
    )
    parser.add_argument(
        "--accounts-per-opp",
        default="1",
        metavar="N",
        help="accounts an SDR works to source one opportunity (default 1: 'accounts' are "
        "the accounts where an opportunity is sourced)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON (see below)")
    parser.set_defaults(func=show_quota)


def parse_amount(text: str, what: str) -> float:
    """2000000, 2,000,000, $2,000,000, 2m, 5k, 2.5k → a number; UserError otherwise.
    `what` names the option in the reader's language."""
    cleaned = text.strip().replace(",", "").replace("_", "").lstrip("$").casefold()
    match = re.fullmatch(r"(-?(?:\d+(?:\.\d+)?|\.\d+))([km]?)", cleaned)
    if not match:
        raise UserError(
            translate("QuotaCommand", "{what} must be a number such as 5000, 5,000 or 5k (got “{text}”).",
                      what=what, text=text)
        )  # fmt: skip
    value = float(match.group(1)) * _SUFFIX.get(match.group(2), 1)
    return int(value) if value.is_integer() else value


def parse_rate(text: str, what: str) -> float:
    """0.2 or 20% → 0.2. A bare 20 is passed on unchanged so the planner can say what it means."""
    cleaned = text.strip()
    percent = cleaned.endswith("%")
    try:
        value = float(cleaned.rstrip("%").strip())
    except ValueError:
        raise UserError(
            translate(
                "QuotaCommand", "{what} must be a number such as 0.2 or 20% (got “{text}”).", what=what, text=text
            )
        ) from None
    # via str so that 15% is 0.15, not 0.15000000000000002
    return float(f"{value / 100:.12g}") if percent else value


def parse_band(text: str) -> Band:
    mrr, sep, rate = text.partition(":")
    if not sep or not mrr.strip() or not rate.strip():
        raise UserError(
            translate("QuotaCommand", "A band is MRR:RATE, e.g. 5000:0.15 or 5k:15% (got “{text}”).", text=text)
        )
    return Band(
        parse_amount(mrr, translate("QuotaCommand", "The band's MRR per opportunity")),
        parse_rate(rate, translate("QuotaCommand", "The band's close rate")),
    )


def parse_sdrs(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise UserError(
            translate("QuotaCommand", "The number of SDRs must be a whole number (got “{text}”).", text=text)
        ) from None


def build_plan(args: argparse.Namespace) -> QuotaPlan:
    try:
        return plan_quota(
            parse_amount(args.arr, translate("Quota", "The ARR target")),
            parse_sdrs(args.sdrs),
            None if args.close_rate is None else parse_rate(args.close_rate, translate("Quota", "The close rate")),
            bands=[parse_band(b) for b in args.band] or None,
            mrr_per_opportunity=(
                None if args.mrr_per_opp is None
                else parse_amount(args.mrr_per_opp, translate("Quota", "The MRR per opportunity"))
            ),
            accounts_per_opportunity=parse_amount(args.accounts_per_opp,
                                                  translate("Quota", "Accounts per opportunity")),
        )  # fmt: skip
    except QuotaInputError as exc:
        raise UserError(str(exc)) from None


def _cents(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def plan_json(plan: QuotaPlan) -> dict[str, Any]:
    return {
        "arr_target": _cents(plan.arr_target),
        "sdrs": plan.sdrs,
        "accounts_per_opportunity": plan.accounts_per_opportunity,
        "new_mrr_needed": _cents(plan.new_mrr_needed),
        "scenarios": [
            {
                "label": s.label,
                "close_rate": s.close_rate,
                "mrr_per_opportunity": _cents(s.mrr_per_opportunity),
                "pipeline_mrr_total": _cents(s.pipeline_mrr_total),
                "pipeline_mrr_per_sdr": _cents(s.pipeline_mrr_per_sdr),
                "opportunities_per_sdr": s.opportunities_per_sdr,
                "opportunities_total": s.opportunities_total,
                "accounts_per_sdr": s.accounts_per_sdr,
                "accounts_total": s.accounts_total,
                "check_arr": _cents(s.check_arr),
                "steps": [{"key": step.key, "text": step.text, "value": _cents(step.value)} for step in s.steps],
            }
            for s in plan.scenarios
        ],
    }


def show_quota(args: argparse.Namespace) -> int:
    plan = build_plan(args)
    if args.json:
        common.print_json(plan_json(plan))
        return 0
    arr = format_money(plan.arr_target)
    if plan.sdrs == 1:
        print(translate("QuotaCommand", "Quota plan: {arr} ARR with {sdrs} SDR", arr=arr, sdrs=plan.sdrs))
    else:
        print(translate("QuotaCommand", "Quota plan: {arr} ARR with {sdrs} SDRs", arr=arr, sdrs=plan.sdrs))
    for s in plan.scenarios:
        print()
        print(s.label)
        for number, step in enumerate(s.steps, start=1):
            print(f"  {number}. {step.text}")
        pipeline = format_money(s.pipeline_mrr_per_sdr)
        if s.opportunities_per_sdr is None:
            summary = translate("QuotaCommand", "Each SDR: {pipeline} MRR of pipeline.", pipeline=pipeline)
        else:
            summary = translate(
                "QuotaCommand", "Each SDR: {pipeline} MRR of pipeline, {opps} opportunities, {accounts} accounts.",
                pipeline=pipeline, opps=s.opportunities_per_sdr, accounts=s.accounts_per_sdr,
            )  # fmt: skip
        print("  " + summary)
    if all(s.opportunities_per_sdr is None for s in plan.scenarios):
        print()
        print(translate("QuotaCommand", "Add --mrr-per-opp to turn pipeline into opportunities and accounts."))
    return 0
