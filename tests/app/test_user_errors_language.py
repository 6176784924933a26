"""What a user typed wrong is said in their language: trigger and metrics inputs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import i18n as app_i18n
from app import metrics, triggers
from app.errors import UserError
from app.workspace import open_workspace
from research import i18n


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    yield
    i18n.set_translator(None)


def _said(call: Callable[[], object]) -> str:
    with pytest.raises(UserError) as error:
        call()
    return str(error.value)


def test_in_english_the_words_are_as_before(workspace_path: Path) -> None:
    db = open_workspace(workspace_path)
    assert _said(lambda: metrics.parse_period("5x")) == "A period looks like 30d, 12w, 3m or 1y, not “5x”."
    assert _said(lambda: triggers.set_status(db, "no-such-id", "new")) == "That trigger no longer exists."
    assert _said(lambda: triggers.add_phrase(db, "funding", "x")) == "A phrase needs at least two characters."


def test_in_chinese(workspace_path: Path, chinese: None) -> None:
    db = open_workspace(workspace_path)
    assert _said(lambda: metrics.parse_period("5x")) == "时间段的写法如 30d、12w、3m 或 1y，而不是“5x”。"
    assert _said(lambda: metrics.compute_dashboard(db, tier=7)) == "级别必须是 1、2 或 3。"
    assert _said(lambda: triggers.set_status(db, "no-such-id", "new")) == "该触发事件已不存在。"
    assert _said(lambda: triggers.add_phrase(db, "funding", "x")) == "短语至少需要两个字符。"
    assert _said(lambda: triggers.triggers_for_account(db, "no-such-id")) == "该客户已不存在。"
