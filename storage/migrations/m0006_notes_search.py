"""Notes with their edit history, and the global search index kept in step by triggers.

Notes: Markdown on an account (optionally about one of its contacts), soft
deleted so they can be restored; every body an edit replaced is kept in
`note_versions`.

Search: one contentless FTS5 table per kind, `search_fts_<kind>`, over
pre-tokenised text (see storage/search.py for why); `search_index` maps
their rowids to (kind, source id). A table per kind because a word in
half of a million news items has a doclist of megabytes: in a shared table,
even a search of the notes would read it. SQL triggers on every source table call the Python
function `cjk_tokens`, which `storage.db.connect` registers on every
connection, so every writer keeps the index in step without knowing it
exists. The touches table comes from migration 5; its triggers are only
created if the table is there (with whichever of subject/notes/deleted_at
it has), so this migration also runs on a schema without it.

Pure DDL plus one backfill, inside the single upgrade transaction (never
`executescript`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from storage.migrations import run_script
from storage.search import register_functions

KIND_SHIFT = 40


@dataclass(frozen=True, slots=True)
class _Source:
    kind: str
    number: int  # rowid partition: number << 40
    table: str
    title: list[str]  # columns indexed as the title
    body: list[str]  # columns indexed as the body
    live: str  # SQL over `{row}.`: which rows are searchable ("1": all)
    order: str  # backfill order over `s.`: oldest first, so rowid order is date order


_LIVE = "{row}.deleted_at IS NULL"
_SOURCES = [
    _Source("account", 1, "accounts", ["name", "domain"], ["industry", "description"], "1",
            "s.created_at"),
    _Source("contact", 2, "contacts", ["full_name"], ["title", "email"], _LIVE, "s.created_at"),
    _Source("item", 3, "items", ["title"], ["summary"], "1",
            "coalesce(s.published_at, s.first_seen_at)"),
    _Source("trigger", 4, "triggers", ["headline"], ["evidence_text"], "1", "s.occurred_at"),
    _Source("note", 5, "notes", [], ["body"], _LIVE, "s.created_at"),
]  # fmt: skip


def _touch_source(conn: sqlite3.Connection) -> _Source | None:
    columns = {r[1] for r in conn.execute("PRAGMA table_info(touches)").fetchall()}
    if not columns:
        return None
    live = "{row}.deleted_at IS NULL" if "deleted_at" in columns else "1"
    order = "s.at" if "at" in columns else "s.rowid"
    title = [c for c in ("subject",) if c in columns]
    body = [c for c in ("notes",) if c in columns]
    return _Source("touch", 6, "touches", title, body, live, order)


def _tokens(columns: list[str], row: str) -> str:
    if not columns:
        return "''"
    return "cjk_tokens(" + ", ".join(f"{row}.{c}" for c in columns) + ")"


def _next_rowid(source: _Source) -> str:
    lo = source.number << KIND_SHIFT
    hi = ((source.number + 1) << KIND_SHIFT) - 1
    # ORDER BY … DESC LIMIT 1 walks the rowid b-tree backwards and stops; max() would scan.
    return (
        f"coalesce((SELECT rowid FROM search_index WHERE rowid BETWEEN {lo} AND {hi} "
        f"ORDER BY rowid DESC LIMIT 1), {lo}) + 1"
    )


def _triggers(source: _Source) -> str:
    k, t = source.kind, source.table
    live_new = source.live.format(row="new")
    watched = ["id", *source.title, *source.body]
    if "deleted_at" in source.live:
        watched.append("deleted_at")
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in watched)
    fts = f"search_fts_{k}"
    drop_old = (
        f"INSERT INTO {fts} ({fts}, rowid, title, body) "
        f"SELECT 'delete', rowid, {_tokens(source.title, 'old')}, {_tokens(source.body, 'old')} "
        f"FROM search_index WHERE kind = '{k}' AND source_id = old.id;"
    )
    add_new = (
        f"INSERT INTO {fts} (rowid, title, body) "
        f"SELECT rowid, {_tokens(source.title, 'new')}, {_tokens(source.body, 'new')} "
        f"FROM search_index WHERE kind = '{k}' AND source_id = new.id;"
    )
    # INSERT OR REPLACE: an INSERT OR REPLACE on the source deletes the old row without
    # firing the delete trigger; its map entry is replaced (its FTS entry becomes an
    # orphan no query can reach, cleared by the next rebuild) instead of failing the insert.
    return f"""
        CREATE TRIGGER search_{t}_insert AFTER INSERT ON {t} WHEN {live_new}
        BEGIN
            INSERT OR REPLACE INTO search_index (rowid, kind, source_id)
                VALUES ({_next_rowid(source)}, '{k}', new.id);
            {add_new}
        END;

        CREATE TRIGGER search_{t}_update AFTER UPDATE ON {t} WHEN {changed}
        BEGIN
            {drop_old}
            DELETE FROM search_index WHERE kind = '{k}' AND source_id = old.id
                AND NOT ({live_new} AND new.id = old.id);
            INSERT OR IGNORE INTO search_index (rowid, kind, source_id)
                SELECT {_next_rowid(source)}, '{k}', new.id WHERE {live_new};
            {add_new}
        END;

        CREATE TRIGGER search_{t}_delete AFTER DELETE ON {t}
        BEGIN
            {drop_old}
            DELETE FROM search_index WHERE kind = '{k}' AND source_id = old.id;
        END;
    """


def _backfill(conn: sqlite3.Connection, source: _Source) -> None:
    lo = source.number << KIND_SHIFT
    live = source.live.format(row="s")
    conn.execute(
        "INSERT INTO search_index (rowid, kind, source_id) "
        f"SELECT ? + row_number() OVER (ORDER BY {source.order}, s.rowid), ?, s.id "
        f"FROM {source.table} s WHERE {live}",
        [lo, source.kind],
    )
    conn.execute(
        f"INSERT INTO search_fts_{source.kind} (rowid, title, body) "
        f"SELECT m.rowid, {_tokens(source.title, 's')}, {_tokens(source.body, 's')} "
        f"FROM search_index m JOIN {source.table} s ON s.id = m.source_id WHERE m.kind = ?",
        [source.kind],
    )


def migrate(conn: sqlite3.Connection) -> None:
    register_functions(conn)  # the backfill and triggers below call cjk_tokens
    run_script(
        conn,
        """
        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            contact_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
            author TEXT NOT NULL DEFAULT '',      -- who wrote the note first
            body TEXT NOT NULL,                   -- Markdown, as the user typed it
            pinned INTEGER NOT NULL DEFAULT 0,
            edited_by TEXT,                       -- who wrote the current body (NULL: never edited)
            edited_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT                       -- soft delete: restore, and merges see it
        );
        CREATE INDEX notes_account ON notes(account_id, pinned DESC, created_at DESC);
        CREATE INDEX notes_contact ON notes(contact_id) WHERE contact_id IS NOT NULL;

        -- Every body an edit replaced, with who wrote it and when: a note's history.
        CREATE TABLE note_versions (
            id TEXT PRIMARY KEY,
            note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',      -- who wrote this body
            written_at TEXT NOT NULL,             -- when this body was written
            replaced_at TEXT NOT NULL,            -- when an edit replaced it
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX note_versions_note ON note_versions(note_id, written_at);

        -- FTS rowid → the row it indexes. rowid = kind number << 40 | sequence, unique
        -- across the per-kind FTS tables.
        CREATE TABLE search_index (
            rowid INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            source_id TEXT NOT NULL,
            UNIQUE (kind, source_id)
        );
        """,
    )
    sources = list(_SOURCES)
    touches = _touch_source(conn)
    if touches is not None:
        sources.append(touches)
    for source in sources:
        # Contentless: the source tables hold the text. No prefix index: CJK pairs are two
        # characters, so a 2-character prefix index would store every pair twice.
        conn.execute(
            f"CREATE VIRTUAL TABLE search_fts_{source.kind} USING fts5 (title, body, "
            "content = '', tokenize = 'unicode61 remove_diacritics 2')"
        )
        run_script(conn, _triggers(source))
        _backfill(conn, source)
