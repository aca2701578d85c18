"""``python -m reviewer`` and the ``reviewer`` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--audio-analysis"]:  # the bundled app's child process (reviewer.audio)
        from reviewer.audio.analysis import main as analysis_main

        return analysis_main(args[1:])
    from reviewer.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
