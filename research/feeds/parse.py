"""Parse a fetched feed body (RSS, Atom, RDF or JSON Feed) into plain, display-safe entries.

`parse_feed` is a pure, top-level function over bytes with picklable
dataclass results, so the caller can run it in a process pool. It never
raises for anything a feed contains: empty bodies, web pages, broken XML,
hostile entity tricks and wrong encodings all end as a `ParsedFeed` status
with a message, and readable entries of a broken feed are kept. Messages and
warnings are `research.i18n.phrase`s: a refresh stores them with the feed, and
whoever shows them renders them in the reader's language.

Safety: feedparser is always given a stream, never a URL or a string (a
string may be taken as a file path and read from disk). Its own expat parser
does not fetch external entities, and it drops entity declarations that are
not plain text before parsing, so XXE and "billion laughs" payloads come
out inert; the tests prove both. Feedparser's pure-Python HTML sanitiser is
switched off because every piece of HTML we keep goes through nh3 in
`sanitize`, which is stricter (no images) and much faster.

This module must not fetch, store, or judge what entries mean.
"""

from __future__ import annotations

import calendar
import enum
import hashlib
import html
import io
import json
import re
import time
import xml.sax
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from research.feeds.sanitize import (
    clean_title,
    collapse_whitespace,
    guess_language,
    html_to_text,
    sanitize_html,
    truncate_text,
)
from research.feeds.urls import absolute_http_url
from research.i18n import phrase, translate

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$")
_FEED_ROOT = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(?:rss|feed|RDF|rdf)\b")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_EMAIL_AND_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
_TITLE_FROM_SUMMARY = 80
_FORMAT_NAMES = {
    "rss20": "RSS 2.0",
    "rss10": "RSS 1.0",
    "atom10": "Atom 1.0",
    "atom03": "Atom 0.3",
    "json1": "JSON Feed 1.0",
    "json1.1": "JSON Feed 1.1",
}


class ParseStatus(enum.StrEnum):
    OK = "ok"
    EMPTY = "empty"
    WEB_PAGE = "web_page"
    NOT_A_FEED = "not_a_feed"


@dataclass(slots=True)
class ParsedEntry:
    """One item of a feed, normalised and safe to display.

    `id_source` says where `id` came from ("guid", "link", "hash");
    `language_source` where `language` came from ("entry", "feed", "guess").
    `published` is UTC ISO-8601 or None; a missing or unreadable date is never
    replaced by the fetch time (`date_missing` is then true).
    `content_html` is sanitised (no scripts, no remote resources).
    `content_hash` changes when anything a reader sees changes.
    """

    id: str
    id_source: str
    link: str
    title: str
    summary: str
    content_html: str
    published: str | None
    date_missing: bool
    language: str
    language_source: str
    author: str
    content_hash: str


@dataclass(slots=True)
class ParsedFeed:
    """A parsed feed body. `status` ok means entries (possibly none) were read.

    `warnings` lists problems that did not stop reading (broken XML, wrong
    encoding, repeated ids), in words; they and `message` are phrases (show
    them with `research.i18n.render`). `body_hash` is the sha256 of the body,
    so a caller can skip parsing a body identical to the last one.
    """

    status: ParseStatus
    url: str
    body_hash: str
    message: str = ""
    title: str = ""
    link: str = ""
    language: str = ""
    format: str = ""
    warnings: list[str] = field(default_factory=list)
    entries: list[ParsedEntry] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status is ParseStatus.OK


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse `body` fetched from `url` (the final URL after redirects; relative links use it).

    Never raises for feed content. Runs in a worker process: arguments and
    result are plain data.
    """
    digest = body_hash(body)
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        return ParsedFeed(
            ParseStatus.EMPTY,
            url,
            digest,
            message=phrase("FeedParse", "The address answered with an empty page, so there is nothing to read yet."),
        )
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if head.startswith((b"{", b"[")) or ctype.endswith("json"):
        return _parse_json_feed(body, url, digest)
    if _looks_like_html(head, ctype):
        return _web_page(url, digest)
    try:
        return _parse_xml_feed(body, url, content_type, digest)
    except (RecursionError, MemoryError, ValueError, TypeError, AttributeError) as error:
        # feedparser is robust but not proven against every hostile input; a
        # crash inside it must stay this feed's problem.
        return ParsedFeed(
            ParseStatus.NOT_A_FEED,
            url,
            digest,
            message=phrase(
                "FeedParse",
                "The feed could not be read ({kind}: {error}).",
                kind=type(error).__name__,
                error=str(error),
            ),
        )


def _looks_like_html(head: bytes, ctype: str) -> bool:
    if _FEED_ROOT.search(head):
        return False
    return bool(_HTML_START.match(head)) or ctype in ("text/html", "application/xhtml+xml")


def _web_page(url: str, digest: str) -> ParsedFeed:
    return ParsedFeed(
        ParseStatus.WEB_PAGE,
        url,
        digest,
        message=phrase(
            "FeedParse",
            "This address is a web page, not a feed. Use \u201cFind feeds\u201d on it to look "
            "for the site's RSS or Atom feeds.",
        ),
    )


# --- RSS / Atom / RDF through feedparser --------------------------------------------------------


def _parse_xml_feed(body: bytes, url: str, content_type: str | None, digest: str) -> ParsedFeed:
    # No content-location on purpose: feedparser would resolve relative
    # guids against it ("post-1" -> "https://site/feed/post-1"), so ids would
    # change when a feed moves. Links are made absolute in our own code.
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    version = parsed.get("version") or ""
    raw_entries = parsed.get("entries") or []
    warnings: list[str] = []
    bozo_exception = parsed.get("bozo_exception")
    # A feed served as text/html or without a type is read normally; telling
    # the user would be noise they cannot act on.
    if parsed.get("bozo") and not isinstance(bozo_exception, feedparser.NonXMLContentType):
        warnings.append(_describe_bozo(bozo_exception))

    if not version and not raw_entries:
        if b"<html" in body[:8192].lower():
            return _web_page(url, digest)
        if warnings:
            message = phrase(
                "FeedParse", "This address did not return a feed we can read ({problem}).", problem=warnings[0]
            )
        else:
            message = phrase("FeedParse", "This address did not return a feed we can read.")
        return ParsedFeed(ParseStatus.NOT_A_FEED, url, digest, message=message, warnings=warnings)

    meta = dict(parsed.get("feed") or {})
    feed_language = _language_tag(meta.get("language"))
    title_detail = meta.get("title_detail") or {}
    feed = ParsedFeed(
        ParseStatus.OK,
        url,
        digest,
        title=clean_title(meta.get("title", ""), is_html=_is_html(title_detail)),
        link=absolute_http_url(url, meta.get("link")),
        language=feed_language,
        format=version,
        warnings=warnings,
    )
    undated = 0
    entries: list[ParsedEntry] = []
    for raw in raw_entries:
        # A plain dict: FeedParserDict.get maps missing keys to others
        # ("updated" -> "published") with a DeprecationWarning.
        entry, had_unreadable_date = _normalise_xml_entry(dict(raw), url, feed_language)
        undated += had_unreadable_date
        if entry is not None:
            entries.append(entry)
    if undated == 1:
        warnings.append(phrase("FeedParse", "1 entry has a date we could not read; shown as undated."))
    elif undated:
        warnings.append(phrase("FeedParse", "{n} entries have a date we could not read; shown as undated.", n=undated))
    feed.entries = _drop_repeated_ids(entries, warnings)
    return feed


def _normalise_xml_entry(raw: dict[str, Any], base_url: str, feed_language: str) -> tuple[ParsedEntry | None, bool]:
    title_detail = raw.get("title_detail") or {}
    title = clean_title(raw.get("title", ""), is_html=_is_html(title_detail))
    link = absolute_http_url(base_url, raw.get("link"))

    summary_html, summary_is_html = _summary_source(raw)
    content_value, content_is_html = _content_source(raw, summary_html, summary_is_html)
    summary_text = html_to_text(summary_html) if summary_is_html else summary_html
    if not summary_text:
        summary_text = html_to_text(content_value) if content_is_html else content_value
    summary_text = truncate_text(collapse_whitespace(summary_text))
    content_html = sanitize_html(content_value, link or base_url) if content_is_html else _text_to_html(content_value)

    if not (title or link or summary_text):
        return None, False

    moment = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        moment = _utc_iso(raw.get(key))
        if moment:
            break
    had_date_text = any(raw.get(key) for key in ("published", "updated", "created"))

    entry_language = _language_tag(title_detail.get("language"))
    language, language_source = _pick_language(entry_language, feed_language, f"{title} {summary_text}")
    author = collapse_whitespace(raw.get("author") or "")
    # RSS <author> is "press@acme.example (Acme Press Office)"; the name is
    # what a reader wants (feedparser's own split garbles some addresses).
    email_and_name = _EMAIL_AND_NAME.match(author)
    if email_and_name:
        author = email_and_name.group(1).strip()
    raw_id = collapse_whitespace(str(raw.get("id") or ""))
    entry = _make_entry(
        raw_id=raw_id,
        link=link,
        title=title,
        summary=summary_text,
        content_html=content_html,
        published=moment,
        language=language,
        language_source=language_source,
        author=html_to_text(author) if "<" in author else author,
    )
    return entry, (had_date_text and moment is None)


def _summary_source(raw: dict[str, Any]) -> tuple[str, bool]:
    detail = raw.get("summary_detail") or {}
    value = raw.get("summary") or ""
    return value, (_is_html(detail) if detail else True)


def _content_source(raw: dict[str, Any], summary: str, summary_is_html: bool) -> tuple[str, bool]:
    contents = raw.get("content") or []
    best = None
    for item in contents:
        if item.get("type", "") in _HTML_TYPES:
            best = item
            break
    if best is None and contents:
        best = contents[0]
    if best is not None and best.get("value"):
        return best["value"], _is_html(best)
    return summary, summary_is_html


def _is_html(detail: Any) -> bool:
    # Feedparser marks RSS text as text/html (RSS has no type attribute and
    # often holds escaped HTML); only Atom type="text" is plain.
    return (detail.get("type") or "text/html") in _HTML_TYPES


def _describe_bozo(error: object) -> str:
    if isinstance(error, feedparser.CharacterEncodingOverride):
        return phrase(
            "FeedParse",
            "The feed's declared character encoding was wrong; it was read anyway ({error}).",
            error=str(error),
        )
    if isinstance(error, feedparser.CharacterEncodingUnknown):
        return phrase(
            "FeedParse",
            "The feed's character encoding is unknown; some characters may be wrong ({error}).",
            error=str(error),
        )
    if isinstance(error, xml.sax.SAXParseException):
        return phrase(
            "FeedParse",
            "The feed is not well-formed XML (line {line}, column {column}: {error}); what could be read was kept.",
            line=error.getLineNumber(),
            column=error.getColumnNumber(),
            error=str(error.getMessage()),
        )
    if error is None:
        return phrase("FeedParse", "The feed has problems; what could be read was kept.")
    return phrase(
        "FeedParse",
        "The feed has problems ({kind}: {error}); what could be read was kept.",
        kind=type(error).__name__,
        error=str(error),
    )


def _utc_iso(value: Any) -> str | None:
    if not isinstance(value, time.struct_time | tuple) or len(value) < 6:
        return None
    try:
        # struct_time from feedparser is already UTC; timegm avoids local-time pitfalls.
        stamp = calendar.timegm(tuple(value))
        return datetime.fromtimestamp(stamp, UTC).isoformat()
    except (OverflowError, ValueError, OSError, TypeError):
        return None


# --- JSON Feed ----------------------------------------------------------------------------------


def _parse_json_feed(body: bytes, url: str, digest: str) -> ParsedFeed:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as error:
        return ParsedFeed(
            ParseStatus.NOT_A_FEED,
            url,
            digest,
            message=phrase(
                "FeedParse", "This address returned data that is not a readable JSON Feed ({error}).", error=str(error)
            ),
        )
    if not isinstance(data, dict):
        return _not_json_feed(url, digest)
    version = str(data.get("version") or "")
    items = data.get("items")
    if "jsonfeed.org/version/" not in version and not isinstance(items, list):
        return _not_json_feed(url, digest)
    warnings: list[str] = []
    if "jsonfeed.org/version/" not in version:
        warnings.append(phrase("FeedParse", "The JSON Feed does not say which version it is; read it as 1.1."))
    if not isinstance(items, list):
        warnings.append(phrase("FeedParse", "The JSON Feed has no list of items."))
        items = []
    feed_language = _language_tag(data.get("language"))
    feed = ParsedFeed(
        ParseStatus.OK,
        url,
        digest,
        title=clean_title(_text(data.get("title")), is_html=False),
        link=absolute_http_url(url, _text(data.get("home_page_url"))),
        language=feed_language,
        format="json1" if version.rstrip("/").endswith("/1") else "json1.1",
        warnings=warnings,
    )
    undated = 0
    entries: list[ParsedEntry] = []
    skipped = 0
    for item in items:
        if not isinstance(item, dict):
            skipped += 1
            continue
        entry, had_unreadable_date = _normalise_json_item(item, url, feed_language)
        undated += had_unreadable_date
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    if skipped == 1:
        warnings.append(phrase("FeedParse", "1 item was empty or unreadable."))
    elif skipped:
        warnings.append(phrase("FeedParse", "{n} items were empty or unreadable.", n=skipped))
    if undated == 1:
        warnings.append(phrase("FeedParse", "1 item has a date we could not read; shown as undated."))
    elif undated:
        warnings.append(phrase("FeedParse", "{n} items have a date we could not read; shown as undated.", n=undated))
    feed.entries = _drop_repeated_ids(entries, warnings)
    return feed


def _not_json_feed(url: str, digest: str) -> ParsedFeed:
    return ParsedFeed(
        ParseStatus.NOT_A_FEED,
        url,
        digest,
        message=phrase("FeedParse", "This address returned JSON data, but not a JSON Feed."),
    )


def _normalise_json_item(item: dict[str, Any], base_url: str, feed_language: str) -> tuple[ParsedEntry | None, bool]:
    link = absolute_http_url(base_url, _text(item.get("url"))) or absolute_http_url(
        base_url, _text(item.get("external_url"))
    )
    title = clean_title(_text(item.get("title")), is_html=False)
    content_html_raw = _text(item.get("content_html"))
    content_text = _text(item.get("content_text"))
    if content_html_raw:
        content_html = sanitize_html(content_html_raw, link or base_url)
    else:
        content_html = _text_to_html(content_text)
    summary = _text(item.get("summary")) or content_text or html_to_text(content_html_raw)
    summary = truncate_text(collapse_whitespace(summary))
    if not (title or link or summary):
        return None, False

    moment = None
    had_date_text = False
    for key in ("date_published", "date_modified"):
        value = _text(item.get(key))
        had_date_text = had_date_text or bool(value)
        moment = _iso_to_utc(value)
        if moment:
            break

    entry_language = _language_tag(item.get("language"))
    language, language_source = _pick_language(entry_language, feed_language, f"{title} {summary}")
    author = _json_author(item)
    raw_id = item.get("id")
    entry = _make_entry(
        raw_id=collapse_whitespace(str(raw_id)) if raw_id is not None else "",
        link=link,
        title=title,
        summary=summary,
        content_html=content_html,
        published=moment,
        language=language,
        language_source=language_source,
        author=author,
    )
    return entry, (had_date_text and moment is None)


def _json_author(item: dict[str, Any]) -> str:
    authors = item.get("authors")
    if isinstance(authors, list):
        names = [_text(a.get("name")) for a in authors if isinstance(a, dict)]
        return ", ".join(n for n in names if n)
    author = item.get("author")
    if isinstance(author, dict):
        return _text(author.get("name"))
    return ""


def _iso_to_utc(value: str) -> str | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        # RFC 3339 requires an offset; a bare time is most likely UTC.
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


# --- shared -------------------------------------------------------------------------------------


def _make_entry(
    *,
    raw_id: str,
    link: str,
    title: str,
    summary: str,
    content_html: str,
    published: str | None,
    language: str,
    language_source: str,
    author: str,
) -> ParsedEntry:
    if not title:
        title = truncate_text(summary, _TITLE_FROM_SUMMARY) if summary else link
    if raw_id:
        entry_id, id_source = raw_id, "guid"
    elif link:
        entry_id, id_source = link, "link"
    else:
        digest = hashlib.sha1(f"{title}\x1f{summary}".encode(), usedforsecurity=False)
        entry_id, id_source = f"sha1:{digest.hexdigest()}", "hash"
    content_hash = hashlib.sha256(
        "\x1f".join((title, link, published or "", summary, content_html, author)).encode()
    ).hexdigest()
    return ParsedEntry(
        id=entry_id,
        id_source=id_source,
        link=link,
        title=title,
        summary=summary,
        content_html=content_html,
        published=published,
        date_missing=published is None,
        language=language,
        language_source=language_source,
        author=author,
        content_hash=content_hash,
    )


def _drop_repeated_ids(entries: list[ParsedEntry], warnings: list[str]) -> list[ParsedEntry]:
    seen: set[str] = set()
    kept: list[ParsedEntry] = []
    for entry in entries:
        if entry.id in seen:
            continue
        seen.add(entry.id)
        kept.append(entry)
    repeated = len(entries) - len(kept)
    if repeated == 1:
        warnings.append(phrase("FeedParse", "1 entry repeats an id used earlier in the feed; kept the first of each."))
    elif repeated:
        warnings.append(
            phrase(
                "FeedParse",
                "{n} entries repeat an id used earlier in the feed; kept the first of each.",
                n=repeated,
            )
        )
    return kept


def _pick_language(entry_language: str, feed_language: str, text: str) -> tuple[str, str]:
    if entry_language and entry_language != feed_language:
        return entry_language, "entry"
    if feed_language:
        return feed_language, "feed"
    return guess_language(text), "guess"


def _language_tag(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    tag = value.strip().lower().replace("_", "-")
    return tag if _LANGUAGE_TAG.match(tag) else ""


def _text_to_html(text: str) -> str:
    if not text:
        return ""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)


def format_name(code: str) -> str:
    """A human name for a format code ("rss20" -> "RSS 2.0")."""
    if not code:
        return translate("FeedParse", "unknown format")
    return _FORMAT_NAMES.get(code, code.upper())
