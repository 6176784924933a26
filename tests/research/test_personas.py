"""Persona tiers from job titles: the traps, Chinese, noise, user rules and the labelled set."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

import pytest

from research.personas import (
    LabelledTitlesError,
    PersonaRulesError,
    classify_title,
    classify_titles,
    evaluate,
    load_rules,
    parse_labelled_titles,
)
from research.types import PersonaTier

C, D, P, U = (
    PersonaTier.C_LEVEL,
    PersonaTier.DIRECTOR,
    PersonaTier.PRACTITIONER,
    PersonaTier.UNKNOWN,
)
TITLES_TSV = Path(__file__).resolve().parent.parent / "data" / "titles.tsv"


def tier(title: str) -> PersonaTier:
    return classify_title(title).tier


TRAPS = [
    # assistants name an executive but are not one
    ("Assistant to the CEO", P),
    ("Executive Assistant", P),
    ("Executive Assistant to the Managing Director", P),
    ("EA to the Founder", P),
    ("Founder's Associate", P),
    # individual-contributor managers ...
    ("Product Manager", P),
    ("Senior Product Manager", P),
    ("Project Manager", P),
    ("Program Manager", P),
    ("Account Manager", P),
    ("Customer Success Manager", P),
    # ... unless they lead a team or carry a senior rank
    ("Senior Manager", D),
    ("Group Product Manager", D),
    ("Head of Product", D),
    ("Product Manager, Team Lead", D),
    ("Engineering Manager", D),
    # people managers per the playbook
    ("Sales Manager", D),
    ("Marketing Manager", D),
    # owners of the business are C-level, partner-facing roles are not
    ("Founder", C),
    ("Co-founder", C),
    ("Owner", C),
    ("Partner", C),
    ("Partner Manager", P),
    ("Partnerships Manager", P),
    ("Channel Partner Manager", P),
    ("HR Business Partner", P),
    ("Sales Partner", P),
    ("Managing Partner", C),
    ("Product Owner", P),
    ("Founding Engineer", P),
    ("President", C),
    ("Chairman", C),
    ("Vice President", C),
    ("Assistant Vice President", D),
    ("Head of Growth", D),
    ("Vice Director", D),
    ("Deputy Director", D),
    ("Chief of Staff", D),
    ("Chief of Staff to the CEO", D),
    ("Managing Director", C),
    ("MD", C),
    ("General Manager", C),
    ("GM", C),
    ("总经理", C),
    ("副总经理", C),
    ("Director", D),
    ("Team Lead", D),
    ("组长", D),
    ("Tech Lead", P),
    ("Marketing Intern", P),
    ("Software Engineer", P),
    ("Data Analyst", P),
    ("Marketing Specialist", P),
    ("Project Coordinator", P),
    ("Sales Representative", P),
    ("SDR", P),
    ("Account Executive", P),
    ("Senior Software Engineer", P),
    ("Lead Engineer", P),
    ("Principal Engineer", P),
    ("Staff Engineer", P),
]


@pytest.mark.parametrize(("title", "expected"), TRAPS, ids=[t for t, _ in TRAPS])
def test_traps(title: str, expected: PersonaTier) -> None:
    assert tier(title) is expected, classify_title(title).reason


ENGLISH_NOISE = [
    ("CEO", C),
    ("CFO", C),
    ("CRO", C),
    ("CISO", C),
    ("CTO", C),
    ("COO", C),
    ("CMO", C),
    ("CPO", C),
    ("SVP Engineering", C),
    ("EVP, Strategy", C),
    ("AVP, Risk", D),
    ("Sr. Dir.", D),
    ("VP, Sales & Marketing", C),
    ("Head of Growth (EMEA)", D),
    ("VP Engineering | Acme Corp", C),
    ("Director of Sales at Acme", D),
    ("Sales Manager at Founders Fund", D),
    ("vP oF sAlEs", C),
    ("***VP Sales***", C),
    ("ＣＥＯ", C),  # full-width letters from a Chinese keyboard
    ("Advisor (ex-CEO)", P),
    ("President's Club Winner | AE", P),
]


@pytest.mark.parametrize(("title", "expected"), ENGLISH_NOISE, ids=[t for t, _ in ENGLISH_NOISE])
def test_abbreviations_companies_and_punctuation(title: str, expected: PersonaTier) -> None:
    assert tier(title) is expected, classify_title(title).reason


CHINESE = [
    ("首席执行官", C),
    ("总裁", C),
    ("董事长", C),
    ("副总裁", C),
    ("助理总裁", C),  # an assistant president is a vice president ...
    ("总裁助理", P),  # ... the president's assistant is not
    ("总监", D),
    ("经理", D),
    ("主管", D),
    ("负责人", D),
    ("部长", D),
    ("主任", D),
    ("总裁办主任", D),  # the president's office is a department
    ("工程师", P),
    ("专员", P),
    ("创始人", C),
    ("合伙人", C),
    ("产品经理", P),
    ("董事会秘书", C),
    ("董事长秘书", P),
    # traditional characters
    ("執行長", C),
    ("總經理", C),
    ("創辦人", C),
    ("合夥人", C),
    ("總監", D),
    ("經理", D),
    ("負責人", D),
    ("產品經理", P),
    ("總經理特助", P),
    ("工程師", P),
    # mixed
    ("CTO / 技术总监", C),
    ("CEO助理", P),
    ("Sales Manager 销售经理", D),
    ("Java工程师 @ 字节跳动", P),
    ("產品經理 Product Manager", P),
]


@pytest.mark.parametrize(("title", "expected"), CHINESE, ids=[t for t, _ in CHINESE])
def test_chinese_simplified_traditional_and_mixed(title: str, expected: PersonaTier) -> None:
    assert tier(title) is expected, classify_title(title).reason


@pytest.mark.parametrize("title", ["", "   ", "-", "n/a", "N/A", "???", "none", "——", "Acme Corp"])
def test_empty_and_meaningless_titles_are_unknown_with_no_confidence(title: str) -> None:
    result = classify_title(title)
    assert (result.tier, result.confidence, result.matched, result.rule) == (U, 0.0, "", "")
    assert result.reason


def test_reason_names_the_rule_and_the_words_as_typed() -> None:
    result = classify_title("Head of Growth (EMEA)")
    assert result.reason == 'rule "head_of": matched "Head of"'
    assert (result.matched, result.rule) == ("Head of", "head_of")
    assert classify_title("Sr. Dir. Revenue Ops").matched == "Sr. Dir"
    assert classify_title("產品經理").matched == "產品經理"  # traditional, not the simplified form


def test_reason_says_what_was_ignored_and_what_was_outranked() -> None:
    assert 'ignored "to the CEO"' in classify_title("Chief of Staff to the CEO").reason
    assert 'ignored "at Acme Partners"' in classify_title("Sales Manager at Acme Partners").reason
    mixed = classify_title("Product Manager, Team Lead")
    assert 'outranks "Product Manager"' in mixed.reason


def test_confidence_is_lower_for_generic_words_and_mixed_signals() -> None:
    explicit = classify_title("Director of Sales").confidence
    generic = classify_title("Sales Manager").confidence
    assert 0 < generic < explicit <= 1
    assert classify_title("CTO / 技术总监").confidence < classify_title("CTO").confidence


def test_result_is_frozen() -> None:
    result = classify_title("CEO")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.tier = D  # type: ignore[misc]


def test_batches_keep_order_and_answer_repeats_the_same() -> None:
    titles = ["CEO", "产品经理", "CEO", "", "Head of IT"]
    results = classify_titles(iter(titles))
    assert [r.tier for r in results] == [C, P, C, U, D]
    assert results[0] == results[2] == classify_title("CEO")


# --- user rules ----------------------------------------------------------------------------


def write_rules(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "my_rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_user_file_adds_rules_and_replaces_same_named_ones(tmp_path: Path) -> None:
    path = write_rules(
        tmp_path,
        {
            "rules": [
                {
                    "name": "growth_hacker",
                    "tier": "practitioner",
                    "confidence": 0.8,
                    "patterns": [r"\bgrowth hacker\b", "增长黑客"],
                },
                {
                    "name": "chief_of_staff",
                    "tier": "c_level",
                    "confidence": 0.7,
                    "patterns": [r"\bchief of staff\b"],
                },
            ]
        },
    )
    rules = load_rules(path)
    assert classify_title("Growth Hacker", rules).reason == ('rule "growth_hacker": matched "Growth Hacker"')
    assert classify_title("增长黑客", rules).tier is P
    assert classify_title("Chief of Staff", rules).tier is C
    assert classify_title("VP of Sales", rules).tier is C  # built-in rules still apply
    # the built-in rule set is untouched
    assert tier("Chief of Staff") is D
    assert tier("Growth Hacker") is U


def test_an_edited_user_file_is_read_again(tmp_path: Path) -> None:
    rule = {"name": "x", "tier": "director", "confidence": 0.5, "patterns": [r"\bfoo\b"]}
    path = write_rules(tmp_path, {"rules": [rule]})
    assert classify_title("Foo", load_rules(path)).tier is D
    rule["tier"] = "practitioner"
    path.write_text(json.dumps({"rules": [rule]}), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert classify_title("Foo", load_rules(path)).tier is P


def rule(**changes: object) -> dict[str, object]:
    return {"name": "r", "tier": "director", "confidence": 1, "patterns": ["x"], **changes}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rules": [rule(tier="boss")]}, "tier must be one of"),
        ({"rules": [rule(confidence=2)]}, "0..1"),
        ({"rules": [rule(patterns=["(x"])]}, "bad pattern"),
        ({"rules": [rule(patterns=["(x)"])]}, "capturing group"),
        ({"rules": [rule(patterns=["x?"])]}, "matches empty text"),
        ({"rules": [rule(patterns=[])]}, "non-empty"),
        ({"rules": [rule(name="")]}, "name"),
        ({"rules": "nope"}, "list of objects"),
        ([1, 2], "JSON object"),
    ],
)
def test_malformed_user_rules_are_refused_with_the_reason(tmp_path: Path, data: object, message: str) -> None:
    with pytest.raises(PersonaRulesError, match=message):
        load_rules(write_rules(tmp_path, data))


def test_missing_or_broken_rules_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PersonaRulesError, match="not found"):
        load_rules(tmp_path / "nope.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(PersonaRulesError, match="not valid JSON"):
        load_rules(broken)


# --- the labelled set and evaluation -------------------------------------------------------


def labelled() -> list[tuple[str, PersonaTier]]:
    with TITLES_TSV.open(encoding="utf-8") as lines:
        return parse_labelled_titles(lines)


def test_labelled_set_is_large_varied_and_one_quarter_chinese() -> None:
    pairs = labelled()
    assert len(pairs) >= 400
    chinese = [t for t, _ in pairs if re.search(r"[\u4e00-\u9fff]", t)]
    assert len(chinese) >= len(pairs) / 4
    assert any(re.search("[總經監執長創辦負責專員師]", t) for t in chinese)  # traditional
    assert any(re.search("[A-Za-z]", t) for t in chinese)  # mixed
    assert {label for _, label in pairs} == {C, D, P, U}


def test_rules_get_at_least_90_percent_of_the_labelled_set_right() -> None:
    report = evaluate(labelled())
    assert report.accuracy >= 0.9, [m.title for m in report.misses]
    for score in report.per_tier:
        assert score.accuracy >= 0.85, (score.tier, [m.title for m in report.misses])


def test_evaluation_counts_a_confusion_table_and_lists_misses() -> None:
    pairs = [("CEO", C), ("Product Manager", D), ("Sales Manager", "director"), ("-", U)]
    report = evaluate(pairs)
    assert (report.total, report.correct) == (4, 3)
    assert report.confusion[(D, P)] == 1 and report.confusion[(C, C)] == 1
    assert sum(report.confusion.values()) == 4
    director = next(s for s in report.per_tier if s.tier is D)
    assert (director.total, director.correct, director.accuracy) == (2, 1, 0.5)
    assert [(m.title, m.expected, m.predicted) for m in report.misses] == [("Product Manager", D, P)]
    data = report.to_dict()
    assert data["accuracy"] == 0.75
    assert data["confusion"]["director"]["practitioner"] == 1
    json.dumps(data)  # plain data


def test_labelled_rows_parse_with_or_without_header() -> None:
    assert parse_labelled_titles(["title\ttier\n", "CEO\tc_level\n", "\n", "x\tUnknown\r\n"]) == [
        ("CEO", C),
        ("x", U),
    ]
    assert parse_labelled_titles(["CEO\tc_level"]) == [("CEO", C)]


@pytest.mark.parametrize(
    ("rows", "line", "message"),
    [
        (["title\ttier", "CEO\tc_level", "Director"], 3, "2 tab-separated columns"),
        (["CEO\tc_level\textra"], 1, "found 3"),
        (["title\ttier", "CEO\tboss"], 2, "unknown tier 'boss'"),
    ],
)
def test_malformed_labelled_rows_name_their_line(rows: list[str], line: int, message: str) -> None:
    with pytest.raises(LabelledTitlesError, match=message) as caught:
        parse_labelled_titles(rows)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"line {line}:")
