"""Sync as the editor sees it: the lit segment, the frame after a selection, the loop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from window_frames import FPS, SEGMENT_MS, shown_frame

FRAME_MS = 1000 // FPS


def test_selecting_a_segment_shows_its_frame(qtbot, sync_window) -> None:  # type: ignore[no-untyped-def]
    window = sync_window
    for _ in range(3):
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    segment = window.project.segment(window.current_id())
    target = segment.start_ms // FRAME_MS
    # The frame on screen, not libvlc's clock, says where the player is.
    qtbot.waitUntil(
        lambda: (shown_frame(window) or -99) in range(target - 1, target + 2), timeout=3000
    )


def test_lit_segment_follows_playback(qtbot, sync_window) -> None:  # type: ignore[no-untyped-def]
    window = sync_window
    window.playback.play()
    samples: list[tuple[int, int | None]] = []

    def sample() -> bool:
        frame = shown_frame(window)
        if frame is not None:
            samples.append((frame * FRAME_MS, window.model.playing_id))
        return len(samples) >= 60 and samples[-1][0] > 3500

    qtbot.waitUntil(sample, timeout=10000)
    window.playback.pause()
    wrong = []
    for ms, playing in samples:
        expected = ms // SEGMENT_MS + 1  # segment ids follow time order
        near_boundary = min(ms % SEGMENT_MS, SEGMENT_MS - ms % SEGMENT_MS) <= 3 * FRAME_MS
        if playing != expected and not near_boundary:
            wrong.append((ms, playing, expected))
    assert not wrong, wrong[:5]
    # Follow mode kept the playing segment selected.
    assert window.current_id() == window.model.playing_id


def test_loop_stays_inside_the_segment(qtbot, sync_window) -> None:  # type: ignore[no-untyped-def]
    window = sync_window
    window.select_id(3)  # 2000-3000 ms
    window.actions_by_name["loop"].trigger()
    assert window.actions_by_name["loop"].isChecked()
    frames: list[int] = []
    wraps = [0]
    start, end = 2000 // FRAME_MS, 3000 // FRAME_MS

    def watch() -> bool:
        frame = shown_frame(window)
        if frame is not None and (frames or start - 1 <= frame <= end + 2):
            # From the first frame of the segment on (before it, the old picture may linger).
            if frames and frame < frames[-1] - 5:
                wraps[0] += 1
            frames.append(frame)
        return wraps[0] >= 2

    qtbot.waitUntil(watch, timeout=8000)
    window.actions_by_name["loop"].trigger()
    window.playback.pause()
    outside = [f for f in frames if not start - 1 <= f <= end + 2]
    assert not outside, outside


def test_down_then_space_plays_from_the_segments_frame(qtbot, sync_window) -> None:  # type: ignore[no-untyped-def]
    # The editor's way: keys select a segment (a paused seek), Space plays it, Space pauses.
    import time

    from PySide6.QtWidgets import QApplication

    from reviewer.player.vlc_player import RESUME_CHECK_MS

    window = sync_window
    window.activateWindow()  # Space is a shortcut: it needs the window active (no WM here)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    start_ms = window.project.segment(window.current_id()).start_ms
    target = start_ms // FRAME_MS
    qtbot.waitUntil(lambda: (shown_frame(window) or -99) in range(target - 1, target + 2),
                    timeout=3000)  # fmt: skip
    seen: list[tuple[float, int, int]] = []  # (ms played, frame on screen, playhead)
    started = time.monotonic()

    def grab(_ms: int) -> None:
        frame = shown_frame(window)
        if frame is not None:
            seen.append(((time.monotonic() - started) * 1000, frame, window.playback.position()))

    window.playback.position_changed.connect(grab)
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert window.playback.is_playing()
    qtbot.waitUntil(lambda: len(seen) >= 25, timeout=3000)
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    window.playback.position_changed.disconnect(grab)
    assert not window.playback.is_playing()
    # The playhead goes on from the segment's start; so does the picture, from the moment
    # after the player's check that libvlc did not resume from frames it decoded ahead.
    assert all(start_ms <= at <= start_ms + ms + FRAME_MS for ms, _n, at in seen), seen
    settled = [(ms, n) for ms, n, _at in seen if ms > RESUME_CHECK_MS + 3 * FRAME_MS]
    assert len(settled) >= 15
    assert all(target - 1 <= n <= target + ms / FRAME_MS + 3 for ms, n in settled), seen
    # Paused, the picture and the playhead agree.
    paused_at = window.playback.position() // FRAME_MS
    qtbot.waitUntil(lambda: abs((shown_frame(window) or -99) - paused_at) <= 2, timeout=2000)


def test_segments_past_the_clips_end_are_problems_once_it_is_measured(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, clip, open_window
) -> None:
    # The transcript of a longer cut of the 12-s clip: libvlc's length, stored in the project,
    # makes the last two segments problems at once (exports drop the one past the end).
    from reviewer.core.models import Segment, Transcript
    from reviewer.store import Project
    from reviewer.ui.problems_panel import ProblemsPanel
    from reviewer.ui.segment_model import COL_PROBLEMS

    segments = [
        Segment(i * 2 * SEGMENT_MS, (i * 2 + 2) * SEGMENT_MS - 100, f"第{i + 1}句", f"line {i + 1}")
        for i in range(8)
    ]  # 0-2 s, 2-4 s ... 10-12 s (the clip's end), 12-14 s, 14-16 s
    segments[5].end_ms = 13_000  # runs a second past the end
    path = tmp_path / "longer.review"
    Project.create(path, Transcript(segments=segments), media=str(clip)).close()
    window = open_window(path)
    panel = window.part(ProblemsPanel)
    assert panel is not None

    def past_end() -> list[tuple[int, str]]:
        return [(p.segment_id, p.severity) for p in panel.all if p.check == "past-end"]

    qtbot.waitUntil(lambda: past_end() == [(6, "warning"), (7, "error"), (8, "error")],
                    timeout=5000)  # fmt: skip
    assert abs(window.project.media_duration_ms - 12_000) <= 100
    shown = [window.model.index(r, COL_PROBLEMS).data() for r in range(8)]
    assert ["after the end" in (s or "") for s in shown] == [False] * 6 + [True] * 2
    assert "runs past the end" in (shown[5] or "")
    window.close()
