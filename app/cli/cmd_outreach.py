"""`whynow touch / touches / threads / queue / enroll / playbooks / tasks / research`: outreach.

Every command calls app/outreach.py, the same use-cases as the GUI's Threads
view and Today queue. JSON shapes are documented in each command's epilog;
keys are only ever added.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app import accounts, outreach
from app import contacts as contact_cases
from app.cli import common
from app.errors import UserError
from research import relationship as rel
from research.i18n import join, translate
from research.playbooks import playbook_to_dict

CHANNELS = ", ".join(rel.CHANNELS)
OUTCOMES = ", ".join(rel.OUTCOMES)

TOUCH_JSON = """\
  id, account_id, contact_id (null: the account as a whole), channel, direction
  (outbound|inbound), outcome, subject, notes, at, logged_by, created_at, updated_at
  (times UTC ISO-8601)"""

LOG_EPILOG = f"""\
Channels: {CHANNELS}.
Outcomes: {OUTCOMES}.
A reply outcome (replied_*) is inbound unless --direction says otherwise.

What a touch does: opted_out makes the contact do-not-contact and stops their
playbooks; bounced (e-mail) flags their address; a reply, connected call or
meeting pauses their playbook. The first engagement at a cold account suggests
the stage "engaged", a booked meeting suggests "meeting"; --move-stage accepts.

JSON (--json): {{"touch": {{...}}, "next_task": {{id, due, channel, title}} or null,
"suggestion": {{suggest_stage, why}} or null, "effects": [...], "warnings": [...]}};
a touch has the keys
{TOUCH_JSON}
"""

TOUCHES_EPILOG = f"""\
JSON (--json): a list of touches, newest first, each with
{TOUCH_JSON}
  plus contact_name.
"""

THREADS_EPILOG = """\
JSON (--json): a list of groups by persona tier:
  {"persona_tier": c_level|director|practitioner|unknown|null, "label", "threads": [...]}
A thread: contact_id, full_name, title, email, status, email_bounced, persona_tier,
  touches (newest first: id, at, channel, direction, outcome, subject, notes, logged_by),
  touch_count, last_touch_at, last_touch_age_days, reply_state (untouched, waiting,
  cold, replied_positive, replied_neutral, replied_negative, opted_out), engaged,
  engaged_reason, relationship {score 0-100, trend, score_30_days_ago,
  parts [{name, points, max_points, detail}]}, enrolment {id, playbook, status,
  status_reason, started_on, next_due, next_channel} or null.
The last group (persona_tier null) holds touches logged for the account as a whole.
"""

QUEUE_EPILOG = """\
Order: account tier (1 first), why-now score (highest first), due date (most
overdue first). Paused/stopped playbooks, archived accounts and contacts who
left or asked not to be contacted are left out.

JSON (--json): a list of objects with the keys
  task_id, due (YYYY-MM-DD), overdue_days, status (open|snoozed), channel, title,
  subject, body, instructions,
  account {id, name, domain, tier, why_now_score},
  contact {id, name, title, email, persona_tier, email_bounced} or null,
  playbook (name or null), step (1-based or null), mailto (e-mail steps) or null.
"""

ENROLL_EPILOG = """\
--tier enrols every active contact of that persona tier at the account;
do-not-contact contacts, those who left and those already in a playbook are
skipped, each with the reason. Steps become tasks due from --start (today).

JSON (--json): {"playbook", "enrolled": [{enrolment_id, contact_id}], "tasks": n,
"skipped": [{contact_id, full_name, reason}], "missing_values": [placeholder, ...]}
"""

RESEARCH_EPILOG = """\
JSON (--json): {account_id, minutes, sessions, running_since (or null),
contacts_reached, minutes_per_contact_reached (or null)}
"""


def register(subparsers: Any) -> None:
    _register_touch(subparsers)

    p = common.add_command(subparsers, "touches", help="list an account's touches", epilog=TOUCHES_EPILOG)
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.set_defaults(func=list_touches)

    p = common.add_command(
        subparsers,
        "threads",
        help="an account's outreach, one thread per contact",
        epilog=THREADS_EPILOG,
    )
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.set_defaults(func=show_threads)

    p = common.add_command(subparsers, "queue", help="today's outreach tasks across all accounts", epilog=QUEUE_EPILOG)
    p.add_argument("--date", help="the day to plan (YYYY-MM-DD, default today)")
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.set_defaults(func=show_queue)

    p = common.add_command(
        subparsers,
        "enroll",
        help="put contacts on a playbook (steps become tasks)",
        epilog=ENROLL_EPILOG,
    )
    p.add_argument("--account", required=True, help="domain, id or exact name")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--tier", help="c_level, director, practitioner (or vp, dir, ic, ...)")
    who.add_argument("--contact", help="one contact's e-mail, id or exact name")
    p.add_argument("--playbook", help="playbook name (default: the one for the persona tier)")
    p.add_argument("--start", help="date of step 1 (YYYY-MM-DD, default today)")
    p.add_argument("--talking-point", default="", help="the {talking_point} for the messages")
    p.add_argument("--sender", default="", help="the {sender} name (default: the account owner)")
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.set_defaults(func=enroll)

    p = common.add_command(
        subparsers,
        "playbooks",
        help="show the outreach playbooks, or save edited ones",
        epilog="JSON (--json): a list of playbooks in the shape of resources/playbooks.json.",
    )
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.add_argument(
        "--save",
        metavar="FILE",
        type=Path,
        help="store the playbooks in FILE (a JSON list) in the workspace",
    )
    p.add_argument("--reset", action="store_true", help="forget saved playbooks (defaults only)")
    p.set_defaults(func=show_playbooks)

    _register_tasks(subparsers)
    _register_research(subparsers)


def _register_touch(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "touch", help="log, delete or restore a touch")
    sub = parser.add_subparsers(dest="touch_command", metavar="ACTION", required=True)

    p = common.add_command(sub, "log", help="log a touch (and schedule the next one)", epilog=LOG_EPILOG)
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--contact", help="e-mail, id or exact name (default: the account as a whole)")
    p.add_argument("--channel", required=True, help=f"one of: {CHANNELS}")
    p.add_argument("--outcome", required=True, help=f"one of: {OUTCOMES}")
    p.add_argument("--direction", help="outbound or inbound (default from the outcome)")
    p.add_argument("--subject", default="")
    p.add_argument("--note", default="", help="what was said or agreed")
    p.add_argument("--at", help="when (ISO-8601; local time unless a zone is given; default now)")
    p.add_argument("--by", default="", help="who logged it (default: the account owner)")
    p.add_argument("--next-in", type=int, metavar="DAYS", help="schedule a follow-up in DAYS days")
    p.add_argument("--next-channel", help="the follow-up's channel (default: this touch's)")
    p.add_argument("--next-note", default="", help="what the follow-up is for")
    p.add_argument(
        "--move-stage",
        action="store_true",
        help="accept a suggested stage (recorded in the stage history)",
    )
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.set_defaults(func=log_touch)

    p = common.add_command(sub, "delete", help="delete a touch (undo with `touch restore ID`)")
    p.add_argument("touch_id")
    p.set_defaults(func=delete_touch)
    p = common.add_command(sub, "restore", help="bring a deleted touch back")
    p.add_argument("touch_id")
    p.set_defaults(func=restore_touch)


def _register_tasks(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "tasks", help="do, skip, snooze or export outreach tasks")
    sub = parser.add_subparsers(dest="tasks_command", metavar="ACTION", required=True)

    p = common.add_command(
        sub,
        "export-ics",
        help="write open tasks to an iCalendar file (one event per task)",
        epilog="Each task is an all-day VEVENT (or VTODO with --todo) whose UID is the task id,\n"
        "so importing again updates the same entries.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--until", help="only tasks due on or before this date (YYYY-MM-DD)")
    p.add_argument("--todo", action="store_true", help="write VTODO to-dos instead of events")
    p.set_defaults(func=export_ics)

    p = common.add_command(
        sub,
        "done",
        help="do a task: log its touch with an outcome",
        epilog=f"Outcomes: {OUTCOMES}.",
    )
    p.add_argument("task_id")
    p.add_argument("--outcome", required=True)
    p.add_argument("--note", default="")
    p.add_argument("--at", help="when (ISO-8601, default now)")
    p.add_argument("--next-in", type=int, metavar="DAYS")
    p.add_argument("--next-channel")
    p.add_argument("--next-note", default="")
    p.set_defaults(func=task_done)

    p = common.add_command(sub, "skip", help="skip a task")
    p.add_argument("task_id")
    p.add_argument("--reason", default="skipped")
    p.set_defaults(func=task_skip)

    p = common.add_command(sub, "snooze", help="move a task DAYS days from today")
    p.add_argument("task_id")
    p.add_argument("days", type=int)
    p.set_defaults(func=task_snooze)


def _register_research(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "research", help="time the research on an account")
    sub = parser.add_subparsers(dest="research_command", metavar="ACTION", required=True)
    for name, text in (
        ("start", "start the research timer (one per account)"),
        ("stop", "stop the timer; the minutes are kept"),
        ("show", "minutes researched and minutes per contact reached"),
    ):
        p = common.add_command(sub, name, help=text, epilog=RESEARCH_EPILOG)
        p.add_argument("--account", required=True, help="domain, id or exact name")
        p.add_argument("--json", action="store_true", help="print JSON (see below)")
        p.set_defaults(func=research, research_action=name)


# -- handlers -------------------------------------------------------------------------------------


def _next_step(args: argparse.Namespace, channel: str) -> outreach.NextStep | None:
    if args.next_in is None:
        if args.next_channel or args.next_note:
            raise UserError(translate("UserError", "--next-channel and --next-note need --next-in DAYS."))
        return None
    return outreach.NextStep(args.next_in, args.next_channel or channel, args.next_note)


def _result_json(result: outreach.TouchResult) -> dict[str, Any]:
    task = result.next_task
    return {
        "touch": outreach.touch_json(result.touch),
        "next_task": None
        if task is None
        else {"id": task.id, "due": task.due_at, "channel": task.channel, "title": task.title},
        "suggestion": result.suggestion,
        "effects": result.effects,
        "warnings": result.warnings,
    }


def _print_result(result: outreach.TouchResult, who: str) -> None:
    t = result.touch
    print(
        translate(
            "Cli",
            "Logged {direction} {channel} ({outcome}) with {who} at {at}. id {id}",
            direction=common.outcome_word(t.direction),
            channel=common.channel_word(t.channel),
            outcome=common.outcome_word(t.outcome),
            who=who,
            at=t.at,
            id=t.id,
        )
    )
    for line in result.effects:
        print(f"  {line}")
    for line in result.warnings:
        print("  " + translate("Cli", "Warning: {warning}", warning=line))


def _suggest(db: Database, result: outreach.TouchResult, key: str, *, move: bool, quiet: bool) -> None:
    """Print the stage suggestion, or accept it (--move-stage): history records who and why."""
    suggestion = result.suggestion
    if not suggestion:
        return
    stage = suggestion["suggest_stage"]
    if move:
        moved = accounts.move_stage(
            db,
            result.touch.account_id,
            stage,
            user=result.touch.logged_by,
            reason=suggestion["why"],
        )
        if not quiet:
            print("  " + translate("Cli", "Stage moved to {stage}: {why}.", stage=common.stage_word(moved.stage.value),
                                   why=suggestion["why"]))  # fmt: skip
        suggestion["moved"] = "yes"
    elif not quiet:
        print("  " + translate("Cli", "Suggestion: move to “{stage}” ({why}).", stage=common.stage_word(stage),
                               why=suggestion["why"]))  # fmt: skip
        print("  " + translate("Cli", "Accept with: {command}", command=f"whynow accounts stage {key} {stage}"))


def log_touch(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    contact = outreach.resolve_contact(db, account, args.contact) if args.contact else None
    channel = outreach.parse_channel(args.channel)
    result = outreach.log_touch(
        db,
        account.id,
        contact.id if contact else None,
        channel,
        args.outcome,
        direction=args.direction,
        subject=args.subject,
        notes=args.note,
        at=args.at,
        logged_by=args.by or account.owner,
        schedule_next=_next_step(args, channel),
    )
    if not args.json:
        _print_result(result, contact.full_name if contact else account.name)
    _suggest(db, result, account.domain or account.id, move=args.move_stage, quiet=args.json)
    if args.json:
        common.print_json(_result_json(result))
    return 0


def delete_touch(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    deleted = outreach.delete_touch(db, args.touch_id)
    print(
        translate(
            "Cli",
            "Deleted the touch ({summary}). Undo: whynow touch restore {id}",
            summary=deleted.summary,
            id=deleted.touch_id,
        )
    )
    return 0


def restore_touch(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    touch = outreach.restore_touch(db, args.touch_id)
    print(
        translate(
            "Cli",
            "Restored the touch ({channel} {outcome} on {date}).",
            channel=common.channel_word(touch.channel),
            outcome=common.outcome_word(touch.outcome),
            date=touch.at[:10],
        )
    )
    return 0


def list_touches(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    touches = outreach.list_touches(db, account.id)
    names = {c.id: c.full_name for c in contact_cases.list_contacts(db, account.id)}
    if args.json:
        common.print_json(
            [{**outreach.touch_json(t), "contact_name": names.get(t.contact_id or "", "")} for t in touches]
        )
        return 0
    if not touches:
        print(translate("Cli", "No touches logged for {name} yet.", name=account.name))
        return 0
    rows = [
        (t, (common.channel_word(t.channel), common.outcome_word(t.direction), common.outcome_word(t.outcome)))
        for t in touches
    ]
    widths = [
        max(minimum, common.column_width(words[i] for _, words in rows) + 1) for i, minimum in enumerate((10, 9, 17))
    ]
    for t, words in rows:
        who = names.get(t.contact_id or "", "") if t.contact_id else f"({account.name})"
        text = " · ".join(x for x in (t.subject, t.notes) if x)
        cells = "".join(common.pad(word, width) for word, width in zip(words, widths, strict=True))
        print(f"{t.at[:16].replace('T', ' ')}  {cells}{who}{'  — ' + text if text else ''}")
    n = len(touches)
    print(translate("Cli", "1 touch") if n == 1 else translate("Cli", "{n} touches", n=n))
    return 0


def show_threads(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    groups = outreach.threads(db, account.id)
    if args.json:
        common.print_json(groups)
        return 0
    rel_score = outreach.account_relationship(db, account.id)
    print(
        translate(
            "Cli",
            "{name}: relationship {score}/100 ({trend:+d} in 30 days)",
            name=account.name,
            score=rel_score["score"],
            trend=rel_score["trend"],
        )
    )
    for group in groups:
        print(f"\n{group['label']}")
        threads = group["threads"]
        whole = translate("Cli", "(account as a whole)")
        name_width = max(24, common.column_width(th["full_name"] or whole for th in threads))
        state_width = max(17, common.column_width(common.reply_word(th["reply_state"]) for th in threads))
        for th in threads:
            days = th["last_touch_age_days"]
            age = "—" if days is None else translate("Cli", "{days}d ago", days=days)
            plan = th["enrolment"]
            plan_text = f"  [{plan['playbook']}: {plan['status']}]" if plan else ""
            name = th["full_name"] or whole
            count = th["touch_count"]
            touches = (
                translate("Cli", "{n:>3} touch", n=count) if count == 1 else translate("Cli", "{n:>3} touches", n=count)
            )
            last = translate("Cli", "last {age}", age=age)
            score = translate("Cli", "score {score:>3}", score=th["relationship"]["score"])
            engaged = "  " + translate("Cli", "engaged") if th["engaged"] else ""
            print(
                f"  {common.pad(name, name_width)} {common.pad(common.reply_word(th['reply_state']), state_width)} "
                f"{touches}  {common.pad(last, 13)} {score}{engaged}{plan_text}"
            )
    return 0


def show_queue(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    today = outreach.parse_date(args.date)
    rows = outreach.today_queue(db, today)
    if args.json:
        common.print_json([outreach.queue_json(r) for r in rows])
        return 0
    if not rows:
        print(translate("Cli", "Nothing due on {date}.", date=today.isoformat()))
        return 0
    for r in rows:
        days = r["overdue_days"]
        due = translate("Cli", "today") if days == 0 else translate("Cli", "{days}d overdue", days=days)
        print(f"T{r['account_tier']}  {r['account_name']}  ·  {r['title']}  ({due})")
        print("      " + translate("Cli", "task {id}", id=r["task_id"]))
    n = len(rows)
    print(translate("Cli", "1 task due") if n == 1 else translate("Cli", "{n} tasks due", n=n))
    return 0


def enroll(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    start = outreach.parse_date(args.start)
    if args.contact:
        contact = outreach.resolve_contact(db, account, args.contact)
        result = outreach.enrol_contact(
            db,
            contact.id,
            args.playbook,
            start=start,
            talking_point=args.talking_point,
            sender=args.sender,
        )
    else:
        result = outreach.enrol_tier(
            db,
            account.id,
            args.tier,
            args.playbook,
            start=start,
            talking_point=args.talking_point,
            sender=args.sender,
        )
    if args.json:
        common.print_json(
            {
                "playbook": result.playbook,
                "enrolled": [{"enrolment_id": e.id, "contact_id": e.contact_id} for e in result.enrolled],
                "tasks": result.tasks,
                "skipped": [
                    {"contact_id": s.contact_id, "full_name": s.full_name, "reason": s.reason} for s in result.skipped
                ],
                "missing_values": result.missing,
            }
        )
        return 0
    n = len(result.enrolled)
    contacts = translate("Cli", "1 contact") if n == 1 else translate("Cli", "{n} contacts", n=n)
    tasks = translate("Cli", "1 task") if result.tasks == 1 else translate("Cli", "{n} tasks", n=result.tasks)
    print(
        translate(
            "Cli",
            "Enrolled {contacts} in {playbook}: {tasks} from {date}.",
            contacts=contacts,
            playbook=result.playbook,
            tasks=tasks,
            date=start.isoformat(),
        )
    )
    for s in result.skipped:
        print("  " + translate("Cli", "skipped {name}: {reason}", name=s.full_name, reason=s.reason))
    if result.missing:
        print(
            "  "
            + translate(
                "Cli",
                "no value yet for: {names} (fallback words used or the line left out)",
                names=join(result.missing),
            )
        )
    return 0


def show_playbooks(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    if args.reset:
        outreach.save_playbooks(db, None)
    if args.save:
        try:
            specs = json.loads(args.save.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UserError(
                translate("UserError", "Cannot read playbooks from {path}: {reason}", path=str(args.save), reason=exc)
            ) from None
        if not isinstance(specs, list):
            specs = specs.get("playbooks") if isinstance(specs, dict) else None
        if not isinstance(specs, list):
            raise UserError(translate("UserError", "{path} must hold a JSON list of playbooks.", path=str(args.save)))
        outreach.save_playbooks(db, specs)
    books = outreach.list_playbooks(db)
    if args.json:
        common.print_json([{**playbook_to_dict(p), "source": p.source} for p in books])
        return 0
    for p in books:
        steps = join([translate("Cli", "day {day} {channel}", day=s.day, channel=common.channel_word(s.channel))
                      for s in p.steps])  # fmt: skip
        print(f"{p.name}  ({p.tier.value}, {p.source})\n  {p.description}\n  {steps}")
    return 0


def export_ics(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    until = outreach.parse_date(args.until) if args.until else None
    count = outreach.export_ics(db, args.file, until=until, as_todo=args.todo)
    path = str(args.file)
    if count == 1:
        print(translate("Cli", "Wrote 1 task to {path}", path=path))
    else:
        print(translate("Cli", "Wrote {n} tasks to {path}", n=count, path=path))
    return 0


def task_done(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    task = outreach.get_task(db, args.task_id)
    result = outreach.complete_task(
        db,
        task.id,
        args.outcome,
        notes=args.note,
        at=args.at,
        schedule_next=_next_step(args, task.channel),
    )
    _print_result(result, task.title)
    _suggest(db, result, task.account_id, move=False, quiet=False)
    return 0


def task_skip(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    task = outreach.skip_task(db, args.task_id, args.reason)
    print(translate("Cli", "Skipped: {title}", title=task.title))
    return 0


def task_snooze(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    task = outreach.snooze_task(db, args.task_id, args.days)
    print(translate("Cli", "Snoozed until {date}: {title}", date=task.due_at, title=task.title))
    return 0


def research(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    action = args.research_action
    if action == "start":
        session = outreach.start_research(db, account.id)
        if not args.json:
            print(translate("Cli", "Timing research on {name} since {at}.", name=account.name, at=session.started_at))
    elif action == "stop":
        session = outreach.stop_research(db, account.id)
        if not args.json:
            assert session.minutes is not None  # a stopped session has its minutes
            minutes = _minutes(session.minutes)
            print(translate("Cli", "Stopped: {minutes} on {name}.", minutes=minutes, name=account.name))
    summary = outreach.research_summary(db, account.id)
    if args.json:
        common.print_json(summary)
    elif action == "show" or action == "stop":
        per = summary["minutes_per_contact_reached"]
        sessions, reached = summary["sessions"], summary["contacts_reached"]
        parts = [
            translate("Cli", "{minutes} in 1 session", minutes=_minutes(summary["minutes"]))
            if sessions == 1
            else translate("Cli", "{minutes} in {n} sessions", minutes=_minutes(summary["minutes"]), n=sessions),
            translate("Cli", "1 contact reached")
            if reached == 1
            else translate("Cli", "{n} contacts reached", n=reached),
        ]
        if per is not None:
            parts.append(translate("Cli", "{minutes:g} min per contact reached", minutes=per))
        if summary["running_since"]:
            parts.append(translate("Cli", "timer running since {at}", at=summary["running_since"]))
        print(translate("Cli", "{name}: {summary}", name=account.name, summary=translate("Cli", "; ").join(parts)))
    return 0


def _minutes(minutes: float) -> str:
    if minutes == 1:
        return translate("Cli", "1 minute")
    return translate("Cli", "{minutes:g} minutes", minutes=minutes)
