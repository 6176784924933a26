"""The translation catalogue without Qt: reading the `.ts`, and the CLI's language.

The desktop app translates through Qt (ui/i18n.py). The command line runs
where Qt may be missing, so it reads the same Qt Linguist `.ts` here with the
standard library and answers `research.i18n.translate` from it.

The CLI's language follows the environment as gettext programs do
(`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`; Simplified Chinese for zh_CN,
zh_SG and plain zh), or `whynow --lang`. JSON output is for scripts and stays
English whatever the language (see app/cli/__init__.py).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from research import i18n as research_i18n

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
CATALOGUE = "whynow"
#: languages with a catalogue, besides English (the source language)
TRANSLATED = ("zh_CN",)


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    translation: str  # "" when unfinished
    disambiguation: str = ""
    numerus: bool = False


def ts_path(language: str) -> Path:
    return I18N_DIR / f"{CATALOGUE}_{language}.ts"


def read_catalogue(path: Path) -> list[Message]:
    """Every current message of a `.ts` file (vanished and obsolete ones left out)."""
    messages: list[Message] = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            text = ""
            if translation is not None and kind != "unfinished":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = (forms[0] if forms else "") if numerus else (translation.text or "")
            messages.append(
                Message(name, message.findtext("source") or "", text, message.findtext("comment") or "", numerus)
            )
    return messages


class CatalogueTranslator:
    """Answers (context, source) from a catalogue, then by source text alone, so
    the same English sentence gets the same translation wherever it is asked.
    The GUI's fallback QTranslator (ui/i18n.py) answers through one of these."""

    def __init__(self, messages: Iterable[Message]) -> None:
        self._exact: dict[tuple[str, str, str], str] = {}
        self._by_source: dict[tuple[str, str], str] = {}
        for m in messages:
            if m.translation:
                self._exact[(m.context, m.source, m.disambiguation)] = m.translation
                self._by_source.setdefault((m.source, m.disambiguation), m.translation)

    def __call__(self, context: str, source: str, disambiguation: str = "") -> str | None:
        return self._exact.get((context, source, disambiguation)) or self._by_source.get((source, disambiguation))

    def __bool__(self) -> bool:
        return bool(self._exact)


@lru_cache(maxsize=4)
def catalogue_translator(language: str) -> CatalogueTranslator | None:
    path = ts_path(language)
    if language not in TRANSLATED or not path.exists():
        return None
    return CatalogueTranslator(read_catalogue(path))


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """ "zh_CN" or "en" from the locale variables, the way gettext reads them."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if not value:
            continue
        first = value.split(":")[0].split(".")[0].replace("-", "_").lower()
        if first in ("c", "posix", ""):
            return "en"
        if first == "zh" or first.startswith(("zh_cn", "zh_sg", "zh_hans")):
            return "zh_CN"
        return "en"
    return "en"


def use_language(language: str) -> str:
    """Translate this process's app/research/storage text into `language`
    ("zh_CN", "en", or "auto" for the environment's); returns the one in use."""
    if language == "auto":
        language = language_from_environment()
    translator = catalogue_translator(language) if language != "en" else None
    research_i18n.set_translator(translator)
    return language if translator is not None else "en"
