"""Numbered, append-only schema migrations: `mNNNN_name.py` with `migrate(conn)`.

Never edit a migration that has shipped; add the next number. Each runs
inside the single upgrade transaction opened by `storage.db.connect`.
"""

from __future__ import annotations

import sqlite3


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several SQL statements inside the caller's transaction.

    `Connection.executescript` would COMMIT first and break the one-transaction
    upgrade, so statements are split with `sqlite3.complete_statement`.
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement.strip(";").strip():
                conn.execute(statement)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buffer[:80]!r}")
