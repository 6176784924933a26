"""Outreach playbooks per persona tier, and filling their message templates safely.

A playbook is a named cadence of steps (day offset, channel, advice for the
SDR, a subject and a message template) for one persona tier. The defaults
live in resources/playbooks.json; a workspace can save edited playbooks
(settings key "playbooks") that replace defaults of the same name.

Templates use `{first_name}`-style placeholders. Filling never leaves a raw
`{first_name}` or the word "None" in a message: a missing value takes the
placeholder's own fallback (`{first_name|there}`), else the shared fallback
from the JSON file, else its whole line is dropped, so a message written one
idea per line still reads well when, say, no trigger was found yet.

Must not: import storage, app or Qt, read the clock, or send anything.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from typing import Any

from research.i18n import phrase
from research.relationship import CHANNEL_LABELS, CHANNELS
from research.types import PersonaTier

SETTINGS_KEY = "playbooks"
PLACEHOLDERS = ("first_name", "company", "trigger_headline", "talking_point", "title", "sender")

# {{ and }} are literal braces; {name} or {name|fallback words} is a placeholder.
_TOKEN_RE = re.compile(r"\{\{|\}\}|\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|([^{}]*))?\}")
# Values that are really "nothing" leaking from a CSV export or str(None): never print them.
_EMPTY_WORDS = frozenset({"none", "null", "nan", "n/a", "undefined"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "herr", "frau"})


class PlaybookError(ValueError):
    """A playbook (default or saved by the user) cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class PlaybookStep:
    day: int
    channel: str
    instructions: str = ""
    subject: str = ""
    template: str = ""


@dataclass(frozen=True, slots=True)
class Playbook:
    name: str
    tier: PersonaTier
    steps: tuple[PlaybookStep, ...]
    description: str = ""
    talking_point: str = ""
    source: str = "default"  # "default" or "workspace"


@dataclass(frozen=True, slots=True)
class FilledTemplate:
    text: str
    missing: tuple[str, ...] = ()  # placeholders with no value (fallback used or line dropped)
    dropped_lines: int = 0


@dataclass(frozen=True, slots=True)
class PlannedStep:
    """One playbook step turned into a task: what to do, when, and the filled message."""

    index: int
    due: date
    channel: str
    title: str
    subject: str
    body: str
    instructions: str
    missing: tuple[str, ...] = field(default_factory=tuple)


# -- filling templates ----------------------------------------------------------------------


def clean_value(value: Any) -> str:
    """A value as text, or "" when it is missing in any disguise (None, "None", "nan", blanks)."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return "" if text.casefold() in _EMPTY_WORDS else text


def _has_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in ("W", "F") and ch.isalpha() for ch in text)


def first_name_of(full_name: str) -> str:
    """The name to greet someone by.

    Chinese, Japanese and Korean names are used whole (陈建国): the family name
    comes first and a bare given name would be over-familiar. "Vries, Maarten"
    gives Maarten; titles like Dr. are skipped.
    """
    name = clean_value(full_name)
    if not name or _has_cjk(name):
        return name
    if "," in name:
        after = name.split(",", 1)[1].strip()
        name = after or name.split(",", 1)[0]
    for word in name.split():
        if word.rstrip(".").casefold() not in _HONORIFICS:
            return word
    return ""


def fill_template(
    template: str, values: Mapping[str, Any], fallbacks: Mapping[str, str] | None = None
) -> FilledTemplate:
    """Fill `{placeholders}`; a missing one uses its fallback or drops its line.

    Values are inserted in one pass, so a value that itself contains braces
    ("{beta}" in a headline) is printed as is, never filled again.
    """
    shared = {k: clean_value(v) for k, v in (fallbacks or {}).items()}
    missing: list[str] = []
    out_lines: list[str] = []
    dropped = 0
    for line in template.split("\n"):
        drop = False

        def substitute(match: re.Match[str]) -> str:
            nonlocal drop
            token = match.group(0)
            if token == "{{":
                return "{"
            if token == "}}":
                return "}"
            name = match.group(1)
            value = clean_value(values.get(name)) if name in PLACEHOLDERS else ""
            if value:
                return value
            missing.append(name)
            own = clean_value(match.group(2)) if match.group(2) is not None else ""
            fallback = own or shared.get(name, "")
            if not fallback:
                drop = True
            return fallback

        filled = _TOKEN_RE.sub(substitute, line)
        if drop:
            dropped += 1
            continue
        out_lines.append(filled.rstrip())
    text = "\n".join(out_lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return FilledTemplate(text, tuple(dict.fromkeys(missing)), dropped)


def template_problems(template: str) -> list[str]:
    """Unknown placeholders and stray braces, in words (empty: the template is fine)."""
    problems: list[str] = []
    for match in _TOKEN_RE.finditer(template):
        name = match.group(1)
        if name and name not in PLACEHOLDERS:
            problems.append(f"unknown placeholder {{{name}}} (use {', '.join(PLACEHOLDERS)})")
    leftover = _TOKEN_RE.sub("", template)
    if "{" in leftover or "}" in leftover:
        problems.append("a { or } that is not a placeholder (write {{ or }} for a brace)")
    return problems


# -- loading --------------------------------------------------------------------------------


def _builtin_data() -> dict[str, Any]:
    text = resources.files("resources").joinpath("playbooks.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def default_fallbacks() -> dict[str, str]:
    raw = _builtin_data().get("fallbacks", {})
    return {str(k): clean_value(v) for k, v in raw.items()}


def _tier(value: Any, where: str) -> PersonaTier:
    try:
        return PersonaTier(str(value))
    except ValueError:
        names = ", ".join(t.value for t in PersonaTier)
        raise PlaybookError(f"{where}: tier “{value}” is not one of {names}") from None


def parse_step(spec: Mapping[str, Any], where: str) -> PlaybookStep:
    if not isinstance(spec, Mapping):
        raise PlaybookError(f"{where}: a step must be an object with day, channel and template")
    try:
        day = int(spec.get("day", 0))
    except (TypeError, ValueError):
        raise PlaybookError(f"{where}: day must be a whole number, not “{spec.get('day')}”") from None
    if day < 0:
        raise PlaybookError(f"{where}: day cannot be negative ({day})")
    channel = str(spec.get("channel", "")).strip().lower()
    if channel not in CHANNELS:
        raise PlaybookError(f"{where}: channel “{channel}” is not one of {', '.join(CHANNELS)}")
    step = PlaybookStep(
        day=day,
        channel=channel,
        instructions=str(spec.get("instructions") or ""),
        subject=str(spec.get("subject") or ""),
        template=str(spec.get("template") or ""),
    )
    for text in (step.subject, step.template):
        problems = template_problems(text)
        if problems:
            raise PlaybookError(f"{where}: {problems[0]}")
    return step


def parse_playbook(spec: Mapping[str, Any], source: str = "workspace") -> Playbook:
    """One playbook from its JSON shape; raises PlaybookError saying what is wrong."""
    if not isinstance(spec, Mapping):
        raise PlaybookError("a playbook must be an object with name, tier and steps")
    name = clean_value(spec.get("name"))
    if not name:
        raise PlaybookError("a playbook needs a name")
    tier = _tier(spec.get("tier", "unknown"), f"playbook “{name}”")
    raw_steps = spec.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise PlaybookError(f"playbook “{name}” needs at least one step")
    steps = [parse_step(s, f"playbook “{name}”, step {i}") for i, s in enumerate(raw_steps, 1)]
    # stable: steps on the same day keep the order they were written in
    steps.sort(key=lambda s: s.day)
    return Playbook(
        name=name,
        tier=tier,
        steps=tuple(steps),
        description=str(spec.get("description") or ""),
        talking_point=str(spec.get("talking_point") or ""),
        source=source,
    )


def playbook_to_dict(playbook: Playbook) -> dict[str, Any]:
    """The JSON shape (resources/playbooks.json, and what the workspace setting stores)."""
    return {
        "name": playbook.name,
        "tier": playbook.tier.value,
        "description": playbook.description,
        "talking_point": playbook.talking_point,
        "steps": [
            {"day": s.day, "channel": s.channel, "instructions": s.instructions,
             "subject": s.subject, "template": s.template}
            for s in playbook.steps
        ],
    }  # fmt: skip


def default_playbooks() -> list[Playbook]:
    return [parse_playbook(p, "default") for p in _builtin_data()["playbooks"]]


def load_playbooks(saved: Any = None) -> list[Playbook]:
    """The defaults with the workspace's saved playbooks over them (same name replaces)."""
    by_name = {p.name.casefold(): p for p in default_playbooks()}
    if saved:
        if not isinstance(saved, list):
            raise PlaybookError("saved playbooks must be a list of playbooks")
        for spec in saved:
            playbook = parse_playbook(spec, "workspace")
            by_name[playbook.name.casefold()] = playbook
    return list(by_name.values())


def find_playbook(playbooks: Iterable[Playbook], name: str) -> Playbook | None:
    key = clean_value(name).casefold()
    return next((p for p in playbooks if p.name.casefold() == key), None)


def playbook_for_tier(playbooks: Iterable[Playbook], tier: PersonaTier) -> Playbook | None:
    """The playbook for a persona tier: a workspace one wins over the default."""
    matching = [p for p in playbooks if p.tier == tier]
    matching.sort(key=lambda p: p.source != "workspace")
    return matching[0] if matching else None


# -- planning -------------------------------------------------------------------------------


def plan_steps(
    playbook: Playbook,
    start: date,
    values: Mapping[str, Any],
    contact_name: str,
    fallbacks: Mapping[str, str] | None = None,
) -> list[PlannedStep]:
    """Every step as a dated, filled task, starting on `start` (day 0)."""
    if not clean_value(values.get("talking_point")) and playbook.talking_point:
        values = {**values, "talking_point": playbook.talking_point}
    shared = default_fallbacks() if fallbacks is None else fallbacks
    total = len(playbook.steps)
    who = clean_value(contact_name) or clean_value(values.get("company")) or "contact"
    planned: list[PlannedStep] = []
    for index, step in enumerate(playbook.steps):
        subject = fill_template(step.subject, values, shared)
        body = fill_template(step.template, values, shared)
        label = phrase("Channel", CHANNEL_LABELS[step.channel]) if step.channel in CHANNEL_LABELS else step.channel
        planned.append(
            PlannedStep(
                index=index,
                due=start + timedelta(days=step.day),
                channel=step.channel,
                title=phrase(
                    "Task",
                    "{channel} {who} · {playbook} step {step}/{total}",
                    channel=label,
                    who=who,
                    playbook=playbook.name,
                    step=index + 1,
                    total=total,
                ),
                subject=subject.text,
                body=body.text,
                instructions=step.instructions,
                missing=tuple(dict.fromkeys((*subject.missing, *body.missing))),
            )
        )
    return planned


def template_values(
    *,
    full_name: str,
    company: str,
    title: str = "",
    trigger_headline: str = "",
    talking_point: str = "",
    sender: str = "",
) -> dict[str, str]:
    """The placeholder values for one contact, cleaned."""
    return {
        "first_name": first_name_of(full_name),
        "company": clean_value(company),
        "title": clean_value(title),
        "trigger_headline": clean_value(trigger_headline),
        "talking_point": clean_value(talking_point),
        "sender": clean_value(sender),
    }


def describe(playbooks: Sequence[Playbook]) -> list[str]:
    """One line per playbook for a listing: name, tier, steps and span in days."""
    return [
        f"{p.name} ({p.tier.value}, {p.source}): {len(p.steps)} steps over {p.steps[-1].day if p.steps else 0} days"
        for p in playbooks
    ]
