"""Contact use-cases against a real workspace: validation, duplicates, tiers, undo, org chart."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from app import accounts, contacts
from app.contacts import DuplicateContactError
from app.errors import NotFoundError, ValidationError
from research.types import Account, Contact, ContactStatus, PersonaTier
from storage import contacts as store


@pytest.fixture
def acme(db: Database) -> Account:
    return accounts.create_account(db, {"name": "Acme", "domain": "acme.com", "tier": 1})


@pytest.fixture
def globex(db: Database) -> Account:
    return accounts.create_account(db, {"name": "Globex", "domain": "globex.com", "tier": 2})


def _add(db: Database, account: Account, name: str, **fields: object) -> Contact:
    return contacts.add_contact(db, account.id, {"full_name": name, **fields})


# -- adding and validation ----------------------------------------------------------------


def test_adding_classifies_the_tier_from_the_title_with_a_reason(db: Database, acme: Account) -> None:
    jane = _add(db, acme, "Jane Doe", title="Chief Financial Officer", email="jane@acme.com")
    assert jane.persona_tier == PersonaTier.C_LEVEL
    assert not jane.tier_is_manual
    assert "Chief Financial Officer" in jane.tier_reason
    assert contacts.list_contacts(db, acme.id) == [jane]


def test_a_tier_given_when_adding_is_manual(db: Database, acme: Account) -> None:
    bob = _add(db, acme, "Bob", title="Software Engineer", persona_tier="director")
    assert bob.persona_tier == PersonaTier.DIRECTOR
    assert bob.tier_is_manual
    assert bob.tier_reason == contacts.MANUAL_REASON


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"full_name": "   "}, "full_name"),
        ({"full_name": "Jane", "email": "jane.acme.com"}, "email"),
        ({"full_name": "Jane", "email": "jane@acme"}, "email"),
        ({"full_name": "Jane", "linkedin_url": "https://example.com/in/jane"}, "linkedin_url"),
        ({"full_name": "Jane", "linkedin_url": "ftp://linkedin.com/in/jane"}, "linkedin_url"),
        ({"full_name": "Jane", "linkedin_url": "https://www.linkedin.com/"}, "linkedin_url"),
        ({"full_name": "Jane", "linkedin_url": "https://linkedin.com.evil.io/x"}, "linkedin_url"),
        ({"full_name": "Jane", "persona_tier": "wizard"}, "persona_tier"),
        ({"full_name": "Jane", "buying_role": "kingmaker"}, "buying_role"),
    ],
)
def test_bad_input_is_refused_naming_the_field(db: Database, acme: Account, fields: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        contacts.add_contact(db, acme.id, fields)
    assert info.value.field == field
    assert contacts.list_contacts(db, acme.id) == []


def test_linkedin_pasted_without_scheme_is_accepted(db: Database, acme: Account) -> None:
    jane = _add(db, acme, "Jane", linkedin_url="www.linkedin.com/in/jane-doe")
    assert jane.linkedin_url == "https://www.linkedin.com/in/jane-doe"
    li = _add(db, acme, "Li Na", linkedin_url="http://cn.linkedin.com/in/lina")
    assert li.linkedin_url == "http://cn.linkedin.com/in/lina"


def test_adding_to_a_missing_account_says_so(db: Database) -> None:
    with pytest.raises(NotFoundError):
        contacts.add_contact(db, "no-such-account", {"full_name": "Jane"})


# -- duplicates -----------------------------------------------------------------------------


def test_same_email_anywhere_in_the_workspace_is_a_duplicate(db: Database, acme: Account, globex: Account) -> None:
    jane = _add(db, acme, "Jane Doe", email="jane@acme.com")
    with pytest.raises(DuplicateContactError) as info:
        _add(db, globex, "J. Doe", email="JANE@ACME.COM")
    assert info.value.existing.id == jane.id
    assert info.value.match == "email"
    assert "Acme" in str(info.value)


def test_same_name_at_the_same_account_is_a_duplicate_whatever_the_spelling(
    db: Database, acme: Account, globex: Account
) -> None:
    jane = _add(db, acme, "José Núñez")
    with pytest.raises(DuplicateContactError) as info:
        _add(db, acme, "nunez,  jose")
    assert info.value.existing.id == jane.id and info.value.match == "name"
    # the same name at another company is another person
    assert _add(db, globex, "José Núñez").account_id == globex.id


def test_chinese_names_keep_their_order(db: Database, acme: Account) -> None:
    _add(db, acme, "王伟")
    with pytest.raises(DuplicateContactError):
        _add(db, acme, "王 伟")
    assert _add(db, acme, "伟王").full_name == "伟王"


def test_a_duplicate_can_be_added_on_purpose(db: Database, acme: Account) -> None:
    _add(db, acme, "Jane Doe")
    twin = contacts.add_contact(db, acme.id, {"full_name": "Jane Doe"}, allow_duplicate=True)
    assert len(contacts.list_contacts(db, acme.id)) == 2
    assert twin.full_name == "Jane Doe"


def test_a_deleted_contact_does_not_block_adding_them_again(db: Database, acme: Account) -> None:
    jane = _add(db, acme, "Jane Doe", email="jane@acme.com")
    contacts.delete_contact(db, jane.id)
    assert _add(db, acme, "Jane Doe", email="jane@acme.com").id != jane.id


# -- editing and tiers ------------------------------------------------------------------------


def test_a_new_title_reclassifies_an_automatic_tier(db: Database, acme: Account) -> None:
    sam = _add(db, acme, "Sam", title="Software Engineer")
    assert sam.persona_tier == PersonaTier.PRACTITIONER
    sam = contacts.edit_contact(db, sam.id, {"title": "Chief Technology Officer"})
    assert sam.persona_tier == PersonaTier.C_LEVEL
    assert contacts.get_contact(db, sam.id).persona_tier == PersonaTier.C_LEVEL


def test_a_new_title_never_overwrites_a_manual_tier(db: Database, acme: Account) -> None:
    sam = _add(db, acme, "Sam", title="Software Engineer")
    contacts.set_tier(db, sam.id, "director")
    sam = contacts.edit_contact(db, sam.id, {"title": "Chief Technology Officer"})
    assert sam.persona_tier == PersonaTier.DIRECTOR and sam.tier_is_manual
    assert sam.title == "Chief Technology Officer"


def test_clearing_a_manual_tier_hands_it_back_to_the_title(db: Database, acme: Account) -> None:
    sam = _add(db, acme, "Sam", title="CEO", persona_tier="practitioner")
    sam = contacts.clear_manual_tier(db, sam.id)
    assert sam.persona_tier == PersonaTier.C_LEVEL and not sam.tier_is_manual
    stored = contacts.get_contact(db, sam.id)
    assert stored.persona_tier == PersonaTier.C_LEVEL and not stored.tier_is_manual
    # "auto" through set_tier does the same
    contacts.set_tier(db, sam.id, "practitioner")
    assert contacts.set_tier(db, sam.id, "auto").persona_tier == PersonaTier.C_LEVEL


def test_editing_into_someone_elses_email_is_a_duplicate(db: Database, acme: Account) -> None:
    _add(db, acme, "Jane", email="jane@acme.com")
    bob = _add(db, acme, "Bob", email="bob@acme.com")
    with pytest.raises(DuplicateContactError):
        contacts.edit_contact(db, bob.id, {"email": "jane@acme.com"})
    assert contacts.get_contact(db, bob.id).email == "bob@acme.com"
    # keeping your own e-mail is not a duplicate of yourself
    assert contacts.edit_contact(db, bob.id, {"email": "BOB@acme.com", "notes": "x"}).notes == "x"


def test_unknown_fields_are_refused(db: Database, acme: Account) -> None:
    bob = _add(db, acme, "Bob")
    with pytest.raises(ValidationError, match="Unknown field"):
        contacts.edit_contact(db, bob.id, {"salary": "1"})


def test_status_and_role_are_parsed(db: Database, acme: Account) -> None:
    bob = _add(db, acme, "Bob", status="Do not contact", buying_role="Economic Buyer")
    assert bob.status == ContactStatus.DO_NOT_CONTACT
    assert bob.buying_role.value == "economic_buyer"


def test_reclassification_keeps_manual_tiers(db: Database, acme: Account) -> None:
    auto = _add(db, acme, "Auto", title="CEO")
    pinned = _add(db, acme, "Pinned", title="CEO", persona_tier="practitioner")
    # pretend the rules changed: the stored automatic tier is stale
    store.set_automatic_tiers(db, [(auto.id, PersonaTier.UNKNOWN, 0.0, "old rules")])
    result = contacts.reclassify_account(db, acme.id)
    assert (result.checked, result.changed, result.manual_kept) == (1, 1, 1)
    assert contacts.get_contact(db, auto.id).persona_tier == PersonaTier.C_LEVEL
    assert contacts.get_contact(db, pinned.id).persona_tier == PersonaTier.PRACTITIONER
    again = contacts.reclassify_all(db)
    assert again.changed == 0
    assert contacts.get_contact(db, pinned.id).persona_tier == PersonaTier.PRACTITIONER


# -- delete, restore, move ----------------------------------------------------------------------


def test_delete_and_undo(db: Database, acme: Account) -> None:
    boss = _add(db, acme, "Boss", title="CEO")
    jane = _add(db, acme, "Jane", title="Director", reports_to=boss.id)
    undo = contacts.delete_contact(db, boss.id)
    assert [c.full_name for c in contacts.list_contacts(db, acme.id)] == ["Jane"]
    with pytest.raises(NotFoundError):
        contacts.get_contact(db, boss.id)
    # Jane is at the top of the chart while her manager is deleted
    assert [n.contact.full_name for n in contacts.org_chart(db, acme.id)] == ["Jane"]
    contacts.restore_contact(db, undo)
    chart = contacts.org_chart(db, acme.id)
    assert [n.contact.full_name for n in chart] == ["Boss"]
    assert [n.contact.id for n in chart[0].reports] == [jane.id]


def test_move_to_another_account(db: Database, acme: Account, globex: Account) -> None:
    boss = _add(db, acme, "Boss")
    jane = _add(db, acme, "Jane", reports_to=boss.id)
    report = _add(db, acme, "Report", reports_to=jane.id)
    moved = contacts.move_contact(db, jane.id, globex.id)
    assert moved.account_id == globex.id and moved.reports_to is None
    assert contacts.get_contact(db, report.id).reports_to is None
    assert [c.full_name for c in contacts.list_contacts(db, globex.id)] == ["Jane"]


def test_move_refuses_a_namesake_at_the_target(db: Database, acme: Account, globex: Account) -> None:
    jane = _add(db, acme, "Jane Doe")
    _add(db, globex, "Jane Doe")
    with pytest.raises(DuplicateContactError):
        contacts.move_contact(db, jane.id, globex.id)
    assert contacts.get_contact(db, jane.id).account_id == acme.id


# -- reporting lines ----------------------------------------------------------------------------


def test_a_reporting_loop_is_refused(db: Database, acme: Account) -> None:
    a = _add(db, acme, "Ann")
    b = _add(db, acme, "Ben", reports_to=a.id)
    c = _add(db, acme, "Cat", reports_to=b.id)
    with pytest.raises(ValidationError, match=r"loop.*Ann → Cat → Ben → Ann"):
        contacts.set_reports_to(db, a.id, c.id)
    with pytest.raises(ValidationError, match="themselves"):
        contacts.set_reports_to(db, a.id, a.id)
    assert contacts.get_contact(db, a.id).reports_to is None


def test_a_manager_at_another_account_is_refused(db: Database, acme: Account, globex: Account) -> None:
    a = _add(db, acme, "Ann")
    g = _add(db, globex, "Gus")
    with pytest.raises(ValidationError, match="another account"):
        contacts.set_reports_to(db, a.id, g.id)


def test_org_chart_survives_a_loop_merged_from_elsewhere(db: Database, acme: Account) -> None:
    a = _add(db, acme, "Ann")
    b = _add(db, acme, "Ben", reports_to=a.id)
    # a merge wrote the loop directly; the use-case would have refused it
    store.set_reports_to(db, a.id, b.id)
    chart = contacts.org_chart(db, acme.id)
    seen: list[str] = []

    def walk(nodes: list[contacts.OrgNode]) -> None:
        for node in nodes:
            seen.append(node.contact.full_name)
            walk(node.reports)

    walk(chart)
    assert sorted(seen) == ["Ann", "Ben"]


def test_find_contact_by_email_or_id(db: Database, acme: Account) -> None:
    jane = _add(db, acme, "Jane", email="jane@acme.com")
    assert contacts.find_contact(db, "JANE@acme.com").id == jane.id
    assert contacts.find_contact(db, jane.id).id == jane.id
    with pytest.raises(NotFoundError):
        contacts.find_contact(db, "nobody@acme.com")


# -- committee ----------------------------------------------------------------------------------


def test_committee_for_an_account_uses_its_tier_and_override(db: Database, acme: Account) -> None:
    _add(db, acme, "Cleo", title="CFO")
    _add(db, acme, "Dan", title="Director of Sales")
    coverage = contacts.committee_for_account(db, acme.id)
    assert coverage.overall.known.text == "2 / 12 · 17%"
    assert "No Practitioner yet" in [g.text for g in coverage.gaps]
    contacts.set_committee_targets(db, acme.id, {"c_level": 1, "director": 1, "practitioner": 0})
    coverage = contacts.committee_for_account(db, acme.id)
    assert coverage.overall.known.text == "2 / 2 · 100%"
    assert coverage.target.source == "set for this account"
    contacts.set_committee_targets(db, acme.id, None)
    assert contacts.committee_for_account(db, acme.id).overall.known.target == 12


def test_committee_defaults_can_be_edited_per_workspace(db: Database, acme: Account) -> None:
    contacts.set_committee_defaults(db, {"account_tiers": {"1": {"mix": {"practitioner": 1}}}})
    assert contacts.committee_for_account(db, acme.id).overall.known.target == 8
    with pytest.raises(ValidationError):
        contacts.set_committee_defaults(db, {"account_tiers": {"1": {"mix": {"director": -3}}}})
    contacts.set_committee_defaults(db, None)
    assert contacts.committee_for_account(db, acme.id).overall.known.target == 12


def test_bad_committee_targets_are_refused(db: Database, acme: Account) -> None:
    with pytest.raises(ValidationError):
        contacts.set_committee_targets(db, acme.id, {"director": "lots"})


def test_demo_contacts_link_managers_by_email(db: Database, acme: Account) -> None:
    n = contacts.add_demo_contacts(
        db,
        {"acme": acme.id},
        [
            {"account": "acme", "full_name": "Ceo Person", "title": "CEO", "email": "ceo@acme.com"},
            {"account": "acme", "full_name": "Dir Person", "title": "Director of IT",
             "email": "dir@acme.com", "reports_to": "ceo@acme.com"},
        ],
    )  # fmt: skip
    assert n == 2
    chart = contacts.org_chart(db, acme.id)
    assert chart[0].contact.full_name == "Ceo Person"
    assert chart[0].reports[0].contact.persona_tier == PersonaTier.DIRECTOR


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Jane  Doe", "doe, JANE"),
        ("Jané Doe", "Jane Doe"),
        ("Zoë Ångström", "angstrom zoe"),
        ("王伟", "王 伟"),
        ("陈2922Dana", "陈 2922 dana"),
        ("王Ménard", "王 menard"),
        ("が", "か"),  # a combining sound mark after NFKD, dropped like an accent
        ("ＡＢＣ", "abc"),
    ],
)
def test_names_that_are_the_same_person_share_a_key(one: str, other: str) -> None:
    assert contacts.normalise_name(one) == contacts.normalise_name(other)
