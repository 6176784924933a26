"""CSV import/export of accounts: previews, duplicates, broken rows, cancel, round trip."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from app import accounts, import_accounts
from app.errors import UserError
from app.tasks import Cancelled, CancelToken

SALESFORCE = b"""Account Name,Website,Industry,Employees,Billing Country,Tier
Acme GmbH,https://www.acme.de,Software,"1,200",Germany,1
Beta Ltd,beta.co.uk,Fintech,300,United Kingdom,2
,nobody.example,Retail,10,France,3
Gamma,gamma.example,Retail,lots,France,3
Delta,www.acme.de,Software,50,Germany,2
"""

HUBSPOT = (
    "Company name,Company Domain Name,Industry,Number of Employees,Country/Region\n"
    "云帆物流,yunfan.example,物流,2300,中国\n"
).encode()


def test_salesforce_preview_classifies_every_row_with_row_numbers(db: Database) -> None:
    preview = import_accounts.preview_accounts_import(db, SALESFORCE)
    assert {preview.headers[i]: f for f, i in preview.mapping.items()}["Billing Country"] == "country"
    statuses = [(r.row_number, r.status) for r in preview.rows]
    assert statuses == [(2, "new"), (3, "new"), (4, "error"), (5, "error"), (6, "error")]
    messages = {r.row_number: r.message for r in preview.rows}
    assert "name is empty" in messages[4]
    assert "must be a number" in messages[5]
    assert "same domain acme.de as row 2" in messages[6]
    assert accounts.list_rows(db) == []  # a preview writes nothing


def test_apply_imports_good_rows_and_skips_or_updates_duplicates(db: Database) -> None:
    accounts.create_account(db, {"name": "Acme (old name)", "domain": "acme.de"})
    preview = import_accounts.preview_accounts_import(db, SALESFORCE)
    assert preview.rows[0].status == "duplicate" and preview.rows[0].existing_name == "Acme (old name)"
    result = import_accounts.apply_accounts_import(db, preview, on_duplicate="skip")
    assert (result.created, result.updated, result.skipped, result.errors) == (1, 0, 1, 3)
    assert sorted(r["name"] for r in accounts.list_rows(db)) == ["Acme (old name)", "Beta Ltd"]

    preview = import_accounts.preview_accounts_import(db, SALESFORCE)
    result = import_accounts.apply_accounts_import(db, preview, on_duplicate="update")
    assert (result.created, result.updated) == (0, 2)
    acme = accounts.find_account(db, "acme.de")
    assert (acme.name, acme.employees, acme.tier) == ("Acme GmbH", 1200, 1)


def test_hubspot_columns_in_chinese(db: Database) -> None:
    preview = import_accounts.preview_accounts_import(db, HUBSPOT)
    import_accounts.apply_accounts_import(db, preview)
    a = accounts.find_account(db, "yunfan.example")
    assert (a.name, a.industry, a.employees, a.country) == ("云帆物流", "物流", 2300, "中国")


def test_cancel_leaves_nothing_half_imported(db: Database) -> None:
    rows = "\n".join(f"Company {i},c{i}.example" for i in range(1000))
    preview = import_accounts.preview_accounts_import(db, f"Account Name,Website\n{rows}\n".encode())
    token = CancelToken()
    seen = []

    def progress(p: object) -> None:
        seen.append(p)
        token.cancel()  # the user presses Cancel after the first progress report

    with pytest.raises(Cancelled):
        import_accounts.apply_accounts_import(db, preview, progress=progress, cancel=token)
    assert seen, "progress was reported before the cancel"
    assert accounts.list_rows(db) == []


def test_a_file_without_a_name_column_is_refused_in_words(db: Database) -> None:
    with pytest.raises(UserError, match="No column holds the account name"):
        import_accounts.preview_accounts_import(db, b"Foo,Bar\n1,2\n")


def test_export_reads_back_the_same_accounts(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import_accounts.apply_accounts_import(
        db, import_accounts.preview_accounts_import(db, SALESFORCE + HUBSPOT.split(b"\n", 1)[1])
    )
    data = import_accounts.export_accounts_csv(db)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 Chinese correctly with a BOM
    from storage.db import connect

    other = connect(tmp_path / "other.whynow")
    result = import_accounts.apply_accounts_import(other, import_accounts.preview_accounts_import(other, data))
    assert result.created == 3 and result.errors == 0
    key = lambda r: (r["name"], r["tier"], r["stage"], r["employees"], r["country"])  # noqa: E731
    assert sorted(map(key, accounts.list_rows(other))) == sorted(map(key, accounts.list_rows(db)))


def test_row_numbers_count_blank_lines_like_a_spreadsheet(db: Database) -> None:
    data = b"Account Name,Employees\nAcme,10\n\nBroken,many\n"
    preview = import_accounts.preview_accounts_import(db, data)
    assert [(r.row_number, r.status) for r in preview.rows] == [(2, "new"), (4, "error")]
