"""The global search index over accounts, contacts, feed items, triggers, notes
and touches: FTS5, kept in step by SQL triggers.

Why pre-tokenised text: FTS5's `unicode61` tokenizer keeps a run of Chinese
as one token and `trigram` needs three characters, so neither finds "物流"
inside "云帆物流科技". We hand FTS5 text that is already split the way we
want: Latin words folded (lower case, no accents) and, for every run of CJK
characters, its overlapping character pairs ("云帆 帆物 物流 流科 科技"). A
Chinese query of n ≥ 2 characters becomes the phrase of its n-1 pairs, which
matches exactly the texts that contain it as a substring.

Why the tokeniser lives here and not in `research/`: SQLite triggers cannot
call Python unless the function is registered on the connection that
writes, and every writer (CLI, GUI, refresh, imports, merges) goes through
`storage.db.connect`, which may only use storage code. `register_functions`
is that registration; `storage.db` calls it for every connection.

The index: one contentless FTS5 table per kind, `search_fts_<kind>` (the
source tables hold the text; a common word's doclist in a million news
items is megabytes, and a search of the notes should not read it);
`search_index` maps each FTS rowid to (kind, source id). Rowids are
kind number << 40 | sequence, and within a kind a larger rowid is a more
recently indexed row. Ranking is bm25 over the newest `window` matches of a
kind, in one pass: the whole match set for everything but very common words
in a huge news archive, where scoring every match would cost hundreds of
milliseconds. Only the last word of a query matches as a prefix (the one
being typed): a prefix makes FTS5 merge the doclists of every word it
begins, and doing that for each word would cost the most on the commonest.

Must not: change what `index_tokens` returns for a given text without a
migration that rebuilds the index (`rebuild_index`): a contentless FTS5
table deletes a row by re-tokenising its old text, so tokens must be stable.
No Qt, no network.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

#: kind name → number; the number is the top bits of the FTS rowid. Append only.
KIND_NUMBERS: dict[str, int] = {
    "account": 1,
    "contact": 2,
    "item": 3,
    "trigger": 4,
    "note": 5,
    "touch": 6,
}
KINDS: tuple[str, ...] = tuple(KIND_NUMBERS)
KIND_SHIFT = 40
#: bm25 weights of the two FTS columns: a hit in a title counts more than one in a body.
TITLE_WEIGHT = 4.0
BODY_WEIGHT = 1.0
#: rank at most this many of the newest matches per kind (see the module docstring);
#: counts stop here too: "2000+ items" is as useful as the exact figure, and cheap.
RANK_WINDOW = 2000
#: a Latin word shorter than this is never a prefix: "th" would merge the doclists of
#: every word starting with it, for results no one wants yet.
MIN_PREFIX_CHARS = 3

#: Scripts written without spaces between words: Hiragana, Katakana, Bopomofo,
#: CJK ideographs (with extensions and compatibility forms) and Hangul syllables.
CJK_RANGES = (
    "\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_UNITS = re.compile(f"([{CJK_RANGES}]+)|([^\\W_{CJK_RANGES}]+)")
_ASCII_WORDS = re.compile(r"[a-z0-9]+")
#: what separates those words, line breaks aside (index_tokens_of_many keeps its texts apart by them)
_ASCII_GAPS = re.compile(r"[^a-z0-9\n]+")


def fts_table(kind: str) -> str:
    if kind not in KIND_NUMBERS:
        raise ValueError(f"unknown search kind {kind!r}")
    return f"search_fts_{kind}"


def kind_range(kind: str) -> tuple[int, int]:
    """The lowest and highest FTS rowid a kind may use."""
    number = KIND_NUMBERS[kind]
    return number << KIND_SHIFT, ((number + 1) << KIND_SHIFT) - 1


def fold_word(word: str) -> str:
    """Lower case without accents, as unicode61 with remove_diacritics does."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def cjk_pairs(run: str) -> list[str]:
    """A CJK run's overlapping character pairs; a one-character run stays itself."""
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_tokens(*texts: str | None) -> str:
    """The space-joined tokens FTS5 stores for these texts (NFKC, folded, CJK pairs)."""
    out: list[str] = []
    for text in texts:
        if not text:
            continue
        if text.isascii():
            # Most names, titles and e-mails: NFKC and folding change nothing but case,
            # and letters-or-digits runs are exactly the units below (3x faster in bulk).
            out.extend(_ASCII_WORDS.findall(text.lower()))
            continue
        # NFKC: full-width "ＡＢＣ１２３" and compatibility ideographs match what people type.
        # findall gives '' for the group that did not match (units are never empty).
        for run, word in _UNITS.findall(unicodedata.normalize("NFKC", text)):
            if run:
                if len(run) < 3:  # one character, or one pair: cjk_pairs(run) == [run]
                    out.append(run)
                else:
                    out.extend(cjk_pairs(run))
            else:
                out.append(word.lower() if word.isascii() else fold_word(word))
    return " ".join(out)


def _sql_tokens(*texts: Any) -> str:
    return index_tokens(*(t if isinstance(t, str) else None if t is None else str(t) for t in texts))


def index_tokens_of_many(groups: Sequence[Sequence[Any]]) -> list[str]:
    """`cjk_tokens(*group)` for every group of texts, as the triggers would store them.

    The same tokens as one call per group, faster for many: the groups of
    plain ASCII text (most names, job titles and e-mails) are lowered and
    split in one pass over all of them, line by line.
    """
    out: list[str] = []
    ascii_at: list[int] = []
    ascii_texts: list[str] = []
    for group in groups:
        try:
            text = " ".join(group)  # a space separates words as well as the gap between texts does
        except TypeError:  # None or a number in the group
            text = "\n"
        if text.isascii() and "\n" not in text:
            ascii_at.append(len(out))
            ascii_texts.append(text)
            out.append("")
        else:
            out.append(_sql_tokens(*group))
    if ascii_texts:
        lines = _ASCII_GAPS.sub(" ", "\n".join(ascii_texts).lower()).split("\n")
        for at, line in zip(ascii_at, lines, strict=True):
            out[at] = line.strip(" ")
    return out


def register_functions(conn: sqlite3.Connection) -> None:
    """Make `cjk_tokens(text, ...)` available to the search triggers on this connection."""
    conn.create_function("cjk_tokens", -1, _sql_tokens, deterministic=True)


# -- queries -------------------------------------------------------------------------------


def _term_phrase(term: str, *, last: bool, prefix_ok: bool = True) -> str | None:
    """One query term as an FTS5 phrase (or None if it has no words).

    The term's words and CJK pairs must appear side by side, as typed. In
    the query's last term, the last word is a prefix ("logist" finds
    "logistics") if it has at least MIN_PREFIX_CHARS letters. A lone CJK character at
    the end of a term is always a prefix (it finds the pairs that start with
    it); at the start of a longer term it is left out: in the text it may
    end a longer run, which a pair index cannot ask for, so keeping it would
    miss true matches.
    """
    pieces: list[tuple[str, bool]] = []  # (text, is_cjk)
    for match in _UNITS.finditer(unicodedata.normalize("NFKC", term)):
        run, word = match.groups()
        pieces.append((run, True) if run is not None else (fold_word(word), False))
    if not pieces:
        return None
    if len(pieces) > 1 and pieces[0][1] and len(pieces[0][0]) == 1:
        pieces = pieces[1:]
    tokens: list[str] = []
    for text, is_cjk in pieces:
        tokens.extend(cjk_pairs(text) if is_cjk else [text])
    last_text, last_is_cjk = pieces[-1]
    prefix = len(last_text) == 1 if last_is_cjk else last and prefix_ok and len(last_text) >= MIN_PREFIX_CHARS
    quoted = '"' + " ".join(tokens).replace('"', '""') + '"'
    return quoted + (" *" if prefix else "")


def _terms(query: str) -> list[str]:
    """The query split on spaces ("quoted text" is one term), without word-less terms."""
    found = re.findall(r'"([^"]*)"|(\S+)', query or "")
    return [t for t in (quoted or bare for quoted, bare in found) if _UNITS.search(t)]


def match_expression(query: str, *, prefix: bool = True) -> str:
    """The FTS5 MATCH expression for what the user typed ('' if nothing to look for).

    Whitespace separates terms, all of which must match (AND). Text in
    double quotes is one term, so "series b" asks for the two words together.
    With `prefix=False` the last Latin word must match whole.
    """
    terms = _terms(query)
    phrases = [_term_phrase(t, last=i == len(terms) - 1, prefix_ok=prefix) for i, t in enumerate(terms)]
    return " AND ".join(p for p in phrases if p)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    source_id: str
    score: float  # bm25: lower is better


@dataclass(slots=True)
class KindMatches:
    kind: str
    hits: list[Hit]
    total: int  # matches found, up to the rank window
    total_is_capped: bool  # True: there are at least `total` matches


def has_table(db: Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def find(db: Database, expression: str, kind: str, *, limit: int = 10, window: int = RANK_WINDOW) -> KindMatches:
    """The best `limit` rows of one kind for a MATCH expression, best first.

    One pass: FTS5 hands over matches newest first, bm25 scores the first
    `window` of them, and the count of those is the total (capped).
    """
    table = fts_table(kind)
    if not expression or limit <= 0 or not has_table(db, table):
        return KindMatches(kind, [], 0, False)
    rows = db.execute(
        "SELECT m.source_id, w.score, w.n FROM ("
        "  SELECT rowid, score, count(*) OVER () AS n FROM ("
        f"    SELECT rowid, bm25({table}, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score FROM {table}"
        f"    WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?"
        "  ) ORDER BY score, rowid DESC LIMIT ?"
        ") AS w JOIN search_index m ON m.rowid = w.rowid ORDER BY w.score, w.rowid DESC",
        [expression, window, limit],
    ).fetchall()
    if not rows:
        return KindMatches(kind, [], 0, False)
    total = int(rows[0][2])
    hits = [Hit(kind, r[0], float(r[1])) for r in rows]
    return KindMatches(kind, hits, total, total >= window)


def search_kind(db: Database, query: str, kind: str, *, limit: int = 10, window: int = RANK_WINDOW) -> KindMatches:
    """What a search box wants for one kind: the query with its last word as a prefix.

    The last word is tried whole first. If the query then fills the rank
    window, or the last word alone does (a common word: "the", "market",
    "of"), the whole-word results stand: widening a common word to every
    word it begins costs FTS5 a merge of hundreds of thousands of doclists
    ("of*" in a million news items: ~70 ms) and would mostly add matches
    outside the window. Otherwise the prefix query runs.
    """
    whole = match_expression(query, prefix=False)
    typed = match_expression(query)
    first = find(db, whole, kind, limit=limit, window=window)
    if typed == whole or first.total_is_capped:
        return first
    last_word = _term_phrase(_terms(query)[-1], last=True, prefix_ok=False)
    table = fts_table(kind)
    common = db.execute(
        f"SELECT 1 FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        [last_word, window - 1],
    ).fetchone()
    if common:
        return first
    return find(db, typed, kind, limit=limit, window=window)


# -- the rows behind the hits ---------------------------------------------------------------


@dataclass(slots=True)
class SourceRow:
    """What a result shows: the text that was indexed, split into a title and a body."""

    kind: str
    id: str
    account_id: str
    account_name: str
    title: str
    body: str
    when: str | None  # the date that matters for this kind (published, occurred, written)
    extra: dict[str, Any]


def _joined(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p)


def _load_sql(kind: str) -> str | None:
    return {
        "account": "SELECT a.id, a.id, a.name, a.name, a.domain, a.industry, a.description, "
        "a.updated_at, a.archived FROM accounts a WHERE a.id IN ({marks})",
        "contact": "SELECT c.id, c.account_id, a.name, c.full_name, c.title, c.email, '', "
        "c.updated_at, c.persona_tier FROM contacts c JOIN accounts a ON a.id = c.account_id "
        "WHERE c.id IN ({marks})",
        "item": "SELECT i.id, i.account_id, a.name, i.title, i.summary, '', '', "
        "coalesce(i.published_at, i.first_seen_at), i.link FROM items i "
        "JOIN accounts a ON a.id = i.account_id WHERE i.id IN ({marks})",
        "trigger": "SELECT t.id, t.account_id, a.name, t.headline, t.evidence_text, '', '', "
        "t.occurred_at, t.type FROM triggers t JOIN accounts a ON a.id = t.account_id "
        "WHERE t.id IN ({marks})",
        "note": "SELECT n.id, n.account_id, a.name, '', n.body, '', '', "
        "coalesce(n.edited_at, n.created_at), n.author FROM notes n "
        "JOIN accounts a ON a.id = n.account_id WHERE n.id IN ({marks})",
        "touch": "SELECT t.id, t.account_id, a.name, t.subject, t.notes, '', '', t.at, t.channel "
        "FROM touches t JOIN accounts a ON a.id = t.account_id WHERE t.id IN ({marks})",
    }.get(kind)


_EXTRA_KEY = {
    "account": "archived", "contact": "persona_tier", "item": "link", "trigger": "type",
    "note": "author", "touch": "channel",
}  # fmt: skip


def load_rows(db: Database, kind: str, ids: list[str]) -> dict[str, SourceRow]:
    """The displayable text of these rows, by id (rows gone since the search are left out)."""
    sql = _load_sql(kind)
    if not ids or sql is None:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[str, SourceRow] = {}
    for r in db.execute(sql.format(marks=marks), ids).fetchall():
        rid, account_id, account_name, title, b1, b2, b3, when, extra = r
        if kind == "account":
            # The account's name is its title; the rest of what was indexed is the body.
            body = _joined(b1, b2, b3)
        elif kind == "contact":
            body = _joined(b1, b2)
        else:
            body = b1 or ""
        out[rid] = SourceRow(
            kind, rid, account_id, account_name, title or "", body, when,
            {_EXTRA_KEY[kind]: bool(extra) if kind == "account" else extra},
        )  # fmt: skip
    return out


# -- upkeep ---------------------------------------------------------------------------------

#: per kind: source table, title SQL, body SQL (both over alias `s`), live condition, order
_SOURCES: dict[str, tuple[str, str, str, str, str]] = {
    "account": ("accounts", "s.name, s.domain", "s.industry, s.description", "1", "s.created_at"),
    "contact": (
        "contacts",
        "s.full_name",
        "s.title, s.email",
        "s.deleted_at IS NULL",
        "s.created_at",
    ),
    "item": ("items", "s.title", "s.summary", "1", "coalesce(s.published_at, s.first_seen_at)"),
    "trigger": ("triggers", "s.headline", "s.evidence_text", "1", "s.occurred_at"),
    "note": ("notes", "''", "s.body", "s.deleted_at IS NULL", "s.created_at"),
    "touch": ("touches", "s.subject", "s.notes", "s.deleted_at IS NULL", "s.at"),
}


def _touch_source(db: Database) -> tuple[str, str, str, str, str] | None:
    """The touches source as this workspace has it (the table arrived in a later migration)."""
    if not has_table(db, "touches"):
        return None
    columns = {r[1] for r in db.execute("PRAGMA table_info(touches)").fetchall()}
    title = "s.subject" if "subject" in columns else "''"
    body = "s.notes" if "notes" in columns else "''"
    live = "s.deleted_at IS NULL" if "deleted_at" in columns else "1"
    order = "s.at" if "at" in columns else "s.rowid"
    return ("touches", title, body, live, order)


def indexed_kinds(db: Database) -> list[str]:
    """The kinds whose source table and search table exist in this workspace."""
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [k for k in KINDS if _SOURCES[k][0] in names and fts_table(k) in names]


def rebuild_index(db: Database) -> int:
    """Empty the index and fill it again from the source tables; returns rows indexed.

    Rows go in oldest first so that rowid order is date order (the rank
    window keeps the newest). Runs in the caller's transaction if there is one.
    """
    register_functions(db.conn)
    total = 0
    with db.atomic():
        db.execute("DELETE FROM search_index")
        for kind in indexed_kinds(db):
            fts = fts_table(kind)
            db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('delete-all')")
            source = _touch_source(db) if kind == "touch" else _SOURCES[kind]
            if source is None:
                continue
            table, title, body, live, order = source
            lo, _hi = kind_range(kind)
            db.execute(
                "INSERT INTO search_index (rowid, kind, source_id) "
                f"SELECT ? + row_number() OVER (ORDER BY {order}, s.rowid), ?, s.id "
                f"FROM {table} s WHERE {live}",
                [lo, kind],
            )
            cursor = db.execute(
                f"INSERT INTO {fts} (rowid, title, body) "
                f"SELECT m.rowid, cjk_tokens({title}), cjk_tokens({body}) "
                f"FROM search_index m JOIN {table} s ON s.id = m.source_id WHERE m.kind = ?",
                [kind],
            )
            total += cursor.rowcount
    return total


def index_gaps(db: Database) -> dict[str, int]:
    """Per kind, live rows missing from the index minus stale entries (0 everywhere: in step)."""
    gaps: dict[str, int] = {}
    for kind in indexed_kinds(db):
        source = _touch_source(db) if kind == "touch" else _SOURCES[kind]
        if source is None:
            continue
        table, _title, _body, live, _order = source
        expected = db.execute(f"SELECT count(*) FROM {table} s WHERE {live}").fetchone()[0]
        indexed = db.execute(
            f"SELECT count(*) FROM search_index m JOIN {table} s ON s.id = m.source_id WHERE m.kind = ? AND {live}",
            [kind],
        ).fetchone()[0]
        stale = db.execute("SELECT count(*) FROM search_index WHERE kind = ?", [kind]).fetchone()[0]
        gap = (expected - indexed) + (stale - indexed)
        if gap:
            gaps[kind] = gap
    return gaps


# -- bulk writes ---------------------------------------------------------------------------

#: per kind: (table, title columns, body columns, which rows are live) as the search triggers index them
BULK_SOURCES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str]] = {
    "contact": ("contacts", ("full_name",), ("title", "email"), "s.deleted_at IS NULL"),
    "trigger": ("triggers", ("headline",), ("evidence_text",), "1"),
    "account": ("accounts", ("name", "domain"), ("industry", "description"), "1"),
}


@contextlib.contextmanager
def paused_triggers(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Drop the search triggers of `table` for the block, put them back after.

    Must run inside the caller's transaction, so the drop and the writes are
    all or nothing: whoever writes in the block keeps the index in step
    itself (`bulk_indexing`, `BulkIndex`).
    """
    if not conn.in_transaction:
        raise RuntimeError("search triggers may only be paused inside a transaction")
    saved = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE 'search_%'",
        [table],
    ).fetchall()
    for name, _sql in saved:
        conn.execute(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        # A failure that rolled the transaction back has brought the triggers back already.
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for name, sql in saved:
            if name not in present:
                conn.execute(sql)


@contextlib.contextmanager
def bulk_indexing(conn: sqlite3.Connection, kind: str) -> Iterator[None]:
    """Index many new rows of one kind at once instead of row by row.

    Inside a trigger every FTS5 insert is its own statement, and FTS5 flushes
    its pending terms at each statement's savepoint: 100,000 contacts cost
    about 4 s in the triggers and under 1 s as one INSERT … SELECT. Must run
    inside the caller's transaction: the triggers are dropped, the rows
    written, the new rows indexed in bulk and the triggers put back, all or
    nothing. Only for inserts (updates and deletes inside the block would
    leave the index behind). A caller that has the rows' text at hand does
    better with `BulkIndex`, which skips reading the rows back.
    """
    table, title, body, live = BULK_SOURCES[kind]
    with paused_triggers(conn, table):
        # Rows written inside the block get rowids above this (inserts only), so only they
        # are looked at afterwards, not the whole table.
        last_rowid = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
        yield
        lo, _hi = kind_range(kind)
        start = conn.execute(
            "SELECT coalesce(max(rowid), ?) FROM search_index WHERE rowid BETWEEN ? AND ?", [lo, *kind_range(kind)]
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO search_index (rowid, kind, source_id) "
            f"SELECT ? + row_number() OVER (ORDER BY s.rowid), ?, s.id FROM {table} s "
            f"WHERE s.rowid > {int(last_rowid)} AND {live} AND NOT EXISTS "
            "(SELECT 1 FROM search_index m WHERE m.kind = ? AND m.source_id = s.id)",
            [start, kind, kind],
        )
        titles = ", ".join(f"s.{c}" for c in title)
        bodies = ", ".join(f"s.{c}" for c in body)
        conn.execute(
            f"INSERT INTO {fts_table(kind)} (rowid, title, body) "
            f"SELECT m.rowid, cjk_tokens({titles}), cjk_tokens({bodies}) FROM search_index m "
            f"JOIN {table} s ON s.id = m.source_id WHERE m.kind = ? AND m.rowid > ?",
            [kind, start],
        )


#: (id, title texts, body texts) of one row, as the search triggers of its kind index it
IndexEntry = tuple[str, tuple[Any, ...], tuple[Any, ...]]


class BulkIndex:
    """Keeps the index in step with rows a bulk writer inserts or updates, from its own values.

    For a writer that has paused the kind's triggers (`paused_triggers`) and
    holds the rows' text anyway: no reading the rows back, no join on the
    source table's UUID key, one `executemany` per batch. Rowids continue
    the kind's sequence in the order rows are given, as the triggers would
    number them, and tokens are those the triggers store.
    """

    def __init__(self, conn: sqlite3.Connection, kind: str) -> None:
        if not conn.in_transaction:
            raise RuntimeError("BulkIndex must run inside a transaction")
        self._conn = conn
        self._kind = kind
        self._fts = fts_table(kind)
        lo, hi = kind_range(kind)
        # ORDER BY … DESC LIMIT 1 walks the rowid b-tree backwards and stops, as the triggers do.
        last = conn.execute(
            "SELECT rowid FROM search_index WHERE rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT 1", [lo, hi]
        ).fetchone()
        self._next = (last[0] if last else lo) + 1

    def add(self, entries: Sequence[IndexEntry]) -> None:
        """Index rows just inserted (live ones only: the caller leaves out the others)."""
        if not entries:
            return
        start = self._next
        self._next = start + len(entries)
        rowids = range(start, self._next)
        titles = index_tokens_of_many([e[1] for e in entries])
        bodies = index_tokens_of_many([e[2] for e in entries])
        kind = self._kind
        self._conn.executemany(
            "INSERT INTO search_index (rowid, kind, source_id) VALUES (?, ?, ?)",
            [(rowid, kind, e[0]) for rowid, e in zip(rowids, entries, strict=True)],
        )
        self._conn.executemany(
            f"INSERT INTO {self._fts} (rowid, title, body) VALUES (?, ?, ?)", zip(rowids, titles, bodies, strict=True)
        )

    def replace(self, changes: Iterable[tuple[IndexEntry, IndexEntry]]) -> None:
        """Re-index live rows whose text changed: (before, after) per row, same id in both.

        As the update triggers do: the row keeps its rowid, its old tokens are
        taken out and the new ones put in; a row missing from the index (a
        damaged one) is added.
        """
        pairs = [(old, new) for old, new in changes if old != new]
        if not pairs:
            return
        rowids: dict[str, int] = {}
        ids = [new[0] for _old, new in pairs]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rowids.update(
                self._conn.execute(
                    f"SELECT source_id, rowid FROM search_index WHERE kind = ? AND source_id IN ({marks})",
                    [self._kind, *chunk],
                ).fetchall()
            )
        fts = self._fts
        known = [(rowids[new[0]], old, new) for old, new in pairs if new[0] in rowids]
        missing = [new for _old, new in pairs if new[0] not in rowids]
        old_titles = index_tokens_of_many([old[1] for _rowid, old, _new in known])
        old_bodies = index_tokens_of_many([old[2] for _rowid, old, _new in known])
        new_titles = index_tokens_of_many([new[1] for _rowid, _old, new in known])
        new_bodies = index_tokens_of_many([new[2] for _rowid, _old, new in known])
        removed = [(k[0], t, b) for k, t, b in zip(known, old_titles, old_bodies, strict=True)]
        added = [(k[0], t, b) for k, t, b in zip(known, new_titles, new_bodies, strict=True)]
        # In rowid order: FTS5 writes its pending terms out whenever a rowid comes lower than
        # the one before, which for rows in any order is nearly every row (measured: 0.3 s
        # for 2,600 updates after a 100k import, 0.03 s sorted).
        removed.sort()
        added.sort()
        self._conn.executemany(f"INSERT INTO {fts} ({fts}, rowid, title, body) VALUES ('delete', ?, ?, ?)", removed)
        self._conn.executemany(f"INSERT INTO {fts} (rowid, title, body) VALUES (?, ?, ?)", added)
        if missing:
            self.add(missing)
