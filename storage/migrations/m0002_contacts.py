"""Contacts: the people at an account, their persona tier and who they report to.

Pure DDL, run inside the single upgrade transaction (never `executescript`).
Enum columns (persona_tier, buying_role, status) carry no CHECK constraint on
purpose: adding a value later would otherwise need a table rebuild, and the
values are validated in `app/contacts.py` before they get here.
"""

from __future__ import annotations

import sqlite3

from storage.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE contacts (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            full_name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            linkedin_url TEXT NOT NULL DEFAULT '',
            persona_tier TEXT NOT NULL DEFAULT 'unknown',
            tier_is_manual INTEGER NOT NULL DEFAULT 0,   -- 1: set by hand, never reclassified
            tier_confidence REAL NOT NULL DEFAULT 0,
            tier_reason TEXT NOT NULL DEFAULT '',
            buying_role TEXT NOT NULL DEFAULT 'unknown',
            reports_to TEXT REFERENCES contacts(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'active',
            email_bounced INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT                              -- soft delete: undo and merges see it
        );
        CREATE INDEX contacts_account ON contacts(account_id);
        CREATE INDEX contacts_email ON contacts(lower(email));
        -- ON DELETE SET NULL looks contacts up by reports_to; without an index
        -- deleting an account with many contacts scans the table once per contact.
        CREATE INDEX contacts_reports_to ON contacts(reports_to) WHERE reports_to IS NOT NULL;
        """,
    )
