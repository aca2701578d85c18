"""The video's frame table: when every frame is presented, and where its keyframes are.

libvlc 3 cannot show, paused, the exact frame asked for on files whose frames are decoded before
they are presented (B-frames) nor seek a transport stream to a frame (docs/playback.md). Reviewer
draws that picture itself (reviewer.player.exact_frame) and needs to know which frame holds a
time: the table is read from the file's packets with PyAV (libavformat), without decoding, so it
is exact on variable frame rate files too. A 24 s file takes a few ms; an hour of 25 fps video
(90,000 packets) about a second, on a background thread (see FrameTableLoader).

No Qt and no libvlc here.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path


class FrameTableError(Exception):
    """The file has no video stream PyAV can read; the message names the file."""


@dataclass(frozen=True)
class FrameTable:
    """Every frame of a video stream in presentation order.

    Times are milliseconds from the start of the media as libvlc counts it (libavformat's
    start_time, the earliest stream's first timestamp), so a frame's start here is the playhead
    at which libvlc presents it.
    """

    path: str
    stream_index: int
    time_base: Fraction
    origin_pts: int  # the stream timestamp of media time 0
    pts: tuple[int, ...]  # each frame's presentation timestamp, ascending
    keyframes: tuple[int, ...]  # indexes (into pts) of the keyframes, ascending
    last_duration: int  # the last frame's duration, in time_base units
    reordered: bool  # frames decoded in another order than presented (B-frames)

    def __len__(self) -> int:
        return len(self.pts)

    def start_ms(self, index: int) -> float:
        """Return when frame `index` starts (ms of media time)."""
        return float((self.pts[index] - self.origin_pts) * self.time_base * 1000)

    def end_ms(self) -> float:
        """Return when the last frame ends."""
        last = self.pts[-1] + self.last_duration
        return float((last - self.origin_pts) * self.time_base * 1000)

    def frame_at(self, ms: float) -> int:
        """Return the index of the frame whose span holds `ms` (0 before the first frame, the last
        one after the end)."""
        if not self.pts:
            raise IndexError("no frames")
        # The frame starting at or before ms: compare in exact stream units, no float rounding.
        index = bisect.bisect_right(self.pts, self._pts_floor(ms)) - 1
        return max(0, index)

    def _pts_floor(self, ms: float) -> int:
        # ms arrive as ints (the playhead) or floats; Fraction keeps 1001/30000 rates exact.
        return self.origin_pts + int(
            (Fraction(ms).limit_denominator(10**6) / 1000) // self.time_base
        )

    def keyframe_before(self, index: int) -> int:
        """Return the index of the keyframe at or before frame `index` (0 when none is)."""
        at = bisect.bisect_right(self.keyframes, index) - 1
        return self.keyframes[at] if at >= 0 else 0


def read_frame_table(path: str | Path) -> FrameTable:
    """Return the frame table of the first video stream of `path`.

    Raises FrameTableError (naming the file) when it cannot be read or has no video.
    """
    import av  # PyAV: libavformat's demuxer, in its wheels

    name = str(path)
    try:
        container = av.open(name)
    except (OSError, av.FFmpegError) as exc:
        raise FrameTableError(f"{name}: cannot read its packets ({exc})") from exc
    try:
        if not container.streams.video:
            raise FrameTableError(f"{name}: no video stream")
        stream = container.streams.video[0]
        rows: list[tuple[int, bool]] = []
        reordered = False
        last_pts: int | None = None
        last_duration = 0
        try:
            for packet in container.demux(stream):
                if packet.size == 0 or packet.pts is None:
                    continue  # a flush packet, or one the demuxer could not time
                if last_pts is not None and packet.pts < last_pts:
                    reordered = True
                last_pts = packet.pts
                rows.append((packet.pts, bool(packet.is_keyframe)))
                if packet.duration:
                    last_duration = packet.duration
        except av.FFmpegError:
            pass  # a damaged tail: the frames read so far stand
        if not rows:
            raise FrameTableError(f"{name}: no video frames")
        rows.sort()
        # A frame repeated by a damaged file (same pts twice) would make two spans of one.
        pts: list[int] = []
        keyframes: list[int] = []
        for value, key in rows:
            if pts and pts[-1] == value:
                if key and (not keyframes or keyframes[-1] != len(pts) - 1):
                    keyframes.append(len(pts) - 1)
                continue
            if key:
                keyframes.append(len(pts))
            pts.append(value)
        time_base = Fraction(stream.time_base or Fraction(1, 90000))
        if container.start_time is not None:
            origin = int(Fraction(container.start_time, 1_000_000) / time_base)
        else:
            origin = pts[0]
        if not last_duration:
            last_duration = pts[-1] - pts[-2] if len(pts) > 1 else int(Fraction(1, 25) / time_base)
        table = FrameTable(
            path=name,
            stream_index=stream.index,
            time_base=time_base,
            origin_pts=min(origin, pts[0]),
            pts=tuple(pts),
            keyframes=tuple(keyframes or [0]),
            last_duration=last_duration,
            reordered=reordered,
        )
        return table
    finally:
        container.close()


class FrameTableLoader:
    """Reads a frame table on a background thread and hands it to `done` (from that thread).

    `done(table_or_None, message)`: the table, or None and what went wrong. cancel() makes a
    late result be dropped (a newer file was loaded)."""

    def __init__(self, path: str, done: Callable[[FrameTable | None, str], None]) -> None:
        self._done = done
        self._cancelled = False
        self._thread = threading.Thread(
            target=self._run, args=(path,), name="frame-table", daemon=True
        )
        self._thread.start()

    def _run(self, path: str) -> None:
        try:
            table: FrameTable | None = read_frame_table(path)
            message = ""
        except FrameTableError as exc:
            table, message = None, str(exc)
        except Exception as exc:  # a bad file must never take the player down
            table, message = None, f"{path}: cannot read its packets ({exc})"
        if not self._cancelled:
            self._done(table, message)

    def cancel(self) -> None:
        self._cancelled = True

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)
