"""Feed use-cases: discover, add, remove, list, read items, OPML, refresh.

Both the News tab / feed manager and `whynow feeds|refresh|items` call these.
Network work (discover, refresh) takes progress and cancel like every long
use-case; nothing here blocks a GUI thread because the GUI runs it on a worker.

A feed's error and warnings are stored as `research.i18n.phrase`s (a refresh
may run in one language and be read in another): show them with `render`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlite_utils import Database

from app.errors import NotFoundError, UserError, ValidationError
from app.refresh import DEFAULT_WORKERS, FeedOutcome, RefreshSummary, refresh_feeds, select_feeds
from app.tasks import CancelToken, ProgressCallback, gc_paused, no_progress
from research.feeds.urls import coerce_user_url, refusal_reason
from research.i18n import render, translate
from storage import feeds as feed_store
from storage.feeds import FeedRow


def discover(url: str, *, timeout: tuple[float, float] = (5.0, 10.0)) -> Any:
    """Candidate feeds for a website or a direct feed URL, best first."""
    from research.feeds.discover import discover_feeds_report
    from research.feeds.fetch import new_session

    address = coerce_user_url(url)
    reason = refusal_reason(address)
    if reason:
        raise ValidationError(render(reason), "url")
    session = new_session()
    try:
        return discover_feeds_report(session, address, timeout=timeout)
    finally:
        session.close()


def add_feed(db: Database, account_id: str, url: str, *, title: str = "", added_how: str = "manual") -> FeedRow:
    address = coerce_user_url(url)
    reason = refusal_reason(address)
    if reason:
        raise ValidationError(render(reason), "url")
    existing = feed_store.find_feed(db, account_id, address)
    if existing:
        raise ValidationError(translate("UserError", "This account already follows {url}.", url=address), "url")
    with db.atomic():
        return feed_store.add_feed(db, account_id, address, title=title, added_how=added_how)


def remove_feed(db: Database, feed_id: str) -> None:
    if feed_store.get_feed(db, feed_id) is None:
        raise NotFoundError(translate("UserError", "That feed no longer exists."))
    with db.atomic():
        feed_store.remove_feed(db, feed_id)


def list_feeds(db: Database, account_id: str | None = None) -> list[FeedRow]:
    return feed_store.list_feeds(db, None if account_id is None else [account_id])


def list_items(db: Database, account_id: str, **filters: Any) -> list[dict[str, Any]]:
    return feed_store.list_items(db, account_id, **filters)


def item_content(db: Database, item_id: str) -> str:
    return feed_store.get_item_content(db, item_id)


def mark_item(db: Database, item_id: str, *, read: bool | None = None, starred: bool | None = None) -> None:
    feed_store.set_item_flags(db, item_id, read=read, starred=starred)


def refresh(
    db: Database,
    *,
    account_ids: Iterable[str] | None = None,
    feed_ids: Iterable[str] | None = None,
    only_due: bool = False,
    workers: int = DEFAULT_WORKERS,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    on_feed: Callable[[FeedOutcome], None] | None = None,
) -> RefreshSummary:
    if workers < 1 or workers > 64:
        raise ValidationError(translate("UserError", "Workers must be between 1 and 64."), "workers")
    feeds = select_feeds(db, account_ids=account_ids, feed_ids=feed_ids, only_due=only_due)
    with gc_paused():  # no collector pauses while the GUI waits on the GIL
        return _refresh_and_detect(db, feeds, workers, progress, cancel, on_feed)


def _refresh_and_detect(
    db: Database,
    feeds: list[FeedRow],
    workers: int,
    progress: ProgressCallback,
    cancel: CancelToken | None,
    on_feed: Callable[[FeedOutcome], None] | None,
) -> RefreshSummary:
    summary = refresh_feeds(db, feeds, workers=workers, progress=progress, cancel=cancel, on_feed=on_feed)
    if summary.new_items or summary.changed_items:
        # Triggers are found once the feeds are stored, an account at a time; a big batch
        # (a cold refresh) in worker processes, so a GUI waiting on this thread stays smooth.
        from app import triggers

        summary.new_triggers = triggers.detect_new(db, account_ids={f.account_id for f in feeds})["new_triggers"]
    return summary


# -- OPML --------------------------------------------------------------------------------


def export_opml(db: Database) -> bytes:
    from research.feeds.opml import write_opml

    groups: dict[str, list[tuple[str, str]]] = {}
    for feed in feed_store.list_feeds(db):
        groups.setdefault(feed.account_name, []).append((feed.title, feed.url))
    return write_opml(groups)


def import_opml(db: Database, data: bytes, *, default_account_id: str | None = None) -> dict[str, Any]:
    """Add every feed in an OPML file to the account named by its folder (or the default).

    Returns counts and the outlines that could not be added, with the reason.
    """
    from research.feeds.opml import OpmlError, parse_opml

    try:
        outlines = parse_opml(data)
    except OpmlError as exc:
        raise UserError(str(exc)) from None
    names = {
        name.casefold(): aid for aid, name, _ in db.execute("SELECT id, name, domain FROM accounts WHERE archived = 0")
    }
    added, skipped = 0, []
    with db.atomic():
        for outline in outlines:
            if outline.problem:
                skipped.append({"url": outline.xml_url, "reason": outline.problem})
                continue
            folder = outline.group.split(" / ")[-1].casefold() if outline.group else ""
            account_id = names.get(folder) or default_account_id
            if account_id is None:
                skipped.append(
                    {
                        "url": outline.xml_url,
                        "reason": translate("Feeds", "no account named “{name}”", name=outline.group),
                    }
                )
                continue
            if feed_store.find_feed(db, account_id, outline.xml_url):
                skipped.append({"url": outline.xml_url, "reason": translate("Feeds", "already followed")})
                continue
            feed_store.add_feed(db, account_id, outline.xml_url, title=outline.title, added_how="opml")
            added += 1
    return {"added": added, "skipped": skipped}


def feed_json(feed: FeedRow) -> dict[str, Any]:
    """A feed as `whynow feeds list --json` prints it: stored phrases as words (English there)."""
    return {
        "id": feed.id,
        "account": feed.account_name,
        "account_id": feed.account_id,
        "url": feed.url,
        "title": feed.title,
        "site": feed.site_url,
        "added_how": feed.added_how,
        "status": feed.last_status,
        "http_status": feed.last_http_status,
        "last_error": render(feed.last_error) if feed.last_error else feed.last_error,
        "warnings": [render(w) for w in feed.warnings],
        "last_fetched_at": feed.last_fetched_at,
        "consecutive_failures": feed.consecutive_failures,
        "next_attempt_at": feed.next_attempt_at,
        "items": feed.item_count,
    }
