"""Languages: which one the user sees, installing Qt's and our translators,
and formatting dates, numbers and money the way that language writes them.

Translations live in `resources/i18n/whynow_<lang>.ts` (Qt Linguist XML, the
source of truth, edited by people). The `.qm` files Qt loads are build
products: this module compiles them with the `lrelease` that PySide6 ships
into the per-user cache folder whenever the `.ts` is newer, so nothing
compiled is ever committed. `python -m ui.i18n --update` refreshes the `.ts`
from the code with PySide6's `lupdate`, keeping every existing translation.

Behind the compiled catalogue sits a small translator that answers from the
`.ts` by source text. It covers the calls lupdate cannot place in the right
context (`tab.tr(...)` on another object, helper functions) and keeps the UI
translated on a machine where `lrelease` is missing.

This module must not change what any widget shows by itself (widgets call
`tr`); it does not decide *when* the language changes (the preferences do).
"""

from __future__ import annotations

import ast
import json
import logging
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

from app.i18n import I18N_DIR, CatalogueTranslator, Message, read_catalogue
from research import i18n as research_i18n

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = "whynow"
#: the languages the UI is translated into, besides English (the source language)
TRANSLATED = ("zh_CN",)
#: "system" follows the operating system; the others force a language
LANGUAGE_CHOICES = ("system", "en", "zh_CN")
#: each language's name as its speakers write it (a menu of languages is read by
#: someone who may not read the current one)
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}
#: objectName of the translators we install, so a second install replaces them
TRANSLATOR_NAME = "whynow-translator"
#: contexts that belong to Qt itself; our source-text fallback never answers them
_QT_CONTEXT = re.compile(r"^Q[A-Z]")


# -- which language ---------------------------------------------------------------------------


def resolve_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale for a language preference ("system", "en" or "zh_CN").

    "system" gives Simplified Chinese to a Chinese system written in the
    Simplified script (mainland China, Singapore) and the system's own locale
    otherwise: an English UI, with dates and numbers as that region writes them.
    """
    system = system or QLocale.system()
    if choice == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China)
    if choice == "en":
        english = QLocale(QLocale.Language.English, system.territory())
        return english if english.language() == QLocale.Language.English else QLocale("en_US")
    if (
        system.language() == QLocale.Language.Chinese
        and system.script()
        in (
            QLocale.Script.SimplifiedChineseScript,
            QLocale.Script.AnyScript,
        )
        and system.territory() not in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
    ):
        return resolve_locale("zh_CN")
    return system


def ui_language(locale: QLocale) -> str:
    """The catalogue to load for a locale: "zh_CN" or "en" (no catalogue: the source text)."""
    if locale.language() == QLocale.Language.Chinese and locale.script() != QLocale.Script.TraditionalChineseScript:
        return "zh_CN"
    return "en"


def is_chinese(locale: QLocale | None = None) -> bool:
    return ui_language(locale or QLocale()) == "zh_CN"


# -- compiling and loading ----------------------------------------------------------------------


def ts_path(language: str) -> Path:
    return I18N_DIR / f"{CATALOGUE}_{language}.ts"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("WhyNow", appauthor=False)) / "i18n"


def qt_tool(name: str) -> Path | None:
    """`lupdate` / `lrelease` as shipped inside the PySide6 package (or on PATH)."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - ui/ always has PySide6
        return None
    exe = name + (".exe" if sys.platform == "win32" else "")
    bundled = Path(PySide6.__file__).resolve().parent / exe
    if bundled.exists():
        return bundled
    import shutil

    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate)
        if found:
            return Path(found)
    return None


def compiled_catalogue(language: str, *, folder: Path | None = None) -> Path | None:
    """The `.qm` for `language`, compiled from the `.ts` when missing or older.

    Returns None when there is no `.ts` or it cannot be compiled (no lrelease,
    a read-only cache): the source-text translator still covers the UI then.
    """
    source = ts_path(language)
    if not source.exists():
        return None
    target = (folder or cache_dir()) / f"{CATALOGUE}_{language}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = qt_tool("lrelease")
    if tool is None:
        log.info("lrelease not found; translating from %s directly", source.name)
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(target)],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Cannot compile %s: %s", source.name, exc)
        return None
    return target if target.exists() else None


class SourceTextTranslator(QTranslator):
    """Answers from a `.ts` by (context, source), then by source text alone.

    The compiled catalogue is asked first; this one catches what lupdate
    filed under another context, so the same English sentence gets the same
    Chinese wherever the code asks for it. Never answers Qt's own contexts.
    """

    def __init__(self, messages: Iterable[Message], parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._catalogue = CatalogueTranslator(messages)

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if not source_text or _QT_CONTEXT.match(context or ""):
            return None  # None, not "": an empty string would blank the text
        return self._catalogue(context, source_text, disambiguation or "")

    def isEmpty(self) -> bool:
        return not self._catalogue


def _translate_below_ui(context: str, source: str) -> str:
    # QCoreApplication.translate is thread-safe: workers compose text too.
    return QCoreApplication.translate(context, source)


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Replace our translators on `app` with those for `locale`; returns them.

    Qt asks the most recently installed translator first: Qt's own catalogue
    for its dialogs and standard buttons, then ours compiled, then the
    source-text fallback.
    """
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    language = ui_language(locale)
    installed: list[QTranslator] = []
    # What app/, research/ and storage/ write goes through the same catalogue.
    research_i18n.set_translator(None if language == "en" else _translate_below_ui)
    if language == "en":
        return installed
    source = ts_path(language)
    if source.exists():
        fallback = SourceTextTranslator(read_catalogue(source), app)
        installed.append(fallback)
        qm = compiled_catalogue(language)
        if qm is not None:
            ours = QTranslator(app)
            if ours.load(str(qm)):
                installed.append(ours)
            else:
                ours.setParent(None)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_folder):
        installed.append(qt)
    else:
        qt.setParent(None)
    for translator in installed:
        translator.setObjectName(TRANSLATOR_NAME)
        app.installTranslator(translator)
    return installed


def apply_language(app: QCoreApplication, choice: str) -> QLocale:
    """Make `choice` ("system", "en", "zh_CN") the UI language: the default
    locale for formatting and the translators. Widgets built afterwards use it."""
    locale = resolve_locale(choice)
    QLocale.setDefault(locale)
    install_translators(app, locale)
    return locale


# -- formatting ---------------------------------------------------------------------------------

#: currency symbols as CLDR writes them in each language (Qt's own table has
#: only the locale's home currency)
_SYMBOLS = {
    "zh_CN": {
        "CNY": "¥",
        "USD": "US$",
        "EUR": "€",
        "GBP": "£",
        "JPY": "JP¥",
        "HKD": "HK$",
        "SGD": "SGD ",
    },
    "en": {
        "CNY": "CN¥",
        "USD": "$",
        "EUR": "€",
        "GBP": "£",
        "JPY": "¥",
        "HKD": "HK$",
        "SGD": "SGD ",
    },
}
CURRENCIES = ("CNY", "USD", "EUR", "GBP", "JPY", "HKD", "SGD")


def _to_date(value: str | QDate) -> QDate:
    if isinstance(value, QDate):
        return value
    text = value.strip()
    if len(text) <= 10:
        return QDate.fromString(text[:10], Qt.DateFormat.ISODate)
    moment = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    if moment.isValid():
        # Stored times are UTC; the day the user lived it is the local one.
        return moment.toLocalTime().date()
    return QDate.fromString(text[:10], Qt.DateFormat.ISODate)


def format_date(value: str | QDate | None, locale: QLocale | None = None) -> str:
    """A calendar date as the language writes it: 2026年11月23日, 23 Nov 2026.

    Accepts ISO dates and ISO timestamps (UTC, shown as the local day). An
    empty or unreadable value gives "" (the caller shows its own dash).
    """
    if not value:
        return ""
    date = _to_date(value)
    if not date.isValid():
        return str(value)
    locale = locale or QLocale()
    if is_chinese(locale):
        return f"{date.year()}年{date.month()}月{date.day()}日"
    return locale.toString(date, "d MMM yyyy")


def format_number(value: float | None, locale: QLocale | None = None, decimals: int | None = None) -> str:
    """Grouped digits as the language writes them (1,234,567); "" for None."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def format_money(amount: float | None, currency: str = "CNY", locale: QLocale | None = None, *,
                 compact: bool = True) -> str:  # fmt: skip
    """Money in `currency` for reading at a glance.

    Chinese counts large sums in 万 (10⁴) and 亿 (10⁸): ¥350万, ¥1.2亿.
    English uses K / M / B: $350K, CN¥1.2M. `compact=False` gives every
    digit, grouped (¥3,500,000). Unknown currency codes are written before
    the number ("CHF 1,200").
    """
    if amount is None:
        return ""
    locale = locale or QLocale()
    language = ui_language(locale)
    code = currency.upper()
    symbol = _SYMBOLS[language].get(code, code + " ")
    sign = "-" if amount < 0 else ""
    value = abs(float(amount))
    if not compact or value < 10_000:
        digits = format_number(value, locale, 0 if value.is_integer() or value >= 10_000 else 2)
        return f"{sign}{symbol}{digits}"
    return f"{sign}{symbol}{research_i18n.compact_amount(value, language)}"


# -- refreshing the .ts from the code ------------------------------------------------------------

#: data files whose words the UI shows; (file under resources/, context, JSON paths of strings)
DATA_STRINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("kpis.json", "KpiLabel", ("kpis.*.label",)),
    ("kpis.json", "KpiDefinition", ("kpis.*.definition",)),
    ("triggers.json", "TriggerType", ("types.*.label",)),
)


def source_files(root: Path = ROOT) -> list[Path]:
    """The Python files whose strings people read: ui/, and app/, research/ and
    storage/ through `research.i18n.translate` (reasons, errors, the CLI)."""
    files: list[Path] = []
    for package in ("ui", "app", "research", "storage"):
        files.extend(sorted(p for p in (root / package).rglob("*.py") if "__pycache__" not in p.parts))
    return files


_TRANSLATE_FUNCS = {
    "QCoreApplication.translate",
    "QApplication.translate",
    "QGuiApplication.translate",
    # research.i18n.translate, as the layers below ui/ import it
    "translate",
    "i18n.translate",
    "research_i18n.translate",
    "phrase",
    "noop",
    "i18n.noop",
    "i18n.phrase",
    "research_i18n.phrase",
}


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract_calls(path: Path) -> Iterator[tuple[str, str, str, bool]]:
    """(context, source, disambiguation, numerus) that lupdate misses or misfiles.

    lupdate sees `QCoreApplication.translate("Ctx", "text")` but not the same
    function under another name (`t = QCoreApplication.translate`), and files
    `tr("text")` helpers defined at module level under an empty context.
    """
    tree = ast.parse(path.read_text("utf-8"), str(path))
    aliases: set[str] = set()
    helpers: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _dotted(node.value) in _TRANSLATE_FUNCS:
            aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) >= 1:
            last = node.body[-1]
            param = node.args.args[0].arg
            call = last.value if isinstance(last, ast.Return) else None
            if (
                isinstance(call, ast.Call)
                and _dotted(call.func) in _TRANSLATE_FUNCS
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == param
            ):
                context = _literal(call.args[0])
                if context is not None:
                    helpers[node.name] = context
    yield from _self_tr_calls(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _dotted(node.func)
        if (name in aliases or name in _TRANSLATE_FUNCS) and len(node.args) >= 2:
            context, source = _literal(node.args[0]), _literal(node.args[1])
            disambiguation = _literal(node.args[2]) if len(node.args) > 2 else ""
            if context is not None and source:
                yield context, source, disambiguation or "", len(node.args) > 3
        elif name in helpers and node.args:
            source = _literal(node.args[0])
            if source:
                yield helpers[name], source, "", False


def _self_tr_calls(tree: ast.AST) -> Iterator[tuple[str, str, str, bool]]:
    """`self.tr("text")` with the enclosing class as context, including those inside
    f-strings, which lupdate's Python parser does not look into."""

    def visit(node: ast.AST, cls: str | None) -> Iterator[tuple[str, str, str, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
                continue
            if (
                cls
                and isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "tr"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "self"
                and child.args
            ):
                source = _literal(child.args[0])
                if source:
                    disambiguation = _literal(child.args[1]) if len(child.args) > 1 else ""
                    yield cls, source, disambiguation or "", len(child.args) > 2
            yield from visit(child, cls)

    yield from visit(tree, None)


def _json_strings(data: object, path: Sequence[str]) -> Iterator[str]:
    if not path:
        if isinstance(data, str) and data:
            yield data
        return
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        values = data.values() if head == "*" else [data[head]] if head in data else []
        for value in values:
            yield from _json_strings(value, rest)


def data_strings(root: Path = ROOT) -> Iterator[tuple[str, str]]:
    for file_name, context, paths in DATA_STRINGS:
        path = root / "resources" / file_name
        if not path.exists():
            continue
        data = json.loads(path.read_text("utf-8"))
        for dotted in paths:
            for text in _json_strings(data, dotted.split(".")):
                yield context, text


def _find_message(context: ET.Element, source: str, disambiguation: str) -> ET.Element | None:
    for message in context.findall("message"):
        if message.findtext("source") == source and (message.findtext("comment") or "") == disambiguation:
            return message
    return None


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.findall("context"):
        if (context.findtext("name") or "") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _revive(message: ET.Element) -> None:
    """lupdate calls what it cannot see "vanished"; we found it, so it is current."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") in ("vanished", "obsolete"):
        has_text = bool((translation.text or "").strip()) or any(
            (f.text or "").strip() for f in translation.iter("numerusform")
        )
        if has_text:
            del translation.attrib["type"]
        else:
            translation.set("type", "unfinished")


def _add_message(context: ET.Element, source: str, disambiguation: str, numerus: bool,
                 donor: ET.Element | None = None) -> None:  # fmt: skip
    message = ET.SubElement(context, "message")
    if numerus:
        message.set("numerus", "yes")
    ET.SubElement(message, "source").text = source
    if disambiguation:
        ET.SubElement(message, "comment").text = disambiguation
    donated = donor.find("translation") if donor is not None else None
    if donated is not None:
        message.append(donated)
        _revive(message)
    else:
        translation = ET.SubElement(message, "translation", {"type": "unfinished"})
        if numerus:
            ET.SubElement(translation, "numerusform")


def merge_extra_messages(ts_file: Path, extra: Iterable[tuple[str, str, str, bool]]) -> int:
    """Add (or revive) messages lupdate did not see; move misfiled ones from the
    empty context to theirs, keeping their translation. Returns how many were added."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    orphans = _context(root, "")
    added = 0
    for context_name, source, disambiguation, numerus in extra:
        context = _context(root, context_name)
        existing = _find_message(context, source, disambiguation)
        donor = _find_message(orphans, source, disambiguation)
        if donor is not None:
            orphans.remove(donor)
        if existing is not None:
            _revive(existing)
            continue
        _add_message(context, source, disambiguation, numerus, donor)
        added += 1
    if not orphans.findall("message"):
        root.remove(orphans)
    ET.indent(tree, "    ")
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return added


def update_catalogues(
    root: Path = ROOT, languages: Sequence[str] = TRANSLATED, folder: Path | None = None
) -> dict[str, list[Message]]:
    """Refresh each `.ts` (in `folder`, default resources/i18n) from the code: new
    strings come in unfinished, existing translations stay, strings no longer
    in the code are marked vanished. Returns each language's unfinished messages."""
    tool = qt_tool("lupdate")
    if tool is None:
        raise RuntimeError("PySide6's lupdate was not found (is PySide6 installed in this Python?)")
    folder = folder or root / "resources" / "i18n"
    files = [str(p.relative_to(root)) for p in source_files(root)]
    extra = [m for p in source_files(root) for m in extract_calls(p)]
    extra += [(context, text, "", False) for context, text in data_strings(root)]
    unfinished: dict[str, list[Message]] = {}
    for language in languages:
        ts_file = folder / f"{CATALOGUE}_{language}.ts"
        ts_file.parent.mkdir(parents=True, exist_ok=True)
        command = [str(tool), "-silent", "-locations", "none", "-target-language", language]
        subprocess.run([*command, *files, "-ts", str(ts_file)], check=True, cwd=root, timeout=300)
        merge_extra_messages(ts_file, extra)
        unfinished[language] = [m for m in read_catalogue(ts_file) if not m.translation]
    return unfinished


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m ui.i18n", description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="refresh resources/i18n/*.ts from ui/ and app/")
    parser.add_argument("--compile", action="store_true", help="compile the .ts files into the cache folder")
    args = parser.parse_args(argv)
    if not (args.update or args.compile):
        parser.print_help()
        return 2
    if args.update:
        for language, unfinished in update_catalogues().items():
            total = len(read_catalogue(ts_path(language)))
            name = ts_path(language).relative_to(ROOT)
            print(f"{name}: {total} messages, {len(unfinished)} unfinished")
            for m in unfinished:
                print(f"  {m.context}: {m.source!r}")
    if args.compile:
        for language in TRANSLATED:
            print(compiled_catalogue(language) or f"{language}: not compiled")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
