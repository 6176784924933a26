"""Text the layers below the UI write is translated, survives storage in any
language, and every sentence in the catalogue keeps the fields its code fills."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n as app_i18n
from research import i18n
from research.icp import compute_fit
from research.types import Account, IcpProfile

ROOT = Path(__file__).resolve().parents[2]
MARKERS = {"translate", "phrase", "noop"}


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    yield
    i18n.set_translator(None)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_english_when_nobody_translates() -> None:
    assert i18n.translate("IcpReason", "located in {place}, not a target region", place="Peru") == (
        "located in Peru, not a target region"
    )


def test_translated_sentence_keeps_the_values(chinese: None) -> None:
    text = i18n.translate("IcpReason", "{count:,} employees is within {wanted}", count=12000, wanted="200–5,000")
    assert text == "12,000 名员工，在 200–5,000 范围内"


def test_a_translation_that_lost_a_field_falls_back_to_english() -> None:
    i18n.set_translator(lambda context, source: "位于{城市}")
    try:
        assert i18n.translate("IcpReason", "located in {place}", place="Peru") == "located in Peru"
    finally:
        i18n.set_translator(None)


def test_stored_reasons_follow_the_reader_not_the_writer(chinese: None) -> None:
    """An ICP fit computed on a Chinese desktop reads in English on an English one."""
    profile = IcpProfile(industries=["Fintech"], employees_min=200, employees_max=5000, regions=["Germany"])
    account = Account(name="Helix", domain="helix.example", industry="Fintech", employees=640, country="Peru")
    fit = compute_fit(account, profile)
    assert fit is not None
    chinese_words = [r.detail for r in fit.reasons]
    assert "行业“Fintech”符合“Fintech”" in chinese_words
    assert "位于Peru，不是目标地区" in chinese_words
    i18n.set_translator(None)
    assert [r.detail for r in fit.reasons] == [
        "industry “Fintech” matches “Fintech”",
        "640 employees is within 200–5,000",
        "located in Peru, not a target region",
    ]


def test_text_stored_before_phrases_shows_as_it_was() -> None:
    assert i18n.render("industry unknown") == "industry unknown"
    assert i18n.render('{"t": not json') == '{"t": not json'


def _marker_calls() -> Iterator[tuple[Path, ast.Call]]:
    for package in ("research", "app", "storage"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path == ROOT / "research" / "i18n.py":
                continue
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                if (isinstance(func, ast.Name) and func.id in MARKERS) or (
                    isinstance(func, ast.Attribute)
                    and func.attr in MARKERS
                    and isinstance(func.value, ast.Name)
                    and func.value.id in ("i18n", "research_i18n")
                ):
                    yield path, node


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _literal_calls() -> Iterator[tuple[Path, ast.Call]]:
    """Calls with literal context and source; `translate(CONTEXT, value)` of a
    value declared with `noop(CONTEXT, "…")` is checked through its noop."""
    for path, node in _marker_calls():
        if len(node.args) >= 2 and _literal(node.args[0]) and _literal(node.args[1]):
            yield path, node


def test_every_marked_sentence_is_a_literal_the_catalogue_update_can_find() -> None:
    calls = list(_marker_calls())
    assert len(calls) > 20  # the scan sees the code
    noop_contexts = {
        node.args[0].value  # type: ignore[attr-defined]
        for _, node in calls
        if getattr(node.func, "id", getattr(node.func, "attr", "")) == "noop" and _literal(node.args[0])
    }
    bad = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path, node in calls
        if not (len(node.args) >= 2 and _literal(node.args[0]))
        or not (_literal(node.args[1]) or node.args[0].value in noop_contexts)  # type: ignore[attr-defined]
    ]
    assert not bad, "translate/phrase/noop need literal context and source: " + ", ".join(bad)


def test_every_marked_sentence_is_translated_with_the_same_fields() -> None:
    catalogue = {(m.context, m.source): m.translation for m in app_i18n.read_catalogue(app_i18n.ts_path("zh_CN"))}
    problems = []
    for path, node in _literal_calls():
        context, source = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
        translation = catalogue.get((context, source))
        if not translation:
            problems.append(f"untranslated: {context} / {source!r} ({path.name})")
        elif _fields(translation) != _fields(source):
            problems.append(f"fields differ: {source!r} → {translation!r}")
        elif re.search(r"[A-Za-z]{4,}", re.sub(r"\{[^}]*\}", "", translation)) and not re.search(
            r"[\u4e00-\u9fff]", translation
        ):
            problems.append(f"still English: {source!r} → {translation!r}")
    assert not problems, "\n".join(problems)


def test_reasons_stored_by_an_older_version_still_open(tmp_path: Path) -> None:
    """Workspaces written before reasons were phrases hold plain English: shown as they are."""
    import json as _json

    from app import accounts
    from app.workspace import open_workspace

    db = open_workspace(tmp_path / "old.whynow")
    account = accounts.create_account(db, {"name": "Helix", "domain": "helix.example"})
    old = [{"criterion": "industry", "matched": False, "detail": "industry unknown", "points": 0, "weight": 30}]
    db.execute("UPDATE accounts SET icp_reasons = ? WHERE id = ?", [_json.dumps(old), account.id])
    db.conn.commit()
    again = accounts.get_account(db, account.id)
    assert [r.detail for r in again.icp_reasons] == ["industry unknown"]
    # opening the workspace again re-scores, so the reasons follow the reader from then on
    accounts.set_icp_profile(db, IcpProfile(industries=["Fintech"]))
    db.execute("UPDATE accounts SET icp_reasons = ? WHERE id = ?", [_json.dumps(old), account.id])
    db.conn.commit()
    db.close()
    reopened = open_workspace(tmp_path / "old.whynow")
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    try:
        assert [r.detail for r in accounts.get_account(reopened, account.id).icp_reasons] == ["行业未知"]
    finally:
        i18n.set_translator(None)
