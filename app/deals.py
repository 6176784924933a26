"""Deals, marketing signals and programme costs: what the funnel metrics count."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app.errors import NotFoundError, UserError, ValidationError
from research import signals as signal_rules
from research.domains import normalise_domain
from research.i18n import translate
from research.tabular import TabularError, read_table
from research.types import utc_now
from storage import deals as store

KINDS = ("new", "expansion", "renewal")
STATUSES = ("open", "won", "lost")


def _money(value: Any, name: str) -> float:
    try:
        number = float(str(value).replace(",", "").replace("$", "").replace("¥", "").strip() or 0)
    except ValueError:
        raise ValidationError(
            translate("UserError", "{name} must be a number, not “{value}”.", name=name, value=value), name
        ) from None
    if number < 0:
        raise ValidationError(translate("UserError", "{name} cannot be negative.", name=name), name)
    return number


def _date(value: Any, name: str) -> str:
    text = str(value or "").strip()
    if not text:
        return utc_now()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            translate("UserError", "{name} must be a date like 2026-11-23, not “{value}”.", name=name, value=value),
            name,
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def clean_deal(fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "name":
            out[key] = str(value or "").strip()
            if not out[key]:
                raise ValidationError(translate("UserError", "A deal needs a name."), "name")
        elif key in ("value_acv", "mrr"):
            out[key] = _money(value, key)
        elif key == "kind":
            if value not in KINDS:
                raise ValidationError(
                    translate("UserError", "Kind must be one of {items}.", items=", ".join(KINDS)), "kind"
                )
            out[key] = value
        elif key == "status":
            if value not in STATUSES:
                raise ValidationError(
                    translate("UserError", "Status must be one of {items}.", items=", ".join(STATUSES)), "status"
                )
            out[key] = value
        elif key in ("created_on", "closed_on"):
            out[key] = _date(value, key) if value else None
        elif key == "loss_reason":
            out[key] = str(value or "").strip()
        else:
            raise ValidationError(translate("UserError", "Unknown deal field {key}.", key=key))
    if out.get("value_acv") and not out.get("mrr"):
        out["mrr"] = round(out["value_acv"] / 12, 2)
    if out.get("mrr") and not out.get("value_acv"):
        out["value_acv"] = out["mrr"] * 12
    return out


def add_deal(db: Database, account_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    if db.execute("SELECT 1 FROM accounts WHERE id = ?", [account_id]).fetchone() is None:
        raise NotFoundError(translate("UserError", "That account no longer exists."))
    data = clean_deal({"kind": "new", "status": "open", **fields})
    data.setdefault("created_on", utc_now())
    data["created_on"] = data["created_on"] or utc_now()
    if data["status"] in ("won", "lost") and not data.get("closed_on"):
        data["closed_on"] = utc_now()
    with db.atomic():
        deal_id = store.insert_deal(db, {"account_id": account_id, **data})
    deal = store.get_deal(db, deal_id)
    assert deal is not None
    return deal


def close_deal(
    db: Database, deal_id: str, status: str, *, loss_reason: str = "", closed_on: str | None = None
) -> dict[str, Any]:
    deal = store.get_deal(db, deal_id)
    if deal is None:
        raise NotFoundError(translate("UserError", "That deal no longer exists."))
    if status not in ("won", "lost"):
        raise ValidationError(translate("UserError", "A deal closes as won or lost."), "status")
    if status == "lost" and not loss_reason.strip():
        raise ValidationError(
            translate("UserError", "Say why the deal was lost: it is what the next SDR learns from."), "loss_reason"
        )
    with db.atomic():
        store.update_deal(
            db,
            deal_id,
            {
                "status": status,
                "loss_reason": loss_reason.strip(),
                "closed_on": _date(closed_on, "closed_on") if closed_on else utc_now(),
            },
        )
    result = store.get_deal(db, deal_id)
    assert result is not None
    return result


def list_deals(db: Database, account_id: str | None = None) -> list[dict[str, Any]]:
    return store.list_deals(db, account_id)


def add_cost(db: Database, amount: Any, *, at: str | None = None, note: str = "") -> None:
    with db.atomic():
        store.add_cost(db, _date(at, "at") if at else utc_now(), _money(amount, "amount"), note)


# -- signals ----------------------------------------------------------------------------------

SIGNAL_COLUMNS = {
    "domain": ("domain", "company domain", "website", "company domain name", "account domain", "域名"),
    "at": ("date", "day", "timestamp", "time", "week", "activity date", "日期"),
    "kind": ("kind", "type", "signal", "activity", "event", "activity type", "类型"),
    "count": ("count", "visits", "views", "impressions", "clicks", "opens", "number", "次数"),
    "topic": ("topic", "intent topic", "keyword", "page", "url", "主题"),
    "score": ("score", "intent score", "strength", "分数"),
    "source": ("source", "tool", "vendor", "来源"),
}


def import_signals(db: Database, data: bytes, *, source: str = "") -> dict[str, Any]:
    """Signals from a marketing tool's CSV, matched to accounts by domain; all or nothing."""
    try:
        table = read_table(data)
    except TabularError as exc:
        raise UserError(str(exc)) from None
    keys = [" ".join(h.lower().replace("_", " ").split()) for h in table.headers]
    mapping: dict[str, int] = {}
    for fieldname, names in SIGNAL_COLUMNS.items():
        for name in names:
            if name in keys and keys.index(name) not in mapping.values():
                mapping[fieldname] = keys.index(name)
                break
    missing = [f for f in ("domain", "at") if f not in mapping]
    if missing:
        raise UserError(
            translate(
                "UserError",
                "The file needs a {items} column; it has: {items2}.",
                items=" and a ".join(missing),
                items2=", ".join(table.headers),
            )
        )
    by_domain = {d: i for i, _n, d in db.execute("SELECT id, name, domain FROM accounts WHERE archived = 0") if d}
    rows, errors, unmatched = [], [], set()
    # numbered as the user's spreadsheet shows them: blank lines count
    for n, cells in zip(table.row_numbers, table.rows, strict=True):

        def cell(f: str, cells: list[str] = cells) -> str:
            return cells[mapping[f]] if f in mapping else ""

        domain = normalise_domain(cell("domain"))
        if domain not in by_domain:
            unmatched.add(cell("domain") or "(empty)")
            continue
        kind = signal_rules.parse_kind(cell("kind")) if "kind" in mapping else "web_visit"
        if kind is None:
            errors.append(
                {"row": n, "message": translate("ImportRow", "unknown signal kind “{kind}”", kind=cell("kind"))}
            )
            continue
        try:
            at = _date(cell("at"), "date")
            count = int(float(cell("count") or 1))
            score = float(cell("score")) if cell("score") else None
        except (ValidationError, ValueError) as exc:
            errors.append({"row": n, "message": str(exc)})
            continue
        rows.append(
            {
                "account_id": by_domain[domain],
                "at": at,
                "kind": kind,
                "count": count,
                "topic": cell("topic"),
                "score": score,
                "source": cell("source") or source,
            }
        )
    with db.atomic():
        store.insert_signals(db, rows)
    return {"imported": len(rows), "errors": errors, "unmatched_domains": sorted(unmatched)}


def surges(db: Database, now: datetime | None = None) -> dict[str, signal_rules.Surge]:
    """Account id → its intent surge state (accounts with any signal in the last five weeks)."""
    now = now or datetime.now(UTC)
    since = (now - timedelta(days=7 * (signal_rules.BASELINE_WEEKS + 1))).isoformat()
    events: dict[str, list[tuple[datetime, int]]] = {}
    for account_id, at, _kind, count in store.signals_since(db, since):
        events.setdefault(account_id, []).append((datetime.fromisoformat(at), count))
    return {aid: signal_rules.intent_surge(signal_rules.weekly_counts(ev, now)) for aid, ev in events.items()}
