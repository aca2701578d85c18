"""The editor's sequence on a broadcast-shaped file: move while paused, play, tag.

On a file with a keyframe every 10 s and B-frames, libvlc 3 used to play from the keyframe
before the segment while the playhead read the segment's start; 1.5 s later the playhead snapped
back, Follow playback moved the selection to an earlier, already approved segment, and the
speaker key the editor pressed next landed there. The key must act on the segment lit when it
is pressed, and the project file must say so.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_frames import shown_frame

from reviewer.core.models import Segment, Transcript
from reviewer.player.encodes import by_name, frame_at, frame_times, make
from reviewer.store import Project


@pytest.fixture(scope="module")
def long_gop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[float]]:
    path = make(by_name("h264-longgop"), tmp_path_factory.mktemp("longgop"))
    return path, frame_times(path)


def _at_sixth_segment(qtbot, tmp_path: Path, video: Path, open_window):  # type: ignore[no-untyped-def]
    """Return (window, project path): sixteen segments of 1.5 s over ``video``, a speaker
    "Anchor" named, the list focused and Down pressed five times, so the current segment (6)
    starts at 7.5 s: 7.5 s past the keyframe at 0."""
    from PySide6.QtWidgets import QApplication

    segments = [
        Segment(i * 1500, (i + 1) * 1500, f"第{i + 1}句", f"line {i + 1}") for i in range(16)
    ]
    path = tmp_path / "news.review"
    project = Project.create(path, Transcript(segments=segments), media=str(video))
    project.add_speaker("Anchor")
    project.close()
    window = open_window(path)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.table.setFocus()
        for _ in range(5):
            qtbot.keyClick(window.table, Qt.Key.Key_Down)
        assert window.project.segment(window.current_id()).start_ms == 7500
    except BaseException:
        window.close()
        raise
    return window, path


def _watcher(window, frames: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    """Return a slot for position_changed: each (playhead, frame on screen) into ``frames``."""

    def watch(_ms: int) -> None:
        frame = shown_frame(window)
        if frame is not None:
            frames.append((window.playback.position(), frame))

    return watch


def test_tag_after_play_lands_on_the_lit_segment(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, long_gop, monkeypatch, open_window
):
    video, times = long_gop
    monkeypatch.setenv("REVIEWER_AUTHOR", "tester")
    window, path = _at_sixth_segment(qtbot, tmp_path, video, open_window)
    try:
        assert window.actions_by_name["follow"].isChecked()
        moved_to = window.current_id()
        start_ms = window.project.segment(moved_to).start_ms
        assert start_ms == 7500
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        assert window.playback.is_playing()
        selected: list[int | None] = []
        frames: list[tuple[int, int]] = []

        def watch(_ms: int) -> None:
            selected.append(window.current_id())
            frame = shown_frame(window)
            if frame is not None:
                frames.append((window.playback.position(), frame))

        window.playback.position_changed.connect(watch)
        began = time.monotonic()
        # Past the clock's 1.5 s trust in the seek, into the next segment (at 9.0 s).
        qtbot.waitUntil(lambda: time.monotonic() - began > 2.2, timeout=6000)
        window.playback.position_changed.disconnect(watch)
        lit = window.model.playing_id
        qtbot.keyClick(window.table, Qt.Key.Key_1)
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        # Selection only ever moved forwards, with playback, from where the editor put it.
        ids = [s for s in selected if s is not None]
        assert ids and ids[0] == moved_to and ids == sorted(ids), ids
        assert window.current_id() == lit == moved_to + 1, (lit, ids[-5:])
        # The picture played from the segment, not from the keyframe at 0.
        late = frames[len(frames) // 3 :]
        assert all(abs(n - frame_at(times, at)) <= 3 for at, n in late), late[:5]
    finally:
        window.close()
    with Project.open(path) as reopened:
        tagged = [s.id for s in reopened.transcript.segments if s.speaker == "Anchor"]
    assert tagged == [moved_to + 1]


def test_ctrl_r_replays_from_the_cued_player_and_keys_stay_on_the_segment(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, long_gop, monkeypatch, open_window
):
    # The editor moves to a segment 7.5 s past a keyframe, plays into it, and presses Ctrl+R:
    # the second player, cued at the segment's start when it became current, plays from there
    # at once (reviewer.ui.replay_cue); the picture never shows a frame from before the
    # segment, the selection stays, and the speaker key lands on that segment.
    video, times = long_gop
    monkeypatch.setenv("REVIEWER_AUTHOR", "tester")
    window, path = _at_sixth_segment(qtbot, tmp_path, video, open_window)
    try:
        segment_id = window.current_id()
        start_ms = window.project.segment(segment_id).start_ms
        cue = window.playback.replay_cue
        assert cue is not None
        first = window.playback.player
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.playback.position() > start_ms + 600, timeout=4000)
        qtbot.keyClick(window.table, Qt.Key.Key_Space)  # paused 0.6 s into the segment
        qtbot.waitUntil(lambda: cue.ready_at() == start_ms, timeout=8000)
        frames: list[tuple[int, int]] = []
        watch = _watcher(window, frames)
        window.playback.position_changed.connect(watch)
        qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        assert window.playback.player is not first  # the cued player plays
        qtbot.waitUntil(lambda: not window.playback.is_playing(), timeout=4000)  # its end
        window.playback.position_changed.disconnect(watch)
        assert window.current_id() == segment_id
        qtbot.keyClick(window.table, Qt.Key.Key_1)
        moved = [(at, n) for at, n in frames if at > start_ms + 80]
        assert len(moved) > 10, frames[:10]
        assert all(n >= frame_at(times, start_ms) for _at, n in moved), moved[:8]
        assert all(abs(n - frame_at(times, at)) <= 2 for at, n in moved), moved[:8]
    finally:
        window.close()
    with Project.open(path) as reopened:
        tagged = [s.id for s in reopened.transcript.segments if s.speaker == "Anchor"]
    assert tagged == [segment_id]


def test_down_takes_the_player_waiting_at_the_next_segment(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, long_gop, open_window
):
    # While the editor reads a segment, a third player waits, paused, at the next one's start,
    # its exact picture decoded (Playback.prefetch): Down takes that player and shows the
    # picture with no decoding (a 1080p long-GOP move took 0.5 s of it), and Space plays on
    # from it with no seek (libvlc's decoding from the keyframe is done). The player left goes
    # to wait at the segment after.
    video, times = long_gop
    window, _path = _at_sixth_segment(qtbot, tmp_path, video, open_window)
    try:
        playback = window.playback
        first, waiting = playback.player, playback.next_cue
        assert waiting is not None
        qtbot.waitUntil(lambda: waiting.ready_at() == 9000, timeout=8000)
        third = waiting.player
        assert third is not None
        cued_picture = third.picture  # decoded while it waited
        assert cued_picture is not None and cued_picture.frame == frame_at(times, 9000)
        pictures: list[object] = []
        playback.picture_changed.connect(pictures.append)
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
        assert window.project.segment(window.current_id()).start_ms == 9000
        assert playback.player is third and not third.cueing
        assert pictures == [cued_picture]  # at once: nothing decoded again for the move
        assert third.in_place and third.position() == 9000
        qtbot.waitUntil(lambda: shown_frame(window) == frame_at(times, 9000), timeout=2000)
        set_time = third._mp.set_time
        asked: list[int] = []
        third._mp.set_time = lambda ms: asked.append(ms) or set_time(ms)
        frames: list[tuple[int, int]] = []
        watch = _watcher(window, frames)
        playback.position_changed.connect(watch)
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: playback.position() > 9800, timeout=4000)
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        playback.position_changed.disconnect(watch)
        assert asked == []  # played on in place: no seek, no decoding from the keyframe
        moved = [(at, n) for at, n in frames if n != frame_at(times, 9000)]
        assert len(moved) > 10, frames[:10]
        assert all(abs(n - frame_at(times, at)) <= 2 for at, n in moved), moved[:8]
        # The player left waits at the segment after (10.5 s) in turn.
        assert waiting.player is first
        qtbot.waitUntil(lambda: waiting.ready_at() == 10_500, timeout=8000)
        # Down while playing takes it too, and plays on from the next segment's start.
        frames.clear()
        playback.position_changed.connect(watch)
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
        assert window.project.segment(window.current_id()).start_ms == 10_500
        assert playback.player is first and playback.is_playing()
        qtbot.waitUntil(lambda: playback.position() > 11_300, timeout=4000)
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        playback.position_changed.disconnect(watch)
        after = [(at, n) for at, n in frames if at >= 10_500 + 80]
        assert len(after) > 10, frames[:10]
        assert all(n >= frame_at(times, 10_500) for _at, n in after), after[:8]
        assert all(abs(n - frame_at(times, at)) <= 2 for at, n in after), after[:8]
    finally:
        window.close()


def test_after_a_replay_down_hands_ctrl_r_the_player_cued_ahead(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, long_gop, open_window
):
    # An editor who has used Ctrl+R gets a fourth player, cued at the next segment's start
    # while they read (after the other two): Down there hands it to Ctrl+R, so Ctrl+R soon
    # after the move plays from it with no decoding from the keyframe.
    video, times = long_gop
    window, _path = _at_sixth_segment(qtbot, tmp_path, video, open_window)
    try:
        playback = window.playback
        ahead = playback.next_replay
        assert ahead is not None and ahead.player is None  # none made before a replay
        qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: playback.position() > 8000, timeout=4000)
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: ahead.ready_at() == 9000, timeout=12000)
        fourth = ahead.player
        assert fourth is not None and fourth is not playback.player
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
        assert window.project.segment(window.current_id()).start_ms == 9000
        cue = playback.replay_cue
        assert cue is not None and cue.player is fourth and cue.ready_at() == 9000
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: playback.position() > 9400, timeout=4000)
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        frames: list[tuple[int, int]] = []
        watch = _watcher(window, frames)
        playback.position_changed.connect(watch)
        qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        assert playback.player is fourth and playback.is_playing()
        qtbot.waitUntil(lambda: not playback.is_playing(), timeout=4000)  # its end, 10.5 s
        playback.position_changed.disconnect(watch)
        moved = [(at, n) for at, n in frames if at > 9000 + 80]
        assert len(moved) > 10, frames[:10]
        assert all(n >= frame_at(times, 9000) for _at, n in moved), moved[:8]
        assert all(abs(n - frame_at(times, at)) <= 2 for at, n in moved), moved[:8]
        assert window.project.segment(window.current_id()).start_ms == 9000
    finally:
        window.close()
