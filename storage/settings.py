"""Workspace settings: JSON values by key (the ICP, committee defaults, weights).

Per-user preferences (language, theme, window geometry) are not here: they
belong to the user, not the workspace, and live in QSettings in `ui/`.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from research.types import utc_now


def get(db: Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else json.loads(row[0])


def put(db: Database, key: str, value: Any) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [key, json.dumps(value, ensure_ascii=False), utc_now()],
        )
