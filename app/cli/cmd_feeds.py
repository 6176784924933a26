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
from research.i18n import render, translate

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
        print(report.message or translate("Cli", "No feed found on that page."))
        return 1
    for c in found:
        entries = translate("Cli", "1 entry") if c["entries"] == 1 else translate("Cli", "{n} entries", n=c["entries"])
        print(f"{c['score']:>4}  {c['kind']:<5} {c['url']}  “{c['title']}”  ({c['source']}, {entries})")
    return 0


def add(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account = accounts.find_account(db, args.account)
    feed = feeds.add_feed(db, account.id, args.url, title=args.title)
    print(
        translate(
            "Cli",
            "{name} now follows {url} (feed id {id}). Run `whynow refresh` to fetch it.",
            name=account.name,
            url=feed.url,
            id=feed.id,
        )
    )
    return 0


def list_feeds(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    account_id = accounts.find_account(db, args.account).id if args.account else None
    rows = feeds.list_feeds(db, account_id)
    if args.json:
        common.print_json([feeds.feed_json(f) for f in rows])
        return 0
    if not rows:
        print(translate("Cli", "No feeds yet. Find some with `whynow feeds discover https://company.example`."))
        return 0
    for f in rows:
        state = f.last_status + (f": {render(f.last_error)}" if f.last_error else "")
        count = translate("Cli", "1 item") if f.item_count == 1 else translate("Cli", "{n} items", n=f.item_count)
        print(f"{f.account_name}  {f.url}  [{state}]  {count}  id {f.id}")
    return 0


def remove(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    feeds.remove_feed(db, args.feed_id)
    print(translate("Cli", "Feed removed."))
    return 0


def export_opml(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    try:
        args.file.write_bytes(feeds.export_opml(db))
    except OSError as exc:
        raise UserError(
            translate("UserError", "Cannot write {path}: {reason}.", path=str(args.file), reason=exc.strerror)
        ) from None
    print(translate("Cli", "Wrote {path}", path=str(args.file)))
    return 0


def import_opml(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UserError(
            translate("UserError", "Cannot read {path}: {strerror}.", path=str(args.file), strerror=exc.strerror)
        ) from None
    default = accounts.find_account(db, args.account).id if args.account else None
    result = feeds.import_opml(db, data, default_account_id=default)
    added = result["added"]
    print(translate("Cli", "Added 1 feed.") if added == 1 else translate("Cli", "Added {n} feeds.", n=added))
    for s in result["skipped"]:
        print("  " + translate("Cli", "skipped {url}: {reason}", url=s["url"], reason=s["reason"]))
    return 0


def _outcome_json(o: FeedOutcome) -> dict[str, Any]:
    return {
        "feed_id": o.feed_id,
        "url": o.url,
        "account": o.account_name,
        "status": o.status,
        "message": render(o.message),  # --json runs in English
        "new_items": o.new_items,
        "changed_items": o.changed_items,
        "entries": o.entries,
        "warnings": [render(w) for w in o.warnings],
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
            print(f"{mark} {o.account_name}: {o.url} — {render(o.message)}")
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
        print(translate("Cli", "No feeds to refresh. Add one with `whynow feeds add URL --account DOMAIN`."))
    else:
        fields = {
            "n": summary.feeds,
            "seconds": summary.seconds,
            "ok": summary.ok,
            "unchanged": summary.not_modified + summary.unchanged,
            "failed": summary.failed,
            "items": summary.new_items,
            "triggers": summary.new_triggers,
        }
        if summary.feeds == 1:
            line = translate(
                "Cli",
                "1 feed in {seconds:.1f} s: {ok} updated, {unchanged} unchanged, {failed} failed; "
                "{items} new items, {triggers} new trigger events.",
                **fields,
            )
        else:
            line = translate(
                "Cli",
                "{n} feeds in {seconds:.1f} s: {ok} updated, {unchanged} unchanged, {failed} failed; "
                "{items} new items, {triggers} new trigger events.",
                **fields,
            )
        print(line)
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
        print(translate("Cli", "No items for {name} yet. Add a feed and run `whynow refresh`.", name=account.name))
        return 0
    for r in rows:
        when = (r["published_at"] or translate("Cli", "undated"))[:10]
        print(f"{when}  {r['title']}  — {r['feed_title']}")
    return 0
