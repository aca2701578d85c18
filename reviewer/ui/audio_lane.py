"""The audio lane under the video: the clip's waveform around the playhead, the speech the
detector found, the segments as blocks in their speakers' colours, and the playhead.

A click seeks; dragging a block's edge retimes the segment (one undoable operation, as the
timing keys make); the wheel or Alt+= / Alt+- zoom. Keys: Ctrl+Shift+A shows or hides the lane
(remembered), Ctrl+Shift+U makes a segment over the next untranscribed speech, Ctrl+Shift+B
snaps the current segment's boundary nearest the playhead to the nearest speech onset or
offset, Alt+Shift+Right / Left go to the next / previous speech.

The sound is analysed in a child process (``python -m reviewer.audio.analysis``), only while
the lane is shown, with its progress in the lane; the result is cached beside the project
(reviewer.audio.cache), so the next open reads it at once. A missing or unreadable media shows
why in the lane and changes nothing else. Painting while playing blits a waveform image made
for three widths around the view; only the blocks and the playhead are drawn each time.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QProcess, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from reviewer.core.lazy import lazy
from reviewer.core.speech import SpeechMap
from reviewer.core.timecode import format_timecode
from reviewer.store.notices import NoticeKind
from reviewer.text.checks import UNTRANSCRIBED_MS
from reviewer.ui.action_spec import ActionSpec
from reviewer.ui.i18n import tr

if TYPE_CHECKING:
    import reviewer.store.glossary as store_glossary
    from reviewer.audio.cache import AudioMap
    from reviewer.core.models import Segment
    from reviewer.store import Notice, Project
    from reviewer.ui.window_api import Window
else:
    store_glossary = lazy("reviewer.store.glossary")  # reviewer.core.lazy.COMMANDS

ZOOMS_MS = (2_000, 4_000, 8_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000)
DEFAULT_ZOOM = 2  # 8 s across the lane
TICKS_MS = (1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 120_000)
EDGE_PX = 5  # how near a block's edge a press takes the edge
SETTING = "audio_lane"
MIN_SEGMENT_MS = 100
WAVE = QColor("#5b8fd6")
SPEECH = QColor("#3cb371")
UNTRANSCRIBED = QColor("#f0a030")
BACKGROUND = QColor("#1e1f22")
PLAYHEAD = QColor("#ff5555")
_NO_SPEAKER = QColor("#aaaaaa")
# The fields of a segment the lane draws: a change to any other (text, status) is not its.
_NOT_BLOCKS = frozenset({NoticeKind.META, NoticeKind.GLOSSARY, NoticeKind.SAVING})
_BLOCK_FIELDS = frozenset({"start_ms", "end_ms", "speaker_id", "speaker"})


def wave_image(
    audio: AudioMap, start_ms: float, ms_per_px: float, width: int, height: int
) -> QImage:
    """Return the waveform of ``width`` pixels from ``start_ms``, ``ms_per_px`` a pixel."""
    import numpy as np

    # The coarsest level with at least a bucket a pixel.
    level = 0
    while level + 1 < len(audio.peaks) and audio.bucket_ms * 4 ** (level + 1) <= ms_per_px:
        level += 1
    peaks = audio.peaks[level]
    bucket = audio.bucket_ms * 4**level
    raw = np.floor((start_ms + np.arange(width + 1) * ms_per_px) / bucket).astype(np.int64)
    edges = np.clip(raw, 0, len(peaks))
    lo = np.zeros(width, np.int16)
    hi = np.zeros(width, np.int16)
    has = edges[1:] > edges[:-1]
    if len(peaks) and has.any():
        starts = edges[:-1][has]
        lo[has] = np.minimum.reduceat(peaks[:, 0], np.minimum(starts, len(peaks) - 1))
        hi[has] = np.maximum.reduceat(peaks[:, 1], np.minimum(starts, len(peaks) - 1))
        # reduceat runs to the next start: the last column's run ends at its own edge.
        last = int(np.flatnonzero(has)[-1])
        end = int(edges[last + 1])
        lo[last] = peaks[int(edges[last]) : end, 0].min()
        hi[last] = peaks[int(edges[last]) : end, 1].max()
    # Columns with no bucket of their own (zoomed in past 10 ms a pixel) take the one they're in.
    inside = (~has) & (raw[:-1] >= 0) & (raw[:-1] < len(peaks))  # not before 0 nor after the end
    if inside.any():
        at = edges[:-1][inside]
        lo[inside] = peaks[at, 0]
        hi[inside] = peaks[at, 1]
    middle = (height - 1) / 2
    top = np.floor(middle - hi.astype(np.float32) / 127 * middle).astype(np.int32)
    bottom = np.ceil(middle - lo.astype(np.float32) / 127 * middle).astype(np.int32)
    ys = np.arange(height)[:, None]
    times = start_ms + np.arange(width + 1) * ms_per_px
    sound = (times[1:] > 0) & (times[:-1] < audio.duration_ms)  # columns within the clip
    mask = (ys >= top[None, :]) & (ys <= bottom[None, :]) & sound[None, :]
    pixels = np.where(mask, np.uint32(WAVE.rgba()), np.uint32(0))  # clear: blocks show
    pixels = np.ascontiguousarray(pixels.astype(np.uint32))
    image = QImage(pixels.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy()  # owns its pixels: the array goes


class AudioLane(QWidget):
    """The lane: set_audio, set_segments and set_playhead feed it; it asks for seeks and
    retimes through its signals."""

    seek_requested = Signal(int)  # ms
    retime_requested = Signal(int, int, int)  # segment id, start ms, end ms
    became_visible = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audioLane")
        self.setMinimumHeight(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the list and editor
        self.audio: AudioMap | None = None
        self.message = ""  # shown instead of the waveform: no media, analysing 40 %...
        self.playhead = 0
        self.zoom = DEFAULT_ZOOM
        self.current_id: int | None = None
        self._segments: list[tuple[int, int, int, QColor]] = []  # start, end, id, colour
        self._starts: list[int] = []
        self._image: QImage | None = None
        self._image_key: tuple[Any, ...] = ()
        self._image_start = 0.0
        self._drag: tuple[int, str, int, int] | None = None  # id, "start"/"end", start, end
        self._drag_at = 0

    def sizeHint(self) -> QSize:
        return QSize(480, 96)

    # -- what it shows --------------------------------------------------------------------

    @property
    def span_ms(self) -> int:
        return ZOOMS_MS[self.zoom]

    @property
    def ms_per_px(self) -> float:
        return self.span_ms / max(1, self.width())

    @property
    def view_start(self) -> float:
        """The time at the lane's left edge (the playhead in the middle)."""
        return self.playhead - self.span_ms / 2

    def time_at(self, x: float) -> int:
        return max(0, round(self.view_start + x * self.ms_per_px))

    def x_of(self, ms: float) -> float:
        return (ms - self.view_start) / self.ms_per_px

    def set_audio(self, audio: AudioMap | None, message: str = "") -> None:
        self.audio, self.message = audio, message
        self._image = None
        self.update()

    def set_message(self, message: str) -> None:
        self.message = message
        self.update()

    @property
    def blocks(self) -> list[tuple[int, int, int, QColor]]:
        """The segments as drawn: start, end, id and colour, in the project's order."""
        return self._segments

    def set_segments(self, segments: list[tuple[int, int, int, QColor]]) -> None:
        self._segments = segments
        self._starts = [s[0] for s in segments]
        self.update()

    def set_current(self, segment_id: int | None) -> None:
        if segment_id != self.current_id:
            self.current_id = segment_id
            self.update()

    def set_playhead(self, ms: int) -> None:
        if ms != self.playhead and self._drag is None:
            self.playhead = ms
            self.update()

    def set_zoom(self, zoom: int) -> None:
        zoom = max(0, min(len(ZOOMS_MS) - 1, zoom))
        if zoom != self.zoom:
            self.zoom = zoom
            self._image = None
            self.update()

    @property
    def speech(self) -> SpeechMap:
        return self.audio.speech if self.audio is not None else SpeechMap()

    # -- painting -------------------------------------------------------------------------

    def _wave_height(self) -> int:
        return max(8, self.height() - 24)

    def _ensure_image(self) -> None:
        """Make the waveform image for three widths around the view when the view has left
        the one made, or the size or zoom changed."""
        if self.audio is None:
            return
        width, height = self.width(), self._wave_height()
        key = (width, height, self.zoom, id(self.audio))
        offset = (self.view_start - self._image_start) / self.ms_per_px
        if self._image is not None and key == self._image_key and 0 <= offset <= 2 * width:
            return
        self._image_start = self.view_start - width * self.ms_per_px
        self._image = wave_image(self.audio, self._image_start, self.ms_per_px, 3 * width, height)
        self._image_key = key

    def _visible_blocks(self, end: float) -> list[tuple[QRectF, int, QColor]]:
        wave_h = self._wave_height()
        first = max(0, bisect.bisect_right(self._starts, self.view_start - 600_000) - 1)
        blocks = []
        for start, stop, sid, colour in self._segments[first:]:
            if start > end:
                break
            if self._drag is not None and self._drag[0] == sid:
                start, stop = self._drag[2], self._drag[3]
            if stop < self.view_start:
                continue
            x0, x1 = self.x_of(start), self.x_of(stop)
            blocks.append((QRectF(x0, 1, max(1.0, x1 - x0), wave_h - 2), sid, colour))
        return blocks

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        width, wave_h = self.width(), self._wave_height()
        end = self.view_start + width * self.ms_per_px
        blocks = self._visible_blocks(end)
        # The segments under the waveform, their edges over it.
        for block, _sid, colour in blocks:
            fill = QColor(colour)
            fill.setAlpha(60)
            painter.fillRect(block, fill)
        if self.audio is not None:
            self._ensure_image()
            assert self._image is not None
            offset = (self.view_start - self._image_start) / self.ms_per_px
            painter.drawImage(QPointF(-offset, 0), self._image)
        for block, sid, colour in blocks:
            current = sid == self.current_id
            pen = QPen(colour)
            pen.setWidth(3 if current else 1)
            painter.setPen(pen)
            painter.drawRect(block)
            if block.width() > 24:
                painter.setPen(QColor("#ffffff" if current else "#cccccc"))
                painter.drawText(QPointF(max(block.left(), 0) + 4, 13), f"#{sid}")
        # The speech, a strip under the waveform: amber where it has no segment (more than a
        # second of it: what the untranscribed check reports).
        strip = QRectF(0, wave_h + 2, 0, 5)
        shown = self.speech.within(int(self.view_start) - UNTRANSCRIBED_MS, int(end) + 1)
        for span in shown:
            x0, x1 = self.x_of(span.start_ms), self.x_of(span.end_ms)
            painter.fillRect(strip.adjusted(x0, 0, x1, 0), SPEECH)
        if shown:
            first_block = max(0, bisect.bisect_right(self._starts, self.view_start - 600_000) - 1)
            visible = SpeechMap((s.start_ms, s.end_ms) for s in shown)
            covered = ((a, b) for a, b, _sid, _c in self._segments[first_block:] if a <= end)
            for span in visible.uncovered(covered, UNTRANSCRIBED_MS):
                x0, x1 = self.x_of(span.start_ms), self.x_of(span.end_ms)
                painter.fillRect(strip.adjusted(x0, 0, x1, 0), UNTRANSCRIBED)
        self._paint_ticks(painter, end)
        if self.message:
            painter.setPen(QColor("#dddddd"))
            painter.drawText(
                self.rect().adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.message,
            )
        x = self.x_of(self.playhead)
        painter.setPen(QPen(PLAYHEAD, 2))
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.end()

    def _paint_ticks(self, painter: QPainter, end: float) -> None:
        """A mark and a time every so many seconds (about six across the lane)."""
        step = next((t for t in TICKS_MS if self.span_ms / t <= 8), TICKS_MS[-1])
        painter.setPen(QColor("#9a9a9a"))
        font = painter.font()
        font.setPixelSize(10)
        painter.setFont(font)
        bottom = self.height() - 1
        tick = (max(0, int(self.view_start)) // step) * step
        while tick <= end:
            x = self.x_of(tick)
            if x >= 0:
                painter.drawLine(QPointF(x, bottom - 14), QPointF(x, bottom - 8))
                painter.drawText(QPointF(x + 3, bottom - 1), format_timecode(tick, millis=False))
            tick += step

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.became_visible.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._image = None
        super().resizeEvent(event)

    # -- the mouse ------------------------------------------------------------------------

    def _edge_at(self, x: float) -> tuple[int, str, int, int] | None:
        """Return the block edge under ``x`` (segment id, which edge, its times), if any."""
        best: tuple[float, tuple[int, str, int, int]] | None = None
        for start, stop, sid, _colour in self._segments:
            for which, ms in (("start", start), ("end", stop)):
                near = abs(self.x_of(ms) - x)
                if near <= EDGE_PX and (best is None or near < best[0]):
                    best = (near, (sid, which, start, stop))
        return best[1] if best else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        edge = self._edge_at(x)
        if edge is not None:
            self._drag = edge
            self._drag_at = int(x)
        else:
            self.seek_requested.emit(self.time_at(x))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is None:
            edge = self._edge_at(x)
            shape = Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)
            return
        sid, which, start, stop = self._drag
        ms = self.time_at(x)
        if which == "start":
            start = min(ms, stop - MIN_SEGMENT_MS)
        else:
            stop = max(ms, start + MIN_SEGMENT_MS)
        self._drag = (sid, which, max(0, start), stop)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        sid, _which, start, stop = self._drag
        self._drag = None
        moved = abs(int(event.position().x()) - self._drag_at) > 1
        if moved:
            self.retime_requested.emit(sid, start, stop)
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y()
        if steps:
            self.set_zoom(self.zoom + (-1 if steps > 0 else 1))
        event.accept()


class LaneFeature:
    """The lane in the window: its project, its analysis, its keys."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self.lane = AudioLane()
        self.project: Project | None = None
        self.process: QProcess | None = None
        self._pending_media: str | None = None  # analysed when the lane is next shown
        self._segments_stale = False  # blocks changed while the lane was hidden
        self._colours: dict[str, QColor] = {}
        self.lane.seek_requested.connect(self._seek)
        self.lane.retime_requested.connect(self._retime)
        self.lane.became_visible.connect(self._now_visible)

    # -- the project ----------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        self._stop()
        self.project = project
        self._pending_media = None
        self.lane.set_audio(None)
        if project is None:
            self.lane.set_segments([])
            return
        signals = self.window.project_signals
        if signals is not None:  # disconnected with the project when it closes
            signals.notice.connect(self._on_notice)
        self._refresh_segments()
        self._load_audio()

    def _on_notice(self, notice: Notice) -> None:
        """Keep the blocks as the project: text edits change nothing here; times and speakers
        of a few rows are changed in place; anything else (rows in or out, new order, the
        speakers' colours) is read again, at once if the lane is shown, else when it is."""
        if notice.kind == NoticeKind.MEDIA:  # relinked, or another track: another sound
            self._stop()
            self.lane.set_audio(None)
            if self.project is not None:  # the speech checks wait for the new sound's speech
                store_glossary.set_speech(self.project, None)
            self._load_audio()
            return
        if notice.kind in _NOT_BLOCKS or (
            notice.kind == NoticeKind.SEGMENTS and not notice.fields & _BLOCK_FIELDS
        ):
            return
        if self.lane.isHidden():
            self._segments_stale = True
        elif notice.kind == NoticeKind.SEGMENTS and 0 <= notice.first <= notice.last:
            self._refresh_rows(notice.first, notice.last)
        else:
            self._refresh_segments()

    def _block(self, segment: Segment) -> tuple[int, int, int, QColor]:
        colour = self._colours.get(segment.speaker or "", _NO_SPEAKER)
        return (segment.start_ms, segment.end_ms, segment.id or 0, colour)

    def _refresh_rows(self, first: int, last: int) -> None:
        project = self.project
        blocks = self.lane.blocks
        if project is None or last >= len(blocks):
            self._refresh_segments()
            return
        segments = project.transcript.segments
        for row in range(first, last + 1):
            blocks[row] = self._block(segments[row])
        self.lane.set_segments(blocks)

    def _refresh_segments(self) -> None:
        project = self.project
        self._segments_stale = False
        if project is None:
            return
        self._colours = {s.name: QColor(s.color or "#888888") for s in project.transcript.speakers}
        self.lane.set_segments([self._block(s) for s in project.transcript.segments])

    def _load_audio(self) -> None:
        """Read the cache (at once, shown or not: the checks use it); analyse only while the
        lane is shown."""
        project = self.project
        if project is None:
            return
        media = project.media_path
        if media is None:
            self.lane.set_audio(None, tr("No media: the project has no video to hear"))
            return
        if not media.is_file():
            self.lane.set_audio(None, tr("The media is missing: {file}").format(file=media))
            return
        from reviewer.audio import cache_path

        if cache_path(project.path).is_file():  # only then numpy is imported (~50 ms)
            try:
                from reviewer.audio import cache

                found = cache.read(cache_path(project.path), media, track=project.audio_track)
            except ImportError as exc:  # a broken install: said in the lane, not a traceback
                self.lane.set_audio(
                    None, tr("The sound cannot be analysed here ({error})").format(error=exc)
                )
                return
            if found is not None:
                self._use(found)
                return
        self._pending_media = str(media)
        self.lane.set_audio(None, tr("The sound is analysed when the lane is shown"))
        if self.lane.isVisible():
            self.analyse()

    def _now_visible(self) -> None:
        if self._segments_stale:
            self._refresh_segments()
        self.analyse()

    def analyse(self) -> None:
        """Start the analysis in a child process (once; nothing if it is cached or running)."""
        project, media = self.project, self._pending_media
        if project is None or media is None or self.process is not None:
            return
        from reviewer.audio import cache_path, child_command

        command = child_command(media, cache_path(project.path), project.audio_track)
        process = QProcess(self.lane)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read_progress)
        process.finished.connect(lambda code, _status, p=process: self._finished(p, code))
        process.errorOccurred.connect(lambda _e, p=process: self._failed(p))
        self.process = process
        self._last_line = ""
        self.lane.set_message(tr("Analysing the sound… {percent}%").format(percent=0))
        process.start()

    def _read_progress(self) -> None:
        process = self.process
        if process is None:
            return
        text = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.startswith("progress "):
                try:
                    done = float(line.split()[1])
                except ValueError:
                    continue
                if self.lane.audio is None:
                    self.lane.set_message(
                        tr("Analysing the sound… {percent}%").format(percent=f"{done * 100:.0f}")
                    )
            elif line.strip() == "peaks":
                self._show_peaks()
            elif line.strip():
                self._last_line = line

    def _show_peaks(self) -> None:
        """The waveform is in the cache: show it while the speech is still being found."""
        from reviewer.audio import cache

        project = self.project
        media = project.media_path if project is not None else None
        if project is None or media is None:
            return
        track = project.audio_track
        found = cache.read(cache.cache_path(project.path), media, partial=True, track=track)
        if found is not None and not found.complete:  # complete already: _finished shows it
            self.lane.set_audio(found, tr("Finding the speech…"))

    def _finished(self, process: QProcess, code: int) -> None:
        if process is not self.process:
            return
        self._read_progress()
        self.process = None
        process.deleteLater()
        project = self.project
        if project is None:
            return
        if code != 0:
            why = self._last_line.removeprefix("error ").strip() or tr("exit status {code}").format(
                code=code
            )
            self._pending_media = None
            self.lane.set_audio(None, tr("The sound could not be analysed: {why}").format(why=why))
            return
        from reviewer.audio import cache

        media = project.media_path
        found = (
            cache.read(cache.cache_path(project.path), media, track=project.audio_track)
            if media
            else None
        )
        if found is None:
            self.lane.set_audio(None, tr("The sound could not be analysed: no cache was written"))
            return
        self._pending_media = None
        self._use(found)

    def _failed(self, process: QProcess) -> None:
        if process is self.process and process.error() == QProcess.ProcessError.FailedToStart:
            self.process = None
            self.lane.set_audio(
                None, tr("The sound could not be analysed: the helper did not start")
            )

    def _stop(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.kill()
            process.waitForFinished(2000)
            process.deleteLater()

    def _use(self, found: AudioMap) -> None:
        self.lane.set_audio(found)
        if self.project is not None:
            store_glossary.set_speech(self.project, found.speech)
            self._recheck()

    def _recheck(self) -> None:
        """The speech checks can run now: the Problems panel and column check again."""
        from reviewer.ui.problems_panel import ProblemsPanel

        panel = self.window.part(ProblemsPanel)
        if panel is not None:
            panel.refresh()
        self.window.table.viewport().update()

    # -- the window's side ----------------------------------------------------------------

    def _seek(self, ms: int) -> None:
        self.lane.set_playhead(ms)
        self.window.playback.seek(ms)

    def _retime(self, segment_id: int, start: int, end: int) -> None:
        self.window.edit(lambda p: p.retime(segment_id, start, end))

    def shown(self, on: bool) -> None:
        self.lane.setVisible(on)
        self.window.settings.set_flag(SETTING, on)
        if on:
            self.analyse()

    def next_speech(self, forward: bool) -> None:
        at = self.window.playback.position()
        speech = self.lane.speech
        span = speech.next_span(at + 1) if forward else speech.previous_span(at - 200)
        if span is not None:
            self._seek(span.start_ms)

    def snap(self) -> None:
        """Move the current segment's boundary nearest the playhead to the nearest speech
        onset (a start) or offset (an end)."""
        project, sid = self.project, self.window.current_id()
        if project is None or sid is None or not len(self.lane.speech):
            self._no_speech_map()
            return
        segment = project.segment(sid)
        at = self.window.playback.position()
        speech = self.lane.speech
        if abs(at - segment.start_ms) <= abs(at - segment.end_ms):
            onset = speech.nearest_onset(segment.start_ms)
            if onset is None or onset >= segment.end_ms - MIN_SEGMENT_MS:
                return
            self.window.edit(lambda p: p.retime(sid, onset, segment.end_ms))
        else:
            offset = speech.nearest_offset(segment.end_ms)
            if offset is None or offset <= segment.start_ms + MIN_SEGMENT_MS:
                return
            self.window.edit(lambda p: p.retime(sid, segment.start_ms, offset))

    def segment_for_untranscribed(self) -> None:
        """Make a segment over the next speech with none (after the playhead, else the first)."""
        project = self.project
        if project is None or not len(self.lane.speech):
            self._no_speech_map()
            return
        segments = project.transcript.segments
        missing = self.lane.speech.uncovered(
            ((s.start_ms, s.end_ms) for s in segments), UNTRANSCRIBED_MS
        )
        if not missing:
            self._say(tr("Every stretch of speech has a segment"))
            return
        at = self.window.playback.position()
        span = next((m for m in missing if m.start_ms >= at), missing[0])
        new_id = self.window.edit(lambda p: p.insert(span.start_ms, span.end_ms))
        if isinstance(new_id, int):
            self.window.select_id(new_id)
            self._say(
                tr("New segment over the speech at {time}").format(
                    time=format_timecode(span.start_ms)
                )
            )

    def zoom(self, step: int) -> None:
        self.lane.set_zoom(self.lane.zoom + step)

    def _no_speech_map(self) -> None:
        if self.lane.audio is not None and not self.lane.audio.complete:
            self._say(tr("Still finding the speech: a moment"))
        elif self.lane.audio is not None:
            self._say(tr("The detector found no speech in this clip"))
        elif self.lane.isHidden():
            self._say(tr("No speech map yet: show the audio lane (Ctrl+Shift+A)"))
        else:
            self._say(tr("No speech map: {why}").format(why=self.lane.message))

    def _say(self, text: str) -> None:
        self.window.show_message(text, 6000)


def install(window: Window) -> None:
    feature = LaneFeature(window)
    window.add_part(feature)
    window.place_under_video(feature.lane)
    on = window.settings.flag(SETTING, True)
    feature.lane.setVisible(on)
    toggle = window.add_action(
        ActionSpec(
            "audio_lane",
            "Audio lane",
            "View",
            ("Ctrl+Shift+A",),
            tip="Show or hide the waveform, speech and segments under the video",
            checkable=True,
        ),
        lambda: None,
    )
    toggle.setChecked(on)
    toggle.toggled.connect(feature.shown)
    specs: list[tuple[ActionSpec, Any]] = [
        (
            ActionSpec(
                "untranscribed_segment",
                "New segment over untranscribed speech",
                "Edit",
                ("Ctrl+Shift+U",),
                tip="Make a segment over the next speech that has none",
            ),
            feature.segment_for_untranscribed,
        ),
        (
            ActionSpec(
                "snap_to_speech",
                "Snap boundary to speech",
                "Edit",
                ("Ctrl+Shift+B",),
                tip="Move the boundary nearest the playhead to the nearest speech onset or offset",
            ),
            feature.snap,
        ),
        (
            ActionSpec("next_speech", "Next speech", "Playback", ("Alt+Shift+Right",)),
            lambda: feature.next_speech(True),
        ),
        (
            ActionSpec("previous_speech", "Previous speech", "Playback", ("Alt+Shift+Left",)),
            lambda: feature.next_speech(False),
        ),
        (
            ActionSpec("lane_zoom_in", "Zoom the audio lane in", "View", ("Alt+=",)),
            lambda: feature.zoom(-1),
        ),
        (
            ActionSpec("lane_zoom_out", "Zoom the audio lane out", "View", ("Alt+-",)),
            lambda: feature.zoom(1),
        ),
    ]
    for spec, handler in specs:
        window.add_action(spec, handler)
    window.playback.position_changed.connect(feature.lane.set_playhead)
    window.current_segment_changed.connect(feature.lane.set_current)
    window.project_opened.connect(feature.set_project)
    window.project_closing.connect(lambda _p: feature.set_project(None))
