"""`whynow brief --account DOMAIN --format md|html|pdf -o FILE`: the account brief for an AE.

Markdown and HTML are written here; a PDF needs Qt's text engine, which
lives in `ui/` (app must not import it), so main.py hands the renderer in
as `args.render_pdf` (see app.cli.main's `gui_hooks`), as for `snapshot`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import accounts, brief
from app.cli import common
from app.errors import UserError
from research.i18n import translate

FORMATS = ("md", "html", "pdf")
_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}

EPILOG = """\
The brief holds the account's facts and ICP fit (with the reasons), its stage
history, the why-now triggers (the words that prove each, the rule, the
sources and a talking point), the buying committee by persona tier with
coverage and gaps, the outreach threads in short, the open next steps and
the notes (pinned first).

Without --format the file's suffix decides (.md, .html, .pdf); without -o,
Markdown or HTML go to standard output. PDF needs the desktop part of WhyNow
(Qt, no display needed) and an output file. The HTML is self-contained: it
loads nothing from the network when opened.
"""


def register(subparsers: Any) -> None:
    p = common.add_command(
        subparsers, "brief", help="write an account's brief for the AE (Markdown, HTML or PDF)",
        epilog=EPILOG,
    )  # fmt: skip
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="md, html or pdf (default: the output file's suffix, else md)")  # fmt: skip
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="the file to write (default: standard output; pdf needs one)")  # fmt: skip
    p.add_argument("--by", default="", help="your name, shown as who prepared the brief")
    p.set_defaults(func=brief_command)


def choose_format(explicit: str | None, output: Path | None) -> str:
    if explicit:
        return explicit
    if output is not None:
        return _SUFFIXES.get(output.suffix.lower(), "md")
    return "md"


def _write_text(target: Path, text: str) -> None:
    part = target.with_name(target.name + ".part")
    try:
        part.write_text(text, encoding="utf-8")
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(
            translate("UserError", "Cannot write {path}: {reason}.", path=str(target), reason=exc.strerror or exc)
        ) from None


def brief_command(args: argparse.Namespace) -> int:
    fmt = choose_format(args.format, args.output)
    render_pdf: Callable[..., int] | None = getattr(args, "render_pdf", None)
    if fmt == "pdf":
        if args.output is None:
            raise UserError(translate("UserError", "A PDF brief needs a file to go to: add -o FILE.pdf."))
        if render_pdf is None:
            raise UserError(
                translate(
                    "UserError",
                    "PDF briefs need the desktop part of WhyNow (Qt), which is not available here. "
                    "Use --format html and print that from a browser.",
                )
            )
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    data = brief.build_brief(db, account.id, prepared_by=args.by)
    if fmt == "pdf":
        assert render_pdf is not None  # refused above, before the workspace was opened
        pages = render_pdf(brief.brief_html(data), args.output, title=brief.brief_title(data))
        if pages == 1:
            done = translate("Brief", "Wrote the brief of {name} (1 page) to {path}", name=account.name,
                             path=str(args.output))  # fmt: skip
        else:
            done = translate("Brief", "Wrote the brief of {name} ({pages} pages) to {path}", name=account.name,
                             pages=pages, path=str(args.output))  # fmt: skip
        print(done)
        return 0
    text = brief.render(data, fmt)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    _write_text(args.output, text)
    print(translate("Brief", "Wrote the brief of {name} to {path}", name=account.name, path=str(args.output)))
    return 0
