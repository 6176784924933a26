"""Pulling the plug: a writer killed with SIGKILL mid-refresh leaves a healthy workspace
holding every transaction it reported as committed, search index included."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app import accounts, backups, search
from storage import feeds as feed_store
from storage import search as search_store
from storage.db import connect, integrity_problems

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

ROOT = Path(__file__).resolve().parent.parent.parent
BATCH = 200
COMMITS_BEFORE_KILL = 5

#: The child: a refresh-like loop storing 200 new items per feed transaction, forever,
#: printing one line after each commit. English and Chinese text, so the search
#: triggers do real work inside every transaction.
CHILD = """
import sys
from storage.db import connect
from storage.feeds import FeedState, ItemRecord, save_refresh
db = connect(sys.argv[1])
feed_id, account_id = sys.argv[2], sys.argv[3]
n = 0
while True:
    items = [
        ItemRecord(f"b{n}-{i}", f"https://acme.example/{n}/{i}", f"batch{n} 云帆物流第{i}条新闻",
                   f"Acme logistics update {i} of batch {n}: 完成数亿元B轮融资。" * 3, "", None,
                   True, "", "", f"h{n}-{i}")
        for i in range(%(batch)d)
    ]
    save_refresh(db, feed_id, account_id, FeedState(status="ok"), items)
    print(f"committed {n}", flush=True)
    n += 1
"""


def test_a_killed_writer_leaves_every_reported_commit_and_a_healthy_file(
    workspace_path: Path,
) -> None:
    db = connect(workspace_path)
    account = accounts.create_account(db, {"name": "Acme", "domain": "acme.example"})
    feed = feed_store.add_feed(db, account.id, "https://acme.example/feed")
    db.conn.commit()
    db.close()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD % {"batch": BATCH}, str(workspace_path), feed.id, account.id],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    reported: list[int] = []
    try:
        assert child.stdout is not None
        while len(reported) < COMMITS_BEFORE_KILL:
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"the writer stopped by itself: {child.stderr.read() if child.stderr else ''}")
            reported.append(int(line.split()[1]))
        os.kill(child.pid, signal.SIGKILL)  # mid-way through the next transaction, most likely
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=60)
        # Lines printed between our last read and the kill are commits too.
        rest = child.stdout.read() if child.stdout else ""
        reported += [int(line.split()[1]) for line in rest.splitlines() if line.startswith("committed")]
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()
    assert child.returncode == -signal.SIGKILL

    assert backups.check_integrity(workspace_path) == []
    db = connect(workspace_path)
    try:
        assert integrity_problems(db) == []
        for n in reported:
            count = db.execute("SELECT count(*) FROM items WHERE entry_id LIKE ?", [f"b{n}-%"]).fetchone()[0]
            assert count == BATCH, f"commit {n} reported but {count}/{BATCH} items are there"
        # A transaction is all or nothing: no batch is half there.
        per_batch = db.execute(
            "SELECT count(*) FROM items GROUP BY substr(entry_id, 1, instr(entry_id, '-'))"
        ).fetchall()
        assert {c for (c,) in per_batch} == {BATCH}
        # The search index committed with the rows: in step, and FTS5's own check passes.
        assert search_store.index_gaps(db) == {}
        db.execute("INSERT INTO search_fts_item (search_fts_item) VALUES ('integrity-check')")
        last = max(reported)
        found = search.search(db, f"batch{last}", kinds=["item"], limit_per_kind=5)
        assert found.groups and found.groups[0].total == BATCH
        everything = search.search(db, "流第", kinds=["item"]).groups[0]
        assert everything.total == min(BATCH * len(per_batch), search_store.RANK_WINDOW)
    finally:
        db.close()
