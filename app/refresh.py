"""Refreshing feeds: fetch concurrently, parse on every core, write per feed.

The pipeline, in readable steps (after lemon24/reader's update loop, but
with parsing overlapped with fetching and spread over processes, because
feedparser is pure Python and the GIL would serialise it):

1. pick the feeds (all, some accounts, some feeds; optionally only those due);
2. fetch them on a bounded thread pool, one `requests.Session` per thread,
   with conditional GET from the stored ETag / Last-Modified;
3. a 304, or a body whose hash equals the last one, is not parsed at all;
4. other bodies are parsed as soon as they arrive: in a process pool when
   many feeds need it, otherwise right in the fetching thread;
5. each feed's result (items + state) is written by the calling thread in one
   short transaction, so the UI can read while this runs, a failure is that
   feed's state, and a cancel keeps what was already written.

Progress goes through a plain callback and cancel through a CancelToken, so
the GUI's worker and `whynow refresh` share this unchanged.

A feed's message (why it failed, or what changed) and its warnings are
`research.i18n.phrase`s, the same ones stored with the feed: callers show them
with `render`.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from sqlite_utils import Database

from app.tasks import CancelToken, Progress, ProgressCallback, no_progress, process_context
from research.feeds.fetch import FetchResult, FetchStatus, fetch_feed, new_session
from research.feeds.parse import ParsedFeed, parse_feed
from research.i18n import phrase, translate
from storage import feeds as feed_store

DEFAULT_WORKERS = 8
#: Below this many bodies to parse, starting worker processes costs more than it saves.
PROCESS_POOL_THRESHOLD = 12
BACKOFF_START = timedelta(minutes=15)
BACKOFF_MAX = timedelta(hours=24)
GONE_RETRY = timedelta(days=7)


@dataclass(slots=True)
class FeedOutcome:
    feed_id: str
    url: str
    account_name: str
    status: str  # ok, not_modified, unchanged, or a failure state
    message: str = ""  # a phrase: show it with research.i18n.render
    new_items: int = 0
    changed_items: int = 0
    entries: int = 0
    warnings: list[str] = field(default_factory=list)  # phrases too
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.status not in ("ok", "not_modified", "unchanged")


@dataclass(slots=True)
class RefreshSummary:
    feeds: int = 0
    ok: int = 0
    not_modified: int = 0
    unchanged: int = 0
    failed: int = 0
    new_items: int = 0
    changed_items: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    parsed_in_processes: bool = False
    new_triggers: int = 0
    outcomes: list[FeedOutcome] = field(default_factory=list)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def backoff_until(failures: int, now: datetime, retry_after: datetime | None = None) -> str:
    """When to try a failing feed again: 15 min, doubling per failure, at most a day."""
    delay = min(BACKOFF_MAX, BACKOFF_START * (2 ** max(0, failures - 1)))
    moment = now + delay
    if retry_after is not None and retry_after > moment:
        moment = retry_after
    return _iso(moment)


def select_feeds(
    db: Database,
    *,
    account_ids: Iterable[str] | None = None,
    feed_ids: Iterable[str] | None = None,
    only_due: bool = False,
    now: datetime | None = None,
) -> list[feed_store.FeedRow]:
    # Demo feeds hold stored items under fictional addresses: never fetched.
    feeds = [f for f in feed_store.list_feeds(db, account_ids) if f.added_how != "demo"]
    if feed_ids is not None:
        wanted = set(feed_ids)
        feeds = [f for f in feeds if f.id in wanted]
    if only_due:
        stamp = _iso(now or datetime.now(UTC))
        feeds = [f for f in feeds if not f.next_attempt_at or f.next_attempt_at <= stamp]
    return feeds


class _Sessions:
    """One requests.Session per fetching thread (sessions are not thread-safe)."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._all: list[requests.Session] = []
        self._lock = threading.Lock()

    def get(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = new_session()
            self._local.session = session
            with self._lock:
                self._all.append(session)
        return session

    def close(self) -> None:
        for session in self._all:
            session.close()


def refresh_feeds(
    db: Database,
    feeds: list[feed_store.FeedRow],
    *,
    workers: int = DEFAULT_WORKERS,
    processes: int | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    on_feed: Callable[[FeedOutcome], None] | None = None,
    fetch: Callable[..., FetchResult] = fetch_feed,
    timeout: tuple[float, float] = (10.0, 20.0),
    deadline: float = 60.0,
) -> RefreshSummary:
    """Refresh `feeds` into `db` (the calling thread's connection)."""
    started = time.monotonic()
    cancel = cancel or CancelToken()
    summary = RefreshSummary(feeds=len(feeds))
    if not feeds:
        return summary
    processes = processes if processes is not None else max(1, (os.cpu_count() or 1))
    use_processes = processes > 1 and len(feeds) >= PROCESS_POOL_THRESHOLD
    sessions = _Sessions()
    fetch_pool = cf.ThreadPoolExecutor(max_workers=max(1, min(workers, len(feeds))), thread_name_prefix="fetch")
    parse_pool: cf.ProcessPoolExecutor | None = None
    # Fetch futures and parse futures side by side (`kind` says which), so their results are typed where read.
    by_future: dict[cf.Future[Any], tuple[str, feed_store.FeedRow, FetchResult | None, float]] = {}
    result: FetchResult
    parsed: ParsedFeed | None
    done = 0
    total = len(feeds)

    def fetch_job(feed: feed_store.FeedRow) -> tuple[FetchResult, ParsedFeed | None]:
        if cancel.cancelled:
            raise cf.CancelledError()
        result = fetch(sessions.get(), feed.url, feed.etag, feed.last_modified, timeout=timeout, deadline=deadline)
        if result.ok and not use_processes and hashlib.sha256(result.body).hexdigest() != feed.body_hash:
            return result, parse_feed(result.body, result.final_url or feed.url, result.content_type)
        return result, None

    def finish(feed: feed_store.FeedRow, outcome: FeedOutcome) -> None:
        nonlocal done
        done += 1
        summary.outcomes.append(outcome)
        if outcome.failed:
            summary.failed += 1
        elif outcome.status == "ok":
            summary.ok += 1
        elif outcome.status == "not_modified":
            summary.not_modified += 1
        else:
            summary.unchanged += 1
        summary.new_items += outcome.new_items
        summary.changed_items += outcome.changed_items
        if on_feed is not None:
            on_feed(outcome)
        progress(Progress(done, total, translate("FeedRefresh", "{count} new items", count=summary.new_items)))

    try:
        for feed in feeds:
            by_future[fetch_pool.submit(fetch_job, feed)] = ("fetch", feed, None, time.monotonic())
        while by_future:
            if cancel.cancelled:
                summary.cancelled = True
                break
            ready, _ = cf.wait(list(by_future), timeout=0.1, return_when=cf.FIRST_COMPLETED)
            for future in ready:
                kind, feed, fetched, t0 = by_future.pop(future)
                if future.cancelled():
                    continue
                if kind == "fetch":
                    try:
                        result, parsed = future.result()
                    except cf.CancelledError:
                        continue
                    except Exception as exc:  # a bug in fetch must stay this feed's problem
                        result = FetchResult(
                            FetchStatus.NETWORK_ERROR,
                            feed.url,
                            message=phrase("FeedRefresh", "Unexpected error: {error}", error=str(exc)),
                        )
                        parsed = None
                    if result.ok and parsed is None:
                        digest = hashlib.sha256(result.body).hexdigest()
                        if digest != feed.body_hash:
                            if parse_pool is None:
                                parse_pool = cf.ProcessPoolExecutor(max_workers=processes, mp_context=process_context())
                                summary.parsed_in_processes = True
                            pf = parse_pool.submit(
                                parse_feed, result.body, result.final_url or feed.url, result.content_type
                            )
                            by_future[pf] = ("parse", feed, result, t0)
                            continue
                    finish(feed, _store(db, feed, result, parsed, t0))
                else:
                    assert fetched is not None
                    try:
                        parsed = future.result()
                    except Exception as exc:  # a crashed parser process
                        parsed = None
                        fetched = FetchResult(
                            FetchStatus.NETWORK_ERROR,
                            feed.url,
                            message=phrase(
                                "FeedRefresh", "The feed could not be parsed ({kind}).", kind=type(exc).__name__
                            ),
                        )
                    finish(feed, _store(db, feed, fetched, parsed, t0))
    finally:
        fetch_pool.shutdown(wait=True, cancel_futures=True)
        if parse_pool is not None:
            parse_pool.shutdown(wait=True, cancel_futures=True)
        sessions.close()
    summary.seconds = time.monotonic() - started
    return summary


def _store(
    db: Database, feed: feed_store.FeedRow, result: FetchResult, parsed: ParsedFeed | None, t0: float
) -> FeedOutcome:
    now = datetime.now(UTC)
    outcome = FeedOutcome(feed.id, feed.url, feed.account_name, result.status.value, result.message)
    moved = result.final_url if result.moved_permanently and result.final_url and result.final_url != feed.url else None
    if result.status is FetchStatus.NOT_MODIFIED:
        state = feed_store.FeedState("not_modified", result.http_status, "", url=moved)
        outcome.message = phrase("FeedRefresh", "Not modified since the last refresh.")
    elif result.ok and parsed is None:
        state = feed_store.FeedState(
            "unchanged", result.http_status, "", etag=result.etag, last_modified=result.last_modified, url=moved
        )
        outcome.status = "unchanged"
        outcome.message = phrase("FeedRefresh", "Same content as last time.")
    elif result.ok and parsed is not None and parsed.ok:
        items = [
            feed_store.ItemRecord(
                e.id,
                e.link,
                e.title,
                e.summary,
                e.content_html,
                e.published,
                e.date_missing,
                e.language,
                e.author,
                e.content_hash,
            )
            for e in parsed.entries
        ]
        state = feed_store.FeedState(
            "ok",
            result.http_status,
            "",
            etag=result.etag,
            last_modified=result.last_modified,
            body_hash=parsed.body_hash,
            title=parsed.title or None,
            site_url=parsed.link or None,
            url=moved,
            warnings=parsed.warnings,
        )
        outcome.new_items, outcome.changed_items = feed_store.save_refresh(db, feed.id, feed.account_id, state, items)
        outcome.entries = len(items)
        outcome.warnings = parsed.warnings
        outcome.status = "ok"
        if len(items) == 1:
            outcome.message = phrase(
                "FeedRefresh",
                "{new} new, {changed} changed of 1 entry.",
                new=outcome.new_items,
                changed=outcome.changed_items,
            )
        else:
            outcome.message = phrase(
                "FeedRefresh",
                "{new} new, {changed} changed of {count} entries.",
                new=outcome.new_items,
                changed=outcome.changed_items,
                count=len(items),
            )
        outcome.seconds = time.monotonic() - t0
        return outcome
    else:
        # A failure: the fetch's own words, or the parser's (web page, empty, broken).
        failures = feed.consecutive_failures + 1
        if parsed is not None and not parsed.ok:
            status, message = parsed.status.value, parsed.message
        else:
            status, message = result.status.value, result.message
        retry = (
            _iso(now + GONE_RETRY)
            if result.status is FetchStatus.GONE
            else backoff_until(failures, now, result.retry_after)
        )
        state = feed_store.FeedState(status, result.http_status, message, failed=True, next_attempt_at=retry)
        outcome.status, outcome.message = status, message
    feed_store.save_refresh(db, feed.id, feed.account_id, state, [])
    outcome.seconds = time.monotonic() - t0
    return outcome
