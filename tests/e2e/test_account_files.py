"""The AE hand-off round trip through account files, and hostile files refused in words."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from app import account_files, accounts, contacts, demo
from app.account_files import AccountFileError
from storage.db import connect

pytestmark = pytest.mark.e2e


@pytest.fixture
def sdr(tmp_path: Path) -> tuple[Path, Database]:
    path = tmp_path / "sdr.whynow"
    db = connect(path)
    demo.load_demo(db)
    return path, db


def export(db: Database, domain: str, target: Path, by: str = "") -> Path:
    account = accounts.find_account(db, domain)
    account_files.export_account_file(db, [account.id], target, exported_by=by)
    return target


def merge(db: Database, path: Path, file: Path, dry: bool = False):  # type: ignore[no-untyped-def]
    inspected = account_files.inspect_account_file(file)
    try:
        if dry:
            return account_files.preview_account_file(db, inspected)
        return account_files.import_account_file(db, inspected, workspace_path=path)
    finally:
        inspected.discard()


def test_round_trip_sdr_to_ae_and_back(sdr: tuple[Path, Database], tmp_path: Path) -> None:
    sdr_path, sdr_db = sdr
    packet = export(sdr_db, "northwind-freight.example", tmp_path / "northwind.whynow", by="Mia (SDR)")
    inspected = account_files.inspect_account_file(packet)
    assert inspected.accounts == ["Northwind Freight"] and inspected.exported_by == "Mia (SDR)"
    inspected.discard()

    # The AE's laptop: an empty workspace imports the file.
    ae_path = tmp_path / "ae.whynow"
    ae_db = connect(ae_path)
    preview = merge(ae_db, ae_path, packet, dry=True)
    assert preview.new > 8 and accounts.list_rows(ae_db) == []  # a preview writes nothing
    merge(ae_db, ae_path, packet)
    northwind = accounts.find_account(ae_db, "northwind-freight.example")
    assert len(contacts.list_contacts(ae_db, northwind.id)) == 8
    # The AE adds a contact and edits the account; meanwhile the SDR edits the account too.
    contacts.add_contact(ae_db, northwind.id, {"full_name": "Alex Morgan Jr", "title": "Procurement Lead"})
    accounts.update_account(sdr_db, northwind.id, {"description": "SDR's earlier edit"})
    import time

    time.sleep(1.1)  # updated_at has one-second resolution
    accounts.update_account(ae_db, northwind.id, {"description": "AE's later edit", "ae": "Alex Morgan"})
    back = export(ae_db, "northwind-freight.example", tmp_path / "back.whynow", by="Alex (AE)")

    report = merge(sdr_db, sdr_path, back)
    merged = accounts.find_account(sdr_db, "northwind-freight.example")
    assert merged.description == "AE's later edit"
    names = [c.full_name for c in contacts.list_contacts(sdr_db, merged.id)]
    assert names.count("Alex Morgan Jr") == 1 and len(names) == 9  # both sides' people, once
    lost = [c for c in report.conflicts if c["field"] == "description"]
    assert lost and lost[0]["other"] == "SDR's earlier edit"
    log = account_files.merge_log(sdr_db)
    assert any(r["field"] == "description" and "SDR's earlier edit" in str(r["other_value"]) for r in log)
    # Merging the same file again changes nothing and duplicates nothing.
    again = merge(sdr_db, sdr_path, back)
    assert again.new == 0 and again.changed == 0
    assert len(contacts.list_contacts(sdr_db, merged.id)) == 9


def _refused(db: Database, path: Path, file: Path, words: str) -> None:
    before = db.execute("SELECT count(*) FROM accounts").fetchone()[0]
    with pytest.raises(AccountFileError, match=words):
        merge(db, path, file)
    assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] == before


def test_hostile_and_broken_files_are_refused_and_write_nothing(sdr: tuple[Path, Database], tmp_path: Path) -> None:
    path, db = sdr
    text = tmp_path / "notes.whynow"
    text.write_text("hello, I am not a database\n")
    _refused(db, path, text, "not a WhyNow account file")

    evil_zip = tmp_path / "evil.whynow"
    with zipfile.ZipFile(evil_zip, "w") as z:
        z.writestr("../../etc/evil", "boom")
    _refused(db, path, evil_zip, "zip archive")
    assert not (tmp_path.parent.parent / "etc" / "evil").exists()

    other = tmp_path / "other.whynow"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE accounts(id, name)")
    conn.commit()
    conn.close()
    _refused(db, path, other, "not a WhyNow account file")

    good = export(db, "helixledger.example", tmp_path / "good.whynow")
    newer = tmp_path / "newer.whynow"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    _refused(db, path, newer, "newer version")

    truncated = tmp_path / "cut.whynow"
    data = good.read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    _refused(db, path, truncated, "damaged|incomplete")

    bad_utf8 = tmp_path / "utf8.whynow"
    bad_utf8.write_bytes(good.read_bytes())
    conn = sqlite3.connect(bad_utf8)
    # A hostile file need not carry our search triggers: drop them to plant bad bytes.
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE accounts SET name = CAST(X'48656C6CFF' AS TEXT)")
    conn.commit()
    conn.close()
    _refused(db, path, bad_utf8, "UTF-8")

    _refused(db, path, tmp_path / "missing.whynow", "No such file")


def test_cli_export_then_dry_run_import(
    sdr: tuple[Path, Database], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    path, _ = sdr
    out = tmp_path / "two.whynow"
    assert (
        main(
            [
                "--workspace",
                str(path),
                "export-accounts",
                "yunfan-logistics.example",
                "helixledger.example",
                "-o",
                str(out),
                "--by",
                "Mia",
            ]
        )
        == 0
    )
    assert "Wrote 2 accounts," in capsys.readouterr().out
    fresh = tmp_path / "fresh.whynow"
    assert main(["--workspace", str(fresh), "import-accounts", str(out), "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "Would merge" in text and "accounts: 2 new" in text
    assert main(["--workspace", str(fresh), "accounts", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
