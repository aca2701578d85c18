"""`reviewer FILE` opens FILE, as the desktop entry calls it (Exec=reviewer %f)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import cli


class Opener:
    """A stand-in for the window opener reviewer.__main__ hands the command line."""

    def __init__(self) -> None:
        self.calls: list[Path | None] = []

    def __call__(
        self,
        path: Path | None,
        encoding: str | None = None,
        *,
        break_lock: bool = False,
        verbose: bool = False,
    ) -> int:
        self.calls.append(path)
        return (verbose and 7) or len(encoding or "")


@pytest.fixture
def opener() -> Opener:
    return Opener()


def test_a_lone_path_is_opened(opener: Opener) -> None:
    assert cli.main(["/tmp/story.review"], open_window=opener) == 0
    assert opener.calls == [Path("/tmp/story.review")]


def test_open_passes_the_encoding_asked_for(opener: Opener) -> None:
    argv = ["open", "/tmp/story.srt", "--encoding", "cp1250"]
    assert cli.main(argv, open_window=opener) == len("cp1250")
    assert opener.calls == [Path("/tmp/story.srt")]


def test_no_argument_opens_the_app(opener: Opener) -> None:
    assert cli.main([], open_window=opener) == 0
    assert opener.calls == [None]


@pytest.mark.parametrize(
    "argv",
    [["--verbose"], ["--verbose", "/tmp/story.review"], ["/tmp/story.review", "--verbose"]],
)
def test_verbose_reaches_the_window_wherever_it_is_given(opener: Opener, argv: list[str]) -> None:
    assert cli.main(argv, open_window=opener) == 7  # the stand-in's answer: verbose came through
    assert opener.calls == [Path("/tmp/story.review") if len(argv) == 2 else None]


def test_commands_are_still_commands(opener: Opener, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        cli.main(["info"], open_window=opener)  # missing its argument: a usage error
    assert opener.calls == []
    choices = cli._parser(opener)._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(cli._COMMANDS) == set(choices)
