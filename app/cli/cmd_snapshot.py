"""`whynow snapshot OUTDIR`: render the window offscreen to PNG files.

The renderer lives in `ui/` (Qt); `app` must not import it, so main.py hands
it in as `args.render_snapshots` (see app.cli.main's `gui_hooks`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import common
from app.errors import UserError


def register(subparsers: Any) -> None:
    p = common.add_command(
        subparsers,
        "snapshot",
        help="render the main window and an account's tabs offscreen to PNG files",
        description="Render the main window and each tab of an account page offscreen to PNG "
        "files in OUTDIR (for the README and for reviewing the UI). Needs Qt, not a display.",
    )
    p.add_argument("outdir", type=Path)
    p.add_argument("--account", help="domain or name of the account to show (default: the first)")
    p.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT (default 1280x800)")
    p.add_argument(
        "--lang", choices=("system", "en", "zh_CN"), default=None, help="language of the UI (default: the system's)"
    )
    p.add_argument(
        "--theme", choices=("system", "light", "dark"), default=None, help="colour theme (default: the system's)"
    )
    p.set_defaults(func=snapshot)


def snapshot(args: argparse.Namespace) -> int:
    render = getattr(args, "render_snapshots", None)
    if render is None:
        raise UserError("Snapshots need the desktop part of WhyNow (Qt), which is not available here.")
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise UserError(f"--size must look like 1280x800, not “{args.size}”.") from None
    written = render(
        common.workspace_path(args),
        args.outdir,
        account=args.account,
        size=(width, height),
        language=args.lang,
        theme=args.theme,
    )
    for path in written:
        print(path)
    return 0
