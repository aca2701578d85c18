"""What the window says about a quick-seek copy (reviewer.ui.seek_copies), told by Playback's
signals (tests/ui_playback/test_seek_copy_xvfb.py makes them with real libvlc and FFmpeg), and
the setting that turns copies off."""

from __future__ import annotations

import pytest

from reviewer.player.seek_copy import Outcome


@pytest.fixture
def video_project(window, tmp_path):  # type: ignore[no-untyped-def]
    media = tmp_path / "agency clip.ts"
    media.write_bytes(b"")
    window.project.set_media(str(media))
    return window


def label(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    return window.findChild(QLabel, "seekCopyProgress")


def test_progress_shows_while_the_copy_is_made_and_goes_when_it_ends(video_project) -> None:  # type: ignore[no-untyped-def]
    window = video_project
    assert not label(window).isVisible()
    window.playback.copy_progress.emit(0.42)
    assert label(window).isVisible() and label(window).text() == "Making quick-seek copy: 42 %"
    window.playback.copy_outcome.emit(Outcome.READY, "")
    assert not label(window).isVisible()
    window.playback.copy_progress.emit(0.5)
    window.playback.copy_outcome.emit(Outcome.CANCELLED, "")  # another file loaded meanwhile
    assert not label(window).isVisible()
    window.playback.copy_in_use.emit(True)
    assert window.statusBar().currentMessage() == (
        "Now using the quick-seek copy of agency clip.ts: moves show at once"
    )
    window.playback.copy_in_use.emit(False)
    assert window.statusBar().currentMessage() == (
        "Now using agency clip.ts itself, not its quick-seek copy"
    )


@pytest.mark.parametrize(
    ("outcome", "detail", "said"),
    [
        (
            Outcome.NO_SPACE,
            "/home/ed/.cache/reviewer/seek-copies (0.3 GB free, 1.1 needed)",
            "No quick-seek copy of agency clip.ts: not enough free space in "
            "/home/ed/.cache/reviewer/seek-copies (0.3 GB free, 1.1 needed)",
        ),
        (
            Outcome.FAILED,
            "Unknown encoder 'libx264'; Error selecting an encoder",
            "No quick-seek copy of agency clip.ts: Unknown encoder 'libx264'; Error selecting an "
            "encoder",
        ),
        (
            Outcome.FAILED,
            "the copy's frames did not keep the video's times",
            "No quick-seek copy of agency clip.ts: its frames would not keep the video's times",
        ),
        (
            Outcome.NO_FFMPEG,
            "",
            "Moves in agency clip.ts are slow: its keyframes are far apart. Install FFmpeg and "
            "Reviewer makes a quick-seek copy of it.",
        ),
        (Outcome.NOT_NEEDED, "", ""),
        (Outcome.CANCELLED, "", ""),
    ],
)
def test_a_copy_not_made_is_said_with_the_file_and_why(
    video_project, outcome, detail, said
) -> None:  # type: ignore[no-untyped-def]
    window = video_project
    window.statusBar().clearMessage()
    window.playback.copy_outcome.emit(outcome, detail)
    assert window.statusBar().currentMessage() == said


def test_the_setting_turns_copies_off_and_is_kept(video_project, settings) -> None:  # type: ignore[no-untyped-def]
    window = video_project
    action = window.actions_by_name["quick_seek_copies"]
    assert action.isChecked() and window.playback.seek_copies()
    window.playback.copy_progress.emit(0.5)
    action.trigger()  # off while the progress shows: it goes
    assert not window.playback.seek_copies() and not label(window).isVisible()
    assert settings.flag("seek_copies", True) is False
    action.trigger()
    assert window.playback.seek_copies() and settings.flag("seek_copies", False) is True
