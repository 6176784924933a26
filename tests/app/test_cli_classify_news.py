"""`whynow classify-news`: JSON lines in and out, bad lines, --eval tables and JSON, phrases."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import main

HEADLINES = Path(__file__).resolve().parent.parent / "data" / "headlines.jsonl"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def feed(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Standard input as the real thing: bytes underneath a text stream."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_lines_become_one_json_line_each(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"title": "Acme raises $25M Series B", "summary": ""},
        {"title": "Holiday support hours"},
        {"title": "星河数智任命张伟为首席技术官", "summary": ""},
    ]
    feed(monkeypatch, "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode())
    code, out, _ = run(capsys, "classify-news", "-")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert len(rows) == 3
    funding = rows[0]["events"][0]
    assert funding["type"] == "funding" and funding["confirmed"] is True
    assert funding["evidence"] == {"field": "title", "text": "raises $25M", "start": 5, "end": 16}
    assert funding["details"] == {
        "amount_text": "$25M",
        "currency": "USD",
        "amount": 25_000_000.0,
        "round": "Series B",
    }
    assert rows[1] == {"events": []}
    assert rows[2]["events"][0]["details"] == {"person": "张伟", "role": "首席技术官"}
    assert "张伟" in out  # Chinese stays readable, not \\u escapes


def test_bad_lines_get_an_error_line_and_the_rest_still_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed(
        monkeypatch,
        b'not json\n{"title": 5}\n["a list"]\n\n\xff\xfe broken\n{"title": "Acme acquires Beta Labs"}\n',
    )
    code, out, _ = run(capsys, "classify-news", "-")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert rows[0]["error"].startswith("line 1: not JSON")
    assert rows[1] == {"error": "line 2: title and summary must be strings"}
    assert rows[2]["error"].startswith("line 3: expected an object")
    assert rows[3] == {"error": "line 5: not UTF-8 text"}  # line 4 was blank: no output
    assert rows[4]["events"][0]["details"]["counterpart"] == "Beta Labs"


def test_a_file_can_be_classified_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text('{"title": "據悉，碳硅科技正在洽談新一輪融資"}\n', "utf-8")
    code, out, _ = run(capsys, "classify-news", str(path))
    event = json.loads(out)["events"][0]
    assert code == 0
    assert (event["type"], event["confirmed"], event["hedge"]) == ("funding", False, "据悉")


def test_eval_prints_a_table_per_type_with_macro_f1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify-news", "--eval", str(HEADLINES))
    assert code == 0
    assert "precision" in out and "recall" in out
    for kind in ("funding", "leadership_change", "security_incident", "award"):
        assert any(line.startswith(kind) for line in out.splitlines()), kind
    macro = float(out.split("macro-F1 ")[1].split()[0])
    assert macro >= 0.8


def test_eval_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify-news", "--eval", str(HEADLINES), "--json")
    report = json.loads(out)
    assert code == 0
    assert report["items"] >= 300
    assert {row["type"] for row in report["per_type"]} >= {"funding", "ipo", "hiring"}
    assert report["macro_f1"] >= 0.8


def test_eval_names_the_bad_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "labelled.jsonl"
    path.write_text('{"title": "a", "events": []}\n{"title": "b", "events": ["merger"]}\n', "utf-8")
    code, _, err = run(capsys, "classify-news", "--eval", str(path))
    assert code == 1
    assert "line 2: unknown event type(s) merger" in err


def test_user_phrases_file_adds_a_phrase(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    phrases = tmp_path / "phrases.json"
    phrases.write_text(json.dumps({"hiring": ["talent drive"]}), "utf-8")
    feed(monkeypatch, b'{"title": "Acme starts a talent drive in Lisbon"}\n')
    code, out, _ = run(capsys, "classify-news", "-", "--phrases", str(phrases))
    assert code == 0
    assert json.loads(out)["events"][0]["rule"] == "hiring/user/0"


def test_unknown_type_in_phrases_is_a_user_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    phrases = tmp_path / "phrases.json"
    phrases.write_text(json.dumps({"hires": ["talent drive"]}), "utf-8")
    code, _, err = run(capsys, "classify-news", "-", "--phrases", str(phrases))
    assert code == 1 and "unknown trigger type" in err


def test_no_input_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "classify-news")
    assert code == 1 and "--eval" in err
