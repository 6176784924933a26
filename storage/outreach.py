"""Outreach rows: touches, playbook enrolments, tasks and research sessions.

Rows in, dataclasses or plain dicts out. Touches are deleted softly
(`deleted_at`) so an undo brings one back and a merge of two workspaces knows
a touch was removed. Every read leaves deleted touches out unless asked.
The queries behind the Today queue and the Threads view are here, one query
each, so the GUI never asks once per row.

Must not: validate values or decide what a touch means (that is
`app/outreach.py` and `research/relationship.py`), import Qt, or touch the
network.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from research.i18n import render
from research.types import new_id, utc_now

# -- dataclasses ----------------------------------------------------------------------------


@dataclass(slots=True)
class Touch:
    account_id: str
    contact_id: str | None
    channel: str
    outcome: str
    direction: str = "outbound"
    subject: str = ""
    notes: str = ""
    at: str = field(default_factory=utc_now)
    logged_by: str = ""
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)
    deleted_at: str | None = None


@dataclass(slots=True)
class Enrolment:
    account_id: str
    contact_id: str
    playbook: str
    persona_tier: str
    started_on: str  # YYYY-MM-DD
    status: str = "active"  # active, paused, stopped, finished
    status_reason: str = ""
    paused_at: str | None = None
    ended_at: str | None = None
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)


@dataclass(slots=True)
class Task:
    account_id: str
    contact_id: str | None
    due_at: str  # YYYY-MM-DD
    channel: str
    title: str
    body: str = ""
    subject: str = ""
    instructions: str = ""
    enrolment_id: str | None = None
    step_index: int | None = None
    status: str = "open"  # open, done, skipped, snoozed
    status_reason: str = ""
    completed_touch_id: str | None = None
    completed_at: str | None = None
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)


@dataclass(slots=True)
class ResearchSession:
    account_id: str
    started_at: str
    ended_at: str | None = None
    minutes: float | None = None
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)


TOUCH_COLUMNS = (
    "id", "account_id", "contact_id", "channel", "direction", "outcome", "subject", "notes",
    "at", "logged_by", "created_at", "updated_at", "deleted_at",
)  # fmt: skip
ENROLMENT_COLUMNS = (
    "id", "account_id", "contact_id", "playbook", "persona_tier", "status", "status_reason",
    "started_on", "paused_at", "ended_at", "created_at", "updated_at",
)  # fmt: skip
TASK_COLUMNS = (
    "id", "account_id", "contact_id", "enrolment_id", "step_index", "due_at", "channel", "title",
    "subject", "body", "instructions", "status", "status_reason", "completed_touch_id",
    "completed_at", "created_at", "updated_at",
)  # fmt: skip
SESSION_COLUMNS = (
    "id",
    "account_id",
    "started_at",
    "ended_at",
    "minutes",
    "created_at",
    "updated_at",
)

_CHUNK = 500


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


def _values(obj: Any, columns: Sequence[str]) -> tuple[Any, ...]:
    return tuple(getattr(obj, c) for c in columns)


def _touch(row: Sequence[Any]) -> Touch:
    return Touch(**dict(zip(TOUCH_COLUMNS, row, strict=True)))


def _enrolment(row: Sequence[Any]) -> Enrolment:
    return Enrolment(**dict(zip(ENROLMENT_COLUMNS, row, strict=True)))


def _task(row: Sequence[Any]) -> Task:
    task = Task(**dict(zip(TASK_COLUMNS, row, strict=True)))
    task.title = render(task.title)  # nothing writes a title back: only status and dates change
    return task


def _session(row: Sequence[Any]) -> ResearchSession:
    return ResearchSession(**dict(zip(SESSION_COLUMNS, row, strict=True)))


# -- touches --------------------------------------------------------------------------------

_TOUCH_SELECT = f"SELECT {', '.join(TOUCH_COLUMNS)} FROM touches"


def insert_touch(db: Database, touch: Touch) -> None:
    with db.atomic():
        db.conn.execute(_insert_sql("touches", TOUCH_COLUMNS), _values(touch, TOUCH_COLUMNS))


def insert_touches(db: Database, touches: Iterable[Touch]) -> int:
    rows = [_values(t, TOUCH_COLUMNS) for t in touches]
    if rows:
        with db.atomic():
            db.conn.executemany(_insert_sql("touches", TOUCH_COLUMNS), rows)
    return len(rows)


def update_touch(db: Database, touch: Touch) -> None:
    touch.updated_at = utc_now()
    editable = [c for c in TOUCH_COLUMNS if c not in ("id", "created_at")]
    with db.atomic():
        db.conn.execute(
            f"UPDATE touches SET {', '.join(f'{c} = ?' for c in editable)} WHERE id = ?",
            (*_values(touch, editable), touch.id),
        )


def get_touch(db: Database, touch_id: str, *, include_deleted: bool = False) -> Touch | None:
    where = "id = ?" if include_deleted else "id = ? AND deleted_at IS NULL"
    row = db.execute(f"{_TOUCH_SELECT} WHERE {where}", [touch_id]).fetchone()
    return _touch(row) if row else None


def soft_delete_touch(db: Database, touch_id: str) -> str:
    """Stamp `deleted_at`; returns the stamp."""
    now = utc_now()
    with db.atomic():
        db.conn.execute(
            "UPDATE touches SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
            (now, now, touch_id),
        )
    return now


def restore_touch(db: Database, touch_id: str) -> None:
    with db.atomic():
        db.conn.execute(
            "UPDATE touches SET deleted_at = NULL, updated_at = ? WHERE id = ?",
            (utc_now(), touch_id),
        )


def touches_for_account(db: Database, account_id: str) -> list[Touch]:
    """Live touches of an account, oldest first (uses touches_account_at)."""
    rows = db.execute(
        f"{_TOUCH_SELECT} WHERE account_id = ? AND deleted_at IS NULL ORDER BY at, rowid",
        [account_id],
    ).fetchall()
    return [_touch(r) for r in rows]


def touches_for_contact(db: Database, contact_id: str) -> list[Touch]:
    rows = db.execute(
        f"{_TOUCH_SELECT} WHERE contact_id = ? AND deleted_at IS NULL ORDER BY at, rowid",
        [contact_id],
    ).fetchall()
    return [_touch(r) for r in rows]


def touch_facts(
    db: Database, *, account_id: str | None = None, contact_id: str | None = None
) -> list[tuple[str, str, str, str]]:
    """(at, direction, outcome, channel) of live touches: all a score needs, nothing more."""
    column, value = ("account_id", account_id) if account_id is not None else ("contact_id", contact_id)
    return [
        (r[0], r[1], r[2], r[3])
        for r in db.execute(
            f"SELECT at, direction, outcome, channel FROM touches WHERE {column} = ? AND deleted_at IS NULL",
            [value],
        )
    ]


def has_touch_matching(
    db: Database,
    account_id: str,
    outcomes: Sequence[str],
    channels: Sequence[str],
    *,
    exclude_id: str | None = None,
) -> bool:
    """Is there a live touch at the account with one of these outcomes or channels?"""
    out_marks = ", ".join("?" for _ in outcomes) or "NULL"
    ch_marks = ", ".join("?" for _ in channels) or "NULL"
    row = db.execute(
        f"SELECT 1 FROM touches WHERE account_id = ? AND deleted_at IS NULL AND id != ? "
        f"AND outcome NOT IN ('bounced', 'opted_out') "
        f"AND (outcome IN ({out_marks}) OR channel IN ({ch_marks})) LIMIT 1",
        [account_id, exclude_id or "", *outcomes, *channels],
    ).fetchone()
    return row is not None


def contact_ids_with_touch(
    db: Database,
    account_id: str,
    outcomes: Sequence[str] | None = None,
    channels: Sequence[str] = (),
    direction: str | None = None,
) -> set[str]:
    """Contacts of the account with a live touch that has one of these outcomes or channels.

    `outcomes=None` means any outcome (then `channels` is ignored); `direction`
    narrows to inbound or outbound touches.
    """
    where = "account_id = ? AND deleted_at IS NULL AND contact_id IS NOT NULL"
    params: list[Any] = [account_id]
    if direction:
        where += " AND direction = ?"
        params.append(direction)
    if outcomes is not None:
        out_marks = ", ".join("?" for _ in outcomes) or "NULL"
        ch_marks = ", ".join("?" for _ in channels) or "NULL"
        where += (
            f" AND outcome NOT IN ('bounced', 'opted_out') AND (outcome IN ({out_marks}) OR channel IN ({ch_marks}))"
        )
        params += [*outcomes, *channels]
    return {r[0] for r in db.execute(f"SELECT DISTINCT contact_id FROM touches WHERE {where}", params)}


def latest_trigger_headline(db: Database, account_id: str) -> str:
    """The newest trigger the user has not dismissed, for a message's {trigger_headline}."""
    row = db.execute(
        "SELECT headline FROM triggers WHERE account_id = ? AND status != 'dismissed' "
        "AND headline != '' ORDER BY occurred_at DESC LIMIT 1",
        [account_id],
    ).fetchone()
    return str(row[0]) if row else ""


# -- enrolments -----------------------------------------------------------------------------

_ENROLMENT_SELECT = f"SELECT {', '.join(ENROLMENT_COLUMNS)} FROM enrolments"


def insert_enrolment(db: Database, enrolment: Enrolment, tasks: Sequence[Task]) -> None:
    """An enrolment and its step tasks, together or not at all."""
    with db.atomic():
        db.conn.execute(_insert_sql("enrolments", ENROLMENT_COLUMNS), _values(enrolment, ENROLMENT_COLUMNS))
        db.conn.executemany(_insert_sql("tasks", TASK_COLUMNS), [_values(t, TASK_COLUMNS) for t in tasks])


def get_enrolment(db: Database, enrolment_id: str) -> Enrolment | None:
    row = db.execute(f"{_ENROLMENT_SELECT} WHERE id = ?", [enrolment_id]).fetchone()
    return _enrolment(row) if row else None


def enrolments_for_contact(db: Database, contact_id: str, statuses: Sequence[str] | None = None) -> list[Enrolment]:
    where = "contact_id = ?"
    params: list[Any] = [contact_id]
    if statuses is not None:
        where += f" AND status IN ({', '.join('?' for _ in statuses)})"
        params += list(statuses)
    rows = db.execute(f"{_ENROLMENT_SELECT} WHERE {where} ORDER BY created_at", params)
    return [_enrolment(r) for r in rows]


def enrolments_for_account(db: Database, account_id: str) -> list[Enrolment]:
    rows = db.execute(f"{_ENROLMENT_SELECT} WHERE account_id = ? ORDER BY created_at", [account_id]).fetchall()
    return [_enrolment(r) for r in rows]


def set_enrolment_status(
    db: Database,
    enrolment_id: str,
    status: str,
    reason: str,
    *,
    paused_at: str | None = None,
    ended_at: str | None = None,
) -> None:
    with db.atomic():
        db.conn.execute(
            "UPDATE enrolments SET status = ?, status_reason = ?, paused_at = ?, ended_at = ?, "
            "updated_at = ? WHERE id = ?",
            (status, reason, paused_at, ended_at, utc_now(), enrolment_id),
        )


def restore_enrolment(db: Database, enrolment: Enrolment) -> None:
    """Put an enrolment's status fields back exactly as they were (undo)."""
    set_enrolment_status(
        db, enrolment.id, enrolment.status, enrolment.status_reason,
        paused_at=enrolment.paused_at, ended_at=enrolment.ended_at,
    )  # fmt: skip


# -- tasks ----------------------------------------------------------------------------------

_TASK_SELECT = f"SELECT {', '.join(TASK_COLUMNS)} FROM tasks"


def insert_task(db: Database, task: Task) -> None:
    with db.atomic():
        db.conn.execute(_insert_sql("tasks", TASK_COLUMNS), _values(task, TASK_COLUMNS))


def insert_tasks(db: Database, tasks: Iterable[Task]) -> int:
    rows = [_values(t, TASK_COLUMNS) for t in tasks]
    if rows:
        with db.atomic():
            db.conn.executemany(_insert_sql("tasks", TASK_COLUMNS), rows)
    return len(rows)


def get_task(db: Database, task_id: str) -> Task | None:
    row = db.execute(f"{_TASK_SELECT} WHERE id = ?", [task_id]).fetchone()
    return _task(row) if row else None


def delete_task(db: Database, task_id: str) -> None:
    """Remove a task for good: only for undoing the "schedule next" that created it."""
    with db.atomic():
        db.conn.execute("DELETE FROM tasks WHERE id = ?", (task_id,))


def tasks_for_enrolment(db: Database, enrolment_id: str) -> list[Task]:
    rows = db.execute(f"{_TASK_SELECT} WHERE enrolment_id = ? ORDER BY step_index, due_at", [enrolment_id]).fetchall()
    return [_task(r) for r in rows]


def open_tasks_for_contact(db: Database, contact_id: str) -> list[Task]:
    rows = db.execute(
        f"{_TASK_SELECT} WHERE contact_id = ? AND status IN ('open', 'snoozed') ORDER BY due_at",
        [contact_id],
    ).fetchall()
    return [_task(r) for r in rows]


def set_task_status(
    db: Database,
    task_id: str,
    status: str,
    *,
    reason: str = "",
    touch_id: str | None = None,
    completed_at: str | None = None,
    due_at: str | None = None,
) -> None:
    """Change a task's status (and, for a snooze, its due date)."""
    with db.atomic():
        db.conn.execute(
            "UPDATE tasks SET status = ?, status_reason = ?, completed_touch_id = ?, "
            "completed_at = ?, due_at = coalesce(?, due_at), updated_at = ? WHERE id = ?",
            (status, reason, touch_id, completed_at, due_at, utc_now(), task_id),
        )


def restore_task_states(db: Database, tasks: Iterable[Task]) -> None:
    """Put tasks' status, due date and completion back as they were (undo)."""
    rows = [(t.status, t.status_reason, t.completed_touch_id, t.completed_at, t.due_at, utc_now(), t.id) for t in tasks]
    if rows:
        with db.atomic():
            db.conn.executemany(
                "UPDATE tasks SET status = ?, status_reason = ?, completed_touch_id = ?, "
                "completed_at = ?, due_at = ?, updated_at = ? WHERE id = ?",
                rows,
            )


def set_due_dates(db: Database, changes: Iterable[tuple[str, str]]) -> None:
    """(task id, new YYYY-MM-DD due date) pairs."""
    now = utc_now()
    rows = [(due, now, task_id) for task_id, due in changes]
    if rows:
        with db.atomic():
            db.conn.executemany("UPDATE tasks SET due_at = ?, updated_at = ? WHERE id = ?", rows)


def count_open_tasks(db: Database, enrolment_id: str) -> int:
    return int(
        db.execute(
            "SELECT count(*) FROM tasks WHERE enrolment_id = ? AND status IN ('open', 'snoozed')",
            [enrolment_id],
        ).fetchone()[0]
    )


QUEUE_COLUMNS = (
    "task_id", "account_id", "account_name", "account_domain", "account_tier", "why_now_score",
    "contact_id", "contact_name", "contact_title", "contact_email", "contact_phone",
    "contact_linkedin_url", "email_bounced", "persona_tier", "enrolment_id", "playbook",
    "step_index", "channel", "title", "subject", "body", "instructions", "status", "due_at",
)  # fmt: skip


def due_task_rows(
    db: Database,
    until: str,
    *,
    since: str | None = None,
    account_id: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Open and snoozed tasks due on or before `until` (YYYY-MM-DD), in Today-queue order.

    Order: account tier (1 first), why-now score (missing = 0, highest
    first), due date (oldest, i.e. most overdue, first). Left out: tasks of
    archived accounts, of a paused or stopped enrolment, and of contacts who
    were deleted, left or asked not to be contacted.
    """
    where = ["t.status IN ('open', 'snoozed')", "t.due_at <= ?", "a.archived = 0"]
    params: list[Any] = [until]
    if since is not None:
        where.append("t.due_at >= ?")
        params.append(since)
    if account_id is not None:
        where.append("t.account_id = ?")
        params.append(account_id)
    where += [
        "(t.enrolment_id IS NULL OR e.status = 'active')",
        "(t.contact_id IS NULL OR (c.deleted_at IS NULL AND c.status = 'active'))",
    ]
    sql = f"""
        SELECT t.id, t.account_id, a.name, a.domain, a.tier, coalesce(a.why_now_score, 0),
               t.contact_id, c.full_name, c.title, c.email, c.phone, c.linkedin_url,
               coalesce(c.email_bounced, 0), c.persona_tier, t.enrolment_id, e.playbook,
               t.step_index, t.channel, t.title, t.subject, t.body, t.instructions, t.status,
               t.due_at
        FROM tasks AS t
        JOIN accounts AS a ON a.id = t.account_id
        LEFT JOIN contacts AS c ON c.id = t.contact_id
        LEFT JOIN enrolments AS e ON e.id = t.enrolment_id
        WHERE {" AND ".join(where)}
        ORDER BY a.tier, coalesce(a.why_now_score, 0) DESC, t.due_at, a.name, t.step_index,
                 t.created_at
    """
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = [dict(zip(QUEUE_COLUMNS, r, strict=True)) for r in db.execute(sql, params)]
    for row in rows:  # titles of planned steps are phrases: worded for today's reader
        row["title"] = render(row["title"])
    return rows


def next_open_task_by_enrolment(db: Database, account_id: str) -> dict[str, tuple[str, str]]:
    """enrolment id → (due date, channel) of its next open step, for one account."""
    out: dict[str, tuple[str, str]] = {}
    for enrolment_id, due, channel in db.execute(
        "SELECT enrolment_id, due_at, channel FROM tasks WHERE account_id = ? "
        "AND enrolment_id IS NOT NULL AND status IN ('open', 'snoozed') "
        "ORDER BY due_at DESC, step_index DESC",
        [account_id],
    ):
        out[enrolment_id] = (due, channel)  # the last one written is the earliest
    return out


# -- research sessions ----------------------------------------------------------------------

_SESSION_SELECT = f"SELECT {', '.join(SESSION_COLUMNS)} FROM research_sessions"


def running_session(db: Database, account_id: str) -> ResearchSession | None:
    row = db.execute(f"{_SESSION_SELECT} WHERE account_id = ? AND ended_at IS NULL", [account_id]).fetchone()
    return _session(row) if row else None


def insert_session(db: Database, session: ResearchSession) -> None:
    with db.atomic():
        db.conn.execute(_insert_sql("research_sessions", SESSION_COLUMNS), _values(session, SESSION_COLUMNS))


def end_session(db: Database, session_id: str, ended_at: str, minutes: float) -> None:
    with db.atomic():
        db.conn.execute(
            "UPDATE research_sessions SET ended_at = ?, minutes = ?, updated_at = ? WHERE id = ?",
            (ended_at, minutes, utc_now(), session_id),
        )


def sessions_for_account(db: Database, account_id: str) -> list[ResearchSession]:
    rows = db.execute(f"{_SESSION_SELECT} WHERE account_id = ? ORDER BY started_at", [account_id]).fetchall()
    return [_session(r) for r in rows]


def research_minutes(db: Database, account_id: str) -> tuple[float, int]:
    """(minutes of finished sessions, how many sessions) for an account."""
    row = db.execute(
        "SELECT coalesce(sum(minutes), 0), count(*) FROM research_sessions "
        "WHERE account_id = ? AND ended_at IS NOT NULL",
        [account_id],
    ).fetchone()
    return float(row[0]), int(row[1])
