"""The buying committee: how many people of each persona tier we want at an account.

An enterprise deal is signed by a committee, not a person. For each account
tier the defaults (resources/committee.json, overridable by the workspace's
"committee_defaults" setting and per account) name a target mix, e.g. a tier-1
account wants 3 C-Level/VPs, 4 Directors and 5 Practitioners (12 people) and
someone in Finance, IT, Operations and Sales. Coverage compares the contacts
we know (and those we have engaged) with that target, as "9 / 12 · 75%", and
says in words what is missing ("No Director yet", "No contact yet in Finance").

Pure: plain data in, plain data out. Must not import storage, app or Qt;
the caller reads settings and contacts and passes them in.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from research.i18n import noop, translate
from research.types import Contact, ContactStatus, PersonaTier

#: the persona tiers a committee is made of, most senior first (UNKNOWN is not a target)
COMMITTEE_TIERS = (PersonaTier.C_LEVEL, PersonaTier.DIRECTOR, PersonaTier.PRACTITIONER)
SETTINGS_KEY = "committee_defaults"

#: the built-in names of tiers and departments (resources/committee.json), marked for the
#: catalogue; a name the workspace's own setting gives is shown as the user typed it
_NAMES = (
    noop("CommitteeName", "C-Level/VP"), noop("CommitteeName", "C-Level/VPs"),
    noop("CommitteeName", "Director"), noop("CommitteeName", "Directors"),
    noop("CommitteeName", "Practitioner"), noop("CommitteeName", "Practitioners"),
    noop("CommitteeName", "Finance"), noop("CommitteeName", "IT"), noop("CommitteeName", "Operations"),
    noop("CommitteeName", "Sales"), noop("CommitteeName", "Marketing"), noop("CommitteeName", "Engineering"),
    noop("CommitteeName", "Procurement"), noop("CommitteeName", "HR"),
)  # fmt: skip


def name_text(name: str) -> str:
    """A tier's or department's name from the committee settings, in the reader's language."""
    return translate("CommitteeName", name) if name else name


@dataclass(frozen=True, slots=True)
class DepartmentRule:
    key: str
    label: str
    keywords: tuple[str, ...]
    exact_case: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CommitteeTarget:
    """What we want to know at one account."""

    mix: dict[PersonaTier, int]
    total: int
    key_departments: tuple[str, ...]
    #: where the target came from: "tier 1 default" or "set for this account"
    source: str


@dataclass(frozen=True, slots=True)
class CommitteeDefaults:
    targets: dict[int, CommitteeTarget]
    departments: dict[str, DepartmentRule]
    tier_labels: dict[PersonaTier, tuple[str, str]]  # (one, many)

    def label(self, tier: PersonaTier, *, many: bool = False) -> str:
        one, plural = self.tier_labels.get(tier, (tier.value, tier.value))
        return plural if many else one


@dataclass(frozen=True, slots=True)
class Ratio:
    """A count against a target, e.g. known 9 of 12."""

    count: int
    target: int

    @property
    def percent(self) -> int:
        """Share of the target reached, capped at 100 (nothing wanted counts as done)."""
        if self.target <= 0:
            return 100
        # round half up: 1 of 8 reads 13%, not Python's banker's 12%
        return min(100, math.floor(100 * self.count / self.target + 0.5))

    @property
    def text(self) -> str:
        """ "9 / 12 · 75%"; over target still shows the true count: "13 / 12 · 100%"."""
        return f"{self.count} / {self.target} · {self.percent}%"


@dataclass(frozen=True, slots=True)
class TierCoverage:
    tier: PersonaTier | None  # None for the whole committee
    label: str
    known: Ratio
    engaged: Ratio


@dataclass(frozen=True, slots=True)
class DepartmentCoverage:
    key: str
    label: str
    #: (contact id, the keyword that placed them in this department): the reason
    matches: tuple[tuple[str, str], ...]

    @property
    def covered(self) -> bool:
        return bool(self.matches)


GapKind = Literal["tier_missing", "tier_short", "tier_not_engaged", "department", "unclassified"]


@dataclass(frozen=True, slots=True)
class Gap:
    kind: GapKind
    text: str
    tier: PersonaTier | None = None
    department: str = ""
    missing: int = 0


@dataclass(frozen=True, slots=True)
class CommitteeCoverage:
    target: CommitteeTarget
    tiers: list[TierCoverage]
    overall: TierCoverage
    departments: list[DepartmentCoverage]
    gaps: list[Gap] = field(default_factory=list)
    unclassified: int = 0  # known contacts whose persona tier is unknown
    left: int = 0  # contacts marked as having left: not counted


def source_text(target: CommitteeTarget) -> str:
    """Where the target came from, in the reader's language ("tier 1 default")."""
    found = re.fullmatch(r"tier (\d+) default", target.source)
    if found:
        return translate("Committee", "tier {tier} default", tier=int(found.group(1)))
    if target.source == "set for this account":
        return translate("Committee", "set for this account")
    return target.source


# -- defaults ------------------------------------------------------------------------------


@functools.cache
def _file_defaults() -> dict[str, Any]:
    text = resources.files("resources").joinpath("committee.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge `extra` into a copy of `base`: a setting may override any part."""
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _non_negative_int(value: Any, where: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{where} must be a whole number, not {value!r}") from None
    if number < 0:
        raise ValueError(f"{where} cannot be negative ({number})")
    return number


def _parse_mix(raw: Mapping[str, Any], where: str) -> dict[PersonaTier, int]:
    mix: dict[PersonaTier, int] = {}
    for tier in COMMITTEE_TIERS:
        if tier.value in raw:
            mix[tier] = _non_negative_int(raw[tier.value], f"{where}.{tier.value}")
    return mix


def load_defaults(setting: Mapping[str, Any] | None = None) -> CommitteeDefaults:
    """Defaults from resources/committee.json with the workspace setting merged over them.

    Raises ValueError with the offending key when the setting is malformed.
    """
    data = _merge(_file_defaults(), setting or {})
    departments = {
        key: DepartmentRule(
            key=key,
            label=str(spec.get("label", key)),
            keywords=tuple(str(k) for k in spec.get("keywords", [])),
            exact_case=tuple(str(k) for k in spec.get("exact_case", [])),
        )
        for key, spec in data.get("departments", {}).items()
    }
    targets: dict[int, CommitteeTarget] = {}
    for tier_key, spec in data.get("account_tiers", {}).items():
        account_tier = _non_negative_int(tier_key, "account_tiers key")
        where = f"account_tiers.{tier_key}"
        mix = {t: 0 for t in COMMITTEE_TIERS} | _parse_mix(spec.get("mix", {}), f"{where}.mix")
        total = sum(mix.values())
        if spec.get("total") is not None:
            total = _non_negative_int(spec["total"], f"{where}.total")
        keys = tuple(str(k) for k in spec.get("key_departments", []))
        unknown = [k for k in keys if k not in departments]
        if unknown:
            raise ValueError(f"{where}.key_departments names unknown departments: {unknown}")
        targets[account_tier] = CommitteeTarget(mix, total, keys, f"tier {account_tier} default")
    labels = {
        PersonaTier(key): (str(v.get("one", key)), str(v.get("many", v.get("one", key))))
        for key, v in data.get("tier_labels", {}).items()
    }
    return CommitteeDefaults(targets, departments, labels)


def target_for(
    account_tier: int,
    defaults: CommitteeDefaults,
    override: Mapping[str, Any] | None = None,
) -> CommitteeTarget:
    """The target for one account: its tier's default, with the account's override on top.

    An override may name any of c_level / director / practitioner (the rest
    keep the default), `total`, and `key_departments`.
    """
    base = defaults.targets.get(account_tier) or defaults.targets[max(defaults.targets)]
    if not override:
        return base
    mix = dict(base.mix) | _parse_mix(override, "committee_targets")
    total = sum(mix.values())
    if override.get("total") is not None:
        total = _non_negative_int(override["total"], "committee_targets.total")
    keys = base.key_departments
    if "key_departments" in override:
        keys = tuple(str(k) for k in override["key_departments"] if str(k) in defaults.departments)
    return CommitteeTarget(mix, total, keys, "set for this account")


# -- departments ---------------------------------------------------------------------------

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@functools.cache
def _keyword_pattern(keyword: str, case_sensitive: bool) -> re.Pattern[str]:
    escaped = re.escape(keyword)
    if _CJK.search(keyword):
        # Chinese has no spaces between words: a keyword matches anywhere.
        return re.compile(escaped)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![0-9A-Za-z]){escaped}(?![0-9A-Za-z])", flags)


def department_match(contact: Contact, rule: DepartmentRule) -> str:
    """The keyword that puts the contact in this department ('' if none).

    The department field is looked at first, then the title ("VP Finance").
    """
    for text in (contact.department, contact.title):
        if not text:
            continue
        for keyword in rule.exact_case:
            if _keyword_pattern(keyword, True).search(text):
                return keyword
        for keyword in rule.keywords:
            if _keyword_pattern(keyword, False).search(text):
                return keyword
    return ""


# -- coverage ------------------------------------------------------------------------------


def compute_coverage(
    contacts: Sequence[Contact],
    target: CommitteeTarget,
    defaults: CommitteeDefaults,
    engaged_ids: Collection[str] | None = None,
) -> CommitteeCoverage:
    """Known and engaged contacts per persona tier against the target, with gaps in words.

    Contacts who have left the company do not count. `engaged_ids` is the set
    of contacts with outreach replies/meetings; None means "not known yet"
    (no engagement gaps are reported then).
    """
    engaged = set(engaged_ids or ())
    present = [c for c in contacts if c.status != ContactStatus.LEFT]
    left = len(contacts) - len(present)

    tiers: list[TierCoverage] = []
    for tier in COMMITTEE_TIERS:
        members = [c for c in present if c.persona_tier == tier]
        wanted = target.mix.get(tier, 0)
        tiers.append(
            TierCoverage(
                tier,
                defaults.label(tier),
                Ratio(len(members), wanted),
                Ratio(sum(1 for c in members if c.id in engaged), wanted),
            )
        )
    overall = TierCoverage(
        None,
        "Committee",
        Ratio(len(present), target.total),
        Ratio(sum(1 for c in present if c.id in engaged), target.total),
    )

    departments: list[DepartmentCoverage] = []
    for key in target.key_departments:
        rule = defaults.departments[key]
        matches = []
        for contact in present:
            keyword = department_match(contact, rule)
            if keyword:
                matches.append((contact.id, keyword))
        departments.append(DepartmentCoverage(key, rule.label, tuple(matches)))

    unclassified = sum(1 for c in present if c.persona_tier == PersonaTier.UNKNOWN)
    gaps = _gaps(tiers, departments, defaults, unclassified, engaged_known=engaged_ids is not None)
    return CommitteeCoverage(target, tiers, overall, departments, gaps, unclassified, left)


def _gaps(
    tiers: list[TierCoverage],
    departments: list[DepartmentCoverage],
    defaults: CommitteeDefaults,
    unclassified: int,
    *,
    engaged_known: bool,
) -> list[Gap]:
    gaps: list[Gap] = []
    for cover in tiers:
        assert cover.tier is not None
        wanted, known = cover.known.target, cover.known.count
        if wanted <= 0:
            continue
        label = name_text(cover.label)
        if known == 0:
            text = translate("CommitteeGap", "No {tier} yet", tier=label)
            gaps.append(Gap("tier_missing", text, cover.tier, missing=wanted))
        elif known < wanted:
            short = wanted - known
            noun = name_text(defaults.label(cover.tier, many=short != 1))
            text = translate(
                "CommitteeGap",
                "{count} more {tier} wanted ({known} of {wanted} known)",
                count=short, tier=noun, known=known, wanted=wanted,
            )  # fmt: skip
            gaps.append(Gap("tier_short", text, cover.tier, missing=short))
        if engaged_known and known > 0 and cover.engaged.count == 0:
            text = translate("CommitteeGap", "No {tier} engaged yet", tier=label)
            gaps.append(Gap("tier_not_engaged", text, cover.tier, missing=1))
    for dept in departments:
        if not dept.covered:
            text = translate("CommitteeGap", "No contact yet in {department}", department=name_text(dept.label))
            gaps.append(Gap("department", text, department=dept.key, missing=1))
    if unclassified:
        text = (
            translate("CommitteeGap", "{count} contact has no persona tier yet", count=unclassified)
            if unclassified == 1
            else translate("CommitteeGap", "{count} contacts have no persona tier yet", count=unclassified)
        )
        gaps.append(Gap("unclassified", text, missing=unclassified))
    return gaps
