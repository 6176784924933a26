"""`whynow backup`, `whynow backups`, `whynow restore FILE`: the workspace's safety copies."""

from __future__ import annotations

import argparse
from typing import Any

from app import backups
from app.cli import common
from research.i18n import translate
from storage.backups import BackupFile

BACKUPS_EPILOG = """\
Backups live beside the workspace in <name>.backups/. The newest 10 are
kept, plus the newest of each of the last 7 days.

JSON (--json): a list, newest first, of {file, path, taken_at (UTC ISO-8601),
reason (scheduled|manual|before-import|before-merge|before-restore), bytes}.
Keys are only ever added.
"""


def register(subparsers: Any) -> None:
    p = common.add_command(subparsers, "backup", help="back up the workspace now")
    p.add_argument("--reason", default="manual", choices=backups.REASONS,
                   help="why (shown in the file name; default manual)")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the new backup as JSON")
    p.set_defaults(func=backup)

    p = common.add_command(subparsers, "backups", help="list the workspace's backups",
                           epilog=BACKUPS_EPILOG)  # fmt: skip
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.set_defaults(func=list_backups)

    p = common.add_command(
        subparsers, "restore", help="put a backup in place of the workspace (the current file is "
        "backed up first; asks nothing)",
    )  # fmt: skip
    p.add_argument("file", metavar="FILE", help="a backup's file name (see `whynow backups`) or path")
    p.set_defaults(func=restore)


def _json(b: BackupFile) -> dict[str, Any]:
    return {"file": b.name, "path": str(b.path), "taken_at": b.taken_at.isoformat(),
            "reason": b.reason, "bytes": b.size}  # fmt: skip


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"  # pragma: no cover


def backup(args: argparse.Namespace) -> int:
    made = backups.backup_now(common.workspace_path(args), args.reason)
    if args.json:
        common.print_json(_json(made))
    else:
        print(translate("Cli", "Backed up to {path} ({size}).", path=str(made.path), size=_size(made.size)))
    return 0


def list_backups(args: argparse.Namespace) -> int:
    path = common.workspace_path(args)
    found = backups.list_backups(path)
    if args.json:
        common.print_json([_json(b) for b in found])
        return 0
    if not found:
        print(translate("Cli", "No backups of {path} yet. Make one with `whynow backup`.", path=str(path)))
        return 0
    for b in found:
        print(f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {b.reason:<15} {_size(b.size):>9}  {b.name}")
    n, folder = len(found), str(found[0].path.parent)
    if n == 1:
        print(translate("Cli", "1 backup in {folder}", folder=folder))
    else:
        print(translate("Cli", "{n} backups in {folder}", n=n, folder=folder))
    return 0


def restore(args: argparse.Namespace) -> int:
    path = common.workspace_path(args)
    result = backups.restore_backup(path, args.file)
    if result.safety_copy is not None:
        copy = str(result.safety_copy)
        if result.safety_copy_is_raw:
            print(
                translate("Cli", "Kept the workspace as it was in {copy} (byte for byte: it was damaged).", copy=copy)
            )
        else:
            print(translate("Cli", "Kept the workspace as it was in {copy}.", copy=copy))
    print(translate("Cli", "Restored {path} from {source}.", path=str(path), source=str(result.restored_from)))
    return 0
