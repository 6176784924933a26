"""Numbered, append-only schema migrations: `mNNNN_name.py` with `migrate(conn)`.

Never edit a migration that has shipped; add the next number. Each runs
inside the single upgrade transaction opened by `storage.db.connect`.
"""
