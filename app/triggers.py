"""Why now: detect trigger events in stored feed items, keep them, score accounts.

`detect_new` runs the detector over every item not yet checked, groups
items that report the same event (within a few days, similar headline or
same amount/round/counterpart/person) and either adds them as sources to a
trigger we already have or stores a new one. A trigger the user dismissed
stays dismissed: new sources join it without reviving it. Afterwards the
accounts' why-now scores are recomputed. The GUI's Why-now tab, the inbox
and `whynow triggers` read through here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app.errors import NotFoundError, ValidationError
from app.tasks import CancelToken, Progress, ProgressCallback, no_progress
from research import triggers as rules_mod
from research.types import utc_now
from storage import settings
from storage import triggers as store
from storage.search import bulk_indexing

SEEN_KEY = "triggers_seen_at"
STATUSES = ("new", "confirmed", "dismissed")


def _parse(ts: str) -> datetime:
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def load_rules(db: Database) -> rules_mod.TriggerRules:
    extra = store.phrases(db)
    return rules_mod.load_rules(extra) if extra else rules_mod.load_rules()


def _evidence(d: rules_mod.Detection) -> dict[str, Any]:
    return {
        "field": d.evidence.field,
        "text": d.evidence.text,
        "start": d.evidence.start,
        "end": d.evidence.end,
        "rule": d.evidence.rule,
        "hedge": d.hedge,
    }


def detect_new(
    db: Database,
    *,
    account_ids: Iterable[str] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> dict[str, int]:
    """Detect triggers in unchecked items; returns {"items", "new_triggers", "merged_sources"}."""
    rules = load_rules(db)
    items = store.unchecked_items(db, account_ids)
    window = float(rules.config["grouping"]["window_days"])
    thresholds = {
        "words": float(rules.config["grouping"]["min_similarity_words"]),
        "chars": float(rules.config["grouping"]["min_similarity_chars"]),
    }
    by_account: dict[str, list[rules_mod.ItemEvents]] = defaultdict(list)
    for n, (item_id, account_id, title, summary, published) in enumerate(items, start=1):
        if cancel is not None and n % 500 == 0:
            cancel.raise_if_cancelled()
        found = rules_mod.detect_events(title, summary, rules)
        if found:
            by_account[account_id].append(
                rules_mod.ItemEvents(item_id, account_id, _parse(published), title, tuple(found))
            )
    new_triggers = merged = 0
    touched: set[str] = set()
    normalised: dict[str, str] = {}

    def norm(title: str) -> str:
        if title not in normalised:
            normalised[title] = rules_mod.normalise_title(title, rules)
        return normalised[title]

    with db.atomic():
        # New triggers are indexed for search in one statement at the end, not row by row.
        with bulk_indexing(db.conn, "trigger"):
            for account_id, events in by_account.items():
                # The account's triggers from before this run, read once: groups found in this
                # run are already distinct from each other (group_events saw to that).
                earliest = min(e.published for e in events) - timedelta(days=window)
                before: dict[str, list[dict[str, Any]]] = defaultdict(list)
                for t in store.all_live(db, [account_id]):
                    if _parse(t["occurred_at"]) >= earliest:
                        before[t["type"]].append(t)
                for group in rules_mod.group_events(events, rules=rules):
                    match = None
                    for existing in before.get(group.type, []):
                        age = abs((_parse(existing["occurred_at"]) - group.first_published).total_seconds()) / 86400
                        if age > window:
                            continue
                        score, mode = rules_mod.normalised_similarity(
                            norm(existing["headline"]), norm(group.title), rules
                        )
                        same = any(
                            existing["details"].get(k) not in (None, "")
                            and existing["details"].get(k) == group.detection.details.get(k)
                            for k in ("amount", "round", "counterpart", "person")
                        )
                        if score >= thresholds[mode] or same:
                            match = existing
                            break
                    best = group.detection
                    if match is None:
                        trigger_id = store.insert_trigger(
                            db,
                            {
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
                            },
                        )
                        new_triggers += 1
                    else:
                        trigger_id = match["id"]
                        changes: dict[str, Any] = {}
                        if group.confirmed and not match["confirmed"]:
                            changes["confirmed"] = True  # a later source confirmed the rumour
                        if best.confidence > match["confidence"]:
                            changes["confidence"] = best.confidence
                        if changes:
                            store.update_trigger(db, trigger_id, changes)
                        merged += len(group.sources)
                    for source in group.sources:
                        store.add_source(db, trigger_id, source.item_id, _evidence(source.detection))
                    touched.add(account_id)
        store.mark_checked(db, [i[0] for i in items])
    progress(Progress(len(items), len(items), f"{new_triggers} new triggers"))
    if touched:
        recompute_scores(db, touched)
    return {"items": len(items), "new_triggers": new_triggers, "merged_sources": merged}


def recompute_scores(db: Database, account_ids: Iterable[str] | None = None, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    rows = store.all_live(db, account_ids)
    per_account: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in rows:
        per_account[t["account_id"]].append(t)
    ids = list(account_ids) if account_ids is not None else [r[0] for r in db.execute("SELECT id FROM accounts")]
    with db.atomic():
        for account_id in ids:
            triggers = per_account.get(account_id, [])
            signals = [
                rules_mod.TriggerSignal(
                    t["type"],
                    _parse(t["occurred_at"]),
                    t["confirmed"],
                    t["status"] == "dismissed",
                    t["id"],
                    t["headline"],
                )
                for t in triggers
            ]
            live = [t for t in triggers if t["status"] != "dismissed"]
            latest = max(live, key=lambda t: t["occurred_at"], default=None)
            score = rules_mod.why_now_score(signals, now).score if signals else None
            store.set_account_score(
                db, account_id, score, latest["type"] if latest else None, latest["occurred_at"] if latest else None
            )


def score_explained(db: Database, account_id: str, now: datetime | None = None) -> rules_mod.ScoreResult:
    triggers = store.list_for_account(db, account_id)
    signals = [
        rules_mod.TriggerSignal(
            t["type"], _parse(t["occurred_at"]), t["confirmed"], t["status"] == "dismissed", t["id"], t["headline"]
        )
        for t in triggers
    ]
    return rules_mod.why_now_score(signals, now or datetime.now(UTC))


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
        raise NotFoundError("That account no longer exists.")
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
        raise ValidationError(f"Status must be one of {', '.join(STATUSES)}.", "status")
    trigger = store.get_trigger(db, trigger_id)
    if trigger is None:
        raise NotFoundError("That trigger no longer exists.")
    with db.atomic():
        store.update_trigger(db, trigger_id, {"status": status})
    recompute_scores(db, [trigger["account_id"]])


def add_phrase(db: Database, type_: str, phrase: str, *, recheck: bool = True) -> dict[str, int]:
    """Teach the detector a phrase for a type; re-checks existing items so it applies at once."""
    if type_ not in rules_mod.TYPES:
        raise ValidationError(f"Unknown trigger type “{type_}”. Use one of: {', '.join(rules_mod.TYPES)}.", "type")
    phrase = " ".join(phrase.split())
    if len(phrase) < 2:
        raise ValidationError("A phrase needs at least two characters.", "phrase")
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
