"""Why now: detect trigger events in stored feed items, keep them, score accounts.

`detect_new` runs the detector over every item not yet checked, groups
items that report the same event (within a few days, similar headline or
same amount/round/counterpart/person) and either adds them as sources to a
trigger we already have or stores a new one. A trigger the user dismissed
stays dismissed: new sources join it without reviving it. The account's
why-now score is recomputed with it. Each account is one short transaction;
a big batch is done in worker processes so this process (a GUI's) never
holds the GIL for seconds. The GUI's Why-now tab, the inbox and `whynow
triggers` read through here.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import functools
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app.errors import NotFoundError, ValidationError
from app.tasks import CancelToken, Progress, ProgressCallback, no_progress, process_context
from research import triggers as rules_mod
from research.i18n import translate
from research.types import new_id, utc_now
from storage import settings
from storage import triggers as store

SEEN_KEY = "triggers_seen_at"
#: the workspace's own weights per trigger type (only those that differ from triggers.json)
WEIGHTS_KEY = "trigger_weights"
MAX_WEIGHT = 2.0
STATUSES = ("new", "confirmed", "dismissed")
#: From this many unchecked items on, accounts are planned in worker processes: below it,
#: starting them (and compiling the rules in each) costs more than it saves.
PROCESS_THRESHOLD = 300


def _parse(ts: str) -> datetime:
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def load_rules(db: Database) -> rules_mod.TriggerRules:
    return _compiled_rules(_phrases_key(store.phrases(db)))


def _phrases_key(phrases: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((type_, tuple(found)) for type_, found in phrases.items())


@functools.lru_cache(maxsize=4)
def _compiled_rules(phrases: tuple[tuple[str, tuple[str, ...]], ...]) -> rules_mod.TriggerRules:
    # Compiling the rules with the user's phrases takes most of a second: once per set of phrases.
    return rules_mod.load_rules({type_: list(found) for type_, found in phrases}) if phrases else rules_mod.load_rules()


def _evidence(d: rules_mod.Detection) -> dict[str, Any]:
    return {
        "field": d.evidence.field,
        "text": d.evidence.text,
        "start": d.evidence.start,
        "end": d.evidence.end,
        "rule": d.evidence.rule,
        "hedge": d.hedge,
    }


@dataclass(slots=True)
class DetectionPlan:
    """What detection decided for one account, as plain data.

    Planned from the account's unchecked items and one snapshot of its
    triggers (possibly in another process, on its own connection) and written
    in one short transaction; `fingerprint` says which state of the account's
    triggers the plan was made against.
    """

    account_id: str
    fingerprint: str
    checked: list[str] = field(default_factory=list)  # the items looked at
    inserts: list[dict[str, Any]] = field(default_factory=list)  # new triggers, ids given
    updates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (trigger id, changes)
    sources: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)  # (trigger id, item id, evidence)
    score: tuple[float | None, str | None, str | None] | None = None  # None: no events, score left alone
    merged: int = 0


def plan_account(
    db: Database,
    account_id: str,
    rules: rules_mod.TriggerRules,
    now: datetime | None = None,
    cancel: CancelToken | None = None,
) -> DetectionPlan:
    """Detect, group and match the account's unchecked items against its triggers; writes nothing.

    No read transaction is held while detecting: the items are read first, the
    account's triggers (and their fingerprint) afterwards in one short snapshot.
    Long-held snapshots would stop WAL checkpoints from resetting the log while
    other processes write, and the WAL file would grow to hundreds of MB.
    """
    items = store.unchecked_items(db, [account_id])
    events: list[rules_mod.ItemEvents] = []
    for n, (item_id, _account, title, summary, published) in enumerate(items, start=1):
        if cancel is not None and n % 500 == 0:
            cancel.raise_if_cancelled()
        found = rules_mod.detect_events(title, summary, rules)
        if found:
            events.append(rules_mod.ItemEvents(item_id, account_id, _parse(published), title, tuple(found)))
    with db.atomic():
        fingerprint = store.fingerprint(db, account_id)
        existing = store.all_live(db, [account_id]) if events else []
    plan = DetectionPlan(account_id, fingerprint, [i[0] for i in items])
    if not events:
        return plan
    window = float(rules.config["grouping"]["window_days"])
    thresholds = {
        "words": float(rules.config["grouping"]["min_similarity_words"]),
        "chars": float(rules.config["grouping"]["min_similarity_chars"]),
    }
    # The account's triggers from before this run: groups found in this run are
    # already distinct from each other (group_events saw to that).
    earliest = min(e.published for e in events) - timedelta(days=window)
    before: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in existing:
        if _parse(t["occurred_at"]) >= earliest:
            before[t["type"]].append(t)
    normalised: dict[str, str] = {}

    def norm(title: str) -> str:
        if title not in normalised:
            normalised[title] = rules_mod.normalise_title(title, rules)
        return normalised[title]

    for group in rules_mod.group_events(events, rules=rules):
        match = None
        for candidate in before.get(group.type, []):
            age = abs((_parse(candidate["occurred_at"]) - group.first_published).total_seconds()) / 86400
            if age > window:
                continue
            score, mode = rules_mod.normalised_similarity(norm(candidate["headline"]), norm(group.title), rules)
            same = any(
                candidate["details"].get(k) not in (None, "")
                and candidate["details"].get(k) == group.detection.details.get(k)
                for k in ("amount", "round", "counterpart", "person")
            )
            if score >= thresholds[mode] or same:
                match = candidate
                break
        best = group.detection
        if match is None:
            trigger: dict[str, Any] = {
                "id": new_id(),
                "account_id": account_id,
                "type": group.type,
                "confidence": best.confidence,
                "confirmed": group.confirmed,
                "headline": group.title,
                "evidence_field": best.evidence.field,
                "evidence_text": best.evidence.text,
                "evidence_start": best.evidence.start,
                "evidence_end": best.evidence.end,
                "details": dict(best.details),
                "occurred_at": group.first_published.astimezone(UTC).replace(microsecond=0).isoformat(),
            }
            plan.inserts.append(trigger)
            trigger_id = trigger["id"]
        else:
            trigger_id = match["id"]
            changes: dict[str, Any] = {}
            if group.confirmed and not match["confirmed"]:
                changes["confirmed"] = True  # a later source confirmed the rumour
            if best.confidence > match["confidence"]:
                changes["confidence"] = best.confidence
            if changes:
                plan.updates.append((trigger_id, changes))
                match.update(changes)
            plan.merged += len(group.sources)
        plan.sources.extend((trigger_id, s.item_id, _evidence(s.detection)) for s in group.sources)
    plan.score = _score(
        [*existing, *({**t, "status": "new"} for t in plan.inserts)], now or datetime.now(UTC), weight_overrides(db)
    )
    return plan


def _write_plan(db: Database, plan: DetectionPlan) -> None:
    store.insert_triggers(db, plan.inserts)
    for trigger_id, changes in plan.updates:
        store.update_trigger(db, trigger_id, changes)
    store.add_sources(db, plan.sources)
    store.mark_checked(db, plan.checked)
    if plan.score is not None:
        store.set_account_score(db, plan.account_id, *plan.score)


@contextlib.contextmanager
def _write_transaction(db: Database) -> Iterator[None]:
    """BEGIN IMMEDIATE: wait for the write lock first, so another process's commit cannot void our reads."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def _detect_account(
    db: Database, account_id: str, rules: rules_mod.TriggerRules, cancel: CancelToken | None = None
) -> tuple[int, int, int]:
    """Plan one account from a snapshot, write it in one short transaction; (items, new triggers, merged sources).

    Planning holds no lock (other processes detect other accounts meanwhile).
    If the account's triggers changed between planning and writing (the user
    dismissed one, say), or an item the plan names went away, it is planned
    again inside the write transaction.
    """
    plan = plan_account(db, account_id, rules, cancel=cancel)
    try:
        with _write_transaction(db):
            if store.fingerprint(db, account_id) != plan.fingerprint:
                plan = plan_account(db, account_id, rules)
            _write_plan(db, plan)
    except sqlite3.IntegrityError:
        with _write_transaction(db):
            plan = plan_account(db, account_id, rules)
            _write_plan(db, plan)
    return len(plan.checked), len(plan.inserts), plan.merged


def _detect_in_process(path: str, account_id: str, phrases: dict[str, list[str]]) -> tuple[int, int, int]:
    """`_detect_account` in a worker process, on its own connection to the workspace file."""
    from storage.db import connect

    db = connect(path, create=False)
    try:
        return _detect_account(db, account_id, _compiled_rules(_phrases_key(phrases)))
    finally:
        db.close()


def _workspace_file(db: Database) -> str:
    """The workspace's file name, or "" for a database in memory."""
    for _seq, name, file in db.execute("PRAGMA database_list"):
        if name == "main":
            return str(file or "")
    return ""


def detect_new(
    db: Database,
    *,
    account_ids: Iterable[str] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    processes: int | None = None,
) -> dict[str, int]:
    """Detect triggers in unchecked items; returns {"items", "new_triggers", "merged_sources"}.

    Each account is planned (detection, grouping, matching, score) and written
    in its own short transaction; a cancel keeps the accounts already done.
    With many items the accounts are done in worker processes, each on its own
    connection: detection is pure Python, and here it would hold the GIL for
    seconds (and its writes would keep taking it back) while a GUI waits.
    `processes`: how many (None: one per core when there are enough items; 0: none).
    """
    counts = store.unchecked_counts(db, account_ids)
    total = sum(counts.values())
    totals = {"items": 0, "new_triggers": 0, "merged_sources": 0}
    if not counts:
        return totals
    if processes is None:
        processes = (os.cpu_count() or 1) if total >= PROCESS_THRESHOLD else 0
    path = _workspace_file(db)
    # Other processes see only what is committed, and cannot open a database in memory.
    use_processes = processes > 0 and bool(path) and not db.conn.in_transaction

    def account_done(found: tuple[int, int, int]) -> None:
        for key, n in zip(totals, found, strict=True):
            totals[key] += n
        progress(Progress(totals["items"], total, f"{totals['new_triggers']} new triggers"))

    # Biggest accounts first, so no worker is left with a long one at the end.
    order = sorted(counts, key=lambda a: counts[a], reverse=True)
    if not use_processes:
        rules = load_rules(db)
        for account_id in order:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if db.conn.in_transaction:  # the caller's transaction: plan and write inside it
                with db.atomic():
                    plan = plan_account(db, account_id, rules, cancel=cancel)
                    _write_plan(db, plan)
                account_done((len(plan.checked), len(plan.inserts), plan.merged))
            else:
                account_done(_detect_account(db, account_id, rules, cancel))
        return totals
    phrases = store.phrases(db)
    pool = cf.ProcessPoolExecutor(max_workers=min(processes, len(order)), mp_context=process_context())
    try:
        futures = {pool.submit(_detect_in_process, path, a, phrases): a for a in order}
        for future in cf.as_completed(futures):
            if cancel is not None:
                cancel.raise_if_cancelled()
            try:
                found = future.result()
            except Exception:  # a crashed worker, a lock held too long: this account is done here instead
                found = _detect_account(db, futures[future], load_rules(db))
            account_done(found)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return totals


def builtin_weights() -> dict[str, float]:
    """Each trigger type's weight as resources/triggers.json sets it."""
    return {name: spec.weight for name, spec in rules_mod.load_rules().types.items()}


def weight_overrides(db: Database) -> dict[str, float]:
    """The weights this workspace sets itself (unknown types and bad values left out)."""
    stored = settings.get(db, WEIGHTS_KEY) or {}
    known = builtin_weights()
    out: dict[str, float] = {}
    if isinstance(stored, dict):
        for name, value in stored.items():
            if name in known and isinstance(value, (int, float)) and 0 <= value <= MAX_WEIGHT:
                out[name] = float(value)
    return out


def trigger_weights(db: Database) -> dict[str, float]:
    """Every type's weight in this workspace: its own where set, the built-in one elsewhere."""
    return {**builtin_weights(), **weight_overrides(db)}


def set_trigger_weights(db: Database, weights: Mapping[str, float | None], *, rescore: bool = True) -> dict[str, float]:
    """Set the weight of some types (None: back to the built-in one) and re-score every
    account (`rescore=False`: the caller runs `recompute_scores` itself, e.g. on a worker);
    stored in the workspace, so whoever opens it sees the same scores."""
    known = builtin_weights()
    overrides = weight_overrides(db)
    for name, value in weights.items():
        if name not in known:
            raise ValidationError(
                translate("UserError", "Unknown trigger type “{name}”. Use one of: {names}.",
                          name=name, names=", ".join(sorted(known))),
                "weights",
            )  # fmt: skip
        if value is None or float(value) == known[name]:
            overrides.pop(name, None)
            continue
        if not 0 <= float(value) <= MAX_WEIGHT:
            raise ValidationError(
                translate("UserError", "A trigger weight is between 0 and {most:g}, not {value}.",
                          most=MAX_WEIGHT, value=value),
                "weights",
            )  # fmt: skip
        overrides[name] = float(value)
    with db.atomic():
        settings.put(db, WEIGHTS_KEY, overrides)
    if rescore:
        recompute_scores(db)
    return trigger_weights(db)


def _score(
    triggers: Iterable[dict[str, Any]], now: datetime, weights: Mapping[str, float] | None = None
) -> tuple[float | None, str | None, str | None]:
    """(why-now score, latest live trigger's type, its date) over all of an account's triggers."""
    signals = []
    latest: dict[str, Any] | None = None
    for t in triggers:
        signals.append(
            rules_mod.TriggerSignal(
                t["type"], _parse(t["occurred_at"]), t["confirmed"], t["status"] == "dismissed", t["id"], t["headline"]
            )
        )
        if t["status"] != "dismissed" and (latest is None or t["occurred_at"] > latest["occurred_at"]):
            latest = t
    score = rules_mod.why_now_score(signals, now, weights=weights).score if signals else None
    return score, latest["type"] if latest else None, latest["occurred_at"] if latest else None


def recompute_scores(db: Database, account_ids: Iterable[str] | None = None, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    rows = store.all_live(db, account_ids)
    per_account: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in rows:
        per_account[t["account_id"]].append(t)
    ids = list(account_ids) if account_ids is not None else [r[0] for r in db.execute("SELECT id FROM accounts")]
    weights = weight_overrides(db)
    with db.atomic():
        for account_id in ids:
            store.set_account_score(db, account_id, *_score(per_account.get(account_id, []), now, weights))


def score_explained(db: Database, account_id: str, now: datetime | None = None) -> rules_mod.ScoreResult:
    triggers = store.list_for_account(db, account_id)
    signals = [
        rules_mod.TriggerSignal(
            t["type"], _parse(t["occurred_at"]), t["confirmed"], t["status"] == "dismissed", t["id"], t["headline"]
        )
        for t in triggers
    ]
    return rules_mod.why_now_score(signals, now or datetime.now(UTC), weights=weight_overrides(db))


def _detection_of(t: dict[str, Any]) -> rules_mod.Detection:
    evidence = rules_mod.Evidence(t["evidence_field"], t["evidence_text"], t["evidence_start"], t["evidence_end"])
    return rules_mod.Detection(t["type"], t["confidence"], t["confirmed"], evidence, dict(t["details"]))


def triggers_for_account(db: Database, account_id: str, *, language: str | None = None) -> list[dict[str, Any]]:
    """Every trigger of the account, newest first, with sources, routing and suggested contacts.

    The why and the talking points are written in `language` ("en", or "zh"/"zh_CN" for
    Simplified Chinese). None picks per account: "zh" when the account's name, country or
    region is written in Chinese (Han characters, no kana or hangul; "云帆物流科技", "中国"),
    else "en" — an SDR working a Chinese account writes to it in Chinese.
    """
    row = db.execute("SELECT name, country, region FROM accounts WHERE id = ?", [account_id]).fetchone()
    if row is None:
        raise NotFoundError(translate("UserError", "That account no longer exists."))
    company = row[0]
    language = language or rules_mod.routing_language(*row)
    triggers = store.list_for_account(db, account_id)
    srcs = store.sources(db, [t["id"] for t in triggers])
    people: dict[str, list[tuple[str, str]]] = defaultdict(list)
    known_names: set[str] = set()
    for cid, name, title, tier in db.execute(
        "SELECT id, full_name, title, persona_tier FROM contacts WHERE account_id = ? AND deleted_at IS NULL "
        "AND status = 'active'",
        [account_id],
    ):
        people[tier].append((cid, f"{name} — {title}" if title else name))
        known_names.add(name.casefold())
    out = []
    for t in triggers:
        routing = rules_mod.route(
            _detection_of(t), company, occurred_at=_parse(t["occurred_at"]), headline=t["headline"], language=language
        )
        person = str(t["details"].get("person") or "")
        out.append(
            {
                **t,
                "sources": srcs.get(t["id"], []),
                "route_tier": routing.tier.value,
                "route_why": routing.why,
                "talking_point": routing.talking_point,
                "talking_points": dict(routing.talking_points),
                "suggested_contacts": people.get(routing.tier.value, [])[:5],
                "new_person": person
                if t["type"] == "leadership_change" and person and person.casefold() not in known_names
                else "",
            }
        )
    return out


def set_status(db: Database, trigger_id: str, status: str) -> None:
    if status not in STATUSES:
        raise ValidationError(
            translate("UserError", "Status must be one of {items}.", items=", ".join(STATUSES)), "status"
        )
    trigger = store.get_trigger(db, trigger_id)
    if trigger is None:
        raise NotFoundError(translate("UserError", "That trigger no longer exists."))
    with db.atomic():
        store.update_trigger(db, trigger_id, {"status": status})
    recompute_scores(db, [trigger["account_id"]])


def add_phrase(db: Database, type_: str, phrase: str, *, recheck: bool = True) -> dict[str, int]:
    """Teach the detector a phrase for a type; re-checks existing items so it applies at once."""
    if type_ not in rules_mod.TYPES:
        raise ValidationError(
            translate(
                "UserError",
                "Unknown trigger type “{name}”. Use one of: {names}.",
                name=type_,
                names=", ".join(rules_mod.TYPES),
            ),
            "type",
        )
    phrase = " ".join(phrase.split())
    if len(phrase) < 2:
        raise ValidationError(translate("UserError", "A phrase needs at least two characters."), "phrase")
    with db.atomic():
        store.add_phrase(db, type_, phrase)
        if recheck:
            store.reset_checked(db)
    return detect_new(db) if recheck else {"items": 0, "new_triggers": 0, "merged_sources": 0}


def inbox(db: Database, *, since: str | None = None, types: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Triggers new since the user last looked (or `since`), highest account score first."""
    since = since or settings.get(db, SEEN_KEY) or "0000"
    rows = store.created_since(db, since)
    wanted = set(types) if types else None
    if wanted:
        rows = [r for r in rows if r["type"] in wanted]
    rows.sort(key=lambda r: r["occurred_at"], reverse=True)  # newest first within an account…
    rows.sort(key=lambda r: (-(r["account_score"] or 0), r["account_tier"]))  # …accounts by score (stable)
    return rows


def mark_inbox_seen(db: Database) -> None:
    settings.put(db, SEEN_KEY, utc_now())


def news_surge(db: Database, account_id: str, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    since = (now - timedelta(weeks=5)).isoformat()
    counts = [0] * 5
    for published in store.weekly_item_counts(db, account_id, since):
        age = (now - _parse(published)).days // 7
        if 0 <= age < 5:
            counts[4 - age] += 1
    return rules_mod.news_surge(counts)


def trigger_json(t: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "id",
        "type",
        "status",
        "confidence",
        "confirmed",
        "headline",
        "occurred_at",
        "details",
        "route_tier",
        "route_why",
        "talking_point",
        "new_person",
    )
    data = {k: t.get(k) for k in keys}
    data["evidence"] = {
        "field": t["evidence_field"],
        "text": t["evidence_text"],
        "start": t["evidence_start"],
        "end": t["evidence_end"],
    }
    data["sources"] = [
        {"title": s["title"], "link": s["link"], "published": s["published"], "feed": s["feed"]}
        for s in t.get("sources", [])
    ]
    return data
