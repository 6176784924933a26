"""Plain domain dataclasses shared by every layer.

Standard library only: `storage` imports this module and nothing else of
ours, and the CLI must run without Qt. No behaviour beyond small
conveniences lives here; rules belong in the research modules.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from research.i18n import noop, render, translate


def new_id() -> str:
    """A fresh UUID string: ids from two laptops never collide when merged."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """The current time as UTC ISO-8601 with seconds, e.g. 2026-11-23T09:30:00+00:00."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Stage(enum.StrEnum):
    """Account stages in funnel order (cold → … → renewal/expansion)."""

    COLD = "cold"
    ENGAGED = "engaged"
    MQA = "mqa"
    MEETING = "meeting"
    OPPORTUNITY = "opportunity"
    CUSTOMER = "customer"
    RENEWAL = "renewal"

    @property
    def order(self) -> int:
        return list(Stage).index(self)

    @property
    def label(self) -> str:
        """The stage in the reader's language ("Meeting" / "已约会议")."""
        return translate("Stage", STAGE_LABELS[self])


STAGE_LABELS = {
    Stage.COLD: noop("Stage", "Cold"),
    Stage.ENGAGED: noop("Stage", "Engaged"),
    Stage.MQA: noop("Stage", "MQA"),
    Stage.MEETING: noop("Stage", "Meeting"),
    Stage.OPPORTUNITY: noop("Stage", "Opportunity"),
    Stage.CUSTOMER: noop("Stage", "Customer"),
    Stage.RENEWAL: noop("Stage", "Renewal / expansion"),
}


class PersonaTier(enum.StrEnum):
    C_LEVEL = "c_level"
    DIRECTOR = "director"
    PRACTITIONER = "practitioner"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """The tier in the reader's language ("C-Level/VP" / "高管/副总裁")."""
        return translate("Persona", PERSONA_LABELS[self])


PERSONA_LABELS = {
    PersonaTier.C_LEVEL: noop("Persona", "C-Level/VP"),
    PersonaTier.DIRECTOR: noop("Persona", "Director"),
    PersonaTier.PRACTITIONER: noop("Persona", "Practitioner"),
    PersonaTier.UNKNOWN: noop("Persona", "Not classified"),
}


class BuyingRole(enum.StrEnum):
    DECISION_MAKER = "decision_maker"
    ECONOMIC_BUYER = "economic_buyer"
    CHAMPION = "champion"
    INFLUENCER = "influencer"
    EVALUATOR = "evaluator"
    USER = "user"
    BLOCKER = "blocker"
    UNKNOWN = "unknown"


class ContactStatus(enum.StrEnum):
    ACTIVE = "active"
    LEFT = "left"
    DO_NOT_CONTACT = "do_not_contact"


@dataclass(slots=True)
class IcpProfile:
    """The user's ideal customer profile (stored in workspace settings)."""

    industries: list[str] = field(default_factory=list)
    employees_min: int | None = None
    employees_max: int | None = None
    regions: list[str] = field(default_factory=list)
    must_have: list[str] = field(default_factory=list)
    nice_to_have: list[str] = field(default_factory=list)


@dataclass(slots=True)
class IcpReason:
    criterion: str  # "industry", "employees", "region", "must_have", "nice_to_have"
    matched: bool
    said: str  # research.i18n.phrase (or plain English, stored before phrases): what `detail` shows
    points: float  # points earned
    weight: float  # points possible

    @property
    def detail(self) -> str:
        """The reason in the reader's language."""
        return render(self.said)


@dataclass(slots=True)
class IcpFit:
    score: int  # 0..100
    suggested_tier: int  # 1..3
    reasons: list[IcpReason] = field(default_factory=list)


@dataclass(slots=True)
class Account:
    name: str
    domain: str = ""
    website: str = ""
    industry: str = ""
    employees: int | None = None
    region: str = ""
    country: str = ""
    tier: int = 3
    stage: Stage = Stage.COLD
    owner: str = ""
    ae: str = ""
    description: str = ""
    icp_score: int | None = None
    icp_reasons: list[IcpReason] = field(default_factory=list)
    is_demo: bool = False
    archived: bool = False
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)


@dataclass(slots=True)
class StageChange:
    account_id: str
    from_stage: Stage | None
    to_stage: Stage
    changed_by: str
    reason: str = ""
    id: str = field(default_factory=new_id)
    changed_at: str = field(default_factory=utc_now)


@dataclass(slots=True)
class Contact:
    account_id: str
    full_name: str
    title: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    persona_tier: PersonaTier = PersonaTier.UNKNOWN
    tier_is_manual: bool = False
    tier_confidence: float = 0.0
    tier_reason: str = ""
    buying_role: BuyingRole = BuyingRole.UNKNOWN
    reports_to: str | None = None
    status: ContactStatus = ContactStatus.ACTIVE
    email_bounced: bool = False
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)
