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
def slow_ffmpeg(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """FFmpeg reading the video at its own pace (-re): a copy takes the clip's length to make,
    so that the window can act while it is being made, whatever the machine's speed."""
    import shutil

    script = tmp_path / "slow-ffmpeg"
    script.write_text(f'#!/bin/sh\nexec {shutil.which("ffmpeg")} -re "$@"\n')
    script.chmod(0o755)
    monkeypatch.setattr(seek_copy, "find_ffmpeg", lambda: str(script))


def shows(screen: Screen, frame: int) -> bool:
    """True when the screen comes to show ``frame`` and stays on it. A move on the file itself
    decodes up to 250 frames, beside FFmpeg making the copy: longer than settled() looks."""
    screen.wait_frame(frame, slack=0, timeout=5000)
    return screen.settled() == frame


def plays_on_from(screen: Screen, times: list[float], start: int) -> None:
    """Play 1.5 s from the paused ``start`` and pause: every frame on screen is at the playhead
    (within the frames a busy 2-core machine falls behind), never a keyframe before."""
    with screen.recording() as seen:
        screen.playback.play()
        screen.qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] > 1500, timeout=6000)
        screen.playback.pause()
    assert seen[-1][2] > start + 1_000
    for ms, n, at in seen:
        if ms >= 200:  # the first moment of play: the paused picture may still be up
            assert frame_at(times, at) - 5 <= n <= frame_at(times, at) + 2, (ms, n, at, seen[:5])


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
    switched: list[bool] = []
    playback.copy_in_use.connect(switched.append)
    playback.set_rate(1.5)
    playback.set_loop(7_000, 9_000)
    screen.settled()
    playback.seek(7_300)
    want = frame_at(times, 7_300)
    assert shows(screen, want)

    length = playback.duration()  # libvlc's of the file itself
    qtbot.waitUntil(lambda: playback.playing_copy, timeout=90_000)
    assert switched == [True]
    assert playback.duration() == length  # not the copy's, a few ms apart
    assert playback.player.path == str(seek_copy.ready_copy(path))
    assert playback.position() == 7_300
    assert shows(screen, want)  # the same frame as before the switch
    assert (playback.rate(), playback.loop()) == (1.5, (7_000, 9_000))
    playback.set_loop(None, None)
    playback.set_rate(1.0)

    # Opened again (as at the next session), the copy plays at once, and a move shows its frame.
    playback.load(str(path), duration_hint_ms=12_000)
    assert playback.playing_copy
    playback.seek(5_500)
    assert shows(screen, frame_at(times, 5_500))

    # A move far from the original's keyframes (frame 77, 77 frames after one), then a play
    # that goes on from it.
    playback.seek(3_100)
    want = frame_at(times, 3_100)
    assert shows(screen, want)
    plays_on_from(screen, times, 3_100)

    # Copies turned off: the file itself again, at the playhead.
    at = playback.position()
    with qtbot.waitSignal(playback.copy_in_use, timeout=10_000) as back:
        playback.set_seek_copies(False)
    assert back.args == [False]
    assert not playback.playing_copy and playback.player.path == str(path)
    assert playback.position() == at
    assert shows(screen, frame_at(times, at))


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
    assert shows(screen, frame_at(times, 5_500))
    # Not made again for that file this session.
    qtbot.wait(300)
    assert not playback.making_copy and not damaged.exists()


def test_closing_while_the_copy_is_made_leaves_nothing_behind(
    qtbot, quick, slow_ffmpeg, screen_on, agency, tmp_path: Path
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


def test_a_file_loaded_again_while_its_copy_is_made_is_still_followed(
    qtbot, quick, slow_ffmpeg, screen_on, agency, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # A, then B, then A again while A's first copy is still being made: the first maker's
    # late "cancelled" must not be taken for the second's (which would then run unwatched,
    # never stopped at close).
    path, _times = agency
    first, other = tmp_path / "first.mp4", tmp_path / "other.mp4"
    first.write_bytes(path.read_bytes())
    other.write_bytes(path.read_bytes() + b"\0")  # another file (its own copy's name)
    screen = screen_on(first)
    playback = screen.playback
    outcomes: list[seek_copy.Outcome] = []
    playback.copy_outcome.connect(lambda outcome, _detail: outcomes.append(outcome))
    with qtbot.waitSignal(playback.copy_progress, timeout=30_000):
        pass
    playback.load(str(other), duration_hint_ms=12_000)
    assert outcomes == [seek_copy.Outcome.CANCELLED]  # the window's progress goes
    playback.load(str(first), duration_hint_ms=12_000)
    with qtbot.waitSignal(playback.copy_progress, timeout=30_000):
        pass
    qtbot.wait(300)  # the cancelled maker's own end arrives meanwhile
    assert playback.making_copy

    screen.close()

    running = subprocess.run(["pgrep", "-f", str(first)], capture_output=True, text=True)
    assert running.stdout.strip() == ""
    assert [p for p in seek_copy.copies_dir().iterdir() if p.name.endswith(".part")] == []


def test_the_paused_picture_stays_up_across_the_switch_both_ways(
    qtbot, quick, screen_on, agency
) -> None:  # type: ignore[no-untyped-def]
    # The editor paused on a frame sees that frame while the player goes to the copy and back:
    # not black, not the copy's first frame while its own is decoded (it was, for 0.3-0.8 s).
    path, times = agency
    screen = screen_on(path)
    playback = screen.playback
    playback.seek(7_300)
    want = frame_at(times, 7_300)
    assert shows(screen, want)
    switched: list[bool] = []
    playback.copy_in_use.connect(switched.append)

    def watch_until_switched() -> list[int | None]:
        seen: list[int | None] = []
        qtbot.waitUntil(lambda: seen.append(screen.shown()) or bool(switched), timeout=90_000)
        for _ in range(100):  # a second on, grabbing every 10 ms
            seen.append(screen.shown())
            qtbot.wait(10)
        return seen

    to_copy = watch_until_switched()
    assert switched == [True]
    playback.set_seek_copies(False)
    to_file = watch_until_switched()
    assert switched == [True, False]
    assert set(to_copy) == {want}, to_copy
    assert set(to_file) == {want}, to_file


def test_a_transport_stream_plays_through_its_copy(qtbot, quick, screen_on, encoded) -> None:  # type: ignore[no-untyped-def]
    # Broadcast MPEG-2, interlaced, in a TS: its copy (an MP4, interlaced H.264) shows the
    # frame asked for paused, and plays on from it.
    path, times = encoded("mpeg2-ts-25i")
    screen = screen_on(path)
    playback = screen.playback
    qtbot.waitUntil(lambda: playback.playing_copy, timeout=90_000)
    playback.seek(7_300)
    assert shows(screen, frame_at(times, 7_300))
    plays_on_from(screen, times, 7_300)
