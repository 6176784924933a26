"""Helpers every CLI subcommand shares: the workspace option, output, errors."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app import workspace
from app.errors import UserError
from storage import errors
from storage.errors import StorageError

Handler = Callable[[argparse.Namespace], int]


def add_workspace_argument(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    parser.add_argument(
        "--workspace",
        metavar="PATH",
        default=argparse.SUPPRESS if suppress else None,
        help="the workspace file (default: $WHYNOW_WORKSPACE, else the per-user data "
        "folder's workspace.whynow, created with demo accounts on first use)",
    )


def add_command(
    subparsers: Any, name: str, *, help: str, description: str = "", epilog: str = ""
) -> argparse.ArgumentParser:
    """A subcommand parser that also accepts --workspace after the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=help,
        description=description or help,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_workspace_argument(parser, suppress=True)
    return parser


def workspace_path(args: argparse.Namespace) -> Path:
    return workspace.resolve_path(getattr(args, "workspace", None))


def open_db(args: argparse.Namespace) -> Database:
    return workspace.open_workspace(workspace_path(args))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def print_json_line(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def error(message: str) -> None:
    print(f"whynow: {message}", file=sys.stderr)


def run_handler(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except UserError as exc:
        error(str(exc))
        return 1
    except StorageError as exc:
        error(exc.explain())
        return 3
    except sqlite3.Error as exc:
        translated = errors.translate(exc, str(getattr(args, "workspace", "") or ""))
        if translated is exc:
            raise
        error(translated.explain())  # type: ignore[attr-defined]
        return 3
    except KeyboardInterrupt:
        error("cancelled")
        return 130
    except BrokenPipeError:  # `whynow ... | head`
        return 0
