"""WhyNow entry point: `whynow` opens the desktop app; `whynow COMMAND` runs headless.

The GUI is imported only when it is needed, so the CLI works on a machine
with no display and no Qt libraries.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_gui(argv: Sequence[str]) -> bool:
    """True when no subcommand is given (only --workspace PATH, if anything)."""
    rest = list(argv)
    while rest:
        head = rest.pop(0)
        if head == "--workspace" and rest:
            rest.pop(0)
        elif head.startswith("--workspace="):
            continue
        else:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args):
        from ui.application import run_gui

        workspace = None
        if args:
            workspace = args[1] if args[0] == "--workspace" else args[0].split("=", 1)[1]
        return run_gui(workspace)
    from app.cli import main as cli_main

    return cli_main(args, gui_hooks={"render_snapshots": _render_snapshots, "render_pdf": _render_pdf})


def _render_snapshots(*args: object, **kwargs: object) -> object:
    from ui.snapshot import render_snapshots

    return render_snapshots(*args, **kwargs)  # type: ignore[arg-type]


def _render_pdf(*args: object, **kwargs: object) -> object:
    """`whynow brief --format pdf`: Qt's text engine, imported only when a PDF is asked for."""
    from ui.pdf import render_pdf

    return render_pdf(*args, **kwargs)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
