"""The account brief an AE reads: every section, the reasons behind each label, safe HTML,
and `whynow brief` writing Markdown, HTML and (through the GUI's hook) PDF."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from app import accounts, brief, notes, triggers
from app import i18n as app_i18n
from app.cli import main
from app.workspace import open_workspace
from research import i18n


@pytest.fixture
def demo(workspace_path: Path) -> Database:
    db = open_workspace(workspace_path, demo_if_new=True)
    yield db
    db.close()


@pytest.fixture
def chinese() -> Iterator[None]:
    """The reader's language is Simplified Chinese (as after `--lang zh_CN` or in a Chinese GUI)."""
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    yield
    i18n.set_translator(None)


#: the brief's own English words; what other parts of the app wrote (gaps, score reasons, task titles)
#: is translated there, not here
ENGLISH_WORDS = (
    "Account brief", "Prepared", "Facts and ICP fit", "Domain", "ICP fit", "points)", "Stage history",
    "created as", "Why now", "Why-now score", "Evidence", "(rule", "Approach first", "Talking point", "Source:",
    "Buying committee", "known 2", "Gaps", "Outreach", "touches,", "from them", "to them", "replied,",
    "Not contacted", "Open next steps", "days overdue", "later steps", "Pinned", "edited by", "by Sam",
)  # fmt: skip


def _yunfan_brief(db: Database, now: datetime | None = None) -> brief.AccountBrief:
    yunfan = accounts.find_account(db, "yunfan-logistics.example")
    first = notes.add_note(db, yunfan.id, "预算在 Q1 确定。", author="Sam")
    notes.edit_note(db, first.id, "预算在 **Q1** 确定，刘洋拍板。", author="Lee")
    pinned = notes.add_note(db, yunfan.id, "## 交接要点\n- 请下周再联系刘洋", author="Sam")
    notes.pin_note(db, pinned.id)
    return brief.build_brief(db, yunfan.id, prepared_by="Sam", now=now)


def test_the_brief_of_a_chinese_account_has_every_section(demo: Database) -> None:
    data = _yunfan_brief(demo)
    text = brief.brief_markdown(data)
    sections = ["# Account brief: 云帆物流科技", "## Facts and ICP fit", "## Stage history",
                "## Why now", "## Buying committee", "## Outreach", "## Open next steps",
                "## Notes"]  # fmt: skip
    positions = [text.index(s) for s in sections]
    assert positions == sorted(positions)  # in the order the AE works through them
    # Facts and the reasons for the ICP fit.
    assert "**Industry:** 物流" in text and "**AE:** 王磊" in text
    assert f"**ICP fit: {data.account.icp_score} / 100**" in text
    assert "✓ industry “物流” matches “物流” (30 of 30 points)" in text
    # How the stage moved.
    assert "created as Cold, by Demo SDR" in text and "Cold → Engaged" in text
    # A trigger: the words that prove it marked, the rule, who to approach, the source.
    assert "### " in text and "Funding: 云帆物流科技完成数亿元B轮融资" in text
    assert "“云帆物流科技完成数亿元**B轮**融资” (rule funding/zh/7)" in text
    assert "**Approach first:** C-Level/VP." in text
    funding = next(t for t in triggers.triggers_for_account(demo, data.account.id) if t["type"] == "funding")
    assert f"**Talking point:** {brief.md(funding['talking_point'])}" in text
    assert "(<https://yunfan-logistics.example/news/post-0>)" in text
    # Evidence found in the news text (not the headline) is quoted around the match.
    assert "网络**扩张**" in text
    # The committee by tier with coverage, people with their roles, and the gaps.
    assert "### C-Level/VP — known 2 / 3 · 67%, engaged 1 / 3 · 33%" in text
    assert "- **刘洋**, 技术副总裁 (economic buyer, engaged)" in text
    assert "- No contact yet in IT" in text
    # Outreach in short, who has not been contacted, the next steps.
    assert "**刘洋, 技术副总裁 (C-Level/VP):** 2 touches" in text and "请下周再联系" in text
    assert "Not contacted yet: 陈建国" in text
    assert "E-mail 陈建国 · C-Level/VP step 1/5 (+4 later steps)" in text
    # Notes: pinned first, who wrote and who edited, the body kept as Markdown (quoted).
    notes_part = text[text.index("## Notes") :]
    assert notes_part.index("Pinned · by Sam") < notes_part.index("edited by Lee")
    assert "> ## 交接要点" in notes_part and "> 预算在 **Q1** 确定，刘洋拍板。" in notes_part


def test_the_html_brief_highlights_evidence_and_renders_notes(demo: Database) -> None:
    page = brief.brief_html(_yunfan_brief(demo))
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert '云帆物流科技完成数亿元<span class="hit">B轮</span>融资' in page
    assert "<h4>交接要点</h4>" in page and "<li>请下周再联系刘洋</li>" in page
    assert "<b>Q1</b>" in page
    for section in ("Facts and ICP fit", "Stage history", "Why now", "Buying committee",
                    "Outreach", "Open next steps", "Notes"):  # fmt: skip
        assert f"<h2>{section}</h2>" in page


def test_a_chinese_reader_gets_the_brief_in_chinese_with_the_data_as_it_is(demo: Database, chinese: None) -> None:
    noon = datetime(2026, 1, 5, 12, tzinfo=UTC)
    data = _yunfan_brief(demo, now=noon)
    text = brief.brief_markdown(data)
    sections = ["# 客户简报：云帆物流科技", "## 基本信息与 ICP 匹配度", "## 阶段历史", "## 为何是现在",
                "## 采购委员会", "## 触达", "## 待办的下一步", "## 备注"]  # fmt: skip
    positions = [text.index(s) for s in sections]
    assert positions == sorted(positions)
    assert "_由 Sam 于2026年1月5日用 WhyNow 编写。_" in text  # a date as Chinese readers write it
    assert "- **行业：**物流" in text and "- **层级：**1 级" in text and "- **阶段：**已互动" in text
    assert f"**ICP 匹配度：{data.account.icp_score} / 100**" in text and "（30/30 分）" in text
    assert re.search(r"- \d{4}年\d{1,2}月\d{1,2}日：创建，阶段为“未接触”，操作人：Demo SDR", text)
    assert re.search(r"### \d{4}年\d{1,2}月\d{1,2}日 · 融资：云帆物流科技完成数亿元B轮融资", text)
    assert "- **证据：**“云帆物流科技完成数亿元**B轮**融资”（规则 funding/zh/7）；已报道" in text
    assert "- **优先接触：**高管/副总裁。" in text and "- **沟通要点：**" in text and "- 来源：[云帆" in text
    assert "### 高管/副总裁 — 已知 2 / 3 · 67%，已互动 1 / 3 · 33%" in text
    assert "- **刘洋**, 技术副总裁 (预算决策人、已互动)" in text  # names and titles as typed
    assert re.search(r"  - \d{4}年\d{1,2}月\d{1,2}日 邮件（对方发来）：中性回复 — 请下周再联系", text)
    assert "尚未联系：陈建国、孙磊、周婷" in text
    assert "（其后还有 4 步）" in text
    assert re.search(r"\*\*已置顶 · Sam 写于\d{4}年\d{1,2}月\d{1,2}日\*\*", text)
    assert "> 预算在 **Q1** 确定，刘洋拍板。" in text
    own_words = re.sub(r"(?m)^> .*$", "", text)  # the notes are the SDR's own words
    assert [w for w in ENGLISH_WORDS if w in own_words] == []

    page = brief.brief_html(data)
    assert "<title>客户简报：云帆物流科技</title>" in page and "<h1>客户简报：云帆物流科技</h1>" in page
    for section in ("基本信息与 ICP 匹配度", "阶段历史", "为何是现在", "采购委员会", "触达", "待办的下一步", "备注"):
        assert f"<h2>{section}</h2>" in page
    assert '<td class="key">行业</td><td>物流</td>' in page
    assert '<li><b>证据：</b>“云帆物流科技完成数亿元<span class="hit">B轮</span>融资”' in page
    assert "由 Sam 于2026年1月5日用 WhyNow 编写。" in page


def test_dates_are_written_the_way_the_reader_writes_them() -> None:
    assert brief.local_date("2026-11-03") == "2026-11-03"
    assert brief.local_date(None) == "" and brief.local_date("soon") == "soon"
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    try:
        assert brief.local_date("2026-11-03") == "2026年11月3日"
        assert brief.local_date("2026-01-23") == "2026年1月23日"
    finally:
        i18n.set_translator(None)


def test_an_english_account_leaves_dismissed_triggers_out_and_says_so(demo: Database) -> None:
    northwind = accounts.find_account(demo, "northwind-freight.example")
    rows = triggers.triggers_for_account(demo, northwind.id)
    triggers.set_status(demo, rows[0]["id"], "dismissed")
    text = brief.brief_markdown(brief.build_brief(demo, northwind.id))
    assert rows[0]["headline"] not in text
    assert "1 dismissed trigger left out." in text
    assert "## Why now" in text and "**Why-now score:" in text
    assert "Lena" in text  # a demo contact with replies


def test_an_account_with_nothing_yet_says_so_in_each_section(demo: Database) -> None:
    empty = accounts.create_account(demo, {"name": "Quiet Co", "domain": "quiet.example"})
    text = brief.brief_markdown(brief.build_brief(demo, empty.id))
    for words in ("No trigger events found", "Nobody known yet.", "No touches logged yet.",
                  "No open tasks.", "No notes yet."):  # fmt: skip
        assert words in text


def test_data_cannot_inject_markup(demo: Database) -> None:
    tricky = accounts.create_account(demo, {"name": "A*B_C <script>alert(1)</script>", "domain": "tricky.example"})
    notes.add_note(
        demo, tricky.id,
        "<img src=https://tracker.example/p.gif> ![logo](https://tracker.example/l.png)\n"
        "[click](javascript:alert(1)) and [site](https://tricky.example)",
    )  # fmt: skip
    data = brief.build_brief(demo, tricky.id)
    page = brief.brief_html(data)
    assert "<script>" not in page and "&lt;script&gt;" in page
    # Nothing is fetched when the page opens: no tag has a source.
    assert "<img" not in page and not re.search(r"<[^>]*\bsrc=", page)
    assert 'href="javascript' not in page and '<a href="https://tricky.example">site</a>' in page
    text = brief.brief_markdown(data)
    assert "# Account brief: A\\*B\\_C \\<script\\>" in text
    assert "![" not in text  # a Markdown viewer would fetch the picture


def test_markdown_to_html_covers_what_notes_use() -> None:
    out = brief.markdown_to_html(
        "# Plan\nFirst line\nsecond line\n\n1. one\n2. two\n\n> quoted *soft*\n\n```\na < b\n```"
    )
    assert "<h4>Plan</h4>" in out and "<p>First line<br>second line</p>" in out
    assert "<ol><li>one</li><li>two</li></ol>" in out
    assert "<blockquote><p>quoted <i>soft</i></p></blockquote>" in out
    assert "<pre>a &lt; b</pre>" in out


def test_file_names_keep_chinese_and_drop_what_file_systems_refuse(demo: Database) -> None:
    data = brief.build_brief(demo, accounts.find_account(demo, "qingshan-mfg.example").id)
    assert brief.brief_file_name(data, "pdf") == "青山智造 brief.pdf"
    data.account.name = 'A/B: "C"'
    assert brief.brief_file_name(data, ".md") == "A B C brief.md"


# -- the command line ------------------------------------------------------------------------


def test_cli_writes_markdown_to_stdout_and_html_to_a_file(
    demo: Database, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(workspace_path)
    assert main(["--workspace", ws, "brief", "--account", "qingshan-mfg.example"]) == 0
    assert capsys.readouterr().out.startswith("# Account brief: 青山智造")
    target = tmp_path / "brief.html"
    assert main(["--workspace", ws, "brief", "--account", "qingshan-mfg.example", "-o",
                 str(target)]) == 0  # fmt: skip
    assert "<h1>Account brief: 青山智造</h1>" in target.read_text("utf-8")
    assert "Wrote the brief of 青山智造" in capsys.readouterr().out


def test_cli_writes_the_brief_in_the_users_language(
    demo: Database, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(workspace_path)
    assert main(["--lang", "zh_CN", "--workspace", ws, "brief", "--account", "yunfan-logistics.example"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 客户简报：云帆物流科技") and "## 采购委员会" in out and "Buying committee" not in out
    target = tmp_path / "brief.html"
    assert main(["--lang", "zh_CN", "--workspace", ws, "brief", "--account", "云帆物流科技", "-o", str(target)]) == 0
    assert "<h2>为何是现在</h2>" in target.read_text("utf-8")
    assert f"已将 云帆物流科技 的简报写入 {target}" in capsys.readouterr().out
    code = main(["--lang", "zh_CN", "--workspace", ws, "brief", "--account", "云帆物流科技", "--format", "pdf"],
                gui_hooks={"render_pdf": lambda *a, **k: 1})  # fmt: skip
    assert code == 1 and "PDF 简报需要指定输出文件" in capsys.readouterr().err
    # and English again without --lang (the tests' locale is English)
    assert main(["--workspace", ws, "brief", "--account", "yunfan-logistics.example"]) == 0
    assert capsys.readouterr().out.startswith("# Account brief: 云帆物流科技")


def test_cli_pdf_needs_the_desktop_part_and_a_file(
    demo: Database, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(workspace_path)
    code = main(["--workspace", ws, "brief", "--account", "yunfan-logistics.example",
                 "-o", str(tmp_path / "b.pdf")])  # fmt: skip
    assert code == 1 and "need the desktop part of WhyNow" in capsys.readouterr().err
    code = main(["--workspace", ws, "brief", "--account", "yunfan-logistics.example", "--format",
                 "pdf"], gui_hooks={"render_pdf": lambda *a, **k: 1})  # fmt: skip
    assert code == 1 and "add -o FILE.pdf" in capsys.readouterr().err


def test_cli_hands_the_html_to_the_pdf_renderer(
    demo: Database, workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake_render(html_text: str, target: Path, *, title: str = "") -> int:
        calls.append((html_text, target, title))
        return 2

    target = tmp_path / "云帆.pdf"
    code = main(["--workspace", str(workspace_path), "brief", "--account", "云帆物流科技", "-o",
                 str(target)], gui_hooks={"render_pdf": fake_render})  # fmt: skip
    assert code == 0 and "(2 pages)" in capsys.readouterr().out
    html_text, passed, title = calls[0]
    assert passed == target and title == "Account brief: 云帆物流科技"
    assert "<h2>Buying committee</h2>" in html_text


def test_the_format_follows_the_suffix_unless_given() -> None:
    from app.cli.cmd_brief import choose_format

    assert choose_format(None, Path("x.PDF")) == "pdf"
    assert choose_format(None, Path("x.htm")) == "html"
    assert choose_format(None, Path("x.txt")) == "md"
    assert choose_format("html", Path("x.pdf")) == "html"
    assert choose_format(None, None) == "md"
