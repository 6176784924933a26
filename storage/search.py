"""The global search index: one FTS5 table over accounts, contacts, feed items,
triggers, notes and touches, kept in step by SQL triggers.

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

The index: `search_fts` is contentless (the source tables hold the text);
`search_index` maps each FTS rowid to (kind, source id). Rowids are
partitioned by kind (kind number << 40 | sequence), so a per-kind query is a
rowid range FTS5 can seek, and within a kind a larger rowid is a more
recently indexed row. Ranking is bm25 over the newest `window` matches of a
kind: the whole match set for everything but very common words in a huge
news archive, where scoring every match would cost hundreds of
milliseconds.

Must not: change what `index_tokens` returns for a given text without a
migration that rebuilds the index (`rebuild_index`): a contentless FTS5
table deletes a row by re-tokenising its old text, so tokens must be stable.
No Qt, no network.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
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
#: rank at most this many of the newest matches per kind (see the module docstring).
RANK_WINDOW = 4000
#: counts of matches stop here: "1000+ items" is as useful as the exact figure, and cheap.
COUNT_CAP = 1000

#: Scripts written without spaces between words: Hiragana, Katakana, Bopomofo,
#: CJK ideographs (with extensions and compatibility forms) and Hangul syllables.
CJK_RANGES = (
    "\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_UNITS = re.compile(f"([{CJK_RANGES}]+)|([^\\W_{CJK_RANGES}]+)")


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
        # NFKC: full-width "ＡＢＣ１２３" and compatibility ideographs match what people type.
        for match in _UNITS.finditer(unicodedata.normalize("NFKC", text)):
            run, word = match.groups()
            if run is not None:
                out.extend(cjk_pairs(run))
            else:
                out.append(fold_word(word))
    return " ".join(out)


def _sql_tokens(*texts: Any) -> str:
    return index_tokens(
        *(t if isinstance(t, str) else None if t is None else str(t) for t in texts)
    )


def register_functions(conn: sqlite3.Connection) -> None:
    """Make `cjk_tokens(text, ...)` available to the search triggers on this connection."""
    conn.create_function("cjk_tokens", -1, _sql_tokens, deterministic=True)


# -- queries -------------------------------------------------------------------------------


def _term_phrase(term: str) -> str | None:
    """One whitespace-free query term as an FTS5 phrase (or None if it has no words).

    The term's words and CJK pairs must appear side by side, as typed. The
    last word is a prefix ("logist" finds "logistics") unless it is a single
    Latin letter; a lone CJK character at the end is a prefix too (it finds
    the pairs that start with it). A lone CJK character at the start of a
    longer term is left out: in the text it may end a longer run, which a
    pair index cannot ask for, so keeping it would miss true matches.
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
    prefix = len(last_text) == 1 if last_is_cjk else len(last_text) > 1
    quoted = '"' + " ".join(tokens).replace('"', '""') + '"'
    return quoted + (" *" if prefix else "")


def match_expression(query: str) -> str:
    """The FTS5 MATCH expression for what the user typed ('' if nothing to look for).

    Whitespace separates terms, all of which must match (AND). Text in
    double quotes is one term, so "series b" asks for the two words together.
    """
    phrases: list[str] = []
    for quoted, bare in re.findall(r'"([^"]*)"|(\S+)', query or ""):
        phrase = _term_phrase(quoted or bare)
        if phrase:
            phrases.append(phrase)
    return " AND ".join(phrases)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    source_id: str
    score: float  # bm25: lower is better


@dataclass(slots=True)
class KindMatches:
    kind: str
    hits: list[Hit]
    total: int  # matches found, up to COUNT_CAP
    total_is_capped: bool  # True: there are at least `total` matches


def has_table(db: Database, name: str) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        is not None
    )


def find(
    db: Database, expression: str, kind: str, *, limit: int = 10, window: int = RANK_WINDOW
) -> KindMatches:
    """The best `limit` rows of one kind for a MATCH expression, best first."""
    lo, hi = kind_range(kind)
    if not expression or limit <= 0:
        return KindMatches(kind, [], 0, False)
    count = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ? "
        "AND rowid BETWEEN ? AND ? LIMIT ?)",
        [expression, lo, hi, COUNT_CAP + 1],
    ).fetchone()[0]
    if count == 0:
        return KindMatches(kind, [], 0, False)
    cut = lo
    if count > window:
        # Only the newest `window` matches are scored: find where they start.
        row = db.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [expression, lo, hi, window - 1],
        ).fetchone()
        cut = row[0] if row else lo
    rows = db.execute(
        f"SELECT m.source_id, bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score "
        "FROM search_fts JOIN search_index m ON m.rowid = search_fts.rowid "
        "WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN ? AND ? "
        "ORDER BY score, search_fts.rowid DESC LIMIT ?",
        [expression, cut, hi, limit],
    ).fetchall()
    hits = [Hit(kind, r[0], float(r[1])) for r in rows]
    return KindMatches(kind, hits, min(count, COUNT_CAP), count > COUNT_CAP)


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
    """The kinds whose source table exists in this workspace."""
    return [k for k in KINDS if has_table(db, _SOURCES[k][0])]


def rebuild_index(db: Database) -> int:
    """Empty the index and fill it again from the source tables; returns rows indexed.

    Rows go in oldest first so that rowid order is date order (the rank
    window keeps the newest). Runs in the caller's transaction if there is one.
    """
    register_functions(db.conn)
    total = 0
    with db.atomic():
        db.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
        db.execute("DELETE FROM search_index")
        for kind in indexed_kinds(db):
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
                "INSERT INTO search_fts (rowid, title, body) "
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
            f"SELECT count(*) FROM search_index m JOIN {table} s ON s.id = m.source_id "
            f"WHERE m.kind = ? AND {live}",
            [kind],
        ).fetchone()[0]
        stale = db.execute("SELECT count(*) FROM search_index WHERE kind = ?", [kind]).fetchone()[0]
        gap = (expected - indexed) + (stale - indexed)
        if gap:
            gaps[kind] = gap
    return gaps
