"""`whynow feeds ...`, `whynow refresh`, `whynow items`: the company feeds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app import accounts, feeds
from app.cli import common
from app.errors import UserError
from app.refresh import FeedOutcome
from app.tasks import CancelToken

FEEDS_LIST_EPILOG = """\
JSON (--json): a list of {"id", "account", "account_id", "url", "title", "site",
"added_how", "status", "http_status", "last_error", "warnings", "last_fetched_at",
"consecutive_failures", "next_attempt_at", "items"}.
"""
REFRESH_EPILOG = """\
Fetches every feed (or one account's) concurrently with conditional GET, parses
on every core, stores each feed's items in its own transaction. A failing feed
is reported and retried later with back-off; it never stops the others.
Ctrl+C cancels: feeds already stored stay stored.

Without --json: one line per feed, then a summary. With --json: one JSON object
per feed as it finishes ({"feed_id", "url", "account", "status", "message",
"new_items", "changed_items", "entries", "warnings", "seconds"}), then a summary
object {"summary": {"feeds", "ok", "not_modified", "unchanged", "failed",
"new_items", "changed_items", "new_triggers", "cancelled", "seconds"}}.
Exit code 0 even when some feeds failed (their state says why); 1 if all failed.
"""
ITEMS_EPILOG = """\
JSON (--json): a list of {"id", "feed_id", "title", "link", "summary", "published_at",
"date_missing", "language", "author", "is_read", "is_starred", "feed_title"}, newest first.
"""


def register(subparsers: Any) -> None:
    parser = common.add_command(subparsers, "feeds", help="discover, add, list and remove company feeds")
    sub = parser.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)

    p = common.add_command(sub, "discover", help="find the feeds of a website (or check a feed URL)")
    p.add_argument("url")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=discover)

    p = common.add_command(sub, "add", help="follow a feed for an account")
    p.add_argument("url")
    p.add_argument("--account", required=True, help="domain, id or exact name")
    p.add_argument("--title", default="")
    p.set_defaults(func=add)

    p = common.add_command(sub, "list", help="feeds with their status and last error", epilog=FEEDS_LIST_EPILOG)
    p.add_argument("--account", help="only this account's feeds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=list_feeds)

    p = common.add_command(sub, "remove", help="stop following a feed (its items are deleted)")
    p.add_argument("feed_id")
    p.set_defaults(func=remove)

    p = common.add_command(sub, "export-opml", help="write every feed, grouped by account, as OPML")
    p.add_argument("file", type=Path)
    p.set_defaults(func=export_opml)

    p = common.add_command(sub, "import-opml", help="follow the feeds of an OPML file (folders = account names)")
    p.add_argument("file", type=Path)
    p.add_argument("--account", help="account for feeds outside a folder that names one")
    p.set_defaults(func=import_opml)

    p = common.add_command(subparsers, "refresh", help="fetch new items from the feeds", epilog=REFRESH_EPILOG)
    p.add_argument("--account", help="only this account's feeds (domain, id or name)")
    p.add_argument("--workers", type=int, default=8, help="concurrent downloads (default 8)")
    p.add_argument("--due", action="store_true", help="only feeds due (skip those backing off)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=refresh)

    p = common.add_command(subparsers, "items", help="an account's feed items, newest first", epilog=ITEMS_EPILOG)
    p.add_argument("--account", required=True)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--unread", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=items)


def discover(args: argparse.Namespace) -> int:
    report = feeds.discover(args.url)
    found = [
        {"url": c.url, "title": c.title, "kind": c.kind, "source": c.source, "score": c.score, "entries": c.entries}
        for c in report.candidates
    ]
    if args.json:
        common.print_json(
            {"url": report.url, "candidates": found, "message": report.message, "problems": report.problems}
        )
        return 0 if found else 1
    if not found:
        print(report.message or "No feed found on that page.")
        return 1
    for c in found:
        print(f"{c['score']:>4}  {c['kind']:<5} {c['url']}  “{c['title']}”  ({c['source']}, {c['entries']} entries)")
    return 0


def add(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    feed = feeds.add_feed(db, account.id, args.url, title=args.title)
    print(f"{account.name} now follows {feed.url} (feed id {feed.id}). Run `whynow refresh` to fetch it.")
    return 0


def list_feeds(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account_id = accounts.find_account(db, args.account).id if args.account else None
    rows = feeds.list_feeds(db, account_id)
    if args.json:
        common.print_json([feeds.feed_json(f) for f in rows])
        return 0
    if not rows:
        print("No feeds yet. Find some with `whynow feeds discover https://company.example`.")
        return 0
    for f in rows:
        state = f.last_status + (f": {f.last_error}" if f.last_error else "")
        print(f"{f.account_name}  {f.url}  [{state}]  {f.item_count} items  id {f.id}")
    return 0


def remove(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    feeds.remove_feed(db, args.feed_id)
    print("Feed removed.")
    return 0


def export_opml(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    try:
        args.file.write_bytes(feeds.export_opml(db))
    except OSError as exc:
        raise UserError(f"Cannot write {args.file}: {exc.strerror}.") from None
    print(f"Wrote {args.file}")
    return 0


def import_opml(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {args.file}: {exc.strerror}.") from None
    default = accounts.find_account(db, args.account).id if args.account else None
    result = feeds.import_opml(db, data, default_account_id=default)
    print(f"Added {result['added']} feed(s).")
    for s in result["skipped"]:
        print(f"  skipped {s['url']}: {s['reason']}")
    return 0


def _outcome_json(o: FeedOutcome) -> dict[str, Any]:
    return {
        "feed_id": o.feed_id,
        "url": o.url,
        "account": o.account_name,
        "status": o.status,
        "message": o.message,
        "new_items": o.new_items,
        "changed_items": o.changed_items,
        "entries": o.entries,
        "warnings": o.warnings,
        "seconds": round(o.seconds, 3),
    }


def refresh(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account_ids = [accounts.find_account(db, args.account).id] if args.account else None
    token = CancelToken()

    def on_feed(o: FeedOutcome) -> None:
        if args.json:
            common.print_json_line(_outcome_json(o))
        else:
            mark = "✗" if o.failed else "✓"
            print(f"{mark} {o.account_name}: {o.url} — {o.message}")
        sys.stdout.flush()

    try:
        summary = feeds.refresh(
            db, account_ids=account_ids, only_due=args.due, workers=args.workers, cancel=token, on_feed=on_feed
        )
    except KeyboardInterrupt:
        token.cancel()
        raise
    data = {
        "feeds": summary.feeds,
        "ok": summary.ok,
        "not_modified": summary.not_modified,
        "unchanged": summary.unchanged,
        "failed": summary.failed,
        "new_items": summary.new_items,
        "changed_items": summary.changed_items,
        "new_triggers": summary.new_triggers,
        "cancelled": summary.cancelled,
        "seconds": round(summary.seconds, 2),
    }
    if args.json:
        common.print_json_line({"summary": data})
    elif summary.feeds == 0:
        print("No feeds to refresh. Add one with `whynow feeds add URL --account DOMAIN`.")
    else:
        print(
            f"{summary.feeds} feeds in {summary.seconds:.1f} s: {summary.ok} updated, "
            f"{summary.not_modified + summary.unchanged} unchanged, {summary.failed} failed; "
            f"{summary.new_items} new items, {summary.new_triggers} new trigger events."
        )
    return 1 if summary.feeds and summary.failed == summary.feeds else 0


def items(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    rows = feeds.list_items(db, account.id, unread_only=args.unread, limit=args.limit)
    if args.json:
        keys = (
            "id",
            "feed_id",
            "title",
            "link",
            "summary",
            "published_at",
            "date_missing",
            "language",
            "author",
            "is_read",
            "is_starred",
            "feed_title",
        )
        common.print_json([{k: r[k] for k in keys} for r in rows])
        return 0
    if not rows:
        print(f"No items for {account.name} yet. Add a feed and run `whynow refresh`.")
        return 0
    for r in rows:
        when = (r["published_at"] or "undated")[:10]
        print(f"{when}  {r['title']}  — {r['feed_title']}")
    return 0
