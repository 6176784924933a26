"""`whynow contacts ...`, `whynow committee` and `whynow import contacts|vcard`.

Thin wrappers over app/contacts.py and app/import_contacts.py: parse the
arguments, call the use-case, print words or stable JSON. `register_import`
is called by cmd_import.py so the import verbs live under `whynow import`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app import accounts, contacts
from app import import_contacts as importer
from app.cli import common
from app.contacts import DuplicateContactError
from app.errors import UserError
from app.tasks import CancelToken
from research import committee
from research.i18n import render, translate
from research.types import Contact

CONTACT_JSON = """\
JSON (--json): objects with the keys
  id, account_id, full_name, title, department, email, phone, linkedin_url,
  persona_tier (c_level|director|practitioner|unknown), tier_is_manual (true when
  set by hand: never re-classified), tier_confidence (0-1), tier_reason (the rule
  and matched words), buying_role, reports_to (contact id or null),
  status (active|left|do_not_contact), email_bounced, notes, created_at, updated_at.
Keys are only ever added, never renamed or removed.
"""

COMMITTEE_EPILOG = """\
Targets per account tier come from the workspace (setting "committee_defaults")
or the built-in defaults: tier 1 wants 12 people (3 C-Level/VP, 4 Director,
5 Practitioner) and someone in Finance, IT, Operations and Sales; tier 2 wants 6
(1/2/3) and Finance and IT; tier 3 wants 3 (1/1/1). An account may override its mix.
Contacts who left the company do not count.

JSON (--json): {"account": {id, name, domain, tier},
  "target": {total, mix: {c_level, director, practitioner}, key_departments, source},
  "overall" and each of "tiers": {tier, label, known: {count, target, percent, text},
    engaged: {...}},
  "departments": [{key, label, covered, contacts: [{id, matched}]}],
  "gaps": [{kind (tier_missing|tier_short|tier_not_engaged|department|unclassified),
    text, tier, department, missing}], "unclassified", "left"}.
"text" reads like "9 / 12 · 75%"; percent is capped at 100, count is not.
"""

IMPORT_EPILOG = """\
Columns are recognised from Salesforce ("First Name", "Last Name", "Title", "Account
Name", "Email", "Phone"), HubSpot ("Job Title", "Company Name", "Website URL"), Sales
Navigator exports ("Current Title", "Current Company", "LinkedIn Profile URL") and
LinkedIn's Connections.csv. Each contact is matched to an account by the e-mail's
domain (never a personal mailbox such as gmail.com or qq.com), then the company's
domain, then the company's exact name. A near-identical name ("Globex Corp" for
"Globex Corporation") is only used with --accept-fuzzy. Companies without an account
are left out unless --create-accounts. A contact whose e-mail is already in the
workspace, or whose name already is at the account, is skipped unless --update.
Everything is written in one transaction: Ctrl+C leaves the workspace unchanged.

JSON (--json): {"created", "updated", "skipped", "accounts_created", "unconfirmed",
"no_account", "errors": [{"row", "message"}], "needs_confirmation": [{"row", "company",
"account", "score"}], "new_accounts": [{"name", "domain", "contacts"}],
"mapping": {field: column header}, "warnings", "unit" ("row" or "card"), "dry_run"}.
"""


def register(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "contacts", help="list, add and change the people at an account")
    sub = parser.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)

    p = common.add_command(sub, "list", help="list an account's contacts", epilog=CONTACT_JSON)
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.set_defaults(func=list_contacts)

    p = common.add_command(sub, "add", help="add a contact (the title sets the persona tier)", epilog=CONTACT_JSON)
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--name", required=True, help="the person's full name")
    _add_field_options(p)
    p.add_argument("--allow-duplicate", action="store_true", help="add even if the e-mail or name exists")
    p.add_argument("--json", action="store_true", help="print the new contact as JSON")
    p.set_defaults(func=add_contact)

    p = common.add_command(sub, "edit", help="change a contact's fields", epilog=CONTACT_JSON)
    p.add_argument("contact", help="e-mail or id")
    p.add_argument("--name", help="the person's full name")
    _add_field_options(p)
    p.add_argument("--allow-duplicate", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=edit_contact)

    p = common.add_command(
        sub,
        "set-tier",
        help="set a contact's persona tier by hand (re-classification never changes it)",
        description="Set the persona tier by hand. TIER is c_level, director or practitioner; "
        "'auto' hands the tier back to the title classifier.",
    )
    p.add_argument("contact", help="e-mail or id")
    p.add_argument("tier", help="c_level, director, practitioner, or auto")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=set_tier)

    p = common.add_command(sub, "delete", help="delete a contact (undo with `contacts restore`)")
    p.add_argument("contact", help="e-mail or id")
    p.set_defaults(func=delete_contact)

    p = common.add_command(sub, "restore", help="bring back a deleted contact")
    p.add_argument("contact_id", help="the id printed by `contacts delete`")
    p.set_defaults(func=restore_contact)

    p = common.add_command(sub, "move", help="move a contact to another account")
    p.add_argument("contact", help="e-mail or id")
    p.add_argument("--to", required=True, dest="to_account", help="domain, id or exact name")
    p.add_argument("--allow-duplicate", action="store_true")
    p.set_defaults(func=move_contact)

    p = common.add_command(
        sub,
        "reclassify",
        help="re-run the title classifier (tiers set by hand are kept)",
    )
    p.add_argument("--account", help="only this account (default: every contact)")
    p.set_defaults(func=reclassify)

    p = common.add_command(sub, "org", help="show an account's reporting lines as a tree")
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.set_defaults(func=org_chart)

    p = common.add_command(
        subparsers,
        "committee",
        help="buying-committee coverage of an account: known vs target per tier, and gaps",
        epilog=COMMITTEE_EPILOG,
    )
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.set_defaults(func=show_committee)


def register_import(import_subparsers: Any) -> None:
    """`whynow import contacts FILE.csv` and `whynow import vcard FILE.vcf`.

    Called by cmd_import.py with its subparsers, so these live under `whynow import`.
    """
    for kind, help_text in (
        ("contacts", "import contacts from a CSV file (Salesforce, HubSpot, Sales Navigator)"),
        ("vcard", "import contacts from a .vcf file with one or more cards"),
    ):
        p = common.add_command(import_subparsers, kind, help=help_text, epilog=IMPORT_EPILOG)
        p.add_argument("file", type=Path)
        p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
        p.add_argument("--update", action="store_true", help="update contacts that already exist")
        p.add_argument("--create-accounts", action="store_true", help="create accounts for unknown companies")
        p.add_argument(
            "--accept-fuzzy",
            action="store_true",
            help="use near-identical company names without asking",
        )
        p.add_argument("--json", action="store_true", help="print JSON (see below)")
        p.set_defaults(func=import_command, import_kind=kind)


# -- helpers -----------------------------------------------------------------------------------


def _add_field_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--title")
    p.add_argument("--department")
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--linkedin", dest="linkedin_url", help="https://www.linkedin.com/in/...")
    p.add_argument("--tier", dest="persona_tier", help="set the persona tier by hand")
    p.add_argument("--role", dest="buying_role", help="e.g. champion, economic_buyer, blocker")
    p.add_argument("--status", help="active, left or do_not_contact")
    p.add_argument("--reports-to", help="the manager's e-mail or id")
    p.add_argument("--notes")


_FIELD_ARGS = (
    "title", "department", "email", "phone", "linkedin_url", "persona_tier", "buying_role",
    "status", "notes",
)  # fmt: skip


def _fields(db: Database, args: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {k: getattr(args, k) for k in _FIELD_ARGS if getattr(args, k)}
    if getattr(args, "name", None):
        fields["full_name"] = args.name
    if args.reports_to:
        fields["reports_to"] = contacts.find_contact(db, args.reports_to).id
    return fields


def _explain_duplicate(exc: DuplicateContactError) -> UserError:
    return UserError(f"{exc} Existing contact id {exc.existing.id}; add --allow-duplicate to go ahead anyway.")


def _tier_text(contact: Contact) -> str:
    how = translate("ContactsCli", "set by hand") if contact.tier_is_manual else render(contact.tier_reason)
    return f"{contact.persona_tier.value} ({how})"


# -- handlers ------------------------------------------------------------------------------------


def list_contacts(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    people = contacts.list_contacts(db, account.id)
    if args.json:
        common.print_json([contacts.contact_json(c) for c in people])
        return 0
    if not people:
        print(
            translate(
                "ContactsCli", "No contacts at {account} yet. Add one with `whynow contacts add`.", account=account.name
            )
        )
        return 0
    width = max(len(c.full_name) for c in people)
    for c in people:
        pin = "*" if c.tier_is_manual else " "
        print(f"{c.persona_tier.value:<12}{pin} {c.full_name:<{width}}  {c.title or '—':<32} "
              f"{c.email or '—'}")  # fmt: skip
    print(
        translate(
            "ContactsCli",
            "{count} contact(s) at {account}  (* tier set by hand)",
            count=len(people),
            account=account.name,
        )
    )
    return 0


def add_contact(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    try:
        contact = contacts.add_contact(db, account.id, _fields(db, args), allow_duplicate=args.allow_duplicate)
    except DuplicateContactError as exc:
        raise _explain_duplicate(exc) from None
    if args.json:
        common.print_json(contacts.contact_json(contact))
    else:
        print(
            translate(
                "ContactsCli",
                "Added {name} at {account}: {tier}, id {id}",
                name=contact.full_name,
                account=account.name,
                tier=_tier_text(contact),
                id=contact.id,
            )
        )
    return 0


def edit_contact(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    contact = contacts.find_contact(db, args.contact)
    try:
        contact = contacts.edit_contact(db, contact.id, _fields(db, args), allow_duplicate=args.allow_duplicate)
    except DuplicateContactError as exc:
        raise _explain_duplicate(exc) from None
    if args.json:
        common.print_json(contacts.contact_json(contact))
    else:
        print(translate("ContactsCli", "Saved {name}: {tier}", name=contact.full_name, tier=_tier_text(contact)))
    return 0


def set_tier(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    contact = contacts.set_tier(db, contacts.find_contact(db, args.contact).id, args.tier)
    if args.json:
        common.print_json(contacts.contact_json(contact))
    else:
        print(f"{contact.full_name}: {_tier_text(contact)}")
    return 0


def delete_contact(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    deleted = contacts.delete_contact(db, contacts.find_contact(db, args.contact).id)
    print(
        translate(
            "ContactsCli",
            "Deleted {name}. Undo: whynow contacts restore {id}",
            name=deleted.full_name,
            id=deleted.contact_id,
        )
    )
    return 0


def restore_contact(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    contact = contacts.restore_contact(db, args.contact_id)
    print(translate("ContactsCli", "{name} is back.", name=contact.full_name))
    return 0


def move_contact(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    contact = contacts.find_contact(db, args.contact)
    target = accounts.find_account(db, args.to_account)
    try:
        contacts.move_contact(db, contact.id, target.id, allow_duplicate=args.allow_duplicate)
    except DuplicateContactError as exc:
        raise _explain_duplicate(exc) from None
    print(translate("ContactsCli", "Moved {name} to {account}.", name=contact.full_name, account=target.name))
    return 0


def reclassify(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    if args.account:
        result = contacts.reclassify_account(db, accounts.find_account(db, args.account).id)
    else:
        result = contacts.reclassify_all(db, cancel=CancelToken())
    print(
        translate(
            "ContactsCli",
            "Checked {checked} contact(s), {changed} changed; {kept} tier(s) set by hand kept.",
            checked=result.checked,
            changed=result.changed,
            kept=result.manual_kept,
        )
    )
    return 0


def org_chart(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    chart = contacts.org_chart(db, account.id)
    if not chart:
        print(translate("ContactsCli", "No contacts at {account} yet.", account=account.name))
        return 0
    stack = [(node, 0) for node in reversed(chart)]
    while stack:
        node, depth = stack.pop()
        c = node.contact
        print(
            f"{'  ' * depth}{c.full_name} — {c.title or translate('ContactsCli', 'no title')} [{c.persona_tier.value}]"
        )
        stack.extend((child, depth + 1) for child in reversed(node.reports))
    return 0


def show_committee(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    coverage = contacts.committee_for_account(db, account.id)
    if args.json:
        data = {
            "account": {
                "id": account.id,
                "name": account.name,
                "domain": account.domain,
                "tier": account.tier,
            }
        }
        data.update(contacts.committee_json(coverage))
        common.print_json(data)
        return 0
    print(
        translate(
            "CommitteeCli",
            "{account} (tier {tier}) — buying committee, {source}",
            account=account.name, tier=account.tier, source=committee.source_text(coverage.target),
        )
    )  # fmt: skip
    rows = [(translate("CommitteeCli", "Committee"), coverage.overall)]
    rows += [(committee.name_text(tier.label), tier) for tier in coverage.tiers]
    for label, tier in rows:
        print(f"  {label:<14} {translate('CommitteeCli', 'known {ratio}', ratio=tier.known.text)}")
    for dept in coverage.departments:
        mark = "✓" if dept.covered else "✗"
        print(f"  {mark} {committee.name_text(dept.label)}")
    if coverage.gaps:
        print(translate("CommitteeCli", "Gaps:"))
        for gap in coverage.gaps:
            print(f"  - {gap.text}")
    else:
        print(translate("CommitteeCli", "No gaps: the committee is covered."))
    return 0


class _DryRun(Exception):
    """Raised inside the import's transaction so a dry run rolls everything back."""


def import_command(args: argparse.Namespace) -> int:
    data = importer.read_file(args.file)
    db = common.open_db(args)
    if args.import_kind == "vcard":
        preview = importer.preview_vcard_import(db, data)
    else:
        preview = importer.preview_contacts_import(db, data)
    options: dict[str, Any] = {
        "create_accounts": args.create_accounts,
        "on_duplicate": "update" if args.update else "skip",
        "accept_fuzzy": args.accept_fuzzy,
        "cancel": CancelToken(),
    }
    result = importer.ImportResult()
    if args.dry_run:
        # run the real import and roll it back: the numbers are exactly what would happen
        try:
            with db.atomic():
                result = importer.apply_contacts_import(db, preview, **options)
                raise _DryRun
        except _DryRun:
            pass
    else:
        from app import backups

        backups.backup_now(common.workspace_path(args), "before-import")  # an import is a risky operation
        result = importer.apply_contacts_import(db, preview, **options)
    errors = [{"row": r.row_number, "message": r.message} for r in preview.rows if r.status == "error"]
    pending = [
        {"row": r.row_number, "company": r.company, "account": r.account_name,
         "score": round(r.match_score, 1)}
        for r in preview.needing_confirmation()
    ]  # fmt: skip
    new_accounts = [{"name": a.name, "domain": a.domain, "contacts": a.rows} for a in preview.new_accounts.values()]
    warnings = list(preview.warnings) + [
        f"{preview.unit} {r.row_number}: {w}" for r in preview.rows for w in r.warnings
    ]
    mapping = {f: preview.headers[i] for f, i in preview.mapping.items()}
    if args.json:
        common.print_json({
            "created": result.created, "updated": result.updated, "skipped": result.skipped,
            "accounts_created": result.accounts_created, "unconfirmed": result.unconfirmed,
            "no_account": result.no_account, "errors": errors, "needs_confirmation": pending,
            "new_accounts": new_accounts, "mapping": mapping, "warnings": warnings,
            "unit": preview.unit, "dry_run": args.dry_run,
        })  # fmt: skip
    else:
        _print_import(args, preview, result, errors, pending, new_accounts, warnings, mapping)
    written = result.created + result.updated + result.skipped
    return 1 if errors and not written else 0


def _print_import(
    args: argparse.Namespace,
    preview: importer.ContactsPreview,
    result: importer.ImportResult,
    errors: list[dict[str, Any]],
    pending: list[dict[str, Any]],
    new_accounts: list[dict[str, Any]],
    warnings: list[str],
    mapping: dict[str, str],
) -> None:
    if mapping:
        print(translate("ContactsCli", "Columns: {items}", items=", ".join(f"{h} → {f}" for f, h in mapping.items())))
    if preview.unmapped_headers and preview.source == "csv":
        print(
            translate("ContactsCli", "Not imported (unrecognised): {items}", items=", ".join(preview.unmapped_headers))
        )
    counts = {"new": result.created, "updated": result.updated, "skipped": result.skipped, "errors": len(errors)}
    if args.dry_run:
        print(translate("ContactsCli", "Would import {new} new, {updated} updated, {skipped} skipped "
                                       "(already present), {errors} with errors.", **counts))  # fmt: skip
    else:
        print(translate("ContactsCli", "Imported {new} new, {updated} updated, {skipped} skipped "
                                       "(already present), {errors} with errors.", **counts))  # fmt: skip
    if result.accounts_created:
        if args.dry_run:
            print(translate("ContactsCli", "Would create {count} account(s).", count=result.accounts_created))
        else:
            print(translate("ContactsCli", "Created {count} account(s).", count=result.accounts_created))
    if result.no_account:
        names = ", ".join(a["name"] for a in new_accounts[:10])
        print(translate("ContactsCli", "Left out {count} contact(s) at companies with no account ({names}); "
                                       "use --create-accounts to create them.",
                        count=result.no_account, names=names))  # fmt: skip
    if result.unconfirmed:
        print(translate("ContactsCli", "Left out {count} contact(s) whose company only nearly matches an "
                                       "account; check below, then use --accept-fuzzy.",
                        count=result.unconfirmed))  # fmt: skip
        for p in pending[:20]:
            where = _where(preview.unit, p["row"])
            print(f"  {where}: “{p['company']}” ≈ “{p['account']}” ({p['score']:.0f}%)")
    for e in errors:
        print(
            "  "
            + translate("ContactsCli", "{where}: {problem}", where=_where(preview.unit, e["row"]), problem=e["message"])
        )
    for w in warnings:
        print("  " + translate("ContactsCli", "warning: {text}", text=w))


def _where(unit: str, number: int) -> str:
    """ "row 7" of a CSV or "card 3" of a vCard file, in the reader's language."""
    if unit == "card":
        return translate("ContactsCli", "card {number}", number=number)
    return translate("ContactsCli", "row {number}", number=number)
