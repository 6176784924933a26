"""Engagement and intent signals from marketing tools: weekly buckets and the surge rule.

A surge is this week's signal volume clearly above the account's own
baseline: at least SURGE_FACTOR × the mean of the previous four weeks and at
least SURGE_MINIMUM signals (so 1 → 3 visits is not a surge). The reason
says the numbers, so an SDR can judge it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

SURGE_FACTOR = 2.0
SURGE_MINIMUM = 5
BASELINE_WEEKS = 4

KINDS = ("web_visit", "high_value_page", "ad_impression", "ad_click", "email_open", "email_click", "intent")
KIND_ALIASES = {
    "visit": "web_visit",
    "page view": "web_visit",
    "pageview": "web_visit",
    "web visit": "web_visit",
    "website visit": "web_visit",
    "pricing page": "high_value_page",
    "high value page": "high_value_page",
    "impression": "ad_impression",
    "ad impression": "ad_impression",
    "click": "ad_click",
    "ad click": "ad_click",
    "open": "email_open",
    "email open": "email_open",
    "email click": "email_click",
    "intent topic": "intent",
    "访问": "web_visit",
    "网站访问": "web_visit",
    "广告点击": "ad_click",
    "邮件打开": "email_open",
    "意向": "intent",
}


def parse_kind(text: str) -> str | None:
    key = " ".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    if key.replace(" ", "_") in KINDS:
        return key.replace(" ", "_")
    return KIND_ALIASES.get(key)


@dataclass(frozen=True, slots=True)
class Surge:
    surging: bool
    this_week: int
    baseline: float
    reason: str


def weekly_counts(events: Iterable[tuple[datetime, int]], now: datetime, weeks: int = BASELINE_WEEKS + 1) -> list[int]:
    """Counts per 7-day window ending at `now`, oldest first; the last is this week."""
    counts = [0] * weeks
    for at, count in events:
        age = (now - at).total_seconds() / 86400
        if age < 0:
            continue
        index = weeks - 1 - int(age // 7)
        if 0 <= index < weeks:
            counts[index] += count
    return counts


def intent_surge(counts: list[int]) -> Surge:
    """`counts`: weekly counts oldest first, the last being this week."""
    if len(counts) < 2:
        return Surge(False, counts[-1] if counts else 0, 0.0, "not enough history")
    this_week = counts[-1]
    history = counts[-1 - BASELINE_WEEKS : -1]
    baseline = sum(history) / len(history)
    surging = this_week >= SURGE_MINIMUM and this_week >= SURGE_FACTOR * baseline
    reason = f"{this_week} signals this week vs {baseline:.1f} a week over the previous {len(history)} weeks" + (
        " — a surge" if surging else ""
    )
    return Surge(surging, this_week, baseline, reason)
