"""Persona tiers from job titles: C-level/VP, director or practitioner, always with the reason.

An SDR works an account's people in three tiers: C-level and VPs (they own
the budget), directors, heads and managers who lead people, and practitioners
(the people who use the product). This module reads one job title — English,
simplified or traditional Chinese or a mix, with abbreviations, company names,
pipes and stray punctuation — and returns the tier, a confidence and the rule
and words that decided it. The rules are data (resources/personas.json, which
a user can read and extend with `load_rules(path)`); this module only compiles
and applies them.

How a title is read:

1. Normalised one character for one character, so a match maps straight back
   to the words the user typed: NFKC (full-width letters), lower case,
   punctuation to spaces, list separators (, ; ( ) 、 …) to "|", traditional
   Chinese characters to simplified through the rules file's `character_map`.
2. One regular expression made of every pattern scans the text once. Where
   two patterns start at the same place the one that must match more
   characters is tried first, and a match consumes its words: "Product
   Manager" is found whole, so its "Manager" never counts as a people manager.
   Exceptions are patterns whose text is ignored ("to the CEO", "at Acme
   Partners", "ex-CEO", "总裁办"), so "Assistant to the CEO" is left with
   "Assistant".
3. Of the matches, the one with the highest priority wins (assistant rules 40,
   then C-level 30, director 20, practitioner 10), then the longest, then the
   more confident rule. "Product Manager, Team Lead" is therefore a director.

Decisions worth knowing (also written in the rules file): "Chief of Staff" is
a director (a senior staff role without a C-level budget); "Team Lead" and 组长
lead people, so director; "Tech Lead" is a practitioner (technical lead of peers);
"Vice President" and its abbreviations are C-level (the tier is C-level/VP)
but "Assistant/Associate VP" (AVP) is a director; "Managing Director"/"MD" and
"General Manager"/"GM"/总经理/副总经理 are C-level; "Founder", "Owner",
"Partner", "President", "Chairman" are C-level but "Partner Manager", "HR
Business Partner", "Product Owner" and "Founding Engineer" are practitioners;
"Product/Project/Program/Account/Customer Success Manager" and their kin are
individual contributors unless the title also says they lead a team.

Confidence is the winning rule's own figure from the rules file (0.9–0.95 for
an explicit title such as "CEO" or "Head of", about 0.75 for a role phrase,
0.45–0.6 when only a generic word such as "Manager", "Lead", "Executive" or
销售 was seen), minus 0.1 when words pointing at another tier were outranked.
No match means `unknown` with confidence 0.

Must not: import storage, app or Qt, read anything but rules files, or guess
a tier from anything but the title's own words.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from research.i18n import noop, phrase, translate
from research.types import PersonaTier

#: the tiers an evaluation reports on, most senior first
TIERS = (PersonaTier.C_LEVEL, PersonaTier.DIRECTOR, PersonaTier.PRACTITIONER, PersonaTier.UNKNOWN)
#: the tiers as people name them (the same words as the GUI's), for `tier_word`
TIER_WORDS = {
    PersonaTier.C_LEVEL: noop("Persona", "C-Level/VP"), PersonaTier.DIRECTOR: noop("Persona", "Director"),
    PersonaTier.PRACTITIONER: noop("Persona", "Practitioner"), PersonaTier.UNKNOWN: noop("Persona", "Not classified"),
}  # fmt: skip
#: distinct titles remembered per rule set; CRM exports repeat the same few hundred titles
CACHE_SIZE = 16_384
DEFAULT_PRIORITIES = {"c_level": 30, "director": 20, "practitioner": 10}

# ASCII punctuation that separates parts of a title ("VP, Sales", "Head of Growth (EMEA)").
_ASCII_SEPARATORS = ",;:()[]{}<>"
# Punctuation NFKC leaves alone: Chinese list and bracket marks, bullets, dashes, quotes.
_WIDE_SEPARATORS = "、。【】《》「」『』〔〕〈〉·•・—–−"
_WIDE_SPACES = "‘’“”…　"


class PersonaRulesError(ValueError):
    """A rules file is unreadable or a rule in it is malformed; the message names it."""


class LabelledTitlesError(ValueError):
    """A labelled-titles TSV row is malformed; `line` is its 1-based line number."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


#: how a reason is worded, by the shape of the decision: words decided or not ("rule" /
#: "none"), the tier of outranked words, whether exceptions ignored some words. Stored with
#: its fields as a phrase (`TierResult.said`), so it reads in the reader's language.
_REASONS = {
    "empty": noop("TierReason", "empty title: no rule can match"),
    "no_words": noop("TierReason", 'no words in "{title}": no rule can match'),
    "none": noop("TierReason", 'no rule matched "{title}"'),
    "none+ignored": noop("TierReason", 'no rule matched "{title}"; ignored "{ignored}" (exception "{exception}")'),
    "rule": noop("TierReason", 'rule "{rule}": matched "{words}"'),
    "rule+ignored": noop(
        "TierReason", 'rule "{rule}": matched "{words}"; ignored "{ignored}" (exception "{exception}")'
    ),
    "rule+c_level": noop(
        "TierReason", 'rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", c_level)'
    ),
    "rule+director": noop(
        "TierReason", 'rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", director)'
    ),
    "rule+practitioner": noop(
        "TierReason", 'rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", practitioner)'
    ),
    "rule+c_level+ignored": noop(
        "TierReason",
        'rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", c_level); '
        'ignored "{ignored}" (exception "{exception}")',
    ),
    "rule+director+ignored": noop(
        "TierReason",
        'rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", director); '
        'ignored "{ignored}" (exception "{exception}")',
    ),
    "rule+practitioner+ignored": noop(
        "TierReason",
        'rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", practitioner); '
        'ignored "{ignored}" (exception "{exception}")',
    ),
}


@dataclass(frozen=True, slots=True)
class TierResult:
    tier: PersonaTier
    #: 0..1: how sure the rule is (see the module docstring for the scheme)
    confidence: float
    #: the words of the title that decided the tier, as typed ("" when unknown)
    matched: str = ""
    #: the deciding rule's name ("" when unknown)
    rule: str = ""
    #: the reason's wording (a key of _REASONS) and its fields; read `said` or `reason`.
    #: Kept as parts so classifying a title composes no text (throughput: bench_personas.py).
    why: tuple[str, tuple[tuple[str, str], ...]] = ("empty", ())

    @property
    def said(self) -> str:
        """The reason as a stored phrase (research.i18n.render shows it in the reader's language)."""
        key, fields = self.why
        return phrase("TierReason", _REASONS[key], **dict(fields))

    @property
    def reason(self) -> str:
        """For people, in the reader's language: the rule and the words,
        e.g. 'rule "head_of": matched "Head of"'."""
        key, fields = self.why
        return translate("TierReason", _REASONS[key], **dict(fields))


@dataclass(frozen=True, slots=True)
class _Branch:
    """One pattern of one rule or exception, as placed in the combined expression."""

    name: str
    tier: PersonaTier | None  # None: an exception, its text is ignored
    priority: int
    confidence: float


@dataclass(frozen=True, slots=True)
class _Match:
    branch: _Branch
    start: int
    end: int


class PersonaRules:
    """A compiled rule set. Build it with `load_rules()`; classify with `classify()`."""

    def __init__(self, data: Mapping[str, Any], source: str = "built-in rules") -> None:
        self.source = source
        self._table = _translation_table(_string_map(data.get("character_map", {}), source))
        priorities = {**DEFAULT_PRIORITIES, **_int_map(data.get("priorities", {}), source)}
        branches: list[tuple[str, _Branch]] = []
        for entry in _entries(data, "exceptions", source):
            name = _name(entry, "exception", source)
            branch = _Branch(name, None, 0, 0.0)
            branches += [(p, branch) for p in _patterns(entry, name, source)]
        for entry in _entries(data, "rules", source):
            name = _name(entry, "rule", source)
            tier = _tier(entry, name, source)
            confidence = _confidence(entry, name, source)
            priority = entry.get("priority", priorities.get(tier.value))
            if not isinstance(priority, int) or isinstance(priority, bool):
                raise PersonaRulesError(f"{source}: rule {name!r}: priority must be a whole number")
            branch = _Branch(name, tier, priority, confidence)
            branches += [(p, branch) for p in _patterns(entry, name, source)]
        self.rule_count = len({b.name for _, b in branches if b.tier is not None})
        self._regex, self._by_group = _combine(branches)
        # Per instance, so a user's rule set never answers from the built-in set's cache.
        self._cached = functools.lru_cache(maxsize=CACHE_SIZE)(self._classify)

    def classify(self, title: str) -> TierResult:
        return self._cached(title)

    def clear_cache(self) -> None:
        """Forget remembered titles (benchmarks measure the uncached path with it)."""
        self._cached.cache_clear()

    def _classify(self, title: str) -> TierResult:
        shown, text = _normalise(title, self._table)
        if not text.strip(" |"):
            why = ("no_words", (("title", shown),)) if shown else ("empty", ())
            return TierResult(PersonaTier.UNKNOWN, 0.0, why=why)
        found: list[_Match] = []
        ignored: list[_Match] = []
        for m in self._regex.finditer(text):
            branch = self._by_group[m.lastgroup or ""]
            (found if branch.tier is not None else ignored).append(_Match(branch, *m.span()))
        notes = _ignored_fields(ignored, shown)
        if not found:
            return TierResult(
                PersonaTier.UNKNOWN, 0.0, why=("none+ignored" if notes else "none", (("title", shown), *notes))
            )
        best = max(found, key=_rank)
        assert best.branch.tier is not None  # found holds rule matches only
        words = _words(shown, best)
        key = "rule"
        fields: tuple[tuple[str, str], ...] = (("rule", best.branch.name), ("words", words))
        confidence = best.branch.confidence
        rivals = [m for m in found if m.branch.tier != best.branch.tier]
        if rivals:
            rival = max(rivals, key=_rank)
            confidence -= 0.1
            key = f"rule+{rival.branch.tier}"
            fields += (("other", _words(shown, rival)), ("other_rule", rival.branch.name))
        if notes:
            key += "+ignored"
            fields += notes
        confidence = round(min(1.0, max(0.05, confidence)), 2)
        return TierResult(best.branch.tier, confidence, words, best.branch.name, (key, fields))


def _rank(m: _Match) -> tuple[int, int, float, int]:
    return (m.branch.priority, m.end - m.start, m.branch.confidence, -m.start)


def _words(shown: str, m: _Match) -> str:
    return shown[m.start : m.end].strip(" |-.,;:/&")


def _ignored_fields(ignored: Sequence[_Match], shown: str) -> tuple[tuple[str, str], ...]:
    """The words exceptions set aside and the exceptions' names, for the reason ('"a", "b"' when several)."""
    if not ignored:
        return ()
    return (
        ("ignored", '", "'.join(_words(shown, m) for m in ignored)),
        ("exception", '", "'.join(m.branch.name for m in ignored)),
    )


# --- normalising ---------------------------------------------------------------------------


def _translation_table(character_map: Mapping[str, str]) -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(128):
        char = chr(code)
        if char in _ASCII_SEPARATORS:
            table[code] = "|"
        elif not (char.isalnum() or char in "|@"):
            table[code] = " "  # "co-founder" -> "co founder", "Sr. Dir." -> "sr  dir "
    for char in _WIDE_SEPARATORS:
        table[ord(char)] = "|"
    for char in _WIDE_SPACES:
        table[ord(char)] = " "
    for source, target in character_map.items():
        table[ord(source)] = target
    return table


def _normalise(title: str, table: Mapping[int, str]) -> tuple[str, str]:
    """(the title as shown in reasons, the text the rules read): same length, so spans map."""
    shown = title.strip()
    if not shown.isascii():
        shown = unicodedata.normalize("NFKC", shown).strip()
    lowered = shown.lower()
    if len(lowered) != len(shown):  # a few letters lower-case to two ("İ"); keep spans honest
        shown = lowered
    return shown, lowered.translate(table)


# --- compiling -----------------------------------------------------------------------------


def _combine(branches: Sequence[tuple[str, _Branch]]) -> tuple[re.Pattern[str], dict[str, _Branch]]:
    """One expression for every pattern; an empty named group at each branch's end says which.

    The marker goes last so that each branch still starts with a literal, which
    lets the regex engine skip a non-matching branch after one character. Patterns
    that start with a word boundary share one `\\b` up front for the same reason.
    """
    by_group: dict[str, _Branch] = {}
    words: list[tuple[int, int, str]] = []
    others: list[tuple[int, int, str]] = []
    for index, (pattern, branch) in enumerate(branches):
        group = f"b{index}"
        by_group[group] = branch
        width = _min_width(pattern)
        if pattern.startswith(r"\b") and not _has_top_level_bar(pattern):
            words.append((-width, index, f"(?:{pattern[2:]})(?P<{group}>)"))
        else:
            others.append((-width, index, f"(?:{pattern})(?P<{group}>)"))
    words.sort()
    others.sort()
    parts = []
    if words:
        parts.append(r"\b(?:" + "|".join(w[2] for w in words) + ")")
    parts += [o[2] for o in others]
    return re.compile("|".join(parts) or "(?!)", re.ASCII), by_group


def _prepare(pattern: str) -> str:
    """A space in a rule means "one or more spaces" (punctuation became spaces); " ?" optional."""
    return re.sub(r" (?![*+?{])", " +", pattern.replace(" ?", " *"))


def _has_top_level_bar(pattern: str) -> bool:
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = _class_end(pattern, i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


def _class_end(pattern: str, i: int) -> int:
    """Index of the "]" closing the character class opening at i."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def _min_width(pattern: str) -> int:
    """The fewest characters a pattern can match (lookarounds and anchors count nothing).

    Good enough for ordering branches: the pattern that must match more text is
    the more specific one and is tried first where two start at the same place.
    """
    width, _ = _sequence_width(pattern, 0)
    return width


def _sequence_width(pattern: str, i: int) -> tuple[int, int]:
    """Width of the alternation starting at i, up to an unmatched ")" or the end."""
    alternatives: list[int] = []
    total = 0
    last = 0  # width of the last atom, for a quantifier that follows it
    while i < len(pattern):
        char = pattern[i]
        if char == ")":
            break
        if char == "|":
            alternatives.append(total)
            total = last = 0
            i += 1
            continue
        if char in "?*":
            total -= last
            last = 0
            i += 1
            if i < len(pattern) and pattern[i] in "?+":
                i += 1
            continue
        if char == "+":
            i += 1
            continue
        if char == "{":
            close = pattern.find("}", i)
            low = pattern[i + 1 : close].split(",")[0] if close > i else "1"
            times = int(low) if low.isdigit() else 1
            total += last * (times - 1)
            last *= times
            i = close + 1 if close > i else i + 1
            continue
        if char == "(":
            lookaround = pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            inner, i = _sequence_width(pattern, _group_body(pattern, i))
            last = 0 if lookaround else inner
            i += 1  # the closing ")"
        elif char == "[":
            i = _class_end(pattern, i) + 1
            last = 1
        elif char == "\\":
            last = 0 if pattern[i + 1 : i + 2] in ("b", "B", "A", "Z") else 1
            i += 2
        else:
            last = 0 if char in "^$" else 1
            i += 1
        total += last
    alternatives.append(total)
    return min(alternatives), i


def _group_body(pattern: str, i: int) -> int:
    """Index where the body of the group opening at i starts (after "(", "(?:", "(?=" …)."""
    if not pattern.startswith("(?", i):
        return i + 1
    if pattern.startswith("(?P<", i):
        return pattern.index(">", i) + 1
    for prefix in ("(?<=", "(?<!", "(?:", "(?=", "(?!"):
        if pattern.startswith(prefix, i):
            return i + len(prefix)
    return pattern.index(":", i) + 1  # inline flags "(?i:"


# --- reading rules -------------------------------------------------------------------------


def _entries(data: Mapping[str, Any], key: str, source: str) -> list[Mapping[str, Any]]:
    entries = data.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise PersonaRulesError(f"{source}: {key!r} must be a list of objects")
    return entries


def _name(entry: Mapping[str, Any], kind: str, source: str) -> str:
    name = entry.get("name")
    if not isinstance(name, str) or not name:
        raise PersonaRulesError(f"{source}: every {kind} needs a non-empty 'name'")
    return name


def _tier(entry: Mapping[str, Any], name: str, source: str) -> PersonaTier:
    value = entry.get("tier")
    allowed = [t.value for t in TIERS if t is not PersonaTier.UNKNOWN]
    if value not in allowed:
        raise PersonaRulesError(f"{source}: rule {name!r}: tier must be one of {', '.join(allowed)}, got {value!r}")
    return PersonaTier(value)


def _confidence(entry: Mapping[str, Any], name: str, source: str) -> float:
    value = entry.get("confidence")
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise PersonaRulesError(f"{source}: rule {name!r}: confidence must be a number 0..1")
    return float(value)


def _patterns(entry: Mapping[str, Any], name: str, source: str) -> list[str]:
    patterns = entry.get("patterns")
    if not (isinstance(patterns, list) and patterns and all(isinstance(p, str) for p in patterns)):
        raise PersonaRulesError(f"{source}: {name!r}: 'patterns' must be a non-empty string list")
    prepared = []
    for raw in patterns:
        pattern = _prepare(raw)
        try:
            compiled = re.compile(pattern, re.ASCII)
        except re.error as exc:
            raise PersonaRulesError(f"{source}: {name!r}: bad pattern {raw!r}: {exc}") from None
        if compiled.groups:
            raise PersonaRulesError(f"{source}: {name!r}: pattern {raw!r} has a capturing group; use (?:...)")
        if compiled.match(""):
            raise PersonaRulesError(f"{source}: {name!r}: pattern {raw!r} matches empty text")
        prepared.append(pattern)
    return prepared


def _string_map(value: Any, source: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(k) == 1 and len(v) == 1 for k, v in value.items()
    ):
        raise PersonaRulesError(f"{source}: 'character_map' maps one character to one character")
    return value


def _int_map(value: Any, source: str) -> dict[str, int]:
    if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
        raise PersonaRulesError(f"{source}: 'priorities' maps tier names to whole numbers")
    return value


def _read_rules_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8-sig"))
    except FileNotFoundError:
        raise PersonaRulesError(f"persona rules file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PersonaRulesError(f"cannot read persona rules {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise PersonaRulesError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise PersonaRulesError(f"{path}: expected a JSON object with 'rules' and 'exceptions'")
    return data


def _builtin_data() -> dict[str, Any]:
    text = resources.files("resources").joinpath("personas.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def merge_rules(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """`extra` extends `base`: rules and exceptions replace same-named ones or are added."""
    merged = dict(base)
    for key in ("rules", "exceptions"):
        by_name = {e.get("name"): e for e in _entries(base, key, "built-in rules")}
        for entry in _entries(extra, key, "user rules"):
            by_name[entry.get("name")] = entry
        merged[key] = list(by_name.values())
    for key in ("character_map", "priorities"):
        merged[key] = {**base.get(key, {}), **extra.get(key, {})}
    return merged


@functools.lru_cache(maxsize=1)
def _default_rules() -> PersonaRules:
    return PersonaRules(_builtin_data())


@functools.lru_cache(maxsize=8)
def _user_rules(path: str, modified_ns: int) -> PersonaRules:  # mtime in the key: edits reload
    return PersonaRules(merge_rules(_builtin_data(), _read_rules_file(Path(path))), path)


def load_rules(path: str | Path | None = None) -> PersonaRules:
    """The built-in rules, extended by the rules file at `path` if one is given.

    Compiled once and cached; a changed user file is compiled again.
    Raises PersonaRulesError for a missing, unreadable or malformed file.
    """
    if path is None:
        return _default_rules()
    resolved = Path(path).expanduser().resolve()
    try:
        modified = resolved.stat().st_mtime_ns
    except OSError:
        raise PersonaRulesError(f"persona rules file not found: {path}") from None
    return _user_rules(str(resolved), modified)


# --- classifying ---------------------------------------------------------------------------


def tier_word(tier: PersonaTier | str) -> str:
    """A persona tier as people name it, in the reader's language ("Director", "总监")."""
    try:
        return translate("Persona", TIER_WORDS[PersonaTier(tier)])
    except ValueError:
        return str(tier)


def classify_title(title: str, rules: PersonaRules | None = None) -> TierResult:
    """The persona tier of one job title, with confidence and reason."""
    return (rules or _default_rules()).classify(title)


def classify_titles(titles: Iterable[str], rules: PersonaRules | None = None) -> list[TierResult]:
    """`classify_title` for many titles; repeated titles are answered from the cache."""
    classify = (rules or _default_rules()).classify
    return [classify(title) for title in titles]


# --- evaluating ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TierScore:
    """How many titles labelled with one tier were classified as that tier."""

    tier: PersonaTier
    total: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class Miss:
    title: str
    expected: PersonaTier
    predicted: PersonaTier
    reason: str


@dataclass(frozen=True, slots=True)
class EvalReport:
    total: int
    correct: int
    per_tier: tuple[TierScore, ...]
    #: (labelled, predicted) -> count, every pair of TIERS present
    confusion: Mapping[tuple[PersonaTier, PersonaTier], int]
    misses: tuple[Miss, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data: the shape `whynow tier --eval --json` prints."""
        return {
            "total": self.total,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "per_tier": {
                s.tier.value: {
                    "total": s.total,
                    "correct": s.correct,
                    "accuracy": round(s.accuracy, 4),
                }
                for s in self.per_tier
            },
            "confusion": {
                expected.value: {predicted.value: self.confusion[(expected, predicted)] for predicted in TIERS}
                for expected in TIERS
            },
            "misses": [
                {
                    "title": m.title,
                    "expected": m.expected.value,
                    "predicted": m.predicted.value,
                    "reason": m.reason,
                }
                for m in self.misses
            ],
        }


def evaluate(pairs: Iterable[tuple[str, PersonaTier | str]], rules: PersonaRules | None = None) -> EvalReport:
    """Accuracy overall and per labelled tier, a confusion table and the misclassified titles."""
    confusion: Counter[tuple[PersonaTier, PersonaTier]] = Counter()
    misses: list[Miss] = []
    for title, label in pairs:
        expected = PersonaTier(label)
        result = classify_title(title, rules)
        confusion[(expected, result.tier)] += 1
        if result.tier is not expected:
            misses.append(Miss(title, expected, result.tier, result.reason))
    scores = tuple(TierScore(t, sum(confusion[(t, p)] for p in TIERS), confusion[(t, t)]) for t in TIERS)
    return EvalReport(
        total=sum(confusion.values()),
        correct=sum(s.correct for s in scores),
        per_tier=scores,
        confusion={(e, p): confusion[(e, p)] for e in TIERS for p in TIERS},
        misses=tuple(misses),
    )


def parse_labelled_titles(lines: Iterable[str]) -> list[tuple[str, PersonaTier]]:
    """Rows of `title<TAB>tier` (an optional `title<TAB>tier` header, blank lines skipped).

    Raises LabelledTitlesError naming the line of the first malformed row.
    """
    pairs: list[tuple[str, PersonaTier]] = []
    allowed = ", ".join(t.value for t in TIERS)
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        cells = line.split("\t")
        if number == 1 and [c.strip().lower() for c in cells] == ["title", "tier"]:
            continue
        if len(cells) != 2:
            raise LabelledTitlesError(number, f"expected 2 tab-separated columns (title, tier), found {len(cells)}")
        title, label = cells[0], cells[1].strip().lower()
        if label not in {t.value for t in TIERS}:
            raise LabelledTitlesError(number, f"unknown tier {cells[1]!r} (use one of {allowed})")
        pairs.append((title, PersonaTier(label)))
    return pairs
