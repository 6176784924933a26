"""Contacts import (CSV and vCard) into a real workspace: preview, then one-transaction apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from app import accounts, contacts
from app import import_contacts as ic
from app.errors import UserError
from app.tasks import Cancelled, CancelToken, Progress
from research.types import Account, PersonaTier
from storage import accounts as account_store
from storage import contacts as contact_store

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def known(db: Database) -> dict[str, Account]:
    specs = {
        "acme": ("Acme", "acme.com"),
        "globex": ("Globex Corporation", "globex.com"),
        "yunfan": ("云帆物流科技", "yunfan-logistics.example"),
        "initech": ("Initech", ""),
    }
    return {key: accounts.create_account(db, {"name": name, "domain": domain}) for key, (name, domain) in specs.items()}


def _preview(db: Database, name: str) -> ic.ContactsPreview:
    return ic.preview_contacts_import(db, (DATA / name).read_bytes())


def _by_name(preview: ic.ContactsPreview) -> dict[str, ic.ContactImportRow]:
    return {str(r.fields.get("full_name")): r for r in preview.rows if r.fields}


def _names_at(db: Database, account: Account) -> list[str]:
    return sorted(c.full_name for c in contacts.list_contacts(db, account.id))


# -- preview ------------------------------------------------------------------------------------


def test_salesforce_export_is_previewed_row_by_row(db: Database, known: dict[str, Account]) -> None:
    preview = _preview(db, "contacts_salesforce.csv")
    mapped = {f: preview.headers[i] for f, i in preview.mapping.items()}
    assert mapped["company"] == "Account Name" and mapped["title"] == "Title"
    assert preview.unmapped_headers == ["Mailing Country", "Contact Owner"]
    rows = _by_name(preview)
    jane = rows["Jane Doe"]
    assert (jane.status, jane.match, jane.account_id) == ("new", "email_domain", known["acme"].id)
    assert jane.tier == PersonaTier.C_LEVEL and "Chief Financial Officer" in jane.tier_reason
    # a gmail address says nothing; the exact company name does
    raj = rows["Raj Patel"]
    assert (raj.match, raj.account_id) == ("name", known["globex"].id)
    assert not raj.needs_confirmation
    # "Initech Inc." is not exactly "Initech": the user must confirm
    mia = rows["Mia Wong"]
    assert (mia.match, mia.account_id, mia.needs_confirmation) == (
        "fuzzy",
        known["initech"].id,
        True,
    )
    # both Brand New Co rows join one account-to-create
    assert rows["Tom Novak"].match == rows["Lena Fischer"].match == "new_account"
    assert [(a.name, a.domain, a.rows) for a in preview.new_accounts.values()] == [
        ("Brand New Co", "brandnew.example", 2)
    ]
    errors = {r.row_number: r.message for r in preview.rows if r.status == "error"}
    assert errors == {
        6: "the contact has no name",
        7: "“carl.at.acme.com” is not an e-mail address.",
    }


def test_hubspot_export_with_chinese_names(db: Database, known: dict[str, Account]) -> None:
    rows = _by_name(_preview(db, "contacts_hubspot.csv"))
    wang = rows["王伟"]  # family name first, no space, from 姓/名 columns
    assert (wang.account_id, wang.tier) == (known["yunfan"].id, PersonaTier.DIRECTOR)
    # a personal mailbox but the company's website column names the account
    omar = rows["Omar Haddad"]
    assert (omar.match, omar.account_id) == ("company_domain", known["globex"].id)
    sara = rows["Sara Lind"]
    assert sara.status == "error"
    assert sara.message == "no company given, and qq.com is a personal mailbox"


def test_a_free_mail_domain_never_matches_an_account(db: Database, known: dict[str, Account]) -> None:
    accounts.create_account(db, {"name": "Tencent", "domain": "qq.com"})
    data = b"Name,Email,Company\nSara Lind,sara@qq.com,Initech\n"
    row = ic.preview_contacts_import(db, data).rows[0]
    assert (row.match, row.account_id) == ("name", known["initech"].id)


def test_sales_navigator_export_keeps_going_past_a_bad_linkedin_url(db: Database, known: dict[str, Account]) -> None:
    rows = _by_name(_preview(db, "contacts_salesnav.csv"))
    assert rows["Peter Jones"].fields["linkedin_url"].startswith("https://www.linkedin.com/sales/")
    kofi = rows["Kofi Mensah"]
    assert kofi.status == "new" and "linkedin_url" not in kofi.fields
    assert kofi.warnings == ("“https://example.com/kofi” is not a LinkedIn profile; left out",)
    assert kofi.needs_confirmation  # "Globex Corp" vs "Globex Corporation"


def test_linkedin_connections_notes_are_skipped_and_rows_keep_their_numbers(
    db: Database, known: dict[str, Account]
) -> None:
    preview = _preview(db, "contacts_linkedin_connections.csv")
    assert [(r.row_number, r.fields["full_name"]) for r in preview.rows] == [
        (5, "Lucy Chen"),
        (6, "Ben Okafor"),
    ]
    assert preview.rows[0].fields["linkedin_url"] == "https://www.linkedin.com/in/lucychen"


def test_chinese_excel_csv_in_gb18030(db: Database, known: dict[str, Account]) -> None:
    data = "姓名,职位,公司\n李娜,首席执行官,云帆物流科技\n".encode("gb18030")
    row = ic.preview_contacts_import(db, data).rows[0]
    assert (row.fields["full_name"], row.account_id) == ("李娜", known["yunfan"].id)
    assert row.tier == PersonaTier.C_LEVEL


def test_a_mapping_chosen_by_the_user_wins(db: Database, known: dict[str, Account]) -> None:
    data = b"Who,Where,What\nJane Doe,Acme,CFO\n"
    with pytest.raises(UserError, match="name"):
        ic.preview_contacts_import(db, data)
    preview = ic.preview_contacts_import(db, data, {"full_name": 0, "company": 1, "title": 2})
    assert preview.rows[0].account_id == known["acme"].id


def test_duplicates_in_the_file_keep_the_first(db: Database, known: dict[str, Account]) -> None:
    data = b"Name,Email,Company\nJane Doe,jane@acme.com,Acme\nJane D,JANE@acme.com,Acme\njane  doe,,Acme\n"
    rows = ic.preview_contacts_import(db, data).rows
    assert [r.status for r in rows] == ["new", "error", "error"]
    assert rows[1].message == "same e-mail as row 2; only the first is imported"
    assert rows[2].message.startswith("same name at the same company as row 2")


# -- broken files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"Colour,Size\nred,XL\n", "No column holds the contact's name"),
        (b"First Name,Last Name,Title\nJane,Doe,CFO\n", "where the contacts work"),
    ],
)
def test_unusable_files_are_refused_in_words(
    db: Database, known: dict[str, Account], data: bytes, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        ic.preview_contacts_import(db, data)


# -- apply ----------------------------------------------------------------------------------------


def test_apply_leaves_out_unconfirmed_and_accountless_rows(db: Database, known: dict[str, Account]) -> None:
    preview = _preview(db, "contacts_salesforce.csv")
    result = ic.apply_contacts_import(db, preview)
    assert (result.created, result.errors, result.unconfirmed, result.no_account) == (2, 2, 1, 2)
    assert result.accounts_created == 0
    assert _names_at(db, known["acme"]) == ["Jane Doe"]
    assert _names_at(db, known["initech"]) == []
    jane = contact_store.find_by_email(db, "jane.doe@acme.com")[0]
    assert (jane.title, jane.department, jane.phone) == (
        "Chief Financial Officer",
        "Finance",
        "+1 555 0100",
    )
    assert jane.persona_tier == PersonaTier.C_LEVEL and not jane.tier_is_manual


def test_apply_creates_accounts_and_takes_confirmed_matches(db: Database, known: dict[str, Account]) -> None:
    preview = _preview(db, "contacts_salesforce.csv")
    assert preview.confirm() == 1
    progress: list[Progress] = []
    result = ic.apply_contacts_import(db, preview, create_accounts=True, progress=progress.append)
    assert (result.created, result.accounts_created) == (5, 1)
    assert _names_at(db, known["initech"]) == ["Mia Wong"]
    created = account_store.find_by_domain(db, "brandnew.example")
    assert created is not None and created.name == "Brand New Co"
    assert _names_at(db, created) == ["Lena Fischer", "Tom Novak"]
    assert progress[-1].done == progress[-1].total


def test_duplicates_are_skipped_or_updated_and_manual_tiers_survive(db: Database, known: dict[str, Account]) -> None:
    jane = contacts.add_contact(
        db,
        known["acme"].id,
        {"full_name": "Jane Doe", "email": "jane.doe@acme.com", "title": "Analyst"},
    )
    raj = contacts.add_contact(
        db,
        known["globex"].id,
        {"full_name": "Raj Patel", "title": "Intern", "persona_tier": "c_level"},
    )
    preview = _preview(db, "contacts_salesforce.csv")
    rows = _by_name(preview)
    assert (rows["Jane Doe"].status, rows["Jane Doe"].existing_id) == ("duplicate", jane.id)
    assert (rows["Raj Patel"].status, rows["Raj Patel"].existing_id) == ("duplicate", raj.id)

    skipped = ic.apply_contacts_import(db, preview, on_duplicate="skip")
    assert skipped.skipped == 2
    assert contacts.get_contact(db, jane.id).title == "Analyst"

    updated = ic.apply_contacts_import(db, _preview(db, "contacts_salesforce.csv"), on_duplicate="update")
    assert updated.updated == 2
    jane_after = contacts.get_contact(db, jane.id)
    assert jane_after.title == "Chief Financial Officer"
    assert jane_after.persona_tier == PersonaTier.C_LEVEL  # re-classified with the new title
    raj_after = contacts.get_contact(db, raj.id)
    assert raj_after.title == "Director of IT"
    assert raj_after.persona_tier == PersonaTier.C_LEVEL and raj_after.tier_is_manual
    assert contact_store.count(db) == 2  # nothing added twice


def _big_csv(n: int) -> bytes:
    lines = ["First Name,Last Name,Title,Company,Email"]
    lines += [f"P{i},Person,Engineer,Brand New Co,p{i}@acme.com" for i in range(n)]
    return ("\n".join(lines) + "\n").encode()


def test_cancel_mid_import_leaves_nothing(db: Database, known: dict[str, Account]) -> None:
    data = _big_csv(12_000)
    preview = ic.preview_contacts_import(db, data)
    token = CancelToken()

    def cancel_after_first_batch(p: Progress) -> None:
        if p.done > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        ic.apply_contacts_import(db, preview, create_accounts=True, progress=cancel_after_first_batch, cancel=token)
    assert contact_store.count(db) == 0
    assert account_store.count(db) == len(known)
    # and the same preview imports fine afterwards
    result = ic.apply_contacts_import(db, preview, create_accounts=True)
    assert result.created == 12_000 and contact_store.count(db) == 12_000


def test_an_account_removed_after_the_preview_imports_nothing(db: Database, known: dict[str, Account]) -> None:
    preview = _preview(db, "contacts_hubspot.csv")
    db.execute("DELETE FROM accounts WHERE id = ?", [known["globex"].id])
    with pytest.raises(UserError, match="changed since the preview"):
        ic.apply_contacts_import(db, preview)
    assert contact_store.count(db) == 0


# -- vCard ----------------------------------------------------------------------------------------


def test_vcard_file_with_a_broken_card_imports_the_rest(db: Database, known: dict[str, Account]) -> None:
    preview = ic.preview_vcard_import(db, (DATA / "contacts_cards.vcf").read_bytes())
    assert preview.unit == "card"
    assert [(r.row_number, r.status) for r in preview.rows] == [
        (1, "new"),
        (2, "error"),
        (3, "new"),
        (4, "new"),
        (5, "error"),
    ]
    assert preview.rows[1].message.startswith("card at line 13 cannot be read")
    assert "no END:VCARD" in preview.rows[4].message
    jane = preview.rows[0]
    assert jane.fields["email"] == "jane.doe@acme.com"  # the work address, not the home one
    assert jane.fields["department"] == "Finance"  # ORG's second part
    assert jane.fields["notes"] == "Met at SaaStr, keen on treasury"
    assert jane.account_id == known["acme"].id
    assert preview.rows[2].fields["full_name"] == "王伟"  # quoted-printable UTF-8 decoded
    ben = preview.rows[3]
    assert ben.fields["full_name"] == "Ben Okafor"  # built from N when there is no FN
    assert ben.fields["linkedin_url"] == "https://www.linkedin.com/in/benokafor"
    result = ic.apply_contacts_import(db, preview)
    assert (result.created, result.errors) == (3, 2)
    assert _names_at(db, known["yunfan"]) == ["王伟"]


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"hello world\n", "no BEGIN:VCARD"), (b"\x00\x01\x02" * 50, "binary")],
)
def test_unusable_vcard_files(db: Database, data: bytes, message: str) -> None:
    with pytest.raises(UserError, match=message):
        ic.preview_vcard_import(db, data)


def test_company_key_ignores_case_punctuation_and_legal_form() -> None:
    assert ic.company_key("ACME, Inc.") == ic.company_key("Acme") == "acme"
    assert ic.company_key("云帆物流科技有限公司") == "云帆物流科技"
    assert ic.company_key("Société Générale SA") == "societe generale"


def test_imported_contacts_are_searchable_and_later_ones_too(db: Database) -> None:
    """The bulk path indexes imported contacts at once and puts the row-by-row triggers back."""
    from app import accounts as account_cases
    from app import contacts as contact_cases
    from app import search
    from app.import_contacts import apply_contacts_import, preview_contacts_import

    account = account_cases.create_account(db, {"name": "云帆物流", "domain": "yunfan.example"})
    data = "Full Name,Title,Email\n陈建国,首席执行官,chen@yunfan.example\nAda Byron,Data Analyst,ada@yunfan.example\n"
    apply_contacts_import(db, preview_contacts_import(db, data.encode()))
    contact_cases.add_contact(db, account.id, {"full_name": "Grace Hopper", "title": "CTO"})

    def names(query: str) -> list[str]:
        result = search.search(db, query)
        return [hit.title.text for group in result.groups if group.kind == "contact" for hit in group.results]

    assert names("建国") == ["陈建国"]
    assert names("analyst") == ["Ada Byron"]
    assert names("hopper") == ["Grace Hopper"]
    triggers = db.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND tbl_name='contacts'").fetchone()[
        0
    ]
    assert triggers == 3


def test_contacts_updated_by_an_import_are_found_by_their_new_title_only(db: Database) -> None:
    from app import search

    account = accounts.create_account(db, {"name": "云帆物流", "domain": "yunfan.example"})
    chen = contacts.add_contact(
        db, account.id, {"full_name": "陈建国", "title": "首席执行官", "email": "chen@yunfan.example"}
    )
    ada = contacts.add_contact(
        db, account.id, {"full_name": "Ada Byron", "title": "Analyst", "email": "ada@yunfan.example"}
    )
    data = (
        "Full Name,Title,Email\n陈建国,财务总监,chen@yunfan.example\nAda Byron,Chief Data Officer,ada@yunfan.example\n"
    )
    result = ic.apply_contacts_import(db, ic.preview_contacts_import(db, data.encode()), on_duplicate="update")
    assert result.updated == 2

    def ids(query: str) -> list[str]:
        found = search.search(db, query)
        return [hit.id for group in found.groups if group.kind == "contact" for hit in group.results]

    assert ids("财务") == [chen.id]
    assert ids("执行") == []
    assert ids("chief data") == [ada.id]
    assert ids("analyst") == []


def test_rows_keep_their_spreadsheet_numbers_past_blank_lines(db: Database, known: dict[str, Account]) -> None:
    data = b"First Name,Last Name,Email\nAnn,Bee,ann@acme.com\n\n\nCid,Dee,not-an-email\nEve,Fox,ann@acme.com\n"
    preview = ic.preview_contacts_import(db, data)
    assert [(r.row_number, r.status) for r in preview.rows] == [(2, "new"), (5, "error"), (6, "error")]
    assert preview.rows[2].message == "same e-mail as row 2; only the first is imported"


def test_row_problems_read_in_the_readers_language(db: Database, known: dict[str, Account]) -> None:
    from app import i18n as app_i18n
    from research import i18n

    data = b"First Name,Last Name,Email\nAnna,Berg,anna@gmail.com\nAnna,Berg,anna@gmail.com\n"
    assert ic.preview_contacts_import(db, data).rows[0].message == (
        "no company given, and gmail.com is a personal mailbox"
    )
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    try:
        rows = ic.preview_contacts_import(db, data).rows
        with pytest.raises(UserError, match="没有包含联系人姓名的列"):
            ic.preview_contacts_import(db, b"Email,Company\na@b.example,Acme\n")
    finally:
        i18n.set_translator(None)
    assert [r.message for r in rows] == ["没有公司，且 gmail.com 是个人邮箱", "邮箱与第 2 行相同；只导入第一行"]
