"""The exact picture for a time: decoded with PyAV on a worker thread, newest request first.

libvlc 3, paused after a seek, shows the first picture past the seek's preroll; with B-frames
that is up to three frames early, and in an MPEG transport stream a paused seek lands near, not
on, its frame (docs/playback.md). ExactFrames decodes from the keyframe before the frame whose
span holds the time (reviewer.player.packets.FrameTable names it) to that frame, and hands its
picture as RGB to `deliver` on the worker thread. A newer request replaces one not yet started
and stops one under way at its next packet.

What keeps a move cheap:
  - the decoder stays open where it stopped: a request further on in the same group of pictures
    (a frame step forward, a move a second on) goes on decoding from there, no seek;
  - the last CACHE_FRAMES decoded frames are kept: a step back, or a move back to a frame just
    shown, needs no decoding at all;
  - frames nobody refers to (B-frames) before the last few are not decoded (skip_frame NONREF);
  - the decoder runs on the machine's cores (thread_type AUTO);
  - prefetch(ms) decodes a frame the editor is likely to ask for next (the next segment's start)
    while nothing else is asked, and keeps it apart from the cache (KEPT_AHEAD): at 1080p from a
    10-s GOP that decoding is the move's 0.1-0.5 s; prefetched, the move's picture is at once.

No Qt and no libvlc here.
"""

from __future__ import annotations

import bisect
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from reviewer.player.base import Picture
from reviewer.player.packets import FrameTable

CACHE_FRAMES = 24  # decoded frames kept (1080p 4:2:0: 3 MB each)
DECODE_WINDOW = 6  # frames before the target decoded in full (the rest: references only)
MEASURED_FRAMES = 10  # the cost of a frame is measured on decodes of this many frames or more
KEPT_AHEAD = 2  # prefetched frames kept (a decode through a long GOP would push them out)


class ExactFrames:
    """Decodes the frame whose span holds a time, on its own thread; newest request wins.

    `deliver(picture)` is called on the worker thread for each request that was not replaced
    before its picture was ready. close() stops the thread and closes the file.
    """

    def __init__(
        self,
        table: FrameTable,
        deliver: Callable[[Picture], None],
        threads: bool = True,
    ) -> None:
        self.table = table
        self.deliver = deliver  # may be changed (VlcPlayer.trade_exact); called on the worker
        self._threads = threads
        self._lock = threading.Condition()
        self._wanted: tuple[int, int] | None = None  # (request number, ms)
        self._ahead: int | None = None  # a time to decode ahead when nothing else is wanted
        self._kept: OrderedDict[int, Any] = OrderedDict()  # frame index -> prefetched frame
        self._serial = 0
        self._closed = False
        self._container: Any = None
        self._stream: Any = None
        self._cache: OrderedDict[int, Any] = OrderedDict()  # frame index -> av.VideoFrame
        self._sent: set[int] = set()  # pts sent to the decoder since the last seek
        self._out_pts = -(2**62)  # pts of the last frame the decoder gave since the last seek
        self._packets: Any = None  # the demuxer's packet iterator, where it stopped
        self.last_error = ""
        # Milliseconds a frame cost the last decodes of MEASURED_FRAMES or more (a moving
        # average): what decoding costs on this file and machine (VlcPlayer guesses from it
        # when libvlc's own paused seek is drawn). Until such a decode, the first decode's
        # figure, however few frames it fed: too high (the seek's fixed cost spread over few
        # frames), which only makes the guess cautious; None (the guess at its longest, which
        # held the picture at the first plays of a short-GOP file for 150 ms) only before any.
        self.frame_cost_ms: float | None = None
        self._cost_measured = False  # frame_cost_ms from a decode of MEASURED_FRAMES or more
        self._fed = 0  # packets given to the decoder for the request under way
        self._thread = threading.Thread(target=self._run, name="exact-frame", daemon=True)
        self._thread.start()

    # -- any thread ----------------------------------------------------------------------------

    def request(self, ms: int) -> int:
        """Ask for the picture at `ms`; return the request's number (Picture.request)."""
        with self._lock:
            self._serial += 1
            self._wanted = (self._serial, int(ms))
            self._ahead = None  # asked for again when it is quiet again
            self._lock.notify()
            return self._serial

    def prefetch(self, ms: int) -> None:
        """Decode the frame at `ms` ahead of a request, delivering nothing, when no request is
        waiting; a request or cancel() (before or during it) stops it. The caller asks when the
        machine is quiet: decoded beside libvlc's own seek, both took longer."""
        with self._lock:
            self._ahead = int(ms)
            self._lock.notify()

    def prefetched(self, ms: int) -> bool:
        """True when the frame at `ms` is decoded and kept (for tests and the benchmark)."""
        index = self.table.frame_at(ms)
        with self._lock:
            return index in self._kept or index in self._cache

    def learn_cost(self, other: ExactFrames) -> None:
        """Take ``other``'s frame_cost_ms (a decoder of the same file) when it knows better: a
        measured figure over a rough or no figure. A cued player's decoder is handed the
        pictures it would show and decodes little itself."""
        if other.frame_cost_ms is not None and (other._cost_measured or self.frame_cost_ms is None):
            self.frame_cost_ms, self._cost_measured = other.frame_cost_ms, other._cost_measured

    def cancel(self) -> None:
        """Forget the request not yet delivered (playing again: no picture is wanted)."""
        with self._lock:
            self._serial += 1
            self._wanted = self._ahead = None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._serial += 1
            self._wanted = None
            self._lock.notify()
        self._thread.join(timeout=5)

    # -- the worker ----------------------------------------------------------------------------

    def _stale(self, serial: int) -> bool:
        return self._closed or self._serial != serial

    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    while self._wanted is None and self._ahead is None and not self._closed:
                        self._lock.wait()
                    if self._closed:
                        return
                    if self._wanted is None:
                        serial, ahead, self._ahead = self._serial, self._ahead, None
                    else:
                        (serial, ms), ahead = self._wanted, None
                        self._wanted = None
                if ahead is not None:
                    self._prefetch(serial, ahead)
                    continue
                started = time.monotonic()
                try:
                    picture = self._picture(serial, ms)
                except Exception as exc:  # a damaged file: libvlc's picture stays
                    self.last_error = (
                        f"{self.table.path}: cannot decode the frame at {ms} ms ({exc})"
                    )
                    self._reset()
                    continue
                if picture is None:
                    continue
                with self._lock:
                    if self._stale(serial):
                        continue
                picture.decode_ms = (time.monotonic() - started) * 1000
                if self._fed >= MEASURED_FRAMES:
                    cost = picture.decode_ms / self._fed
                    old = self.frame_cost_ms if self._cost_measured else None
                    self.frame_cost_ms = cost if old is None else 0.7 * old + 0.3 * cost
                    self._cost_measured = True
                elif self.frame_cost_ms is None and self._fed > 0:
                    self.frame_cost_ms = picture.decode_ms / self._fed
                self.deliver(picture)
        finally:
            if self._container is not None:
                self._container.close()
                self._container = None

    def _prefetch(self, serial: int, ms: int) -> None:
        """Decode the frame at `ms` into _kept, unless a request comes first (see prefetch).
        Not measured into frame_cost_ms: decoded with libvlc idle, it costs less than a move's
        decoding beside libvlc's seek, which is what that figure is for."""
        index = self.table.frame_at(ms)
        if index in self._kept or index in self._cache:
            return
        try:
            if self._container is None:
                self._open()
            frame = self._decode_to(serial, index, seek=not self._can_go_on(index))
            if frame is None and not self._stale(serial):
                frame = self._decode_to(serial, index, seek=True)
        except Exception:  # a damaged file: a request there says so (last_error)
            self._reset()
            return
        if frame is not None:
            with self._lock:
                self._kept[index] = frame
                while len(self._kept) > KEPT_AHEAD:
                    self._kept.popitem(last=False)

    def _open(self) -> None:
        import av

        self._container = av.open(self.table.path)
        self._stream = self._container.streams[self.table.stream_index]
        context = self._stream.codec_context
        if self._threads:
            context.thread_type = "AUTO"
        self._packets = None
        self._sent.clear()

    def _reset(self) -> None:
        if self._container is not None:
            self._container.close()
        self._container = None
        self._packets = None
        self._cache.clear()
        self._kept.clear()
        self._sent.clear()

    def _picture(self, serial: int, ms: int) -> Picture | None:
        table = self.table
        index = table.frame_at(ms)
        frame = self._cache.get(index)
        if frame is not None:
            self._cache.move_to_end(index)
        else:
            frame = self._kept.get(index)
        self._fed = 0
        if frame is None:
            if self._container is None:
                self._open()
            frame = self._decode_to(serial, index, seek=not self._can_go_on(index))
            if frame is None and not self._stale(serial):
                frame = self._decode_to(serial, index, seek=True)  # skipped past it: once more
            if frame is None:
                return None
        sar = self._stream.codec_context.sample_aspect_ratio
        return _to_picture(frame, index, table.start_ms(index), ms, serial, sar)

    def _can_go_on(self, index: int) -> bool:
        """True when decoding on from where the decoder stopped reaches frame `index` sooner
        than a seek: it is ahead of the last frame given, its packet not yet sent, and the
        keyframe before it was sent since the last seek."""
        pts = self.table.pts
        if self._packets is None or pts[index] <= self._out_pts or pts[index] in self._sent:
            return False
        return pts[self.table.keyframe_before(index)] in self._sent

    def _decode_to(self, serial: int, index: int, seek: bool) -> Any:
        """Decode until frame `index` comes out; return it (None: replaced, or not found)."""
        table = self.table
        target = table.pts[index]
        window = table.pts[max(0, index - DECODE_WINDOW)]
        context = self._stream.codec_context
        if seek:
            self._seek(table.keyframe_before(index))
        while True:
            if self._stale(serial):
                return None
            packet = next(self._packets, None)
            if packet is None:
                return self._drain(target)
            self._fed += 1
            if packet.pts is not None:
                self._sent.add(packet.pts)
                # References only, until a few frames before the target (B-frames skipped).
                wanted = packet.pts >= window or packet.dts is None
                context.skip_frame = "DEFAULT" if wanted or not table.reordered else "NONREF"
            for frame in context.decode(packet):
                found = self._keep(frame, target)
                if found is not None:
                    return found
                if frame.pts is not None and frame.pts > target:
                    return None  # the target was skipped or never came: the caller seeks
        return None

    def _drain(self, target: int) -> Any:
        context = self._stream.codec_context
        self._packets = None
        found = None
        try:
            for frame in context.decode(None):
                got = self._keep(frame, target)
                found = found or got
        except EOFError:  # PyAV's own flush packet at the end drained it already
            pass
        return found

    def _keep(self, frame: Any, target: int) -> Any:
        """Cache a decoded frame; return it when it is the target."""
        if frame.pts is None:
            return None
        self._out_pts = frame.pts
        at = bisect.bisect_left(self.table.pts, frame.pts)
        if at < len(self.table.pts) and self.table.pts[at] == frame.pts:
            self._cache[at] = frame
            self._cache.move_to_end(at)
            while len(self._cache) > CACHE_FRAMES:
                self._cache.popitem(last=False)
        return frame if frame.pts == target else None

    def _seek(self, keyframe: int) -> None:
        """Put the demuxer at the keyframe `keyframe` and empty the decoder.

        A transport stream's timestamp search goes by decoding time and can land after the
        keyframe asked for (on the P-frame after it, or, for the test TS's last keyframe, on a
        B-frame shown before it): then the search is made for the keyframe before it, and so on
        (three tries, then from the start), and the packets are read on to `keyframe`'s own.
        Those read before it are left out: decoding starts from it (what comes before it in
        the stream is not needed for it or what follows it)."""
        table = self.table
        want = table.pts[keyframe]
        place = bisect.bisect_left(table.keyframes, keyframe)
        tries = [table.keyframes[max(0, place - back)] for back in (0, 1, 2)]
        for at in [*tries, None]:
            if at is None:
                self._container.seek(0, backward=True, any_frame=False)  # from the start
            else:
                self._container.seek(table.pts[at], stream=self._stream, backward=True)
            packets = self._container.demux(self._stream)
            first = self._keyframe_packet(packets, want)
            if at is not None and first is None:
                continue  # the search landed after the keyframe: from one before
            self._packets = packets if first is None else _chain([first], packets)
            self._sent.clear()
            self._out_pts = -(2**62)
            return

    @staticmethod
    def _keyframe_packet(packets: Any, pts: int) -> Any:
        """Read ``packets`` up to the keyframe's own (``pts``) and return it; None when a
        packet shown after it or the end comes first (every packet before a keyframe in the
        stream is shown before it)."""
        for packet in packets:
            if packet.pts == pts:
                return packet
            if packet.size == 0 or (packet.pts is not None and packet.pts > pts):
                return None
        return None


def _chain(first: list[Any], rest: Any) -> Any:
    yield from first
    yield from rest


def _to_picture(frame: Any, index: int, start_ms: float, ms: int, serial: int, sar: Any) -> Picture:
    rgb = frame.reformat(format="rgb24")
    plane = rgb.planes[0]
    aspect = frame.width / frame.height * (float(sar) if sar else 1.0)
    rotation = getattr(frame, "rotation", 0) or 0  # PyAV 14 on; a broken matrix says NaN
    turns = round(rotation / 90) % 4 if math.isfinite(rotation) else 0
    if turns:
        # A phone's picture, stored sideways with a display matrix saying how to turn it (as
        # libvlc and every player show it): turned here, counter-clockwise as the matrix says.
        import numpy as np

        rows = np.frombuffer(plane, np.uint8).reshape(frame.height, plane.line_size)
        pixels = rows[:, : frame.width * 3].reshape(frame.height, frame.width, 3)
        turned = np.rot90(pixels, turns)  # tobytes() below writes it in row order
        height, width = turned.shape[:2]
        return Picture(
            request=serial,
            ms=ms,
            frame=index,
            start_ms=start_ms,
            width=width,
            height=height,
            stride=width * 3,
            rgb=turned.tobytes(),
            aspect=aspect if turns == 2 else 1 / aspect,
        )
    return Picture(
        request=serial,
        ms=ms,
        frame=index,
        start_ms=start_ms,
        width=frame.width,
        height=frame.height,
        stride=plane.line_size,
        rgb=bytes(plane),
        aspect=aspect,
    )
