"""Reading the CSV files users bring from CRMs, and recognising their columns.

Users export from Salesforce, HubSpot or LinkedIn Sales Navigator and
expect us to know that "Billing Country" and "Country/Region" mean the same
thing. Column synonyms are data (resources/csv_columns.json); this module
decodes the bytes (UTF-8 with or without BOM, UTF-16 from Excel, GB18030
from Chinese Excel, then Latin-1 as the last resort that never fails), sniffs
the delimiter and maps headers to our fields. Pure: bytes in, rows out.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources

from research.i18n import translate

MAX_FIELD = 1_000_000  # a single cell larger than this is a broken file, not data


class TabularError(ValueError):
    """The file cannot be read as a table; the message says why in words."""


@dataclass(slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]  # each padded/truncated to len(headers)
    encoding: str
    delimiter: str
    #: for each row, its number as a spreadsheet shows it (header = 1); blank lines count
    row_numbers: list[int] = field(default_factory=list)
    #: (row number as the user sees it in a spreadsheet, message) for rows we had to fix
    problems: list[tuple[int, str]] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def read_table(data: bytes) -> Table:
    if not data.strip():
        raise TabularError(translate("UserError", "The file is empty."))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TabularError(translate("UserError", "This is not a CSV file (it contains binary data)."))
    text, encoding = decode(data)
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        raise TabularError(translate("UserError", "The file has no header row.")) from None
    except csv.Error as exc:
        raise TabularError(translate("UserError", "The header row cannot be read: {exc}.", exc=exc)) from None
    if not any(headers):
        raise TabularError(translate("UserError", "The first row is empty; it should name the columns."))
    rows: list[list[str]] = []
    numbers: list[int] = []
    problems: list[tuple[int, str]] = []
    width = len(headers)
    strip = str.strip
    try:
        record = 1
        for row in reader:
            record += 1  # csv counts physical lines (a quoted cell may span several); users count records
            line = record
            if not "".join(row).strip():  # blank, or nothing but spaces: as if the line were not there
                continue
            if len(row) == width:  # the usual row: no padding, no cutting
                rows.append(list(map(strip, row)))
            else:
                if len(row) > width and any(c.strip() for c in row[width:]):
                    problems.append(
                        (
                            line,
                            translate(
                                "ImportRow",
                                "has {cells} cells but the header has {width}; extra cells ignored",
                                cells=len(row),
                                width=width,
                            ),
                        )
                    )
                rows.append([c.strip() for c in (row + [""] * width)[:width]])
            numbers.append(line)
    except csv.Error as exc:
        raise TabularError(
            translate("UserError", "Row {line_num} cannot be read: {exc}.", line_num=reader.line_num, exc=exc)
        ) from None
    return Table(headers, rows, encoding, delimiter, row_numbers=numbers, problems=problems)


def _key(header: str) -> str:
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]+", "", header.casefold())


@functools.cache
def synonyms(kind: str) -> dict[str, list[str]]:
    """field → header names users bring, for 'accounts' or 'contacts'."""
    text = resources.files("resources").joinpath("csv_columns.json").read_text("utf-8")
    data: dict[str, dict[str, list[str]]] = json.loads(text)
    return data[kind]


def recognise_columns(headers: list[str], kind: str) -> dict[str, int]:
    """Our field name → column index, for every header we recognise.

    Exact synonyms win over fuzzy ones; each column maps to at most one field.
    """
    table = synonyms(kind)
    keys = [_key(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for fieldname, names in table.items():
        wanted = [_key(n) for n in [fieldname, *names]]
        for want in wanted:
            if want in keys and keys.index(want) not in used:
                mapping[fieldname] = keys.index(want)
                used.add(mapping[fieldname])
                break
    return mapping
