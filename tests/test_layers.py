"""The layer contracts of ARCHITECTURE.md hold: ui → app → {research, storage}, Qt only in ui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: " in result.stdout and " broken" in result.stdout


def test_cli_runs_without_qt_installed(tmp_path: Path) -> None:
    """`whynow accounts list` works on a machine with no Qt: importing PySide6 fails there."""
    blocker = tmp_path / "block" / "PySide6"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('no Qt on this machine')\n")
    code = (
        f"import sys; sys.path.insert(0, {str(tmp_path / 'block')!r}); import main; "
        f"sys.exit(main.main(['--workspace', {str(tmp_path / 'w.whynow')!r}, 'accounts', 'list']))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "No accounts yet" in result.stdout
