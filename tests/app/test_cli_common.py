"""Helpers the CLI's commands share: columns that line up with Chinese names."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import common, main


def test_display_width_counts_wide_characters_twice() -> None:
    assert common.display_width("Acme") == 4
    assert common.display_width("云帆物流科技") == 12
    assert common.display_width("Café") == 4
    assert common.display_width("Cafe\u0301") == 4  # a combining accent takes no column
    assert common.display_width("ＡＢ") == 4  # full-width Latin letters are wide too


def test_pad_fills_to_terminal_columns_not_characters() -> None:
    assert common.pad("Acme", 8) == "Acme    "
    assert common.pad("云帆", 8) == "云帆    "
    assert common.pad("云帆", 8, right=True) == "    云帆"
    assert common.pad("云帆物流科技", 4) == "云帆物流科技"  # too long: left as is, never cut
    names = ["Northwind Freight", "云帆物流科技", "泰禾云支付"]
    width = common.column_width(names)
    assert width == 17
    assert {common.display_width(common.pad(n, width) + "|") for n in names} == {18}


def test_accounts_list_lines_up_chinese_and_latin_names(
    capsys: pytest.CaptureFixture[str], workspace_path: Path
) -> None:
    ws = str(workspace_path)
    for name, domain in (("Northwind Freight", "northwind.example"), ("云帆物流科技", "yunfan.example")):
        assert main(["--workspace", ws, "accounts", "add", name, "--domain", domain]) == 0
    capsys.readouterr()
    for lang in ("en", "zh_CN"):
        assert main(["--lang", lang, "--workspace", ws, "accounts", "list"]) == 0
        lines = capsys.readouterr().out.splitlines()[:2]
        # the domain and the ICP fit start in the same terminal column on every line
        for texts in (("northwind.example", "yunfan.example"), ("ICP", "ICP")):
            columns = {common.display_width(line[: line.index(t)]) for line, t in zip(lines, texts, strict=True)}
            assert len(columns) == 1, (lang, lines)
