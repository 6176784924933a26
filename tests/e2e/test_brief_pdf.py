"""`whynow brief --format pdf` end to end: a real process, a real workspace, a real PDF on A4
whose Chinese is drawn with an embedded CJK font (and, with poppler installed, rendered, in a
brief written for a Chinese reader)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import accounts, notes
from app.workspace import open_workspace

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CJK_FONT_NAMES = (b"WenQuanYi", b"NotoSansCJK", b"SourceHanSans", b"PingFang", b"MicrosoftYaHei",
                  b"SimSun", b"SimHei", b"DroidSansFallback", b"HiraginoSans")  # fmt: skip


@pytest.fixture
def demo_workspace(workspace_path: Path) -> Path:
    db = open_workspace(workspace_path, demo_if_new=True)
    yunfan = accounts.find_account(db, "yunfan-logistics.example")
    notes.add_note(db, yunfan.id, "## 交接要点\n- 刘洋 希望**下周**再联系", author="Sam")
    db.close()
    return workspace_path


def _whynow(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_the_pdf_brief_of_a_chinese_account_embeds_a_cjk_font(demo_workspace: Path, tmp_path: Path) -> None:
    target = tmp_path / "云帆 brief.pdf"
    # No display and no platform chosen: the command makes its own offscreen application.
    done = _whynow("--workspace", str(demo_workspace), "brief", "--account", "yunfan-logistics.example",
                   "-o", str(target), "--by", "Sam")  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = int(re.search(r"\((\d+) pages?\)", done.stdout).group(1))  # type: ignore[union-attr]
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == pages >= 2
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+842", data)  # A4 in points
    assert any(name in data for name in CJK_FONT_NAMES), "no CJK font embedded: Chinese would be boxes"
    assert b"/FontFile2" in data  # embedded, not merely named: the reader needs no font installed
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftoppm", "pdftotext", "pdffonts")),
                    reason="poppler-utils (pdftoppm, pdftotext, pdffonts) not installed")  # fmt: skip
def test_the_pdf_renders_and_its_chinese_text_reads_back(demo_workspace: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    done = _whynow("--lang", "zh_CN", "--workspace", str(demo_workspace), "brief", "--account", "云帆物流科技",
                   "-o", str(target))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert re.search(r"已将 云帆物流科技 的简报（\d+ 页）写入", done.stdout)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    for words in ("客户简报：云帆物流科技", "云帆物流科技完成数亿元B轮融资", "采购委员会", "证据：", "交接要点",
                  "刘洋"):  # fmt: skip
        assert words in text
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", text) and "Buying committee" not in text
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    cjk_rows = [line for line in fonts.splitlines() if any(n.decode() in line for n in CJK_FONT_NAMES)]
    assert cjk_rows and all(" yes " in row for row in cjk_rows)  # embedded
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(target), str(tmp_path / "page")],
                   check=True)  # fmt: skip
    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 20_000  # a page of text
