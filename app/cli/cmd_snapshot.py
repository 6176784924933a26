"""`whynow snapshot OUTDIR`: render the window offscreen to PNG files.

The renderer lives in `ui/` (Qt); `app` must not import it, so main.py hands
it in as `args.render_snapshots` (see app.cli.main's `gui_hooks`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import i18n
from app.cli import common
from app.errors import UserError
from research.i18n import translate


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
        "--lang",
        dest="ui_lang",
        choices=("system", "en", "zh_CN"),
        default=None,
        help="language of the UI (default: whynow --lang, else the system's)",
    )
    p.add_argument(
        "--theme", choices=("system", "light", "dark"), default=None, help="colour theme (default: the system's)"
    )
    p.set_defaults(func=snapshot)


def snapshot(args: argparse.Namespace) -> int:
    # `whynow snapshot --lang X` and `whynow --lang X snapshot` mean the same
    language = args.ui_lang or (None if getattr(args, "lang", "auto") == "auto" else args.lang)
    if language in ("en", "zh_CN"):
        i18n.use_language(language)
    render = getattr(args, "render_snapshots", None)
    if render is None:
        raise UserError(
            translate("UserError", "Snapshots need the desktop part of WhyNow (Qt), which is not available here.")
        )
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise UserError(
            translate("UserError", "--size must look like 1280x800, not “{size}”.", size=args.size)
        ) from None
    written = render(
        common.workspace_path(args),
        args.outdir,
        account=args.account,
        size=(width, height),
        language=language,
        theme=args.theme,
    )
    for path in written:
        print(path)
    return 0
