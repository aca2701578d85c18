"""``python -m reviewer`` and the ``reviewer`` command: the window or the command line.

The command line (reviewer.cli) never imports the window: ``open`` and no command at all call
the window opener handed to it here, so every other command runs without PySide6 installed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--audio-analysis"]:  # the bundled app's child process (reviewer.audio)
        from reviewer.audio.analysis import main as analysis_main

        return analysis_main(args[1:])
    from reviewer.cli import main as cli_main

    return cli_main(argv, open_window=open_window)


def open_window(
    path: Path | None,
    encoding: str | None = None,
    *,
    break_lock: bool = False,
    verbose: bool = False,
) -> int:
    """Open the window on ``path`` (None: the last project or the demo); return the exit
    status. Without PySide6 it says so and returns 2."""
    from importlib.util import find_spec

    problem = None if find_spec("PySide6") else "it is not installed here"
    if problem is None:
        try:
            from reviewer.ui.app import run_app
        except ImportError as exc:
            problem = str(exc)
    if problem is not None:
        print(
            f"reviewer: the window needs PySide6 ({problem}); install it with"
            " ./installer/bootstrap.sh run. The other commands (import, export, info, history,"
            " check, glossary, rescue) work without it.",
            file=sys.stderr,
        )
        return 2
    return run_app(
        str(path) if path else None, encoding=encoding, break_lock=break_lock, verbose=verbose
    )


if __name__ == "__main__":
    sys.exit(main())
