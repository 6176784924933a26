"""`whynow import ...`: bring records from files (accounts CSV; contacts; vCards)."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any

from app import import_accounts
from app.cli import common
from app.tasks import CancelToken
from research.i18n import join, translate

ACCOUNTS_EPILOG = """\
Columns are recognised from Salesforce ("Account Name", "Website", "Industry",
"Employees", "Billing Country"...) and HubSpot ("Company name", "Company Domain
Name", "Number of Employees", "Country/Region"...) exports. Rows whose domain is
already in the workspace are skipped unless --update is given. Nothing is written
when a row is broken unless the other rows are fine: broken rows are listed with
their row numbers and left out. --dry-run shows what would happen and writes nothing.

JSON (--json): {"created", "updated", "skipped", "errors": [{"row", "message"}],
"mapping": {field: column header}, "dry_run"}.
"""


def register(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "import", help="import records from files")
    sub = parser.add_subparsers(dest="import_command", metavar="KIND", required=True)
    p = common.add_command(sub, "accounts", help="import accounts from a CSV file", epilog=ACCOUNTS_EPILOG)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    p.add_argument("--update", action="store_true", help="update accounts whose domain already exists")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=import_accounts_command)
    p = common.add_command(
        sub,
        "signals",
        help="import engagement/intent signals (CSV from marketing tools)",
        epilog="Columns: domain and date (required), kind (web_visit, high_value_page, ad_impression, "
        "ad_click, email_open, email_click, intent), count, topic, score, source. Rows are matched "
        "to accounts by domain; unknown domains are listed, not imported.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--source", default="", help="the tool the file came from")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=import_signals_command)
    with contextlib.suppress(ImportError):
        from app.cli import cmd_contacts

        register_more = getattr(cmd_contacts, "register_import", None)
        if register_more is not None:
            register_more(sub)


def import_accounts_command(args: argparse.Namespace) -> int:
    data = import_accounts.read_file(args.file)
    db = common.open_db(args)
    preview = import_accounts.preview_accounts_import(db, data)
    errors = [{"row": r.row_number, "message": r.message} for r in preview.rows if r.status == "error"]
    mapping = {f: preview.headers[i] for f, i in preview.mapping.items()}
    if args.dry_run:
        created = preview.count("new")
        dup = preview.count("duplicate")
        updated, skipped = (dup, 0) if args.update else (0, dup)
    else:
        from app import backups

        backups.backup_now(common.workspace_path(args), "before-import")  # an import is a risky operation
        result = import_accounts.apply_accounts_import(
            db, preview, on_duplicate="update" if args.update else "skip", cancel=CancelToken()
        )
        created, updated, skipped = result.created, result.updated, result.skipped
    if args.json:
        common.print_json(
            {
                "created": created,
                "updated": updated,
                "skipped": skipped,
                "errors": errors,
                "mapping": mapping,
                "dry_run": args.dry_run,
            }
        )
    else:
        columns = join([f"{h} → {f}" for f, h in mapping.items()])
        print(translate("Cli", "Columns: {columns}", columns=columns))
        if preview.unmapped_headers:
            print(translate("Cli", "Not imported (unrecognised): {columns}", columns=join(preview.unmapped_headers)))
        counts = {"new": created, "updated": updated, "skipped": skipped, "errors": len(errors)}
        if args.dry_run:
            line = translate(
                "Cli",
                "Would import {new} new, {updated} updated, {skipped} skipped (already present), {errors} with errors.",
                **counts,
            )
        else:
            line = translate(
                "Cli",
                "Imported {new} new, {updated} updated, {skipped} skipped (already present), {errors} with errors.",
                **counts,
            )
        print(line)
        for e in errors:
            print("  " + translate("Cli", "row {row}: {message}", row=e["row"], message=e["message"]))
        for w in preview.warnings:
            print("  " + translate("Cli", "warning: {warning}", warning=w))
    return 1 if errors and not (created or updated or skipped) else 0


def import_signals_command(args: argparse.Namespace) -> int:
    from app import deals

    data = import_accounts.read_file(args.file)
    db = common.open_db(args)
    result = deals.import_signals(db, data, source=args.source)
    if args.json:
        common.print_json(result)
        return 0
    n = result["imported"]
    print(translate("Cli", "Imported 1 signal row.") if n == 1 else translate("Cli", "Imported {n} signal rows.", n=n))
    for e in result["errors"]:
        print("  " + translate("Cli", "row {row}: {message}", row=e["row"], message=e["message"]))
    if result["unmatched_domains"]:
        print("  " + translate("Cli", "no account for: {domains}", domains=join(result["unmatched_domains"][:20])))
    return 0
