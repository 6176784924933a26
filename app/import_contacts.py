"""Importing contacts from CSV (Salesforce, HubSpot, Sales Navigator, LinkedIn) and vCards.

Two phases so nothing is written before the user has seen what will happen.
`preview_contacts_import` / `preview_vcard_import` read the file, map the
columns and decide for every row: new, duplicate (of a contact already in
the workspace, by e-mail anywhere or by name at the same account) or error
(with its row or card number), which account it belongs to and how we know:
the e-mail's domain, the company's domain, the company's exact name, or a
fuzzy name match that the user must confirm. `apply_contacts_import` writes
the preview in ONE transaction: a cancel or a failure leaves the workspace
exactly as it was.

Built for 100,000 rows in seconds: the workspace's accounts and contacts
are read once into dictionaries, titles are classified through a cache, and
rows are written with executemany in chunks. No query per row.

Must not: import Qt, or write anything during the preview.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from rapidfuzz import fuzz, process
from sqlite_utils import Database

from app import accounts as account_cases
from app import contacts as contact_cases
from app import import_accounts
from app.errors import UserError, ValidationError
from app.tasks import CancelToken, Progress, ProgressCallback, no_progress
from research import icp
from research.domains import normalise_domain, website_for
from research.i18n import translate
from research.tabular import Table, TabularError, decode, read_table, recognise_columns
from research.types import Account, Contact, PersonaTier, StageChange, utc_now
from storage import accounts as account_store
from storage import contacts as store
from storage.search import bulk_indexing

RowStatus = Literal["new", "duplicate", "error"]
DuplicatePolicy = Literal["skip", "update"]
#: how a row's account was found; "new_account": none matched, one can be created
AccountMatch = Literal["existing_contact", "email_domain", "company_domain", "name", "fuzzy", "new_account", "none"]

FUZZY_THRESHOLD = 90  # rapidfuzz ratio (0-100) on normalised company names
_CHUNK = 5000  # rows per executemany and per cancel check

# Consumer mailboxes say nothing about the employer: never match accounts by them.
# Kept here (not in resources/) because it is a short, stable list the import
# owns; exact registrable domains plus providers with a domain per country.
FREE_MAIL_DOMAINS = frozenset((
    "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com", "hotmail.com",
    "outlook.com", "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com",
    "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.de", "gmx.net", "web.de",
    "t-online.de", "freenet.de", "mail.com", "mail.ru", "inbox.ru", "bk.ru", "list.ru",
    "yandex.ru", "yandex.com", "zoho.com", "fastmail.com", "hey.com", "tutanota.com", "tuta.io",
    "laposte.net", "orange.fr", "free.fr", "sfr.fr", "libero.it", "virgilio.it", "seznam.cz",
    "wp.pl", "o2.pl", "interia.pl", "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net",
    "sina.com", "sina.cn", "sohu.com", "aliyun.com", "139.com", "189.cn", "21cn.com", "tom.com",
    "naver.com", "daum.net", "hanmail.net", "rediffmail.com",
))  # fmt: skip
_FREE_MAIL_PROVIDERS = frozenset((
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "gmx", "yandex", "aol",
    "icloud",
))  # fmt: skip

# Legal forms dropped before comparing company names: "Acme, Inc." ~ "ACME Inc" ~ "Acme".
_LEGAL_FORMS = frozenset((
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp",
    "lp", "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "bv", "nv", "srl", "spa", "oy", "ab",
    "as", "aps", "kk", "pte", "pty", "pvt", "se",
))  # fmt: skip
_CJK_LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "株式会社", "公司")
_WORD_RE = re.compile(r"[^\W_]+")
_ASCII_WORD_RE = re.compile(r"[a-z0-9]+")


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100k row objects are built.

    Every few hundred allocations CPython walks the young objects, and
    ever more often the whole growing heap; the rows hold no cycles, so this
    is pure cost (measured: ~0.6 s of a 100k-row preview). Reference counting
    still frees everything; the collector is switched back on afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _new_ids(n: int) -> list[str]:
    """n random (version 4) UUID strings, as research.types.new_id makes, in one go.

    uuid.uuid4() builds a UUID object per id; for 100k rows that is a tenth
    of a second of the import, spent on objects thrown away at once.
    """
    digits = os.urandom(16 * n).hex()
    ids = []
    for i in range(0, 32 * n, 32):
        h = digits[i : i + 32]
        variant = "89ab"[int(h[16], 16) & 3]
        ids.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}")
    return ids


def is_free_mail_domain(domain: str) -> bool:
    if domain in FREE_MAIL_DOMAINS:
        return True
    return domain.split(".", 1)[0] in _FREE_MAIL_PROVIDERS


def company_key(name: str) -> str:
    """Company name normalised for matching: case, accents, punctuation, legal form dropped."""
    name = name or ""
    if name.isascii():
        # Most names: no accents to drop, no Chinese legal form, and the words below are
        # exactly the runs of ASCII letters and digits (a preview does this per company).
        tokens = _ASCII_WORD_RE.findall(name.lower())
    else:
        text = unicodedata.normalize("NFKC", name).casefold().strip()
        for suffix in _CJK_LEGAL_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
                break
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        tokens = _WORD_RE.findall(text)
    while len(tokens) > 1 and tokens[-1] in _LEGAL_FORMS:
        tokens.pop()
    return " ".join(tokens)


def _exact_name(name: str) -> str:
    return " ".join((name or "").split()).casefold()


# -- preview data -----------------------------------------------------------------------------


@dataclass(slots=True)
class ContactImportRow:
    row_number: int  # CSV: as in a spreadsheet (header = row 1); vCard: card number from 1
    status: RowStatus
    #: cleaned contact fields (full_name, title, department, email, phone, linkedin_url,
    #: buying_role, notes), only those the file gave
    fields: dict[str, Any] = field(default_factory=dict)
    company: str = ""
    account_id: str | None = None
    account_name: str = ""
    match: AccountMatch = "none"
    match_score: float = 0.0  # 100 for exact matches
    #: a fuzzy or ambiguous account match: imported only once confirmed
    needs_confirmation: bool = False
    existing_id: str | None = None  # the contact this row duplicates
    message: str = ""
    #: a tuple, not a list: 100k rows mostly without warnings share the one empty tuple
    warnings: tuple[str, ...] = ()
    tier: PersonaTier = PersonaTier.UNKNOWN
    tier_confidence: float = 0.0
    tier_reason: str = ""
    #: for match == "new_account": which account-to-create this row joins
    new_account_key: str = ""


@dataclass(slots=True)
class NewAccount:
    """An account the import would create for companies no account matches."""

    key: str
    name: str
    domain: str = ""
    rows: int = 0


@dataclass(slots=True)
class ContactsPreview:
    source: Literal["csv", "vcard"]
    headers: list[str]
    mapping: dict[str, int]
    rows: list[ContactImportRow]
    encoding: str
    new_accounts: dict[str, NewAccount] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def unit(self) -> str:
        """What row numbers count: "row" in a CSV, "card" in a vCard file."""
        return "card" if self.source == "vcard" else "row"

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def needing_confirmation(self) -> list[ContactImportRow]:
        return [r for r in self.rows if r.needs_confirmation and r.status != "error"]

    def confirm(self, row_numbers: Iterable[int] | None = None) -> int:
        """Accept the suggested account for these rows (all when None); returns how many."""
        wanted = None if row_numbers is None else set(row_numbers)
        done = 0
        for row in self.needing_confirmation():
            if wanted is None or row.row_number in wanted:
                row.needs_confirmation = False
                done += 1
        return done

    @property
    def unmapped_headers(self) -> list[str]:
        used = set(self.mapping.values())
        return [h for i, h in enumerate(self.headers) if i not in used]


@dataclass(slots=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0  # duplicates left as they were
    errors: int = 0
    accounts_created: int = 0
    unconfirmed: int = 0  # fuzzy account matches nobody confirmed: not imported
    no_account: int = 0  # companies without an account, and creating accounts was not allowed


# -- the row builder (shared by CSV and vCard) ----------------------------------------------


class _RowBuilder:
    """Decides each row's fate against indexes of the workspace read once up front."""

    def __init__(self, db: Database, unit: str) -> None:
        self.unit = unit
        self.by_domain: dict[str, tuple[str, str]] = {}
        self.by_name: dict[str, list[tuple[str, str]]] = {}
        self.by_key: dict[str, tuple[str, str]] = {}
        self.account_names: dict[str, str] = {}
        for aid, name, domain in account_store.all_names_and_domains(db):
            self.account_names[aid] = name
            if domain and domain not in self.by_domain:
                self.by_domain[domain] = (aid, name)
            self.by_name.setdefault(_exact_name(name), []).append((aid, name))
            key = company_key(name)
            if key and key not in self.by_key:
                self.by_key[key] = (aid, name)
        self.fuzzy_keys = list(self.by_key)
        #: fuzzy_keys that could score FUZZY_THRESHOLD against a key of a given length
        self.fuzzy_keys_by_length: dict[int, list[str]] = {}
        self.contact_by_email: dict[str, tuple[str, str, str]] = {}
        self.contact_by_name: dict[tuple[str, str], tuple[str, str]] = {}
        for cid, aid, name, email in store.identity_rows(db):
            if email and email not in self.contact_by_email:
                self.contact_by_email[email] = (cid, aid, name)
            self.contact_by_name.setdefault((aid, contact_cases.normalise_name(name)), (cid, name))
        self.classify = contact_cases.TitleClassifier()
        #: title → tier guess, read before calling classify (a dict lookup, not a call, per row)
        self.tiers: dict[str, contact_cases.TierGuess] = {}
        # What the file repeats is worked out once per distinct value: mail hosts, company
        # domains, company names, job titles and departments.
        self.email_domains: dict[str, tuple[str, str]] = {}
        self.company_domains: dict[str, str] = {}
        self.companies: dict[str, tuple[str, str]] = {}
        self.clean_texts: dict[str, str] = {}
        self.fuzzy_cache: dict[str, tuple[str, str, float] | None] = {}
        self.seen_emails: dict[str, int] = {}
        self.seen_names: dict[tuple[str, str], int] = {}
        self.new_accounts: dict[str, NewAccount] = {}
        self.new_by_domain: dict[str, str] = {}
        self.new_by_key: dict[str, str] = {}

    # -- account matching

    def _email_domain(self, email: str) -> tuple[str, str]:
        """(the account domain the address points to, or the free-mail domain it is at)."""
        host = email.rsplit("@", 1)[-1].lower()
        found = self.email_domains.get(host)
        if found is None:
            domain = normalise_domain(host)
            found = ("", domain) if is_free_mail_domain(domain) else (domain, "")
            self.email_domains[host] = found
        return found

    def _company_domain(self, text: str) -> str:
        domain = self.company_domains.get(text)
        if domain is None:
            domain = normalise_domain(text)
            if is_free_mail_domain(domain):
                domain = ""  # a "Website" column holding gmail.com says nothing either
            self.company_domains[text] = domain
        return domain

    def _company(self, text: str) -> tuple[str, str]:
        """The company as shown (whitespace collapsed) and as compared with account names."""
        found = self.companies.get(text)
        if found is None:
            shown = " ".join(text.split())
            found = (shown, _exact_name(shown))
            self.companies[text] = found
        return found

    def _clean_text(self, text: str) -> str:
        cleaned = self.clean_texts.get(text)
        if cleaned is None:
            cleaned = self.clean_texts[text] = contact_cases.clean_name(text)
        return cleaned

    def _fuzzy_candidates(self, key: str) -> list[str]:
        """The account keys, in their order, long or short enough to reach FUZZY_THRESHOLD.

        fuzz.ratio is 100 * (1 - edits / (len(a) + len(b))), and at least |len(a) - len(b)|
        insertions or deletions are needed, so keys of too different a length cannot match;
        leaving them out (same order, so ties resolve as before) halves the time per company.
        """
        n = len(key)
        keys = self.fuzzy_keys_by_length.get(n)
        if keys is None:
            slack = (100 - FUZZY_THRESHOLD) / 100
            keys = [k for k in self.fuzzy_keys if abs(len(k) - n) <= slack * (len(k) + n) + 1]
            self.fuzzy_keys_by_length[n] = keys
        return keys

    def _fuzzy(self, company: str) -> tuple[str, str, float] | None:
        if company in self.fuzzy_cache:
            return self.fuzzy_cache[company]
        key = company_key(company)
        found: tuple[str, str, float] | None = None
        if key and key in self.by_key:
            aid, name = self.by_key[key]
            found = (aid, name, 100.0)
        elif key and self.fuzzy_keys:
            best = process.extractOne(
                key, self._fuzzy_candidates(key), scorer=fuzz.ratio, processor=None,
                score_cutoff=FUZZY_THRESHOLD,
            )  # fmt: skip
            if best is not None:
                aid, name = self.by_key[best[0]]
                found = (aid, name, float(best[1]))
        self.fuzzy_cache[company] = found
        return found

    def _match_account(self, row: ContactImportRow, email_domain: str, company_domain: str, company_exact: str) -> None:
        found = self.by_domain.get(email_domain) if email_domain else None
        if found is not None:
            row.account_id, row.account_name = found
            row.match, row.match_score = "email_domain", 100.0
            return
        found = self.by_domain.get(company_domain) if company_domain else None
        if found is not None:
            row.account_id, row.account_name = found
            row.match, row.match_score = "company_domain", 100.0
            return
        company = row.company
        if not company:
            return
        named = self.by_name.get(company_exact)
        if named:
            row.account_id, row.account_name = named[0]
            row.match, row.match_score = "name", 100.0
            if len(named) > 1:
                row.needs_confirmation = True
                row.message = f"{len(named)} accounts are called “{company}”; confirm which one"
            return
        fuzzy = self._fuzzy(company)
        if fuzzy is not None:
            row.account_id, row.account_name, row.match_score = fuzzy
            row.match, row.needs_confirmation = "fuzzy", True
            row.message = (
                f"“{company}” looks like the account “{row.account_name}” ({row.match_score:.0f}% alike); confirm"
            )
            return
        self._join_new_account(row, company_domain or email_domain)

    def _join_new_account(self, row: ContactImportRow, domain: str) -> None:
        key = company_key(row.company) or _exact_name(row.company)
        group_key = (self.new_by_domain.get(domain) if domain else None) or self.new_by_key.get(key)
        if group_key is None:
            group_key = f"new-{len(self.new_accounts) + 1}"
            self.new_accounts[group_key] = NewAccount(group_key, row.company, domain)
        group = self.new_accounts[group_key]
        if domain and not group.domain:
            group.domain = domain
        if domain:
            self.new_by_domain.setdefault(domain, group_key)
        self.new_by_key.setdefault(key, group_key)
        group.rows += 1
        row.new_account_key = group_key
        row.account_name = group.name
        row.match = "new_account"
        row.message = translate(
            "ImportRow", "no account for “{company}”: one will be created if you allow it", company=row.company
        )

    # -- one row

    def add(self, row_number: int, raw: Mapping[str, str]) -> ContactImportRow:
        row = ContactImportRow(row_number, "new")
        try:
            fields = self._clean(raw, row)
        except ValidationError as exc:
            row.status, row.message = "error", str(exc)
            return row
        row.fields = fields
        company = raw.get("company")
        if company:
            found = self.companies.get(company)
            row.company, company_exact = found if found is not None else self._company(company)
        else:
            company_exact = ""
        email = fields.get("email", "")
        email_l = email.lower()
        name_key = contact_cases.normalise_name(fields["full_name"])

        if email_l:
            first = self.seen_emails.get(email_l)
            if first is not None:
                row.status = "error"
                if self.unit == "card":
                    row.message = translate(
                        "ImportRow", "same e-mail as card {first}; only the first is imported", first=first
                    )
                else:
                    row.message = translate(
                        "ImportRow", "same e-mail as row {first}; only the first is imported", first=first
                    )
                return row
            self.seen_emails[email_l] = row_number

        existing = self.contact_by_email.get(email_l) if email_l else None
        if existing is not None:
            row.status, row.existing_id = "duplicate", existing[0]
            row.account_id, row.match, row.match_score = existing[1], "existing_contact", 100.0
            row.account_name = self.account_names.get(existing[1], "")
            row.message = translate("ImportRow", "already in the workspace as {name} (same e-mail)", name=existing[2])
        else:
            email_domain, free_mail = self._email_domain(email) if email else ("", "")
            company_domain = raw.get("company_domain")
            company_domain = self._company_domain(company_domain) if company_domain else ""
            self._match_account(row, email_domain, company_domain, company_exact)
            if row.match == "none":
                row.status = "error"
                if email_domain or company_domain:
                    row.message = translate(
                        "ImportRow",
                        "no company given, and no account has the domain {domain}",
                        domain=company_domain or email_domain,
                    )
                elif free_mail:
                    row.message = translate(
                        "ImportRow", "no company given, and {mailbox} is a personal mailbox", mailbox=free_mail
                    )
                else:
                    row.message = translate("ImportRow", "no company given and no e-mail to tell which account")
                return row
            if row.account_id is not None:
                same = self.contact_by_name.get((row.account_id, name_key))
                if same is not None:
                    row.status, row.existing_id = "duplicate", same[0]
                    row.message = translate(
                        "ImportRow", "{name} is already a contact at {account}", name=same[1], account=row.account_name
                    )

        place = row.account_id or f"new:{row.new_account_key}"
        first = self.seen_names.get((place, name_key))
        if first is not None:
            row.status = "error"
            if self.unit == "card":
                row.message = translate(
                    "ImportRow",
                    "same name at the same company as card {first}; only the first is imported",
                    first=first,
                )
            else:
                row.message = translate(
                    "ImportRow", "same name at the same company as row {first}; only the first is imported", first=first
                )
            return row
        self.seen_names[(place, name_key)] = row_number
        title = fields.get("title", "")
        guess = self.tiers.get(title)
        if guess is None:
            guess = self.tiers[title] = self.classify(title)
        row.tier, row.tier_confidence, row.tier_reason = guess
        return row

    def _clean(self, raw: Mapping[str, str], row: ContactImportRow) -> dict[str, Any]:
        name = raw.get("full_name")
        if name and not name.isspace():
            name = contact_cases.clean_name(name)
        else:  # join_name's result is clean already
            name = contact_cases.join_name(raw.get("first_name", ""), raw.get("last_name", ""))
        if not name:
            raise ValidationError(translate("ImportRow", "the contact has no name"), "full_name")
        fields: dict[str, Any] = {"full_name": name}
        email = raw.get("email")
        if email:
            fields["email"] = contact_cases.clean_email(email)
        title = raw.get("title")
        if title:
            fields["title"] = self._clean_text(title)
        department = raw.get("department")
        if department:
            fields["department"] = self._clean_text(department)
        for key in ("phone", "notes"):
            value = raw.get(key, "").strip()
            if value:
                fields[key] = value
        linkedin = raw.get("linkedin_url", "")
        if linkedin:
            try:
                fields["linkedin_url"] = contact_cases.clean_linkedin_url(linkedin)
            except ValidationError:
                row.warnings += (f"“{linkedin}” is not a LinkedIn profile; left out",)
        role = raw.get("buying_role", "")
        if role:
            try:
                fields["buying_role"] = contact_cases.parse_buying_role(role)
            except ValidationError:
                row.warnings += (translate("ImportRow", "buying role “{role}” not known; left out", role=role),)
        return fields


# -- CSV --------------------------------------------------------------------------------------


def _skip_preamble(data: bytes) -> tuple[bytes, int]:
    """LinkedIn's Connections.csv starts with a "Notes:" paragraph before the header.

    Returns the data from the header on and how many lines were skipped.
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if not head.startswith(b"Notes:"):
        return data, 0
    index = data.find(b"\nFirst Name")
    if index < 0:
        return data, 0
    return data[index + 1 :], data[: index + 1].count(b"\n")


def preview_contacts_import(db: Database, data: bytes, mapping: Mapping[str, int] | None = None) -> ContactsPreview:
    """Read a CSV and decide every row; writes nothing. Raises UserError for unusable files."""
    with _gc_paused():  # reading builds a million cell strings, none of them in a cycle
        return _preview_csv(db, data, mapping)


def _preview_csv(db: Database, data: bytes, mapping: Mapping[str, int] | None) -> ContactsPreview:
    data, skipped_lines = _skip_preamble(data)
    try:
        table: Table = read_table(data)
    except TabularError as exc:
        raise UserError(str(exc)) from None
    used = dict(mapping) if mapping is not None else recognise_columns(table.headers, "contacts")
    if not ({"full_name", "first_name", "last_name"} & set(used)):
        raise UserError(
            translate(
                "UserError",
                "No column holds the contact's name. Expected “First Name” and “Last Name”, "
                "or “Full Name”/“Name”; the file has: {items}.",
                items=", ".join(table.headers),
            )
        )
    if not ({"company", "email", "company_domain"} & set(used)):
        raise UserError(
            translate(
                "UserError",
                "No column says where the contacts work: expected “Company”/“Account Name”, "
                "“Email” or “Company Domain”; the file has: {items}.",
                items=", ".join(table.headers),
            )
        )
    builder = _RowBuilder(db, "row")
    # Every row has exactly len(headers) cells, so a mapped column past them is empty in all.
    columns = [(f, i) for f, i in used.items() if i < len(table.headers)]
    # Numbered as the user's spreadsheet shows them: blank lines and a skipped preamble count.
    numbers = [n + skipped_lines for n in table.row_numbers]
    add = builder.add
    rows = [add(n, {f: cells[i] for f, i in columns if cells[i]}) for n, cells in zip(numbers, table.rows, strict=True)]
    warnings = [
        translate("ImportRow", "row {row}: {problem}", row=n + skipped_lines, problem=m) for n, m in table.problems
    ]
    return ContactsPreview("csv", table.headers, used, rows, table.encoding, builder.new_accounts, warnings)


# -- vCard --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Card:
    number: int
    line: int
    text: str
    problem: str = ""


def _split_cards(text: str) -> Iterator[_Card]:
    """BEGIN:VCARD … END:VCARD blocks, so one broken card cannot sink the others."""
    current: list[str] | None = None
    start = 0
    number = 0
    for line_no, line in enumerate(text.splitlines(), start=1):
        marker = line.strip().upper()
        if marker == "BEGIN:VCARD":
            if current is not None:
                yield _Card(number, start, "", translate("ImportRow", "has no END:VCARD before the next card"))
            number += 1
            current, start = [line], line_no
        elif current is not None:
            current.append(line)
            if marker == "END:VCARD":
                yield _Card(number, start, "\r\n".join(current) + "\r\n")
                current = None
    if current is not None:
        yield _Card(number, start, "", translate("ImportRow", "has no END:VCARD (the file ends inside it)"))


def _param_types(prop: Any) -> set[str]:
    types = {str(t).upper() for t in prop.params.get("TYPE", [])}
    return types | {str(t).upper() for t in getattr(prop, "singletonparams", [])}


def _pick(props: list[Any], preferred: tuple[str, ...]) -> str:
    for wanted in preferred:
        for prop in props:
            if wanted in _param_types(prop) and str(prop.value).strip():
                return str(prop.value).strip()
    for prop in props:
        if str(prop.value).strip():
            return str(prop.value).strip()
    return ""


def _card_fields(card: Any) -> dict[str, str]:
    contents: dict[str, list[Any]] = card.contents
    raw: dict[str, str] = {}
    name = _pick(contents.get("fn", []), ())
    if not name and contents.get("n"):
        n = contents["n"][0].value
        raw["first_name"], raw["last_name"] = str(n.given or ""), str(n.family or "")
    raw["full_name"] = name
    if contents.get("org"):
        org = contents["org"][0].value
        parts = [str(p).strip() for p in (org if isinstance(org, list) else [org])]
        raw["company"] = parts[0] if parts else ""
        if len(parts) > 1 and parts[1]:
            raw["department"] = parts[1]
    raw["title"] = _pick(contents.get("title", []), ()) or _pick(contents.get("role", []), ())
    raw["email"] = _pick(contents.get("email", []), ("PREF", "WORK"))
    raw["phone"] = _pick(contents.get("tel", []), ("WORK", "CELL", "PREF"))
    for key in ("url", "x-socialprofile"):
        for prop in contents.get(key, []):
            value = str(prop.value).strip()
            if "linkedin." in value.lower():
                raw["linkedin_url"] = value
                break
        if "linkedin_url" in raw:
            break
    raw["notes"] = _pick(contents.get("note", []), ())
    return {k: v for k, v in raw.items() if v}


def preview_vcard_import(db: Database, data: bytes) -> ContactsPreview:
    """Read a .vcf with one or more cards; a broken card is an error row, the rest go on."""
    import vobject  # imported here: only the vCard import needs it

    if not data.strip():
        raise UserError(translate("UserError", "The file is empty."))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(translate("UserError", "This is not a vCard file (it contains binary data)."))
    text, encoding = decode(data)
    builder = _RowBuilder(db, "card")
    rows: list[ContactImportRow] = []
    for card in _split_cards(text):
        if card.problem:
            rows.append(
                ContactImportRow(
                    card.number,
                    "error",
                    message=translate(
                        "ImportRow", "card at line {line} {problem}", line=card.line, problem=card.problem
                    ),
                )
            )
            continue
        try:
            parsed = vobject.readOne(card.text)
            raw = _card_fields(parsed)
        except Exception as exc:  # vobject raises many kinds; any of them means "this card"
            # vobject counts lines its own way; the card's line in the file is what helps
            message = re.sub(r"^At line \d+:\s*", "", str(exc).strip()) or type(exc).__name__
            rows.append(
                ContactImportRow(
                    card.number,
                    "error",
                    message=translate(
                        "ImportRow", "card at line {line} cannot be read: {problem}", line=card.line, problem=message
                    ),
                )
            )
            continue
        rows.append(builder.add(card.number, raw))
    if not rows:
        raise UserError(translate("UserError", "This is not a vCard file: it has no BEGIN:VCARD line."))
    headers = ["FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "URL", "NOTE"]
    return ContactsPreview("vcard", headers, {}, rows, encoding, builder.new_accounts)


def read_file(path: Path) -> bytes:
    return import_accounts.read_file(path)


# -- apply --------------------------------------------------------------------------------------


def _create_accounts(db: Database, preview: ContactsPreview, wanted: set[str], now: str, user: str) -> dict[str, str]:
    """Insert one account per company no account matched; returns group key → account id."""
    profile = account_cases.icp_profile(db)
    created: dict[str, str] = {}
    for key in sorted(wanted):
        spec = preview.new_accounts[key]
        account = Account(
            name=spec.name, domain=spec.domain, website=website_for(spec.domain),
            created_at=now, updated_at=now,
        )  # fmt: skip
        fit = icp.compute_fit(account, profile)
        if fit:
            account.icp_score, account.icp_reasons = fit.score, fit.reasons
        account_store.insert(db, account)
        account_store.add_stage_change(
            db,
            StageChange(account.id, None, account.stage, user, "contacts import", changed_at=now),
        )
        created[key] = account.id
    return created


def _merge_into(existing: Contact, row: ContactImportRow) -> bool:
    """Copy the file's non-empty fields onto the existing contact; True if anything changed."""
    changed = False
    for key, value in row.fields.items():
        if getattr(existing, key) != value:
            setattr(existing, key, value)
            changed = True
    if "title" in row.fields and not existing.tier_is_manual:
        guess = (row.tier, row.tier_confidence, row.tier_reason)
        if guess != (existing.persona_tier, existing.tier_confidence, existing.tier_reason):
            existing.persona_tier, existing.tier_confidence, existing.tier_reason = guess
            changed = True
    return changed


def apply_contacts_import(
    db: Database,
    preview: ContactsPreview,
    *,
    create_accounts: bool = False,
    on_duplicate: DuplicatePolicy = "skip",
    accept_fuzzy: bool = False,
    user: str = "",
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Write the previewed rows in one transaction; Cancelled rolls everything back.

    Rows still needing confirmation (fuzzy or ambiguous account) are left out
    unless `accept_fuzzy`; rows for companies without an account are left out
    unless `create_accounts`.
    """
    result = ImportResult()
    now = utc_now()
    total = len(preview.rows)
    token = cancel or CancelToken()
    to_insert: list[ContactImportRow] = []
    to_update: list[ContactImportRow] = []
    wanted_accounts: set[str] = set()
    for row in preview.rows:
        if row.status == "error":
            result.errors += 1
        elif row.needs_confirmation and not accept_fuzzy:
            result.unconfirmed += 1
        elif row.status == "duplicate":
            if on_duplicate == "update" and row.existing_id:
                to_update.append(row)
            else:
                result.skipped += 1
        elif row.match == "new_account" and row.account_id is None:
            if create_accounts:
                wanted_accounts.add(row.new_account_key)
                to_insert.append(row)
            else:
                result.no_account += 1
        elif row.account_id is not None:
            to_insert.append(row)
        else:
            result.errors += 1
    done = 0
    # Ids handed out in ascending order: each batch then lands on neighbouring pages of the
    # contacts' and the search map's UUID indexes instead of all over them. Still random v4 ids.
    contact_ids = sorted(_new_ids(len(to_insert)))
    try:
        with _gc_paused(), store.bulk_write_cache(db), db.atomic():
            with bulk_indexing(db.conn, "account"):  # searchable in one statement, not row by row
                new_ids = _create_accounts(db, preview, wanted_accounts, now, user)
            result.accounts_created = len(new_ids)
            # Written account by account (the file's order within each): with the ids ascending,
            # the contacts' account index then grows at a few places instead of everywhere
            # (measured: a fifth less time inserting 100k contacts).
            to_insert.sort(key=lambda r: r.account_id or new_ids[r.new_account_key])
            # One executemany per batch, search index included (no trigger per row).
            with store.bulk_writer(db) as writer:
                for start in range(0, len(to_insert), _CHUNK):
                    token.raise_if_cancelled()
                    chunk = to_insert[start : start + _CHUNK]
                    batch = store.rows_for_new(
                        (
                            (contact_id, row.account_id or new_ids[row.new_account_key], row.fields,
                             row.tier, row.tier_confidence, row.tier_reason)
                            for row, contact_id in zip(chunk, contact_ids[start : start + _CHUNK], strict=True)
                        ),
                        now,
                    )  # fmt: skip
                    writer.insert(batch)
                    result.created += len(batch)
                    done += len(batch)
                    progress(Progress(done, total, "importing contacts"))
                for start in range(0, len(to_update), _CHUNK):
                    token.raise_if_cancelled()
                    chunk = to_update[start : start + _CHUNK]
                    existing = store.get_many(db, [r.existing_id for r in chunk if r.existing_id])
                    changed: dict[str, Contact] = {}
                    for row in chunk:
                        contact = existing.get(row.existing_id or "")
                        # gone since the preview, or the file says nothing new: left as it is
                        if contact is not None and _merge_into(contact, row):
                            changed[contact.id] = contact
                            result.updated += 1
                        else:
                            result.skipped += 1
                    writer.update(changed.values())
                    done += len(chunk)
                    progress(Progress(done, total, "updating contacts"))
            token.raise_if_cancelled()
    except sqlite3.IntegrityError as exc:
        raise UserError(
            translate(
                "UserError",
                "The workspace changed since the preview (an account was removed?); "
                "nothing was imported. Preview the file again. ({detail})",
                detail=exc,
            )
        ) from None
    progress(Progress(total, total, "done"))
    return result
