"""`whynow workspace ...`: create a workspace, show where it is, check it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import demo, workspace
from app.cli import common
from research.i18n import noop, translate
from storage import accounts as account_store
from storage import db as storage_db

#: `workspace info` labels (the JSON keys in English)
_INFO_LABELS = {
    "path": noop("Cli", "path"), "schema_version": noop("Cli", "schema_version"), "bytes": noop("Cli", "bytes"),
    "accounts": noop("Cli", "accounts"), "demo": noop("Cli", "demo"),
}  # fmt: skip


def register(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "workspace", help="create, locate and check workspaces")
    sub = parser.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    p = common.add_command(sub, "new", help="create a new workspace file")
    p.add_argument("path", type=Path)
    p.add_argument("--demo", action="store_true", help="fill it with the fictional demo accounts")
    p.set_defaults(func=new_workspace)
    p = common.add_command(sub, "info", help="where the workspace is, its schema version and size")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=info)
    p = common.add_command(sub, "check", help="run SQLite's integrity check on the workspace")
    p.set_defaults(func=check)


def new_workspace(args: argparse.Namespace) -> int:
    db = workspace.create_workspace(args.path, with_demo=args.demo)
    n = account_store.count(db)
    db.close()
    if args.demo:
        print(translate("Cli", "Created {path} with {n} demo accounts", path=str(args.path), n=n))
    else:
        print(translate("Cli", "Created {path}", path=str(args.path)))
    return 0


def info(args: argparse.Namespace) -> int:
    path = common.workspace_path(args)
    db = workspace.open_workspace(path)
    data = {
        "path": str(path),
        "schema_version": storage_db.schema_version(db),
        "bytes": path.stat().st_size,
        "accounts": account_store.count(db),
        "demo": demo.is_demo_workspace(db),
    }
    if args.json:
        common.print_json(data)
    else:
        labels = {key: translate("Cli", _INFO_LABELS[key]) for key in data}
        width = max(15, common.column_width(labels.values()))
        for key, value in data.items():
            shown = (translate("Cli", "yes") if value else translate("Cli", "no")) if isinstance(value, bool) else value
            print(f"{common.pad(labels[key], width, right=True)}: {shown}")
    return 0


def check(args: argparse.Namespace) -> int:
    """Integrity in words, with the way out (restore a backup, rebuild the search index)."""
    from app import backups

    path = common.workspace_path(args)
    problems = backups.check_integrity(path)
    if problems:
        print(translate("Cli", "{path} has problems:", path=str(path)))
        for p in problems:
            print(f"  {p.problem}\n    → {p.way_out}")
        return 3
    print(translate("Cli", "{path}: ok", path=str(path)))
    return 0
