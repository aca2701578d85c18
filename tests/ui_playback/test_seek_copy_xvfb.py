"""Playback through a long-GOP video's quick-seek copy (reviewer.player.seek_copy), judged from
the frame on screen under Xvfb with real libvlc: the switch to the copy keeps the playhead and the
picture; moves and plays on the copy show the frame asked for; a copy libvlc cannot play gives
way to the file itself; turning copies off plays the file itself again."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest
from playback_screen import Screen

from reviewer.player import seek_copy
from reviewer.player.encodes import by_name, frame_at, frame_times, make
from reviewer.ui import playback as playback_module

pytestmark = pytest.mark.xvfb

# An agency's H.264 (a keyframe every 10 s, B-frames) at 960x540: it gets a copy (see
# tests/player/test_seek_copy.py); 320x240 in the pane, as the other playback tests.
AGENCY = dataclasses.replace(by_name("h264-longgop"), size=(960, 540))


@pytest.fixture(scope="module")
def agency(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[float]]:
    path = make(AGENCY, tmp_path_factory.mktemp("agency"), seconds=12.0)
    return path, frame_times(path)


@pytest.fixture
def quick(monkeypatch):  # type: ignore[no-untyped-def]
    """The copy looked into at once after a load, and switched to 0.3 s after the last move."""
    monkeypatch.setattr(playback_module, "COPY_AFTER_MS", 50)
    monkeypatch.setattr(playback_module, "COPY_SWITCH_QUIET_MS", 300)


@pytest.fixture
def screen_on(qtbot):  # type: ignore[no-untyped-def]
    screens: list[Screen] = []

    def make_screen(path: Path) -> Screen:
        screens.append(Screen(qtbot, path, duration_hint_ms=12_000))
        return screens[-1]

    yield make_screen
    for screen in screens:
        screen.close()


def test_the_copy_takes_over_at_the_playhead_and_moves_show_their_frame(
    qtbot, quick, screen_on, agency
) -> None:  # type: ignore[no-untyped-def]
    path, times = agency
    screen = screen_on(path)
    playback = screen.playback
    assert not playback.playing_copy  # no copy yet: the file itself
    screen.settled()
    playback.seek(7_300)
    want = frame_at(times, 7_300)
    assert screen.settled() == want

    with qtbot.waitSignal(playback.copy_in_use, timeout=90_000) as switched:
        pass
    assert switched.args == [True]
    assert playback.playing_copy
    assert playback.player.path == str(seek_copy.ready_copy(path))
    assert playback.position() == 7_300
    assert screen.settled() == want  # the same frame as before the switch

    # A move far from the original's keyframes (frame 77, 77 frames after one), then a play
    # that goes on from it.
    playback.seek(3_100)
    want = frame_at(times, 3_100)
    assert screen.settled() == want
    with screen.recording() as seen:
        playback.play()
        qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] > 1500, timeout=6000)
        playback.pause()
    assert seen[-1][2] > 3_100 + 1_000
    for ms, n, at in seen:
        if ms >= 200:  # the first moment of play: the paused picture may still be up
            assert frame_at(times, at) - 5 <= n <= frame_at(times, at) + 2, (ms, n, at, seen[:5])

    # Copies turned off: the file itself again, at the playhead.
    at = playback.position()
    with qtbot.waitSignal(playback.copy_in_use, timeout=10_000) as switched:
        playback.set_seek_copies(False)
    assert switched.args == [False]
    assert not playback.playing_copy and playback.player.path == str(path)
    assert playback.position() == at
    assert screen.settled() == frame_at(times, at)


def test_a_copy_libvlc_cannot_play_gives_way_to_the_file_itself(
    qtbot, quick, screen_on, agency, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path, times = agency
    media = tmp_path / "agency-damaged-copy.mp4"
    media.write_bytes(path.read_bytes())
    damaged = seek_copy.copy_path(media)
    assert damaged is not None
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"\x00\x00\x00\x18ftypisom" + b"\x00" * 4096)  # cut short on a disk
    screen = screen_on(path)
    playback = screen.playback

    with qtbot.waitSignal(
        playback.copy_outcome,
        check_params_cb=lambda outcome, _detail: outcome is seek_copy.Outcome.FAILED,
        timeout=10_000,
    ):
        playback.load(str(media), duration_hint_ms=12_000)

    assert not playback.playing_copy and playback.player.path == str(media)
    assert not damaged.exists()  # thrown away
    assert not playback.is_stand_in and not playback.problem
    qtbot.waitUntil(lambda: not playback.is_playing(), timeout=5000)  # the muted start over
    playback.seek(5_500)
    assert screen.settled() == frame_at(times, 5_500)
    # Not made again for that file this session.
    qtbot.wait(300)
    assert not playback.making_copy and not damaged.exists()


def test_closing_while_the_copy_is_made_leaves_nothing_behind(
    qtbot, quick, screen_on, agency, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path, _times = agency
    media = tmp_path / "closed midway.mp4"  # a name of its own: no copy of it is made yet
    media.write_bytes(path.read_bytes())
    screen = screen_on(media)
    with qtbot.waitSignal(screen.playback.copy_progress, timeout=30_000):
        pass
    assert screen.playback.making_copy

    screen.close()  # the window quits

    assert list(seek_copy.copies_dir().iterdir()) == []  # no half-written copy
    running = subprocess.run(["pgrep", "-f", str(media)], capture_output=True, text=True)
    assert running.stdout.strip() == ""  # FFmpeg is not left running
