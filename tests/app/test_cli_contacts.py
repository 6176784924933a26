"""`whynow contacts / committee / import contacts|vcard`: what a scripting power user sees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def ws(workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(workspace_path)
    assert main(["--workspace", path, "accounts", "add", "Acme", "--domain", "acme.com", "--tier", "1"]) == 0
    assert main(["--workspace", path, "accounts", "add", "Globex Corporation", "--domain", "globex.com"]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], ws: str, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", ws, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_then_list_as_json(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    code, out, _ = run(capsys, ws, "contacts", "add", "--account", "acme.com",
                       "--name", "Jane Doe", "--title", "Chief Financial Officer",
                       "--email", "jane@acme.com")  # fmt: skip
    assert code == 0 and "Added Jane Doe at Acme: c_level" in out
    code, out, _ = run(capsys, ws, "contacts", "list", "--account", "acme.com", "--json")
    data = json.loads(out)
    assert code == 0
    assert [(c["full_name"], c["persona_tier"], c["tier_is_manual"]) for c in data] == [("Jane Doe", "c_level", False)]
    assert set(data[0]) >= {"id", "account_id", "email", "tier_reason", "reports_to", "status"}


def test_a_duplicate_exits_1_naming_the_existing_contact(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    run(capsys, ws, "contacts", "add", "--account", "acme.com", "--name", "Jane Doe",
        "--email", "jane@acme.com")  # fmt: skip
    code, _, err = run(capsys, ws, "contacts", "add", "--account", "globex.com", "--name", "J Doe",
                       "--email", "JANE@acme.com")  # fmt: skip
    assert code == 1
    assert "already has the e-mail" in err and "--allow-duplicate" in err


def test_set_tier_by_hand_survives_reclassification(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    run(capsys, ws, "contacts", "add", "--account", "acme.com", "--name", "Sam",
        "--title", "Software Engineer", "--email", "sam@acme.com")  # fmt: skip
    code, out, _ = run(capsys, ws, "contacts", "set-tier", "sam@acme.com", "director")
    assert code == 0 and "director (set by hand)" in out
    code, out, _ = run(capsys, ws, "contacts", "reclassify")
    assert code == 0 and "1 tier(s) set by hand kept" in out
    _, out, _ = run(capsys, ws, "contacts", "list", "--account", "acme.com", "--json")
    assert json.loads(out)[0]["persona_tier"] == "director"
    code, out, _ = run(capsys, ws, "contacts", "set-tier", "sam@acme.com", "auto")
    assert code == 0 and "practitioner" in out
    code, _, err = run(capsys, ws, "contacts", "set-tier", "sam@acme.com", "wizard")
    assert code == 1 and "Unknown persona tier" in err


def test_delete_and_restore(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    run(
        capsys,
        ws,
        "contacts",
        "add",
        "--account",
        "acme.com",
        "--name",
        "Jane",
        "--email",
        "j@acme.com",
    )
    code, out, _ = run(capsys, ws, "contacts", "delete", "j@acme.com")
    contact_id = out.strip().rsplit(" ", 1)[-1]
    assert code == 0 and "Undo: whynow contacts restore" in out
    _, out, _ = run(capsys, ws, "contacts", "list", "--account", "acme.com", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, ws, "contacts", "restore", contact_id)
    assert code == 0 and "Jane is back" in out


def test_org_chart_and_loop_refusal(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    run(capsys, ws, "contacts", "add", "--account", "acme.com", "--name", "Ann Boss",
        "--title", "CEO", "--email", "ann@acme.com")  # fmt: skip
    run(capsys, ws, "contacts", "add", "--account", "acme.com", "--name", "Ben Lead",
        "--title", "Director", "--email", "ben@acme.com",
        "--reports-to", "ann@acme.com")  # fmt: skip
    code, out, _ = run(capsys, ws, "contacts", "org", "--account", "acme.com")
    assert code == 0
    assert out.splitlines() == ["Ann Boss — CEO [c_level]", "  Ben Lead — Director [director]"]
    code, _, err = run(capsys, ws, "contacts", "edit", "ann@acme.com", "--reports-to", "ben@acme.com")
    assert code == 1 and "loop" in err


def test_committee_as_words_and_json(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    run(capsys, ws, "contacts", "add", "--account", "acme.com", "--name", "Cleo", "--title", "CFO")
    code, out, _ = run(capsys, ws, "committee", "--account", "acme.com")
    assert code == 0
    assert "known 1 / 12 · 8%" in out and "No Director yet" in out
    code, out, _ = run(capsys, ws, "committee", "--account", "acme.com", "--json")
    data = json.loads(out)
    assert data["account"]["domain"] == "acme.com"
    assert data["overall"]["known"] == {
        "count": 1,
        "target": 12,
        "percent": 8,
        "text": "1 / 12 · 8%",
    }
    assert [t["tier"] for t in data["tiers"]] == ["c_level", "director", "practitioner"]
    assert {"kind": "department", "text": "No contact yet in IT", "tier": None,
            "department": "it", "missing": 1} in data["gaps"]  # fmt: skip


def test_committee_and_tier_reasons_speak_the_users_language_json_stays_english(
    capsys: pytest.CaptureFixture[str], ws: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, ws, "--lang", "zh_CN", "contacts", "add", "--account", "acme.com",
                       "--name", "Cleo", "--title", "CFO")  # fmt: skip
    assert code == 0 and "c_level (规则“c_suite_abbreviation”：匹配到“CFO”)" in out
    code, out, _ = run(capsys, ws, "--lang", "zh_CN", "committee", "--account", "acme.com")
    assert code == 0
    assert "Acme（1 级客户）— 采购委员会，1 级客户默认" in out
    assert "采购委员会" in out and "已知 1 / 12 · 8%" in out and "缺口：" in out
    assert "还没有总监联系人" in out and "IT部门还没有联系人" in out and "✓ 财务" in out
    # the locale decides when --lang is not given; --json stays English either way
    monkeypatch.setenv("LANGUAGE", "zh_CN:en")
    code, out, _ = run(capsys, ws, "committee", "--account", "acme.com")
    assert "还没有总监联系人" in out
    code, out, _ = run(capsys, ws, "committee", "--account", "acme.com", "--json")
    data = json.loads(out)
    assert "No Director yet" in [g["text"] for g in data["gaps"]]
    assert data["target"]["source"] == "tier 1 default"
    _, out, _ = run(capsys, ws, "contacts", "list", "--account", "acme.com", "--json")
    assert json.loads(out)[0]["tier_reason"] == 'rule "c_suite_abbreviation": matched "CFO"'
    monkeypatch.setenv("LANGUAGE", "en")
    _, out, _ = run(capsys, ws, "committee", "--account", "acme.com")
    assert "No Director yet" in out and "Acme (tier 1) — buying committee, tier 1 default" in out


def test_import_contacts_dry_run_then_real(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    csv = str(DATA / "contacts_salesforce.csv")
    code, out, _ = run(capsys, ws, "import", "contacts", csv, "--dry-run", "--create-accounts", "--json")
    dry = json.loads(out)
    assert code == 0 and dry["dry_run"] is True
    assert (dry["created"], dry["accounts_created"], dry["no_account"]) == (5, 2, 0)
    assert dry["errors"] == [
        {"row": 6, "message": "the contact has no name"},
        {"row": 7, "message": "“carl.at.acme.com” is not an e-mail address."},
    ]
    _, out, _ = run(capsys, ws, "contacts", "list", "--account", "acme.com", "--json")
    assert json.loads(out) == []  # the dry run wrote nothing
    code, out, _ = run(capsys, ws, "import", "contacts", csv)
    assert code == 0
    assert "Imported 2 new" in out and "use --create-accounts" in out and "row 7:" in out


def test_import_vcard(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    code, out, _ = run(capsys, ws, "import", "vcard", str(DATA / "contacts_cards.vcf"), "--json",
                       "--create-accounts")  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["unit"] == "card"
    assert data["created"] == 3 and [e["row"] for e in data["errors"]] == [2, 5]


def test_import_of_a_missing_or_broken_file(capsys: pytest.CaptureFixture[str], ws: str, tmp_path: Path) -> None:
    code, _, err = run(capsys, ws, "import", "contacts", str(tmp_path / "nope.csv"))
    assert code == 1 and "No such file" in err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = run(capsys, ws, "import", "contacts", str(empty))
    assert code == 1 and "empty" in err


def test_help_documents_the_json(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["contacts", "list", "--help"], ["committee", "--help"],
                 ["import", "contacts", "--help"]):  # fmt: skip
        with pytest.raises(SystemExit):
            main(args)
        assert "JSON (--json)" in capsys.readouterr().out
