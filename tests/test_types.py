"""The typing rules of STYLE.md hold: mypy, as configured in pyproject.toml, finds nothing.

strict on research/, storage/, app/ and main.py, ui/ strict but for warn_return_any; any
relaxation is a per-module override there with its reason.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_type_errors() -> None:
    # No paths on the command line: [tool.mypy] `files` says what is checked, so `uv run mypy` and this agree.
    # The incremental cache (.mypy_cache, git-ignored) makes reruns take seconds.
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
