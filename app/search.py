"""Global search: one query over accounts, people, news, triggers, notes and touches.

Results come grouped by kind (accounts first, touches last), best first
within a kind (bm25; see storage/search.py for the ranking window), each
with a title and a snippet whose matches are highlighted by offsets. The
GUI's search box and `whynow search` both call `search()`.

Must not: import Qt, or build FTS5 syntax itself (storage.search does, so
the query is tokenised exactly like the index).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from app.errors import ValidationError
from research import cjk
from research.i18n import translate
from storage import search as store

KIND_LABELS: dict[str, str] = {
    "account": "Accounts",
    "contact": "People",
    "item": "News",
    "trigger": "Triggers",
    "note": "Notes",
    "touch": "Touches",
}
_KIND_ALIASES = {
    "accounts": "account", "contacts": "contact", "people": "contact", "person": "contact",
    "items": "item", "news": "item", "triggers": "trigger", "notes": "note", "touches": "touch",
}  # fmt: skip
DEFAULT_LIMIT = 10
NOTE_TITLE_CHARS = 80


@dataclass(slots=True)
class SearchResult:
    kind: str
    id: str
    account_id: str
    account_name: str
    title: cjk.Snippet
    snippet: cjk.Snippet
    when: str | None
    score: float  # bm25, lower is better; only comparable within a kind
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class SearchGroup:
    kind: str
    label: str
    results: list[SearchResult]
    total: int  # matches of this kind, counted up to storage.search.RANK_WINDOW
    total_is_capped: bool  # True: at least `total`

    @property
    def total_text(self) -> str:
        return f"{self.total}+" if self.total_is_capped else str(self.total)


@dataclass(slots=True)
class SearchResults:
    query: str
    groups: list[SearchGroup]  # kinds with at least one match, in KIND_LABELS order
    elapsed_ms: float

    @property
    def is_empty(self) -> bool:
        return not self.groups


def parse_kind(value: str) -> str:
    text = (value or "").strip().lower()
    kind = _KIND_ALIASES.get(text, text)
    if kind not in KIND_LABELS:
        raise ValidationError(
            translate(
                "UserError", "Unknown kind “{value}”. Use one of: {items}.", value=value, items=", ".join(KIND_LABELS)
            ),
            "kind",
        )
    return kind


def _note_title(body: str) -> str:
    for line in body.splitlines():
        line = line.strip().lstrip("#>*-+ ").strip()
        if line:
            return line if len(line) <= NOTE_TITLE_CHARS else line[: NOTE_TITLE_CHARS - 1] + "…"
    return ""


def search(
    db: Database,
    query: str,
    *,
    kinds: Iterable[str] | None = None,
    limit_per_kind: int = DEFAULT_LIMIT,
) -> SearchResults:
    """Search the whole workspace; an empty or punctuation-only query finds nothing."""
    started = time.perf_counter()
    wanted = [parse_kind(k) for k in kinds] if kinds else list(KIND_LABELS)
    expression = store.match_expression(query)  # '' when there is nothing to look for
    terms = cjk.query_terms(query)
    groups: list[SearchGroup] = []
    if expression:
        available = set(store.indexed_kinds(db))
        for kind in KIND_LABELS:
            if kind not in wanted or kind not in available:
                continue
            matches = store.search_kind(db, query, kind, limit=limit_per_kind)
            if not matches.hits:
                continue
            rows = store.load_rows(db, kind, [h.source_id for h in matches.hits])
            results: list[SearchResult] = []
            for hit in matches.hits:
                row = rows.get(hit.source_id)
                if row is None:  # deleted between the match and the load
                    continue
                title = _note_title(row.body) if kind == "note" else row.title
                results.append(
                    SearchResult(
                        kind=kind,
                        id=row.id,
                        account_id=row.account_id,
                        account_name=row.account_name,
                        title=cjk.make_snippet(title, terms, width=200),
                        snippet=cjk.make_snippet(row.body, terms),
                        when=row.when,
                        score=hit.score,
                        extra=row.extra,
                    )
                )
            if results:
                groups.append(
                    SearchGroup(kind, KIND_LABELS[kind], results, matches.total,
                                matches.total_is_capped)
                )  # fmt: skip
    return SearchResults(query, groups, (time.perf_counter() - started) * 1000)


def rebuild_index(db: Database) -> int:
    """Re-read every searchable row into the index (the way out when it is out of step)."""
    return store.rebuild_index(db)


def index_gaps(db: Database) -> dict[str, int]:
    return store.index_gaps(db)


def _snippet_json(snippet: cjk.Snippet) -> dict[str, Any]:
    return {
        "text": snippet.text,
        "highlights": [list(h) for h in snippet.highlights],
        "marked": snippet.marked(),
    }


def results_json(results: SearchResults) -> dict[str, Any]:
    """The stable JSON shape of search results (documented in `whynow search --help`)."""
    return {
        "query": results.query,
        "elapsed_ms": round(results.elapsed_ms, 1),
        "groups": [
            {
                "kind": g.kind,
                "label": g.label,
                "total": g.total,
                "total_is_capped": g.total_is_capped,
                "results": [
                    {
                        "kind": r.kind,
                        "id": r.id,
                        "account_id": r.account_id,
                        "account_name": r.account_name,
                        "title": _snippet_json(r.title),
                        "snippet": _snippet_json(r.snippet),
                        "when": r.when,
                        "score": round(r.score, 4),
                        **r.extra,
                    }
                    for r in g.results
                ],
            }
            for g in results.groups
        ],
    }
