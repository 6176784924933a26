"""`whynow accounts / import / export / workspace`: what a scripting power user sees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_then_list_as_json(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> None:
    ws = str(workspace_path)
    code, out, _ = run(
        capsys,
        "--workspace",
        ws,
        "accounts",
        "add",
        "Acme",
        "--domain",
        "www.acme.example",
        "--tier",
        "1",
        "--industry",
        "Software",
    )
    assert code == 0 and "Added Acme (acme.example)" in out
    # --workspace also works after the subcommand
    code, out, _ = run(capsys, "accounts", "list", "--json", "--workspace", ws)
    data = json.loads(out)
    assert code == 0 and [(a["name"], a["domain"], a["tier"], a["stage"]) for a in data] == [
        ("Acme", "acme.example", 1, "cold")
    ]
    assert set(data[0]) >= {"id", "icp_score", "icp_reasons", "created_at", "updated_at", "archived"}


def test_stage_move_shows_in_history(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> None:
    ws = str(workspace_path)
    run(capsys, "--workspace", ws, "accounts", "add", "Acme", "--domain", "acme.example")
    code, out, _ = run(capsys, "--workspace", ws, "accounts", "stage", "acme.example", "meeting", "--by", "Mia")
    assert code == 0 and "cold → meeting" in out
    code, out, _ = run(capsys, "--workspace", ws, "accounts", "show", "acme.example", "--json")
    history = json.loads(out)["stage_history"]
    assert [(h["from"], h["to"], h["by"]) for h in history] == [(None, "cold", ""), ("cold", "meeting", "Mia")]


def test_user_errors_exit_1_with_a_message(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> None:
    code, _, err = run(capsys, "--workspace", str(workspace_path), "accounts", "stage", "nobody.example", "meeting")
    assert code == 1 and "No account with id, domain or name" in err
    code, _, err = run(capsys, "--workspace", str(workspace_path), "accounts", "add", "X", "--tier", "7")
    assert code == 1 and "Tier must be 1, 2 or 3" in err


def test_not_a_workspace_exits_3_and_explains(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8\xff\xe0" + b"JFIF" * 500)
    code, _, err = run(capsys, "--workspace", str(bogus), "accounts", "list")
    assert code == 3 and "not a WhyNow workspace" in err
    assert bogus.read_bytes().startswith(b"\xff\xd8")


def test_import_dry_run_writes_nothing_then_import(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "sf.csv"
    csv.write_text("Account Name,Website,Employees\nAcme,acme.example,100\nBad,bad.example,many\n")
    ws = str(workspace_path)
    code, out, _ = run(capsys, "--workspace", ws, "import", "accounts", str(csv), "--dry-run")
    assert code == 0 and "Would import 1 new" in out and "row 3: Employees must be a number" in out
    assert "No accounts yet" in run(capsys, "--workspace", ws, "accounts", "list")[1]
    code, out, _ = run(capsys, "--workspace", ws, "import", "accounts", str(csv), "--json")
    data = json.loads(out)
    backups = list(workspace_path.parent.glob(f"{workspace_path.name}.backups/*before-import*"))
    assert len(backups) == 1  # a real import backs the workspace up first; the dry run did not
    assert (data["created"], data["errors"][0]["row"], data["dry_run"]) == (1, 3, False)
    target = tmp_path / "out.csv"
    code, out, _ = run(capsys, "--workspace", ws, "export", "accounts", str(target))
    assert code == 0 and "Wrote 1 account to" in out
    assert "Acme" in target.read_text("utf-8-sig")


def test_import_of_a_missing_file_says_so(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> None:
    code, _, err = run(capsys, "--workspace", str(workspace_path), "import", "accounts", "/no/such.csv")
    assert code == 1 and "No such file" in err


def test_workspace_new_with_demo(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "demo.whynow"
    code, out, _ = run(capsys, "workspace", "new", str(path), "--demo")
    assert code == 0
    code, out, _ = run(capsys, "--workspace", str(path), "accounts", "list", "--json")
    data = json.loads(out)
    assert len(data) >= 8 and all(a["demo"] for a in data)
    assert {a["tier"] for a in data} == {1, 2, 3}
    assert any("\u4e00" <= ch <= "\u9fff" for a in data for ch in a["name"])  # Chinese names
    code, _, err = run(capsys, "workspace", "new", str(path))
    assert code == 1 and "already exists" in err


def test_default_workspace_is_created_with_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "workspace", "info", "--json")
    info = json.loads(out)
    assert code == 0 and info["demo"] is True and info["accounts"] >= 8
    assert info["path"].endswith("workspace.whynow")


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0
    for command in ("accounts", "import", "export", "snapshot", "workspace"):
        assert command in out


def test_human_output_speaks_the_users_language_json_stays_english(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = str(workspace_path)
    run(capsys, "--workspace", ws, "accounts", "add", "Acme", "--domain", "acme.example", "--industry", "Mining")
    from app import accounts
    from app.workspace import open_workspace
    from research.types import IcpProfile

    accounts.set_icp_profile(open_workspace(workspace_path), IcpProfile(industries=["Fintech"]))
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "show", "acme.example")
    assert code == 0 and "行业“Mining”不在画像中" in out
    # the locale decides when --lang is not given, as gettext programs do
    monkeypatch.setenv("LANGUAGE", "zh_CN:en")
    code, out, _ = run(capsys, "--workspace", ws, "accounts", "show", "acme.example")
    assert "行业“Mining”不在画像中" in out
    code, out, _ = run(capsys, "--workspace", ws, "accounts", "show", "acme.example", "--json")
    assert json.loads(out)["icp_reasons"] == ["industry “Mining” is not in the profile"]
    monkeypatch.setenv("LANGUAGE", "en_GB")
    code, out, _ = run(capsys, "--workspace", ws, "accounts", "show", "acme.example")
    assert "industry “Mining” is not in the profile" in out


def test_errors_speak_the_users_language(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> None:
    ws = str(workspace_path)
    code, _, err = run(capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "show", "nosuch.example")
    assert code == 1 and "没有 ID、域名或名称为“nosuch.example”的客户。" in err
    code, _, err = run(capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "add", "Acme", "--tier", "7")
    assert code == 1 and "级别必须是 1、2 或 3，而不是 7。" in err
    code, _, err = run(capsys, "--workspace", ws, "accounts", "add", "Acme", "--tier", "7")
    assert "Tier must be 1, 2 or 3, not 7." in err


def test_account_lines_follow_lang_json_stays_english(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> None:
    ws = str(workspace_path)
    code, out, _ = run(
        capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "add", "Acme", "--domain", "acme.example"
    )
    assert code == 0 and "已添加 Acme（acme.example），3 级" in out
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "add", "云帆物流科技")
    assert "（无域名）" in out
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "list")
    assert "未接触" in out and out.rstrip().endswith("2 个客户")
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "stage", "acme.example", "engaged")
    assert out.strip() == "Acme: 未接触 → 已互动"
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "show", "acme.example")
    assert "3 级 · 已互动 · 行业未知" in out and "阶段历史：" in out and "未接触 → 已互动" in out
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "archive", "acme.example")
    assert "已归档 Acme。撤销：whynow accounts unarchive acme.example" in out
    # English by default (tests run with LANGUAGE=en), with real plurals
    code, out, _ = run(capsys, "--workspace", ws, "accounts", "unarchive", "acme.example")
    assert out.strip() == "Acme is back in the list."
    code, out, _ = run(capsys, "--workspace", ws, "accounts", "list")
    assert " engaged " in out and out.rstrip().endswith("2 accounts")
    code, out, _ = run(capsys, "--workspace", ws, "accounts", "show", "acme.example")
    assert "tier 3 · engaged · industry unknown" in out and "Stage history:" in out and "cold → engaged" in out
    # --json: the same English words and values whatever --lang says
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "accounts", "show", "acme.example", "--json")
    data = json.loads(out)
    assert data["stage"] == "engaged" and [h["to"] for h in data["stage_history"]] == ["cold", "engaged"]
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "workspace", "info")
    assert "客户数: 2" in out and "演示数据: 否" in out
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "workspace", "info", "--json")
    assert json.loads(out)["demo"] is False
