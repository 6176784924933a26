"""Where a search query matches in the text a result shows, and a snippet around it.

The search index (storage/search.py) matches Latin words by prefix, case- and
accent-blind, and Chinese, Japanese and Korean text by any substring. Here
the same rules find the matched stretches in the original text, so a
result can show *why* it was found: `Snippet.highlights` are (start, end)
offsets into `Snippet.text` (the GUI wraps them in <b> after escaping),
`Snippet.marked()` puts [ ] around them for a terminal.

The word and CJK rules repeat storage.search's on purpose: storage may not
import research, and this module must not import storage. They must agree;
tests/app/test_notes_search_backup.py checks that every hit is highlighted.

Must not: touch SQLite, Qt or the network.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Hiragana, Katakana, Bopomofo, CJK ideographs (and extensions), Hangul syllables.
CJK_RANGES = (
    "\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_UNITS = re.compile(f"([{CJK_RANGES}]+)|([^\\W_{CJK_RANGES}]+)")
_SPACE = re.compile(r"\s+")
#: as in storage.search: shorter words are never prefixes
MIN_PREFIX_CHARS = 3
ELLIPSIS = "…"


def fold_word(word: str) -> str:
    """Lower case without accents: how the index compares Latin words."""
    word = unicodedata.normalize("NFKC", word)
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class QueryPiece:
    text: str  # a folded Latin word or a CJK run
    is_cjk: bool
    prefix: bool  # the query's last Latin word: it may be the start of a longer one


#: one query term: the words and CJK runs typed together, which must appear together
QueryTerm = tuple[QueryPiece, ...]


def query_terms(query: str) -> list[QueryTerm]:
    """The terms of a query (split on spaces; "quoted text" is one term), as the index sees them."""
    terms: list[QueryTerm] = []
    found = re.findall(r'"([^"]*)"|(\S+)', query or "")
    texts = [t for t in (quoted or bare for quoted, bare in found) if _UNITS.search(t)]
    for n, text in enumerate(texts):
        units = [m.groups() for m in _UNITS.finditer(unicodedata.normalize("NFKC", text))]
        pieces: list[QueryPiece] = []
        for i, (run, word) in enumerate(units):
            if run is not None:
                pieces.append(QueryPiece(run, True, False))
            else:
                folded = fold_word(word)
                # Only the last word of the query is being typed, so only it is a prefix.
                is_last = n == len(texts) - 1 and i == len(units) - 1
                pieces.append(QueryPiece(folded, False, is_last and len(folded) >= MIN_PREFIX_CHARS))
        if pieces:
            terms.append(tuple(pieces))
    return terms


@dataclass(frozen=True, slots=True)
class _Unit:
    text: str  # folded word, or the CJK run (NFKC when that keeps its length)
    is_cjk: bool
    start: int
    end: int


def _units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    for m in _UNITS.finditer(text):
        run, word = m.groups()
        if run is not None:
            normal = unicodedata.normalize("NFKC", run)
            # Offsets must stay true to the shown text; compatibility forms are rare.
            units.append(_Unit(normal if len(normal) == len(run) else run, True, *m.span()))
        else:
            units.append(_Unit(fold_word(word), False, *m.span()))
    return units


def _single_spans(units: list[_Unit], piece: QueryPiece) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for u in units:
        if u.is_cjk != piece.is_cjk:
            continue
        if piece.is_cjk:
            at = u.text.find(piece.text)
            while at >= 0:
                spans.append((u.start + at, u.start + at + len(piece.text)))
                at = u.text.find(piece.text, at + 1)
        elif u.text == piece.text or (piece.prefix and u.text.startswith(piece.text)):
            spans.append((u.start, u.end))
    return spans


def _fits(unit: _Unit, piece: QueryPiece, position: str) -> bool:
    """Does `piece` match `unit` as the first, a middle or the last piece of a term?"""
    if unit.is_cjk != piece.is_cjk:
        return False
    if not piece.is_cjk:
        return unit.text == piece.text or (position == "last" and piece.prefix
                                           and unit.text.startswith(piece.text))  # fmt: skip
    if position == "first":
        return unit.text.endswith(piece.text)
    if position == "last":
        return unit.text.startswith(piece.text)
    return unit.text == piece.text


def _term_spans(units: list[_Unit], term: QueryTerm) -> list[tuple[int, int]]:
    """Where the pieces of a multi-piece term appear side by side, as the index requires."""
    spans: list[tuple[int, int]] = []
    k = len(term)
    for i in range(len(units) - k + 1):
        window = units[i : i + k]
        positions = ["first", *(["middle"] * (k - 2)), "last"]
        if all(_fits(u, p, pos) for u, p, pos in zip(window, term, positions, strict=True)):
            first, last = window[0], window[-1]
            start = first.end - len(term[0].text) if term[0].is_cjk else first.start
            end = last.start + len(term[-1].text) if term[-1].is_cjk else last.end
            spans.append((start, end))
    return spans


def match_spans(text: str, query: str | list[QueryTerm]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) offsets in `text` where the query matches.

    A Latin query word marks every word it equals or (as the last word of
    the query) begins; a CJK run marks every place it occurs; a term mixing
    words and CJK ("B轮融资") marks the places where its parts stand together.
    """
    terms = query_terms(query) if isinstance(query, str) else query
    if not text or not terms:
        return []
    units = _units(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        spans += _single_spans(units, term[0]) if len(term) == 1 else _term_spans(units, term)
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    highlights: tuple[tuple[int, int], ...] = ()

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The text with `start`/`end` around every highlight (for terminals and tests)."""
        out: list[str] = []
        at = 0
        for s, e in self.highlights:
            out += [self.text[at:s], start, self.text[s:e], end]
            at = e
        out.append(self.text[at:])
        return "".join(out)


def make_snippet(text: str, query: str | list[QueryTerm], *, width: int = 140) -> Snippet:
    """About `width` characters of `text` around its first match, matches highlighted.

    Whitespace runs (line breaks in notes) become single spaces. With no
    match the snippet is the start of the text. Cuts fall on a space when
    one is near, and are shown with "…".
    """
    flat = _SPACE.sub(" ", text or "").strip()
    spans = match_spans(flat, query)
    if len(flat) <= width:
        return Snippet(flat, tuple(spans))
    first = spans[0][0] if spans else 0
    # A little context before the first match: a quarter of the width.
    start = max(0, first - width // 4)
    if start > 0:
        # Start after a space near `start` rather than in the middle of a word.
        space = flat.rfind(" ", max(0, start - 15), start)
        if space < 0:
            space = flat.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", max(start, end - 15), end)
        end = space if space > first else end
    body = flat[start:end]
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(flat) else ""
    shift = len(lead) - start
    inside = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start)
    return Snippet(lead + body + tail, inside)
