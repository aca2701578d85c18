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
    qtbot.waitUntil(lambda: (shown_frame(window) or -99) in range(target - 1, target + 2),
                    timeout=3000)


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
