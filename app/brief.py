"""The account brief: one document an AE reads before taking an account over.

`build_brief` gathers, through the other use-cases, what the SDR knows
about one account: facts and the reasons for its ICP fit, how its stage
moved, the trigger events that say "why now" (with the words that prove
each one and where they were read), the buying committee by persona tier
with its coverage and gaps, the outreach threads in short, the open next
steps and the notes. `brief_markdown` and `brief_html` write it out; the
GUI turns the HTML into a PDF (ui/pdf.py), the CLI is `whynow brief`.

Every label carries its reason, as on screen: the ICP criterion that
matched, the phrase a trigger was detected by, the gap a committee has.

Must not: import Qt, load anything remote (the HTML refers to no image,
font or style sheet outside itself: a brief opened in a browser must not
tell anyone it was read), or change the workspace.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlite_utils import Database

from app import accounts, contacts, notes, outreach, triggers
from research import relationship as rel
from research import triggers as rules
from research.i18n import join, noop, translate
from research.i18n import render as render_stored
from research.types import Account, BuyingRole, ContactStatus, IcpReason, PersonaTier, StageChange
from storage import outreach as outreach_store

#: the newest triggers a brief lists (the rest are counted, not shown)
MAX_TRIGGERS = 12
#: sources listed under one trigger
MAX_SOURCES = 3
#: the latest touches shown per thread
TOUCHES_PER_THREAD = 2
#: characters of news text shown on each side of a summary's evidence
EVIDENCE_CONTEXT = 70

# Labels are marked for the catalogue here and translated (`translate("Brief", label)`) when
# the brief is built, in the language of whoever builds it: the GUI's or the command line's.
BUYING_ROLE_WORDS = {
    BuyingRole.DECISION_MAKER: noop("Brief", "decision maker"),
    BuyingRole.ECONOMIC_BUYER: noop("Brief", "economic buyer"), BuyingRole.CHAMPION: noop("Brief", "champion"),
    BuyingRole.INFLUENCER: noop("Brief", "influencer"), BuyingRole.EVALUATOR: noop("Brief", "evaluator"),
    BuyingRole.USER: noop("Brief", "user"), BuyingRole.BLOCKER: noop("Brief", "blocker"),
}  # fmt: skip
REPLY_STATE_WORDS = {
    "untouched": noop("Brief", "not contacted yet"), "waiting": noop("Brief", "waiting for a reply"),
    "cold": noop("Brief", "no answer yet (gone cold)"), "replied_positive": noop("Brief", "replied, positive"),
    "replied_neutral": noop("Brief", "replied, neutral"), "replied_negative": noop("Brief", "replied, negative"),
    "opted_out": noop("Brief", "asked us to stop"),
}  # fmt: skip
OUTCOME_WORDS = {
    "sent": noop("Brief", "sent"), "no_answer": noop("Brief", "no answer"),
    "left_voicemail": noop("Brief", "left a voicemail"), "connected": noop("Brief", "connected"),
    "replied_positive": noop("Brief", "positive reply"), "replied_neutral": noop("Brief", "neutral reply"),
    "replied_negative": noop("Brief", "negative reply"), "meeting_booked": noop("Brief", "meeting booked"),
    "bounced": noop("Brief", "bounced"), "opted_out": noop("Brief", "opted out"),
}  # fmt: skip
PLAYBOOK_STATUS_WORDS = {
    "active": noop("Brief", "active"), "paused": noop("Brief", "paused"),
    "stopped": noop("Brief", "stopped"), "finished": noop("Brief", "finished"),
}  # fmt: skip
STATUS_WORDS = {
    ContactStatus.LEFT: noop("Brief", "left the company"),
    ContactStatus.DO_NOT_CONTACT: noop("Brief", "do not contact"),
}


def _word(table: Mapping[Any, str], key: Any, fallback: str = "") -> str:
    """A table's label in the reader's language; what the table does not know, as it is."""
    label = table.get(key)
    return translate("Brief", label) if label else fallback


def _channel(key: str | None) -> str:
    return rel.channel_label(key) if key else ""


def _tier_word(tier: PersonaTier | None, fallback: str = "") -> str:
    return tier.label if tier is not None else fallback


# -- the brief as plain data -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BriefSource:
    title: str
    link: str
    feed: str
    published: str | None


@dataclass(slots=True)
class BriefTrigger:
    type: str
    label: str
    headline: str
    occurred_at: str
    confirmed: bool
    status: str  # new, confirmed, dismissed
    evidence: str  # the text that proves it (the headline, or a stretch of the news text)
    evidence_start: int  # the matched words within `evidence`
    evidence_end: int
    evidence_rule: str  # the detector's rule id, e.g. funding/zh/7
    approach_tier: str  # who to approach first, e.g. C-Level/VP
    approach_why: str
    talking_point: str
    sources: list[BriefSource] = field(default_factory=list)


@dataclass(slots=True)
class BriefPerson:
    name: str
    title: str
    buying_role: str  # "" when unknown
    engaged: bool
    status: str  # "" when active; otherwise why they are not worked
    tier_reason: str  # why the person sits in this tier


@dataclass(slots=True)
class BriefTier:
    label: str
    known: str  # "2 / 3 · 67%"
    engaged: str
    people: list[BriefPerson] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BriefTouch:
    at: str
    channel: str
    direction: str
    outcome: str
    text: str  # subject and notes


@dataclass(slots=True)
class BriefThread:
    name: str  # "" for touches logged for the account as a whole
    title: str
    tier_label: str
    touch_count: int
    last_touch_at: str | None
    reply_state: str
    engaged_reason: str
    playbook: str  # "C-Level/VP (active, next E-mail due 2026-11-15)" or ""
    touches: list[BriefTouch] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BriefTask:
    due: str  # YYYY-MM-DD
    overdue_days: int
    channel: str
    title: str
    contact: str
    later_steps: int  # further open steps queued behind this one


@dataclass(frozen=True, slots=True)
class BriefNote:
    body: str  # Markdown, as typed
    author: str
    created_at: str
    written_by: str
    written_at: str
    edited: bool
    pinned: bool
    about: str  # the contact's name, or "" for the account as a whole


@dataclass(slots=True)
class AccountBrief:
    account: Account
    prepared_at: str
    prepared_by: str
    stage_history: list[StageChange]
    why_now_score: int | None
    why_now_reasons: list[str]
    triggers: list[BriefTrigger]
    triggers_not_shown: int  # live triggers beyond MAX_TRIGGERS
    dismissed: int
    committee_known: str
    committee_engaged: str
    committee_target_source: str
    tiers: list[BriefTier]
    gaps: list[str]
    threads: list[BriefThread]
    not_contacted: list[str]  # names of people with no touch yet
    tasks: list[BriefTask]
    notes: list[BriefNote]


# -- gathering -------------------------------------------------------------------------------


def _parse(ts: str) -> datetime:
    moment = datetime.fromisoformat(ts)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def day(ts: str | None) -> str:
    """The local calendar day of a UTC timestamp (or a plain date), YYYY-MM-DD."""
    if not ts:
        return ""
    if len(ts) == 10:
        return ts
    try:
        return _parse(ts).astimezone().date().isoformat()
    except ValueError:
        return ts[:10]


def local_date(ts: str | None) -> str:
    """`day(ts)` written the way the reader writes dates (2026-11-23, 2026年11月23日)."""
    iso = day(ts)
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return translate("Brief", "{year}-{month:02}-{day:02}", year=d.year, month=d.month, day=d.day)


def _tier(value: str | None) -> PersonaTier | None:
    try:
        return PersonaTier(value) if value else None
    except ValueError:
        return None


def _evidence(db: Database, t: dict[str, Any]) -> tuple[str, int, int]:
    """The stretch of text that proves a trigger and where the matched words sit in it."""
    start, end, phrase = int(t["evidence_start"]), int(t["evidence_end"]), t["evidence_text"] or ""
    headline = t["headline"] or ""
    if t["evidence_field"] == "title" and headline[start:end] == phrase:
        return headline, start, end
    summary = ""
    for source in t.get("sources", []):
        if source.get("evidence", {}).get("field") == t["evidence_field"]:
            row = db.execute("SELECT summary FROM items WHERE id = ?", [source["item_id"]]).fetchone()
            summary = (row[0] if row else "") or ""
            break
    if summary[start:end] == phrase and phrase:
        lo, hi = max(0, start - EVIDENCE_CONTEXT), min(len(summary), end + EVIDENCE_CONTEXT)
        before = ("…" if lo else "") + summary[lo:start]
        after = summary[end:hi] + ("…" if hi < len(summary) else "")
        return before + phrase + after, len(before), len(before) + len(phrase)
    at = headline.find(phrase) if phrase else -1
    if at >= 0:
        return headline, at, at + len(phrase)
    return phrase, 0, len(phrase)


def _brief_triggers(db: Database, account_id: str) -> tuple[list[BriefTrigger], int, int]:
    rows = triggers.triggers_for_account(db, account_id)
    live = [t for t in rows if t["status"] != "dismissed"]
    out: list[BriefTrigger] = []
    for t in live[:MAX_TRIGGERS]:
        text, start, end = _evidence(db, t)
        rule = next((s["evidence"].get("rule", "") for s in t["sources"] if s.get("evidence")), "")
        tier = PersonaTier(t["route_tier"]) if t.get("route_tier") else None
        out.append(
            BriefTrigger(
                type=t["type"],
                label=rules.type_word(t["type"]),
                headline=t["headline"],
                occurred_at=t["occurred_at"],
                confirmed=bool(t["confirmed"]),
                status=t["status"],
                evidence=text,
                evidence_start=start,
                evidence_end=end,
                evidence_rule=rule,
                approach_tier=_tier_word(tier),
                approach_why=t.get("route_why") or "",
                talking_point=t.get("talking_point") or "",
                sources=[
                    BriefSource(s["title"] or "", s["link"] or "", s["feed"] or "", s["published"])
                    for s in t["sources"][:MAX_SOURCES]
                ],
            )
        )
    return out, len(live) - len(out), len(rows) - len(live)


def _playbook_words(enrolment: dict[str, Any] | None) -> str:
    if not enrolment:
        return ""
    status = _word(PLAYBOOK_STATUS_WORDS, enrolment["status"], enrolment["status"])
    if not enrolment.get("next_due"):
        return translate("Brief", "{playbook} playbook, {status}", playbook=enrolment["playbook"], status=status)
    return translate(
        "Brief",
        "{playbook} playbook, {status}; next: {channel} due {date}",
        playbook=enrolment["playbook"],
        status=status,
        channel=_channel(enrolment["next_channel"]),
        date=local_date(enrolment["next_due"]),
    )


def _brief_outreach(db: Database, account_id: str) -> tuple[list[BriefThread], list[str]]:
    threads: list[BriefThread] = []
    not_contacted: list[str] = []
    for group in outreach.threads(db, account_id):
        for th in group["threads"]:
            if not th["touch_count"]:
                if th["full_name"] and th["status"] == ContactStatus.ACTIVE.value:
                    not_contacted.append(th["full_name"])
                continue
            touches = [
                BriefTouch(
                    t["at"],
                    t["channel"],
                    t["direction"],
                    t["outcome"],
                    " — ".join(x for x in (t["subject"], t["notes"]) if x),
                )
                for t in th["touches"][:TOUCHES_PER_THREAD]
            ]
            threads.append(
                BriefThread(
                    name=th["full_name"],
                    title=th["title"],
                    tier_label=_tier_word(_tier(group["persona_tier"]), group["label"]),
                    touch_count=th["touch_count"],
                    last_touch_at=th["last_touch_at"],
                    reply_state=th["reply_state"],
                    engaged_reason=th["engaged_reason"],
                    playbook=_playbook_words(th["enrolment"]),
                    touches=touches,
                )
            )
    return threads, not_contacted


def _brief_tasks(db: Database, account_id: str, today: date) -> list[BriefTask]:
    """The next open step per person (or per playbook), soonest first; later steps counted."""
    rows = outreach_store.due_task_rows(db, date.max.isoformat(), account_id=account_id)
    rows.sort(key=lambda r: (r["due_at"], r["step_index"] if r["step_index"] is not None else -1))
    first: dict[str, dict[str, Any]] = {}
    later: dict[str, int] = {}
    for r in rows:
        key = r["enrolment_id"] or r["contact_id"] or r["task_id"]
        if key in first:
            later[key] = later.get(key, 0) + 1
        else:
            first[key] = r
    return [
        BriefTask(
            due=r["due_at"],
            overdue_days=max(0, (today - date.fromisoformat(r["due_at"])).days),
            channel=_channel(r["channel"]),
            title=r["title"],
            contact=r["contact_name"] or "",
            later_steps=later.get(key, 0),
        )
        for key, r in first.items()
    ]


def build_brief(db: Database, account_id: str, *, prepared_by: str = "", now: datetime | None = None) -> AccountBrief:
    """Everything the brief shows for one account (raises NotFoundError if it is gone)."""
    now = now or datetime.now(UTC)
    account = accounts.get_account(db, account_id)
    score = triggers.score_explained(db, account.id, now)
    trigger_list, not_shown, dismissed = _brief_triggers(db, account.id)

    people = contacts.list_contacts(db, account.id)
    engaged_ids = outreach.engaged_contact_ids(db, account.id)
    coverage = contacts.committee_for_account(db, account.id, engaged_ids)
    by_tier: dict[PersonaTier, list[BriefPerson]] = {}
    for c in people:
        by_tier.setdefault(c.persona_tier, []).append(
            BriefPerson(
                name=c.full_name,
                title=c.title,
                buying_role=_word(BUYING_ROLE_WORDS, c.buying_role),
                engaged=c.id in engaged_ids,
                status=_word(STATUS_WORDS, c.status),
                tier_reason=render_stored(c.tier_reason),
            )
        )  # fmt: skip
    tiers = [
        BriefTier(_tier_word(t.tier, t.label), t.known.text, t.engaged.text, by_tier.get(t.tier, []) if t.tier else [])
        for t in coverage.tiers
    ]
    unclassified = by_tier.get(PersonaTier.UNKNOWN, [])
    if unclassified:
        tiers.append(BriefTier(PersonaTier.UNKNOWN.label, "", "", unclassified))

    threads, not_contacted = _brief_outreach(db, account.id)
    note_rows = notes.list_notes(db, account.id)
    names = notes.contact_names(db, note_rows)
    brief_notes = [
        BriefNote(
            body=n.body,
            author=n.author,
            created_at=n.created_at,
            written_by=n.written_by,
            written_at=n.written_at,
            edited=n.edited_at is not None,
            pinned=n.pinned,
            about=names.get(n.contact_id or "", ""),
        )
        for n in note_rows
    ]
    return AccountBrief(
        account=account,
        prepared_at=now.replace(microsecond=0).isoformat(),
        prepared_by=prepared_by,
        stage_history=accounts.stage_history(db, account.id),
        why_now_score=score.score if score.contributions else None,
        why_now_reasons=[c.reason for c in score.contributions if c.points > 0][:5],
        triggers=trigger_list,
        triggers_not_shown=not_shown,
        dismissed=dismissed,
        committee_known=coverage.overall.known.text,
        committee_engaged=coverage.overall.engaged.text,
        committee_target_source=coverage.target.source,
        tiers=tiers,
        gaps=[g.text for g in coverage.gaps],
        threads=threads,
        not_contacted=not_contacted,
        tasks=_brief_tasks(db, account.id, now.astimezone().date()),
        notes=brief_notes,
    )


# -- shared wording --------------------------------------------------------------------------


def _facts(a: Account) -> list[tuple[str, str, bool]]:
    """(label, value, the value is a web address) for each fact the account has."""
    where = " · ".join(x for x in (a.region, a.country) if x)
    rows = [
        (translate("Brief", "Domain"), a.domain, False),
        (translate("Brief", "Website"), a.website, True),
        (translate("Brief", "Industry"), a.industry, False),
        (translate("Brief", "Employees"), f"{a.employees:,}" if a.employees else "", False),
        (translate("Brief", "Region / country"), where, False),
        (translate("Brief", "Tier"), translate("Brief", "Tier {tier}", tier=a.tier), False),
        (translate("Brief", "Stage"), a.stage.label, False),
        (translate("Brief", "Owner (SDR)"), a.owner, False),
        (translate("Brief", "AE"), a.ae, False),
        (translate("Brief", "About"), a.description, False),
    ]
    return [row for row in rows if row[1]]


def _stage_line(change: StageChange) -> str:
    to = change.to_stage.label
    if change.from_stage is None:
        text = translate("Brief", "created as {stage}", stage=to)
    else:
        text = f"{change.from_stage.label} → {to}"
    if change.changed_by:
        text = translate("Brief", "{change}, by {name}", change=text, name=change.changed_by)
    if change.reason and change.reason != "created":
        text = translate("Brief", "{change} ({reason})", change=text, reason=change.reason)
    return text


def _trigger_state(t: BriefTrigger) -> str:
    if t.status == "confirmed":
        return translate("Brief", "confirmed by you")
    return translate("Brief", "reported") if t.confirmed else translate("Brief", "unconfirmed (hedged wording)")


def _touch_line(t: BriefTouch) -> str:
    when, channel = local_date(t.at), _channel(t.channel)
    outcome = _word(OUTCOME_WORDS, t.outcome, t.outcome)
    if t.direction == "inbound":
        text = translate("Brief", "{date} {channel} from them: {outcome}", date=when, channel=channel, outcome=outcome)
    else:
        text = translate("Brief", "{date} {channel} to them: {outcome}", date=when, channel=channel, outcome=outcome)
    return text + (f" — {t.text}" if t.text else "")


def _thread_head(th: BriefThread) -> str:
    who = th.name or translate("Brief", "The account as a whole")
    return who + (f", {th.title}" if th.title else "") + f" ({th.tier_label})"


def _thread_state(th: BriefThread) -> str:
    n, last = th.touch_count, local_date(th.last_touch_at)
    if n == 1:
        parts = [translate("Brief", "{count} touch, last {date}", count=n, date=last)]
    else:
        parts = [translate("Brief", "{count} touches, last {date}", count=n, date=last)]
    parts.append(_word(REPLY_STATE_WORDS, th.reply_state, th.reply_state))
    if th.engaged_reason:
        parts.append(translate("Brief", "engaged: {reason}", reason=th.engaged_reason))
    return translate("Brief", "; ").join(parts)


def _task_line(t: BriefTask) -> str:
    due = local_date(t.due)
    if not t.overdue_days:
        when = translate("Brief", "due {date}", date=due)
    elif t.overdue_days == 1:
        when = translate("Brief", "due {date}, 1 day overdue", date=due)
    else:
        when = translate("Brief", "due {date}, {days} days overdue", date=due, days=t.overdue_days)
    text = translate("Brief", "{when}: {task}", when=when, task=t.title)
    if t.later_steps == 1:
        text += translate("Brief", " (+1 later step)")
    elif t.later_steps:
        text += translate("Brief", " (+{count} later steps)", count=t.later_steps)
    return text


def _note_head(n: BriefNote) -> str:
    someone = translate("Brief", "someone")
    parts = [translate("Brief", "Pinned")] if n.pinned else []
    parts.append(translate("Brief", "by {name}, {date}", name=n.author or someone, date=local_date(n.created_at)))
    if n.edited:
        parts.append(
            translate("Brief", "edited by {name}, {date}", name=n.written_by or someone, date=local_date(n.written_at))
        )
    if n.about:
        parts.append(translate("Brief", "about {name}", name=n.about))
    return " · ".join(parts)


def _points(r: IcpReason) -> str:
    return translate("Brief", "({points:g} of {weight:g} points)", points=r.points, weight=r.weight)


def _prepared(brief: AccountBrief, by: str) -> str:
    when = local_date(brief.prepared_at)
    if by:
        return translate("Brief", "Prepared {date} by {name} with WhyNow.", date=when, name=by)
    return translate("Brief", "Prepared {date} with WhyNow.", date=when)


def _gap(label: str) -> str:
    """The space after a lead-in label: English "Evidence: …", none after Chinese "证据：…"."""
    return "" if label.endswith("：") else " "


def _space(text: str) -> str:
    """The space before a bracketed aside: English "… (rule x)", none before Chinese "…（规则 x）"."""
    return "" if text.startswith("（") else " "


def _lead_in(label: str) -> str:
    """`label` as the start of a line ("2026-11-14: …", "2026年11月14日：…")."""
    text = translate("Brief", "{label}:", label=label)
    return text + _gap(text)


def _md_lead(label: str) -> str:
    return f"**{label}**{_gap(label)}"


def _html_lead(label: str) -> str:
    return f"<b>{_e(label)}</b>{_gap(label)}"


def _committee_overall(brief: AccountBrief) -> tuple[str, str]:
    """Coverage of the whole committee, and where its target comes from (in brackets)."""
    known, engaged = brief.committee_known, brief.committee_engaged
    return (
        translate("Brief", "Known {known} · engaged {engaged}", known=known, engaged=engaged),
        translate("Brief", "(target: {target})", target=brief.committee_target_source),
    )


def _older_and_dismissed(brief: AccountBrief) -> list[str]:
    lines = []
    if brief.triggers_not_shown == 1:
        lines.append(translate("Brief", "1 older trigger not shown."))
    elif brief.triggers_not_shown:
        lines.append(translate("Brief", "{count} older triggers not shown.", count=brief.triggers_not_shown))
    if brief.dismissed == 1:
        lines.append(translate("Brief", "1 dismissed trigger left out."))
    elif brief.dismissed:
        lines.append(translate("Brief", "{count} dismissed triggers left out.", count=brief.dismissed))
    return lines


def brief_title(brief: AccountBrief) -> str:
    return translate("Brief", "Account brief: {name}", name=brief.account.name)


def file_name_for(account_name: str, suffix: str) -> str:
    """A file name for an account's brief that every file system accepts (keeps Chinese)."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", account_name)
    stem = " ".join(stem.split()) or "account"
    return f"{stem} brief.{suffix.lstrip('.')}"


def brief_file_name(brief: AccountBrief, suffix: str) -> str:
    return file_name_for(brief.account.name, suffix)


# -- Markdown --------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\n]*)\)")


def md(text: str) -> str:
    """Data text made safe inside Markdown: its characters mean nothing as markup."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\r", "").replace("\n", " "))


def _md_highlight(text: str, start: int, end: int) -> str:
    if not (0 <= start < end <= len(text)):
        return md(text)
    return md(text[:start]) + "**" + md(text[start:end]) + "**" + md(text[end:])


def brief_markdown(brief: AccountBrief) -> str:
    a = brief.account
    out: list[str] = [f"# {md(brief_title(brief))}", ""]
    out += [f"_{_prepared(brief, md(brief.prepared_by))}_", ""]

    out += [f"## {translate('Brief', 'Facts and ICP fit')}", ""]
    out += [f"- {_md_lead(translate('Brief', '{label}:', label=k))}{md(v)}" for k, v, _ in _facts(a)]
    out.append("")
    if a.icp_score is None:
        out += [translate("Brief", "ICP fit: not scored (no ideal customer profile defined)."), ""]
    else:
        out += [f"**{translate('Brief', 'ICP fit: {score} / 100', score=a.icp_score)}**", ""]
        for r in a.icp_reasons:
            mark = "✓" if r.matched else "✗"
            points = _points(r)
            out.append(f"- {mark} {md(r.detail)}{_space(points)}{points}")
        out.append("")

    out += [f"## {translate('Brief', 'Stage history')}", ""]
    out += [f"- {_lead_in(local_date(c.changed_at))}{md(_stage_line(c))}" for c in brief.stage_history] or [
        translate("Brief", "No stage changes recorded.")
    ]
    out.append("")

    out += [f"## {translate('Brief', 'Why now')}", ""]
    if brief.why_now_score is not None:
        out += [f"**{translate('Brief', 'Why-now score: {score} / 100', score=brief.why_now_score)}**", ""]
        out += [f"- {md(r)}" for r in brief.why_now_reasons]
        out.append("")
    if not brief.triggers:
        out += [translate("Brief", "No trigger events found in this account's news yet."), ""]
    for t in brief.triggers:
        out += [f"### {local_date(t.occurred_at)} · {_lead_in(md(t.label))}{md(t.headline)}", ""]
        proof = _md_highlight(t.evidence, t.evidence_start, t.evidence_end)
        rule = translate("Brief", "(rule {rule})", rule=md(t.evidence_rule)) if t.evidence_rule else ""
        rule = _space(rule) + rule if rule else ""
        evidence = _md_lead(translate("Brief", "Evidence:"))
        out.append(f"- {evidence}“{proof}”{rule}{translate('Brief', '; ')}{_trigger_state(t)}")
        if t.approach_tier:
            lead = _md_lead(translate("Brief", "Approach first:"))
            out.append(f"- {lead}{_approach(md(t.approach_tier), md(t.approach_why))}")
        if t.talking_point:
            out.append(f"- {_md_lead(translate('Brief', 'Talking point:'))}{md(t.talking_point)}")
        for s in t.sources:
            label = md(s.title or s.link)
            link = f"[{label}](<{s.link}>)" if s.link.startswith(("http://", "https://")) else label
            extra = ", ".join(x for x in (md(s.feed), local_date(s.published)) if x)
            source = translate("Brief", "Source:")
            out.append(f"- {source}{_gap(source)}{link}" + (f" ({extra})" if extra else ""))
        out.append("")
    for line in _older_and_dismissed(brief):
        out += [line, ""]

    out += [f"## {translate('Brief', 'Buying committee')}", ""]
    overall, target = _committee_overall(brief)
    out += [f"{overall}{_space(target)}{md(target)}", ""]
    for tier in brief.tiers:
        head = f"### {md(tier.label)}"
        if tier.known:
            head += " — " + translate(
                "Brief", "known {known}, engaged {engaged}", known=tier.known, engaged=tier.engaged
            )
        out += [head, ""]
        if not tier.people:
            out += [translate("Brief", "Nobody known yet."), ""]
            continue
        for p in tier.people:
            line = f"- **{md(p.name)}**" + (f", {md(p.title)}" if p.title else "")
            extras = _person_extras(p)
            if extras:
                line += f" ({join([md(x) for x in extras])})"
            out.append(line)
        out.append("")
    if brief.gaps:
        out += [f"**{translate('Brief', 'Gaps:')}**", ""] + [f"- {md(g)}" for g in brief.gaps] + [""]

    out += [f"## {translate('Brief', 'Outreach')}", ""]
    if not brief.threads:
        out += [translate("Brief", "No touches logged yet."), ""]
    for th in brief.threads:
        head = _md_lead(translate("Brief", "{label}:", label=md(_thread_head(th))))
        out.append(f"- {head}{md(_thread_state(th))}")
        if th.playbook:
            out.append(f"  - {md(th.playbook)}")
        out += [f"  - {md(_touch_line(t))}" for t in th.touches]
    if brief.threads:
        out.append("")
    if brief.not_contacted:
        names = join([md(n) for n in brief.not_contacted])
        out += [translate("Brief", "Not contacted yet: {names}", names=names), ""]

    out += [f"## {translate('Brief', 'Open next steps')}", ""]
    if not brief.tasks:
        out += [translate("Brief", "No open tasks."), ""]
    else:
        out += [f"- {md(_task_line(t))}" for t in brief.tasks] + [""]

    out += [f"## {translate('Brief', 'Notes')}", ""]
    if not brief.notes:
        out += [translate("Brief", "No notes yet."), ""]
    for n in brief.notes:
        out += [f"**{md(_note_head(n))}**", ""]
        # Quoted, so a note's own headings and lists stay inside it; a picture becomes a
        # link, so no Markdown viewer fetches it from its server when the brief is read.
        body = _MD_IMAGE.sub(lambda m: f"[{_picture(m.group(1))}]({m.group(2)})", n.body)
        out += [f"> {line}" if line else ">" for line in body.splitlines()] + [""]
    return "\n".join(out).rstrip() + "\n"


def _approach(tier: str, why: str) -> str:
    return translate("Brief", "{tier}. {why}", tier=tier, why=why) if why else tier


def _person_extras(p: BriefPerson) -> list[str]:
    return [x for x in (p.buying_role, translate("Brief", "engaged") if p.engaged else "", p.status) if x]


def _picture(alt: str) -> str:
    """What stands in for a note's picture (never the picture: it would be fetched)."""
    return translate("Brief", "image: {name}", name=alt) if alt else translate("Brief", "image")


# -- HTML ------------------------------------------------------------------------------------

#: Fonts: the system's own first, then fonts that carry Chinese on each platform.
FONT_STACK = (
    '"Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", "PingFang SC", '
    '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", '
    "sans-serif"
)
HIGHLIGHT = "#fff59d"
#: Plain CSS that both browsers and Qt's rich text (ui/pdf.py) understand.
CSS = f"""
body {{ font-family: {FONT_STACK}; font-size: 10pt; color: #1f2328; }}
h1 {{ font-size: 18pt; margin-bottom: 2px; }}
h2 {{ font-size: 13pt; color: #0b4f8a; margin-top: 16px; margin-bottom: 4px;
      border-bottom: 1px solid #c8d3df; }}
h3 {{ font-size: 10.5pt; margin-top: 10px; margin-bottom: 2px; }}
p {{ margin-top: 2px; margin-bottom: 4px; }}
ul {{ margin-top: 2px; margin-bottom: 4px; }}
table.facts td {{ padding: 2px 8px 2px 0; vertical-align: top; }}
td.key {{ color: #57606a; white-space: nowrap; }}
.muted {{ color: #57606a; }}
.hit {{ background-color: {HIGHLIGHT}; color: #000000; font-weight: 600; }}
.ok {{ color: #2e7d32; }}
.no {{ color: #c62828; }}
.score {{ font-size: 12pt; font-weight: 600; }}
blockquote {{ margin: 2px 0 8px 12px; padding-left: 8px; border-left: 3px solid #c8d3df; }}
code {{ font-family: "DejaVu Sans Mono", Consolas, monospace; }}
"""

_e = html.escape


def _html_highlight(text: str, start: int, end: int) -> str:
    if not (0 <= start < end <= len(text)):
        return _e(text)
    return f'{_e(text[:start])}<span class="hit">{_e(text[start:end])}</span>{_e(text[end:])}'


def _safe_link(url: str, label: str) -> str:
    if url.startswith(("http://", "https://")):
        return f'<a href="{_e(url)}">{_e(label)}</a>'
    return _e(label)


_INLINE = re.compile(
    r"(?P<code>`[^`\n]+`)|(?P<strong>\*\*[^*\n]+\*\*|__[^_\n]+__)|"
    r"(?P<em>\*[^*\n]+\*|(?<![\w])_[^_\n]+_(?![\w]))|"
    r"(?P<image>!\[[^\]\n]*\]\([^)\n]*\))|(?P<link>\[[^\]\n]+\]\([^)\s]+\))"
)


def _inline(text: str) -> str:
    """Inline Markdown (code, bold, italic, links) to HTML; everything else escaped."""
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(_e(text[pos : m.start()]))
        token = m.group(0)
        if m.group("code"):
            out.append(f"<code>{_e(token[1:-1])}</code>")
        elif m.group("strong"):
            out.append(f"<b>{_inline(token[2:-2])}</b>")
        elif m.group("em"):
            out.append(f"<i>{_inline(token[1:-1])}</i>")
        elif m.group("image"):
            # Never an <img>: a remote picture would tell its server the brief was read.
            alt = token[2 : token.index("]")]
            out.append(_e(f"[{_picture(alt)}]"))
        else:
            label, url = token[1:].split("](", 1)
            out.append(_safe_link(url[:-1], label))
        pos = m.end()
    out.append(_e(text[pos:]))
    return "".join(out)


_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")


def markdown_to_html(text: str) -> str:
    """A note's Markdown as HTML: headings, lists, quotes, code blocks, emphasis, links.

    Small on purpose (notes are short, and the app must not pull in a
    Markdown library for this): anything it does not know stays as text,
    escaped, so a note can never inject markup into the brief.
    """
    blocks: list[str] = []
    para: list[str] = []
    items: list[str] = []
    list_tag = ""
    lines = text.replace("\r\n", "\n").split("\n")

    def flush() -> None:
        nonlocal list_tag
        if para:
            blocks.append("<p>" + "<br>".join(_inline(p) for p in para) + "</p>")
            para.clear()
        if items:
            blocks.append(f"<{list_tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{list_tag}>")
            items.clear()
            list_tag = ""

    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("```"):
            flush()
            code: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.append(lines[i])
                i += 1
            blocks.append(f"<pre>{_e(chr(10).join(code))}</pre>")
        elif not line.strip():
            flush()
        elif m := _HEADING.match(line):
            flush()
            # Inside a brief a note's own headings sit below the brief's (h1-h3).
            level = min(6, max(4, len(m.group(1)) + 2))
            blocks.append(f"<h{level}>{_inline(m.group(2))}</h{level}>")
        elif line.lstrip().startswith(">"):
            flush()
            quoted = [line.lstrip()[1:].lstrip()]
            while i + 1 < len(lines) and lines[i + 1].lstrip().startswith(">"):
                i += 1
                quoted.append(lines[i].lstrip()[1:].lstrip())
            blocks.append(f"<blockquote>{markdown_to_html(chr(10).join(quoted))}</blockquote>")
        elif (m := _BULLET.match(line)) or (m := _NUMBERED.match(line)):
            tag = "ul" if _BULLET.match(line) else "ol"
            if para or (items and tag != list_tag):
                flush()
            list_tag = tag
            items.append(_inline(m.group(1)))
        else:
            if items:
                flush()
            para.append(line.strip())
        i += 1
    flush()
    return "\n".join(blocks)


def brief_html(brief: AccountBrief) -> str:
    """The brief as one self-contained HTML page (no remote resource of any kind)."""
    a = brief.account
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{_e(brief_title(brief))}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{_e(brief_title(brief))}</h1>",
    ]
    out.append(f'<p class="muted">{_e(_prepared(brief, brief.prepared_by))}</p>')

    out.append(f"<h2>{_e(translate('Brief', 'Facts and ICP fit'))}</h2>")
    out.append('<table class="facts" cellspacing="0">')
    for k, v, is_link in _facts(a):
        value = _safe_link(v, v) if is_link else _e(v)
        out.append(f'<tr><td class="key">{_e(k)}</td><td>{value}</td></tr>')
    out.append("</table>")
    if a.icp_score is None:
        out.append(f"<p>{_e(translate('Brief', 'ICP fit: not scored (no ideal customer profile defined).'))}</p>")
    else:
        out.append(f'<p class="score">{_e(translate("Brief", "ICP fit: {score} / 100", score=a.icp_score))}</p><ul>')
        for r in a.icp_reasons:
            mark = '<span class="ok">✓</span>' if r.matched else '<span class="no">✗</span>'
            points = _points(r)
            out.append(f'<li>{mark} {_e(r.detail)}{_space(points)}<span class="muted">{_e(points)}</span></li>')
        out.append("</ul>")

    out.append(f"<h2>{_e(translate('Brief', 'Stage history'))}</h2>")
    if brief.stage_history:
        out.append("<ul>")
        out += [f"<li>{_e(_lead_in(local_date(c.changed_at)) + _stage_line(c))}</li>" for c in brief.stage_history]
        out.append("</ul>")
    else:
        out.append(f"<p>{_e(translate('Brief', 'No stage changes recorded.'))}</p>")

    out.append(f"<h2>{_e(translate('Brief', 'Why now'))}</h2>")
    if brief.why_now_score is not None:
        score = translate("Brief", "Why-now score: {score} / 100", score=brief.why_now_score)
        out.append(f'<p class="score">{_e(score)}</p>')
        if brief.why_now_reasons:
            out.append("<ul>" + "".join(f"<li>{_e(r)}</li>" for r in brief.why_now_reasons) + "</ul>")
    if not brief.triggers:
        nothing = translate("Brief", "No trigger events found in this account's news yet.")
        out.append(f"<p>{_e(nothing)}</p>")
    for t in brief.triggers:
        out.append(f"<h3>{_e(local_date(t.occurred_at))} · {_e(_lead_in(t.label) + t.headline)}</h3><ul>")
        rule = ""
        if t.evidence_rule:
            rule = translate("Brief", "(rule {rule})", rule=t.evidence_rule)
            rule = f'{_space(rule)}<span class="muted">{_e(rule)}</span>'
        proof = _html_highlight(t.evidence, t.evidence_start, t.evidence_end)
        state = _e(translate("Brief", "; ") + _trigger_state(t))
        out.append(f"<li>{_html_lead(translate('Brief', 'Evidence:'))}“{proof}”{rule}{state}</li>")
        if t.approach_tier:
            lead = _html_lead(translate("Brief", "Approach first:"))
            out.append(f"<li>{lead}{_e(_approach(t.approach_tier, t.approach_why))}</li>")
        if t.talking_point:
            out.append(f"<li>{_html_lead(translate('Brief', 'Talking point:'))}{_e(t.talking_point)}</li>")
        for s in t.sources:
            extra = ", ".join(x for x in (s.feed, local_date(s.published)) if x)
            where = f' <span class="muted">({_e(extra)})</span>' if extra else ""
            source = translate("Brief", "Source:")
            out.append(f"<li>{_e(source)}{_gap(source)}{_safe_link(s.link, s.title or s.link)}{where}</li>")
        out.append("</ul>")
    out += [f'<p class="muted">{_e(line)}</p>' for line in _older_and_dismissed(brief)]

    out.append(f"<h2>{_e(translate('Brief', 'Buying committee'))}</h2>")
    overall, target = _committee_overall(brief)
    out.append(f'<p>{_e(overall)}{_space(target)}<span class="muted">{_e(target)}</span></p>')
    for tier in brief.tiers:
        head = _e(tier.label)
        if tier.known:
            counts = translate("Brief", "known {known}, engaged {engaged}", known=tier.known, engaged=tier.engaged)
            head += f' <span class="muted">— {_e(counts)}</span>'
        out.append(f"<h3>{head}</h3>")
        if not tier.people:
            out.append(f'<p class="muted">{_e(translate("Brief", "Nobody known yet."))}</p>')
            continue
        out.append("<ul>")
        for p in tier.people:
            line = f"<b>{_e(p.name)}</b>" + (f", {_e(p.title)}" if p.title else "")
            extras = _person_extras(p)
            if extras:
                line += f' <span class="muted">({_e(join(extras))})</span>'
            out.append(f"<li>{line}</li>")
        out.append("</ul>")
    if brief.gaps:
        gaps = "".join(f"<li>{_e(g)}</li>" for g in brief.gaps)
        out.append(f"<p><b>{_e(translate('Brief', 'Gaps:'))}</b></p><ul>{gaps}</ul>")

    out.append(f"<h2>{_e(translate('Brief', 'Outreach'))}</h2>")
    if not brief.threads:
        out.append(f"<p>{_e(translate('Brief', 'No touches logged yet.'))}</p>")
    else:
        out.append("<ul>")
        for th in brief.threads:
            sub = ([_e(th.playbook)] if th.playbook else []) + [_e(_touch_line(t)) for t in th.touches]
            inner = "<ul>" + "".join(f"<li>{s}</li>" for s in sub) + "</ul>" if sub else ""
            head = _html_lead(translate("Brief", "{label}:", label=_thread_head(th)))
            out.append(f"<li>{head}{_e(_thread_state(th))}{inner}</li>")
        out.append("</ul>")
    if brief.not_contacted:
        out.append(f"<p>{_e(translate('Brief', 'Not contacted yet: {names}', names=join(brief.not_contacted)))}</p>")

    out.append(f"<h2>{_e(translate('Brief', 'Open next steps'))}</h2>")
    if not brief.tasks:
        out.append(f"<p>{_e(translate('Brief', 'No open tasks.'))}</p>")
    else:
        out.append("<ul>" + "".join(f"<li>{_e(_task_line(t))}</li>" for t in brief.tasks) + "</ul>")

    out.append(f"<h2>{_e(translate('Brief', 'Notes'))}</h2>")
    if not brief.notes:
        out.append(f"<p>{_e(translate('Brief', 'No notes yet.'))}</p>")
    for n in brief.notes:
        out.append(f"<p><b>{_e(_note_head(n))}</b></p>")
        out.append(f"<blockquote>{markdown_to_html(n.body)}</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render(brief: AccountBrief, fmt: str) -> str:
    """The brief as "md" or "html" text."""
    if fmt == "md":
        return brief_markdown(brief)
    if fmt == "html":
        return brief_html(brief)
    raise ValueError(f"unknown brief format {fmt!r}")
