"""Opportunities per account, engagement/intent signals, and programme costs."""

from __future__ import annotations

import sqlite3

from storage.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE deals (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value_acv REAL NOT NULL DEFAULT 0,     -- annual contract value
            mrr REAL NOT NULL DEFAULT 0,
            kind TEXT NOT NULL DEFAULT 'new',      -- new, expansion, renewal
            status TEXT NOT NULL DEFAULT 'open',   -- open, won, lost
            created_on TEXT NOT NULL,              -- UTC ISO: when the opportunity was created
            closed_on TEXT,
            loss_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX deals_account ON deals(account_id);

        CREATE TABLE signals (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,                    -- web_visit, high_value_page, ad_impression, ad_click, email_open, email_click, intent
            count INTEGER NOT NULL DEFAULT 1,
            topic TEXT NOT NULL DEFAULT '',
            score REAL,
            source TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (account_id, at, kind, topic, source)
        );
        CREATE INDEX signals_account_at ON signals(account_id, at);

        CREATE TABLE program_costs (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            amount REAL NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
    )
