"""Read and write OPML feed lists, grouped by account.

Reading is done with expat directly so that any DOCTYPE or ENTITY
declaration is refused before it can do anything: OPML files come from
other tools and other people, and entity tricks (billion laughs, external
entities reading local files) are the classic XML attack. Writing groups one
outline per account with the account's feeds inside, which is how feed
readers show folders.

Errors and problems are shown right away, so they are written in the
reader's language (`research.i18n.translate`).

This module must not fetch the listed feeds or store anything.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import NoReturn
from xml.sax.saxutils import quoteattr

from research.feeds.urls import refusal_reason
from research.i18n import render, translate


class OpmlError(ValueError):
    """The file is not OPML we can read; the message is for the user."""


@dataclass(slots=True)
class OpmlOutline:
    """One feed listed in an OPML file.

    `group` is the text of the enclosing outline(s), joined with " / " (the
    folder, which our exports use for the account name). `problem` is empty
    for a usable feed, else why it will not be imported (e.g. a file: URL).
    """

    title: str
    xml_url: str
    html_url: str = ""
    group: str = ""
    kind: str = ""
    problem: str = ""


_MAX_OPML_BYTES = 20_000_000
# Characters XML 1.0 cannot carry at all; a title with one would make the
# whole exported file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse_opml(data: bytes) -> list[OpmlOutline]:
    """Every feed outline (one with an xmlUrl) in the file, in document order.

    Raises `OpmlError` for files that are not well-formed XML, not OPML, too
    large, or that declare a DOCTYPE or entities.
    """
    if len(data) > _MAX_OPML_BYTES:
        raise OpmlError(translate("Opml", "The OPML file is larger than 20 MB; that is not a feed list."))
    parser = xml.parsers.expat.ParserCreate()
    # Never read external DTDs or parameter entities, whatever the file says.
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)

    outlines: list[OpmlOutline] = []
    stack: list[str | None] = []  # for each open <outline>: its text if it is a folder
    root: list[str] = []

    def refuse(*_args: object) -> NoReturn:
        raise OpmlError(
            translate(
                "Opml",
                "The OPML file declares a DOCTYPE or entities, which OPML never needs; it was not read, for safety.",
            )
        )

    def start(name: str, attrs: dict[str, str]) -> None:
        if not root:
            root.append(name)
            if name.lower() != "opml":
                raise OpmlError(
                    translate("Opml", "This file is XML but not OPML (it starts with <{name}>).", name=name)
                )
        if name.lower() != "outline":
            return
        lowered = {key.lower(): value for key, value in attrs.items()}
        title = " ".join((lowered.get("title") or lowered.get("text") or "").split())
        xml_url = (lowered.get("xmlurl") or "").strip()
        if xml_url:
            problem = render(refusal_reason(xml_url) or "")
            groups = [g for g in stack if g]
            outlines.append(
                OpmlOutline(
                    title=title or xml_url,
                    xml_url=xml_url,
                    html_url=(lowered.get("htmlurl") or "").strip(),
                    group=" / ".join(groups),
                    kind=(lowered.get("type") or "").strip().lower(),
                    problem=problem,
                )
            )
            stack.append(None)
        else:
            stack.append(title)

    def end(name: str) -> None:
        if name.lower() == "outline" and stack:
            stack.pop()

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as error:
        raise OpmlError(
            translate(
                "Opml",
                "The OPML file is not well-formed XML (line {line}, column {column}: {error}).",
                line=error.lineno,
                column=error.offset,
                error=xml.parsers.expat.errors.messages[error.code],
            )
        ) from error
    except (LookupError, ValueError) as error:
        if isinstance(error, OpmlError):
            raise
        raise OpmlError(translate("Opml", "The OPML file could not be read ({error}).", error=str(error))) from error
    if not root:
        raise OpmlError(translate("Opml", "The OPML file is empty."))
    return outlines


def write_opml(
    groups: dict[str, list[tuple[str, str]]],
    *,
    title: str = "WhyNow feeds",
    now: datetime | None = None,
) -> bytes:
    """OPML 2.0 with one folder outline per account holding its (title, url) feeds."""
    created = format_datetime(now or datetime.now(UTC), usegmt=True)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_text(title)}</title>",
        f"    <dateCreated>{created}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for account, feeds in groups.items():
        folder = _attr(account)
        lines.append(f"    <outline text={folder} title={folder}>")
        for feed_title, url in feeds:
            name = _attr(feed_title or url)
            lines.append(f'      <outline type="rss" text={name} title={name} xmlUrl={_attr(url)}/>')
        lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines).encode("utf-8")


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("", value))


def _text(value: str) -> str:
    value = _NOT_XML.sub("", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
