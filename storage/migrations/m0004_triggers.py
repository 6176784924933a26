"""Trigger events found in feed items, their sources, and the user's own phrases."""

from __future__ import annotations

import sqlite3

from storage.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE triggers (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            confidence REAL NOT NULL,
            confirmed INTEGER NOT NULL DEFAULT 1,      -- 0: hedged ("reportedly", "据悉")
            status TEXT NOT NULL DEFAULT 'new',        -- new, confirmed, dismissed (the user's call)
            headline TEXT NOT NULL DEFAULT '',
            evidence_field TEXT NOT NULL DEFAULT 'title',
            evidence_text TEXT NOT NULL DEFAULT '',
            evidence_start INTEGER NOT NULL DEFAULT 0,
            evidence_end INTEGER NOT NULL DEFAULT 0,
            details TEXT NOT NULL DEFAULT '{}',        -- JSON: amount, currency, round, person, role, counterpart
            occurred_at TEXT NOT NULL,                 -- earliest source's date
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX triggers_account ON triggers(account_id, occurred_at DESC);
        CREATE INDEX triggers_created ON triggers(created_at);

        CREATE TABLE trigger_sources (
            trigger_id TEXT NOT NULL REFERENCES triggers(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            evidence TEXT NOT NULL DEFAULT '{}',       -- JSON: field, text, start, end in that item
            created_at TEXT NOT NULL,
            PRIMARY KEY (trigger_id, item_id)
        );
        CREATE INDEX trigger_sources_item ON trigger_sources(item_id);

        CREATE TABLE trigger_phrases (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            phrase TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (type, phrase)
        );

        ALTER TABLE items ADD COLUMN triggers_checked INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE accounts ADD COLUMN why_now_score REAL;
        ALTER TABLE accounts ADD COLUMN latest_trigger_type TEXT;
        ALTER TABLE accounts ADD COLUMN latest_trigger_at TEXT;
        """,
    )
