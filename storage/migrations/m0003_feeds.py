"""Feeds per account, and every item they ever carried (kept when a feed drops it)."""

from __future__ import annotations

import sqlite3

from storage.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE feeds (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            site_url TEXT NOT NULL DEFAULT '',
            added_how TEXT NOT NULL DEFAULT 'manual',   -- manual, discovered, opml, demo
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            last_fetched_at TEXT,
            last_status TEXT NOT NULL DEFAULT 'new',    -- new, ok, not_modified, or a failure state
            last_http_status INTEGER,
            last_error TEXT NOT NULL DEFAULT '',        -- in words, for the user
            warnings TEXT NOT NULL DEFAULT '[]',        -- JSON list of strings
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (account_id, url)
        );
        CREATE INDEX feeds_account ON feeds(account_id);

        CREATE TABLE items (
            id TEXT PRIMARY KEY,
            feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            content_html TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            date_missing INTEGER NOT NULL DEFAULT 0,
            language TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL DEFAULT '',
            is_read INTEGER NOT NULL DEFAULT 0,
            is_starred INTEGER NOT NULL DEFAULT 0,
            first_seen_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (feed_id, entry_id)
        );
        CREATE INDEX items_account_published ON items(account_id, coalesce(published_at, first_seen_at) DESC);
        """,
    )
