"""`whynow export ...`: write records to files others can open."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import import_accounts
from app.cli import common
from app.errors import UserError
from research.i18n import translate


def register(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "export", help="export records to files")
    sub = parser.add_subparsers(dest="export_command", metavar="KIND", required=True)
    p = common.add_command(
        sub,
        "accounts",
        help="export accounts to CSV (Salesforce-style columns the importer reads back)",
    )
    p.add_argument("file", type=Path, help="the CSV file to write ('-' for standard output)")
    p.add_argument("--archived", action="store_true", help="include archived accounts")
    p.set_defaults(func=export_accounts_command)


def export_accounts_command(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    data = import_accounts.export_accounts_csv(db, include_archived=args.archived)
    if str(args.file) == "-":
        import sys

        sys.stdout.buffer.write(data)
        return 0
    try:
        tmp = args.file.with_name(args.file.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(args.file)
    except OSError as exc:
        raise UserError(
            translate("UserError", "Cannot write {path}: {reason}.", path=str(args.file), reason=exc.strerror)
        ) from None
    rows, path = data.count(b"\n") - 1, str(args.file)
    if rows == 1:
        print(translate("Cli", "Wrote 1 account to {path}", path=path))
    else:
        print(translate("Cli", "Wrote {n} accounts to {path}", n=rows, path=path))
    return 0
