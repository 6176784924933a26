"""What account-file merges overwrote or declined: nobody's words are silently lost."""

from __future__ import annotations

import sqlite3

from storage.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE merge_log (
            id TEXT PRIMARY KEY,
            merged_at TEXT NOT NULL,
            source TEXT NOT NULL,          -- the account file's name and who exported it
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            kept_value TEXT,               -- JSON
            other_value TEXT,              -- JSON: the value that lost (older edit)
            kept_side TEXT NOT NULL,       -- 'incoming' or 'local'
            kept_updated_at TEXT,
            other_updated_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX merge_log_row ON merge_log(table_name, row_id);
        """,
    )
