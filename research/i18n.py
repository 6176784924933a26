"""Words the layers below the UI write for people, in the reader's language.

ICP reasons, committee gaps, KPI explanations, quota steps, import row errors
and storage errors are composed in `research/`, `app/` and `storage/`, which
have no Qt. They call `translate(context, source, **fields)`: `source` is the
English sentence with `{named}` fields (str.format syntax, format specs
allowed: `{count:,}`), filed in the same Qt Linguist catalogue as the UI's
strings (`python -m ui.i18n --update` finds these calls), so one translator
edits one file.

Text that is *stored* (an account's ICP reasons, a contact's tier reason)
must not be frozen in the language of the day it was computed: an AE may
open the file in another language. Such text is kept as `phrase(...)`, a
small JSON form of (context, source, fields), and turned into words with
`render(...)` where it is shown. `render` passes older plain text through.

Who translates is decided by the process, once, with `set_translator`: the
GUI hands in Qt's `QCoreApplication.translate`; the CLI a lookup in the `.ts`
(app/i18n.py); tests and scripts that set nothing get English. A translation
that lost or renamed a field falls back to the English sentence rather than
raising in the middle of a refresh.

This module must stay standard-library only (storage/ imports it) and must
not choose a language itself.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

#: (context, source) -> the translation, or None / "" for "keep the source"
Translator = Callable[[str, str], "str | None"]

_translator: Translator | None = None


def set_translator(translator: Translator | None) -> None:
    """Make `translator` answer every later `translate` call (None: English)."""
    global _translator
    _translator = translator


def current_translator() -> Translator | None:
    return _translator


def translate(context: str, source: str, /, **fields: Any) -> str:
    """`source` in the reader's language, with `fields` filled in.

    `context` groups the sentence for the translator (one per module or
    concept: "IcpReason", "CommitteeGap"…). Always pass string literals for
    `context` and `source` so the catalogue update can find them.
    """
    text = source
    if _translator is not None:
        try:
            text = _translator(context, source) or source
        except Exception:  # a broken translator must not break the use-case
            log.exception("translator failed for %r", source)
            text = source
    if not fields:
        return text
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):
        if text is source:
            raise  # the code's own sentence is wrong: a bug to see
        log.warning("translation of %r does not fit its fields; using English", source)
        return source.format(**fields)


#: how each language counts large amounts: 万 (10⁴) and 亿 (10⁸) in Chinese, K/M/B otherwise
_UNITS = {
    "zh_CN": ((1e8, "亿"), (1e4, "万")),
    "en": ((1e9, "B"), (1e6, "M"), (1e3, "K")),
}


def compact_amount(value: float, language: str) -> str:
    """A non-negative amount of 10,000 or more in three significant digits with the unit its
    language counts in: 350万, 1.23亿 ("zh_CN"); 350K, 1.2M (others). Smaller: "" (the caller
    writes every digit)."""
    if value < 10_000:
        return ""
    for size, unit in _UNITS.get(language, _UNITS["en"]):
        if value >= size:
            scaled = value / size
            # three significant digits, trailing zeros dropped: 35.6万, 350万 (never 350.0万)
            text = f"{scaled:.{max(0, 2 - math.floor(math.log10(scaled)))}f}"
            return (text.rstrip("0").rstrip(".") if "." in text else text) + unit
    return ""  # pragma: no cover - every language has a unit at or below 10,000


def noop(context: str, source: str, /) -> str:
    """Mark `source` for the catalogue where it is declared (a class attribute,
    a table) and translated later with `translate(context, value)`."""
    return source


def join(items: list[str]) -> str:
    """A list as the reader's language separates items ("a, b" / "a、b")."""
    return translate("List", ", ").join(items)


#: how a stored phrase starts; plain text never does (it would be a JSON object)
_PHRASE_MARK = '{"t":'


def phrase(context: str, source: str, /, **fields: Any) -> str:
    """`source` with `fields`, kept untranslated for storing; `render` shows it.

    Like `translate`, pass literals for `context` and `source`. Fields must be
    JSON values (strings and numbers); a field that is itself a phrase (a
    channel's name, an earlier reason) is rendered with the rest.
    """
    source.format(**fields)  # a wrong field is a bug: fail where it is written
    return json.dumps({"t": context, "s": source, "f": fields}, ensure_ascii=False, separators=(",", ":"))


def render(text: str) -> str:
    """A stored text in the reader's language: a `phrase` translated and filled
    in, anything else (text written before phrases, the user's own words) as is."""
    if not text.startswith(_PHRASE_MARK):
        return text
    try:
        data = json.loads(text)
        fields = {k: render(v) if isinstance(v, str) else v for k, v in data["f"].items()}
        return translate(data["t"], data["s"], **fields)
    except (ValueError, KeyError, TypeError, AttributeError):
        return text
