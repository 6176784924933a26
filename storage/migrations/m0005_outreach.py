"""Outreach: touches, playbook enrolments, due tasks and research sessions.

Pure DDL, run inside the single upgrade transaction (never `executescript`).
Enum columns (channel, direction, outcome, status) carry no CHECK constraint
on purpose: adding a channel later would otherwise need a table rebuild; the
values are validated in `app/outreach.py` before they get here.

Tables are created parents first (touches before the tasks that point at
them): account files copy tables in creation order into a workspace with
foreign keys on.
"""

from __future__ import annotations

import sqlite3

from storage.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE touches (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            -- NULL: the account as a whole. SET NULL keeps the account's history
            -- (and its metrics) if a contact row is ever removed for good.
            contact_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
            channel TEXT NOT NULL,                 -- email, call, linkedin, ... (app/outreach.py)
            direction TEXT NOT NULL DEFAULT 'outbound',   -- outbound, inbound
            outcome TEXT NOT NULL,                 -- sent, no_answer, ..., bounced, opted_out
            subject TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,                      -- UTC ISO-8601: when it happened
            logged_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT                        -- soft delete: undo and merges see it
        );
        CREATE INDEX touches_account_at ON touches(account_id, at);
        CREATE INDEX touches_contact_at ON touches(contact_id, at) WHERE contact_id IS NOT NULL;

        CREATE TABLE enrolments (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            playbook TEXT NOT NULL,                -- the playbook's name when enrolled
            persona_tier TEXT NOT NULL DEFAULT 'unknown',
            status TEXT NOT NULL DEFAULT 'active', -- active, paused, stopped, finished
            status_reason TEXT NOT NULL DEFAULT '',-- in words: "replied (email, replied_positive)"
            started_on TEXT NOT NULL,              -- date the first step was due from
            paused_at TEXT,
            ended_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX enrolments_contact ON enrolments(contact_id, status);
        CREATE INDEX enrolments_account ON enrolments(account_id);

        CREATE TABLE tasks (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            contact_id TEXT REFERENCES contacts(id) ON DELETE CASCADE,
            enrolment_id TEXT REFERENCES enrolments(id) ON DELETE CASCADE,
            step_index INTEGER,                    -- NULL: scheduled by hand ("schedule next")
            due_at TEXT NOT NULL,                  -- date YYYY-MM-DD; a snooze moves it
            channel TEXT NOT NULL,
            title TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',      -- filled template: e-mail subject line
            body TEXT NOT NULL DEFAULT '',         -- filled template: what to say
            instructions TEXT NOT NULL DEFAULT '', -- the playbook step's advice to the SDR
            status TEXT NOT NULL DEFAULT 'open',   -- open, done, skipped, snoozed
            status_reason TEXT NOT NULL DEFAULT '',
            completed_touch_id TEXT REFERENCES touches(id) ON DELETE SET NULL,
            completed_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- the Today queue: open/snoozed tasks due on or before a date
        CREATE INDEX tasks_status_due ON tasks(status, due_at);
        CREATE INDEX tasks_enrolment ON tasks(enrolment_id) WHERE enrolment_id IS NOT NULL;
        CREATE INDEX tasks_contact ON tasks(contact_id) WHERE contact_id IS NOT NULL;
        CREATE INDEX tasks_account ON tasks(account_id);
        CREATE INDEX tasks_touch ON tasks(completed_touch_id) WHERE completed_touch_id IS NOT NULL;

        CREATE TABLE research_sessions (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            ended_at TEXT,                         -- NULL: the timer is running
            minutes REAL,                          -- set when stopped
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX research_sessions_account ON research_sessions(account_id, started_at);
        -- one running timer per account, enforced by the file itself
        CREATE UNIQUE INDEX research_sessions_running ON research_sessions(account_id)
            WHERE ended_at IS NULL;
        """,
    )
