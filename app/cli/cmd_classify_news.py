"""`whynow classify-news`: trigger events in headlines, streamed as JSON lines or scored.

Needs no workspace: it reads JSON lines {"title": ..., "summary": ...} from
standard input or a file and writes one JSON line per input line with the
events found, or scores the rules against a labelled file (`--eval`). A bad
input line gets an {"error": ...} line in its place and the run goes on; the
exit code is 1 at the end if any line was bad. Must not open a workspace or
import Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.cli import common
from app.errors import UserError
from research import triggers

EPILOG = """\
examples:
  whynow classify-news - < items.jsonl        one JSON line out per line in
  whynow classify-news items.jsonl
  whynow classify-news --eval headlines.jsonl  precision/recall/F1 per type
  whynow classify-news --eval headlines.jsonl --json
  whynow classify-news - --phrases mine.json   add your own phrases per type

Input lines are {"title": "...", "summary": "..."} (summary optional). Output
lines are {"events": [{"type", "confidence", "confirmed", "evidence": {"field",
"text", "start", "end"}, "details": {...}, "rule", "hedge"}]}; evidence offsets
index the input field. Labelled lines for --eval add "events": ["funding", ...].
--phrases FILE.json holds {"type": ["literal phrase", ...]}. Types: """ + ", ".join(triggers.TYPES)

#: misclassified items listed under the human-readable --eval report
MISTAKES_SHOWN = 20


def register(subparsers: Any) -> None:
    parser = common.add_command(
        subparsers,
        "classify-news",
        help="find trigger events (funding, new executive, launch…) in headlines",
        epilog=EPILOG,
    )
    parser.add_argument("source", nargs="?", metavar="FILE", help='JSON lines to classify, "-" for standard input')
    parser.add_argument("--eval", dest="eval_path", metavar="FILE.jsonl", help="score the rules on labelled items")
    parser.add_argument("--json", action="store_true", help="with --eval: print the report as JSON")
    parser.add_argument("--phrases", metavar="FILE.json", help='extra literal phrases per type: {"hiring": [...]}')
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    rules = _rules(args.phrases)
    if args.eval_path is not None:
        if args.source is not None:
            raise UserError("give either a FILE (or -) to classify or --eval FILE, not both")
        report = triggers.evaluate(_labelled(Path(args.eval_path)), rules)
        if args.json:
            common.print_json(report.to_dict())
        else:
            print(format_report(report, args.eval_path))
        return 0
    if args.source is None:
        raise UserError('give "-" to read JSON lines from standard input, a FILE, or --eval FILE')
    if args.source == "-":
        return _classify(_stdin_lines(), rules)
    path = Path(args.source)
    try:
        with path.open("rb") as handle:
            return _classify(_decoded(handle), rules)
    except FileNotFoundError:
        raise UserError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder; give a file of JSON lines") from None


def _stdin_lines() -> Iterator[str | UnicodeDecodeError]:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream without bytes underneath (tests, embedding)
        yield from sys.stdin
    else:
        yield from _decoded(buffer)


def _decoded(lines: Iterable[bytes]) -> Iterator[str | UnicodeDecodeError]:
    """Each line as text, or the decode error in its place so one bad line stays one."""
    for number, raw in enumerate(lines, 1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield exc


def _classify(lines: Iterable[str | UnicodeDecodeError], rules: triggers.TriggerRules) -> int:
    failed = False
    for number, line in enumerate(lines, 1):
        try:
            title, summary = _item(line)
        except ValueError as exc:
            failed = True
            common.print_json_line({"error": f"line {number}: {exc}"})
            continue
        if title is None:
            continue  # a blank line is no item
        found = triggers.detect_events(title, summary, rules)
        common.print_json_line({"events": [d.to_dict() for d in found]})
    return 1 if failed else 0


def _item(line: str | UnicodeDecodeError) -> tuple[str | None, str]:
    if isinstance(line, UnicodeDecodeError):
        raise ValueError("not UTF-8 text")
    if not line.strip():
        return None, ""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(row, dict):
        raise ValueError('expected an object like {"title": "...", "summary": "..."}')
    title, summary = row.get("title", ""), row.get("summary", "")
    if title is None:
        title = ""
    if summary is None:
        summary = ""
    if not isinstance(title, str) or not isinstance(summary, str):
        raise ValueError("title and summary must be strings")
    return title, summary


def _rules(path: str | None) -> triggers.TriggerRules:
    if path is None:
        return triggers.load_rules()
    try:
        phrases = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise UserError(f"phrases file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{path} is not JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(phrases, dict) or not all(
        isinstance(v, list) and all(isinstance(p, str) for p in v) for v in phrases.values()
    ):
        raise UserError(f'{path} must be an object like {{"hiring": ["phrase", ...]}}')
    try:
        return triggers.load_rules(phrases)
    except ValueError as exc:
        raise UserError(f"{path}: {exc}") from None


def _labelled(path: Path) -> list[triggers.LabelledExample]:
    try:
        with path.open(encoding="utf-8-sig") as lines:
            return triggers.read_labelled(lines)
    except FileNotFoundError:
        raise UserError(f"labelled file not found: {path}") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder; give a file of JSON lines") from None
    except UnicodeDecodeError:
        raise UserError(f"{path} is not UTF-8 text; save it as UTF-8 and try again") from None
    except ValueError as exc:
        raise UserError(f"{path}, {exc}") from None


def format_report(report: triggers.EvalReport, source: str) -> str:
    """The --eval report for people: one row per type, the averages, the first mistakes."""
    lines = [
        f"{source}: {report.items} items, {report.exact_match:.1%} with exactly the right events",
        "",
        f"{'type':<24}{'labelled':>9}{'found':>7}{'right':>7}{'precision':>11}{'recall':>8}{'F1':>7}",
    ]
    for s in report.per_type:
        lines.append(
            f"{s.type:<24}{s.support:>9}{s.predicted:>7}{s.tp:>7}{s.precision:>11.2f}{s.recall:>8.2f}{s.f1:>7.2f}"
        )
    lines += [
        "",
        f"macro-F1 {report.macro_f1:.3f}   micro-F1 {report.micro_f1:.3f}   "
        f"no-event items left empty {report.none_accuracy:.1%}",
    ]
    if report.mistakes:
        shown = report.mistakes[:MISTAKES_SHOWN]
        more = f" (first {len(shown)} of {len(report.mistakes)})" if len(shown) < len(report.mistakes) else ""
        lines += ["", f"Wrong{more}:"]
        for m in shown:
            expected = ", ".join(m.expected) or "none"
            predicted = ", ".join(m.predicted) or "none"
            lines.append(f"  {m.title!r}: labelled {expected}, got {predicted}")
    return "\n".join(lines)
