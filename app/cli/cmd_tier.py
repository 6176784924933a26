"""`whynow tier`: persona tiers of job titles, one, streamed, or scored against labels.

Needs no workspace: it reads titles from the command line, standard input or a
labelled TSV file and prints JSON (or, for `--eval`, a readable report).
Must not open a workspace or import Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app import i18n
from app.cli import common
from app.errors import UserError
from research import personas
from research.i18n import translate
from research.types import PersonaTier

EPILOG = """\
examples:
  whynow tier "VP of Sales"            one JSON object: title, tier, confidence, reason
  whynow tier - < titles.txt           one JSON object per input line (blank line: unknown)
  whynow tier --eval labelled.tsv      accuracy per tier and a confusion table
  whynow tier --eval labelled.tsv --json

Tiers: c_level (C-level and VPs), director (directors, heads, managers who lead
people), practitioner, unknown. The labelled TSV has the columns title<TAB>tier
and an optional header line. --rules FILE.json extends the built-in rules
(resources/personas.json explains the format).
"""

#: misclassified titles listed under the human-readable --eval report
MISSES_SHOWN = 20


def register(subparsers: Any) -> None:
    parser = common.add_command(
        subparsers,
        "tier",
        help="sort job titles into persona tiers (C-level/VP, director, practitioner)",
        epilog=EPILOG,
    )
    parser.add_argument("title", nargs="?", help='a job title, or "-" to read one title per line from stdin')
    parser.add_argument("--eval", dest="eval_path", metavar="FILE.tsv", help="score the rules on labelled titles")
    parser.add_argument("--json", action="store_true", help="with --eval: print the report as JSON")
    parser.add_argument("--rules", metavar="FILE.json", help="extra persona rules that extend the built-in ones")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    rules = _rules(args.rules)
    if args.eval_path is not None:
        if args.title is not None:
            raise UserError("give either a title or --eval FILE.tsv, not both")
        report = personas.evaluate(_labelled(Path(args.eval_path)), rules)
        if args.json:
            common.print_json(report.to_dict())
        else:
            print(format_report(report, args.eval_path))
        return 0
    # One title or a stream prints JSON for scripts: its reasons stay English whatever --lang says.
    i18n.use_language("en")
    if args.title is None:
        raise UserError('give a job title, "-" to read titles from standard input, or --eval FILE.tsv')
    if args.title == "-":
        for line in sys.stdin:
            title = line.rstrip("\r\n")
            common.print_json_line(_as_json(title, personas.classify_title(title, rules)))
        return 0
    common.print_json(_as_json(args.title, personas.classify_title(args.title, rules)))
    return 0


def _rules(path: str | None) -> personas.PersonaRules | None:
    if path is None:
        return None
    try:
        return personas.load_rules(path)
    except personas.PersonaRulesError as exc:
        raise UserError(str(exc)) from None


def _labelled(path: Path) -> list[tuple[str, PersonaTier]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as lines:
            return personas.parse_labelled_titles(lines)
    except FileNotFoundError:
        raise UserError(f"labelled titles file not found: {path}") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder; give a .tsv file of title<TAB>tier rows") from None
    except UnicodeDecodeError:
        raise UserError(f"{path} is not UTF-8 text; save it as UTF-8 and try again") from None
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from None
    except personas.LabelledTitlesError as exc:
        raise UserError(f"{path}, {exc}") from None


def _as_json(title: str, result: personas.TierResult) -> dict[str, Any]:
    return {
        "title": title,
        "tier": result.tier.value,
        "confidence": result.confidence,
        "reason": result.reason,
    }


def _left(text: str, width: int) -> str:
    return common.pad(text, width)


def _right(text: str, width: int) -> str:
    return common.pad(text, width, right=True)


def format_report(report: personas.EvalReport, source: str) -> str:
    """The --eval report for people: accuracy per tier, confusion table, first misses."""
    tiers = personas.TIERS
    # Tiers by their codes in any language: the labelled file names them so.
    words = {t: t.value for t in tiers}
    first = max(16, *(common.display_width(w) + 2 for w in words.values()))
    heads = [translate("TierCli", "titles"), translate("TierCli", "right"), translate("TierCli", "accuracy")]
    cells = [max(8, common.display_width(h) + 2) for h in heads]
    lines = [
        translate(
            "TierCli",
            "{source}: {correct} of {total} titles right ({accuracy:.1%})",
            source=source, correct=report.correct, total=report.total, accuracy=report.accuracy,
        ),
        "",
    ]  # fmt: skip
    lines.append(_left(translate("TierCli", "labelled tier"), first) + "".join(map(_right, heads, cells)))

    def row(label: str, total: int, correct: int, accuracy: str) -> str:
        values = (f"{total}", f"{correct}", accuracy)
        return _left(label, first) + "".join(map(_right, values, cells))

    for score in report.per_tier:
        accuracy = f"{score.accuracy:.1%}" if score.total else "-"
        lines.append(row(words[score.tier], score.total, score.correct, accuracy))
    lines.append(row(translate("TierCli", "all"), report.total, report.correct, f"{report.accuracy:.1%}"))
    width = max(common.display_width(w) for w in words.values()) + 2
    lines += ["", translate("TierCli", "Confusion (rows: labelled, columns: predicted)")]
    lines.append(" " * first + "".join(_right(words[t], width) for t in tiers))
    for expected in tiers:
        counts = "".join(_right(str(report.confusion[(expected, p)]), width) for p in tiers)
        lines.append(_left(words[expected], first) + counts)
    if report.misses:
        shown = report.misses[:MISSES_SHOWN]
        lines.append("")
        if len(report.misses) > len(shown):
            lines.append(
                translate(
                    "TierCli", "Misclassified (first {shown} of {total}):", shown=len(shown), total=len(report.misses)
                )
            )
        else:
            lines.append(translate("TierCli", "Misclassified:"))
        lines += [
            "  "
            + translate(
                "TierCli",
                "{title}: labelled {expected}, got {predicted} ({reason})",
                title=repr(m.title), expected=words[m.expected], predicted=words[m.predicted], reason=m.reason,
            )
            for m in shown
        ]  # fmt: skip
    return "\n".join(lines)
