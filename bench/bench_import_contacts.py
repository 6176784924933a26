"""Benchmark: import 100,000 contacts from CSV into a workspace with 10,000 accounts.

    python bench/bench_import_contacts.py [--rows 100000] [--accounts 10000] [--keep DIR] [--repeat 3]

Target: preview + apply under 5 s and under 300 MB peak memory. The parent
process builds the workspace (10k accounts, 10k existing contacts) and the
CSV, then a fresh child process does only the import, so the child's peak
RSS (VmHWM from /proc; ru_maxrss elsewhere, which can carry the parent's
peak over exec) is the import's own, interpreter and libraries included.

The import runs on fresh copies of the same workspace: as shipped (--repeat
times), and once with the contacts table's triggers dropped, which shows
what features hanging on contact writes cost it (nothing now: the import
pauses the search triggers and indexes its rows in bulk itself). Each run
says where its time went: reading the CSV, reading the workspace's accounts
and contacts, deciding the rows; then writing the new contacts, the search
index (new and updated rows), the updated contacts, and the rest (accounts
created, building rows, the commit).

The CSV mixes what real CRM exports hold: ~70% work e-mails at an account's
domain, ~15% personal mailboxes with the exact company name, ~4% near-miss
company names (fuzzy), ~5% companies with no account (created), ~3%
contacts already in the workspace (updated), ~2% broken rows. Titles repeat
from a pool of a few thousand, as they do in real data.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _build(workdir: Path, rows: int, n_accounts: int, seed: int) -> tuple[Path, Path]:
    from make_workspace import FIRST_NAMES, LAST_NAMES, contact_title, make_accounts, make_contacts

    from storage import accounts as account_store
    from storage import contacts as contact_store
    from storage.db import connect

    rng = random.Random(seed)
    ws = workdir / "bench.whynow"
    db = connect(ws)
    account_ids = make_accounts(db, n_accounts, rng)
    make_contacts(db, n_accounts, rng, account_ids)
    accounts = [(name, domain) for _, name, domain in account_store.all_names_and_domains(db)]
    existing = [email for _, _, _, email in contact_store.identity_rows(db) if email]
    db.close()

    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["First Name", "Last Name", "Title", "Account Name", "Email", "Phone",
                     "Department", "LinkedIn Profile URL", "Mailing Country"])  # fmt: skip
    new_companies = [f"Newco {i} Ltd" for i in range(500)]
    for i in range(rows):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name, domain = rng.choice(accounts)
        title = contact_title(rng)
        linkedin = f"https://www.linkedin.com/in/{first.lower()}-{i}" if rng.random() < 0.4 else ""
        phone = f"+49 30 {rng.randint(1000000, 9999999)}" if rng.random() < 0.5 else ""
        roll = rng.random()
        email = f"{first.lower()}.{last.lower()}.{i}@{domain}"
        if roll < 0.70:
            pass
        elif roll < 0.85:
            email = f"{first.lower()}{i}@{rng.choice(['gmail.com', 'qq.com', 'outlook.com'])}"
        elif roll < 0.89:
            name, email = f"{name} Inc.", f"p{i}@163.com"
        elif roll < 0.94:
            company = rng.choice(new_companies)
            name, email = company, f"p{i}@{company.split()[1]}.newco.example"
        elif roll < 0.97:
            email = rng.choice(existing)
        elif roll < 0.985:
            email = f"broken-{i}.example.com"
        else:
            first = last = ""
        writer.writerow([first, f"{last}{i}" if last else "", title, name, email, phone,
                         "", linkedin, "Germany"])  # fmt: skip
    csv_path = workdir / "contacts.csv"
    csv_path.write_text(out.getvalue(), encoding="utf-8")
    return ws, csv_path


def _rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _timed(owner: object, name: str, key: str, spent: dict[str, float]) -> None:
    """Count the wall time spent in owner.name under `key` (the import calls these a few dozen times)."""
    original = getattr(owner, name)

    def timed(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[key] += time.perf_counter() - start

    setattr(owner, name, timed)


def _measure(ws: Path, csv_path: Path, without_triggers: bool) -> None:
    """Child process: import only, print one JSON line of figures."""
    from app import import_contacts
    from storage import contacts as contact_store
    from storage import search
    from storage.db import connect

    spent: dict[str, float] = dict.fromkeys(("read", "workspace", "add", "replace", "insert", "update"), 0.0)
    _timed(import_contacts, "read_table", "read", spent)
    _timed(import_contacts._RowBuilder, "__init__", "workspace", spent)
    _timed(search.BulkIndex, "add", "add", spent)
    _timed(search.BulkIndex, "replace", "replace", spent)
    _timed(contact_store.BulkWriter, "insert", "insert", spent)  # includes BulkIndex.add
    _timed(contact_store.BulkWriter, "update", "update", spent)  # includes BulkIndex.replace
    db = connect(ws)
    if without_triggers:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'contacts'"
        names = [r[0] for r in db.execute(query)]
        for name in names:
            db.execute(f'DROP TRIGGER "{name}"')
    baseline_mb = _rss_mb("VmRSS")
    cpu_start = time.process_time()
    start = time.perf_counter()
    data = csv_path.read_bytes()
    preview = import_contacts.preview_contacts_import(db, data)
    del data
    previewed = time.perf_counter()
    result = import_contacts.apply_contacts_import(
        db, preview, create_accounts=True, on_duplicate="update", accept_fuzzy=True
    )
    done = time.perf_counter()
    cpu = time.process_time() - cpu_start
    figures = {
        "preview_s": round(previewed - start, 2),
        "apply_s": round(done - previewed, 2),
        "total_s": round(done - start, 2),
        "cpu_s": round(cpu, 2),  # steadier than wall time when other work shares the cores
        "peak_rss_mb": _rss_mb("VmHWM"),
        "rss_before_import_mb": baseline_mb,
        "created": result.created,
        "updated": result.updated,
        "skipped": result.skipped,
        "errors": result.errors,
        "accounts_created": result.accounts_created,
        "contacts_in_workspace": contact_store.count(db),
    }
    preview_s, apply_s = previewed - start, done - previewed
    parts = {
        "preview: read CSV": spent["read"],
        "preview: read workspace": spent["workspace"],
        "preview: decide rows": preview_s - spent["read"] - spent["workspace"],
        "apply: insert contacts": spent["insert"] - spent["add"],
        "apply: search index": spent["add"] + spent["replace"],
        "apply: update contacts": spent["update"] - spent["replace"],
        "apply: rest": apply_s - spent["insert"] - spent["update"],
    }
    figures["breakdown_s"] = {k: round(v, 2) for k, v in parts.items()}
    db.close()
    print(json.dumps(figures))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build in this folder and leave the files there")
    parser.add_argument("--repeat", type=int, default=1, help="import as shipped this many times (median, best)")
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--no-triggers", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        _measure(*args.measure, args.no_triggers)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for stale in workdir.glob("bench.whynow*"):
            stale.unlink()
        start = time.perf_counter()
        ws, csv_path = _build(workdir, args.rows, args.accounts, args.seed)
        size_mb = csv_path.stat().st_size / 1e6
        print(f"built {args.accounts} accounts, {args.accounts} contacts and a {args.rows}-row CSV "
              f"({size_mb:.1f} MB) in {time.perf_counter() - start:.1f} s")  # fmt: skip
        pristine = workdir / "pristine.whynow"
        shutil.copy(ws, pristine)
        runs: list[tuple[str, dict[str, Any]]] = []
        plan = [("as shipped", [])] * args.repeat + [("contacts triggers dropped", ["--no-triggers"])]
        for label, flags in plan:
            for stale in workdir.glob("bench.whynow*"):
                stale.unlink()
            shutil.copy(pristine, ws)
            child = subprocess.run(
                [sys.executable, __file__, "--measure", str(ws), str(csv_path), *flags],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            runs.append((label, json.loads(child.stdout.strip().splitlines()[-1])))
    for label, f in runs:
        print(f"{label}: preview {f['preview_s']} s + apply {f['apply_s']} s = {f['total_s']} s "
              f"(target < 5 s; {f['cpu_s']} s CPU); peak RSS {f['peak_rss_mb']} MB, "
              f"{f['rss_before_import_mb']} MB before the import (target < 300 MB)")  # fmt: skip
    shipped = [f for label, f in runs if label == "as shipped"]
    if len(shipped) > 1:
        totals, cpus = [f["total_s"] for f in shipped], [f["cpu_s"] for f in shipped]
        print(f"as shipped, {len(shipped)} runs: median {statistics.median(totals):.2f} s "
              f"(best {min(totals):.2f} s), CPU median {statistics.median(cpus):.2f} s; "
              f"preview median {statistics.median(f['preview_s'] for f in shipped):.2f} s, "
              f"apply median {statistics.median(f['apply_s'] for f in shipped):.2f} s; "
              f"peak RSS at most {max(f['peak_rss_mb'] for f in shipped)} MB")  # fmt: skip
    parts = shipped[0]["breakdown_s"]
    print("where the time went (median of the as-shipped runs): " + "; ".join(
        f"{k} {statistics.median(f['breakdown_s'][k] for f in shipped):.2f} s" for k in parts
    ))  # fmt: skip
    f = shipped[0]
    print(f"created {f['created']}, updated {f['updated']}, skipped {f['skipped']}, "
          f"errors {f['errors']}, accounts created {f['accounts_created']}; "
          f"{f['contacts_in_workspace']} contacts in the workspace")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
