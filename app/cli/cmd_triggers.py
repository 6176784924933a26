"""`whynow triggers ...`: why now — trigger events per account, the inbox, the user's phrases."""

from __future__ import annotations

import argparse
from typing import Any

from app import accounts, triggers
from app.cli import common

LIST_EPILOG = """\
JSON (--json): a list of {"id", "type", "status" (new|confirmed|dismissed),
"confidence", "confirmed" (false when hedged: "reportedly", "据悉"), "headline",
"occurred_at", "details" (amount, currency, round, counterpart, person, role...),
"evidence": {"field", "text", "start", "end"}, "route_tier", "route_why",
"talking_point", "new_person", "sources": [{"title", "link", "published", "feed"}]}.
"""


def register(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "triggers", help="why now: trigger events found in the accounts' news")
    sub = parser.add_subparsers(dest="triggers_command", metavar="ACTION", required=True)
    p = common.add_command(
        sub, "list", help="an account's triggers with evidence, sources and who to approach", epilog=LIST_EPILOG
    )
    p.add_argument("--account", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=list_triggers)
    p = common.add_command(sub, "detect", help="look for triggers in items not checked yet (refresh does this)")
    p.add_argument("--all", action="store_true", help="check every stored item again")
    p.set_defaults(func=detect)
    p = common.add_command(sub, "inbox", help="triggers new since you last looked, highest why-now score first")
    p.add_argument("--type", action="append", help="only this type (repeatable)")
    p.add_argument("--mark-seen", action="store_true", help="then mark them as seen")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=inbox)
    for status, help_text in (("confirm", "confirm a trigger"), ("dismiss", "dismiss a trigger (it stays dismissed)")):
        p = common.add_command(sub, status, help=help_text)
        p.add_argument("trigger_id")
        p.set_defaults(func=lambda a, s=status: _set_status(a, "confirmed" if s == "confirm" else "dismissed"))
    p = common.add_command(sub, "add-phrase", help="teach the detector your own phrase for a type")
    p.add_argument("type")
    p.add_argument("phrase")
    p.set_defaults(func=add_phrase)


def list_triggers(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    rows = triggers.triggers_for_account(db, account.id)
    if args.json:
        common.print_json([triggers.trigger_json(t) for t in rows])
        return 0
    if not rows:
        print(f"No triggers for {account.name} yet. Add its feeds and run `whynow refresh`.")
        return 0
    for t in rows:
        flag = "" if t["confirmed"] else " (unconfirmed)"
        print(f"{t['occurred_at'][:10]}  {t['type']}{flag}  [{t['status']}]  {t['headline']}")
        print(f"    evidence: “{t['evidence_text']}” · approach {t['route_tier']}: {t['talking_point']}")
    return 0


def detect(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    if args.all:
        from storage import triggers as store

        with db.atomic():
            store.reset_checked(db)
    result = triggers.detect_new(db)
    print(
        f"Checked {result['items']} items: {result['new_triggers']} new triggers, "
        f"{result['merged_sources']} more sources for known ones."
    )
    return 0


def inbox(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    rows = triggers.inbox(db, types=args.type)
    if args.json:
        common.print_json(
            [
                {**triggers.trigger_json(r), "account": r["account_name"], "account_score": r["account_score"]}
                for r in rows
            ]
        )
    elif not rows:
        print("Nothing new since you last looked.")
    else:
        for r in rows:
            print(f"{(r['account_score'] or 0):>3.0f}  {r['account_name']}: {r['type']} — {r['headline']}")
    if args.mark_seen:
        triggers.mark_inbox_seen(db)
    return 0


def _set_status(args: argparse.Namespace, status: str) -> int:
    db = common.open_db(args)
    triggers.set_status(db, args.trigger_id, status)
    print(f"Trigger {status}.")
    return 0


def add_phrase(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    result = triggers.add_phrase(db, args.type, args.phrase)
    print(f"Added. Re-checked {result['items']} items: {result['new_triggers']} new triggers.")
    return 0
