"""ABM funnel KPIs: engaged accounts, committee penetration, stage conversion, pipeline, wins.

Pure functions over plain fact dataclasses defined here (the `app` layer reads
the workspace and fills them in). `compute_kpis` returns, for a period
[start, end) and an optional account tier, every KPI named in
resources/kpis.json (which also holds the English definitions shown as
tooltips) with the same KPI for the previous period of equal length, so the
dashboard can show a trend. Each figure carries a sentence saying how it was
counted and, where it makes sense, the account ids behind it, so a user can
click a number and see the accounts. A ratio whose denominator is 0 is None
with the reason, never 0: "no win rate yet" is not "a 0% win rate".

Timestamps in the facts are UTC ISO-8601 text as the workspace stores them
(2026-11-23T09:30:00+00:00) and are compared as text: parsing 300,000 touch
times would cost more than everything else together. Only the few timestamps
that feed a "days between" figure are parsed.

Speed: one pass over each fact list (touches once for both periods), dict and
set look-ups only, no loop inside a loop over facts; bench/bench_metrics.py
measures 10k accounts, 100k contacts and 300k touches. Must not import
storage, app or Qt.
"""

from __future__ import annotations

import functools
import json
import statistics
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from research.i18n import join, noop, translate
from research.types import PersonaTier, Stage

DealKind = Literal["new", "expansion", "renewal"]
DealStatus = Literal["open", "won", "lost"]

#: Stage → funnel position, computed once: Stage.order rebuilds a list on every call.
STAGE_ORDER: dict[Stage, int] = {stage: i for i, stage in enumerate(Stage)}
_STAGES = list(Stage)
_CUSTOMER = STAGE_ORDER[Stage.CUSTOMER]
PROGRESS_WINDOW = timedelta(days=30)
_NO_TIMES: list[str] = []  # an account with no engaged contact: shared, never written to
_DEAL_KINDS = frozenset(("new", "expansion", "renewal"))
_DEAL_STATUSES = frozenset(("open", "won", "lost"))
_KPI_FILE = Path(__file__).resolve().parent.parent / "resources" / "kpis.json"


# -- facts (input) ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AccountFacts:
    id: str
    tier: int
    stage: Stage  # the current stage: used when the account has no stage history
    #: (at, from stage or None for the first, to stage), any order
    stage_changes: Sequence[tuple[str, Stage | None, Stage]] = ()
    created_at: str = ""  # "" = existed before any period we look at


@dataclass(frozen=True, slots=True)
class ContactFacts:
    account_id: str
    persona_tier: PersonaTier = PersonaTier.UNKNOWN
    engaged: bool = False
    #: when the contact first engaged; None with engaged=True counts in every period
    first_engaged_at: str | None = None


@dataclass(frozen=True, slots=True)
class TouchFacts:
    account_id: str
    contact_id: str | None
    at: str
    direction: str = "outbound"  # "outbound" | "inbound"
    outcome: str = ""  # e.g. "replied", "meeting_booked" (see kpis.json meeting_outcomes)
    channel: str = ""  # "email", "phone", "linkedin", ...


@dataclass(frozen=True, slots=True)
class DealFacts:
    account_id: str
    value_acv: float
    mrr: float
    kind: DealKind
    status: DealStatus
    created_at: str
    closed_at: str | None = None


@dataclass(frozen=True, slots=True)
class SignalFacts:
    """A web visit (any page kind: "page_view", "pricing_page", ...)."""

    account_id: str
    at: str
    kind: str = "web_visit"


@dataclass(frozen=True, slots=True)
class ResearchTimeFacts:
    """Minutes a user spent researching an account, logged at `at`."""

    account_id: str
    at: str
    minutes: float


@dataclass(frozen=True, slots=True)
class CostFacts:
    """Programme spend (tools, ads, gifts, people) booked at `at`."""

    at: str
    amount: float
    note: str = ""


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One number for one period, with how it was counted (or why there is none)."""

    value: float | None
    explanation: str
    #: the accounts behind the number (deterministic order, not sorted); None where no list fits
    account_ids: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Kpi:
    name: str
    current: Figure
    previous: Figure
    #: breakdown (by tier, stage, funnel step, deal kind), each with its own trend
    parts: dict[str, Kpi] = field(default_factory=dict)

    @property
    def value(self) -> float | None:
        return self.current.value

    @property
    def change(self) -> float | None:
        """Current − previous; None when either is None."""
        if self.current.value is None or self.previous.value is None:
            return None
        return self.current.value - self.previous.value


@dataclass(frozen=True, slots=True)
class KpiDefinition:
    name: str
    label: str
    unit: str
    better: str
    definition: str


# -- definitions ------------------------------------------------------------------------------


@functools.cache
def _kpi_file() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_KPI_FILE.read_text("utf-8"))
    return data


def kpi_definitions() -> dict[str, KpiDefinition]:
    """Every KPI's label, unit and English definition, in dashboard order."""
    return {
        name: KpiDefinition(name, d["label"], d["unit"], d["better"], d["definition"])
        for name, d in _kpi_file()["kpis"].items()
    }


def default_meeting_outcomes() -> frozenset[str]:
    return frozenset(_kpi_file()["meeting_outcomes"])


def default_committee_sizes() -> dict[int, int]:
    return {int(k): int(v) for k, v in _kpi_file()["committee_sizes"].items()}


def default_tier_weights() -> dict[int, float]:
    return {int(k): float(v) for k, v in _kpi_file()["tier_weights"].items()}


# -- small helpers ----------------------------------------------------------------------------


def _to_datetime(value: str | datetime) -> datetime:
    parsed = datetime.fromisoformat(value) if isinstance(value, str) else value
    # a naive time is taken as UTC: the workspace stores UTC throughout
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _stamp(value: datetime) -> str:
    """The workspace's text form, so period bounds compare correctly with fact timestamps."""
    return value.isoformat()


def _days_between(earlier: str, later: str) -> float:
    return (_to_datetime(later) - _to_datetime(earlier)).total_seconds() / 86400


def _number(n: float) -> str:
    """A count or amount with grouping: 1,200, or 1,200.50 when it is not whole."""
    return f"{n:,.0f}" if n == int(n) else f"{n:,.2f}"


_money = _number

# "{n} <noun>" in the reader's language: (one, many), both marked here for the catalogue.
_NOUNS: dict[str, tuple[str, str]] = {
    "account": (noop("Metrics", "{n} account"), noop("Metrics", "{n} accounts")),
    "target": (noop("Metrics", "{n} target account"), noop("Metrics", "{n} target accounts")),
    "tier": (noop("Metrics", "{n} tier-{tier} account"), noop("Metrics", "{n} tier-{tier} accounts")),
    "opportunity": (noop("Metrics", "{n} opportunity"), noop("Metrics", "{n} opportunities")),
    "open": (noop("Metrics", "{n} open opportunity"), noop("Metrics", "{n} open opportunities")),
    "won_opportunity": (noop("Metrics", "{n} won opportunity"), noop("Metrics", "{n} won opportunities")),
    "won_account": (noop("Metrics", "{n} won account"), noop("Metrics", "{n} won accounts")),
    "newly_engaged": (
        noop("Metrics", "{n} newly engaged account"), noop("Metrics", "{n} newly engaged accounts")
    ),
    "created": (noop("Metrics", "{n} opportunity created"), noop("Metrics", "{n} opportunities created")),
    "new": (noop("Metrics", "{n} new deal"), noop("Metrics", "{n} new deals")),
    "expansion": (noop("Metrics", "{n} expansion deal"), noop("Metrics", "{n} expansion deals")),
    "win": (noop("Metrics", "{n} win"), noop("Metrics", "{n} wins")),
    "meeting": (noop("Metrics", "{n} meeting"), noop("Metrics", "{n} meetings")),
}  # fmt: skip
#: stages as the explanations name them ("no account reached engaged yet")
_STAGE_WORDS: dict[Stage, str] = {
    Stage.COLD: noop("Metrics", "cold"), Stage.ENGAGED: noop("Metrics", "engaged"), Stage.MQA: noop("Metrics", "mqa"),
    Stage.MEETING: noop("Metrics", "meeting"), Stage.OPPORTUNITY: noop("Metrics", "opportunity"),
    Stage.CUSTOMER: noop("Metrics", "customer"), Stage.RENEWAL: noop("Metrics", "renewal"),
}  # fmt: skip


def _plural(n: float, noun: str, **fields: Any) -> str:
    """ "3 target accounts": the count with its noun, singular or plural, in the reader's language."""
    one, many = _NOUNS[noun]
    return translate("Metrics", one if n == 1 else many, n=_number(n), **fields)


def _stage(stage: Stage) -> str:
    return translate("Metrics", _STAGE_WORDS[stage])


def _ratio(
    numerator: float, denominator: float, scale: float, text: str, none_reason: str,
    ids: tuple[str, ...] | None = None,
) -> Figure:  # fmt: skip
    """numerator ÷ denominator × scale, or None with the reason when nothing to divide by."""
    if not denominator:
        return Figure(None, none_reason, ids)
    return Figure(numerator / denominator * scale, text, ids)


def _median_days(days: list[float]) -> float | None:
    return statistics.median(days) if days else None


@dataclass(slots=True)
class _AccountTally:
    """One period's account-level counts, filled by the single pass over accounts."""

    lo: str
    hi: str
    progress_from: str  # hi − 30 days
    tiers: list[int]
    existing: list[str] = field(default_factory=list)
    by_tier: dict[int, list[str]] = field(default_factory=dict)
    by_stage: list[list[str]] = field(default_factory=lambda: [[] for _ in _STAGES])
    # accounts by the furthest stage they reached; "reached stage i" is the union for j ≥ i
    furthest: list[list[str]] = field(default_factory=lambda: [[] for _ in _STAGES])
    progressed: list[str] = field(default_factory=list)
    engaged: list[str] = field(default_factory=list)
    unengaged: list[str] = field(default_factory=list)
    newly_engaged: list[str] = field(default_factory=list)
    # committee penetration: per tier, the sum of per-account shares of the committee
    share_sum: dict[int, float] = field(default_factory=dict)
    weighted_sum: float = 0.0
    weight_total: float = 0.0

    def __post_init__(self) -> None:
        self.by_tier = {t: [] for t in self.tiers}
        self.share_sum = dict.fromkeys(self.tiers, 0.0)


def _at(change: tuple[str, Stage | None, Stage]) -> str:
    return change[0]


def _tally_accounts(
    accounts: list[AccountFacts],
    engaged_times: dict[str, list[str]],
    sizes: dict[int, int],
    weights: dict[int, float],
    tallies: list[_AccountTally],
) -> None:
    """The one pass over accounts: stage, furthest stage, progress, engagement, per period."""
    order = STAGE_ORDER
    for a in accounts:
        changes = a.stage_changes
        if len(changes) > 1:
            changes = sorted(changes, key=_at)  # by time only: ties keep their given order
        if not changes:
            initial = order[a.stage]
        else:  # the stage before the first change (or the first, if it is the creation)
            first = changes[0]
            initial = order[first[2] if first[1] is None else first[1]]
        times = engaged_times.get(a.id, _NO_TIMES)
        size, weight = sizes[a.tier], weights[a.tier]
        for t in tallies:
            hi = t.hi
            if not a.created_at < hi:
                continue
            t.existing.append(a.id)
            t.by_tier[a.tier].append(a.id)
            stage = top = initial
            moved = False
            for at, old, new in changes:
                if at >= hi:
                    break
                stage = order[new]
                if stage > top:
                    top = stage
                if at >= t.progress_from and old is not None and order[old] < stage:
                    moved = True
            t.by_stage[stage].append(a.id)
            t.furthest[top].append(a.id)
            if moved:
                t.progressed.append(a.id)

            count = bisect_left(times, hi)
            if count:
                t.engaged.append(a.id)
                # sorted: [0] is the first engagement; an undated one ("") never starts in a period
                if t.lo <= times[0]:
                    t.newly_engaged.append(a.id)
            else:
                t.unengaged.append(a.id)
            share = (count if count < size else size) / size
            t.share_sum[a.tier] += share
            t.weighted_sum += weight * share
            t.weight_total += weight


@dataclass(slots=True)
class _Shared:
    """What both periods read, built in one pass over each fact list."""

    account_ids: set[str]
    engaged_times: dict[str, list[str]]  # account → sorted first-engaged times ("" = always)
    deals: list[DealFacts]
    first_opportunity_at: dict[str, str]
    signals: list[SignalFacts]
    research: list[ResearchTimeFacts]
    costs: list[CostFacts]
    sizes: dict[int, int]  # committee size per account tier
    weights: dict[int, float]  # weight per account tier
    first_touch: dict[str, str] = field(default_factory=dict)
    touch_times: dict[str, list[str]] = field(default_factory=dict)
    meetings: list[tuple[str, str]] = field(default_factory=list)  # (account, at)


def _is_opportunity(deal: DealFacts) -> bool:
    return deal.kind != "renewal"


def _committee_sizes(sizes: Mapping[int, int] | Callable[[int], int] | None, tiers: Iterable[int]) -> dict[int, int]:
    """Committee size per account tier: a callable decides every tier, a dict overrides some."""
    merged = {**default_committee_sizes(), **(sizes if isinstance(sizes, Mapping) else {})}
    out: dict[int, int] = {}
    for tier in tiers:
        if callable(sizes):
            value = int(sizes(tier))
        elif tier in merged:
            value = int(merged[tier])
        else:
            raise ValueError(f"No committee size for account tier {tier}.")
        if value < 1:
            raise ValueError(f"The committee size for tier {tier} must be at least 1 (got {value}).")
        out[tier] = value
    return out


def _tier_weights(weights: Mapping[int, float] | None, tiers: Iterable[int]) -> dict[int, float]:
    merged = {**default_tier_weights(), **(weights or {})}
    out = {tier: float(merged.get(tier, 1.0)) for tier in tiers}
    for tier, weight in out.items():
        if weight < 0:
            raise ValueError(f"The weight for tier {tier} cannot be negative (got {weight:g}).")
    return out


# -- the computation --------------------------------------------------------------------------


def compute_kpis(
    accounts: Iterable[AccountFacts],
    *,
    start: str | datetime,
    end: str | datetime,
    contacts: Iterable[ContactFacts] = (),
    touches: Iterable[TouchFacts] = (),
    deals: Iterable[DealFacts] = (),
    signals: Iterable[SignalFacts] = (),
    research: Iterable[ResearchTimeFacts] = (),
    costs: Iterable[CostFacts] = (),
    tier: int | None = None,
    committee_sizes: Mapping[int, int] | Callable[[int], int] | None = None,
    tier_weights: Mapping[int, float] | None = None,
    meeting_outcomes: Collection[str] | None = None,
) -> dict[str, Kpi]:
    """Every KPI for [start, end) and the previous period of the same length.

    `accounts` are the target accounts (leave archived ones out); `tier`
    keeps only accounts of that tier, and facts about other accounts are
    ignored. Committee sizes default to 12 / 6 / 3 and tier weights to
    3 / 2 / 1 (resources/kpis.json); a dict overrides some tiers, a callable all.
    """
    start_dt, end_dt = _to_datetime(start), _to_datetime(end)
    if start_dt >= end_dt:
        raise ValueError(f"The period must end after it starts ({start_dt} → {end_dt}).")
    prev_start_dt = start_dt - (end_dt - start_dt)
    # both periods together: [earliest, latest); facts outside them are dropped in one pass
    earliest, latest = _stamp(prev_start_dt), _stamp(end_dt)

    kept = [a for a in accounts if tier is None or a.tier == tier]
    ids = {a.id for a in kept}
    tiers = sorted({a.tier for a in kept} | ({1, 2, 3} if tier is None else {tier}))

    engaged_times: dict[str, list[str]] = {}
    for c in contacts:
        if c.engaged and c.account_id in ids:
            engaged_times.setdefault(c.account_id, []).append(c.first_engaged_at or "")
    for times in engaged_times.values():
        times.sort()  # so each period counts with one bisect and reads the first at [0]

    kept_deals = [d for d in deals if d.account_id in ids]
    for d in kept_deals:
        if d.kind not in _DEAL_KINDS or d.status not in _DEAL_STATUSES:
            raise ValueError(
                f"A deal at account {d.account_id} has kind {d.kind!r} and status {d.status!r}; "
                "kind must be new, expansion or renewal and status open, won or lost."
            )
    first_opp: dict[str, str] = {}
    for d in kept_deals:
        if _is_opportunity(d):
            seen = first_opp.get(d.account_id)
            if seen is None or d.created_at < seen:
                first_opp[d.account_id] = d.created_at

    sizes = _committee_sizes(committee_sizes, tiers)
    weights = _tier_weights(tier_weights, tiers)
    tallies = [
        _AccountTally(_stamp(start_dt), latest, _stamp(end_dt - PROGRESS_WINDOW), tiers),
        _AccountTally(earliest, _stamp(start_dt), _stamp(start_dt - PROGRESS_WINDOW), tiers),
    ]
    _tally_accounts(kept, engaged_times, sizes, weights, tallies)

    shared = _Shared(
        account_ids=ids,
        engaged_times=engaged_times,
        deals=kept_deals,
        first_opportunity_at=first_opp,
        signals=[s for s in signals if s.account_id in ids and earliest <= s.at < latest],
        research=[r for r in research if r.account_id in ids and earliest <= r.at < latest],
        costs=list(costs),
        sizes=sizes,
        weights=weights,
    )
    _scan_touches(shared, touches, earliest, latest, meeting_outcomes)
    current, previous = (_compute_period(shared, t) for t in tallies)

    result: dict[str, Kpi] = {}
    for name in kpi_definitions():
        (cur, cur_parts), (prev, prev_parts) = current[name], previous[name]
        parts = {key: Kpi(f"{name}.{key}", cur_parts[key], prev_parts[key]) for key in cur_parts}
        result[name] = Kpi(name, cur, prev, parts)
    return result


def _scan_touches(
    shared: _Shared,
    touches: Iterable[TouchFacts],
    earliest: str,
    latest: str,
    meeting_outcomes: Collection[str] | None,
) -> None:
    """The one pass over touches, for both periods.

    Touch counts and first touches are only needed for accounts whose first
    opportunity or a win falls in either period, so only those are kept; for
    every other touch the loop does two set look-ups.
    """
    interest: set[str] = set()
    for account, at in shared.first_opportunity_at.items():
        if earliest <= at < latest:
            interest.add(account)
    for d in shared.deals:
        closed = d.closed_at
        if d.status == "won" and closed is not None and earliest <= closed < latest:
            interest.add(d.account_id)

    outcomes = default_meeting_outcomes() if meeting_outcomes is None else set(meeting_outcomes)
    ids = shared.account_ids
    times: dict[str, list[str]] = {a: [] for a in interest}
    meetings = shared.meetings
    for t in touches:
        account = t.account_id
        if account in interest:
            times[account].append(t.at)
        if t.outcome in outcomes and account in ids and earliest <= t.at < latest:
            meetings.append((account, t.at))
    shared.touch_times = times
    shared.first_touch = {a: min(ts) for a, ts in times.items() if ts}


Period = dict[str, tuple[Figure, dict[str, Figure]]]


def _compute_period(shared: _Shared, tally: _AccountTally) -> Period:
    """All KPIs for the tally's period [lo, hi)."""
    out: Period = {}
    lo, hi = tally.lo, tally.hi
    _account_kpis(shared, tally, out)
    _deal_kpis(shared, lo, hi, out)
    _activity_kpis(shared, lo, hi, out)
    return out


def _account_kpis(shared: _Shared, tally: _AccountTally, out: Period) -> None:
    existing, by_tier, by_stage = tally.existing, tally.by_tier, tally.by_stage
    engaged, unengaged, progressed = tally.engaged, tally.unengaged, tally.progressed
    furthest, newly_engaged, share_sum = tally.furthest, tally.newly_engaged, tally.share_sum
    weighted_sum, weight_total = tally.weighted_sum, tally.weight_total
    sizes, weights = shared.sizes, shared.weights
    n = len(existing)
    all_ids = tuple(existing)
    no_accounts = translate("Metrics", "no target accounts by the end of the period")
    targets = _plural(n, "target")
    out["target_accounts_by_tier"] = (
        Figure(n, targets, all_ids),
        {str(t): Figure(len(v), _plural(len(v), "tier", tier=t), tuple(v)) for t, v in by_tier.items()},
    )
    out["engaged_accounts"] = (
        Figure(len(engaged), translate("Metrics", "{count:,} of {targets} have an engaged contact",
                                       count=len(engaged), targets=targets), tuple(engaged)),
        {},
    )  # fmt: skip
    out["engaged_accounts_pct"] = (
        _ratio(len(engaged), n, 100,
               translate("Metrics", "{count:,} engaged of {targets}", count=len(engaged), targets=targets),
               no_accounts, tuple(engaged)),
        {},
    )  # fmt: skip
    out["unengaged_accounts_pct"] = (
        _ratio(len(unengaged), n, 100,
               translate("Metrics", "{count:,} with no engaged contact of {targets}",
                         count=len(unengaged), targets=targets),
               no_accounts, tuple(unengaged)),
        {},
    )  # fmt: skip

    tier_parts: dict[str, Figure] = {}
    for t, members in by_tier.items():
        size = sizes[t]
        tier_parts[str(t)] = _ratio(
            share_sum[t], len(members), 100,
            translate("Metrics", "engaged contacts ÷ a committee of {size} (capped at 100%), averaged over {accounts}",
                      size=size, accounts=_plural(len(members), "tier", tier=t)),
            translate("Metrics", "no tier-{tier} accounts", tier=t), tuple(members),
        )  # fmt: skip
    accounts = _plural(n, "account")
    out["committee_penetration_by_tier"] = (
        _ratio(sum(share_sum.values()), n, 100,
               translate("Metrics", "engaged contacts ÷ committee size (capped at 100%), averaged over {accounts}",
                         accounts=accounts),
               no_accounts, all_ids),
        tier_parts,
    )  # fmt: skip
    weight_text = join(
        [translate("Metrics", "tier {tier} ×{weight:g}", tier=t, weight=weights[t]) for t in tally.tiers]
    )
    out["committee_penetration_weighted"] = (
        _ratio(weighted_sum, weight_total, 100,
               translate("Metrics", "committee penetration averaged over {accounts} weighted {weights}",
                         accounts=accounts, weights=weight_text),
               no_accounts if not n else translate("Metrics", "every account has weight 0"), all_ids),
        {},
    )  # fmt: skip

    stage_parts = {
        s.value: Figure(len(by_stage[i]), translate("Metrics", "{accounts} in {stage}",
                        accounts=_plural(len(by_stage[i]), "account"), stage=_stage(s)), tuple(by_stage[i]))
        for i, s in enumerate(_STAGES)
    }  # fmt: skip
    out["stage_counts"] = (Figure(n, targets, all_ids), stage_parts)
    reached: list[list[str]] = [[] for _ in _STAGES]
    running: list[str] = []
    for i in reversed(range(len(_STAGES))):
        running = furthest[i] + running
        reached[i] = running
    steps: dict[str, Figure] = {}
    for i in range(len(_STAGES) - 1):
        here, there = _STAGES[i], _STAGES[i + 1]
        steps[f"{here.value}→{there.value}"] = _ratio(
            len(reached[i + 1]), len(reached[i]), 100,
            translate("Metrics", "{reached:,} reached {there} of {base:,} that reached {here}",
                      reached=len(reached[i + 1]), there=_stage(there), base=len(reached[i]), here=_stage(here)),
            translate("Metrics", "no account reached {stage} yet", stage=_stage(here)), tuple(reached[i + 1]),
        )  # fmt: skip
    won_stage = reached[_CUSTOMER]
    out["stage_conversion"] = (
        _ratio(len(won_stage), n, 100,
               translate("Metrics", "end to end: {count:,} of {targets} reached customer",
                         count=len(won_stage), targets=targets),
               no_accounts, tuple(won_stage)),
        steps,
    )  # fmt: skip
    out["progressed_accounts_30d_pct"] = (
        _ratio(len(progressed), n, 100,
               translate("Metrics", "{count:,} of {targets} moved forward a stage in the last 30 days of the period",
                         count=len(progressed), targets=targets),
               no_accounts, tuple(progressed)),
        {},
    )  # fmt: skip

    # kept for the cost KPIs, which divide the same period's cost by these
    out["_newly_engaged"] = (Figure(len(newly_engaged), "", tuple(newly_engaged)), {})
    out["_target_accounts"] = (Figure(n, "", None), {})


def _deal_kpis(shared: _Shared, lo: str, hi: str, out: Period) -> None:
    created: list[str] = []  # one entry per opportunity (account id)
    open_ids: list[str] = []
    open_acv = open_mrr = 0.0
    won_ids: list[str] = []
    won_by_kind: dict[str, list[float]] = {"new": [], "expansion": []}
    won_kind_ids: dict[str, list[str]] = {"new": [], "expansion": []}
    lost = 0
    cycles: list[float] = []
    win_cutoff: dict[str, str] = {}  # won account → its latest win in the period
    renew_won = renew_lost = 0
    renew_ids: list[str] = []
    renew_value: dict[str, float] = {}  # account → renewal value up (won or lost)
    renew_kept: dict[str, float] = {}  # account → renewal value won
    expansion_won: dict[str, float] = {}

    for d in shared.deals:
        closed = d.closed_at
        closed_here = closed is not None and lo <= closed < hi
        if _is_opportunity(d):
            if lo <= d.created_at < hi:
                created.append(d.account_id)
            is_open = d.created_at < hi and (d.status == "open" or (closed is not None and closed >= hi))
            if is_open:
                open_ids.append(d.account_id)
                open_acv += d.value_acv
                open_mrr += d.mrr
            if closed_here and d.status == "won":
                assert closed is not None
                won_ids.append(d.account_id)
                won_by_kind[d.kind].append(d.value_acv)
                won_kind_ids[d.kind].append(d.account_id)
                cycles.append(_days_between(d.created_at, closed))
                if closed > win_cutoff.get(d.account_id, ""):
                    win_cutoff[d.account_id] = closed
                if d.kind == "expansion":
                    expansion_won[d.account_id] = expansion_won.get(d.account_id, 0.0) + d.value_acv
            elif closed_here and d.status == "lost":
                lost += 1
        elif closed_here and d.status in ("won", "lost"):
            renew_ids.append(d.account_id)
            renew_value[d.account_id] = renew_value.get(d.account_id, 0.0) + d.value_acv
            if d.status == "won":
                renew_won += 1
                renew_kept[d.account_id] = renew_kept.get(d.account_id, 0.0) + d.value_acv
            else:
                renew_lost += 1

    n = out["_target_accounts"][0].value or 0
    created_accounts = tuple(dict.fromkeys(created))
    out["opportunities_created"] = (
        Figure(len(created), translate("Metrics", "{opportunities} created at {accounts}",
                                       opportunities=_plural(len(created), "opportunity"),
                                       accounts=_plural(len(created_accounts), "account")), created_accounts),
        {},
    )  # fmt: skip
    out["opportunity_rate"] = (
        _ratio(len(created_accounts), n, 100,
               translate("Metrics", "{count:,} of {targets} had an opportunity created",
                         count=len(created_accounts), targets=_plural(n, "target")),
               translate("Metrics", "no target accounts by the end of the period"), created_accounts),
        {},
    )  # fmt: skip
    open_accounts = tuple(dict.fromkeys(open_ids))
    opens = _plural(len(open_ids), "open")
    out["open_pipeline_value"] = (
        Figure(open_acv, translate("Metrics", "ACV of {opportunities} at the end of the period", opportunities=opens),
               open_accounts),
        {},
    )  # fmt: skip
    out["open_pipeline_mrr"] = (
        Figure(open_mrr, translate("Metrics", "MRR of {opportunities} at the end of the period", opportunities=opens),
               open_accounts),
        {},
    )  # fmt: skip
    out["open_opportunities"] = (Figure(len(open_ids), opens, open_accounts), {})

    # first touch → first opportunity, for accounts whose first opportunity is in the period
    days: list[float] = []
    day_ids: list[str] = []
    untouched = 0
    for account, at in shared.first_opportunity_at.items():
        if not lo <= at < hi:
            continue
        first = shared.first_touch.get(account)
        if first is None or first > at:
            untouched += 1  # inbound or logged late: no first touch to measure from
            continue
        days.append(_days_between(first, at))
        day_ids.append(account)
    left_out = (
        translate("Metrics", "; {count:,} left out with no touch before it", count=untouched) if untouched else ""
    )
    median = _median_days(days)
    if median is not None:
        text = translate(
            "Metrics", "median over {accounts} whose first opportunity was created in the period{left_out}",
            accounts=_plural(len(days), "account"), left_out=left_out,
        )  # fmt: skip
    else:
        text = translate(
            "Metrics", "no account's first opportunity followed a touch in the period{left_out}", left_out=left_out
        )
    out["median_days_first_touch_to_opportunity"] = (Figure(median, text, tuple(day_ids)), {})

    won = len(won_ids)
    won_accounts = tuple(dict.fromkeys(won_ids))
    out["win_rate"] = (
        _ratio(won, won + lost, 100,
               translate("Metrics", "{won:,} won of {closed:,} opportunities closed", won=won, closed=won + lost),
               translate("Metrics", "no opportunity was won or lost in the period"), won_accounts),
        {},
    )  # fmt: skip
    revenue = sum(won_by_kind["new"]) + sum(won_by_kind["expansion"])
    none_won = translate("Metrics", "no opportunity was won in the period")
    out["new_revenue_won"] = (
        Figure(revenue, translate("Metrics", "ACV of {opportunities} won", opportunities=_plural(won, "opportunity")),
               won_accounts),
        {
            kind: Figure(sum(values), translate("Metrics", "ACV of {deals} won", deals=_plural(len(values), kind)),
                         tuple(dict.fromkeys(won_kind_ids[kind])))
            for kind, values in won_by_kind.items()
        },
    )  # fmt: skip
    out["average_selling_price"] = (
        _ratio(revenue, won, 1,
               translate("Metrics", "{revenue} ACV ÷ {wins}", revenue=_money(revenue), wins=_plural(won, "win")),
               none_won, won_accounts),
        {},
    )  # fmt: skip
    cycle = _median_days(cycles)
    out["median_deal_cycle_days"] = (
        Figure(cycle, translate("Metrics", "median over {opportunities}",
                                opportunities=_plural(len(cycles), "won_opportunity"))
               if cycle is not None else none_won, won_accounts),
        {},
    )  # fmt: skip
    touches = sum(
        sum(1 for at in shared.touch_times.get(account, ()) if at < cutoff) for account, cutoff in win_cutoff.items()
    )
    out["touches_per_won_account"] = (
        _ratio(touches, len(win_cutoff), 1,
               translate("Metrics", "{touches:,} touches before the win ÷ {accounts}",
                         touches=touches, accounts=_plural(len(win_cutoff), "won_account")),
               none_won, won_accounts),
        {},
    )  # fmt: skip
    renew_accounts = tuple(dict.fromkeys(renew_ids))
    no_renewals = translate("Metrics", "no renewal was won or lost in the period")
    out["renewal_rate"] = (
        _ratio(renew_won, renew_won + renew_lost, 100,
               translate("Metrics", "{renewed:,} renewed of {closed:,} renewals closed",
                         renewed=renew_won, closed=renew_won + renew_lost),
               no_renewals, renew_accounts),
        {},
    )  # fmt: skip
    due = sum(renew_value.values())
    kept = sum(renew_kept.values())
    grown = sum(v for a, v in expansion_won.items() if a in renew_value)
    out["net_revenue_retention"] = (
        _ratio(kept + grown, due, 100,
               translate("Metrics", "({kept} renewed + {grown} expansion) ÷ {due} up for renewal at {accounts}",
                         kept=_money(kept), grown=_money(grown), due=_money(due),
                         accounts=_plural(len(renew_accounts), "account")),
               no_renewals if not renew_accounts
               else translate("Metrics", "the renewals closed in the period have no value"), renew_accounts),
        {},
    )  # fmt: skip

    # the cost KPIs need these counts too
    out["_won_accounts"] = (Figure(len(won_accounts), "", won_accounts), {})
    out["_opportunities"] = (Figure(len(created), "", created_accounts), {})


def _activity_kpis(shared: _Shared, lo: str, hi: str, out: Period) -> None:
    visited = tuple(dict.fromkeys(s.account_id for s in shared.signals if lo <= s.at < hi))
    out["accounts_with_web_visits"] = (
        Figure(len(visited), translate("Metrics", "{accounts} with a web visit",
                                       accounts=_plural(len(visited), "account")), visited),
        {},
    )  # fmt: skip
    meeting_ids = [a for a, at in shared.meetings if lo <= at < hi]
    meeting_accounts = tuple(dict.fromkeys(meeting_ids))
    out["meetings_created"] = (
        Figure(len(meeting_ids), translate("Metrics", "{meetings} booked at {accounts}",
                                           meetings=_plural(len(meeting_ids), "meeting"),
                                           accounts=_plural(len(meeting_accounts), "account")), meeting_accounts),
        {},
    )  # fmt: skip

    minutes = 0.0
    researched: dict[str, None] = {}
    for r in shared.research:
        if lo <= r.at < hi:
            minutes += r.minutes
            researched[r.account_id] = None
    research_ids = tuple(researched)
    out["research_minutes_per_account"] = (
        _ratio(minutes, len(research_ids), 1,
               translate("Metrics", "{minutes:,.0f} minutes ÷ {accounts} researched",
                         minutes=minutes, accounts=_plural(len(research_ids), "account")),
               translate("Metrics", "no research time logged in the period"), research_ids),
        {},
    )  # fmt: skip

    in_period = [c.amount for c in shared.costs if lo <= c.at < hi]
    cost = sum(in_period)
    for name, key, noun, none in (
        ("cost_per_engaged_account", "_newly_engaged", "newly_engaged",
         noop("Metrics", "no newly engaged accounts in the period")),
        ("cost_per_opportunity", "_opportunities", "created",
         noop("Metrics", "no opportunities created in the period")),
        ("cost_per_won_account", "_won_accounts", "won_account", noop("Metrics", "no won accounts in the period")),
    ):  # fmt: skip
        base = out[key][0]
        count = base.value or 0
        if not in_period:
            figure = Figure(None, translate("Metrics", "no programme cost recorded for the period"), base.account_ids)
        else:
            figure = _ratio(
                cost, count, 1,
                translate("Metrics", "{cost} programme cost ÷ {results}", cost=_money(cost),
                          results=_plural(count, noun)),
                translate("Metrics", none), base.account_ids,
            )  # fmt: skip
        out[name] = (figure, {})
