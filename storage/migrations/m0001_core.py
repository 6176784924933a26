"""Workspace settings, accounts and their stage history."""

from __future__ import annotations

import sqlite3

from storage.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,            -- JSON
            updated_at TEXT NOT NULL
        );

        CREATE TABLE accounts (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            domain TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            employees INTEGER,
            region TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            tier INTEGER NOT NULL DEFAULT 3 CHECK (tier IN (1, 2, 3)),
            stage TEXT NOT NULL DEFAULT 'cold',
            owner TEXT NOT NULL DEFAULT '',
            ae TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            icp_score INTEGER,
            icp_reasons TEXT NOT NULL DEFAULT '[]',   -- JSON list of IcpReason
            committee_targets TEXT,                   -- JSON {tier: n} or NULL = defaults
            last_activity_at TEXT,
            is_demo INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX accounts_domain ON accounts(domain) WHERE domain != '';
        CREATE INDEX accounts_name ON accounts(name COLLATE NOCASE);

        CREATE TABLE stage_changes (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            from_stage TEXT,
            to_stage TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stage_changes_account ON stage_changes(account_id, changed_at);
        """,
    )
