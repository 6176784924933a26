"""Words for the field keys and codes the app layer hands the UI.

Imports, previews and exports speak in keys (`linkedin_url`, `email_domain`,
`duplicate`); people read labels. One table here so every dialog shows the
same word for the same key, in the UI language. An unknown key is shown as
it is: a new field still appears, just untranslated, rather than vanishing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

# PySide6's stub says QT_TRANSLATE_NOOP returns object; it returns the source text, which these tables hold.
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)

_FIELDS = {
    # accounts
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "domain": QT_TRANSLATE_NOOP("Field", "Domain"),
    "website": QT_TRANSLATE_NOOP("Field", "Website"),
    "industry": QT_TRANSLATE_NOOP("Field", "Industry"),
    "employees": QT_TRANSLATE_NOOP("Field", "Employees"),
    "country": QT_TRANSLATE_NOOP("Field", "Country"),
    "region": QT_TRANSLATE_NOOP("Field", "Region"),
    "tier": QT_TRANSLATE_NOOP("Field", "Tier"),
    "stage": QT_TRANSLATE_NOOP("Field", "Stage"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "ae": QT_TRANSLATE_NOOP("Field", "AE"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    # contacts
    "first_name": QT_TRANSLATE_NOOP("Field", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Field", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Field", "Full name"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "department": QT_TRANSLATE_NOOP("Field", "Department"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "linkedin_url": QT_TRANSLATE_NOOP("Field", "LinkedIn URL"),
    "company": QT_TRANSLATE_NOOP("Field", "Company"),
    "company_domain": QT_TRANSLATE_NOOP("Field", "Company domain"),
    "buying_role": QT_TRANSLATE_NOOP("Field", "Buying role"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
}

_ROW_STATUS = {
    "new": QT_TRANSLATE_NOOP("ImportRow", "new"),
    "duplicate": QT_TRANSLATE_NOOP("ImportRow", "duplicate"),
    "error": QT_TRANSLATE_NOOP("ImportRow", "error"),
}

#: how an imported contact found its account (app.import_contacts.AccountMatch)
_MATCH = {
    "existing_contact": QT_TRANSLATE_NOOP("AccountMatch", "already a contact"),
    "email_domain": QT_TRANSLATE_NOOP("AccountMatch", "e-mail domain"),
    "company_domain": QT_TRANSLATE_NOOP("AccountMatch", "company domain"),
    "name": QT_TRANSLATE_NOOP("AccountMatch", "same name"),
    "fuzzy": QT_TRANSLATE_NOOP("AccountMatch", "similar name"),
    "new_account": QT_TRANSLATE_NOOP("AccountMatch", "new account"),
    "none": QT_TRANSLATE_NOOP("AccountMatch", "no match"),
}


def field_label(key: str) -> str:
    return QCoreApplication.translate("Field", _FIELDS[key]) if key in _FIELDS else key


def row_status_label(status: str) -> str:
    return QCoreApplication.translate("ImportRow", _ROW_STATUS[status]) if status in _ROW_STATUS else status


def match_label(match: str) -> str:
    return QCoreApplication.translate("AccountMatch", _MATCH[match]) if match in _MATCH else match


def column_mapping(headers: list[str], mapping: dict[str, int]) -> str:
    """“Job Title” → Title, “E-mail Address” → E-mail: which file column fills which field."""
    return ", ".join(f"“{headers[i]}” → {field_label(f)}" for f, i in mapping.items())
