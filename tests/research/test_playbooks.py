"""Playbooks: the defaults, saved overrides, and templates that never show a raw placeholder."""

from __future__ import annotations

from datetime import date

import pytest

from research.i18n import render
from research.playbooks import (
    PlaybookError,
    default_playbooks,
    fill_template,
    find_playbook,
    first_name_of,
    load_playbooks,
    plan_steps,
    playbook_for_tier,
    playbook_to_dict,
    template_problems,
    template_values,
)
from research.types import PersonaTier

FALLBACKS = {"first_name": "there", "company": "your team"}


def test_a_missing_first_name_greets_politely() -> None:
    filled = fill_template("Hi {first_name},", {}, FALLBACKS)
    assert filled.text == "Hi there," and filled.missing == ("first_name",)


def test_a_missing_value_without_fallback_drops_its_line() -> None:
    template = "Hi {first_name},\n\nI saw the news: {trigger_headline}.\nWorth 20 minutes?"
    filled = fill_template(template, {"first_name": "Lena"}, FALLBACKS)
    assert filled.text == "Hi Lena,\n\nWorth 20 minutes?"
    assert filled.dropped_lines == 1


def test_a_placeholder_can_carry_its_own_fallback() -> None:
    subject = "{company}: {trigger_headline|a thought on the year ahead}"
    assert fill_template(subject, {"company": "Acme"}).text == "Acme: a thought on the year ahead"
    assert fill_template(subject, {"company": "Acme", "trigger_headline": "Series B"}).text == "Acme: Series B"


@pytest.mark.parametrize("empty", [None, "", "  ", "None", "null", "nan", "N/A"])
def test_none_never_reaches_a_message(empty: object) -> None:
    filled = fill_template("Hi {first_name},\nAbout {company}.", {"first_name": empty, "company": empty}, FALLBACKS)
    assert filled.text == "Hi there,\nAbout your team."
    assert "None" not in filled.text and "{" not in filled.text


def test_values_are_inserted_once_and_braces_can_be_written() -> None:
    values = {"trigger_headline": "Acme launches {beta} {first_name}", "first_name": "Lena"}
    filled = fill_template("News: {trigger_headline} {{literally}}", values)
    assert filled.text == "News: Acme launches {beta} {first_name} {literally}"


def test_unknown_placeholders_are_reported_and_never_printed() -> None:
    assert "unknown placeholder {frist_name}" in template_problems("Hi {frist_name}")[0]
    assert template_problems("Hi {first_name}, {company|you}") == []
    assert fill_template("Hi {frist_name}\nBye", {"first_name": "A"}).text == "Bye"
    with pytest.raises(PlaybookError, match="frist_name"):
        load_playbooks(
            [
                {
                    "name": "X",
                    "tier": "director",
                    "steps": [{"day": 0, "channel": "email", "template": "Hi {frist_name}"}],
                }
            ]
        )


@pytest.mark.parametrize(
    ("full_name", "first"),
    [
        ("Maarten de Vries", "Maarten"),
        ("Vries, Maarten", "Maarten"),
        ("Dr. Anna Schmidt", "Anna"),
        ("陈建国", "陈建国"),
        ("  ", ""),
        ("None", ""),
    ],
)
def test_first_name(full_name: str, first: str) -> None:
    assert first_name_of(full_name) == first


def test_three_default_playbooks_one_per_tier_and_executives_get_fewer_touches() -> None:
    books = default_playbooks()
    tiers = {p.tier: p for p in books}
    assert set(tiers) == {PersonaTier.C_LEVEL, PersonaTier.DIRECTOR, PersonaTier.PRACTITIONER}
    assert tiers[PersonaTier.C_LEVEL].name == "C-Level/VP"
    assert len(tiers[PersonaTier.C_LEVEL].steps) < len(tiers[PersonaTier.DIRECTOR].steps)
    for p in books:
        assert [s.day for s in p.steps] == sorted(s.day for s in p.steps)


@pytest.mark.parametrize("with_values", [True, False])
def test_every_default_step_fills_cleanly(with_values: bool) -> None:
    values = (
        template_values(
            full_name="王芳",
            company="青山智造",
            title="首席执行官",
            trigger_headline="青山智造完成B轮融资",
            talking_point="cut research time in half",
            sender="Mia",
        )
        if with_values
        else template_values(full_name="", company="")
    )
    for book in default_playbooks():
        for step in plan_steps(book, date(2026, 3, 2), values, "王芳"):
            for text in (step.subject, step.body, render(step.title)):
                assert "{" not in text and "}" not in text and "None" not in text, (book.name, text)
            assert step.body.strip(), (book.name, step.index)  # never an empty script
            if with_values:
                assert step.body.startswith("Hi 王芳")


def test_plan_steps_dates_and_titles() -> None:
    book = find_playbook(default_playbooks(), "c-level/vp")
    assert book is not None
    steps = plan_steps(
        book,
        date(2026, 3, 2),
        template_values(full_name="Lena Vogel", company="Northwind"),
        "Lena Vogel",
    )
    assert [s.due.isoformat() for s in steps][:3] == ["2026-03-02", "2026-03-05", "2026-03-10"]
    assert render(steps[0].title) == "E-mail Lena Vogel · C-Level/VP step 1/5"
    # the playbook's own talking point fills in when none is given
    assert book.talking_point in steps[0].body
    assert steps[0].missing == ("trigger_headline", "sender")


def test_saved_playbooks_replace_defaults_by_name_and_add_new_ones() -> None:
    director = playbook_to_dict(playbook_for_tier(default_playbooks(), PersonaTier.DIRECTOR))  # type: ignore[arg-type]
    director["name"] = "DIRECTOR"  # same name, any case
    director["steps"] = director["steps"][:2]
    extra = {
        "name": "Event follow-up",
        "tier": "unknown",
        "steps": [
            {
                "day": 1,
                "channel": "email",
                "subject": "Great to meet you",
                "template": "Hi {first_name}",
            }
        ],
    }
    books = load_playbooks([director, extra])
    assert len(books) == 4
    mine = playbook_for_tier(books, PersonaTier.DIRECTOR)
    assert mine is not None and mine.source == "workspace" and len(mine.steps) == 2
    assert playbook_for_tier(books, PersonaTier.UNKNOWN).name == "Event follow-up"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (
            {"name": "", "tier": "director", "steps": [{"day": 0, "channel": "email"}]},
            "needs a name",
        ),
        ({"name": "X", "tier": "boss", "steps": [{"day": 0, "channel": "email"}]}, "tier “boss”"),
        ({"name": "X", "tier": "director", "steps": []}, "at least one step"),
        (
            {"name": "X", "tier": "director", "steps": [{"day": 0, "channel": "fax"}]},
            "channel “fax”",
        ),
        ({"name": "X", "tier": "director", "steps": [{"day": -1, "channel": "email"}]}, "negative"),
    ],
)
def test_bad_saved_playbooks_say_what_is_wrong(spec: dict[str, object], message: str) -> None:
    with pytest.raises(PlaybookError, match=message):
        load_playbooks([spec])
