"""The ABM dashboard's numbers: read the workspace into plain facts, compute the KPIs.

The maths lives in research/metrics.py (pure, tested on hand-checked data);
this module only gathers facts with one query per table, so the dashboard
stays fast on a 10k-account workspace. Tables that a workspace lacks yet
(older files) simply contribute nothing.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app import i18n
from app.errors import ValidationError
from research import i18n as research_i18n
from research import metrics as kpi
from research.types import PersonaTier, Stage

# Enum(value) costs ~1 µs a call; a dict look-up is ten times cheaper at 100k contacts.
TIERS = {t.value: t for t in PersonaTier}
STAGES = {s.value: s for s in Stage}
ENGAGING_OUTCOMES = ("replied_positive", "replied_neutral", "replied_negative", "connected", "meeting_booked")


def parse_period(text: str) -> timedelta:
    """'30d', '12w', '3m' (30-day months), '1y' → a length of time."""
    value = text.strip().lower()
    units = {"d": 1, "w": 7, "m": 30, "y": 365}
    if len(value) < 2 or value[-1] not in units or not value[:-1].isdigit() or int(value[:-1]) <= 0:
        raise ValidationError(
            research_i18n.translate("UserError", "A period looks like 30d, 12w, 3m or 1y, not “{text}”.", text=text),
            "period",
        )
    return timedelta(days=int(value[:-1]) * units[value[-1]])


def _has(db: Database, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [table]).fetchone() is not None


def gather_facts(db: Database) -> dict[str, Any]:
    changes: dict[str, list[tuple[str, Stage | None, Stage]]] = defaultdict(list)
    for account_id, at, frm, to in db.execute("SELECT account_id, changed_at, from_stage, to_stage FROM stage_changes"):
        changes[account_id].append((at, STAGES[frm] if frm else None, STAGES[to]))
    accounts = [
        kpi.AccountFacts(aid, tier, STAGES[stage], tuple(changes.get(aid, ())), created)
        for aid, tier, stage, created in db.execute(
            "SELECT id, tier, stage, created_at FROM accounts WHERE archived = 0"
        )
    ]
    touches: list[kpi.TouchFacts] = []
    first_engaged: dict[str, str] = {}
    if _has(db, "touches"):
        engaging = (
            "((direction = 'inbound' AND outcome LIKE 'replied%') OR channel = 'meeting' OR outcome IN ("
            + ", ".join(f"'{o}'" for o in ENGAGING_OUTCOMES)
            + "))"
        )
        # First engagement per contact: one grouped query instead of a Python pass over every
        # touch. "+contact_id" keeps SQLite off the contact index here: walking it and fetching
        # each row took 480 ms at 300k touches; a scan and a temp b-tree take 100 ms.
        first_engaged = dict(
            db.execute(
                f"SELECT contact_id, min(at) FROM touches WHERE deleted_at IS NULL AND contact_id IS NOT NULL "
                f"AND {engaging} GROUP BY +contact_id"
            ).fetchall()
        )
        # The KPIs read touches only for meetings booked and for accounts with an opportunity
        # (first touch, touches per won account): the other ~95% of touches stay in SQLite.
        meetings = ", ".join(f"'{o}'" for o in kpi.default_meeting_outcomes())
        sql = (
            "SELECT account_id, contact_id, at, direction, outcome, channel FROM touches WHERE deleted_at IS NULL "
            f"AND (outcome IN ({meetings})"
        )
        if _has(db, "deals"):
            sql += " OR account_id IN (SELECT account_id FROM deals WHERE deleted_at IS NULL)"
        sql += (
            " OR account_id IN (SELECT account_id FROM stage_changes"
            " WHERE to_stage IN ('opportunity', 'customer', 'renewal')))"
        )
        touches = [kpi.TouchFacts(*row) for row in db.execute(sql)]
    contacts: list[kpi.ContactFacts] = []
    if _has(db, "contacts"):
        for cid, account_id, tier in db.execute(
            "SELECT id, account_id, persona_tier FROM contacts WHERE deleted_at IS NULL AND status != 'left'"
        ):
            contacts.append(kpi.ContactFacts(account_id, TIERS[tier], cid in first_engaged, first_engaged.get(cid)))
    deals: list[kpi.DealFacts] = []
    if _has(db, "deals"):
        deals = [
            kpi.DealFacts(a, acv, mrr, kind, status, created, closed)
            for a, acv, mrr, kind, status, created, closed in db.execute(
                "SELECT account_id, value_acv, mrr, kind, status, created_on, closed_on FROM deals "
                "WHERE deleted_at IS NULL"
            )
        ]
    signals: list[kpi.SignalFacts] = []
    costs: list[kpi.CostFacts] = []
    if _has(db, "signals"):
        signals = [
            kpi.SignalFacts(a, at, kind)
            for a, at, kind in db.execute(
                "SELECT account_id, at, kind FROM signals WHERE kind IN ('web_visit', 'high_value_page')"
            )
        ]
        costs = [
            kpi.CostFacts(at, amount, note)
            for at, amount, note in db.execute("SELECT at, amount, note FROM program_costs")
        ]
    research: list[kpi.ResearchTimeFacts] = []
    if _has(db, "research_sessions"):
        research = [
            kpi.ResearchTimeFacts(a, at, minutes or 0)
            for a, at, minutes in db.execute(
                "SELECT account_id, started_at, minutes FROM research_sessions WHERE minutes IS NOT NULL"
            )
        ]
    return {
        "accounts": accounts,
        "contacts": contacts,
        "touches": touches,
        "deals": deals,
        "signals": signals,
        "research": research,
        "costs": costs,
    }


def compute_dashboard(
    db: Database,
    *,
    period: str = "30d",
    tier: int | None = None,
    now: datetime | None = None,
    facts: dict[str, Any] | None = None,
) -> dict[str, kpi.Kpi]:
    end = (now or datetime.now(UTC)).astimezone(UTC)
    start = end - parse_period(period)
    data = facts if facts is not None else gather_facts(db)
    if tier is not None and tier not in (1, 2, 3):
        raise ValidationError(research_i18n.translate("UserError", "Tier must be 1, 2 or 3."), "tier")
    return kpi.compute_kpis(
        data["accounts"],
        start=start,
        end=end,
        contacts=data["contacts"],
        touches=data["touches"],
        deals=data["deals"],
        signals=data["signals"],
        research=data["research"],
        costs=data["costs"],
        tier=tier,
    )


def kpi_json(k: kpi.Kpi) -> dict[str, Any]:
    out: dict[str, Any] = {
        "value": k.current.value,
        "previous": k.previous.value,
        "change": k.change,
        "explanation": k.current.explanation,
    }
    if k.current.account_ids is not None:
        out["accounts"] = list(k.current.account_ids)
    if k.parts:
        out["parts"] = {name: kpi_json(part) for name, part in k.parts.items()}
    return out


def open_pipeline_mrr(db: Database) -> tuple[float, int]:
    if not _has(db, "deals"):
        return 0.0, 0
    row = db.execute(
        "SELECT coalesce(sum(mrr), 0), count(*) FROM deals WHERE status = 'open' AND deleted_at IS NULL "
        "AND kind IN ('new', 'expansion')"
    ).fetchone()
    return float(row[0]), int(row[1])


# -- words for people (the CLI; the GUI formats with Qt's locale) -------------------------------------


def reads_chinese() -> bool:
    """Whether this process's text is being translated into Chinese (`whynow --lang zh_CN`)."""
    translator = research_i18n.current_translator()
    return translator is not None and translator is i18n.catalogue_translator("zh_CN")


def kpi_label(definition: kpi.KpiDefinition) -> str:
    """The KPI's name in the reader's language: kpis.json's labels are in the catalogue as "KpiLabel"."""
    translator = research_i18n.current_translator()
    return (translator("KpiLabel", definition.label) if translator else None) or definition.label


def format_money(amount: float, *, chinese: bool) -> str:
    """An amount for reading at a glance: Chinese counts in 万 (10⁴) and 亿 (10⁸)
    with ¥ (¥350万, ¥1.23亿, ¥8,500), as the desktop app does for a Chinese reader
    with the currency left on "auto"; otherwise grouped digits as before (3,500,000)."""
    if not chinese:
        return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    sign, value = ("-" if amount < 0 else ""), abs(float(amount))
    if value >= 10_000:
        return f"{sign}¥{research_i18n.compact_amount(value, 'zh_CN')}"
    return f"{sign}¥{value:,.0f}" if value.is_integer() else f"{sign}¥{value:,.2f}"
