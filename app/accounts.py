"""Account use-cases: create, edit, move a stage, archive, list, ICP fit.

The GUI's dialogs and the CLI's `accounts` commands both land here, so
validation and the stage history are the same whichever way a change comes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from sqlite_utils import Database

from app.errors import NotFoundError, ValidationError
from research import icp
from research.domains import normalise_domain, website_for
from research.i18n import translate
from research.types import Account, IcpProfile, Stage, StageChange
from storage import accounts as store
from storage import settings

# What a user may set on an account: the stored columns minus identity, derived
# values (ICP fit) and flags that have their own use-cases (archive, demo).
EDITABLE_FIELDS = tuple(
    c
    for c in store.COLUMNS
    if c not in ("id", "icp_score", "icp_reasons", "is_demo", "archived", "created_at", "updated_at")
)
ICP_KEY = "icp_profile"


def parse_stage(value: str) -> Stage:
    text = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {"renewal/expansion": "renewal", "expansion": "renewal", "opp": "opportunity"}
    text = aliases.get(text, text)
    try:
        return Stage(text)
    except ValueError:
        names = ", ".join(s.value for s in Stage)
        raise ValidationError(
            translate("UserError", "Unknown stage “{value}”. Use one of: {names}.", value=value, names=names), "stage"
        ) from None


def parse_tier(value: Any) -> int:
    try:
        tier = int(str(value).strip().lower().removeprefix("tier").strip())
    except (TypeError, ValueError):
        raise ValidationError(
            translate("UserError", "Tier must be 1, 2 or 3, not “{value}”.", value=value), "tier"
        ) from None
    if tier not in (1, 2, 3):
        raise ValidationError(translate("UserError", "Tier must be 1, 2 or 3, not {tier}.", tier=tier), "tier")
    return tier


def parse_employees(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip().replace(",", "").replace("_", "").replace(" ", "")
    # CRM exports often give a band ("201-500", "10,001+"): take its lower bound.
    text = text.rstrip("+")
    if "-" in text:
        text = text.split("-", 1)[0]
    try:
        number = int(float(text))
    except ValueError:
        raise ValidationError(
            translate("UserError", "Employees must be a number, not “{value}”.", value=value), "employees"
        ) from None
    if number < 0:
        raise ValidationError(translate("UserError", "Employees cannot be negative."), "employees")
    return number


def clean_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(translate("UserError", "Unknown field(s): {items}.", items=", ".join(sorted(unknown))))
    if "name" in fields and not str(fields["name"] or "").strip():
        raise ValidationError(translate("UserError", "An account needs a name."), "name")
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "tier":
            out[key] = parse_tier(value)
        elif key == "stage":
            out[key] = value if isinstance(value, Stage) else parse_stage(str(value))
        elif key == "employees":
            out[key] = parse_employees(value)
        elif key == "domain":
            out[key] = normalise_domain(str(value or ""))
            if str(value or "").strip() and not out[key]:
                raise ValidationError(
                    translate("UserError", "“{value}” is not a domain or web address.", value=value), "domain"
                )
        else:
            out[key] = "" if value is None else str(value).strip()
    return out


def icp_profile(db: Database) -> IcpProfile:
    data = settings.get(db, ICP_KEY)
    return IcpProfile(**data) if data else IcpProfile()


def _apply_fit(account: Account, profile: IcpProfile) -> None:
    fit = icp.compute_fit(account, profile)
    account.icp_score = fit.score if fit else None
    account.icp_reasons = fit.reasons if fit else []


def create_account(db: Database, fields: Mapping[str, Any], *, user: str = "") -> Account:
    data = clean_fields(fields)
    if not data.get("name"):
        raise ValidationError(translate("UserError", "An account needs a name."), "name")
    if not data.get("domain") and data.get("website"):
        data["domain"] = normalise_domain(data["website"])
    if data.get("domain") and not data.get("website"):
        data["website"] = website_for(data["domain"])
    account = Account(**data)
    _apply_fit(account, icp_profile(db))
    with db.atomic():
        store.insert(db, account)
        store.add_stage_change(
            db, StageChange(account.id, None, account.stage, user, "created", changed_at=account.created_at)
        )
    return account


def get_account(db: Database, account_id: str) -> Account:
    account = store.get(db, account_id)
    if account is None:
        raise NotFoundError(translate("UserError", "That account no longer exists."))
    return account


def find_account(db: Database, key: str) -> Account:
    """An account by id, domain or exact name (what CLI users type)."""
    key = key.strip()
    account = store.get(db, key) or store.find_by_domain(db, normalise_domain(key))
    if account is None:
        named = store.find_by_name(db, key)
        if len(named) > 1:
            raise ValidationError(
                translate(
                    "UserError", "{count} accounts are called “{key}”; use the domain.", count=len(named), key=key
                )
            )
        account = named[0] if named else None
    if account is None:
        raise NotFoundError(translate("UserError", "No account with id, domain or name “{key}”.", key=key))
    return account


def update_account(
    db: Database, account_id: str, changes: Mapping[str, Any], *, user: str = "", reason: str = ""
) -> Account:
    account = get_account(db, account_id)
    data = clean_fields(changes)
    old_stage = account.stage
    account = dataclasses.replace(account, **data)
    if "domain" in data and data["domain"] and "website" not in data and not account.website:
        account.website = website_for(account.domain)
    _apply_fit(account, icp_profile(db))
    with db.atomic():
        store.update(db, account)
        if account.stage != old_stage:
            store.add_stage_change(db, StageChange(account.id, old_stage, account.stage, user, reason))
    return account


def move_stage(db: Database, account_id: str, stage: Stage | str, *, user: str = "", reason: str = "") -> Account:
    return update_account(db, account_id, {"stage": stage}, user=user, reason=reason)


def archive_account(db: Database, account_id: str) -> None:
    get_account(db, account_id)
    with db.atomic():
        store.set_archived(db, account_id, True)


def unarchive_account(db: Database, account_id: str) -> None:
    get_account(db, account_id)
    with db.atomic():
        store.set_archived(db, account_id, False)


def stage_history(db: Database, account_id: str) -> list[StageChange]:
    return store.stage_history(db, account_id)


def set_icp_profile(db: Database, profile: IcpProfile) -> int:
    """Store the profile and re-score every account; returns how many were scored."""
    accounts = store.all_accounts(db, include_archived=True)
    with db.atomic():
        settings.put(db, ICP_KEY, asdict(profile))
        for account in accounts:
            _apply_fit(account, profile)
            db.execute(
                "UPDATE accounts SET icp_score = ?, icp_reasons = ? WHERE id = ?",
                [account.icp_score, store.to_row(account)["icp_reasons"], account.id],
            )
    return len(accounts)


def rescore_old_reasons(db: Database) -> int:
    """Re-score every account when some ICP reasons were stored as plain English
    by a version before reasons followed the reader's language; returns how many."""
    old = db.execute("SELECT 1 FROM accounts WHERE icp_reasons LIKE '%\"detail\":%' LIMIT 1").fetchone()
    return set_icp_profile(db, icp_profile(db)) if old else 0


def list_rows(db: Database, *, include_archived: bool = False) -> list[dict[str, Any]]:
    return store.list_rows(db, include_archived=include_archived)


def account_json(account: Account) -> dict[str, Any]:
    """The stable JSON shape of an account (documented in `whynow accounts list --help`)."""
    return {
        "id": account.id,
        "name": account.name,
        "domain": account.domain,
        "website": account.website,
        "industry": account.industry,
        "employees": account.employees,
        "region": account.region,
        "country": account.country,
        "tier": account.tier,
        "stage": account.stage.value,
        "owner": account.owner,
        "ae": account.ae,
        "icp_score": account.icp_score,
        "icp_reasons": [r.detail for r in account.icp_reasons],
        "archived": account.archived,
        "demo": account.is_demo,
        "created_at": account.created_at,
        "updated_at": account.updated_at,
    }
