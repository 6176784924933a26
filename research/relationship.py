"""What touches mean: the outreach vocabulary, engagement, reply state and a relationship score.

A touch is one contact moment (an e-mail sent, a call answered, a reply). This
module names the allowed channels, directions and outcomes, decides which
touches count as *engagement* (the other side took part), which pause a
playbook, what state a thread is in, and scores a relationship 0–100 from
recency, frequency and reciprocity with every part shown.

The score, for the touches of one contact (or one account, pooled):

* **recency, up to 40 points** = 40 × 0.5^(days since the last touch ÷ 14):
  a touch today is worth 40, two weeks ago 20, four weeks ago 10.
* **frequency, up to 30 points** = 30 × n ÷ (n + 4), n = touches in the last
  90 days: 4 touches earn half (15), 12 earn 22.5; more never reaches 30, so
  hammering a person does not buy a relationship. Accounts use 8 for the 4
  (several people share the touches).
* **reciprocity, up to 30 points** = 30 × min(1, (answers ÷ outbound) ÷ 0.5)
  over the last 90 days: one answer (an inbound touch, a reply, a connected
  call, a booked meeting) for every two outbound touches earns it all. An
  outbound call that connected is one outbound touch and one answer; answers
  with no outbound touch at all (they came to us) earn all 30; no answer, 0.

Bounced touches never reached anyone and are left out. A contact who opted
out scores 0 with that as the reason. The trend is the score now minus the
score from the touches known 30 days ago, computed at that date.

The reasons (`engagement_reason`, each part's `detail`) are in the reader's
language (research.i18n), worked out when asked for, never stored here.

Must not: import storage, app or Qt, or read the clock (callers pass `now`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from research.i18n import noop, phrase, render, translate

CHANNELS = ("email", "call", "voicemail", "linkedin", "sms", "meeting", "event", "other")
#: how a channel reads in a sentence or a task title (the GUI translates these)
#: channel names (English; `channel_label` words them for the reader)
CHANNEL_LABELS = {
    "email": noop("Channel", "E-mail"), "call": noop("Channel", "Call"),
    "voicemail": noop("Channel", "Voicemail"), "linkedin": noop("Channel", "LinkedIn"),
    "sms": noop("Channel", "SMS"), "meeting": noop("Channel", "Meeting"),
    "event": noop("Channel", "Event"), "other": noop("Channel", "Other"),
}  # fmt: skip


def channel_label(channel: str) -> str:
    """A channel in the reader's language (an unknown code as it is)."""
    return translate("Channel", CHANNEL_LABELS[channel]) if channel in CHANNEL_LABELS else channel


DIRECTIONS = ("outbound", "inbound")
OUTCOMES = (
    "sent", "no_answer", "left_voicemail", "connected", "replied_positive", "replied_neutral",
    "replied_negative", "meeting_booked", "bounced", "opted_out",
)  # fmt: skip
REPLY_OUTCOMES = ("replied_positive", "replied_neutral", "replied_negative")
#: channels and outcomes as a reason names them in brackets: "positive reply (email)"
REASON_WORDS = {
    "email": noop("Relationship", "email"), "call": noop("Relationship", "call"),
    "voicemail": noop("Relationship", "voicemail"), "linkedin": noop("Relationship", "linkedin"),
    "sms": noop("Relationship", "sms"), "meeting": noop("Relationship", "meeting"),
    "event": noop("Relationship", "event"), "other": noop("Relationship", "other"),
    "sent": noop("Relationship", "sent"), "no_answer": noop("Relationship", "no_answer"),
    "left_voicemail": noop("Relationship", "left_voicemail"),
}  # fmt: skip
#: outcomes where the other side took part (engagement, and a paused playbook)
ENGAGING_OUTCOMES = (*REPLY_OUTCOMES, "connected", "meeting_booked")
#: reply states a thread can be in (see `reply_state`)
REPLY_STATES = (
    "untouched", "waiting", "cold", "replied_positive", "replied_neutral", "replied_negative",
    "opted_out",
)  # fmt: skip


class TouchSample(NamedTuple):
    """The plain facts of one touch the rules here need."""

    at: datetime  # timezone-aware
    direction: str
    outcome: str
    channel: str = ""


def parse_time(value: str | datetime) -> datetime:
    """An ISO-8601 string (or datetime) as an aware UTC datetime; naive means UTC."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def default_direction(outcome: str) -> str:
    """A reply is inbound by nature; everything else we log is something we did."""
    return "inbound" if outcome in REPLY_OUTCOMES else "outbound"


def is_engaging(direction: str, outcome: str, channel: str) -> bool:
    """The other side took part: a reply, a connected call, a meeting booked or held.

    An inbound touch with a reply outcome counts as well as an outbound one
    whose outcome was later set to a reply (the SDR logs the answer on the
    e-mail), matching the funnel metrics (app/metrics.py).
    """
    if outcome in ("bounced", "opted_out"):
        return False
    return outcome in ENGAGING_OUTCOMES or channel == "meeting"


def engagement_reason(direction: str, outcome: str, channel: str) -> str:
    """Why a touch engages, in the reader's words (empty when it does not)."""
    return render(engagement_phrase(direction, outcome, channel))


def engagement_phrase(direction: str, outcome: str, channel: str) -> str:
    """Why a touch engages, as a phrase to store (research.i18n.phrase; empty when it does not)."""
    if not is_engaging(direction, outcome, channel):
        return ""
    how = said_word(channel)
    if outcome == "replied_positive":
        return phrase("Relationship", "positive reply ({channel})", channel=how)
    if outcome == "replied_neutral":
        return phrase("Relationship", "neutral reply ({channel})", channel=how)
    if outcome == "replied_negative":
        return phrase("Relationship", "negative reply ({channel})", channel=how)
    if outcome == "connected":
        return phrase("Relationship", "connected ({channel})", channel=how)
    if outcome == "meeting_booked":
        return phrase("Relationship", "meeting booked ({channel})", channel=how)
    return phrase("Relationship", "meeting held ({outcome})", outcome=said_word(outcome))


def said_word(code: str) -> str:
    """A channel or outcome code as a phrase inside a reason (an unknown one as it is)."""
    word = REASON_WORDS.get(code)
    return phrase("Relationship", word) if word else code


def pauses_playbook(direction: str, outcome: str, channel: str) -> bool:
    """An answer means a person now leads the conversation: stop the automatic cadence."""
    return is_engaging(direction, outcome, channel) or (
        direction == "inbound" and outcome not in ("bounced", "opted_out")
    )


def is_answer(sample: TouchSample) -> bool:
    """The other side answered: counts toward reciprocity."""
    if sample.outcome in ("bounced", "opted_out"):
        return False
    return sample.direction == "inbound" or is_engaging(sample.direction, sample.outcome, sample.channel)


def reply_state(samples: Sequence[TouchSample], now: datetime, cold_after_days: int = 14) -> str:
    """Where a thread stands.

    untouched: no touch yet. opted_out: they asked us to stop. replied_*: the
    latest answer's tone (a booked meeting reads as positive, a connected call
    or other inbound touch as neutral). waiting: only outbound so far, the last
    one within `cold_after_days`. cold: only outbound, and silence since.
    """
    if not samples:
        return "untouched"
    if any(s.outcome == "opted_out" for s in samples):
        return "opted_out"
    answers = [s for s in samples if is_answer(s)]
    if answers:
        latest = max(answers, key=lambda s: s.at)
        if latest.outcome in REPLY_OUTCOMES:
            return latest.outcome
        return "replied_positive" if latest.outcome == "meeting_booked" else "replied_neutral"
    last = max(s.at for s in samples)
    return "cold" if (now - last) > timedelta(days=cold_after_days) else "waiting"


# -- the score ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScoreParams:
    recency_points: float = 40.0
    half_life_days: float = 14.0
    frequency_points: float = 30.0
    frequency_half: float = 4.0  # touches in the window that earn half the frequency points
    reciprocity_points: float = 30.0
    reciprocity_target: float = 0.5  # answers per outbound touch that earn all its points
    window_days: int = 90
    trend_days: int = 30


CONTACT_PARAMS = ScoreParams()
ACCOUNT_PARAMS = ScoreParams(frequency_half=8.0)


@dataclass(frozen=True, slots=True)
class ScorePart:
    name: str  # "recency", "frequency", "reciprocity", "opted_out"
    points: float
    max_points: float
    detail: str  # in words: "last touch 3 days ago (half-life 14 days)"


@dataclass(frozen=True, slots=True)
class RelationshipScore:
    score: int  # 0..100
    parts: tuple[ScorePart, ...] = field(default_factory=tuple)
    score_before: int = 0  # the score `trend_days` ago
    trend: int = 0  # score - score_before

    def explain(self) -> str:
        lines = [translate("Relationship", "{score}/100 ({trend:+d} in 30 days)", score=self.score, trend=self.trend)]
        lines += [f"  {p.name}: {p.points:g}/{p.max_points:g} — {p.detail}" for p in self.parts]
        return "\n".join(lines)


def _outbound(n: int) -> str:
    if n == 1:
        return translate("Relationship", "{n:,} outbound touch", n=n)
    return translate("Relationship", "{n:,} outbound touches", n=n)


def score_parts(
    samples: Iterable[TouchSample], now: datetime, params: ScoreParams = CONTACT_PARAMS
) -> tuple[ScorePart, ...]:
    """The parts of the score from the touches known at `now` (later ones are ignored)."""
    known = [s for s in samples if s.at <= now and s.outcome != "bounced"]
    if any(s.outcome == "opted_out" for s in known):
        return (ScorePart("opted_out", 0.0, 100.0, translate("Relationship", "opted out: no relationship to build")),)
    if not known:
        none = translate("Relationship", "no touch yet")
        return (
            ScorePart("recency", 0.0, params.recency_points, none),
            ScorePart("frequency", 0.0, params.frequency_points, none),
            ScorePart("reciprocity", 0.0, params.reciprocity_points, none),
        )
    last = max(s.at for s in known)
    days = max(0.0, (now - last).total_seconds() / 86400)
    recency = params.recency_points * math.pow(0.5, days / params.half_life_days)

    since = now - timedelta(days=params.window_days)
    window = [s for s in known if s.at > since]
    n = len(window)
    frequency = params.frequency_points * n / (n + params.frequency_half)

    answered = sum(1 for s in window if is_answer(s))
    outbound = sum(1 for s in window if s.direction == "outbound")
    sent = _outbound(outbound)
    if answered == 0:
        reciprocity = 0.0
        ratio_text = translate("Relationship", "no answer to {sent}", sent=sent)
    else:
        ratio = answered / outbound if outbound else math.inf
        reciprocity = params.reciprocity_points * min(1.0, ratio / params.reciprocity_target)
        ratio_text = (
            translate("Relationship", "{n:,} answer to {sent}", n=answered, sent=sent) if answered == 1
            else translate("Relationship", "{n:,} answers to {sent}", n=answered, sent=sent)
        )  # fmt: skip
    span, half = params.window_days, params.frequency_half
    return (
        ScorePart(
            "recency", round(recency, 1), params.recency_points,
            translate("Relationship", "last touch {days:.0f} days ago (half-life {half_life:g} days)",
                      days=days, half_life=params.half_life_days),
        ),
        ScorePart(
            "frequency", round(frequency, 1), params.frequency_points,
            translate("Relationship", "{n:,} touch in the last {window} days (half the points at {half:g})",
                      n=n, window=span, half=half) if n == 1
            else translate("Relationship", "{n:,} touches in the last {window} days (half the points at {half:g})",
                           n=n, window=span, half=half),
        ),
        ScorePart(
            "reciprocity", round(reciprocity, 1), params.reciprocity_points,
            translate("Relationship", "{answers} in the last {window} days (all points at 1 answer per "
                      "{outbound:g} outbound)", answers=ratio_text, window=span,
                      outbound=1 / params.reciprocity_target),
        ),
    )  # fmt: skip


def _total(parts: Sequence[ScorePart]) -> int:
    return max(0, min(100, round(sum(p.points for p in parts))))


def relationship_score(
    samples: Iterable[TouchSample], now: datetime, params: ScoreParams = CONTACT_PARAMS
) -> RelationshipScore:
    """Score now, its parts, and the trend against the score `trend_days` ago."""
    items = list(samples)
    parts = score_parts(items, now, params)
    before = _total(score_parts(items, now - timedelta(days=params.trend_days), params))
    score = _total(parts)
    return RelationshipScore(score, parts, before, score - before)
