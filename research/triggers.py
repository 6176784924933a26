"""Trigger events in news headlines: what happened at an account, and why that matters now.

An SDR opens an account and wants the "why now": funding, an acquisition, a
new executive, expansion, a launch, a partnership, a hiring push, layoffs, an
IPO, results, a security incident or an award. This module reads one feed
item (title and summary, English or Chinese, simplified or traditional) and
returns the events it reports, each with the phrase that fired (field and
offsets, so a UI can highlight it), the rule's id, a confidence, whether the
news is confirmed or only hedged ("reportedly", "据悉", "拟"), and cheap
details (amount, currency, round, counterpart, person, role). Around that:
near-duplicate grouping of items about the same event, an explainable
why-now score with recency decay, a news-surge flag, persona routing with a
talking point (in English, or in Simplified Chinese for a Chinese-speaking
SDR: `route(..., language="zh")`), and an evaluation against a labelled set.

The rules are data: resources/triggers.json holds the taxonomy, patterns,
guards, cues, weights, half-life and routing templates (each with its
Chinese twin: "why_zh", "talking_points_zh", "fallbacks_zh", checked complete
on load); `load_rules` compiles them and merges the user's own literal
phrases. How an item is read:

1. Traditional characters are mapped to simplified one character for one
   character (and full-width ASCII to ASCII), so offsets found in the mapped
   text are offsets into what the user sees.
2. A title that gives advice ("How to raise your seed round", "10 hiring
   tips", "如何…", "…指南") carries no events at all.
3. One scan for every type's keywords (a prefix trie, so cheap) decides
   which types' patterns run at all; most items wake none and stop here.
   The woken types' patterns scan each field. A match is dropped when one of the
   type's guards overlaps it ("raises awareness", "customer acquisition",
   "partner portal", "ransomware protection", "发布财报"), when a negation
   precedes it in the same clause or follows it closely ("denies", "no
   plans for", "not", "否认", "暂无", "…不实"), or when it sits in a
   relative clause ("which raised $10M last year"). A hedge in the same
   sentence ("reportedly", "sources say", "据悉") or clause ("in talks",
   "considering", "plans to", "拟") keeps the event but marks it unconfirmed
   with lower confidence; a question headline is hedged too.
4. Per type the most confident match is the evidence; details are extracted
   nearest to it.

Decisions worth knowing: release notes, reports and surveys are not product
launches; "launches in Japan" is expansion, not a launch; a "hiring freeze"
is restructuring, not hiring; an integration announcement is a partnership
(and a launch when it says "launches"); a pre-IPO round is funding; money
raised in an IPO ("拟募资…IPO") is the IPO, not a funding round. Vague Chinese
amounts ("数亿元", "数千万元", "百万美元") keep their text in `amount_text`
with `amount` None: a lower bound would look more precise than the news is.
"¥" is read as CNY (editable in the currency table).

Must not: import storage, app or Qt, touch the network, or label anything
without the phrase and rule that made it.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from research.i18n import noop, translate
from research.types import PersonaTier

#: the event types, in the order reports and tables list them
TYPES: tuple[str, ...] = (
    "funding",
    "acquisition",
    "leadership_change",
    "expansion",
    "product_launch",
    "partnership",
    "hiring",
    "layoffs_restructuring",
    "ipo",
    "financial_results",
    "security_incident",
    "award",
)

FIELDS: tuple[str, ...] = ("title", "summary")

# English patterns must not start or end inside a word ("ipo" in "tripod");
# Chinese has no word boundaries, so its patterns are used as written.
# A match may not start or end between two letters/digits; a pattern that ends
# on whitespace before a lookahead (`in\s+(?=[A-Z])`) ends cleanly.
_EN_LEFT = r"(?:(?<![a-z0-9])|(?![a-z0-9]))"
_WORD_START = r"(?<![a-z0-9])"
_EN_RIGHT = r"(?:(?<![a-z0-9])|(?![a-z0-9]))"
# Cues also must not start after a hyphen: "open-sources" is not "sources".
_CUE_LEFT = r"(?<![a-z0-9-])"
_MACRO = re.compile(r"%([A-Z_]+)%")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
# Han ideographs say "Chinese"; kana or hangul beside them say Japanese or Korean.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u1100-\u11ff\uac00-\ud7af]")
_SERIES = re.compile(r"(?P<pre>pre-?\s*)?series\s+(?P<letter>[a-h]\d?\+{0,2})", re.IGNORECASE)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: the tiers every routing must have a talking point for, in both languages
_TIERS: tuple[str, ...] = ("c_level", "director", "practitioner")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Evidence:
    """The phrase that fired: `field[start:end] == text` in the item as given."""

    field: str  # "title" or "summary"
    text: str
    start: int
    end: int
    rule: str = ""  # e.g. "funding/en/0", "hiring/user/2"

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Detection:
    """One event type found in one item, with its reason."""

    type: str
    confidence: float  # 0..1
    confirmed: bool  # False when hedged ("reportedly", "in talks", "据悉", "拟")
    evidence: Evidence
    details: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    hedge: str = ""  # the cue that made it unconfirmed, "" when confirmed

    @property
    def reason(self) -> str:
        """One line a user can read: what matched, where, by which rule, and any hedge."""
        text = f'{self.evidence.field} says "{self.evidence.text}" ({self.evidence.rule})'
        return f'{text}; hedged by "{self.hedge}"' if self.hedge else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "confidence": self.confidence,
            "confirmed": self.confirmed,
            "evidence": self.evidence.to_dict(),
            "details": dict(self.details),
            "rule": self.evidence.rule,
            "hedge": self.hedge,
        }


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True, slots=True)
class _Rule:
    rule_id: str
    strength: float  # 1.0, or the weak factor
    tentative: bool  # never confirmed ("explores sale", "for sale")


@dataclass(frozen=True, slots=True)
class _TypeRules:
    name: str
    # No capture groups in the finders: they made every scan about three times
    # slower. Which rule matched is worked out afterwards, only for matches.
    finder_en: re.Pattern[str]  # English patterns only, for text without CJK
    finder: re.Pattern[str]  # every pattern
    rules: tuple[tuple[re.Pattern[str], _Rule], ...]  # in the finder's order
    guard: re.Pattern[str] | None
    extract: tuple[re.Pattern[str], ...]
    weight: float
    routing: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class _Cues:
    clause_breaks: re.Pattern[str]
    sentence_breaks: re.Pattern[str]
    negation_before: re.Pattern[str]
    negation_after: re.Pattern[str]
    hedge_sentence: re.Pattern[str]
    hedge_clause: re.Pattern[str]
    hedge_after: re.Pattern[str]
    background: re.Pattern[str] | None
    advice: re.Pattern[str]
    negation_window: int
    negation_window_zh: int
    negation_after_window: int
    hedge_window: int


@dataclass(frozen=True, slots=True)
class TriggerRules:
    """Compiled rules; build with `load_rules`. `config` is the JSON as loaded."""

    types: Mapping[str, _TypeRules]
    gate: re.Pattern[str]  # every keyword of every type, as one prefix trie
    gate_types: Mapping[str, frozenset[str]]  # keyword -> the types it and its prefixes wake
    cues: _Cues
    translation: Mapping[int, int]
    money_en: re.Pattern[str]
    money_zh: re.Pattern[str]
    round_en: re.Pattern[str]
    round_zh: re.Pattern[str]
    role_tiers: Mapping[str, re.Pattern[str]]
    source_suffix: re.Pattern[str]
    config: Mapping[str, Any]


def _resource_text(path: str | Path | None) -> str:
    if path is not None:
        return Path(path).read_text("utf-8")
    return resources.files("resources").joinpath("triggers.json").read_text("utf-8")


def _expand(pattern: str, macros: Mapping[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise ValueError(f"unknown macro %{name}% in pattern {pattern!r}")
        return f"(?:{macros[name]})"

    return _MACRO.sub(replace, pattern)


def _wrap(pattern: str, lang: str, left: str = _EN_LEFT) -> str:
    return f"{left}(?:{pattern}){_EN_RIGHT}" if lang == "en" else f"(?:{pattern})"


def _alternation(en: Sequence[str], zh: Sequence[str], left: str = _WORD_START, right: str = _EN_RIGHT) -> str:
    """English alternatives behind one shared word-start check, then the Chinese ones.

    The shared lookbehind fails at once inside a word, so the engine tries the
    English branches only at word starts; per-branch checks made every branch
    run at every position (several times slower).
    """
    parts = []
    if en:
        parts.append(f"{left}(?:" + "|".join(f"(?:{p}){right}" for p in en) + ")")
    if zh:
        parts.append("(?:" + "|".join(f"(?:{p})" for p in zh) + ")")
    return "|".join(parts) if parts else r"(?!x)x"


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of `words`, factored by common prefixes (fast to try)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(root)


def _compile(source: str, what: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise ValueError(f"{what}: {exc}") from exc


def _cue_pattern(spec: Mapping[str, Any], macros: Mapping[str, str], what: str) -> str:
    return _alternation(
        [_expand(p, macros) for p in spec.get("en", [])],
        [_expand(p, macros) for p in spec.get("zh", [])],
        _CUE_LEFT,
    )


def _translation(config: Mapping[str, Any]) -> dict[int, int]:
    pair = config["traditional_to_simplified"]
    source, target = pair["from"], pair["to"]
    if len(source) != len(target):
        raise ValueError("traditional_to_simplified: 'from' and 'to' differ in length")
    table = {ord(a): ord(b) for a, b in zip(source, target, strict=True)}
    # Full-width ASCII and the ideographic space, one character for one.
    table.update({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})
    table[0x3000] = 0x20
    return table


def _literal(phrase: str, translation: Mapping[int, int]) -> tuple[str, str]:
    """A user's phrase as (pattern, lang): literal, case-insensitive, spaces flexible."""
    mapped = phrase.strip().translate(translation)
    if not mapped:
        raise ValueError("an empty phrase matches everything")
    escaped = r"\s+".join(re.escape(word) for word in mapped.split())
    return escaped, ("en" if mapped.isascii() else "zh")


def missing_chinese_texts(config: Mapping[str, Any]) -> list[str]:
    """What a rules file lacks for Chinese routing ("funding: talking_points_zh.director").

    Every type needs "why_zh" and a "talking_points_zh" entry per tier, and
    "fallbacks_zh" a word for every English fallback; empty text counts as missing.
    """
    missing: list[str] = []
    for name, spec in config["types"].items():
        routing = spec.get("routing", {})
        if not str(routing.get("why_zh") or "").strip():
            missing.append(f"{name}: why_zh")
        points = routing.get("talking_points_zh") or {}
        missing.extend(
            f"{name}: talking_points_zh.{tier}" for tier in _TIERS if not str(points.get(tier) or "").strip()
        )
    words = config.get("fallbacks_zh") or {}
    missing.extend(
        f"fallbacks_zh: {key}"
        for key in config.get("fallbacks", {})
        if not key.startswith("_") and not str(words.get(key) or "").strip()
    )
    return missing


def _build(config: Mapping[str, Any], extra: Mapping[str, Sequence[str]] | None) -> TriggerRules:
    # A half-translated file would hand a Chinese-speaking SDR English in the
    # middle of the tab with nobody noticing; refuse it where the file is named.
    missing = missing_chinese_texts(config)
    if missing:
        raise ValueError("Chinese routing texts missing: " + "; ".join(missing))
    macros: dict[str, str] = dict(config["macros"])
    translation = _translation(config)
    weak_factor = float(config["confidence"]["weak_factor"])
    extra = extra or {}
    unknown = sorted(set(extra) - set(config["types"]))
    if unknown:
        raise ValueError(f"unknown trigger type(s) for extra phrases: {', '.join(unknown)}")

    types: dict[str, _TypeRules] = {}
    keywords: dict[str, set[str]] = {}  # keyword -> types it wakes
    for name, spec in config["types"].items():
        groups: dict[str, list[str]] = {"en": [], "zh": []}
        single: dict[str, list[tuple[re.Pattern[str], _Rule]]] = {"en": [], "zh": []}

        def add(
            source: str,
            lang: str,
            rule: _Rule,
            *,
            _groups: dict[str, list[str]] = groups,
            _single: dict[str, list[tuple[re.Pattern[str], _Rule]]] = single,
        ) -> None:
            # Compiling each pattern alone names the broken one, and tells later
            # which rule a finder match came from.
            alone = _alternation([source], []) if lang == "en" else _alternation([], [source])
            _single[lang].append((_compile(alone, rule.rule_id), rule))
            _groups[lang].append(source)

        for lang in ("en", "zh"):
            for word in spec.get("keywords", {}).get(lang, []):
                keywords.setdefault(word.lower().translate(translation), set()).add(name)

        for kind, strength, tentative in (
            ("patterns", 1.0, False),
            ("weak", weak_factor, False),
            ("tentative", 1.0, True),
        ):
            for lang in ("en", "zh"):
                for index, pattern in enumerate(spec.get(kind, {}).get(lang, [])):
                    rule_id = f"{name}/{lang}/{index}" if kind == "patterns" else (f"{name}/{kind}-{lang}/{index}")
                    add(_expand(pattern, macros), lang, _Rule(rule_id, strength, tentative))
        for index, phrase in enumerate(extra.get(name, [])):
            pattern, lang = _literal(phrase, translation)
            add(pattern, lang, _Rule(f"{name}/user/{index}", 1.0, False))
            # The phrase wakes its own type: its first word, or all of it in Chinese.
            word = phrase.strip().lower().translate(translation)
            keywords.setdefault(word.split()[0] if lang == "en" else word, set()).add(name)
        if not groups["en"] and not groups["zh"]:
            raise ValueError(f"trigger type {name!r} has no patterns")

        guard_spec = spec.get("guards", {})
        guards = _alternation(
            [_expand(p, macros) for p in guard_spec.get("en", [])],
            [_expand(p, macros) for p in guard_spec.get("zh", [])],
        )
        extract = tuple(
            _compile(_wrap(_expand(p, macros), lang, ""), f"{name} extract pattern {p!r}")
            for lang in ("en", "zh")
            for p in spec.get("extract", {}).get(lang, [])
        )
        types[name] = _TypeRules(
            name=name,
            finder_en=_compile(_alternation(groups["en"], []), f"{name} patterns"),
            finder=_compile(_alternation(groups["en"], groups["zh"]), f"{name} patterns"),
            rules=tuple(single["en"] + single["zh"]),
            guard=_compile(guards, f"{name} guards") if guard_spec else None,
            extract=extract,
            weight=float(spec.get("weight", 0.5)),
            routing=spec["routing"],
        )

    cue_spec = config["cues"]
    background = _cue_pattern(cue_spec["background_before"], macros, "background")
    cues = _Cues(
        clause_breaks=_compile(cue_spec["clause_breaks"], "clause_breaks"),
        sentence_breaks=_compile(cue_spec["sentence_breaks"], "sentence_breaks"),
        negation_before=_compile(_cue_pattern(cue_spec["negation_before"], macros, "negation"), "negation_before"),
        negation_after=_compile(_cue_pattern(cue_spec["negation_after"], macros, "negation"), "negation_after"),
        hedge_sentence=_compile(_cue_pattern(cue_spec["hedge_sentence"], macros, "hedge"), "hedge_sentence"),
        hedge_clause=_compile(_cue_pattern(cue_spec["hedge_clause"], macros, "hedge"), "hedge_clause"),
        hedge_after=_compile(_cue_pattern(cue_spec["hedge_after"], macros, "hedge"), "hedge_after"),
        background=_compile(background, "background_before"),
        advice=_compile(_cue_pattern(cue_spec["advice_title"], macros, "advice"), "advice_title"),
        negation_window=int(cue_spec["negation_window"]),
        negation_window_zh=int(cue_spec["negation_window_zh"]),
        negation_after_window=int(cue_spec["negation_after_window"]),
        hedge_window=int(cue_spec["hedge_window"]),
    )

    currencies: Mapping[str, str] = config["currencies"]
    # Symbols and Latin codes ($, €, US$, usd) go with Latin numbers; 元/美元 with Chinese ones.
    symbols = sorted((k for k in currencies if not _CJK.search(k)), key=len, reverse=True)
    words_zh = sorted((k for k in currencies if _CJK.search(k)), key=len, reverse=True)
    prefix = "|".join(re.escape(s) for s in symbols if not s.isalpha() or len(s) == 3)
    symbols = [s for s in symbols if s.isascii()]
    suffix = "|".join(re.escape(s) for s in symbols if s.isalpha())
    number = r"\d+(?:[.,]\d+)*"
    unit = r"billion|million|thousand|bn|mn|mln|[mbk]"
    money_en = (
        rf"(?<![a-z0-9])(?:(?P<cur>{prefix})\s?(?P<num>{number})\s*(?P<unit>{unit})?(?![a-z])"
        rf"|(?P<num2>{number})\s*(?P<unit2>{unit})?\s*(?P<cur2>{suffix})(?![a-z]))"
    )
    zh_cur = "|".join(re.escape(s) for s in words_zh)
    zh_num = r"\d+(?:\.\d+)?|[一二两三四五六七八九十]"
    zh_unit = r"十万|百万|千万|十亿|百亿|万|亿"
    money_zh = (
        rf"(?P<qual>超过|超|近|逾|约|达|数|几)?(?:(?P<num>{zh_num})(?P<unit>{zh_unit})?"
        rf"|(?P<unit_only>{zh_unit}))(?P<cur>{zh_cur})"
        rf"|(?P<cur2>{zh_cur})(?P<num2>\d+(?:\.\d+)?)(?P<unit2>{zh_unit})?元?"
    )
    role_tiers = {
        tier: _compile(pattern, f"role_tiers {tier}")
        for tier, pattern in config["types"]["leadership_change"].get("role_tiers", {}).items()
        if not tier.startswith("_")
    }
    return TriggerRules(
        types=types,
        gate=_compile(
            # Keywords are word starts ("rais" wakes "raises"): no right boundary.
            _alternation(
                [_trie(k for k in keywords if k.isascii())],
                [_trie(k for k in keywords if not k.isascii())],
                right="",
            ),
            "keywords",
            # Matched against lower-cased text: case-insensitive matching of a
            # big alternation costs several times more.
            0,
        ),
        # The trie stops only at the end of a keyword and takes the longest one;
        # shorter keywords along the way ("hir" in "hiring") wake their types too.
        gate_types={
            k: frozenset(t for size in range(1, len(k) + 1) for t in keywords.get(k[:size], ())) for k in keywords
        },
        cues=cues,
        translation=translation,
        money_en=_compile(money_en, "money"),
        money_zh=_compile(money_zh, "money"),
        round_en=_compile(
            r"(?<![a-z0-9])(?P<round>pre-seed|seed|angel|pre-series\s+[a-h]|series\s+[a-h]\d?\+?"
            r"|growth(?:\s+equity)?|bridge|pre-ipo|mezzanine)"
            r"(?:\s+(?:round|funding|financing|extension|investment))?(?![a-z0-9])",
            "round",
        ),
        round_zh=_compile(
            r"(?P<round>pre-?[a-h]\+{0,2}轮|(?<![a-z])[a-h]\+{0,2}轮|天使\+?轮|种子轮|pre-ipo轮"
            r"|战略(?:轮|融资|投资))",
            "round",
        ),
        role_tiers=role_tiers,
        source_suffix=_compile(config["grouping"]["source_suffix"], "source_suffix"),
        config=config,
    )


@functools.lru_cache(maxsize=1)
def _default_rules() -> TriggerRules:
    return _build(json.loads(_resource_text(None)), None)


def load_rules(
    extra_phrases: Mapping[str, Sequence[str]] | None = None, path: str | Path | None = None
) -> TriggerRules:
    """Compile resources/triggers.json (or `path`), adding the user's literal phrases per type.

    Extra phrases match literally and case-insensitively, with any run of
    spaces; traditional characters are fine. They go through the same
    guards, negation and hedge checks as the built-in patterns.
    Raises ValueError for an unknown type or a broken pattern.
    """
    if not extra_phrases and path is None:
        return _default_rules()
    return _build(json.loads(_resource_text(path)), extra_phrases)


# --------------------------------------------------------------------------- detection


@dataclass(frozen=True, slots=True)
class _Hit:
    type: str
    field: str
    start: int
    end: int
    rule: str
    confidence: float
    hedge: str


@dataclass(slots=True)
class _Field:
    """One field's text, its mapped twin (same length) and lazily found boundaries."""

    name: str
    text: str
    mapped: str
    has_cjk: bool = False
    _clauses: tuple[list[int], list[int]] | None = None
    _sentences: tuple[list[int], list[int]] | None = None

    def _bounds(self, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
        starts, ends = [], []
        for match in pattern.finditer(self.mapped):
            starts.append(match.start())
            ends.append(match.end())
        return starts, ends

    def span(self, start: int, end: int, pattern: re.Pattern[str], sentence: bool) -> tuple[int, int]:
        """The clause (or sentence) around [start, end), between the breaks either side."""
        if sentence:
            if self._sentences is None:
                self._sentences = self._bounds(pattern)
            starts, ends = self._sentences
        else:
            if self._clauses is None:
                self._clauses = self._bounds(pattern)
            starts, ends = self._clauses
        # Breaks are sorted and non-overlapping, so ends are sorted too.
        i = bisect.bisect_right(ends, start)
        left = ends[i - 1] if i else 0
        j = bisect.bisect_left(starts, end)
        right = starts[j] if j < len(starts) else len(self.mapped)
        return left, right


def _map(text: str, rules: TriggerRules) -> str:
    # Most feed text is ASCII; skip the per-character table then.
    return text if text.isascii() else text.translate(rules.translation)


def is_advice(title: str, rules: TriggerRules | None = None) -> bool:
    """True when the title gives advice or promotes content ("How to…", "…tips", "指南")."""
    rules = rules or _default_rules()
    return rules.cues.advice.search(_map(title, rules)) is not None


def _check(hit_span: tuple[int, int], fld: _Field, rules: TriggerRules, cjk: bool) -> tuple[bool, str]:
    """(keep, hedge cue) for one match, looking at its clause and sentence."""
    cues = rules.cues
    start, end = hit_span
    text = fld.mapped
    c_start, c_end = fld.span(start, end, cues.clause_breaks, sentence=False)
    window = cues.negation_window_zh if cjk else cues.negation_window
    before = text[max(c_start, start - window) : start]
    if cues.negation_before.search(before):
        return False, ""
    if cues.negation_after.search(text[end : min(c_end, end + cues.negation_after_window)]):
        return False, ""
    if cues.background is not None and cues.background.search(text[c_start:start]):
        return False, ""
    s_start, s_end = fld.span(start, end, cues.sentence_breaks, sentence=True)
    lo = max(s_start, start - cues.hedge_window)
    for pattern, segment in (
        (cues.hedge_sentence, text[lo:start]),
        (cues.hedge_sentence, text[end:s_end]),
        (cues.hedge_clause, text[max(c_start, start - cues.hedge_window) : start]),
        (cues.hedge_after, text[end:c_end]),
    ):
        found = pattern.search(segment)
        if found:
            return True, found.group(0).strip()
    if s_end < len(text) and text[s_end] in "?？":
        return True, "?"
    return True, ""


def _scan(fld: _Field, tr: _TypeRules, rules: TriggerRules, base: float) -> list[_Hit]:
    hits: list[_Hit] = []
    guards: list[tuple[int, int]] | None = None
    hedged_factor = float(rules.config["confidence"]["hedged_factor"])
    finder = tr.finder if fld.has_cjk else tr.finder_en
    for match in finder.finditer(fld.mapped):
        start, end = match.span()
        if start == end:
            continue
        # The alternation takes the first pattern that matches here; so does this.
        rule = next((r for p, r in tr.rules if p.match(fld.mapped, start) is not None), None)
        if rule is None:  # cannot happen: the finder is these patterns' alternation
            continue
        # Patterns that end on "in\s+(?=[A-Z])" take the space; the highlight should not.
        while end > start and fld.mapped[end - 1].isspace():
            end -= 1
        if tr.guard is not None:
            if guards is None:
                guards = [m.span() for m in tr.guard.finditer(fld.mapped)]
            if any(g_start < end and start < g_end for g_start, g_end in guards):
                continue
        keep, hedge = _check((start, end), fld, rules, bool(_CJK.search(match.group(0))))
        if not keep:
            continue
        if rule.tentative and not hedge:
            hedge = match.group(0)
        confidence = base * rule.strength * (hedged_factor if hedge else 1.0)
        hits.append(_Hit(tr.name, fld.name, start, end, rule.rule_id, confidence, hedge))
    return hits


def _awake(fields: Sequence[_Field], rules: TriggerRules) -> set[str]:
    """The types whose keywords occur in any field."""
    awake: set[str] = set()
    lookup = rules.gate_types
    for fld in fields:
        for match in rules.gate.finditer(fld.mapped.lower()):
            awake.update(lookup.get(match.group(0), ()))
    return awake


def detect_events(
    title: str, summary: str = "", rules: TriggerRules | None = None, *, gate: bool = True
) -> list[Detection]:
    """The trigger events one feed item reports, most confident first; usually none.

    `gate=False` runs every type's patterns whatever the keywords say (slow;
    for checking that the keyword lists miss nothing).
    """
    rules = rules or _default_rules()
    fields = [
        _Field(name, text, mapped, not mapped.isascii() and _CJK.search(mapped) is not None)
        for name, text in (("title", title or ""), ("summary", summary or ""))
        if text
        for mapped in (_map(text, rules),)
    ]
    # One cheap scan for keywords decides most items (they carry no event) and
    # says which types' patterns are worth running on the rest.
    awake = _awake(fields, rules) if gate else set(rules.types)
    if not awake:
        return []
    if fields[0].name == "title" and rules.cues.advice.search(fields[0].mapped):
        return []
    conf = rules.config["confidence"]
    by_type: dict[str, list[_Hit]] = {}
    for fld in fields:
        base = float(conf["title"] if fld.name == "title" else conf["summary"])
        for tr in rules.types.values():
            if tr.name not in awake:
                continue
            hits = _scan(fld, tr, rules, base)
            if hits:
                by_type.setdefault(tr.name, []).extend(hits)
    detections: list[Detection] = []
    for type_name, hits in by_type.items():
        best = max(hits, key=lambda h: (h.confidence, h.field == "title", -h.start))
        confidence = best.confidence
        if len({h.field for h in hits}) > 1:
            confidence += float(conf["both_fields_bonus"])
        confidence = round(min(float(conf["max"]), confidence), 2)
        fld = next(f for f in fields if f.name == best.field)
        evidence = Evidence(best.field, fld.text[best.start : best.end], best.start, best.end, best.rule)
        details = _details(rules, type_name, best, fields)
        detections.append(Detection(type_name, confidence, not best.hedge, evidence, details, best.hedge))
    order = {name: i for i, name in enumerate(rules.types)}
    detections.sort(key=lambda d: (-d.confidence, order.get(d.type, 99)))
    return detections


# --------------------------------------------------------------------------- details

_TRAILING = re.compile(r"(?:\s+(?:of|de|&|and|für))+$|[\s.,;:'’\"-]+$")
_LEADING = re.compile(r"^(?:(?:its|our|the|new|a|an)\s+)+", re.IGNORECASE)
# "Founder Mark Ellis", "Co-founder Sara Lind": the NAME macro takes any capitalised words.
_PERSON_PREFIX = re.compile(
    r"^(?:(?:co-?)?founder|former|veteran|ceo|cfo|cto|coo|chair(?:man|woman)?|president)\s+",
    re.IGNORECASE,
)
# Extracted text that is a preposition phrase, not a name ("on the Figma marketplace").
_NOT_A_NAME = re.compile(r"^(?:on|in|at|to|for|with|from|by|of)\b", re.IGNORECASE)
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_ZH_DIGITS |= {"九": 9, "十": 10}
_ZH_UNITS = {"十万": 1e5, "百万": 1e6, "千万": 1e7, "十亿": 1e9, "百亿": 1e10, "万": 1e4}
_ZH_UNITS["亿"] = 1e8
_EN_UNITS = {"billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "mln": 1e6}
_EN_UNITS |= {"m": 1e6, "thousand": 1e3, "k": 1e3}


def _nearest(matches: Iterable[re.Match[str]], hit: _Hit, same_field: bool) -> re.Match[str] | None:
    """The match closest to the evidence (overlapping beats after beats before)."""
    best: tuple[int, re.Match[str]] | None = None
    for match in matches:
        if not same_field:
            return match
        if match.start() < hit.end and hit.start < match.end():
            distance = 0
        elif match.start() >= hit.end:
            distance = match.start() - hit.end
        else:
            distance = (hit.start - match.end()) * 2 + 1
        if best is None or distance < best[0]:
            best = (distance, match)
    return best[1] if best else None


def _ordered(hit: _Hit, fields: Sequence[_Field]) -> list[_Field]:
    return sorted(fields, key=lambda f: f.name != hit.field)


def _parse_number(text: str) -> float | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d+,\d{1,2}", text):  # 4,5 (a decimal comma)
        return float(text.replace(",", "."))
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _money(rules: TriggerRules, hit: _Hit, fields: Sequence[_Field]) -> dict[str, Any]:
    currencies: Mapping[str, str] = rules.config["currencies"]
    for fld in _ordered(hit, fields):
        same = fld.name == hit.field
        zh = _nearest(rules.money_zh.finditer(fld.mapped), hit, same)
        en = _nearest(rules.money_en.finditer(fld.mapped), hit, same)
        chosen = zh if zh is not None and (en is None or _CJK.search(fld.mapped)) else en
        if chosen is None:
            continue
        text = fld.text[chosen.start() : chosen.end()].strip()
        groups = chosen.groupdict()
        cur = (groups.get("cur") or groups.get("cur2") or "").lower()
        out: dict[str, Any] = {"amount_text": text, "currency": currencies.get(cur)}
        if chosen is zh:
            num = groups.get("num") or groups.get("num2")
            unit = groups.get("unit") or groups.get("unit2") or ""
            vague = groups.get("qual") in ("数", "几") or groups.get("unit_only")
            if num is None or vague:
                out["amount"] = None
            else:
                value = _ZH_DIGITS.get(num) or _parse_number(num)
                out["amount"] = None if value is None else value * _ZH_UNITS.get(unit, 1.0)
        else:
            num = groups.get("num") or groups.get("num2") or ""
            unit = (groups.get("unit") or groups.get("unit2") or "").lower()
            value = _parse_number(num)
            out["amount"] = None if value is None else value * _EN_UNITS.get(unit, 1.0)
        if out["amount"] is not None:
            out["amount"] = float(round(out["amount"], 2))
        return out
    return {}


def _round(rules: TriggerRules, hit: _Hit, fields: Sequence[_Field]) -> str | None:
    for fld in _ordered(hit, fields):
        same = fld.name == hit.field
        zh = _nearest(rules.round_zh.finditer(fld.mapped), hit, same)
        if zh is not None:
            value = re.sub(r"^pre-?", "Pre-", zh.group("round"), flags=re.IGNORECASE)
            value = re.sub(r"[a-h](?=\+*轮)|ipo", lambda m: m.group(0).upper(), value)
            return value
        en = _nearest(rules.round_en.finditer(fld.mapped), hit, same)
        if en is not None:
            value = re.sub(r"\s+", " ", en.group("round").lower())
            if value.startswith(("series", "pre-series")):
                return re.sub(r"series ([a-h])", lambda m: f"Series {m[1].upper()}", value)
            return value.replace("ipo", "IPO")
    return None


def _clean(name: str, value: str) -> str:
    value = _LEADING.sub("", value.strip())
    if name == "person":
        value = _PERSON_PREFIX.sub("", value)
    value = _TRAILING.sub("", value).strip()
    if name in ("product", "counterpart", "location") and _NOT_A_NAME.match(value):
        return ""
    return value


def _details(rules: TriggerRules, type_name: str, hit: _Hit, fields: Sequence[_Field]) -> dict[str, Any]:
    details: dict[str, Any] = {}
    if type_name == "funding":
        details.update(_money(rules, hit, fields))
        round_name = _round(rules, hit, fields)
        if round_name:
            details["round"] = round_name
    extract = rules.types[type_name].extract
    if not extract:
        return details
    for fld in _ordered(hit, fields):
        same = fld.name == hit.field
        for pattern in extract:
            match = _nearest(pattern.finditer(fld.mapped), hit, same)
            if match is None:
                continue
            for name, value in match.groupdict().items():
                if value is None:
                    continue
                if name.startswith("direction_"):
                    details.setdefault("direction", name.removeprefix("direction_"))
                    continue
                start, end = match.span(name)
                text = _clean(name, fld.text[start:end])
                if text and name not in details:
                    details[name] = text
        if details.keys() - {"amount", "amount_text", "currency", "round"}:
            break
    return details


# --------------------------------------------------------------------------- grouping


@dataclass(frozen=True, slots=True)
class ItemEvents:
    """One feed item and what `detect_events` found in it, as input to grouping."""

    item_id: str
    account_id: str
    published: datetime
    title: str
    detections: tuple[Detection, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupSource:
    item_id: str
    published: datetime
    title: str
    detection: Detection


@dataclass(slots=True)
class EventGroup:
    """One event at one account, reported by one or more items."""

    type: str
    account_id: str
    sources: list[GroupSource]

    @property
    def item_ids(self) -> list[str]:
        return [s.item_id for s in self.sources]

    @property
    def first_published(self) -> datetime:
        return min(s.published for s in self.sources)

    @property
    def last_published(self) -> datetime:
        return max(s.published for s in self.sources)

    @property
    def detection(self) -> Detection:
        """The most confident source's detection (its evidence and details)."""
        return max(self.sources, key=lambda s: s.detection.confidence).detection

    @property
    def confirmed(self) -> bool:
        return any(s.detection.confirmed for s in self.sources)

    @property
    def title(self) -> str:
        return max(self.sources, key=lambda s: s.detection.confidence).title


def normalise_title(title: str, rules: TriggerRules | None = None) -> str:
    """Lower case, simplified, no outlet suffix (" - Reuters") and no punctuation."""
    rules = rules or _default_rules()
    text = unicodedata.normalize("NFKC", title).translate(rules.translation).lower()
    text = rules.source_suffix.sub("", text)
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(text.split())


def title_similarity(a: str, b: str, rules: TriggerRules | None = None) -> tuple[float, str]:
    """(0..100 similarity, "words"|"chars") of two titles after `normalise_title`.

    Chinese headlines have no spaces, so when either title is mostly CJK the
    comparison is over characters (token_set_ratio of space-joined
    characters), otherwise over words. The opening both titles share (the
    company's name, usually) does not count.
    """
    rules = rules or _default_rules()
    return _similarity(normalise_title(a, rules), normalise_title(b, rules), rules)


def normalised_similarity(na: str, nb: str, rules: TriggerRules | None = None) -> tuple[float, str]:
    """`title_similarity` of two titles already through `normalise_title` (cheaper in loops)."""
    return _similarity(na, nb, rules or _default_rules())


def _similarity(na: str, nb: str, rules: TriggerRules) -> tuple[float, str]:
    """`title_similarity` of two titles already normalised."""
    grouping = rules.config["grouping"]

    def cjk_share(text: str) -> float:
        letters = text.replace(" ", "")
        return len(_CJK.findall(letters)) / len(letters) if letters else 0.0

    if max(cjk_share(na), cjk_share(nb)) >= float(grouping["cjk_share"]):
        mode, ta, tb = "chars", list(na.replace(" ", "")), list(nb.replace(" ", ""))
    else:
        mode, ta, tb = "words", na.split(), nb.split()
    # Headlines open with the company's name, which every headline about the
    # account shares; token_set_ratio would call any two of them alike. Leave
    # the shared opening out unless nothing else is left.
    shared = 0
    while shared < min(len(ta), len(tb)) and ta[shared] == tb[shared]:
        shared += 1
    if shared < len(ta) and shared < len(tb):
        ta, tb = ta[shared:], tb[shared:]
    return float(fuzz.token_set_ratio(" ".join(ta), " ".join(tb))), mode


_SAME_EVENT_KEYS = ("amount", "round", "counterpart", "person")
#: how many of a group's newest sources a new item is compared with
GROUP_COMPARE_LAST = 4


def _same_details(a: Detection, b: Detection) -> bool:
    return any(
        a.details.get(key) not in (None, "") and a.details.get(key) == b.details.get(key) for key in _SAME_EVENT_KEYS
    )


def group_events(
    items: Sequence[ItemEvents], window_days: float | None = None, rules: TriggerRules | None = None
) -> list[EventGroup]:
    """Group items reporting the same event: same account, same type, close in time, alike.

    An item joins a group of its account and type when it was published
    within `window_days` of the group's first source and its title is
    similar to one of the group's titles (thresholds in triggers.json), or
    its details name the same amount, round, counterpart or person. Items
    are taken oldest first; groups come back newest first.
    """
    rules = rules or _default_rules()
    grouping = rules.config["grouping"]
    window = float(grouping["window_days"] if window_days is None else window_days)
    thresholds = {
        "words": float(grouping["min_similarity_words"]),
        "chars": float(grouping["min_similarity_chars"]),
    }
    groups: list[EventGroup] = []
    open_groups: dict[tuple[str, str], list[EventGroup]] = {}
    normalised: dict[str, str] = {}  # each title normalised once, not once per comparison

    def norm(title: str) -> str:
        found = normalised.get(title)
        if found is None:
            found = normalised[title] = normalise_title(title, rules)
        return found

    for item in sorted(items, key=lambda i: i.published):
        for detection in item.detections:
            source = GroupSource(item.item_id, item.published, item.title, detection)
            key = (item.account_id, detection.type)
            target = None
            candidates = open_groups.get(key, [])
            # Items come oldest first, so groups begin in date order and a group that began
            # more than `window` days before this item is closed to every later one too.
            while candidates and (item.published - candidates[0].sources[0].published).total_seconds() / 86400 > window:
                candidates.pop(0)
            for group in candidates:
                age = (item.published - group.sources[0].published).total_seconds() / 86400
                if abs(age) > window:
                    continue
                # A group's last few reports speak for it: comparing with every source made
                # grouping quadratic (a 400-feed refresh spent seconds here).
                for other in group.sources[-GROUP_COMPARE_LAST:]:
                    score, mode = _similarity(norm(item.title), norm(other.title), rules)
                    if score >= thresholds[mode] or _same_details(detection, other.detection):
                        target = group
                        break
                if target is not None:
                    break
            if target is None:
                target = EventGroup(detection.type, item.account_id, [])
                groups.append(target)
                open_groups.setdefault(key, []).append(target)
            target.sources.append(source)
    groups.sort(key=lambda g: g.last_published, reverse=True)
    return groups


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class TriggerSignal:
    """A trigger as the score sees it: type, when it happened, and the user's verdict."""

    type: str
    occurred_at: datetime
    confirmed: bool = True
    dismissed: bool = False
    trigger_id: str = ""
    label: str = ""  # e.g. the headline, shown next to the contribution

    @classmethod
    def from_group(cls, group: EventGroup, trigger_id: str = "") -> TriggerSignal:
        return cls(group.type, group.first_published, group.confirmed, False, trigger_id, group.title)


#: the trigger types as people name them (the GUI's words), for `type_word`
TYPE_WORDS = {
    "funding": noop("Trigger", "Funding"), "acquisition": noop("Trigger", "Acquisition"),
    "leadership_change": noop("Trigger", "Leadership change"), "expansion": noop("Trigger", "Expansion"),
    "product_launch": noop("Trigger", "Product launch"), "partnership": noop("Trigger", "Partnership"),
    "hiring": noop("Trigger", "Hiring"), "layoffs_restructuring": noop("Trigger", "Layoffs / restructuring"),
    "ipo": noop("Trigger", "IPO"), "financial_results": noop("Trigger", "Financial results"),
    "security_incident": noop("Trigger", "Security incident"), "award": noop("Trigger", "Award"),
}  # fmt: skip
#: how a trigger counts towards the why-now score, by its state
_SCORE_STATES = {
    "dismissed": noop("TriggerScore", "dismissed"), "unconfirmed": noop("TriggerScore", "unconfirmed"),
    "confirmed": noop("TriggerScore", "confirmed"), "unknown": noop("TriggerScore", "unknown type"),
}  # fmt: skip


def type_word(type_: str) -> str:
    """A trigger type as people name it, in the reader's language ("Funding", "融资"); a type
    of the user's own is shown by its code."""
    word = TYPE_WORDS.get(type_)
    return translate("Trigger", word) if word else type_


@dataclass(frozen=True, slots=True)
class Contribution:
    trigger_id: str
    type: str
    label: str
    weight: float  # per-type weight from triggers.json
    age_days: float
    decay: float  # 0.5 ** (age / half-life)
    factor: float  # 1 confirmed, unconfirmed_factor when hedged, 0 when dismissed
    points: float  # weight x decay x factor
    share: float  # this trigger's part of the 0-100 score
    reason: str


@dataclass(frozen=True, slots=True)
class ScoreResult:
    score: int  # 0..100
    raw: float  # sum of points before the saturating curve
    contributions: tuple[Contribution, ...]  # biggest first


def why_now_score(
    triggers: Iterable[TriggerSignal],
    now: datetime,
    rules: TriggerRules | None = None,
    weights: Mapping[str, float] | None = None,
) -> ScoreResult:
    """How strongly recent triggers say "reach out now", 0-100, with each trigger's share.

    Each trigger earns weight x 0.5^(age / half_life) points, halved (the
    json's unconfirmed_factor) when unconfirmed, zero when dismissed; future
    dates count as today; `weights` (type -> weight) replaces the built-in
    weights where given. The sum s becomes 100 x (1 - e^(-s / saturation)),
    so more triggers always help but never pass 100. Unknown types weigh 0.
    """
    rules = rules or _default_rules()
    scoring = rules.config["scoring"]
    half_life = float(scoring["half_life_days"])
    unconfirmed = float(scoring["unconfirmed_factor"])
    saturation = float(scoring["saturation"])
    rows: list[tuple[TriggerSignal, float, float, float, float, float, str]] = []
    for trigger in triggers:
        tr = rules.types.get(trigger.type)
        weight = tr.weight if tr is not None else 0.0
        if tr is not None and weights and trigger.type in weights:
            weight = float(weights[trigger.type])  # the workspace's own weight for this type
        age = max(0.0, (now - trigger.occurred_at).total_seconds() / 86400)
        decay = 0.5 ** (age / half_life)
        if trigger.dismissed:
            factor, why = 0.0, _SCORE_STATES["dismissed"]
        elif not trigger.confirmed:
            factor, why = unconfirmed, _SCORE_STATES["unconfirmed"]
        else:
            factor, why = 1.0, _SCORE_STATES["confirmed"]
        if tr is None:
            why = _SCORE_STATES["unknown"]
        points = weight * decay * factor
        reason = translate(
            "TriggerScore",
            "{type} weight {weight:g}, {age:.1f} days old (x{decay:.2f} at a {half_life:g}-day half-life), "
            "{state} (x{factor:g})",
            type=type_word(trigger.type), weight=weight, age=age, decay=decay, half_life=half_life,
            state=translate("TriggerScore", why), factor=factor,
        )  # fmt: skip
        rows.append((trigger, weight, age, decay, factor, points, reason))
    raw = sum(row[5] for row in rows)
    exact = 100.0 * (1.0 - math.exp(-raw / saturation)) if raw > 0 else 0.0
    contributions = tuple(
        sorted(
            (
                Contribution(
                    t.trigger_id,
                    t.type,
                    t.label,
                    w,
                    round(age, 2),
                    round(decay, 4),
                    f,
                    round(points, 4),
                    round(exact * points / raw, 2) if raw > 0 else 0.0,
                    reason,
                )
                for t, w, age, decay, f, points, reason in rows
            ),
            key=lambda c: c.points,
            reverse=True,
        )
    )
    return ScoreResult(round(exact), round(raw, 4), contributions)


def news_surge(counts_by_week: Sequence[int], rules: TriggerRules | None = None) -> bool:
    """True when this week (the last count) clearly exceeds the weeks before it.

    Rule (triggers.json "surge"): this week >= max(min_count, multiplier x
    the mean of up to baseline_weeks previous weeks); defaults 3 and 2x over
    4 weeks. With no earlier weeks the baseline is 0, so min_count decides.
    """
    if not counts_by_week:
        return False
    rules = rules or _default_rules()
    surge = rules.config["scoring"]["surge"]
    *previous, this_week = counts_by_week
    baseline = previous[-int(surge["baseline_weeks"]) :]
    mean = sum(baseline) / len(baseline) if baseline else 0.0
    return this_week >= max(float(surge["min_count"]), float(surge["multiplier"]) * mean)


# --------------------------------------------------------------------------- routing


@dataclass(frozen=True, slots=True)
class Routing:
    tier: PersonaTier  # who to approach first
    why: str
    talking_point: str  # for `tier`
    talking_points: Mapping[str, str] = field(default_factory=dict, hash=False)  # every tier
    language: str = "en"  # the language of `why` and the talking points: "en" or "zh"


def is_chinese_language(language: str | None) -> bool:
    """True for "zh", "zh_CN", "zh-Hans" and the like: the texts to use are the Chinese ones."""
    return (language or "").strip().lower().startswith("zh")


def routing_language(*texts: str | None) -> str:
    """ "zh" when any text (an account's name, country, region) is written in Chinese, else "en".

    Chinese means Han characters with no kana or hangul beside them:
    トヨタ自動車 is Japanese and 삼성전자 Korean, so they are routed in English
    like any other account that is not Chinese.
    """
    for text in texts:
        if text and _HAN.search(text) and not _KANA_HANGUL.search(text):
            return "zh"
    return "en"


def format_event_date(moment: date | datetime | None, language: str = "en") -> str:
    """The date as a talking point says it: "21 Nov 2026", or "2026年11月21日" in Chinese."""
    if moment is None:
        return ""
    if is_chinese_language(language):
        return f"{moment.year}年{moment.month}月{moment.day}日"
    # Not strftime("%b"): Qt sets the C locale from the system, which would
    # put a German or Chinese month name into an English sentence.
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def _format_amount(details: Mapping[str, Any]) -> str:
    if details.get("amount_text"):
        return str(details["amount_text"])
    amount = details.get("amount")
    if not isinstance(amount, int | float):
        return ""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if amount >= size:
            return f"{amount / size:g}{suffix} {details.get('currency') or ''}".strip()
    return f"{amount:g} {details.get('currency') or ''}".strip()


def _format_amount_zh(details: Mapping[str, Any], terms: Mapping[str, Any]) -> str:
    """The amount as Chinese news writes it: "数亿元" as found, "$25M" as "2500万美元"."""
    text = str(details.get("amount_text") or "")
    if _HAN.search(text):
        return text
    amount = details.get("amount")
    currency = str(details.get("currency") or "")
    name = str(terms.get("currencies", {}).get(currency, ""))
    if not isinstance(amount, int | float) or not name:
        # A vague English amount or a currency without a Chinese name: keep what the news says.
        return text or _format_amount(details)
    for size, unit in ((1e8, "亿"), (1e4, "万")):
        if amount >= size:
            return f"{round(amount / size, 4):g}{unit}{name}"
    return f"{amount:g}{name}"


def _format_round_zh(round_name: str, terms: Mapping[str, Any]) -> str:
    """A round as Chinese news names it: "Series B" as "B轮", "seed" as "种子轮".

    Chinese rounds stay as found, except that "战略融资"/"战略投资" become
    "战略轮": the templates add 融资 themselves.
    """
    name = round_name.strip()
    if _HAN.search(name):
        return re.sub(r"(?:融资|投资)$", "轮", name)
    series = _SERIES.fullmatch(name)
    if series:
        return f"{'Pre-' if series.group('pre') else ''}{series.group('letter').upper()}轮"
    known = {str(k).lower(): str(v) for k, v in terms.get("rounds", {}).items()}
    return known.get(" ".join(name.lower().split()), name)


def _latin_touch(left: str, right: str) -> bool:
    """True when two characters are both Latin letters or digits ("a" and "B", "5" and "x")."""
    return all(c and c.isascii() and c.isalnum() for c in (left, right))


def render_template(template: str, values: Mapping[str, str], fallbacks: Mapping[str, str] | None = None) -> str:
    """Fill {placeholders}; a [bracketed part] disappears unless all its placeholders have values.

    A placeholder outside brackets without a value takes its fallback word
    (or disappears), so the text never shows "{amount}" or "None". Chinese
    templates put values side by side with no space ("{company}[{round}]融资");
    where a Latin word of a value would then touch another Latin word, one
    space keeps them apart ("Acme B轮", not "AcmeB轮"). Empty ( ), （ ） and “ ”
    left by missing values are removed.
    """
    fallbacks = fallbacks or {}

    def present(name: str) -> bool:
        return bool(values.get(name))

    def optional(match: re.Match[str]) -> str:
        inner = match.group(1)
        names = _PLACEHOLDER.findall(inner)
        return inner if names and all(present(n) for n in names) else ""

    text = _OPTIONAL.sub(optional, template)
    pieces: list[str] = []
    end = 0
    for match in _PLACEHOLDER.finditer(text):
        value = values.get(match.group(1)) or fallbacks.get(match.group(1), "")
        pieces.append(text[end : match.start()])
        before = next((p[-1] for p in reversed(pieces) if p), "")
        if value and _latin_touch(before, value[0]):
            pieces.append(" ")
        pieces.append(value)
        end = match.end()
        if value and _latin_touch(value[-1], text[end : end + 1]):
            pieces.append(" ")
    pieces.append(text[end:])
    text = "".join(pieces)
    text = re.sub(r"\(\s*\)|（\s*）|“\s*”", "", text)
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def route(
    detection: Detection,
    company: str,
    *,
    occurred_at: date | datetime | None = None,
    headline: str = "",
    rules: TriggerRules | None = None,
    language: str = "en",
) -> Routing:
    """Which persona tier to approach first about this trigger, why, and what to say.

    `language` "zh" (or any "zh…" such as "zh_CN") writes the why and the
    talking points in Simplified Chinese from the "_zh" texts, the date as
    2026年11月21日, the amount in 万/亿 ("2500万美元") and the round as Chinese
    news names it ("B轮"); a text the file lacks falls back to its English one.
    Anything else gives the English texts.
    """
    rules = rules or _default_rules()
    tr = rules.types.get(detection.type)
    if tr is None:
        raise ValueError(f"unknown trigger type {detection.type!r}")
    spec = tr.routing
    details = detection.details
    chinese = is_chinese_language(language)
    tier = str(spec["tier"])
    why = str((spec.get("why_zh") if chinese else None) or spec["why"])
    role = str(details.get("role") or "")
    if detection.type == "leadership_change" and role:
        for name in ("c_level", "director"):
            pattern = rules.role_tiers.get(name)
            if pattern is not None and pattern.search(role):
                tier = name
                break
    values: dict[str, str] = {
        str(k): str(v) for k, v in details.items() if isinstance(v, str | int | float) and v != ""
    }
    values.update(
        company=company.strip(),
        amount=_format_amount(details),
        headline=headline.strip(),
        date=format_event_date(occurred_at, language),
    )
    fallbacks = {k: v for k, v in rules.config["fallbacks"].items() if not k.startswith("_")}
    templates: dict[str, Any] = dict(spec["talking_points"])
    if chinese:
        terms = rules.config.get("terms_zh", {})
        values["amount"] = _format_amount_zh(details, terms)
        if values.get("round"):
            values["round"] = _format_round_zh(values["round"], terms)
        words = rules.config.get("fallbacks_zh", {})
        fallbacks.update({k: str(v) for k, v in words.items() if not k.startswith("_") and v})
        # Per tier: a tier the file does not translate keeps its English text.
        templates.update({k: v for k, v in (spec.get("talking_points_zh") or {}).items() if v})
    points = {name: render_template(str(template), values, fallbacks) for name, template in templates.items()}
    return Routing(PersonaTier(tier), why, points.get(tier, ""), points, "zh" if chinese else "en")


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True, slots=True)
class LabelledExample:
    title: str
    summary: str
    events: frozenset[str]


@dataclass(frozen=True, slots=True)
class TypeScore:
    type: str
    support: int  # items labelled with this type
    predicted: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class Mistake:
    title: str
    summary: str
    expected: tuple[str, ...]
    predicted: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EvalReport:
    items: int
    per_type: tuple[TypeScore, ...]
    macro_f1: float  # mean F1 over types that were labelled or predicted at least once
    micro_f1: float
    exact_match: float  # share of items whose whole set of types is right
    none_accuracy: float  # share of no-event items left with no event
    mistakes: tuple[Mistake, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "macro_f1": self.macro_f1,
            "micro_f1": self.micro_f1,
            "exact_match": self.exact_match,
            "none_accuracy": self.none_accuracy,
            "per_type": [
                {
                    "type": s.type,
                    "support": s.support,
                    "predicted": s.predicted,
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                }
                for s in self.per_type
            ],
            "mistakes": [
                {
                    "title": m.title,
                    "summary": m.summary,
                    "expected": list(m.expected),
                    "predicted": list(m.predicted),
                }
                for m in self.mistakes
            ],
        }


def read_labelled(lines: Iterable[str], known: Iterable[str] = TYPES) -> list[LabelledExample]:
    """Parse JSON lines {"title", "summary", "events": [...]}; ValueError names the bad line."""
    allowed = set(known)
    examples: list[LabelledExample] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise ValueError(f"line {number}: expected an object")
        title, summary, events = row.get("title", ""), row.get("summary", ""), row.get("events")
        if not isinstance(title, str) or not isinstance(summary, str):
            raise ValueError(f"line {number}: title and summary must be strings")
        if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
            raise ValueError(f"line {number}: events must be a list of type names")
        unknown = sorted(set(events) - allowed)
        if unknown:
            raise ValueError(f"line {number}: unknown event type(s) {', '.join(unknown)}")
        examples.append(LabelledExample(title, summary, frozenset(events)))
    return examples


def load_labelled(path: str | Path) -> list[LabelledExample]:
    with open(path, encoding="utf-8") as handle:
        return read_labelled(handle)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def evaluate(examples: Iterable[LabelledExample | Mapping[str, Any]], rules: TriggerRules | None = None) -> EvalReport:
    """Precision, recall and F1 per type, macro- and micro-F1, and the items it got wrong.

    Examples are `LabelledExample`s or dicts shaped like the labelled file's lines.
    """
    rules = rules or _default_rules()
    names = list(rules.types)
    tp = dict.fromkeys(names, 0)
    fp = dict.fromkeys(names, 0)
    fn = dict.fromkeys(names, 0)
    items = exact = none_total = none_right = 0
    mistakes: list[Mistake] = []
    for raw in examples:
        example = (
            raw
            if isinstance(raw, LabelledExample)
            else LabelledExample(
                str(raw.get("title") or ""),
                str(raw.get("summary") or ""),
                frozenset(raw.get("events") or ()),
            )
        )
        items += 1
        predicted = {d.type for d in detect_events(example.title, example.summary, rules)}
        expected = set(example.events)
        for name in predicted | expected:
            if name in predicted and name in expected:
                tp[name] += 1
            elif name in predicted:
                fp[name] = fp.get(name, 0) + 1
            else:
                fn[name] = fn.get(name, 0) + 1
        if predicted == expected:
            exact += 1
        else:
            order = {n: i for i, n in enumerate(names)}
            mistakes.append(
                Mistake(
                    example.title,
                    example.summary,
                    tuple(sorted(expected, key=lambda n: order.get(n, 99))),
                    tuple(sorted(predicted, key=lambda n: order.get(n, 99))),
                )
            )
        if not expected:
            none_total += 1
            none_right += not predicted
    scores: list[TypeScore] = []
    for name in names:
        t, p, n = tp[name], fp[name], fn[name]
        precision, recall = _ratio(t, t + p), _ratio(t, t + n)
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
        scores.append(TypeScore(name, t + n, t + p, t, p, n, precision, recall, f1))
    counted = [s for s in scores if s.support or s.predicted]
    macro = round(sum(s.f1 for s in counted) / len(counted), 4) if counted else 0.0
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro = _ratio(2 * all_tp, 2 * all_tp + all_fp + all_fn)
    return EvalReport(
        items,
        tuple(scores),
        macro,
        micro,
        _ratio(exact, items),
        _ratio(none_right, none_total),
        tuple(mistakes),
    )
