"""`whynow deals ...`, `whynow metrics`, `whynow cost add`: the funnel's inputs and outputs."""

from __future__ import annotations

import argparse
from typing import Any

from app import accounts, deals, metrics
from app.cli import common
from research import metrics as kpi
from research.i18n import noop, translate

METRICS_EPILOG = """\
Every KPI of the ABM dashboard for the period ending now (default the last 30
days) and the previous period of the same length.

JSON (--json): {"period", "tier", "kpis": {NAME: {"value", "previous", "change",
"explanation", "accounts"?: [account ids], "parts"?: {PART: {...}}}}} where NAME is
the KPI's definition key in resources/kpis.json (e.g. engaged_accounts_pct,
committee_penetration_weighted, win_rate, net_revenue_retention). A value is null
when it cannot be computed (e.g. a ratio with nothing to divide by); the
explanation then says why.
"""


#: deal kinds and statuses as words (the codes stay in --json and on the command line)
WORDS = {
    "open": noop("DealsCli", "open"), "won": noop("DealsCli", "won"), "lost": noop("DealsCli", "lost"),
    "new": noop("DealsCli", "new"), "expansion": noop("DealsCli", "expansion"),
    "renewal": noop("DealsCli", "renewal"),
}  # fmt: skip


def _word(code: str) -> str:
    return translate("DealsCli", WORDS[code]) if code in WORDS else code


def register(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "deals", help="opportunities per account: add, list, close")
    sub = parser.add_subparsers(dest="deals_command", metavar="ACTION", required=True)
    p = common.add_command(sub, "add", help="add an opportunity")
    p.add_argument("--account", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--acv", default="0", help="annual contract value")
    p.add_argument("--mrr", default="0", help="monthly recurring revenue (ACV/12 when omitted)")
    p.add_argument("--kind", default="new", choices=deals.KINDS)
    p.add_argument("--status", default="open", choices=deals.STATUSES)
    p.add_argument("--created", default="", help="date the opportunity was created (default now)")
    p.set_defaults(func=add)
    p = common.add_command(sub, "list", help="list opportunities")
    p.add_argument("--account")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=list_deals)
    p = common.add_command(sub, "close", help="close an opportunity as won or lost")
    p.add_argument("deal_id")
    p.add_argument("status", choices=("won", "lost"))
    p.add_argument("--reason", default="", help="why it was lost (required for lost)")
    p.set_defaults(func=close)

    p = common.add_command(
        subparsers, "cost", help="record programme cost (for cost per engaged/opportunity/won account)"
    )
    p.add_argument("amount")
    p.add_argument("--at", default="")
    p.add_argument("--note", default="")
    p.set_defaults(func=add_cost)

    p = common.add_command(
        subparsers, "metrics", help="ABM funnel KPIs with definitions and trend", epilog=METRICS_EPILOG
    )
    p.add_argument("--period", default="30d", help="30d, 12w, 3m, 1y (default 30d)")
    p.add_argument("--tier", type=int, choices=(1, 2, 3))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=show_metrics)


def add(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    deal = deals.add_deal(
        db,
        account.id,
        {
            "name": args.name,
            "value_acv": args.acv,
            "mrr": args.mrr,
            "kind": args.kind,
            "status": args.status,
            "created_on": args.created,
        },
    )
    print(
        translate(
            "DealsCli",
            "Added deal “{name}” for {account}: {mrr:,.0f} MRR, {status} (id {id})",
            name=deal["name"],
            account=account.name,
            mrr=deal["mrr"],
            status=_word(deal["status"]),
            id=deal["id"],
        )
    )
    return 0


def list_deals(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account_id = accounts.find_account(db, args.account).id if args.account else None
    rows = deals.list_deals(db, account_id)
    if args.json:
        common.print_json(rows)
        return 0
    if not rows:
        print(
            translate(
                "DealsCli", "No deals yet. Add one with `whynow deals add --account DOMAIN --name NAME --mrr 5000`."
            )
        )
    for d in rows:
        print(
            f"{d['created_on'][:10]}  {d['account_name']}: {d['name']}  {d['mrr']:,.0f} MRR  "
            f"{_word(d['kind'])}  {_word(d['status'])}  id {d['id']}"
        )
    return 0


def close(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    deal = deals.close_deal(db, args.deal_id, args.status, loss_reason=args.reason)
    print(translate("DealsCli", "“{name}” is {status}.", name=deal["name"], status=_word(deal["status"])))
    return 0


def add_cost(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    deals.add_cost(db, args.amount, at=args.at or None, note=args.note)
    print(translate("DealsCli", "Cost recorded."))
    return 0


def show_metrics(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    result = metrics.compute_dashboard(db, period=args.period, tier=args.tier)
    if args.json:
        common.print_json(
            {
                "period": args.period,
                "tier": args.tier,
                "kpis": {name: metrics.kpi_json(k) for name, k in result.items()},
            }
        )
        return 0
    definitions = kpi.kpi_definitions()
    chinese = metrics.reads_chinese()
    rows = []
    for name, k in result.items():
        d = definitions.get(name)
        money = d is not None and d.unit == "money"
        value = "—" if k.value is None else _figure(k.value, money, chinese)
        change = ""
        if k.change is not None:
            delta = _figure(k.change, money, chinese, signed=True)
            change = "  " + translate("MetricsCommand", "({change} vs previous)", change=delta)
        rows.append((metrics.kpi_label(d) if d else name, value, change))
    width = common.column_width(label for label, _, _ in rows)
    for label, value, change in rows:
        print(f"{common.pad(label, max(42, width))} {value:>12}{change}")
    return 0


def _figure(value: float, money: bool, chinese: bool, *, signed: bool = False) -> str:
    """A KPI figure as the table prints it; money reads in ¥ and 万/亿 for a Chinese reader."""
    if money and chinese:
        text = metrics.format_money(value, chinese=chinese)
        return "+" + text if signed and value > 0 else text
    whole = not isinstance(value, float) or value.is_integer()
    if signed:
        return f"{value:+,.1f}"
    return f"{value:,.0f}" if whole else f"{value:,.1f}"
