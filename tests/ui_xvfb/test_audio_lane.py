"""The audio lane in the review window, real libvlc under Xvfb (xcb): its painting (the
waveform, the speech strip and the blocks where they belong), its keys and its mouse, each
checked in the project file; the analysis not run while the lane is hidden."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import speech_media
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reviewer.audio.cache import cache_path
from reviewer.core.models import Segment, Speaker, Transcript
from reviewer.store import Project
from reviewer.ui.audio_lane import SPEECH, UNTRANSCRIBED, WAVE, LaneFeature

pytestmark = pytest.mark.xvfb

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def speech_clip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    if not speech_media.espeak_available():
        pytest.skip("espeak-ng is not installed (installer/bootstrap.sh TEST_PACKAGES)")
    path = tmp_path_factory.mktemp("speech") / "speech.mp4"
    return path, speech_media.make_clip(path)


def _segments(path: Path) -> list[tuple[int, int, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT id, start_ms, end_ms FROM segments ORDER BY start_ms"
        ).fetchall()
    finally:
        conn.close()


def _project(tmp_path: Path, clip: Path, times: list[tuple[int, int]], name: str = "") -> Path:
    media = tmp_path / (name or clip.name)
    media.write_bytes(clip.read_bytes())
    speaker = Speaker("Anna Lee", slot=1, color="#e15759")
    segments = [
        Segment(a, b, "", f"Line {i}.", speaker="Anna Lee") for i, (a, b) in enumerate(times)
    ]
    path = tmp_path / "clip.review"
    Project.create(
        path, Transcript(segments=segments, speakers=[speaker]), media=str(media)
    ).close()
    return path


def _window(qtbot, tmp_path: Path, path: Path, lane: bool = True):  # type: ignore[no-untyped-def]
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set_flag("audio_lane", lane)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: window.is_started, timeout=10000)
    window.activateWindow()
    return window, settings


def _analysed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    lane = window.part(LaneFeature).lane
    # The waveform comes first ("Finding the speech…"), then the whole analysis.
    feature = window.part(LaneFeature)
    qtbot.waitUntil(
        lambda: lane.audio is not None and lane.audio.complete and feature.process is None,
        timeout=60000,
    )


def _columns_with(image: QImage, colour: QColor, rows: range) -> set[int]:
    want = colour.rgb() & 0xFFFFFF
    return {
        x
        for x in range(image.width())
        if sum((image.pixel(x, y) & 0xFFFFFF) == want for y in rows) >= 4
    }


def test_the_lane_paints_the_waveform_speech_and_blocks_where_they_are(
    qtbot, tmp_path: Path, speech_clip
) -> None:
    clip, spans = speech_clip
    # A segment over the first sentence only.
    path = _project(tmp_path, clip, [spans[0]])
    window, _settings = _window(qtbot, tmp_path, path)
    _analysed(qtbot, window)
    lane = window.part(LaneFeature).lane
    assert lane.message == ""
    assert cache_path(path).is_file()
    # The playhead at the first sentence's start: silence left of it, speech right.
    start = spans[0][0]
    window.playback.seek(start)
    qtbot.waitUntil(lambda: abs(lane.playhead - start) < 50, timeout=10000)
    image = lane.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    middle = lane.x_of(start)
    wave_rows = range(0, lane._wave_height())
    loud = _columns_with(image, WAVE, wave_rows)
    assert loud, "no waveform painted"
    assert min(loud) >= middle - 3  # nothing but the flat line over the silence before it
    assert len([x for x in loud if x > middle]) > (lane.width() - middle) * 0.5
    strip = range(lane._wave_height() + 2, lane._wave_height() + 7)
    want = SPEECH.rgb() & 0xFFFFFF
    speech_cols = [x for x in range(image.width()) if (image.pixel(x, strip[2]) & 0xFFFFFF) == want]
    assert speech_cols and abs(min(speech_cols) - middle) <= 100 / lane.ms_per_px + 2
    # The block's left edge in the speaker's colour at the segment's start.
    red = QColor("#e15759").rgb() & 0xFFFFFF
    edge = [x for x in range(image.width()) if (image.pixel(x, 20) & 0xFFFFFF) == red]
    assert edge and abs(min(edge) - middle) <= 2
    # The second sentence has no segment: its stretch of the strip is amber; the first's green.
    lane.set_playhead(spans[1][0])
    image = lane.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    amber = UNTRANSCRIBED.rgb() & 0xFFFFFF
    inside = [lane.x_of(spans[1][0] + 300), lane.x_of(min(spans[1][1], lane.view_start
                                                           + lane.span_ms) - 300)]  # fmt: skip
    assert all((image.pixel(int(x), strip[2]) & 0xFFFFFF) == amber for x in inside)
    covered = lane.x_of(spans[0][1] - 300)
    assert covered > 0 and (image.pixel(int(covered), strip[2]) & 0xFFFFFF) == want
    window.grab().save(str(tmp_path / "lane.png"))


def test_the_keys_make_snap_and_find_speech_and_the_file_has_it(
    qtbot, tmp_path: Path, speech_clip
) -> None:
    clip, spans = speech_clip
    # The first sentence's segment starts 400 ms early; the third sentence has no segment.
    times = [(spans[0][0] - 400, spans[0][1]), spans[1], *spans[3:]]
    path = _project(tmp_path, clip, times)
    window, _settings = _window(qtbot, tmp_path, path)
    _analysed(qtbot, window)
    # Ctrl+Shift+B on the first segment, the playhead at its start: the start snaps.
    window.select_row(0)
    qtbot.waitUntil(lambda: abs(window.playback.position() - times[0][0]) < 100, timeout=10000)
    QTest.keyClick(window.table, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _segments(path)[0][1] != times[0][0], timeout=5000)
    assert abs(_segments(path)[0][1] - spans[0][0]) <= 100
    # Ctrl+Shift+U: a new segment over the third sentence.
    QTest.keyClick(window.table, Qt.Key.Key_U, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(_segments(path)) == len(times) + 1, timeout=5000)
    new = _segments(path)[2]
    assert abs(new[1] - spans[2][0]) <= 100 and abs(new[2] - spans[2][1]) <= 250
    assert window.current_id() == new[0]
    # Alt+Shift+Right: the playhead to the next speech.
    window.playback.seek(spans[3][0] - 800)
    qtbot.waitUntil(lambda: abs(window.playback.position() - (spans[3][0] - 800)) < 100)
    QTest.keyClick(window.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: abs(window.playback.position() - spans[3][0]) <= 100, timeout=5000)
    # Ctrl+Z takes the new segment back, as any edit.
    QTest.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_segments(path)) == len(times), timeout=5000)


def test_dragging_an_edge_retimes_and_a_click_seeks(qtbot, tmp_path: Path, speech_clip) -> None:
    clip, spans = speech_clip
    path = _project(tmp_path, clip, [spans[0]])
    window, _settings = _window(qtbot, tmp_path, path)
    _analysed(qtbot, window)
    lane = window.part(LaneFeature).lane
    end = spans[0][1]
    window.playback.seek(end)
    qtbot.waitUntil(lambda: abs(lane.playhead - end) < 50, timeout=10000)
    lane.set_playhead(end)  # the view fixed where the test measured it
    x = round(lane.x_of(end))
    y = 20
    QTest.mousePress(lane, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    QTest.mouseMove(lane, QPoint(x + 40, y))
    QTest.mouseRelease(lane, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(x + 40, y))  # fmt: skip
    qtbot.waitUntil(lambda: _segments(path)[0][2] != end, timeout=5000)
    moved = _segments(path)[0][2]
    assert abs(moved - (end + 40 * lane.ms_per_px)) <= 2 * lane.ms_per_px
    assert lane.blocks[0][1] == moved  # the block follows the project
    window.trigger("undo")
    qtbot.waitUntil(lambda: _segments(path)[0][2] == end, timeout=5000)
    assert lane.blocks[0][1] == end
    # A new speaker's colour reaches the block; text edits leave the blocks alone.
    window.project.add_speaker("Wang Yi")
    window.project.set_speaker([_segments(path)[0][0]], "Wang Yi")
    colour = window.project.transcript.speaker("Wang Yi").color
    assert lane.blocks[0][3].name() == QColor(colour).name()
    # Alt+= and Alt+- zoom, and so does the wheel: the lane spans less, then more time.
    span = lane.span_ms
    QTest.keyClick(window.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.AltModifier)
    assert lane.span_ms < span
    QTest.keyClick(window.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.AltModifier)
    assert lane.span_ms > span
    wheel = QWheelEvent(QPointF(50, 20), QPointF(lane.mapToGlobal(QPoint(50, 20))), QPoint(),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(lane, wheel)
    assert lane.span_ms == span
    # A click away from any edge seeks there.
    target = lane.time_at(lane.width() - 10)
    QTest.mouseClick(lane, Qt.MouseButton.LeftButton, pos=QPoint(lane.width() - 10, y))
    qtbot.waitUntil(lambda: abs(window.playback.position() - target) <= 150, timeout=5000)


def test_a_hidden_lane_analyses_nothing_until_shown_and_is_remembered(
    qtbot, tmp_path: Path, speech_clip
) -> None:
    clip, spans = speech_clip
    path = _project(tmp_path, clip, [spans[0]])
    window, settings = _window(qtbot, tmp_path, path, lane=False)
    feature = window.part(LaneFeature)
    assert feature.lane.isHidden()
    qtbot.wait(300)  # nothing to await: the test is that no analysis starts
    assert feature.process is None and not cache_path(path).exists()
    QTest.keyClick(window.table, Qt.Key.Key_A, CTRL_SHIFT)
    assert not feature.lane.isHidden() and settings.flag("audio_lane", False) is True
    _analysed(qtbot, window)
    assert cache_path(path).is_file()
    QTest.keyClick(window.table, Qt.Key.Key_A, CTRL_SHIFT)
    assert feature.lane.isHidden() and settings.flag("audio_lane", True) is False


def test_a_missing_media_says_so_in_the_lane_and_nothing_else_changes(
    qtbot, tmp_path: Path, speech_clip
) -> None:
    clip, spans = speech_clip
    # A name of its own: the window looks for a moved video by name and size nearby.
    path = _project(tmp_path, clip, [spans[0]], name="gone-for-good.mp4")
    (tmp_path / "gone-for-good.mp4").unlink()
    window, _settings = _window(qtbot, tmp_path, path)
    lane = window.part(LaneFeature).lane
    assert lane.audio is None and "missing" in lane.message
    assert window.project is not None and len(window.project.transcript.segments) == 1
    QTest.keyClick(window.table, Qt.Key.Key_U, CTRL_SHIFT)
    assert len(_segments(path)) == 1
    window.part(LaneFeature).snap()
    assert "No speech map: The media is missing" in window.statusBar().currentMessage()
    assert len(_segments(path)) == 1
