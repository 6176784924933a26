"""`whynow accounts ...`: list, add, show, move a stage, archive."""

from __future__ import annotations

import argparse
from typing import Any

from app import accounts
from app.cli import common
from research.i18n import translate

LIST_EPILOG = """\
JSON (--json): a list of objects with the keys
  id, name, domain, website, industry, employees, region, country,
  tier (1-3), stage (cold|engaged|mqa|meeting|opportunity|customer|renewal),
  owner, ae, icp_score (0-100 or null), icp_reasons (list of strings),
  archived, demo, created_at, updated_at (UTC ISO-8601).
Keys are only ever added, never renamed or removed.
"""


def register(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "accounts", help="list, add and change target accounts")
    sub = parser.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)

    p = common.add_command(sub, "list", help="list accounts", epilog=LIST_EPILOG)
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.add_argument("--tier", type=int, choices=(1, 2, 3), help="only this tier")
    p.add_argument("--stage", help="only this stage")
    p.add_argument("--archived", action="store_true", help="include archived accounts")
    p.set_defaults(func=list_accounts)

    p = common.add_command(sub, "add", help="add an account")
    p.add_argument("name", help="the company's name")
    p.add_argument("--domain", default="", help="e.g. acme.com (a URL or e-mail works too)")
    p.add_argument("--website", default="")
    p.add_argument("--industry", default="")
    p.add_argument("--employees", default="")
    p.add_argument("--region", default="")
    p.add_argument("--country", default="")
    p.add_argument("--tier", default="3", help="1, 2 or 3 (default 3)")
    p.add_argument("--stage", default="cold")
    p.add_argument("--owner", default="")
    p.add_argument("--ae", default="")
    p.add_argument("--json", action="store_true", help="print the new account as JSON")
    p.set_defaults(func=add_account)

    p = common.add_command(sub, "show", help="show one account with its ICP reasons and stage history")
    p.add_argument("account", help="domain, id or exact name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=show_account)

    p = common.add_command(sub, "stage", help="move an account to another stage (recorded in its history)")
    p.add_argument("account", help="domain, id or exact name")
    p.add_argument("stage", help="cold, engaged, mqa, meeting, opportunity, customer or renewal")
    p.add_argument("--reason", default="")
    p.add_argument("--by", default="", help="who made the change (default: nobody named)")
    p.set_defaults(func=move_stage)

    p = common.add_command(sub, "archive", help="archive an account (undo with `accounts unarchive`)")
    p.add_argument("account")
    p.set_defaults(func=lambda a: _archive(a, True))
    p = common.add_command(sub, "unarchive", help="bring an archived account back")
    p.add_argument("account")
    p.set_defaults(func=lambda a: _archive(a, False))


def list_accounts(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    rows = accounts.list_rows(db, include_archived=args.archived)
    if args.tier:
        rows = [r for r in rows if r["tier"] == args.tier]
    if args.stage:
        stage = accounts.parse_stage(args.stage).value
        rows = [r for r in rows if r["stage"] == stage]
    rows.sort(key=lambda r: (r["tier"], str(r["name"]).casefold()))
    if args.json:
        common.print_json([accounts.account_json(accounts.get_account(db, r["id"])) for r in rows])
        return 0
    if not rows:
        print(translate("Cli", "No accounts yet. Add one with `whynow accounts add NAME --domain DOMAIN`."))
        return 0
    width = common.column_width(r["name"] for r in rows)
    stages = {r["stage"]: common.stage_word(r["stage"]) for r in rows}
    stage_width = max(12, common.column_width(stages.values()) + 1)
    for r in rows:
        fit = "—" if r["icp_score"] is None else f"{r['icp_score']:>3}"
        print(
            f"T{r['tier']}  {common.pad(str(r['name']), width)}  {common.pad(r['domain'] or '—', 28)} "
            f"{common.pad(stages[r['stage']], stage_width)}ICP {fit}"
        )
    n = len(rows)
    print(translate("Cli", "{n} account", n=n) if n == 1 else translate("Cli", "{n} accounts", n=n))
    return 0


def add_account(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    fields = {k: getattr(args, k) for k in accounts.EDITABLE_FIELDS if hasattr(args, k)}
    account = accounts.create_account(db, fields, user=args.owner)
    if args.json:
        common.print_json(accounts.account_json(account))
    else:
        print(
            translate(
                "Cli",
                "Added {name} ({domain}), tier {tier}, id {id}",
                name=account.name,
                domain=account.domain or translate("Cli", "no domain"),
                tier=account.tier,
                id=account.id,
            )
        )
    return 0


def show_account(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    history = accounts.stage_history(db, account.id)
    if args.json:
        data = accounts.account_json(account)
        data["stage_history"] = [
            {
                "from": h.from_stage.value if h.from_stage else None,
                "to": h.to_stage.value,
                "at": h.changed_at,
                "by": h.changed_by,
                "reason": h.reason,
            }
            for h in history
        ]
        common.print_json(data)
        return 0
    print(f"{account.name}  ({account.domain or translate('Cli', 'no domain')})")
    facts = [
        translate("Cli", "tier {tier}", tier=account.tier),
        common.stage_word(account.stage.value),
        account.industry or translate("Cli", "industry unknown"),
        translate("Cli", "{employees} employees", employees=account.employees or "?"),
        account.country or account.region or "—",
    ]
    print("  " + " · ".join(facts))
    if account.icp_score is not None:
        print("  " + translate("Cli", "ICP fit {score}/100", score=account.icp_score))
        for reason in account.icp_reasons:
            print(f"    {'✓' if reason.matched else '✗'} {reason.detail}")
    print("  " + translate("Cli", "Stage history:"))
    for h in history:
        before = common.stage_word(h.from_stage.value) if h.from_stage else "—"
        # "created" is written by the app; other reasons are the user's own words
        said = translate("Cli", "created") if h.reason == "created" else h.reason
        why = "  (" + said + ")" if said else ""
        print(f"    {h.changed_at[:10]}  {common.pad(before, 11, right=True)} → {common.stage_word(h.to_stage.value)}"
              f"  {h.changed_by}{why}")  # fmt: skip
    return 0


def move_stage(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    before = account.stage
    account = accounts.move_stage(db, account.id, args.stage, user=args.by, reason=args.reason)
    print(f"{account.name}: {common.stage_word(before.value)} → {common.stage_word(account.stage.value)}")
    return 0


def _archive(args: argparse.Namespace, archived: bool) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    if archived:
        accounts.archive_account(db, account.id)
        print(
            translate(
                "Cli",
                "Archived {name}. Undo: whynow accounts unarchive {key}",
                name=account.name,
                key=account.domain or account.id,
            )
        )
    else:
        accounts.unarchive_account(db, account.id)
        print(translate("Cli", "{name} is back in the list.", name=account.name))
    return 0
