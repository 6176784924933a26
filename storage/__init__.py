"""The SQLite workspace: connection, migrations, one module per aggregate.

No Qt, no network. Imports `research.types` and nothing else of ours.
"""
