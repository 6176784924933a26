"""`whynow search QUERY`: one search over accounts, people, news, triggers, notes, touches."""

from __future__ import annotations

import argparse
from typing import Any

from app import search
from app.cli import common
from research.i18n import noop, translate

EPILOG = """\
How a query matches:
  words match by their start, ignoring case and accents (logist → Logistics);
  Chinese, Japanese and Korean text matches any part of two or more
  characters (融资 finds 完成数亿元B轮融资); all words must match;
  "quoted words" must stand together.

JSON (--json): {query, elapsed_ms, groups: [{kind, label, total,
  total_is_capped, results: [{kind, id, account_id, account_name,
  title: {text, highlights, marked}, snippet: {text, highlights, marked},
  when, score, and one of archived|persona_tier|link|type|author|channel}]}]}.
  highlights are [start, end) character offsets into text; marked has [ ]
  around them. Kinds: account, contact, item, trigger, note, touch.
  Keys are only ever added.
"""

#: group headings by kind (--json keeps app.search's English "label")
_HEADINGS = {
    "account": noop("Cli", "Accounts"), "contact": noop("Cli", "People"), "item": noop("Cli", "News"),
    "trigger": noop("Cli", "Triggers"), "note": noop("Cli", "Notes"), "touch": noop("Cli", "Touches"),
}  # fmt: skip


def register(subparsers: Any) -> None:
    p = common.add_command(subparsers, "search", help="search the whole workspace (Chinese too)", epilog=EPILOG)
    p.add_argument("query", metavar="QUERY", nargs="*", help="what to look for")
    p.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="K",
        help="only this kind (repeatable): accounts, people, news, triggers, notes, touches",
    )
    p.add_argument("--limit", type=int, default=search.DEFAULT_LIMIT, help="results per kind")
    p.add_argument("--json", action="store_true", help="print JSON (see below)")
    p.add_argument(
        "--rebuild-index",
        action="store_true",
        help="re-read every row into the search index (when a check says it is out of step)",
    )
    p.set_defaults(func=run_search)


def run_search(args: argparse.Namespace) -> int:
    db = common.open_db(args)
    if args.rebuild_index:
        n = search.rebuild_index(db)
        print(translate("Cli", "Rebuilt the search index: {n} rows.", n=n))
        if not args.query:
            return 0
    query = " ".join(args.query)
    if not query.strip():
        common.error(translate("Cli", "say what to search for, e.g. `whynow search 融资`"))
        return 2
    results = search.search(db, query, kinds=args.kind or None, limit_per_kind=max(1, args.limit))
    if args.json:
        common.print_json(search.results_json(results))
        return 0
    if results.is_empty:
        print(translate("Cli", "Nothing matches “{query}”.", query=query))
        return 0
    for group in results.groups:
        heading = translate("Cli", _HEADINGS[group.kind]) if group.kind in _HEADINGS else group.label
        print(f"{heading} ({group.total_text})")
        for r in group.results:
            where = "" if r.kind == "account" else f"  — {r.account_name}"
            date = f"  {r.when[:10]}" if r.when and r.kind != "account" else ""
            print(f"  {r.title.marked() or translate('Cli', '(untitled)')}{where}{date}")
            if r.snippet.text:
                print(f"      {r.snippet.marked()}")
    return 0
