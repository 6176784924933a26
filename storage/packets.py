"""Account files: a slice of a workspace (some accounts and all that hangs off them)
written as its own WhyNow SQLite file, and merged back row by row.

An account file *is* a workspace (same application_id and schema), so an AE
can open it read-only as is ("review mode"). Which rows belong to an
account is read from the schema, not listed by hand: a table with an
`account_id` column, or one whose foreign key points at a table already
taken, comes along. New tables from later migrations travel without edits
here.

Merging: rows are matched by id. A row only one side has is inserted. When
both have it, the side with the later `updated_at` wins, and every field
value the other side loses is written to `merge_log`. Rows without
`updated_at` are inserted when missing and otherwise left alone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from research.types import new_id, utc_now

#: never copied: per-workspace tables, and merge bookkeeping
SKIP_TABLES = frozenset({"settings", "merge_log", "packet_info"})


@dataclass(slots=True)
class TablePlan:
    name: str
    columns: list[str]
    where: str  # SQL selecting this table's rows for the chosen accounts (uses src. prefix)
    has_updated_at: bool


@dataclass(slots=True)
class TableDiff:
    table: str
    new: int = 0
    incoming_newer: int = 0
    local_newer: int = 0
    same: int = 0
    conflicting_fields: int = 0


@dataclass(slots=True)
class MergeReport:
    tables: list[TableDiff] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(t.new for t in self.tables)

    @property
    def changed(self) -> int:
        return sum(t.incoming_newer for t in self.tables)


def _tables(conn: sqlite3.Connection, schema: str = "main") -> list[str]:
    rows = conn.execute(
        f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    names = []
    for name, sql in rows:
        if sql and sql.upper().startswith("CREATE VIRTUAL"):
            continue
        names.append(name)
    # FTS5 shadow tables (name_data, name_idx, ...) belong to a virtual table: skip them too.
    virtual = {
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
        )
    }
    return [n for n in names if not any(n.startswith(v + "_") for v in virtual) and n not in SKIP_TABLES]


def _columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def plan(conn: sqlite3.Connection, schema: str = "main") -> list[TablePlan]:
    """Which tables travel with an account, parents before children."""
    tables = _tables(conn, schema)
    columns = {t: _columns(conn, t, schema) for t in tables}
    fks = {t: conn.execute(f"PRAGMA {schema}.foreign_key_list({t})").fetchall() for t in tables}
    plans: dict[str, TablePlan] = {}
    plans["accounts"] = TablePlan("accounts", columns["accounts"], "src.id IN (SELECT id FROM chosen)", True)
    progress = True
    while progress:
        progress = False
        for table in tables:
            if table in plans:
                continue
            cols = columns[table]
            where = ""
            if "account_id" in cols:
                where = "src.account_id IN (SELECT id FROM chosen)"
            else:
                for fk in fks[table]:
                    parent, from_col, to_col = fk[2], fk[3], fk[4] or "id"
                    if parent in plans and parent != table:
                        parent_plan = plans[parent]
                        where = (
                            f"src.{from_col} IN (SELECT p.{to_col} FROM {{schema}}.{parent} AS p "
                            f"WHERE {parent_plan.where.replace('src.', 'p.')})"
                        )
                        break
            if where:
                plans[table] = TablePlan(table, cols, where, "updated_at" in cols)
                progress = True
    # order: accounts first, then by discovery (parents before children)
    return list(plans.values())


def _select(p: TablePlan, schema: str) -> str:
    where = p.where.replace("{schema}", schema)
    cols = ", ".join(f"src.{c}" for c in p.columns)
    return f"SELECT {cols} FROM {schema}.{p.name} AS src WHERE {where}"


def export_rows(db: Database, target: Database, account_ids: Iterable[str], *, exported_by: str = "") -> dict[str, int]:
    """Copy the accounts and everything of theirs from `db` into the fresh workspace `target`."""
    ids = list(account_ids)
    conn = target.conn
    counts: dict[str, int] = {}
    source_path = db.execute("PRAGMA database_list").fetchone()[2]
    if conn.in_transaction:
        conn.commit()
    conn.execute("ATTACH DATABASE ? AS src_ws", [source_path])
    try:
        with target.atomic():
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute("CREATE TEMP TABLE chosen (id TEXT PRIMARY KEY)")
            conn.executemany("INSERT INTO chosen VALUES (?)", [(i,) for i in ids])
            for p in plan(conn, "src_ws"):
                target_cols = set(_columns(conn, p.name))
                if not target_cols:
                    continue
                cols = [c for c in p.columns if c in target_cols]
                p = TablePlan(p.name, cols, p.where, p.has_updated_at)
                sql = f"INSERT INTO main.{p.name} ({', '.join(cols)}) {_select(p, 'src_ws')}"
                counts[p.name] = conn.execute(sql).rowcount
            conn.execute("CREATE TABLE packet_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.executemany(
                "INSERT INTO packet_info VALUES (?, ?)",
                [
                    ("kind", "account_file"),
                    ("exported_by", exported_by),
                    ("exported_at", utc_now()),
                    ("accounts", json.dumps(ids)),
                    ("counts", json.dumps(counts)),
                ],
            )
            conn.execute("DROP TABLE temp.chosen")
    finally:
        if conn.in_transaction:
            conn.rollback()
        conn.execute("DETACH DATABASE src_ws")
    return counts


def packet_info(conn: sqlite3.Connection, schema: str = "main") -> dict[str, str]:
    try:
        return dict(conn.execute(f"SELECT key, value FROM {schema}.packet_info").fetchall())
    except sqlite3.OperationalError:
        return {}


def merge(db: Database, packet_path: str, *, source: str, apply: bool) -> MergeReport:
    """Compare (and with `apply`, merge) the account file at `packet_path` into `db`.

    With apply=False nothing is written: the report says what would happen.
    """
    conn = db.conn
    report = MergeReport()
    if conn.in_transaction:
        conn.commit()
    conn.execute("ATTACH DATABASE ? AS inc", [packet_path])
    try:
        plans = plan(conn, "inc")
        now = utc_now()
        with db.atomic():
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (id TEXT PRIMARY KEY)")
            conn.execute("DELETE FROM temp.chosen")
            conn.execute("INSERT INTO temp.chosen SELECT id FROM inc.accounts")
            if apply:
                conn.execute("PRAGMA defer_foreign_keys = ON")
            for p in plans:
                local_cols = set(_columns(conn, p.name))
                if not local_cols or ("id" not in p.columns and p.name != "accounts"):
                    if local_cols and "id" not in p.columns:
                        _merge_keyless(conn, p, local_cols, report, apply)
                    continue
                cols = [c for c in p.columns if c in local_cols]
                diff = TableDiff(p.name)
                incoming = conn.execute(_select(TablePlan(p.name, cols, p.where, p.has_updated_at), "inc")).fetchall()
                id_index = cols.index("id")
                for row in incoming:
                    local = conn.execute(
                        f"SELECT {', '.join(cols)} FROM main.{p.name} WHERE id = ?", [row[id_index]]
                    ).fetchone()
                    if local is None:
                        diff.new += 1
                        if apply:
                            marks = ", ".join("?" * len(cols))
                            conn.execute(f"INSERT INTO main.{p.name} ({', '.join(cols)}) VALUES ({marks})", row)
                        continue
                    if tuple(local) == tuple(row):
                        diff.same += 1
                        continue
                    if not p.has_updated_at:
                        diff.same += 1
                        continue
                    u = cols.index("updated_at")
                    incoming_wins = (row[u] or "") > (local[u] or "")
                    changed = [
                        (c, local[i], row[i])
                        for i, c in enumerate(cols)
                        if c not in ("updated_at",) and local[i] != row[i]
                    ]
                    diff.conflicting_fields += len(changed)
                    if incoming_wins:
                        diff.incoming_newer += 1
                    else:
                        diff.local_newer += 1
                    for column, local_value, incoming_value in changed:
                        entry = {
                            "table": p.name,
                            "row_id": row[id_index],
                            "field": column,
                            "kept": incoming_value if incoming_wins else local_value,
                            "other": local_value if incoming_wins else incoming_value,
                            "kept_side": "incoming" if incoming_wins else "local",
                        }
                        report.conflicts.append(entry)
                        if apply:
                            conn.execute(
                                "INSERT INTO merge_log (id, merged_at, source, table_name, row_id, field, kept_value, "
                                "other_value, kept_side, kept_updated_at, other_updated_at, created_at, updated_at) "
                                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                [
                                    new_id(),
                                    now,
                                    source,
                                    p.name,
                                    row[id_index],
                                    column,
                                    json.dumps(entry["kept"], ensure_ascii=False),
                                    json.dumps(entry["other"], ensure_ascii=False),
                                    entry["kept_side"],
                                    row[u] if incoming_wins else local[u],
                                    local[u] if incoming_wins else row[u],
                                    now,
                                    now,
                                ],
                            )
                    if apply and incoming_wins:
                        sets = ", ".join(f"{c} = ?" for c in cols if c != "id")
                        values = [row[i] for i, c in enumerate(cols) if c != "id"]
                        conn.execute(f"UPDATE main.{p.name} SET {sets} WHERE id = ?", [*values, row[id_index]])
                report.tables.append(diff)
            if apply:
                problems = conn.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise sqlite3.IntegrityError(f"the account file leaves dangling references: {problems[:3]}")
            conn.execute("DROP TABLE IF EXISTS temp.chosen")
    finally:
        if conn.in_transaction:
            conn.rollback()
        conn.execute("DETACH DATABASE inc")
    return report


def _merge_keyless(
    conn: sqlite3.Connection, p: TablePlan, local_cols: set[str], report: MergeReport, apply: bool
) -> None:
    """Link tables without an id (e.g. trigger_sources): insert what is missing."""
    cols = [c for c in p.columns if c in local_cols]
    diff = TableDiff(p.name)
    for row in conn.execute(_select(TablePlan(p.name, cols, p.where, False), "inc")).fetchall():
        where = " AND ".join(f"{c} IS ?" for c in cols)
        exists = conn.execute(f"SELECT 1 FROM main.{p.name} WHERE {where}", row).fetchone()
        if exists:
            diff.same += 1
            continue
        diff.new += 1
        if apply:
            conn.execute(
                f"INSERT OR IGNORE INTO main.{p.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", row
            )
    report.tables.append(diff)
