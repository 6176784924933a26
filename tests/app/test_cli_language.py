"""The CLI's human-readable lines follow --lang / LANGUAGE for notes, backups,
search, feeds, imports and account files; --json keeps its English words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ws(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> str:
    ws = str(workspace_path)
    assert main(["--workspace", ws, "accounts", "add", "云帆物流科技", "--domain", "yunfan.example"]) == 0
    capsys.readouterr()
    return ws


def test_notes_in_chinese_then_english(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    zh = ("--lang", "zh_CN", "--workspace", ws)
    code, out, _ = run(capsys, *zh, "note", "add", "--account", "yunfan.example", "--pin", "约了下周二的演示")
    assert code == 0 and out.startswith("已为 云帆物流科技 添加备注（已置顶），ID ")
    note_id = out.strip().rsplit(" ", 1)[-1]
    code, out, _ = run(capsys, *zh, "note", "edit", note_id, "约了下周三的演示", "--author", "Mia")
    assert out.startswith(f"已编辑备注 {note_id}；")
    code, out, _ = run(capsys, *zh, "notes", "--account", "yunfan.example")
    assert "[已置顶] 约了下周三的演示" in out and "编辑于" in out and out.rstrip().endswith("1 条备注")
    code, out, _ = run(capsys, *zh, "note", "history", note_id)
    assert "— 第 1 版，未署名，" in out and "被替换）" in out and "— 第 2 版，Mia，" in out and "（当前）" in out
    code, out, _ = run(capsys, *zh, "note", "delete", note_id)
    assert out.strip() == f"已删除备注 {note_id}。撤销：whynow note restore {note_id}"
    code, out, _ = run(capsys, "--workspace", ws, "note", "restore", note_id)
    assert out.strip() == f"Restored note {note_id}."
    code, out, _ = run(capsys, "--workspace", ws, "notes", "--account", "yunfan.example")
    assert "[pinned] 约了下周三的演示" in out and out.rstrip().endswith("1 note")
    code, out, _ = run(capsys, *zh, "notes", "--account", "yunfan.example", "--json")
    (note,) = json.loads(out)
    assert note["pinned"] is True and note["body"] == "约了下周三的演示"


def test_search_and_backups_in_chinese(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    zh = ("--lang", "zh_CN", "--workspace", ws)
    code, out, _ = run(capsys, *zh, "search", "物流")
    assert code == 0 and out.startswith("客户 (1)\n") and "云帆[物流]科技" in out
    code, out, _ = run(capsys, *zh, "search", "nothing-like-this")
    assert out.strip() == "没有与“nothing-like-this”匹配的内容。"
    code, out, _ = run(capsys, "--workspace", ws, "search", "物流")
    assert out.startswith("Accounts (1)\n")
    code, out, _ = run(capsys, *zh, "search", "物流", "--json")
    assert json.loads(out)["groups"][0]["label"] == "Accounts"
    code, out, _ = run(capsys, *zh, "backups")
    assert out.strip().endswith("还没有备份。用 `whynow backup` 备份一次。")
    code, out, _ = run(capsys, *zh, "backup")
    assert code == 0 and out.startswith("已备份到 ")
    code, out, _ = run(capsys, *zh, "backups")
    assert "manual" in out and "中有 1 份备份" in out
    code, out, _ = run(capsys, "--workspace", ws, "backups")
    assert "1 backup in " in out
    code, out, _ = run(capsys, *zh, "workspace", "check")
    assert out.strip().endswith("：正常")


def test_feeds_and_imports_in_chinese(capsys: pytest.CaptureFixture[str], ws: str, tmp_path: Path) -> None:
    zh = ("--lang", "zh_CN", "--workspace", ws)
    code, out, _ = run(capsys, *zh, "refresh")
    assert out.strip() == "没有可刷新的订阅源。用 `whynow feeds add 地址 --account 域名` 添加。"
    code, out, _ = run(capsys, *zh, "feeds", "list")
    assert out.startswith("还没有订阅源。")
    code, out, _ = run(capsys, *zh, "items", "--account", "yunfan.example")
    assert out.strip() == "云帆物流科技 还没有内容。添加订阅源后运行 `whynow refresh`。"

    csv = tmp_path / "accounts.csv"
    csv.write_text("Account Name,Website,Mood\n泰禾云支付,taihe-pay.example,happy\n,,\n", "utf-8")
    code, out, _ = run(capsys, *zh, "import", "accounts", str(csv), "--dry-run")
    assert "列：" in out and "未导入（无法识别）：Mood" in out and "将导入：新增 1，更新 0，跳过 0（已存在）" in out
    code, out, _ = run(capsys, "--workspace", ws, "import", "accounts", str(csv))
    assert "Imported 1 new, 0 updated, 0 skipped (already present)" in out
    code, out, _ = run(capsys, *zh, "import", "accounts", str(csv), "--json")
    data = json.loads(out)
    assert (data["created"], data["skipped"], data["mapping"]["name"]) == (0, 1, "Account Name")

    code, out, _ = run(capsys, *zh, "export", "accounts", str(tmp_path / "out.csv"))
    assert out.startswith("已将 2 个客户写入 ")
    packet = tmp_path / "handoff.whynow"
    code, out, _ = run(capsys, *zh, "export-accounts", "yunfan.example", "-o", str(packet), "--by", "Mia")
    assert code == 0 and out.startswith("已将 1 个客户（共 ")
    code, out, _ = run(capsys, *zh, "import-accounts", str(packet), "--dry-run")
    assert out.startswith("将合并 云帆物流科技（由 Mia 导出）：") and "没有新内容" in out
    code, out, _ = run(capsys, "--workspace", ws, "import-accounts", str(packet), "--dry-run")
    assert out.startswith("Would merge 云帆物流科技 (exported by Mia):") and "nothing new" in out


def test_snapshot_takes_the_language_from_either_lang(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    asked: list[str | None] = []

    def render(workspace: Path, outdir: Path, **options: object) -> list[Path]:
        asked.append(options["language"])  # type: ignore[arg-type]
        return [outdir / "main.png"]

    hooks = {"render_snapshots": render}
    out = str(tmp_path)
    assert main(["--lang", "zh_CN", "snapshot", out], gui_hooks=hooks) == 0
    assert main(["snapshot", out, "--lang", "en"], gui_hooks=hooks) == 0
    assert main(["snapshot", out], gui_hooks=hooks) == 0
    assert asked == ["zh_CN", "en", None]  # None: the system's language
    capsys.readouterr()
    code, _, err = run(capsys, "--lang", "zh_CN", "snapshot", out)  # no Qt handed in
    assert code == 1 and "截图需要 WhyNow 的桌面部分 (Qt)" in err
    assert main(["snapshot", out, "--lang", "zh_CN", "--size", "big"], gui_hooks=hooks) == 1
    assert "--size 的格式应为 1280x800，而不是“big”。" in capsys.readouterr().err


def test_deals_in_chinese_codes_stay_in_json(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    code, out, _ = run(
        capsys, "--lang", "zh_CN", "--workspace", ws, "deals", "add", "--account", "yunfan.example",
        "--name", "Pilot", "--mrr", "5000",
    )  # fmt: skip
    assert code == 0 and "已为 云帆物流科技 添加交易“Pilot”：5,000 MRR，进行中" in out
    deal_id = out.rsplit("ID ", 1)[1].rstrip("）\n")
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "deals", "close", deal_id, "won")
    assert code == 0 and out.strip() == "“Pilot”已赢单。"
    code, out, _ = run(capsys, "--workspace", ws, "deals", "list")
    assert "Pilot  5,000 MRR  new  won" in out
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "deals", "list", "--json")
    assert json.loads(out)[0]["status"] == "won"


def test_contacts_import_summary_in_chinese(capsys: pytest.CaptureFixture[str], ws: str, tmp_path: Path) -> None:
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("First Name,Last Name,Email\n王,芳,wang@yunfan.example\nAnna,Berg,anna@gmail.com\n", "utf-8")
    code, out, _ = run(capsys, "--lang", "zh_CN", "--workspace", ws, "import", "contacts", str(csv_file))
    assert code == 0, out
    assert "已导入：新增 1，更新 0，跳过 0（已存在），出错 1。" in out
    assert "第 3 行：没有公司，且 gmail.com 是个人邮箱" in out
    code, out, _ = run(capsys, "--workspace", ws, "contacts", "list", "--account", "yunfan.example")
    assert "1 contact(s) at 云帆物流科技" in out
