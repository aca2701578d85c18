"""`reviewer FILE` opens FILE, as the desktop entry calls it (Exec=reviewer %f)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import cli


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    calls: list[Path | None] = []
    monkeypatch.setattr(
        cli,
        "_open_app",
        lambda path, encoding=None, break_lock=False, verbose=False: (
            calls.append(path) or (verbose and 7) or len(encoding or "")
        ),
    )
    return calls


def test_a_lone_path_is_opened(opened: list[Path | None]) -> None:
    assert cli.main(["/tmp/story.review"]) == 0
    assert opened == [Path("/tmp/story.review")]


def test_open_passes_the_encoding_asked_for(opened: list[Path | None]) -> None:
    assert cli.main(["open", "/tmp/story.srt", "--encoding", "cp1250"]) == len("cp1250")
    assert opened == [Path("/tmp/story.srt")]


def test_no_argument_opens_the_app(opened: list[Path | None]) -> None:
    assert cli.main([]) == 0
    assert opened == [None]


@pytest.mark.parametrize(
    "argv",
    [["--verbose"], ["--verbose", "/tmp/story.review"], ["/tmp/story.review", "--verbose"]],
)
def test_verbose_reaches_the_window_wherever_it_is_given(
    opened: list[Path | None], argv: list[str]
) -> None:
    assert cli.main(argv) == 7  # the stand-in's answer when verbose came through
    assert opened == [Path("/tmp/story.review") if len(argv) == 2 else None]


def test_commands_are_still_commands(opened: list[Path | None], capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        cli.main(["info"])  # missing its argument: a usage error, not a file to open
    assert opened == []
    assert set(cli._COMMANDS) == set(cli._parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
