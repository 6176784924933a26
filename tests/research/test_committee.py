"""research/committee.py: targets, coverage maths, gaps in words."""

from __future__ import annotations

import pytest

from research import committee
from research.committee import Ratio
from research.types import Contact, ContactStatus, PersonaTier

C, D, P, U = (
    PersonaTier.C_LEVEL,
    PersonaTier.DIRECTOR,
    PersonaTier.PRACTITIONER,
    PersonaTier.UNKNOWN,
)


def _people(*specs: tuple[PersonaTier, str]) -> list[Contact]:
    return [Contact("acct", f"Person {i}", title=title, persona_tier=tier) for i, (tier, title) in enumerate(specs)]


def test_default_targets_follow_the_account_tier() -> None:
    defaults = committee.load_defaults()
    assert [committee.target_for(t, defaults).total for t in (1, 2, 3)] == [12, 6, 3]
    tier1 = committee.target_for(1, defaults)
    assert tier1.mix == {C: 3, D: 4, P: 5}
    assert tier1.key_departments == ("finance", "it", "operations", "sales")


def test_nine_engaged_of_twelve_reads_75_percent() -> None:
    defaults = committee.load_defaults()
    target = committee.target_for(1, defaults)
    people = _people(*[(C, "CEO")] * 3, *[(D, "Director")] * 4, *[(P, "Engineer")] * 5)
    engaged = {c.id for c in people[:9]}
    coverage = committee.compute_coverage(people, target, defaults, engaged)
    assert coverage.overall.engaged.text == "9 / 12 · 75%"
    assert coverage.overall.known.text == "12 / 12 · 100%"


def test_over_target_shows_the_true_count_but_caps_the_percentage() -> None:
    assert Ratio(13, 12).text == "13 / 12 · 100%"
    assert Ratio(1, 8).percent == 13  # half rounds up, not to even
    assert Ratio(0, 0).text == "0 / 0 · 100%"


def test_gaps_name_missing_tiers_and_departments() -> None:
    defaults = committee.load_defaults()
    target = committee.target_for(1, defaults)
    people = _people((C, "Chief Financial Officer"), (P, "Software Engineer"))
    coverage = committee.compute_coverage(people, target, defaults)
    texts = [g.text for g in coverage.gaps]
    assert "No Director yet" in texts
    assert "2 more C-Level/VPs wanted (1 of 3 known)" in texts
    assert "No contact yet in IT" in texts
    assert "No contact yet in Sales" in texts
    assert "No contact yet in Finance" not in texts  # the CFO is in Finance


def test_departments_are_found_in_chinese_titles_and_the_department_field() -> None:
    defaults = committee.load_defaults()
    target = committee.target_for(1, defaults)
    people = [
        Contact("a", "王伟", title="财务总监", persona_tier=D),
        Contact("a", "Li", title="Manager", department="信息技术部", persona_tier=D),
        Contact("a", "Sam", title="Head of IT", persona_tier=D),
    ]
    coverage = committee.compute_coverage(people, target, defaults)
    by_key = {d.key: d for d in coverage.departments}
    assert by_key["finance"].matches == ((people[0].id, "财务"),)
    assert {cid for cid, _ in by_key["it"].matches} == {people[1].id, people[2].id}


def test_it_is_matched_as_an_acronym_not_as_an_english_word() -> None:
    rule = committee.load_defaults().departments["it"]
    assert committee.department_match(Contact("a", "x", title="VP of IT"), rule) == "IT"
    assert committee.department_match(Contact("a", "x", title="Make it happen"), rule) == ""
    assert committee.department_match(Contact("a", "x", title="Digital Lead"), rule) == ""


def test_people_who_left_do_not_count() -> None:
    defaults = committee.load_defaults()
    target = committee.target_for(3, defaults)
    ceo = Contact("a", "Gone", title="CEO", persona_tier=C, status=ContactStatus.LEFT)
    coverage = committee.compute_coverage([ceo], target, defaults)
    assert coverage.overall.known.count == 0
    assert coverage.left == 1
    assert "No C-Level/VP yet" in [g.text for g in coverage.gaps]


def test_unclassified_contacts_count_overall_and_are_named_as_a_gap() -> None:
    defaults = committee.load_defaults()
    target = committee.target_for(3, defaults)
    coverage = committee.compute_coverage(_people((U, ""), (U, "")), target, defaults)
    assert coverage.overall.known.count == 2
    assert "2 contacts have no persona tier yet" in [g.text for g in coverage.gaps]


def test_engagement_gaps_only_when_engagement_is_known() -> None:
    defaults = committee.load_defaults()
    target = committee.target_for(3, defaults)
    people = _people((C, "CEO"), (D, "Director"), (P, "Analyst"))
    unknown = committee.compute_coverage(people, target, defaults, None)
    assert not [g for g in unknown.gaps if g.kind == "tier_not_engaged"]
    known = committee.compute_coverage(people, target, defaults, {people[0].id})
    assert [g.text for g in known.gaps if g.kind == "tier_not_engaged"] == [
        "No Director engaged yet",
        "No Practitioner engaged yet",
    ]


def test_an_account_override_replaces_only_what_it_names() -> None:
    defaults = committee.load_defaults()
    target = committee.target_for(1, defaults, {"c_level": 1, "key_departments": ["finance"]})
    assert target.mix == {C: 1, D: 4, P: 5}
    assert target.total == 10
    assert target.key_departments == ("finance",)
    assert target.source == "set for this account"


def test_workspace_setting_overrides_the_file() -> None:
    setting = {"account_tiers": {"2": {"mix": {"director": 5}}}}
    defaults = committee.load_defaults(setting)
    assert committee.target_for(2, defaults).mix == {C: 1, D: 5, P: 3}
    assert committee.target_for(1, defaults).total == 12  # untouched


@pytest.mark.parametrize(
    "setting",
    [
        {"account_tiers": {"1": {"mix": {"director": -1}}}},
        {"account_tiers": {"1": {"mix": {"director": "many"}}}},
        {"account_tiers": {"1": {"key_departments": ["astrology"]}}},
    ],
)
def test_a_broken_setting_is_refused_with_the_key_named(setting: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"account_tiers\.1"):
        committee.load_defaults(setting)
