"""Outreach use-cases: log touches, run playbooks, the Today queue, threads, research time.

The GUI's Threads view and Today queue and the CLI's `touch`, `touches`,
`queue`, `enroll`, `tasks` and `research` commands land here, so what a
touch does (an opt-out stops every playbook, a reply pauses one, a bounce
flags the e-mail, a first engagement suggests a stage) is the same whichever
way it was logged. A stage is only ever *suggested*: the caller confirms by
calling `app.accounts.move_stage`, which records the history.

Rows handed to the GUI are plain dicts with everything a view draws, so a
Qt model wraps them without running SQL per row.

Must not: import Qt, build SQL (that is storage/outreach.py), or decide what
a touch means (research/relationship.py) or how a template is filled
(research/playbooks.py).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import icalendar
from sqlite_utils import Database

from app.contacts import parse_persona_tier
from app.errors import NotFoundError, UserError, ValidationError
from research import playbooks as pb
from research import relationship as rel
from research.i18n import phrase, render, translate
from research.types import Account, Contact, ContactStatus, PersonaTier, Stage, utc_now
from storage import accounts as account_store
from storage import contacts as contact_store
from storage import outreach as store
from storage import settings
from storage.outreach import Enrolment, ResearchSession, Task, Touch

TASK_STATUSES = ("open", "done", "skipped", "snoozed")
ENROLMENT_STATUSES = ("active", "paused", "stopped", "finished")
#: a thread whose outbound touches got no answer for this long reads "cold"
COLD_AFTER_DAYS = 14

_CHANNEL_ALIASES = {
    "e_mail": "email", "mail": "email", "phone": "call", "phone_call": "call", "calls": "call",
    "vm": "voicemail", "li": "linkedin", "linked_in": "linkedin", "text": "sms",
    "meet": "meeting", "video": "meeting", "webinar": "event", "conference": "event",
    "邮件": "email", "电话": "call", "会议": "meeting",
}  # fmt: skip
_OUTCOME_ALIASES = {
    "positive": "replied_positive", "neutral": "replied_neutral", "negative": "replied_negative",
    "reply_positive": "replied_positive", "reply_neutral": "replied_neutral",
    "reply_negative": "replied_negative", "no_reply": "no_answer", "noanswer": "no_answer",
    "voicemail": "left_voicemail", "vm": "left_voicemail", "meeting": "meeting_booked",
    "booked": "meeting_booked", "bounce": "bounced", "opt_out": "opted_out", "optout": "opted_out",
    "unsubscribe": "opted_out", "unsubscribed": "opted_out",
}  # fmt: skip


# -- parsing ------------------------------------------------------------------------------------


def _key(value: Any) -> str:
    return "_".join(str(value or "").strip().casefold().replace("-", " ").split())


def _parse_choice(value: Any, choices: Sequence[str], aliases: Mapping[str, str], what: str) -> str:
    text = _key(value)
    text = aliases.get(text, text)
    if text in choices:
        return text
    raise ValidationError(
        translate(
            "UserError",
            "Unknown {what} “{value}”. Use one of: {items}.",
            what=what,
            value=value,
            items=", ".join(choices),
        ),
        what,
    )


def parse_channel(value: Any) -> str:
    return _parse_choice(value, rel.CHANNELS, _CHANNEL_ALIASES, "channel")


def parse_outcome(value: Any) -> str:
    return _parse_choice(value, rel.OUTCOMES, _OUTCOME_ALIASES, "outcome")


def parse_direction(value: Any) -> str:
    return _parse_choice(value, rel.DIRECTIONS, {"in": "inbound", "out": "outbound"}, "direction")


def parse_when(value: str | datetime | None, *, now: datetime | None = None) -> str:
    """A moment as UTC ISO-8601 with seconds.

    Text is ISO-8601: "2026-03-02", "2026-03-02T14:30", "2026-03-02T14:30+01:00".
    Without a zone it is the computer's local time, as the user typed it.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        moment = now or datetime.now(UTC)
    elif isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError(
                translate(
                    "UserError",
                    "“{value}” is not a date or time; write e.g. 2026-03-02 or 2026-03-02T14:30.",
                    value=value,
                ),
                "at",
            ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local time as typed
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_date(value: str | date | None, *, default: date | None = None) -> date:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default or date.today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            translate("UserError", "“{value}” is not a date; write YYYY-MM-DD.", value=value), "date"
        ) from None


def _sample(touch: Touch) -> rel.TouchSample:
    return rel.TouchSample(rel.parse_time(touch.at), touch.direction, touch.outcome, touch.channel)


def _samples(facts: Iterable[tuple[str, str, str, str]]) -> list[rel.TouchSample]:
    return [rel.TouchSample(rel.parse_time(at), d, o, c) for at, d, o, c in facts]


def _day(iso: str) -> str:
    return iso[:10]


# -- lookups ------------------------------------------------------------------------------------


def _get_account(db: Database, account_id: str) -> Account:
    account = account_store.get(db, account_id)
    if account is None:
        raise NotFoundError(translate("UserError", "That account no longer exists."))
    return account


def _get_contact(db: Database, contact_id: str) -> Contact:
    contact = contact_store.get(db, contact_id)
    if contact is None:
        raise NotFoundError(translate("UserError", "That contact no longer exists."))
    return contact


def resolve_contact(db: Database, account: Account, key: str) -> Contact:
    """A contact of `account` by e-mail, id or exact name; the error lists who is there."""
    wanted = (key or "").strip()
    people = contact_store.list_for_account(db, account.id)
    folded = wanted.casefold()
    for person in people:
        if person.id == wanted or (person.email and person.email.casefold() == folded):
            return person
    named = [p for p in people if p.full_name.casefold() == folded]
    if len(named) == 1:
        return named[0]
    if not people:
        raise NotFoundError(
            translate("UserError", "{name} has no contacts yet; log the touch for the account.", name=account.name)
        )
    listed = ", ".join(p.email or p.full_name for p in people[:20])
    more = f" and {len(people) - 20} more" if len(people) > 20 else ""
    raise NotFoundError(
        translate(
            "UserError",
            "No contact “{wanted}” at {name}. Contacts: {listed}{more}.",
            wanted=wanted,
            name=account.name,
            listed=listed,
            more=more,
        )
    )


def get_touch(db: Database, touch_id: str) -> Touch:
    touch = store.get_touch(db, touch_id)
    if touch is None:
        raise NotFoundError(translate("UserError", "That touch no longer exists."))
    return touch


def get_task(db: Database, task_id: str) -> Task:
    task = store.get_task(db, task_id)
    if task is None:
        raise NotFoundError(translate("UserError", "That task no longer exists."))
    return task


def get_enrolment(db: Database, enrolment_id: str) -> Enrolment:
    enrolment = store.get_enrolment(db, enrolment_id)
    if enrolment is None:
        raise NotFoundError(translate("UserError", "That playbook enrolment no longer exists."))
    return enrolment


# -- logging touches ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NextStep:
    """The "log and schedule next" follow-up: `days` from today, on `channel`."""

    days: int
    channel: str
    note: str = ""


@dataclass(slots=True)
class LogUndo:
    """What `undo_log` needs to take a logged touch back with everything it changed."""

    touch_id: str
    next_task_id: str | None = None
    contact_before: tuple[str, ContactStatus, bool] | None = None  # id, status, email_bounced
    enrolments_before: list[Enrolment] = field(default_factory=list)
    tasks_before: list[Task] = field(default_factory=list)


@dataclass(slots=True)
class TouchResult:
    touch: Touch
    next_task: Task | None = None
    #: {"suggest_stage": "engaged"|"meeting", "why": "..."}; confirm with app.accounts.move_stage
    suggestion: dict[str, str] | None = None
    effects: list[str] = field(default_factory=list)  # what else happened, in words
    warnings: list[str] = field(default_factory=list)
    undo: LogUndo | None = None


def _snapshot(db: Database, contact: Contact | None, extra_task: Task | None) -> LogUndo:
    undo = LogUndo(touch_id="")
    if contact is not None:
        undo.contact_before = (contact.id, contact.status, contact.email_bounced)
        undo.enrolments_before = store.enrolments_for_contact(db, contact.id)
        undo.tasks_before = store.open_tasks_for_contact(db, contact.id)
    if extra_task is not None and all(t.id != extra_task.id for t in undo.tasks_before):
        undo.tasks_before.append(extra_task)
    return undo


# -- why a playbook paused, stopped or finished ---------------------------------------------------
# Stored with the enrolment (status_reason) as phrases, so they read in the language of whoever
# opens the workspace, not the one they were written in; `render` shows them.

PAUSED_BY_HAND = phrase("EnrolmentReason", "paused by hand")
STOPPED_BY_HAND = phrase("EnrolmentReason", "stopped by hand")
ALL_STEPS_DONE = phrase("EnrolmentReason", "every step done or skipped")


def _pause_reason(touch: Touch, when: str) -> str:
    """Why a touch paused the playbooks, as a phrase (the relationship's own words)."""
    why = rel.engagement_phrase(touch.direction, touch.outcome, touch.channel)
    if not why:  # an inbound touch that is not an answer still hands the thread to a person
        why = phrase("EnrolmentReason", "inbound {channel}", channel=rel.said_word(touch.channel))
    return phrase("EnrolmentReason", "{why} on {day}", why=why, day=when)


def _stop_contact(db: Database, contact: Contact, reason: str, when: str) -> int:
    """Stop every playbook of a contact and skip their open tasks; returns enrolments stopped."""
    stopped = 0
    for enrolment in store.enrolments_for_contact(db, contact.id, ("active", "paused")):
        store.set_enrolment_status(db, enrolment.id, "stopped", reason, paused_at=enrolment.paused_at, ended_at=when)
        stopped += 1
    for task in store.open_tasks_for_contact(db, contact.id):
        store.set_task_status(db, task.id, "skipped", reason=reason)
    return stopped


def _apply_effects(db: Database, touch: Touch, contact: Contact | None) -> list[str]:
    """What a touch changes beyond itself: contact flags and playbook state."""
    if contact is None:
        return []
    effects: list[str] = []
    when = _day(touch.at)
    if touch.outcome == "opted_out":
        reason = phrase(
            "EnrolmentReason", "opted out ({channel}, {day})", channel=rel.said_word(touch.channel), day=when
        )
        if contact.status != ContactStatus.DO_NOT_CONTACT:
            contact.status = ContactStatus.DO_NOT_CONTACT
            contact_store.update(db, contact)
            effects.append(
                translate("Outreach", "{name} is now do-not-contact: they opted out.", name=contact.full_name)
            )
        stopped = _stop_contact(db, contact, reason, touch.at)
        if stopped:
            effects.append(
                translate(
                    "Outreach",
                    "Stopped {count} playbook(s) for {name}: {reason}.",
                    count=stopped,
                    name=contact.full_name,
                    reason=render(reason),
                )
            )
        return effects
    if touch.outcome == "bounced" and touch.channel == "email":
        if not contact.email_bounced:
            contact.email_bounced = True
            contact_store.update(db, contact)
            effects.append(
                translate(
                    "Outreach",
                    "{name}'s e-mail ({email}) is flagged as bounced.",
                    name=contact.full_name,
                    email=contact.email or translate("Outreach", "no address"),
                )
            )
        return effects
    if rel.pauses_playbook(touch.direction, touch.outcome, touch.channel):
        reason = _pause_reason(touch, when)
        for enrolment in store.enrolments_for_contact(db, contact.id, ("active",)):
            store.set_enrolment_status(db, enrolment.id, "paused", reason, paused_at=touch.at)
            effects.append(
                translate(
                    "Outreach",
                    "Paused the {playbook} playbook for {name}: {reason}.",
                    playbook=enrolment.playbook,
                    name=contact.full_name,
                    reason=render(reason),
                )
            )
    return effects


def _suggestion(db: Database, account: Account, touch: Touch, contact: Contact | None) -> dict[str, str] | None:
    """A stage to suggest after this touch, with the reason, or None."""
    if not rel.is_engaging(touch.direction, touch.outcome, touch.channel):
        return None
    who = contact.full_name if contact else account.name
    when = _day(touch.at)
    booked = touch.outcome == "meeting_booked" or touch.channel == "meeting"
    if booked and account.stage.order < Stage.MEETING.order:
        fields = {"who": who, "channel": render(rel.said_word(touch.channel)), "day": when, "account": account.name}
        if touch.outcome == "meeting_booked":
            why = translate(
                "Outreach", "meeting booked with {who} ({channel}, {day}); {account} is still at {stage}",
                stage=account.stage.label, **fields,
            )  # fmt: skip
        else:
            why = translate(
                "Outreach", "meeting held with {who} ({channel}, {day}); {account} is still at {stage}",
                stage=account.stage.label, **fields,
            )  # fmt: skip
        return {"suggest_stage": Stage.MEETING.value, "why": why}
    if account.stage == Stage.COLD:
        earlier = store.has_touch_matching(db, account.id, rel.ENGAGING_OUTCOMES, ("meeting",), exclude_id=touch.id)
        if not earlier:
            why = rel.engagement_reason(touch.direction, touch.outcome, touch.channel)
            return {
                "suggest_stage": Stage.ENGAGED.value,
                "why": translate(
                    "Outreach",
                    "first engagement at {account}: {who}, {why} on {day}",
                    account=account.name,
                    who=who,
                    why=why,
                    day=when,
                ),
            }
    return None


def _warnings(touch: Touch, contact: Contact | None) -> list[str]:
    if contact is None or touch.direction != "outbound":
        return []
    out: list[str] = []
    if contact.status == ContactStatus.DO_NOT_CONTACT and touch.outcome != "opted_out":
        out.append(translate("Outreach", "{name} is marked do-not-contact.", name=contact.full_name))
    if contact.status == ContactStatus.LEFT:
        out.append(translate("Outreach", "{name} has left the company.", name=contact.full_name))
    if touch.channel == "email" and contact.email_bounced and touch.outcome != "bounced":
        out.append(translate("Outreach", "{name}'s e-mail bounced before.", name=contact.full_name))
    return out


def _next_task(account: Account, contact: Contact | None, step: NextStep, today: date) -> Task:
    if step.days < 0:
        raise ValidationError(translate("UserError", "The next step cannot be in the past (days must be 0 or more)."))
    channel = parse_channel(step.channel)
    who = contact.full_name if contact else account.name
    label = phrase("Channel", rel.CHANNEL_LABELS[channel])
    note = " ".join(step.note.split())
    if note:
        title = phrase("Task", "{channel} {who}: {note}", channel=label, who=who, note=note[:80])
    else:
        title = phrase("Task", "{channel} {who}", channel=label, who=who)
    return Task(
        account_id=account.id,
        contact_id=contact.id if contact else None,
        due_at=(today + timedelta(days=step.days)).isoformat(),
        channel=channel,
        title=title,
        body=step.note,
    )


def log_touch(
    db: Database,
    account_id: str,
    contact_id: str | None,
    channel: str,
    outcome: str,
    *,
    direction: str | None = None,
    subject: str = "",
    notes: str = "",
    at: str | datetime | None = None,
    logged_by: str = "",
    schedule_next: NextStep | tuple[int, str, str] | None = None,
    today: date | None = None,
) -> TouchResult:
    """Log one touch, apply what it means, and optionally schedule the next step.

    Opt-out: the contact becomes do-not-contact and leaves every playbook.
    Bounce (e-mail): the contact's e-mail is flagged. A reply, connected call
    or meeting pauses the contact's active playbook. The account's last
    activity moves forward. The result carries a stage suggestion (if any),
    the effects in words, and what `undo_log` needs.
    """
    return _log_touch(
        db, account_id, contact_id, channel, outcome, direction, subject, notes, at,
        logged_by, schedule_next, today, None,
    )  # fmt: skip


def _log_touch(
    db: Database,
    account_id: str,
    contact_id: str | None,
    channel: str,
    outcome: str,
    direction: str | None,
    subject: str,
    notes: str,
    at: str | datetime | None,
    logged_by: str,
    schedule_next: NextStep | tuple[int, str, str] | None,
    today: date | None,
    completing: Task | None,
) -> TouchResult:
    account = _get_account(db, account_id)
    contact = _get_contact(db, contact_id) if contact_id else None
    if contact is not None and contact.account_id != account.id:
        raise ValidationError(
            translate(
                "UserError", "{full_name} is not a contact at {name}.", full_name=contact.full_name, name=account.name
            ),
            "contact",
        )
    channel = parse_channel(channel)
    outcome = parse_outcome(outcome)
    direction = parse_direction(direction) if direction else rel.default_direction(outcome)
    when = parse_when(at)
    today = today or date.today()
    step = NextStep(*schedule_next) if isinstance(schedule_next, tuple) else schedule_next
    touch = Touch(
        account_id=account.id, contact_id=contact.id if contact else None, channel=channel,
        outcome=outcome, direction=direction, subject=subject.strip(), notes=notes.strip(),
        at=when, logged_by=logged_by,
    )  # fmt: skip
    next_task = _next_task(account, contact, step, today) if step else None
    warnings = _warnings(touch, contact)
    undo = _snapshot(db, contact, completing)
    undo.touch_id = touch.id
    with db.atomic():
        store.insert_touch(db, touch)
        effects = _apply_effects(db, touch, contact)
        if completing is not None:
            store.set_task_status(
                db, completing.id, "done", touch_id=touch.id, completed_at=utc_now(),
                reason=f"{outcome} ({channel})",
            )  # fmt: skip
            effects += _finish_if_done(db, completing.enrolment_id)
        if next_task is not None:
            store.insert_task(db, next_task)
            undo.next_task_id = next_task.id
            effects.append(
                translate("Outreach", "Next: {title}, due {due}.", title=render(next_task.title), due=next_task.due_at)
            )
        account_store.touch_activity(db, account.id, when)
        suggestion = _suggestion(db, account, touch, contact)
    return TouchResult(touch, next_task, suggestion, effects, warnings, undo)


def undo_log(db: Database, undo: LogUndo) -> None:
    """Take back a logged touch: it is deleted (softly), its next task removed, and the
    contact's status, e-mail flag, playbooks and tasks are put back as they were."""
    with db.atomic():
        store.soft_delete_touch(db, undo.touch_id)
        if undo.next_task_id:
            store.delete_task(db, undo.next_task_id)
        if undo.contact_before is not None:
            contact_id, status, bounced = undo.contact_before
            contact = contact_store.get(db, contact_id, include_deleted=True)
            if contact is not None and (contact.status, contact.email_bounced) != (status, bounced):
                contact.status, contact.email_bounced = status, bounced
                contact_store.update(db, contact)
        # only rows the touch changed, so an undo does not make others look newly edited
        for before in undo.enrolments_before:
            now = store.get_enrolment(db, before.id)
            if now is not None and _enrolment_state(now) != _enrolment_state(before):
                store.restore_enrolment(db, before)
        changed = []
        for before_task in undo.tasks_before:
            current = store.get_task(db, before_task.id)
            if current is not None and _task_state(current) != _task_state(before_task):
                changed.append(before_task)
        store.restore_task_states(db, changed)


def _enrolment_state(e: Enrolment) -> tuple[Any, ...]:
    return (e.status, e.status_reason, e.paused_at, e.ended_at)


def _task_state(t: Task) -> tuple[Any, ...]:
    return (t.status, t.status_reason, t.completed_touch_id, t.completed_at, t.due_at)


_TOUCH_FIELDS = ("contact_id", "channel", "direction", "outcome", "subject", "notes", "at")


def edit_touch(db: Database, touch_id: str, changes: Mapping[str, Any]) -> TouchResult:
    """Change a touch; a new outcome has its effects (opt-out, bounce, pause) like a new log."""
    unknown = set(changes) - set(_TOUCH_FIELDS)
    if unknown:
        raise ValidationError(translate("UserError", "Unknown field(s): {items}.", items=", ".join(sorted(unknown))))
    old = get_touch(db, touch_id)
    touch = dataclasses.replace(old)
    account = _get_account(db, touch.account_id)
    for key, value in changes.items():
        if key == "channel":
            touch.channel = parse_channel(value)
        elif key == "outcome":
            touch.outcome = parse_outcome(value)
        elif key == "direction":
            touch.direction = parse_direction(value)
        elif key == "at":
            touch.at = parse_when(value)
        elif key == "contact_id":
            touch.contact_id = value or None
        else:
            setattr(touch, key, str(value or "").strip())
    contact = _get_contact(db, touch.contact_id) if touch.contact_id else None
    if contact is not None and contact.account_id != account.id:
        raise ValidationError(
            translate(
                "UserError", "{full_name} is not a contact at {name}.", full_name=contact.full_name, name=account.name
            ),
            "contact",
        )
    meaning_changed = (touch.outcome, touch.direction, touch.channel, touch.contact_id) != (
        old.outcome, old.direction, old.channel, old.contact_id,
    )  # fmt: skip
    with db.atomic():
        store.update_touch(db, touch)
        effects = _apply_effects(db, touch, contact) if meaning_changed else []
        account_store.touch_activity(db, account.id, touch.at)
        suggestion = _suggestion(db, account, touch, contact) if meaning_changed else None
    return TouchResult(touch, None, suggestion, effects, _warnings(touch, contact), None)


@dataclass(frozen=True, slots=True)
class DeletedTouch:
    """What `restore_touch` needs to undo a delete."""

    touch_id: str
    account_id: str
    deleted_at: str
    summary: str


def delete_touch(db: Database, touch_id: str) -> DeletedTouch:
    """Soft delete. Contact flags and playbook states it caused stay as they are (an
    opt-out is the person's wish, not the touch's); `undo_log` takes those back too."""
    touch = get_touch(db, touch_id)
    stamp = store.soft_delete_touch(db, touch.id)
    summary = f"{touch.channel} {touch.outcome} on {_day(touch.at)}"
    return DeletedTouch(touch.id, touch.account_id, stamp, summary)


def restore_touch(db: Database, deleted: DeletedTouch | str) -> Touch:
    touch_id = deleted.touch_id if isinstance(deleted, DeletedTouch) else deleted
    if store.get_touch(db, touch_id, include_deleted=True) is None:
        raise NotFoundError(translate("UserError", "That touch no longer exists."))
    store.restore_touch(db, touch_id)
    return get_touch(db, touch_id)


def touch_json(touch: Touch) -> dict[str, Any]:
    """The stable JSON shape of a touch (documented in `whynow touches --help`)."""
    return {
        "id": touch.id, "account_id": touch.account_id, "contact_id": touch.contact_id,
        "channel": touch.channel, "direction": touch.direction, "outcome": touch.outcome,
        "subject": touch.subject, "notes": touch.notes, "at": touch.at,
        "logged_by": touch.logged_by, "created_at": touch.created_at,
        "updated_at": touch.updated_at,
    }  # fmt: skip


def list_touches(db: Database, account_id: str) -> list[Touch]:
    """An account's live touches, newest first."""
    _get_account(db, account_id)
    return list(reversed(store.touches_for_account(db, account_id)))


def engaged_contact_ids(db: Database, account_id: str) -> set[str]:
    """Contacts who engaged: a reply, a connected call, a meeting booked or held.

    For the committee coverage (app.contacts.committee_for_account(engaged_ids=...)).
    """
    return store.contact_ids_with_touch(db, account_id, rel.ENGAGING_OUTCOMES, ("meeting",))


# -- playbooks ------------------------------------------------------------------------------------


def list_playbooks(db: Database) -> list[pb.Playbook]:
    """The default playbooks with the workspace's saved ones over them."""
    try:
        return pb.load_playbooks(settings.get(db, pb.SETTINGS_KEY))
    except pb.PlaybookError as exc:
        raise ValidationError(
            translate("UserError", "The workspace's saved playbooks cannot be used: {exc}", exc=exc)
        ) from None


def save_playbooks(db: Database, specs: Sequence[Mapping[str, Any]] | None) -> list[pb.Playbook]:
    """Store edited playbooks (JSON shape of resources/playbooks.json); None resets to defaults."""
    if not specs:
        db.execute("DELETE FROM settings WHERE key = ?", [pb.SETTINGS_KEY])
        return list_playbooks(db)
    try:
        parsed = [pb.parse_playbook(s) for s in specs]
    except pb.PlaybookError as exc:
        raise ValidationError(translate("UserError", "That playbook cannot be saved: {exc}", exc=exc)) from None
    settings.put(db, pb.SETTINGS_KEY, [pb.playbook_to_dict(p) for p in parsed])
    return list_playbooks(db)


def _choose_playbook(db: Database, tier: PersonaTier, name: str | None) -> pb.Playbook:
    books = list_playbooks(db)
    if name:
        found = pb.find_playbook(books, name)
        if found is None:
            names = ", ".join(p.name for p in books)
            raise NotFoundError(
                translate("UserError", "No playbook “{name}”. Playbooks: {names}.", name=name, names=names)
            )
        return found
    found = pb.playbook_for_tier(books, tier)
    if found is None:
        names = ", ".join(p.name for p in books)
        raise ValidationError(
            translate(
                "UserError",
                "No playbook for {tier} contacts; choose one: {names}.",
                tier=tier.label,
                names=names,
            ),
            "playbook",
        )
    return found


@dataclass(frozen=True, slots=True)
class SkippedContact:
    contact_id: str
    full_name: str
    reason: str


@dataclass(slots=True)
class EnrolResult:
    playbook: str
    enrolled: list[Enrolment] = field(default_factory=list)
    tasks: int = 0
    skipped: list[SkippedContact] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # placeholders with no value


def _why_not_enrol(db: Database, contact: Contact) -> str:
    if contact.status == ContactStatus.DO_NOT_CONTACT:
        return "do not contact"
    if contact.status == ContactStatus.LEFT:
        return "has left the company"
    running = store.enrolments_for_contact(db, contact.id, ("active", "paused"))
    if running:
        return f"already in the {running[0].playbook} playbook ({running[0].status})"
    return ""


def _enrol(
    db: Database,
    account: Account,
    contacts: Iterable[Contact],
    tier: PersonaTier,
    playbook_name: str | None,
    start: date,
    talking_point: str,
    sender: str,
    fail_on_skip: bool,
) -> EnrolResult:
    playbook = _choose_playbook(db, tier, playbook_name)
    headline = store.latest_trigger_headline(db, account.id)
    fallbacks = pb.default_fallbacks()
    result = EnrolResult(playbook.name)
    plans: list[tuple[Enrolment, list[Task]]] = []
    for contact in contacts:
        why = _why_not_enrol(db, contact)
        if why:
            if fail_on_skip:
                raise ValidationError(
                    translate(
                        "UserError", "{full_name} cannot be enrolled: {why}.", full_name=contact.full_name, why=why
                    )
                )
            result.skipped.append(SkippedContact(contact.id, contact.full_name, why))
            continue
        values = pb.template_values(
            full_name=contact.full_name, company=account.name, title=contact.title,
            trigger_headline=headline, talking_point=talking_point,
            sender=sender or account.owner,
        )  # fmt: skip
        enrolment = Enrolment(
            account_id=account.id, contact_id=contact.id, playbook=playbook.name,
            persona_tier=contact.persona_tier.value, started_on=start.isoformat(),
        )  # fmt: skip
        tasks = []
        for step in pb.plan_steps(playbook, start, values, contact.full_name, fallbacks):
            tasks.append(
                Task(
                    account_id=account.id,
                    contact_id=contact.id,
                    due_at=step.due.isoformat(),
                    channel=step.channel,
                    title=step.title,
                    subject=step.subject,
                    body=step.body,
                    instructions=step.instructions,
                    enrolment_id=enrolment.id,
                    step_index=step.index,
                )
            )
            result.missing += [m for m in step.missing if m not in result.missing]
        plans.append((enrolment, tasks))
    with db.atomic():
        for enrolment, tasks in plans:
            store.insert_enrolment(db, enrolment, tasks)
            result.enrolled.append(enrolment)
            result.tasks += len(tasks)
    return result


def enrol_contact(
    db: Database,
    contact_id: str,
    playbook_name: str | None = None,
    *,
    start: date | None = None,
    talking_point: str = "",
    sender: str = "",
) -> EnrolResult:
    """Put one contact on a playbook (their tier's unless named); its steps become due tasks."""
    contact = _get_contact(db, contact_id)
    account = _get_account(db, contact.account_id)
    return _enrol(
        db, account, [contact], contact.persona_tier, playbook_name, start or date.today(),
        talking_point, sender, fail_on_skip=True,
    )  # fmt: skip


def enrol_tier(
    db: Database,
    account_id: str,
    tier: PersonaTier | str,
    playbook_name: str | None = None,
    *,
    start: date | None = None,
    talking_point: str = "",
    sender: str = "",
) -> EnrolResult:
    """Enrol every active contact of a persona tier at the account.

    Skipped, each with the reason: do-not-contact, left the company, already
    in an active or paused playbook.
    """
    account = _get_account(db, account_id)
    parsed = parse_persona_tier(tier)
    people = [c for c in contact_store.list_for_account(db, account.id) if c.persona_tier == parsed]
    return _enrol(
        db, account, people, parsed, playbook_name, start or date.today(),
        talking_point, sender, fail_on_skip=False,
    )  # fmt: skip


def _finish_if_done(db: Database, enrolment_id: str | None) -> list[str]:
    if not enrolment_id:
        return []
    enrolment = store.get_enrolment(db, enrolment_id)
    if enrolment is None or enrolment.status != "active":
        return []
    if store.count_open_tasks(db, enrolment_id) == 0:
        store.set_enrolment_status(db, enrolment_id, "finished", ALL_STEPS_DONE,
                                   ended_at=utc_now())  # fmt: skip
        return [f"The {enrolment.playbook} playbook is finished."]
    return []


def pause_enrolment(db: Database, enrolment_id: str, reason: str = PAUSED_BY_HAND) -> Enrolment:
    """Pause a playbook; `reason` is the user's own words or a stored phrase."""
    enrolment = get_enrolment(db, enrolment_id)
    if enrolment.status != "active":
        raise ValidationError(
            translate(
                "UserError", "Only an active playbook can be paused (this one is {status}).", status=enrolment.status
            )
        )
    store.set_enrolment_status(db, enrolment.id, "paused", reason, paused_at=utc_now())
    return get_enrolment(db, enrolment.id)


def resume_enrolment(db: Database, enrolment_id: str, *, today: date | None = None) -> Enrolment:
    """Resume a paused playbook; its remaining steps move later by the length of the pause,
    so the cadence keeps its spacing instead of firing every overdue step at once."""
    enrolment = get_enrolment(db, enrolment_id)
    if enrolment.status != "paused":
        raise ValidationError(
            translate(
                "UserError", "Only a paused playbook can be resumed (this one is {status}).", status=enrolment.status
            )
        )
    contact = _get_contact(db, enrolment.contact_id)
    if contact.status != ContactStatus.ACTIVE:
        raise ValidationError(
            translate(
                "UserError",
                "{full_name} cannot be contacted ({value}).",
                full_name=contact.full_name,
                value=contact.status.value,
            )
        )
    today = today or date.today()
    paused_on = date.fromisoformat(_day(enrolment.paused_at)) if enrolment.paused_at else today
    shift = timedelta(days=max(0, (today - paused_on).days))
    open_tasks = [t for t in store.tasks_for_enrolment(db, enrolment.id) if t.status in ("open", "snoozed")]
    with db.atomic():
        store.set_due_dates(db, [(t.id, (date.fromisoformat(t.due_at) + shift).isoformat()) for t in open_tasks])
        store.set_enrolment_status(db, enrolment.id, "active", phrase("EnrolmentReason", "resumed"))
    return get_enrolment(db, enrolment.id)


def stop_enrolment(db: Database, enrolment_id: str, reason: str = STOPPED_BY_HAND) -> Enrolment:
    """Stop a playbook for good; its open steps are skipped with the reason."""
    enrolment = get_enrolment(db, enrolment_id)
    if enrolment.status in ("stopped", "finished"):
        return enrolment
    with db.atomic():
        store.set_enrolment_status(db, enrolment.id, "stopped", reason,
                                   paused_at=enrolment.paused_at, ended_at=utc_now())  # fmt: skip
        for task in store.tasks_for_enrolment(db, enrolment.id):
            if task.status in ("open", "snoozed"):
                store.set_task_status(db, task.id, "skipped", reason=reason)
    return get_enrolment(db, enrolment.id)


# -- tasks ----------------------------------------------------------------------------------------


def complete_task(
    db: Database,
    task_id: str,
    outcome: str,
    *,
    direction: str | None = None,
    notes: str = "",
    at: str | datetime | None = None,
    logged_by: str = "",
    schedule_next: NextStep | tuple[int, str, str] | None = None,
    today: date | None = None,
) -> TouchResult:
    """Do a task: its touch is logged (channel and subject from the task) and it is done.

    The touch's outcome has its usual effects (a reply pauses the playbook);
    the last step done finishes the playbook.
    """
    task = get_task(db, task_id)
    if task.status not in ("open", "snoozed"):
        raise ValidationError(translate("UserError", "That task is already {status}.", status=task.status))
    subject = task.subject if task.channel == "email" else ""
    return _log_touch(
        db, task.account_id, task.contact_id, task.channel, outcome, direction, subject, notes,
        at, logged_by, schedule_next, today, task,
    )  # fmt: skip


def skip_task(db: Database, task_id: str, reason: str = "skipped") -> Task:
    task = get_task(db, task_id)
    if task.status not in ("open", "snoozed"):
        raise ValidationError(translate("UserError", "That task is already {status}.", status=task.status))
    with db.atomic():
        store.set_task_status(db, task.id, "skipped", reason=reason)
        _finish_if_done(db, task.enrolment_id)
    return get_task(db, task.id)


def snooze_task(db: Database, task_id: str, days: int, *, today: date | None = None) -> Task:
    """Move a task `days` from today; it returns to the queue on that day."""
    if days < 1:
        raise ValidationError(translate("UserError", "Snooze for at least one day."))
    task = get_task(db, task_id)
    if task.status not in ("open", "snoozed"):
        raise ValidationError(translate("UserError", "That task is already {status}.", status=task.status))
    until = (today or date.today()) + timedelta(days=days)
    store.set_task_status(db, task.id, "snoozed", reason=f"snoozed until {until.isoformat()}",
                          due_at=until.isoformat())  # fmt: skip
    return get_task(db, task.id)


def mailto_url(task: Task | Mapping[str, Any], contact: Contact | Mapping[str, Any] | None) -> str:
    """A mailto: link that opens the task's e-mail, filled, in the user's mail program.

    Subject and body are percent-encoded (RFC 6068); line breaks become CRLF
    as the RFC asks, so mail programs keep the paragraphs.
    """

    def pick(obj: Any, *names: str) -> str:
        for name in names:
            value = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
            if value:
                return str(value)
        return ""

    address = pick(contact, "email", "contact_email") if contact is not None else ""
    if not address:
        address = pick(task, "contact_email")
    subject = pick(task, "subject")
    body = pick(task, "body").replace("\r\n", "\n").replace("\n", "\r\n")
    query = []
    if subject:
        query.append("subject=" + quote(subject, safe=""))
    if body:
        query.append("body=" + quote(body, safe=""))
    return f"mailto:{quote(address, safe='@')}" + ("?" + "&".join(query) if query else "")


# -- the Today queue ------------------------------------------------------------------------------


def _queue_row(row: dict[str, Any], today: date) -> dict[str, Any]:
    due = date.fromisoformat(row["due_at"])
    tier = PersonaTier(row["persona_tier"]) if row["persona_tier"] else None
    out = dict(row)
    out["email_bounced"] = bool(row["email_bounced"])
    out["persona_tier_label"] = tier.label if tier else translate("Persona", "Account")
    out["overdue_days"] = max(0, (today - due).days)
    out["step"] = None if row["step_index"] is None else int(row["step_index"]) + 1
    out["mailto"] = (
        mailto_url(row, None)
        if row["channel"] == "email" and row["contact_email"] and not row["email_bounced"]
        else None
    )
    return out


QUEUE_KEYS = (*store.QUEUE_COLUMNS, "persona_tier_label", "overdue_days", "step", "mailto")


def today_queue(db: Database, today: date | None = None, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Every open task due on or before `today` across all accounts, in working order.

    Order: account tier (1 first), then why-now score (highest first; none
    counts as 0), then due date (most overdue first). Snoozed tasks come back
    on the day they were snoozed to. Tasks of paused or stopped playbooks, of
    archived accounts and of contacts who left, asked not to be contacted or
    were deleted are left out. Rows carry `QUEUE_KEYS`. `limit` gives the
    first rows only (a GUI page; the order is the same).
    """
    today = today or date.today()
    rows = store.due_task_rows(db, today.isoformat(), limit=limit)
    return [_queue_row(r, today) for r in rows]


def queue_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """The stable JSON shape of a queue row (documented in `whynow queue --help`)."""
    return {
        "task_id": row["task_id"], "due": row["due_at"], "overdue_days": row["overdue_days"],
        "status": row["status"], "channel": row["channel"], "title": row["title"],
        "subject": row["subject"], "body": row["body"], "instructions": row["instructions"],
        "account": {"id": row["account_id"], "name": row["account_name"],
                    "domain": row["account_domain"], "tier": row["account_tier"],
                    "why_now_score": row["why_now_score"]},
        "contact": None if row["contact_id"] is None else {
            "id": row["contact_id"], "name": row["contact_name"], "title": row["contact_title"],
            "email": row["contact_email"], "persona_tier": row["persona_tier"],
            "email_bounced": row["email_bounced"]},
        "playbook": row["playbook"], "step": row["step"], "mailto": row["mailto"],
    }  # fmt: skip


# -- calendar export ------------------------------------------------------------------------------


def tasks_calendar(
    db: Database,
    *,
    until: date | None = None,
    as_todo: bool = False,
    now: datetime | None = None,
) -> tuple[bytes, int]:
    """Open tasks as an iCalendar file: one all-day VEVENT (or VTODO) per task, UID = task id.

    `until` limits to tasks due on or before that date (default: every open
    task). icalendar does the escaping and line folding, so commas,
    semicolons, new lines and Chinese text survive a round trip.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    rows = store.due_task_rows(db, (until or date.max).isoformat())
    cal = icalendar.Calendar()
    cal.add("prodid", "-//WhyNow//Outreach tasks//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "WhyNow outreach")
    for row in rows:
        due = date.fromisoformat(row["due_at"])
        component: icalendar.Component = icalendar.Todo() if as_todo else icalendar.Event()
        component.add("uid", row["task_id"])
        component.add("dtstamp", stamp)
        component.add("summary", row["title"])
        parts = [f"{row['account_name']} · {rel.channel_label(row['channel'])}"]
        if row["contact_name"]:
            parts.append(f"{row['contact_name']}" + (f" <{row['contact_email']}>" if row["contact_email"] else ""))
        if row["subject"]:
            parts.append(translate("Outreach", "Subject: {subject}", subject=row["subject"]))
        if row["body"]:
            parts.append(row["body"])
        if row["instructions"]:
            parts.append(translate("Outreach", "How: {instructions}", instructions=row["instructions"]))
        component.add("description", "\n\n".join(parts))
        component.add("categories", [row["channel"]])
        if as_todo:
            component.add("due", due)
            component.add("status", "NEEDS-ACTION")
        else:
            component.add("dtstart", due)
            component.add("dtend", due + timedelta(days=1))
            component.add("transp", "TRANSPARENT")  # a to-do, not busy time
        cal.add_component(component)
    return cal.to_ical(), len(rows)


def export_ics(db: Database, path: str | Path, *, until: date | None = None, as_todo: bool = False) -> int:
    """Write the calendar file; returns how many tasks are in it."""
    data, count = tasks_calendar(db, until=until, as_todo=as_todo)
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise UserError(
            translate("UserError", "Cannot write {path}: {value}.", path=path, value=exc.strerror or exc)
        ) from None
    return count


# -- threads and relationship ---------------------------------------------------------------------


def _score_json(score: rel.RelationshipScore) -> dict[str, Any]:
    return {
        "score": score.score, "trend": score.trend, "score_30_days_ago": score.score_before,
        "parts": [{"name": p.name, "points": p.points, "max_points": p.max_points,
                   "detail": p.detail} for p in score.parts],
    }  # fmt: skip


def _touch_row(touch: Touch) -> dict[str, Any]:
    return {
        "id": touch.id, "at": touch.at, "channel": touch.channel, "direction": touch.direction,
        "outcome": touch.outcome, "subject": touch.subject, "notes": touch.notes,
        "logged_by": touch.logged_by,
    }  # fmt: skip


def threads(
    db: Database,
    account_id: str,
    *,
    now: datetime | None = None,
    cold_after_days: int = COLD_AFTER_DAYS,
) -> list[dict[str, Any]]:
    """The account's outreach as one thread per contact, grouped by persona tier.

    Groups: [{"persona_tier", "label", "threads": [...]}], C-level first; a last
    group (persona_tier None) holds touches logged for the account as a whole.
    A thread: contact fields, "touches" (newest first), touch_count,
    last_touch_at, last_touch_age_days, reply_state (see
    research.relationship.reply_state), engaged + engaged_reason,
    relationship {score, trend, parts}, enrolment (the latest playbook with
    its status and next due step) or None.
    """
    _get_account(db, account_id)
    now = now or datetime.now(UTC)
    people = contact_store.list_for_account(db, account_id)
    by_contact: dict[str | None, list[Touch]] = {}
    for touch in store.touches_for_account(db, account_id):
        by_contact.setdefault(touch.contact_id, []).append(touch)
    latest_enrolment: dict[str, Enrolment] = {}
    for enrolment in store.enrolments_for_account(db, account_id):
        latest_enrolment[enrolment.contact_id] = enrolment  # ordered by created_at
    next_steps = store.next_open_task_by_enrolment(db, account_id)

    def thread(contact: Contact | None, touches: list[Touch]) -> dict[str, Any]:
        samples = [_sample(t) for t in touches]
        last = max((s.at for s in samples), default=None)
        engaging = [t for t in touches if rel.is_engaging(t.direction, t.outcome, t.channel)]
        enrolment = latest_enrolment.get(contact.id) if contact else None
        nxt = next_steps.get(enrolment.id) if enrolment else None
        return {
            "contact_id": contact.id if contact else None,
            "full_name": contact.full_name if contact else "",
            "title": contact.title if contact else "",
            "email": contact.email if contact else "",
            "status": contact.status.value if contact else None,
            "email_bounced": contact.email_bounced if contact else False,
            "persona_tier": contact.persona_tier.value if contact else None,
            "touches": [_touch_row(t) for t in reversed(touches)],
            "touch_count": len(touches),
            "last_touch_at": touches[-1].at if touches else None,
            "last_touch_age_days": None if last is None else max(0, (now - last).days),
            "reply_state": rel.reply_state(samples, now, cold_after_days),
            "engaged": bool(engaging),
            "engaged_reason": rel.engagement_reason(
                engaging[0].direction, engaging[0].outcome, engaging[0].channel
            ) + f" on {_day(engaging[0].at)}" if engaging else "",
            "relationship": _score_json(rel.relationship_score(samples, now)),
            "enrolment": None if enrolment is None else {
                "id": enrolment.id, "playbook": enrolment.playbook, "status": enrolment.status,
                "status_reason": render(enrolment.status_reason), "started_on": enrolment.started_on,
                "next_due": nxt[0] if nxt else None, "next_channel": nxt[1] if nxt else None,
            },
        }  # fmt: skip

    groups: list[dict[str, Any]] = []
    for tier in PersonaTier:
        members = [thread(c, by_contact.get(c.id, [])) for c in people if c.persona_tier == tier]
        if members:
            groups.append({"persona_tier": tier.value, "label": tier.label, "threads": members})
    account_level = by_contact.get(None, [])
    if account_level:
        groups.append({"persona_tier": None, "label": "Account as a whole",
                       "threads": [thread(None, account_level)]})  # fmt: skip
    return groups


def account_relationship(db: Database, account_id: str, *, now: datetime | None = None) -> dict[str, Any]:
    """The account's relationship score (all its touches pooled), parts and trend.

    One person opting out closes their thread, not the account's: their
    touches are left out of the pool (their own score still says opted out).
    """
    _get_account(db, account_id)
    facts = [
        tuple(r)
        for r in db.execute(
            "SELECT at, direction, outcome, channel FROM touches t WHERE account_id = ? AND deleted_at IS NULL "
            "AND (contact_id IS NULL OR contact_id NOT IN (SELECT contact_id FROM touches "
            "WHERE account_id = ? AND outcome = 'opted_out' AND deleted_at IS NULL AND contact_id IS NOT NULL))",
            [account_id, account_id],
        )
    ]
    samples = _samples(facts)
    score = rel.relationship_score(samples, now or datetime.now(UTC), rel.ACCOUNT_PARAMS)
    return _score_json(score)


def contact_relationship(db: Database, contact_id: str, *, now: datetime | None = None) -> dict[str, Any]:
    _get_contact(db, contact_id)
    samples = _samples(store.touch_facts(db, contact_id=contact_id))
    return _score_json(rel.relationship_score(samples, now or datetime.now(UTC)))


# -- research timer -------------------------------------------------------------------------------


def start_research(db: Database, account_id: str, *, now: datetime | None = None) -> ResearchSession:
    """Start the research timer for an account (one may run per account)."""
    account = _get_account(db, account_id)
    running = store.running_session(db, account.id)
    if running is not None:
        raise ValidationError(
            translate(
                "UserError",
                "Research on {name} is already being timed (since {started_at}).",
                name=account.name,
                started_at=running.started_at,
            )
        )
    session = ResearchSession(account.id, parse_when(now))
    try:
        store.insert_session(db, session)
    except sqlite3.IntegrityError:  # another window started one a moment ago
        raise ValidationError(
            translate("UserError", "Research on {name} is already being timed.", name=account.name)
        ) from None
    return session


def stop_research(db: Database, account_id: str, *, now: datetime | None = None) -> ResearchSession:
    """Stop the account's running timer; the minutes are kept with the session."""
    account = _get_account(db, account_id)
    session = store.running_session(db, account.id)
    if session is None:
        raise ValidationError(translate("UserError", "No research timer is running for {name}.", name=account.name))
    ended = parse_when(now)
    seconds = (rel.parse_time(ended) - rel.parse_time(session.started_at)).total_seconds()
    session.ended_at, session.minutes = ended, round(max(0.0, seconds) / 60, 1)
    store.end_session(db, session.id, ended, session.minutes)
    return session


def research_summary(db: Database, account_id: str) -> dict[str, Any]:
    """Minutes researched, sessions, whether a timer runs, and minutes per contact reached.

    A contact is reached when they have any outbound touch; with none reached
    the per-contact figure is None (not infinity, not zero).
    """
    account = _get_account(db, account_id)
    minutes, sessions = store.research_minutes(db, account.id)
    running = store.running_session(db, account.id)
    reached = len(store.contact_ids_with_touch(db, account.id, direction="outbound"))
    return {
        "account_id": account.id,
        "minutes": round(minutes, 1),
        "sessions": sessions,
        "running_since": running.started_at if running else None,
        "contacts_reached": reached,
        "minutes_per_contact_reached": round(minutes / reached, 1) if reached else None,
    }


# -- demo -----------------------------------------------------------------------------------------

# Demo outreach, by demo account key and the local part of a contact's e-mail ("" = the
# account as a whole). A handful per account, so the Threads view shows every reply state
# and the Today queue has overdue, due and future steps.
# fmt: off
#: (account, contact, days ago, channel, outcome, note)
DEMO_TOUCHES: tuple[tuple[str, str, float, str, str, str], ...] = (
    ("northwind", "lena.vogel", 34, "email", "sent", "Fleet data migration note"),
    ("northwind", "lena.vogel", 31, "linkedin", "sent", ""),
    ("northwind", "lena.vogel", 30, "email", "replied_positive", "Interested; asked for a deck"),
    ("northwind", "sofia", 22, "email", "sent", ""),
    ("northwind", "sofia", 19, "call", "connected", "Walked through the pilot scope"),
    ("northwind", "sofia", 6, "email", "meeting_booked", "Discovery with Lena and Sofia"),
    ("northwind", "pieter", 20, "email", "sent", ""),
    ("northwind", "pieter", 17, "call", "no_answer", ""),
    ("helix", "amelia", 80, "email", "sent", ""),
    ("helix", "amelia", 72, "email", "replied_neutral", "Forwarded to Oliver"),
    ("helix", "priya", 40, "call", "connected", "Champion; wants a reconciliation demo"),
    ("helix", "oliver", 31, "meeting", "connected", "Technical deep-dive"),
    ("helix", "", 12, "event", "connected", "Met the team at FinOps Summit"),
    ("yunfan", "liu.yang", 14, "email", "sent", "智能仓储数据平台介绍"),
    ("yunfan", "liu.yang", 9, "email", "replied_neutral", "请下周再联系"),
    ("yunfan", "zhao.min", 25, "call", "left_voicemail", ""),
    ("kestrel", "jonas", 4, "email", "bounced", "Address no longer valid"),
    ("brightwave", "grace", 3, "linkedin", "replied_negative", "Not this year"),
)
#: (account, contact, playbook start in days from today; negative = already running)
DEMO_ENROLMENTS: tuple[tuple[str, str, int], ...] = (
    ("northwind", "tom", -3),
    ("northwind", "emma", 0),
    ("yunfan", "chen.jianguo", -8),
    ("yunfan", "sun.lei", -1),
    ("qingshan", "wang.fang", 0),
    ("kestrel", "anna", -5),
    ("brightwave", "daniel", -2),
)
#: "log and schedule next": (account, contact, days ago, subject, next in days, channel, note)
DEMO_NEXT_STEPS: tuple[tuple[str, str, int, str, int, str, str], ...] = (
    ("helix", "james", 2, "Sandbox access", 2, "call", "Confirm sandbox access for the trial"),
    ("qingshan", "li.qiang", 5, "设备联网与数据平台", 2, "call", "跟进邮件，约演示时间"),
)
# fmt: on


def load_demo_outreach(db: Database, ids: Mapping[str, str], now: datetime | None = None) -> int:
    """Touches, playbooks and due tasks for the demo accounts' contacts; returns touches logged.

    `ids` is demo key → account id (what app.demo.load_demo returns). Accounts
    with no contacts in the workspace are skipped, and so are items naming a
    contact who is not there, so this runs whether or not the demo has
    contacts yet. Uses the real use-cases, so the
    effects (paused playbooks, the bounced e-mail) are what a user would get.
    """
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    people: dict[tuple[str, str], Contact] = {}
    owner: dict[str, str] = {}
    for key, account_id in ids.items():
        account = account_store.get(db, account_id)
        contacts = contact_store.list_for_account(db, account_id) if account else []
        if account is None or not contacts:
            continue  # no people yet: an outreach history without them would mislead
        owner[key] = account.owner
        for person in contacts:
            if person.email:
                people[(key, person.email.split("@", 1)[0].casefold())] = person

    def who(key: str, local: str) -> Contact | None:
        return people.get((key, local.casefold()))

    logged = 0
    with db.atomic():
        for key, local, offset in DEMO_ENROLMENTS:
            contact = who(key, local)
            if key in owner and contact is not None and not _why_not_enrol(db, contact):
                enrol_contact(db, contact.id, start=today + timedelta(days=offset))
        for key, local, days_ago, channel, outcome, note in sorted(DEMO_TOUCHES, key=lambda t: -t[2]):
            contact = who(key, local) if local else None
            if key not in owner or (local and contact is None):
                continue
            log_touch(
                db, ids[key], contact.id if contact else None, channel, outcome, notes=note,
                at=now - timedelta(days=days_ago), logged_by=owner[key], today=today,
            )  # fmt: skip
            logged += 1
        for key, local, days_ago, subject, next_in, channel, note in DEMO_NEXT_STEPS:
            contact = who(key, local)
            if key not in owner or contact is None:
                continue
            log_touch(
                db, ids[key], contact.id, "email", "sent", subject=subject,
                at=now - timedelta(days=days_ago), logged_by=owner[key],
                schedule_next=NextStep(next_in, channel, note),
                today=today - timedelta(days=days_ago),
            )  # fmt: skip
            logged += 1
    return logged
