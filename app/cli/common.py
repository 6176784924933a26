"""Helpers every CLI subcommand shares: the workspace option, output, errors."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app import workspace
from app.errors import UserError
from research.i18n import noop, translate
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
        error(translate("Cli", "cancelled"))
        return 130
    except BrokenPipeError:  # `whynow ... | head`
        return 0


# -- words and columns for human-readable lines ------------------------------------------------

#: stage, channel, direction, outcome and reply-state values as a person reads
#: them; English keeps the value itself (it is also what the commands accept).
#: One table per kind: "meeting" the stage is not "meeting" the channel.
_STAGES = {
    "cold": noop("CliStage", "cold"), "engaged": noop("CliStage", "engaged"), "mqa": noop("CliStage", "mqa"),
    "meeting": noop("CliStage", "meeting"), "opportunity": noop("CliStage", "opportunity"),
    "customer": noop("CliStage", "customer"), "renewal": noop("CliStage", "renewal"),
}  # fmt: skip
_CHANNELS = {
    "email": noop("CliChannel", "email"), "call": noop("CliChannel", "call"),
    "voicemail": noop("CliChannel", "voicemail"), "linkedin": noop("CliChannel", "linkedin"),
    "sms": noop("CliChannel", "sms"), "meeting": noop("CliChannel", "meeting"),
    "event": noop("CliChannel", "event"), "other": noop("CliChannel", "other"),
}  # fmt: skip
_OUTCOMES = {
    "outbound": noop("CliOutcome", "outbound"), "inbound": noop("CliOutcome", "inbound"),
    "sent": noop("CliOutcome", "sent"), "no_answer": noop("CliOutcome", "no_answer"),
    "left_voicemail": noop("CliOutcome", "left_voicemail"), "connected": noop("CliOutcome", "connected"),
    "replied_positive": noop("CliOutcome", "replied_positive"),
    "replied_neutral": noop("CliOutcome", "replied_neutral"),
    "replied_negative": noop("CliOutcome", "replied_negative"),
    "meeting_booked": noop("CliOutcome", "meeting_booked"), "bounced": noop("CliOutcome", "bounced"),
    "opted_out": noop("CliOutcome", "opted_out"),
}  # fmt: skip
_REPLY_STATES = {
    "untouched": noop("CliReply", "untouched"), "waiting": noop("CliReply", "waiting"),
    "cold": noop("CliReply", "cold"), "replied_positive": noop("CliReply", "replied_positive"),
    "replied_neutral": noop("CliReply", "replied_neutral"),
    "replied_negative": noop("CliReply", "replied_negative"), "opted_out": noop("CliReply", "opted_out"),
}  # fmt: skip


def stage_word(value: str) -> str:
    """An account stage in the reader's language (English: the value itself)."""
    return translate("CliStage", _STAGES[value]) if value in _STAGES else value


def channel_word(value: str) -> str:
    """A touch's channel in the reader's language (English: the value itself)."""
    return translate("CliChannel", _CHANNELS[value]) if value in _CHANNELS else value


def outcome_word(value: str) -> str:
    """A touch's outcome or direction in the reader's language (English: the value itself)."""
    return translate("CliOutcome", _OUTCOMES[value]) if value in _OUTCOMES else value


def reply_word(value: str) -> str:
    """A thread's reply state in the reader's language (English: the value itself)."""
    return translate("CliReply", _REPLY_STATES[value]) if value in _REPLY_STATES else value


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal: wide (CJK) characters take two,
    combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def pad(text: str, width: int, *, right: bool = False) -> str:
    """`text` padded with spaces to `width` terminal columns (left-aligned, or
    right-aligned with `right`); longer text is left as is."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def column_width(texts: Iterable[object]) -> int:
    """The widest of `texts` in terminal columns (0 when there are none)."""
    return max((display_width(str(t)) for t in texts), default=0)
