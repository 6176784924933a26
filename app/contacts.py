"""Contact use-cases: add, edit, tier, delete/restore, move, org chart, committee coverage.

The GUI's contact dialogs and the CLI's `contacts` and `committee` commands
land here, so validation, duplicate detection and tier classification are
the same whichever way a change comes. A persona tier set by hand is never
overwritten by re-classification; clearing it hands the contact back to the
title classifier (research/personas.py).

Must not: import Qt, build SQL (that is storage/contacts.py), or hold a
module-level cache that outlives a workspace.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from sqlite_utils import Database

from app.errors import NotFoundError, UserError, ValidationError
from app.tasks import CancelToken, Progress, ProgressCallback, no_progress
from research import committee
from research.i18n import phrase, render, translate
from research.types import Account, BuyingRole, Contact, ContactStatus, PersonaTier, utc_now
from storage import accounts as account_store
from storage import contacts as store
from storage import settings

EDITABLE_FIELDS = (
    "full_name", "title", "department", "email", "phone", "linkedin_url", "persona_tier",
    "buying_role", "reports_to", "status", "email_bounced", "notes",
)  # fmt: skip

#: the tier reason of a tier chosen by hand (a stored phrase: `render` shows it)
MANUAL_REASON = phrase("TierReason", "set by hand")

# A pragmatic address check: one @, no spaces or brackets, a dot in the domain.
# RFC 5322 allows far more, but nobody sells to "a"@[127.0.0.1].
_EMAIL_RE = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_NAME_TOKEN_RE = re.compile(r"[^\W_]+")
_ASCII_TOKEN_RE = re.compile(r"[a-z0-9]+")
#: characters other than ASCII and CJK ideographs, none of which is a combining mark
_MAYBE_MARKS_RE = re.compile(r"[^\x00-\x7f\u3400-\u9fff]")
# The common case of a pasted profile address, accepted without parsing the URL.
_PLAIN_LINKEDIN_RE = re.compile(r"https?://(?:[a-z0-9-]+\.)*linkedin\.(?:com|cn)/[^\s/?#][^\s]*", re.IGNORECASE)

_TIER_ALIASES = {
    "c_level": PersonaTier.C_LEVEL, "clevel": PersonaTier.C_LEVEL, "c": PersonaTier.C_LEVEL,
    "csuite": PersonaTier.C_LEVEL, "c_suite": PersonaTier.C_LEVEL, "exec": PersonaTier.C_LEVEL,
    "executive": PersonaTier.C_LEVEL, "vp": PersonaTier.C_LEVEL, "c_level_vp": PersonaTier.C_LEVEL,
    "director": PersonaTier.DIRECTOR, "dir": PersonaTier.DIRECTOR, "head": PersonaTier.DIRECTOR,
    "practitioner": PersonaTier.PRACTITIONER, "ic": PersonaTier.PRACTITIONER,
    "unknown": PersonaTier.UNKNOWN, "auto": PersonaTier.UNKNOWN, "automatic": PersonaTier.UNKNOWN,
    "高管": PersonaTier.C_LEVEL, "总监": PersonaTier.DIRECTOR,
}  # fmt: skip


class DuplicateContactError(UserError):
    """The contact already exists; `existing` lets the GUI offer "open existing"."""

    def __init__(self, message: str, existing: Contact, match: Literal["email", "name"]) -> None:
        super().__init__(message)
        self.existing = existing
        self.match = match


# -- parsing and validation ------------------------------------------------------------------


def _key(value: str) -> str:
    return re.sub(r"[\s\-/]+", "_", (value or "").strip().casefold())


def parse_persona_tier(value: Any) -> PersonaTier:
    if isinstance(value, PersonaTier):
        return value
    text = _key(str(value or ""))
    if text in _TIER_ALIASES:
        return _TIER_ALIASES[text]
    names = ", ".join(t.value for t in PersonaTier)
    raise ValidationError(
        translate("UserError", "Unknown persona tier “{value}”. Use one of: {names}.", value=value, names=names),
        "persona_tier",
    )


def parse_buying_role(value: Any) -> BuyingRole:
    if isinstance(value, BuyingRole):
        return value
    text = _key(str(value or "")) or "unknown"
    try:
        return BuyingRole(text)
    except ValueError:
        names = ", ".join(r.value for r in BuyingRole)
        raise ValidationError(
            translate("UserError", "Unknown buying role “{value}”. Use one of: {names}.", value=value, names=names),
            "buying_role",
        ) from None


def parse_status(value: Any) -> ContactStatus:
    if isinstance(value, ContactStatus):
        return value
    text = _key(str(value or "")) or "active"
    text = {"dnc": "do_not_contact", "do_not_call": "do_not_contact"}.get(text, text)
    try:
        return ContactStatus(text)
    except ValueError:
        names = ", ".join(s.value for s in ContactStatus)
        raise ValidationError(
            translate("UserError", "Unknown status “{value}”. Use one of: {names}.", value=value, names=names), "status"
        ) from None


def clean_name(value: Any) -> str:
    """Whitespace collapsed to single spaces; an already clean string is returned as is."""
    text = str(value or "")
    cleaned = " ".join(text.split())
    # keep the original object when equal: an import keeps 100k of these alive
    return text if cleaned == text else cleaned


def clean_email(value: Any) -> str:
    """The address as typed (trimmed, "mailto:" dropped); ValidationError if it is not one."""
    text = str(value or "").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:].strip()
    if not text:
        return ""
    if not _EMAIL_RE.match(text):
        raise ValidationError(translate("UserError", "“{text}” is not an e-mail address.", text=text), "email")
    return text


def _is_linkedin_host(host: str) -> bool:
    # linkedin.cn served LinkedIn China (领英); profiles there are still LinkedIn.
    return any(host == d or host.endswith("." + d) for d in ("linkedin.com", "linkedin.cn"))


def clean_linkedin_url(value: Any) -> str:
    """A LinkedIn profile address (https:// added when pasted without it), or ''."""
    text = str(value or "").strip()
    if not text:
        return ""
    if _PLAIN_LINKEDIN_RE.fullmatch(text):
        return text
    candidate = text if "://" in text else "https://" + text.lstrip("/")
    try:
        parts = urlsplit(candidate)
        host = (parts.hostname or "").lower()
    except ValueError:
        parts, host = None, ""
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not _is_linkedin_host(host)
        or parts.path.strip("/") == ""
    ):
        raise ValidationError(
            translate(
                "UserError",
                "“{text}” is not a LinkedIn profile address (expected e.g. https://www.linkedin.com/in/jane-doe).",
                text=text,
            ),
            "linkedin_url",
        )
    return candidate


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in ("1", "true", "yes", "y", "bounced", "是")


def clean_contact_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validated, typed values for the given fields (only those given)."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(translate("UserError", "Unknown field(s): {items}.", items=", ".join(sorted(unknown))))
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "full_name":
            out[key] = clean_name(value)
            if not out[key]:
                raise ValidationError(translate("UserError", "A contact needs a name."), "full_name")
        elif key == "email":
            out[key] = clean_email(value)
        elif key == "linkedin_url":
            out[key] = clean_linkedin_url(value)
        elif key == "persona_tier":
            out[key] = parse_persona_tier(value)
        elif key == "buying_role":
            out[key] = parse_buying_role(value)
        elif key == "status":
            out[key] = parse_status(value)
        elif key == "email_bounced":
            out[key] = _parse_bool(value)
        elif key == "reports_to":
            out[key] = str(value).strip() if value else None
        elif key in ("title", "department"):
            out[key] = clean_name(value)
        else:
            out[key] = "" if value is None else str(value).strip()
    return out


def join_name(first: str, last: str) -> str:
    """A full name from its parts; Chinese, Japanese and Korean put the family name first."""
    if _CJK_RE.search(first + last):
        return clean_name(last) + clean_name(first)
    return clean_name(f"{first} {last}")


def normalise_name(name: str) -> str:
    """A key under which "Jane  Doe", "doe, jane" and "Jané Doe" collide.

    Latin names: accents dropped, case folded, word order ignored. Names with
    Chinese/Japanese/Korean characters keep their order (王伟 ≠ 伟王) and lose
    spaces only.
    """
    if name.isascii():  # most names: skip the Unicode work (an import does this per row)
        return " ".join(sorted(_ASCII_TOKEN_RE.findall(name.lower())))
    text = unicodedata.normalize("NFKD", name or "").casefold()
    if _MAYBE_MARKS_RE.search(text):  # Chinese names: nothing but ideographs and ASCII, no marks
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    tokens = _NAME_TOKEN_RE.findall(text)
    if _CJK_RE.search(text):
        return "".join(tokens)
    return " ".join(sorted(tokens))


# -- tier classification ----------------------------------------------------------------------


TierGuess = tuple[PersonaTier, float, str]


def classify_title(title: str) -> TierGuess:
    """(tier, confidence, reason) from the title; the reason names the matched phrase.

    The reason is a stored phrase (research.i18n): show it with `render`."""
    if not title.strip():
        return PersonaTier.UNKNOWN, 0.0, phrase("TierReason", "no title")
    from research import personas  # imported here: it loads its rule file on first use

    result = personas.classify_title(title)
    return PersonaTier(result.tier), float(result.confidence), result.said


class TitleClassifier:
    """classify_title with a cache: an import sees the same few thousand titles again and again.

    One per import or re-classification run, so edited persona rules apply
    to the next run.
    """

    def __init__(self, classify: Callable[[str], TierGuess] = classify_title) -> None:
        self._classify = classify
        self._cache: dict[str, TierGuess] = {}

    def __call__(self, title: str) -> TierGuess:
        guess = self._cache.get(title)
        if guess is None:
            guess = self._classify(title)
            self._cache[title] = guess
        return guess


def _apply_automatic_tier(contact: Contact, classify: Callable[[str], TierGuess]) -> None:
    tier, confidence, reason = classify(contact.title)
    contact.persona_tier, contact.tier_confidence, contact.tier_reason = tier, confidence, reason
    contact.tier_is_manual = False


def _apply_manual_tier(contact: Contact, tier: PersonaTier) -> None:
    contact.persona_tier = tier
    contact.tier_is_manual = True
    contact.tier_confidence = 1.0
    contact.tier_reason = MANUAL_REASON


# -- lookups ----------------------------------------------------------------------------------


def get_contact(db: Database, contact_id: str) -> Contact:
    contact = store.get(db, contact_id)
    if contact is None:
        raise NotFoundError(translate("UserError", "That contact no longer exists."))
    return contact


def find_contact(db: Database, key: str) -> Contact:
    """A contact by id or e-mail (what CLI users type)."""
    key = (key or "").strip()
    contact = store.get(db, key)
    if contact is not None:
        return contact
    found = store.find_by_email(db, key)
    if len(found) > 1:
        raise ValidationError(
            translate("UserError", "{count} contacts have the e-mail {key}; use the id.", count=len(found), key=key)
        )
    if not found:
        raise NotFoundError(translate("UserError", "No contact with id or e-mail “{key}”.", key=key))
    return found[0]


def _get_account(db: Database, account_id: str) -> Account:
    account = account_store.get(db, account_id)
    if account is None:
        raise NotFoundError(translate("UserError", "That account no longer exists."))
    return account


def list_contacts(db: Database, account_id: str) -> list[Contact]:
    return store.list_for_account(db, account_id)


# -- duplicates and reporting lines ----------------------------------------------------------


def find_duplicate(
    db: Database, contact: Contact, *, exclude_id: str | None = None
) -> tuple[Contact, Literal["email", "name"]] | None:
    """An existing live contact that is this person: same e-mail anywhere, or same name here."""
    if contact.email:
        for other in store.find_by_email(db, contact.email):
            if other.id != exclude_id:
                return other, "email"
    key = normalise_name(contact.full_name)
    for other in store.list_for_account(db, contact.account_id):
        if other.id != exclude_id and normalise_name(other.full_name) == key:
            return other, "name"
    return None


def _check_duplicate(db: Database, contact: Contact, *, exclude_id: str | None = None) -> None:
    found = find_duplicate(db, contact, exclude_id=exclude_id)
    if found is None:
        return
    other, match = found
    if match == "email":
        account = account_store.get(db, other.account_id)
        where = account.name if account else "another account"
        message = f"{other.full_name} at {where} already has the e-mail {other.email}."
    else:
        message = f"{other.full_name} is already a contact at this account."
    raise DuplicateContactError(message, other, match)


def _check_manager(db: Database, contact: Contact, manager_id: str) -> None:
    if manager_id == contact.id:
        raise ValidationError(translate("UserError", "A contact cannot report to themselves."), "reports_to")
    manager = store.get(db, manager_id)
    if manager is None:
        raise ValidationError(translate("UserError", "The manager is not a contact (any more)."), "reports_to")
    if manager.account_id != contact.account_id:
        raise ValidationError(
            translate(
                "UserError",
                "{full_name} works at another account; reporting lines stay within one.",
                full_name=manager.full_name,
            ),
            "reports_to",
        )
    edges = store.reporting_edges(db, contact.account_id)
    edges[contact.id] = manager_id
    chain = [contact.id]
    current: str | None = manager_id
    while current is not None and current not in chain:
        chain.append(current)
        current = edges.get(current)
    if current == contact.id:
        names = _names(db, chain)
        loop = " → ".join([*names, names[0]])
        raise ValidationError(
            translate("UserError", "That would make a loop in the reporting line: {loop}.", loop=loop), "reports_to"
        )


def _names(db: Database, ids: list[str]) -> list[str]:
    out = []
    for cid in ids:
        c = store.get(db, cid, include_deleted=True)
        out.append(c.full_name if c else cid)
    return out


# -- use-cases ----------------------------------------------------------------------------------


def add_contact(
    db: Database,
    account_id: str,
    fields: Mapping[str, Any],
    *,
    allow_duplicate: bool = False,
) -> Contact:
    """Validate, classify the title (unless a tier is given: then it is manual) and store.

    Raises DuplicateContactError when the e-mail is already anywhere in the
    workspace or the name already at this account, unless allow_duplicate.
    """
    account = _get_account(db, account_id)
    data = clean_contact_fields(fields)
    if not data.get("full_name"):
        raise ValidationError(translate("UserError", "A contact needs a name."), "full_name")
    tier = data.pop("persona_tier", PersonaTier.UNKNOWN)
    reports_to = data.pop("reports_to", None)
    contact = Contact(account_id=account.id, **data)
    if tier != PersonaTier.UNKNOWN:
        _apply_manual_tier(contact, tier)
    else:
        _apply_automatic_tier(contact, classify_title)
    if not allow_duplicate:
        _check_duplicate(db, contact)
    if reports_to:
        _check_manager(db, contact, reports_to)
        contact.reports_to = reports_to
    store.insert(db, contact)
    return contact


def edit_contact(
    db: Database,
    contact_id: str,
    changes: Mapping[str, Any],
    *,
    allow_duplicate: bool = False,
) -> Contact:
    """Change fields; a new title re-classifies the tier unless the tier was set by hand.

    Setting `persona_tier` pins it by hand; setting it to "unknown"/"auto"
    hands it back to the classifier.
    """
    contact = get_contact(db, contact_id)
    data = clean_contact_fields(changes)
    tier = data.pop("persona_tier", None)
    has_manager = "reports_to" in data
    manager = data.pop("reports_to", None)
    old = dataclasses.replace(contact)
    contact = dataclasses.replace(contact, **data)
    if tier is not None and tier != PersonaTier.UNKNOWN:
        _apply_manual_tier(contact, tier)
    elif tier == PersonaTier.UNKNOWN or (contact.title != old.title and not contact.tier_is_manual):
        _apply_automatic_tier(contact, classify_title)
    identity_changed = contact.email.lower() != old.email.lower() or normalise_name(
        contact.full_name
    ) != normalise_name(old.full_name)
    if identity_changed and not allow_duplicate:
        _check_duplicate(db, contact, exclude_id=contact.id)
    if has_manager:
        if manager:
            _check_manager(db, contact, manager)
        contact.reports_to = manager
    store.update(db, contact)
    return contact


def set_tier(db: Database, contact_id: str, tier: PersonaTier | str) -> Contact:
    """Pin the persona tier by hand ("unknown"/"auto" clears it instead)."""
    parsed = parse_persona_tier(tier)
    if parsed == PersonaTier.UNKNOWN:
        return clear_manual_tier(db, contact_id)
    contact = get_contact(db, contact_id)
    _apply_manual_tier(contact, parsed)
    store.set_tier(db, contact.id, parsed, manual=True, confidence=1.0, reason=MANUAL_REASON)
    return contact


def clear_manual_tier(db: Database, contact_id: str) -> Contact:
    """Hand the tier back to the title classifier."""
    contact = get_contact(db, contact_id)
    _apply_automatic_tier(contact, classify_title)
    store.set_tier(
        db,
        contact.id,
        contact.persona_tier,
        manual=False,
        confidence=contact.tier_confidence,
        reason=contact.tier_reason,
    )
    return contact


@dataclass(frozen=True, slots=True)
class DeletedContact:
    """What `restore_contact` needs to undo a delete."""

    contact_id: str
    full_name: str
    account_id: str
    deleted_at: str


def delete_contact(db: Database, contact_id: str) -> DeletedContact:
    """Soft delete: the row stays (with its reporting line) so undo restores it exactly.

    Contacts who reported to them keep that line; the org chart shows them at
    the top until the manager is restored or they are given a new one.
    """
    contact = get_contact(db, contact_id)
    stamp = store.soft_delete(db, contact.id)
    return DeletedContact(contact.id, contact.full_name, contact.account_id, stamp)


def restore_contact(db: Database, deleted: DeletedContact | str) -> Contact:
    contact_id = deleted.contact_id if isinstance(deleted, DeletedContact) else deleted
    if store.get(db, contact_id, include_deleted=True) is None:
        raise NotFoundError(translate("UserError", "That contact no longer exists."))
    store.restore(db, contact_id)
    return get_contact(db, contact_id)


def move_contact(db: Database, contact_id: str, to_account_id: str, *, allow_duplicate: bool = False) -> Contact:
    """Move a contact to another account (they changed jobs, or were filed wrongly).

    Reporting lines do not cross accounts: the contact's manager and the
    contacts reporting to them are cut.
    """
    contact = get_contact(db, contact_id)
    target = _get_account(db, to_account_id)
    if contact.account_id == target.id:
        return contact
    moved = dataclasses.replace(contact, account_id=target.id, reports_to=None)
    if not allow_duplicate:
        key = normalise_name(moved.full_name)
        for other in store.list_for_account(db, target.id):
            if normalise_name(other.full_name) == key:
                raise DuplicateContactError(
                    translate(
                        "UserError",
                        "{full_name} is already a contact at {name}.",
                        full_name=other.full_name,
                        name=target.name,
                    ),
                    other,
                    "name",
                )
    store.move_to_account(db, contact.id, target.id)
    return get_contact(db, contact.id)


def set_reports_to(db: Database, contact_id: str, manager_id: str | None) -> Contact:
    """Set (or clear with None) whom the contact reports to; loops are refused."""
    contact = get_contact(db, contact_id)
    if manager_id:
        _check_manager(db, contact, manager_id)
    store.set_reports_to(db, contact.id, manager_id or None)
    contact.reports_to = manager_id or None
    return contact


# -- re-classification --------------------------------------------------------------------------


@dataclass(slots=True)
class ReclassifyResult:
    checked: int = 0  # contacts with an automatic tier that were looked at
    changed: int = 0  # whose tier, confidence or reason changed
    manual_kept: int = 0  # with a tier set by hand: left alone


def _reclassify(
    db: Database,
    account_id: str | None,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> ReclassifyResult:
    rows = store.automatic_tier_rows(db, account_id)
    classify = TitleClassifier()
    changes: list[tuple[str, PersonaTier, float, str]] = []
    total = len(rows)
    for done, (cid, title, tier, confidence, reason) in enumerate(rows, start=1):
        if done % 1000 == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(Progress(done, total, "classifying titles"))
        new_tier, new_confidence, new_reason = classify(title)
        if (new_tier.value, new_confidence, new_reason) != (tier, confidence, reason):
            changes.append((cid, new_tier, new_confidence, new_reason))
    if cancel is not None:
        cancel.raise_if_cancelled()
    changed = store.set_automatic_tiers(db, changes)
    progress(Progress(total, total, "done"))
    return ReclassifyResult(total, changed, store.count_manual(db, account_id))


def reclassify_account(db: Database, account_id: str) -> ReclassifyResult:
    """Re-run the title classifier on one account; manual tiers are never touched."""
    _get_account(db, account_id)
    return _reclassify(db, account_id, no_progress, None)


def reclassify_all(
    db: Database,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ReclassifyResult:
    """Re-run the classifier on every contact (after the persona rules were edited)."""
    return _reclassify(db, None, progress, cancel)


# -- org chart ----------------------------------------------------------------------------------


@dataclass(slots=True)
class OrgNode:
    contact: Contact
    reports: list[OrgNode] = field(default_factory=list)


def org_chart(db: Database, account_id: str) -> list[OrgNode]:
    """The account's contacts as trees from `reports_to`, most senior first.

    Contacts whose manager is unknown, deleted or at another account are at
    the top. A loop (only possible in data merged from elsewhere: we refuse to
    make one) is broken at its first member, so every contact appears once.
    """
    contacts = store.list_for_account(db, account_id)
    by_id = {c.id: c for c in contacts}
    reports: dict[str, list[Contact]] = {c.id: [] for c in contacts}
    roots: list[Contact] = []
    for c in contacts:
        if c.reports_to and c.reports_to in by_id and c.reports_to != c.id:
            reports[c.reports_to].append(c)
        else:
            roots.append(c)
    seen: set[str] = set()

    def build(contact: Contact) -> OrgNode:
        seen.add(contact.id)
        node = OrgNode(contact)
        stack = [(node, reports[contact.id])]
        # iterative, not recursive: a 2,000-deep chain must not hit the recursion limit
        while stack:
            parent, children = stack.pop()
            for child in children:
                if child.id in seen:
                    continue
                seen.add(child.id)
                child_node = OrgNode(child)
                parent.reports.append(child_node)
                stack.append((child_node, reports[child.id]))
        return node

    chart = [build(c) for c in roots]
    for c in contacts:  # members of a loop were reached from no root
        if c.id not in seen:
            chart.append(build(c))
    return chart


# -- committee ----------------------------------------------------------------------------------


def committee_defaults(db: Database) -> committee.CommitteeDefaults:
    try:
        return committee.load_defaults(settings.get(db, committee.SETTINGS_KEY))
    except (ValueError, TypeError, AttributeError) as exc:
        raise ValidationError(
            translate("UserError", "The workspace's committee defaults cannot be used: {exc}", exc=exc)
        ) from None


def set_committee_defaults(db: Database, value: Mapping[str, Any] | None) -> None:
    """Store workspace defaults (same shape as resources/committee.json, any part); None resets."""
    if value is None:
        db.execute("DELETE FROM settings WHERE key = ?", [committee.SETTINGS_KEY])
        return
    try:
        committee.load_defaults(value)
    except (ValueError, TypeError, AttributeError) as exc:
        raise ValidationError(
            translate("UserError", "Those committee defaults cannot be used: {exc}", exc=exc)
        ) from None
    settings.put(db, committee.SETTINGS_KEY, dict(value))


def committee_target(db: Database, account: Account) -> committee.CommitteeTarget:
    defaults = committee_defaults(db)
    try:
        return committee.target_for(account.tier, defaults, store.committee_override(db, account.id))
    except (ValueError, TypeError, AttributeError) as exc:
        raise ValidationError(
            translate("UserError", "{name}'s committee targets cannot be used: {exc}", name=account.name, exc=exc)
        ) from None


def set_committee_targets(
    db: Database, account_id: str, override: Mapping[str, Any] | None
) -> committee.CommitteeTarget:
    """Override the committee mix for one account (None: back to its tier's default)."""
    account = _get_account(db, account_id)
    if override is not None:
        try:
            committee.target_for(account.tier, committee_defaults(db), override)
        except (ValueError, TypeError, AttributeError) as exc:
            raise ValidationError(
                translate("UserError", "Those committee targets cannot be used: {exc}", exc=exc)
            ) from None
    store.set_committee_override(db, account.id, dict(override) if override else None)
    return committee_target(db, account)


def committee_for_account(
    db: Database, account_id: str, engaged_ids: Collection[str] | None = None
) -> committee.CommitteeCoverage:
    """Coverage of the account's buying committee; `engaged_ids` comes from outreach."""
    account = _get_account(db, account_id)
    defaults = committee_defaults(db)
    target = committee_target(db, account)
    return committee.compute_coverage(store.list_for_account(db, account.id), target, defaults, engaged_ids)


def committee_json(coverage: committee.CommitteeCoverage) -> dict[str, Any]:
    """The stable JSON shape of committee coverage (documented in `whynow committee --help`)."""

    def ratio(r: committee.Ratio) -> dict[str, Any]:
        return {"count": r.count, "target": r.target, "percent": r.percent, "text": r.text}

    def tier(t: committee.TierCoverage) -> dict[str, Any]:
        return {
            "tier": t.tier.value if t.tier else None,
            "label": t.label,
            "known": ratio(t.known),
            "engaged": ratio(t.engaged),
        }

    return {
        "target": {
            "total": coverage.target.total,
            "mix": {t.value: n for t, n in coverage.target.mix.items()},
            "key_departments": list(coverage.target.key_departments),
            "source": coverage.target.source,
        },
        "overall": tier(coverage.overall),
        "tiers": [tier(t) for t in coverage.tiers],
        "departments": [
            {
                "key": d.key,
                "label": d.label,
                "covered": d.covered,
                "contacts": [{"id": cid, "matched": kw} for cid, kw in d.matches],
            }
            for d in coverage.departments
        ],
        "gaps": [
            {
                "kind": g.kind,
                "text": g.text,
                "tier": g.tier.value if g.tier else None,
                "department": g.department or None,
                "missing": g.missing,
            }
            for g in coverage.gaps
        ],
        "unclassified": coverage.unclassified,
        "left": coverage.left,
    }


# -- JSON and demo ------------------------------------------------------------------------------


def contact_json(contact: Contact) -> dict[str, Any]:
    """The stable JSON shape of a contact (documented in `whynow contacts list --help`)."""
    return {
        "id": contact.id,
        "account_id": contact.account_id,
        "full_name": contact.full_name,
        "title": contact.title,
        "department": contact.department,
        "email": contact.email,
        "phone": contact.phone,
        "linkedin_url": contact.linkedin_url,
        "persona_tier": contact.persona_tier.value,
        "tier_is_manual": contact.tier_is_manual,
        "tier_confidence": round(contact.tier_confidence, 3),
        "tier_reason": render(contact.tier_reason),
        "buying_role": contact.buying_role.value,
        "reports_to": contact.reports_to,
        "status": contact.status.value,
        "email_bounced": contact.email_bounced,
        "notes": contact.notes,
        "created_at": contact.created_at,
        "updated_at": contact.updated_at,
    }


def add_demo_contacts(db: Database, account_ids: Mapping[str, str], specs: Iterable[Mapping[str, Any]]) -> int:
    """Insert demo contacts: spec = {"account": demo key, "full_name", "title", ...,
    "reports_to": e-mail of a manager listed earlier at the same account}.

    For app/demo.py; one transaction, titles classified like any other contact.
    """
    classify = TitleClassifier()
    now = utc_now()
    by_email: dict[str, Contact] = {}
    contacts: list[Contact] = []
    for spec in specs:
        fields = {k: v for k, v in spec.items() if k not in ("account", "reports_to")}
        data = clean_contact_fields(fields)
        tier = data.pop("persona_tier", PersonaTier.UNKNOWN)
        contact = Contact(account_id=account_ids[str(spec["account"])], created_at=now, updated_at=now, **data)
        if tier != PersonaTier.UNKNOWN:
            _apply_manual_tier(contact, tier)
        else:
            _apply_automatic_tier(contact, classify)
        manager = by_email.get(str(spec.get("reports_to") or "").lower())
        if manager is not None and manager.account_id == contact.account_id:
            contact.reports_to = manager.id
        if contact.email:
            by_email[contact.email.lower()] = contact
        contacts.append(contact)
    with db.atomic():
        return store.insert_many(db, contacts)
