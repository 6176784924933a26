"""`whynow triggers ...`: why now — trigger events per account, the inbox, the user's phrases."""

from __future__ import annotations

import argparse
from typing import Any

from app import accounts, i18n, triggers
from app.cli import common
from app.errors import UserError
from research import personas
from research import triggers as rules
from research.i18n import noop, translate

LIST_EPILOG = """\
JSON (--json): a list of {"id", "type", "status" (new|confirmed|dismissed),
"confidence", "confirmed" (false when hedged: "reportedly", "据悉"), "headline",
"occurred_at", "details" (amount, currency, round, counterpart, person, role...),
"evidence": {"field", "text", "start", "end"}, "route_tier", "route_why",
"talking_point", "new_person", "sources": [{"title", "link", "published", "feed"}]}.
"""


#: a trigger's status as people read it
STATUS_WORDS = {
    "new": noop("TriggersCli", "new"), "confirmed": noop("TriggersCli", "confirmed"),
    "dismissed": noop("TriggersCli", "dismissed"),
}  # fmt: skip


def _status_word(status: str) -> str:
    return translate("TriggersCli", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def _talking_point_language(args: argparse.Namespace) -> str | None:
    """ "zh" when the output is Chinese: the talking points too; else each account's own script decides."""
    language = getattr(args, "lang", "auto") or "auto"
    if language == "auto":
        language = i18n.language_from_environment()
    return "zh" if rules.is_chinese_language(language) and not args.json else None


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
    p = common.add_command(
        sub, "weights",
        help="how much each trigger type adds to the why-now score (stored in the workspace)",
        epilog="Examples: `whynow triggers weights funding=1.5 award=0` sets two and re-scores every account;\n"
        "`whynow triggers weights --reset funding` goes back to the built-in weight. Weights run from 0 to 2.\n"
        "JSON (--json): {type: {weight, builtin}}.",
    )  # fmt: skip
    p.add_argument("set", nargs="*", metavar="TYPE=WEIGHT", help="weights to set")
    p.add_argument("--reset", action="append", default=[], metavar="TYPE", help="back to the built-in weight")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=weights)


def list_triggers(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    rows = triggers.triggers_for_account(db, account.id, language=_talking_point_language(args))
    if args.json:
        common.print_json([triggers.trigger_json(t) for t in rows])
        return 0
    if not rows:
        print(
            translate(
                "TriggersCli",
                "No triggers for {account} yet. Add its feeds and run `whynow refresh`.",
                account=account.name,
            )
        )
        return 0
    for t in rows:
        flag = "" if t["confirmed"] else " " + translate("TriggersCli", "(unconfirmed)")
        kind = rules.type_word(t["type"])
        print(f"{t['occurred_at'][:10]}  {kind}{flag}  [{_status_word(t['status'])}]  {t['headline']}")
        line = translate(
            "TriggersCli",
            "evidence: “{evidence}” · approach {tier}: {talking_point}",
            evidence=t["evidence_text"], tier=personas.tier_word(t["route_tier"]), talking_point=t["talking_point"],
        )  # fmt: skip
        print(f"    {line}")
    return 0


def detect(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    if args.all:
        from storage import triggers as store

        with db.atomic():
            store.reset_checked(db)
    result = triggers.detect_new(db)
    print(
        translate(
            "TriggersCli",
            "Checked {items} items: {new} new triggers, {merged} more sources for known ones.",
            items=result["items"], new=result["new_triggers"], merged=result["merged_sources"],
        )
    )  # fmt: skip
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
        print(translate("TriggersCli", "Nothing new since you last looked."))
    else:
        for r in rows:
            kind = rules.type_word(r["type"])
            print(f"{(r['account_score'] or 0):>3.0f}  {r['account_name']}: {kind} — {r['headline']}")
    if args.mark_seen:
        triggers.mark_inbox_seen(db)
    return 0


def _set_status(args: argparse.Namespace, status: str) -> int:
    db = common.open_db(args)
    triggers.set_status(db, args.trigger_id, status)
    if status == "confirmed":
        print(translate("TriggersCli", "Trigger confirmed."))
    else:
        print(translate("TriggersCli", "Trigger dismissed."))
    return 0


def add_phrase(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    result = triggers.add_phrase(db, args.type, args.phrase)
    print(
        translate(
            "TriggersCli",
            "Added. Re-checked {items} items: {new} new triggers.",
            items=result["items"], new=result["new_triggers"],
        )
    )  # fmt: skip
    return 0


def _parse_weight(item: str) -> tuple[str, float]:
    name, sep, value = item.partition("=")
    try:
        if sep:
            return name.strip(), float(value)
    except ValueError:
        pass
    raise UserError(
        translate("UserError", "Write each weight as TYPE=NUMBER, e.g. funding=1.5, not “{item}”.", item=item)
    )


def weights(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    changes: dict[str, float | None] = {name: None for name in args.reset}
    changes.update(_parse_weight(item) for item in args.set)
    current = triggers.set_trigger_weights(db, changes) if changes else triggers.trigger_weights(db)
    builtin = triggers.builtin_weights()
    if args.json:
        common.print_json({name: {"weight": w, "builtin": builtin[name]} for name, w in sorted(current.items())})
        return 0
    width = max(len(name) for name in current)
    for name, weight in sorted(current.items()):
        line = f"{name.ljust(width)}  {weight:g}"
        if weight != builtin[name]:
            line += translate("TriggersCli", "  (built-in {weight:g})", weight=builtin[name])
        print(line)
    return 0
