"""The review window on each newsroom-shaped encode: the frame after a key, judged on screen.

Select a segment (Down), retime it and undo (Alt+], Ctrl+Z), replay it (Ctrl+R): paused after
each, the picture is the frame whose span holds the playhead, and the replay plays from the
segment's restored start, not from the keyframe before it nor from the nudged start.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_frames import shown_frame

from reviewer.core.models import Segment, Transcript
from reviewer.player.encodes import ENCODES, by_name, frame_at, frame_times, make
from reviewer.store import Project

# On the transport stream, play from 6.0 s goes on from the frame (libavformat's search lands
# on a P-frame whose decode time is 6.0 s); from 7.3 s it does not (test_encodes_xvfb.py).
PICTURE = [e.name for e in ENCODES if e.picture]


@pytest.fixture(scope="module")
def encodes_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("encodes")


def settled(qtbot, window, reads: int = 10) -> int:  # type: ignore[no-untyped-def]
    """Return the frame on screen once `reads` grabs in a row agree."""
    seen: list[int | None] = []

    def still() -> bool:
        seen.append(shown_frame(window))
        tail = seen[-reads:]
        return len(tail) == reads and tail[0] is not None and tail.count(tail[0]) == reads

    qtbot.waitUntil(still, timeout=4000)
    frame = seen[-1]
    assert frame is not None
    return frame


@pytest.mark.parametrize("name", PICTURE)
def test_select_retime_undo_replay_show_their_frame(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, encodes_dir, monkeypatch, open_window, name
):
    from PySide6.QtWidgets import QApplication

    encode = by_name(name)
    video = encodes_dir / f"{name}{encode.suffix}"
    if not video.exists():
        make(encode, encodes_dir)
    times = frame_times(video)
    monkeypatch.setenv("REVIEWER_AUTHOR", "tester")
    segments = [
        Segment(i * 1500, (i + 1) * 1500, f"第{i + 1}句", f"line {i + 1}") for i in range(15)
    ]
    path = tmp_path / "news.review"
    Project.create(path, Transcript(segments=segments), media=str(video)).close()
    window = open_window(path)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.table.setFocus()
        for _ in range(4):  # segment 5: 6.0-7.5 s, mid-GOP on the long-GOP encodes
            qtbot.keyClick(window.table, Qt.Key.Key_Down)
        segment_id = window.current_id()
        assert window.playback.position() == 6000
        assert settled(qtbot, window) == frame_at(times, 6000)

        qtbot.keyClick(window.table, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.AltModifier)
        assert window.project.segment(segment_id).start_ms == 6100
        qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.project.segment(segment_id).start_ms == 6000

        played: list[tuple[int, int]] = []

        def watch(_ms: int) -> None:
            frame = shown_frame(window)
            if frame is not None:
                played.append((window.playback.position(), frame))

        window.playback.position_changed.connect(watch)
        qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        assert window.playback.is_playing()
        qtbot.waitUntil(lambda: not window.playback.is_playing(), timeout=6000)
        window.playback.position_changed.disconnect(watch)
        # Played from the restored start: never the keyframe before, nor the nudged 6.1 s.
        late = played[len(played) // 3 :]
        assert late and all(abs(n - frame_at(times, at)) <= 3 for at, n in late), late[:5]
        assert played and played[0][0] <= 6060, played[:5]  # from 6.0 s, not 6.1
        # Paused at the segment's end: the frame the playhead reads.
        end = window.playback.position()
        assert 7400 <= end <= 7520
        assert settled(qtbot, window) == frame_at(times, end)
    finally:
        window.close()
