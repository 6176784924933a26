"""Find the feeds of a company website: from a homepage address to ranked, verified feeds.

Looks in three places, in order of trust: `<link rel="alternate">` in the
page head, links on the page that mention RSS/Atom/feeds, and a short list
of common feed paths (/feed, /rss.xml, /news/feed ...). Every candidate is
fetched with the same safety rules as a refresh and kept only if it really
parses as a feed, so the user is never offered a dead or HTML address.
Results are ranked (page head > page links > guessed paths; blog, news and
press feeds above others, comment feeds last) and each says why.

Its sentences (the summary, the problems, each candidate's reason) are shown
right away, so they are written in the reader's language (`translate`); the
fetch and parse messages inside them are stored phrases, rendered here.

This module must not store anything or decide which feeds an account
follows; it only proposes.
"""

from __future__ import annotations

import re
import threading
import time
import warnings
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

import requests

from research.feeds.fetch import FetchResult, FetchStatus, fetch_feed, new_session
from research.feeds.parse import ParsedFeed, ParseStatus, parse_feed
from research.feeds.urls import absolute_http_url, coerce_user_url, dedupe_key, refusal_reason
from research.i18n import noop, render, translate

# Paths tried on the site's origin when the page does not point at its feeds.
# Ordered by how often they exist on company sites; bounded by `max_probes`.
COMMON_PATHS = (
    "/feed",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/rss",
    "/index.xml",
    "/blog/feed",
    "/news/feed",
    "/blog/rss.xml",
    "/news/rss",
    "/press/feed",
    "/newsroom/feed",
    "/feeds/posts/default",
)
FEED_TYPES = {
    "application/rss+xml": "rss",
    "application/rdf+xml": "rss",
    "application/atom+xml": "atom",
    "application/feed+json": "json",
    "application/json": "json",
    "application/x.atom+xml": "atom",
    "text/xml": "rss",
    "application/xml": "rss",
}
SOURCE_SCORES = {"direct": 100, "link-alternate": 80, "anchor": 60, "common-path": 40}
_NEWSY = re.compile(
    r"\b(?:blog|news|press|newsroom|media|updates|insights|announcements|stories)\b"
    r"|新闻|资讯|动态|公告|博客",
    re.IGNORECASE,
)
_COMMENTS = re.compile(r"comment|评论", re.IGNORECASE)
_FEEDISH_TEXT = re.compile(r"\b(?:rss|atom|feeds?|json ?feed)\b|订阅", re.IGNORECASE)
_FEEDISH_HREF = re.compile(r"(?:\b(?:rss|atom|feeds?)\b|\.rss$|\.atom$|/rss\.xml$)", re.IGNORECASE)
#: why a candidate ranks where its source puts it
_SOURCE_REASONS = {
    "direct": noop("FeedDiscovery", "the address itself is a feed"),
    "link-alternate": noop("FeedDiscovery", "the page declares it as its feed"),
    "anchor": noop("FeedDiscovery", "the page links to it"),
    "common-path": noop("FeedDiscovery", "found at a usual feed address"),
}
_MAX_ALTERNATES = 10
_MAX_ANCHORS = 8
_PAGE_PARSE_LIMIT = 2_000_000


@dataclass(slots=True)
class FeedCandidate:
    """A verified feed found for a site. `reason` says why it ranks where it does."""

    url: str
    title: str
    kind: str  # "rss", "atom" or "json"
    source: str  # "direct", "link-alternate", "anchor" or "common-path"
    score: int
    reason: str = ""
    entries: int = 0


@dataclass(slots=True)
class DiscoveryReport:
    """Everything discovery learned: the feeds, a summary sentence, what was tried."""

    url: str
    candidates: list[FeedCandidate] = field(default_factory=list)
    message: str = ""
    checked: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Lead:
    url: str
    source: str
    hint_title: str = ""
    hint_kind: str = ""


def discover_feeds(
    session: requests.Session,
    url: str,
    *,
    timeout: tuple[float, float] = (5.0, 10.0),
    max_probes: int = 12,
    workers: int = 4,
    probe_deadline: float = 10.0,
    overall_deadline: float = 30.0,
    session_factory: Callable[[], requests.Session] = new_session,
) -> list[FeedCandidate]:
    """Verified feeds for the site at `url`, best first (see `discover_feeds_report`)."""
    return discover_feeds_report(
        session,
        url,
        timeout=timeout,
        max_probes=max_probes,
        workers=workers,
        probe_deadline=probe_deadline,
        overall_deadline=overall_deadline,
        session_factory=session_factory,
    ).candidates


def discover_feeds_report(
    session: requests.Session,
    url: str,
    *,
    timeout: tuple[float, float] = (5.0, 10.0),
    max_probes: int = 12,
    workers: int = 4,
    probe_deadline: float = 10.0,
    overall_deadline: float = 30.0,
    session_factory: Callable[[], requests.Session] = new_session,
) -> DiscoveryReport:
    """Find feeds for the site at `url` (a homepage, a blog page, or a feed itself).

    `session` fetches the page; candidate checks run on `workers` threads,
    each with its own session from `session_factory`. Each check is bounded
    by `probe_deadline`, the whole search by `overall_deadline` (checks not
    started by then are skipped). Never raises for anything the site does.
    """
    started = time.monotonic()
    address = coerce_user_url(url)
    report = DiscoveryReport(address)
    refused = refusal_reason(address)
    if refused is not None:
        report.message = render(refused)
        return report

    page = fetch_feed(session, address, timeout=timeout, deadline=probe_deadline)
    report.checked = 1
    page_url = page.final_url or address
    leads: list[_Lead] = []
    if page.ok:
        parsed = parse_feed(page.body, page_url, page.content_type)
        if parsed.ok:
            report.candidates = [_candidate(_Lead(page_url, "direct"), page, parsed)]
            report.message = translate("FeedDiscovery", "This address is itself a feed.")
            return report
        if parsed.status is ParseStatus.WEB_PAGE or _is_html_type(page.content_type):
            leads = _leads_from_html(page.body, page_url, page.content_type)
    elif page.status in (FetchStatus.NETWORK_ERROR, FetchStatus.TIMEOUT, FetchStatus.REFUSED):
        # The host itself is unreachable or refused: guessing paths on it
        # would only repeat the same failure a dozen times.
        report.message = render(page.message)
        return report
    else:
        report.problems.append(f"{address}: {render(page.message)}")

    leads += _common_path_leads(page_url, max_probes)
    leads = _unique_leads(leads, skip=page_url)
    remaining = overall_deadline - (time.monotonic() - started)
    found, problems = _check_leads(
        leads,
        timeout=timeout,
        workers=workers,
        probe_deadline=probe_deadline,
        time_left=remaining,
        session_factory=session_factory,
    )
    report.checked += len(leads)
    report.problems += problems
    report.candidates = _rank(found)
    count = len(report.candidates)
    if count == 1:
        report.message = translate("FeedDiscovery", "Found 1 feed.")
    elif count:
        report.message = translate("FeedDiscovery", "Found {count} feeds.", count=count)
    elif page.ok:
        report.message = translate(
            "FeedDiscovery",
            "No feed was found on this site (checked {count} addresses). "
            "Try the address of the company's blog or news page.",
            count=report.checked,
        )
    else:
        report.message = translate(
            "FeedDiscovery",
            "No feed was found, and the page itself failed: {problem}",
            problem=render(page.message),
        )
    return report


def _is_html_type(content_type: str | None) -> bool:
    return "html" in (content_type or "").lower()


def _leads_from_html(body: bytes, page_url: str, content_type: str | None) -> list[_Lead]:
    # bs4 is imported here: only discovery needs it, and parse workers must
    # not pay for it.
    from bs4 import BeautifulSoup

    charset = None
    match = re.search(r"charset=([\w.:-]+)", content_type or "", re.IGNORECASE)
    if match:
        charset = match.group(1)
    with warnings.catch_warnings():
        # bs4 warns about XHTML parsed as HTML and similar; the page is
        # someone else's and the warnings say nothing actionable.
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(body[:_PAGE_PARSE_LIMIT], "html.parser", from_encoding=charset)

    base = page_url
    base_tag = soup.find("base", href=True)
    if base_tag is not None:
        base = absolute_http_url(page_url, str(base_tag.get("href"))) or page_url

    leads: list[_Lead] = []
    alternates = 0
    for link in soup.find_all("link", href=True):
        rel_value: str | list[str] = link.get("rel") or []
        rels = {r.lower() for r in (rel_value if isinstance(rel_value, list) else [rel_value])}
        kind = FEED_TYPES.get(str(link.get("type") or "").split(";")[0].strip().lower())
        if "alternate" not in rels or kind is None:
            continue
        target = absolute_http_url(base, str(link.get("href")))
        if target and alternates < _MAX_ALTERNATES:
            alternates += 1
            leads.append(_Lead(target, "link-alternate", str(link.get("title") or ""), kind))

    anchors = 0
    for anchor in soup.find_all("a", href=True):
        href = str(anchor.get("href"))
        text = " ".join(anchor.get_text(" ", strip=True).split())
        path = urlsplit(href).path if "://" in href else href.split("?", 1)[0]
        if not (_FEEDISH_HREF.search(path) or _FEEDISH_TEXT.search(text)):
            continue
        target = absolute_http_url(base, href)
        if target and anchors < _MAX_ANCHORS:
            anchors += 1
            leads.append(_Lead(target, "anchor", text[:200]))
    return leads


def _common_path_leads(page_url: str, max_probes: int) -> list[_Lead]:
    parts = urlsplit(page_url)
    origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    paths: list[str] = []
    # A section page ("acme.com/newsroom") most likely has its feed beneath it.
    section = parts.path.rstrip("/")
    if section and "." not in section.rsplit("/", 1)[-1]:
        paths += [f"{section}/feed", f"{section}/rss.xml"]
    paths += [p for p in COMMON_PATHS if p not in paths]
    return [_Lead(origin + path, "common-path") for path in paths[: max(0, max_probes)]]


def _unique_leads(leads: list[_Lead], *, skip: str) -> list[_Lead]:
    seen = {dedupe_key(skip)}
    unique: list[_Lead] = []
    for lead in leads:
        key = dedupe_key(lead.url)
        if key in seen:
            continue
        seen.add(key)
        unique.append(lead)
    return unique


def _check_leads(
    leads: list[_Lead],
    *,
    timeout: tuple[float, float],
    workers: int,
    probe_deadline: float,
    time_left: float,
    session_factory: Callable[[], requests.Session],
) -> tuple[list[tuple[_Lead, FetchResult, ParsedFeed]], list[str]]:
    if not leads:
        return [], []
    local = threading.local()
    sessions: list[requests.Session] = []
    sessions_lock = threading.Lock()

    def check(lead: _Lead) -> tuple[_Lead, FetchResult, ParsedFeed | None]:
        session = getattr(local, "session", None)
        if session is None:
            session = session_factory()
            local.session = session
            with sessions_lock:
                sessions.append(session)
        result = fetch_feed(session, lead.url, timeout=timeout, deadline=probe_deadline)
        if not result.ok:
            return lead, result, None
        return lead, result, parse_feed(result.body, result.final_url, result.content_type)

    found: list[tuple[_Lead, FetchResult, ParsedFeed]] = []
    problems: list[str] = []
    give_up_at = time.monotonic() + max(0.0, time_left)
    executor = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="discover")
    try:
        pending: set[Future[tuple[_Lead, FetchResult, ParsedFeed | None]]] = {
            executor.submit(check, lead) for lead in leads
        }
        while pending:
            remaining = give_up_at - time.monotonic()
            if remaining <= 0:
                problems.append(
                    translate(
                        "FeedDiscovery",
                        "Stopped after {seconds:.0f} seconds; {count} addresses were not checked.",
                        seconds=time_left,
                        count=len(pending),
                    )
                )
                break
            done, pending = wait(pending, timeout=remaining, return_when=FIRST_COMPLETED)
            for future in done:
                lead, result, parsed = future.result()
                if parsed is not None and parsed.ok:
                    found.append((lead, result, parsed))
                elif lead.source != "common-path":
                    # Guessed paths fail most of the time; only report leads
                    # the site itself pointed at.
                    why = parsed.message if parsed is not None else result.message
                    problems.append(f"{lead.url}: {render(why)}")
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        for session in sessions:
            session.close()
    return found, problems


def _candidate(lead: _Lead, result: FetchResult, parsed: ParsedFeed) -> FeedCandidate:
    final_url = result.final_url or lead.url
    title = parsed.title or lead.hint_title or final_url
    kind = _kind(parsed.format) or lead.hint_kind or "rss"
    score = SOURCE_SCORES[lead.source]
    reasons = [translate("FeedDiscovery", _SOURCE_REASONS[lead.source])]
    subject = f"{final_url} {parsed.title} {lead.hint_title}"
    newsy = _NEWSY.search(subject)
    if _COMMENTS.search(subject):
        score -= 30
        reasons.append(translate("FeedDiscovery", "comments feed, ranked last"))
    elif newsy:
        score += 10
        reasons.append(translate("FeedDiscovery", "mentions \u201c{word}\u201d", word=newsy.group(0)))
    return FeedCandidate(
        url=final_url,
        title=title,
        kind=kind,
        source=lead.source,
        score=score,
        reason="; ".join(reasons),
        entries=len(parsed.entries),
    )


def _kind(format_code: str) -> str:
    if format_code.startswith("atom"):
        return "atom"
    if format_code.startswith("json"):
        return "json"
    if format_code:
        return "rss"
    return ""


def _rank(found: list[tuple[_Lead, FetchResult, ParsedFeed]]) -> list[FeedCandidate]:
    candidates = [(_candidate(lead, result, parsed), parsed.body_hash) for lead, result, parsed in found]
    candidates.sort(key=lambda pair: (-pair[0].score, pair[0].url))
    kept: list[FeedCandidate] = []
    seen_urls: set[str] = set()
    seen_bodies: set[str] = set()
    for candidate, digest in candidates:
        # /feed and /rss.xml often serve the same bytes, and several leads
        # may redirect to one feed: offer it once, under its best source.
        key = dedupe_key(candidate.url)
        if key in seen_urls or digest in seen_bodies:
            continue
        seen_urls.add(key)
        seen_bodies.add(digest)
        kept.append(candidate)
    return kept
