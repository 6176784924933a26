"""Importing and exporting accounts as CSV (Salesforce and HubSpot columns).

Two phases so nothing is written before the user has seen what will happen:
`preview_accounts_import` reads the file, maps columns and classifies every
row (new, duplicate by domain, error with its row number);
`apply_accounts_import` writes the preview in one transaction, so a cancel
or a failure leaves the workspace exactly as it was.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlite_utils import Database

from app import accounts as account_cases
from app.errors import UserError, ValidationError
from app.tasks import CancelToken, Progress, ProgressCallback, no_progress
from research import icp
from research.domains import normalise_domain, website_for
from research.i18n import translate
from research.tabular import Table, TabularError, read_table, recognise_columns
from research.types import Account, StageChange
from storage import accounts as store

MAX_FILE_BYTES = 200_000_000
IMPORT_FIELDS = account_cases.EDITABLE_FIELDS

RowStatus = Literal["new", "duplicate", "error"]
DuplicatePolicy = Literal["skip", "update"]


@dataclass(slots=True)
class PreviewRow:
    row_number: int  # as in a spreadsheet: the header is row 1
    status: RowStatus
    fields: dict[str, object] = field(default_factory=dict)
    message: str = ""
    existing_id: str | None = None
    existing_name: str = ""


@dataclass(slots=True)
class AccountsPreview:
    headers: list[str]
    mapping: dict[str, int]
    rows: list[PreviewRow]
    encoding: str
    warnings: list[str] = field(default_factory=list)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def unmapped_headers(self) -> list[str]:
        used = set(self.mapping.values())
        return [h for i, h in enumerate(self.headers) if i not in used]


@dataclass(slots=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: int = 0


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                translate(
                    "UserError",
                    "{name} is {value} MB; the limit is {value2} MB.",
                    name=path.name,
                    value=size // 1_000_000,
                    value2=MAX_FILE_BYTES // 1_000_000,
                )
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(translate("UserError", "No such file: {path}", path=path)) from None
    except IsADirectoryError:
        raise UserError(translate("UserError", "{path} is a folder, not a CSV file.", path=path)) from None
    except PermissionError:
        raise UserError(translate("UserError", "You may not read {path}.", path=path)) from None


def preview_accounts_import(db: Database, data: bytes, mapping: Mapping[str, int] | None = None) -> AccountsPreview:
    try:
        table: Table = read_table(data)
    except TabularError as exc:
        raise UserError(str(exc)) from None
    used = dict(mapping) if mapping is not None else recognise_columns(table.headers, "accounts")
    if "name" not in used:
        raise UserError(
            translate(
                "UserError",
                "No column holds the account name. Expected one of “Account Name”, “Company name” "
                "or “Name”; the file has: {items}.",
                items=", ".join(table.headers),
            )
        )
    known = {domain: (aid, name) for aid, name, domain in store.all_names_and_domains(db) if domain}
    seen_in_file: dict[str, int] = {}
    rows: list[PreviewRow] = []
    for index, cells in enumerate(table.rows):
        row_number = table.row_numbers[index] if table.row_numbers else index + 2
        raw = {f: cells[i] for f, i in used.items() if i < len(cells)}
        raw = {k: v for k, v in raw.items() if v != ""}
        try:
            fields = account_cases.clean_fields(raw)
            if not fields.get("name"):
                raise ValidationError(translate("UserError", "the account name is empty"), "name")
            if not fields.get("domain") and fields.get("website"):
                fields["domain"] = normalise_domain(str(fields["website"]))
        except ValidationError as exc:
            rows.append(PreviewRow(row_number, "error", message=str(exc)))
            continue
        domain = str(fields.get("domain") or "")
        if domain and domain in seen_in_file:
            rows.append(
                PreviewRow(
                    row_number,
                    "error",
                    fields,
                    translate(
                        "UserError",
                        "same domain {domain} as row {seen_in_file}; only the first is imported",
                        domain=domain,
                        seen_in_file=seen_in_file[domain],
                    ),
                )
            )
            continue
        if domain:
            seen_in_file[domain] = row_number
        if domain in known:
            aid, name = known[domain]
            rows.append(
                PreviewRow(
                    row_number,
                    "duplicate",
                    fields,
                    translate("UserError", "already in the workspace as “{name}”", name=name),
                    aid,
                    name,
                )
            )
        else:
            rows.append(PreviewRow(row_number, "new", fields))
    warnings = [f"row {n}: {m}" for n, m in table.problems]
    return AccountsPreview(table.headers, used, rows, table.encoding, warnings)


def apply_accounts_import(
    db: Database,
    preview: AccountsPreview,
    *,
    on_duplicate: DuplicatePolicy = "skip",
    user: str = "",
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Write the previewed rows in one transaction; Cancelled rolls everything back."""
    result = ImportResult()
    profile = account_cases.icp_profile(db)
    total = len(preview.rows)
    with db.atomic():
        for done, row in enumerate(preview.rows, start=1):
            if cancel is not None and done % 200 == 0:
                cancel.raise_if_cancelled()
            if done % 500 == 0:
                progress(Progress(done, total, "importing accounts"))
            if row.status == "error":
                result.errors += 1
            elif row.status == "duplicate" and row.existing_id:
                if on_duplicate == "update":
                    account_cases.update_account(db, row.existing_id, row.fields, user=user, reason="CSV import")
                    result.updated += 1
                else:
                    result.skipped += 1
            else:
                account = Account(**row.fields)  # type: ignore[arg-type]
                if account.domain and not account.website:
                    account.website = website_for(account.domain)
                fit = icp.compute_fit(account, profile)
                if fit:
                    account.icp_score, account.icp_reasons = fit.score, fit.reasons
                store.insert(db, account)
                store.add_stage_change(
                    db, StageChange(account.id, None, account.stage, user, "CSV import", changed_at=account.created_at)
                )
                result.created += 1
        if cancel is not None:
            cancel.raise_if_cancelled()
    progress(Progress(total, total, "done"))
    return result


EXPORT_HEADERS = (
    ("Account Name", "name"),
    ("Website", "website"),
    ("Company Domain Name", "domain"),
    ("Industry", "industry"),
    ("Employees", "employees"),
    ("Region", "region"),
    ("Billing Country", "country"),
    ("Tier", "tier"),
    ("Stage", "stage"),
    ("Account Owner", "owner"),
    ("AE", "ae"),
    ("ICP Fit", "icp_score"),
    ("Description", "description"),
)


def export_accounts_csv(db: Database, *, include_archived: bool = False) -> bytes:
    """CSV with the same column names the importer recognises (UTF-8 with BOM for Excel)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([h for h, _ in EXPORT_HEADERS])
    for account in store.all_accounts(db, include_archived=include_archived):
        values = {
            "name": account.name,
            "website": account.website,
            "domain": account.domain,
            "industry": account.industry,
            "employees": account.employees,
            "region": account.region,
            "country": account.country,
            "tier": account.tier,
            "stage": account.stage.value,
            "owner": account.owner,
            "ae": account.ae,
            "icp_score": account.icp_score,
            "description": account.description,
        }
        writer.writerow(["" if values[f] is None else values[f] for _, f in EXPORT_HEADERS])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
