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

    p = common.add_command(
        subparsers, "touches", help="list an account's touches", epilog=TOUCHES_EPILOG
    )
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

    p = common.add_command(
        subparsers, "queue", help="today's outreach tasks across all accounts", epilog=QUEUE_EPILOG
    )
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

    p = common.add_command(
        sub, "log", help="log a touch (and schedule the next one)", epilog=LOG_EPILOG
    )
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
    parser = common.add_command(
        subparsers, "tasks", help="do, skip, snooze or export outreach tasks"
    )
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
            raise UserError("--next-channel and --next-note need --next-in DAYS.")
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
    print(f"Logged {t.direction} {t.channel} ({t.outcome}) with {who} at {t.at}. id {t.id}")
    for line in result.effects:
        print(f"  {line}")
    for line in result.warnings:
        print(f"  Warning: {line}")


def _suggest(
    db: Database, result: outreach.TouchResult, key: str, *, move: bool, quiet: bool
) -> None:
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
            print(f"  Stage moved to {moved.stage.value}: {suggestion['why']}.")
        suggestion["moved"] = "yes"
    elif not quiet:
        print(f"  Suggestion: move to “{stage}” ({suggestion['why']}).")
        print(f"  Accept with: whynow accounts stage {key} {stage}")


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
    print(f"Deleted the touch ({deleted.summary}). Undo: whynow touch restore {deleted.touch_id}")
    return 0


def restore_touch(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    touch = outreach.restore_touch(db, args.touch_id)
    print(f"Restored the touch ({touch.channel} {touch.outcome} on {touch.at[:10]}).")
    return 0


def list_touches(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    touches = outreach.list_touches(db, account.id)
    names = {c.id: c.full_name for c in contact_cases.list_contacts(db, account.id)}
    if args.json:
        common.print_json(
            [
                {**outreach.touch_json(t), "contact_name": names.get(t.contact_id or "", "")}
                for t in touches
            ]
        )
        return 0
    if not touches:
        print(f"No touches logged for {account.name} yet.")
        return 0
    for t in touches:
        who = names.get(t.contact_id or "", "") if t.contact_id else f"({account.name})"
        text = " · ".join(x for x in (t.subject, t.notes) if x)
        print(
            f"{t.at[:16].replace('T', ' ')}  {t.channel:<9} {t.direction:<8} {t.outcome:<16} "
            f"{who}{'  — ' + text if text else ''}"
        )
    print(f"{len(touches)} touch(es)")
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
        f"{account.name}: relationship {rel_score['score']}/100 "
        f"({rel_score['trend']:+d} in 30 days)"
    )
    for group in groups:
        print(f"\n{group['label']}")
        for th in group["threads"]:
            age = "—" if th["last_touch_age_days"] is None else f"{th['last_touch_age_days']}d ago"
            plan = th["enrolment"]
            plan_text = f"  [{plan['playbook']}: {plan['status']}]" if plan else ""
            name = th["full_name"] or "(account as a whole)"
            print(
                f"  {name:<24} {th['reply_state']:<17} {th['touch_count']:>3} touches  "
                f"last {age:<8} score {th['relationship']['score']:>3}"
                f"{'  engaged' if th['engaged'] else ''}{plan_text}"
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
        print(f"Nothing due on {today.isoformat()}.")
        return 0
    for r in rows:
        due = "today" if r["overdue_days"] == 0 else f"{r['overdue_days']}d overdue"
        print(
            f"T{r['account_tier']}  {r['account_name']}  ·  {r['title']}  ({due})\n"
            f"      task {r['task_id']}"
        )
    print(f"{len(rows)} task(s) due")
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
                "enrolled": [
                    {"enrolment_id": e.id, "contact_id": e.contact_id} for e in result.enrolled
                ],
                "tasks": result.tasks,
                "skipped": [
                    {"contact_id": s.contact_id, "full_name": s.full_name, "reason": s.reason}
                    for s in result.skipped
                ],
                "missing_values": result.missing,
            }
        )
        return 0
    print(
        f"Enrolled {len(result.enrolled)} contact(s) in {result.playbook}: "
        f"{result.tasks} task(s) from {start.isoformat()}."
    )
    for s in result.skipped:
        print(f"  skipped {s.full_name}: {s.reason}")
    if result.missing:
        print(
            f"  no value yet for: {', '.join(result.missing)} "
            "(fallback words used or the line left out)"
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
            raise UserError(f"Cannot read playbooks from {args.save}: {exc}") from None
        if not isinstance(specs, list):
            specs = specs.get("playbooks") if isinstance(specs, dict) else None
        if not isinstance(specs, list):
            raise UserError(f"{args.save} must hold a JSON list of playbooks.")
        outreach.save_playbooks(db, specs)
    books = outreach.list_playbooks(db)
    if args.json:
        common.print_json([{**playbook_to_dict(p), "source": p.source} for p in books])
        return 0
    for p in books:
        steps = ", ".join(f"day {s.day} {s.channel}" for s in p.steps)
        print(f"{p.name}  ({p.tier.value}, {p.source})\n  {p.description}\n  {steps}")
    return 0


def export_ics(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    until = outreach.parse_date(args.until) if args.until else None
    count = outreach.export_ics(db, args.file, until=until, as_todo=args.todo)
    print(f"Wrote {count} task(s) to {args.file}")
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
    print(f"Skipped: {task.title}")
    return 0


def task_snooze(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    task = outreach.snooze_task(db, args.task_id, args.days)
    print(f"Snoozed until {task.due_at}: {task.title}")
    return 0


def research(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    action = args.research_action
    if action == "start":
        session = outreach.start_research(db, account.id)
        if not args.json:
            print(f"Timing research on {account.name} since {session.started_at}.")
    elif action == "stop":
        session = outreach.stop_research(db, account.id)
        if not args.json:
            print(f"Stopped: {session.minutes:g} minute(s) on {account.name}.")
    summary = outreach.research_summary(db, account.id)
    if args.json:
        common.print_json(summary)
    elif action == "show" or action == "stop":
        per = summary["minutes_per_contact_reached"]
        parts = [
            f"{summary['minutes']:g} minute(s) in {summary['sessions']} session(s)",
            f"{summary['contacts_reached']} contact(s) reached",
        ]
        if per is not None:
            parts.append(f"{per:g} min per contact reached")
        if summary["running_since"]:
            parts.append(f"timer running since {summary['running_since']}")
        print(f"{account.name}: " + "; ".join(parts))
    return 0
