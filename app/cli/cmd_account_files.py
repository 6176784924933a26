"""`whynow export-accounts` / `whynow import-accounts`: account files for the AE hand-off."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import account_files, accounts
from app.cli import common
from research.i18n import join, translate

IMPORT_EPILOG = """\
The file is checked first (a WhyNow account file, not from a newer WhyNow, not
damaged or cut off, valid UTF-8); a bad file is refused and nothing is written.
Records merge by id: new ones are added; when both sides changed a record, the
later edit wins and the earlier values are kept in the merge log. The workspace
is backed up before anything is written. --dry-run shows what would change.

JSON (--json): {"accounts": [names], "exported_by", "exported_at", "dry_run",
"tables": [{"table", "new", "incoming_newer", "local_newer", "same"}],
"conflicts": [{"table", "row_id", "field", "kept", "other", "kept_side"}]}.
"""


def register(subparsers: Any) -> None:
    p = common.add_command(
        subparsers,
        "export-accounts",
        help="write accounts (with contacts, news, triggers, outreach, notes) to an account file",
    )
    p.add_argument("accounts", nargs="+", metavar="ACCOUNT", help="domain, id or exact name")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .whynow account file to write")
    p.add_argument("--by", default="", help="your name, shown to whoever imports it")
    p.set_defaults(func=export_command)

    p = common.add_command(
        subparsers, "import-accounts", help="merge an account file into the workspace", epilog=IMPORT_EPILOG
    )
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=import_command)


def export_command(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    chosen = [accounts.find_account(db, key) for key in args.accounts]
    counts = account_files.export_account_file(db, [a.id for a in chosen], args.output, exported_by=args.by)
    total = sum(counts.values())
    n, path = len(chosen), str(args.output)
    if n == 1:
        print(translate("Cli", "Wrote 1 account, {total} records, to {path}", total=total, path=path))
    else:
        print(translate("Cli", "Wrote {n} accounts, {total} records, to {path}", n=n, total=total, path=path))
    return 0


def import_command(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    inspected = account_files.inspect_account_file(args.file)
    try:
        if args.dry_run:
            report = account_files.preview_account_file(db, inspected)
        else:
            report = account_files.import_account_file(db, inspected, workspace_path=common.workspace_path(args))
    finally:
        inspected.discard()
    tables = [
        {
            "table": t.table,
            "new": t.new,
            "incoming_newer": t.incoming_newer,
            "local_newer": t.local_newer,
            "same": t.same,
        }
        for t in report.tables
    ]
    if args.json:
        common.print_json(
            {
                "accounts": inspected.accounts,
                "exported_by": inspected.exported_by,
                "exported_at": inspected.exported_at,
                "dry_run": args.dry_run,
                "tables": tables,
                "conflicts": report.conflicts,
            }
        )
        return 0
    names = join(inspected.accounts)
    if inspected.exported_by and args.dry_run:
        head = translate("Cli", "Would merge {names} (exported by {who}):", names=names, who=inspected.exported_by)
    elif inspected.exported_by:
        head = translate("Cli", "Merged {names} (exported by {who}):", names=names, who=inspected.exported_by)
    elif args.dry_run:
        head = translate("Cli", "Would merge {names}:", names=names)
    else:
        head = translate("Cli", "Merged {names}:", names=names)
    print(head)
    for t in tables:
        if t["new"] or t["incoming_newer"] or t["local_newer"]:
            counts = translate(
                "Cli",
                "{new} new, {updated} updated, {kept} kept (ours newer)",
                new=t["new"],
                updated=t["incoming_newer"],
                kept=t["local_newer"],
            )
            print(f"  {t['table']}: {counts}")
    if not (report.new or report.changed):
        print("  " + translate("Cli", "nothing new"))
    for c in report.conflicts[:20]:
        sides = {"local": translate("Cli", "local"), "incoming": translate("Cli", "incoming")}
        print(
            f"  {c['table']}.{c['field']}: "
            + translate(
                "Cli",
                "kept {side} value {kept}, earlier value {other} recorded",
                side=sides.get(c["kept_side"], c["kept_side"]),
                kept=repr(c["kept"]),
                other=repr(c["other"]),
            )
        )
    return 0
