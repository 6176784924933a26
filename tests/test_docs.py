"""The README's command table names every CLI command, so power users find them."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_command_is_in_the_readme() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    text = README.read_text("utf-8")
    missing = [name for name in sub.choices if f"`{name}`" not in text]
    assert missing == [], f"commands missing from README.md: {missing}"


def test_every_command_has_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        assert command.format_help().strip(), name
        assert command.description, f"{name} has no description"
