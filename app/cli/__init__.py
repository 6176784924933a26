"""The headless command line: `whynow SUBCOMMAND ...`.

Power users script this, so it is part of the product: every subcommand
calls the same `app` use-cases as the GUI. No Qt is imported here (the
`snapshot` command imports `ui` lazily, only when run).

Each `app/cli/cmd_*.py` module provides `register(subparsers)` and sets
`func` on its parsers; the handler takes the parsed args and returns an
exit code. JSON output (`--json`) is stable: keys are only ever added, and
its text is English whatever `--lang` says; human-readable output follows
`--lang` (default: the environment's locale, see app/i18n.py).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from app import i18n
from app.cli import common

EPILOG = """\
With no subcommand, `whynow` opens the desktop app.

Exit codes: 0 ok, 1 user error (bad input, unknown account), 2 usage error,
3 workspace problem (not a workspace, newer version, damaged, locked, disk full).
"""


def command_modules() -> list[str]:
    import app.cli as package

    return sorted(
        f"app.cli.{info.name}" for info in pkgutil.iter_modules(package.__path__) if info.name.startswith("cmd_")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="whynow",
        description="WhyNow: a local-first research desk for account-based sales development.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common.add_workspace_argument(parser)
    parser.add_argument(
        "--lang",
        choices=("auto", "en", "zh_CN"),
        default="auto",
        help="language of human-readable output (default: from LANGUAGE/LC_ALL/LANG); --json output is always English",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, gui_hooks: Mapping[str, Any] | None = None) -> int:
    """Run a subcommand. `gui_hooks` carries callables from `ui` (e.g.
    `render_snapshots`) that main.py passes in, so `app` never imports `ui`."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, hook in (gui_hooks or {}).items():
        setattr(args, name, hook)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    # JSON is read by scripts: its words stay the same on every machine.
    i18n.use_language("en" if getattr(args, "json", False) else args.lang)
    try:
        return common.run_handler(args)
    finally:
        i18n.use_language("en")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
