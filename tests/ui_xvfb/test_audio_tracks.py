"""Playback > Audio track on a broadcast file with two sound tracks, with real libvlc: the
track chosen is the one every player plays (the cued ones that take over at Ctrl+R and Down
too), and the project opens on it again."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reviewer.core.models import Segment, Transcript
from reviewer.store import Project


@pytest.fixture
def two_tracks(tmp_path: Path, clip: Path) -> Path:
    """The numbered clip with a Cantonese and an English track (tones, as far as libvlc knows)."""
    path = tmp_path / "two.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-i", str(clip),
         "-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=12",
         "-f", "lavfi", "-i", "sine=frequency=1200:sample_rate=48000:duration=12",
         "-map", "0:v", "-map", "1", "-map", "2", "-c:v", "copy", "-c:a", "aac",
         "-metadata:s:a:0", "language=yue", "-metadata:s:a:1", "language=eng", str(path)],
        check=True,
    )  # fmt: skip
    return path


def heard(window) -> int:  # type: ignore[no-untyped-def]
    """Return which of the file's tracks the playing libvlc plays (0: the first). libvlc makes a
    change on its input thread: wait for it with hears()."""
    mp = window.playback.player._mp
    ids = [track_id for track_id, _name in mp.audio_get_track_description() if track_id >= 0]
    return ids.index(mp.audio_get_track())


def hears(qtbot, window, track: int) -> bool:  # type: ignore[no-untyped-def]
    """True once the playing libvlc plays ``track`` (5 s at most): its own thread selects it,
    a moment after it is asked (a whole-suite run read the track before once)."""
    qtbot.waitUntil(lambda: heard(window) == track, timeout=5000)
    return True


def test_the_track_chosen_is_played_by_every_player_and_kept(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, two_tracks, open_window, monkeypatch
) -> None:
    from reviewer.ui.audio_tracks import AudioTrackMenu

    monkeypatch.setenv("REVIEWER_AUTHOR", "tester")
    segments = [
        Segment(i * 2000, i * 2000 + 1800, f"第{i + 1}句", f"line {i + 1}") for i in range(5)
    ]
    path = tmp_path / "two.review"
    Project.create(path, Transcript(segments=segments), media=str(two_tracks)).close()
    window = open_window(path)
    menu = window.part(AudioTrackMenu)
    assert menu is not None
    qtbot.waitUntil(lambda: len(window.playback.audio_tracks()) == 2, timeout=5000)
    menu.fill()
    items = menu.menu.actions()
    assert [a.text() for a in items] == ["Track 1 — Cantonese (粵語)", "Track 2 — English"]
    assert items[0].isChecked() and hears(qtbot, window, 0)
    items[1].trigger()
    assert window.project.audio_track == 1 and hears(qtbot, window, 1)
    assert window.statusBar().currentMessage().startswith("Hearing Track 2 — English")
    window.actions_by_name["next_audio_track"].trigger()  # the palette's way: round to the first
    assert window.project.audio_track == 0 and hears(qtbot, window, 0)
    window.actions_by_name["next_audio_track"].trigger()
    assert window.project.audio_track == 1 and hears(qtbot, window, 1)
    # Ctrl+R from further on plays with the second player, cued at the segment's start.
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    cue = window.playback.replay_cue
    qtbot.waitUntil(lambda: cue.ready_at() == 2_000, timeout=8000)
    window.playback.seek(2_900)
    first = window.playback.player
    window.playback.play_segment(2_000, 3_800)
    qtbot.waitUntil(lambda: window.playback.is_playing(), timeout=5000)
    assert window.playback.player is not first  # the cued player took over
    assert hears(qtbot, window, 1)
    window.playback.pause()
    window.close()
    again = open_window(path)
    qtbot.waitUntil(lambda: len(again.playback.audio_tracks()) == 2, timeout=5000)
    assert hears(qtbot, again, 1)  # opened on the track chosen
    again.part(AudioTrackMenu).fill()
    assert again.part(AudioTrackMenu).menu.actions()[1].isChecked()
    again.close()
