"""Decode a media file's first audio stream to mono 8 kHz float32 in blocks (PyAV: FFmpeg's
decoders; the channels mixed and the rate brought down in numpy, a block at a time), and the
waveform's peaks from it.

Peaks are min/max per bucket: level 0 has a bucket per ``BUCKET`` samples (10 ms), each next
level ``LEVEL_STEP`` times as many, so the lane draws at most a bucket or so a pixel at any
zoom. They are kept as int8 (the waveform is drawn a few dozen pixels high).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from reviewer.core.errors import ReviewerError, say

RATE = 8000  # samples a second: all the speech detector needs, and the peaks' base
BUCKET = 80  # samples a level-0 peak (10 ms)
BUCKET_MS = BUCKET * 1000 // RATE
LEVEL_STEP = 4
LEVELS = 6  # 10 ms, 40 ms, 160 ms, 640 ms, 2.56 s, 10.24 s a bucket
BLOCK = RATE * 32  # samples handed on at a time (32 s, 1 MB)


class AudioError(ReviewerError):
    """The media's sound cannot be read: no audio stream, or a file FFmpeg cannot decode."""


_SCALE = {"s16": 32768.0, "s32": 2147483648.0, "flt": 1.0, "dbl": 1.0, "u8": 128.0}


def _mono(frame: Any, fallback: Any) -> np.ndarray:
    """Return ``frame``'s samples as float32 mono at the frame's own rate (channels averaged;
    a sample format numpy does not read here goes through FFmpeg's converter)."""
    name = frame.format.name
    if name == "fltp":  # AAC, Opus, most MP3: each channel's plane read in place
        if frame.layout.nb_channels <= 1:
            return np.frombuffer(frame.planes[0], np.float32, count=frame.samples)
        planes = [np.frombuffer(p, np.float32, count=frame.samples) for p in frame.planes]
        return np.asarray(np.mean(planes, axis=0, dtype=np.float32))
    base = name.removesuffix("p")
    if base not in _SCALE:
        converted = fallback.resample(frame)
        return np.concatenate([_mono(f, None) for f in converted]) if converted else _EMPTY
    channels = max(1, frame.layout.nb_channels)
    data = frame.to_ndarray()
    if frame.format.is_planar:
        mono = data.mean(axis=0, dtype=np.float32) if channels > 1 else data[0]
    elif channels > 1:
        mono = data.reshape(-1, channels).mean(axis=1, dtype=np.float32)
    else:
        mono = data.reshape(-1)
    mono = mono.astype(np.float32, copy=False)
    if base == "u8":
        mono = mono - 128.0
    scale = _SCALE[base]
    return mono / scale if scale != 1.0 else mono


_EMPTY = np.zeros(0, np.float32)


def _triangle(k: int) -> tuple[np.ndarray, np.ndarray]:
    """The rising and falling halves of a triangular filter 2k - 1 long (sum 1)."""
    up = np.arange(1, k + 1, dtype=np.float32) / (k * k)
    return up, up[-2::-1].copy()


def _box(data: np.ndarray, n: int) -> np.ndarray:
    """Return the running mean of ``n`` samples (the valid part: ``n - 1`` fewer)."""
    sums = np.cumsum(data, dtype=np.float64)
    out = sums[n - 1 :].copy()
    out[1:] -= sums[:-n]
    return (out / n).astype(np.float32)


class _Resampler:
    """Mono float32 at any rate to RATE, block by block, with no drift: a triangular low-pass
    (a running mean of the whole part of the ratio, twice), then the samples at each 1/RATE,
    interpolated. Enough for peaks and for speech (tests/audio/test_decode.py)."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.ratio = rate / RATE
        self.box = max(1, int(self.ratio))
        self.pending = _EMPTY
        self.done_out = 0  # output samples made
        self.offset = 0  # source samples dropped from ``pending``

    def _whole(self, data: np.ndarray, final: bool) -> np.ndarray:
        """A whole ratio k: output j is the triangle over source rows j and j + 1 of k."""
        k = self.rate // RATE
        if final:
            pad = (k - len(data) % k) % k + k  # the last row whole, and a silent one after it
            data = np.concatenate([data, np.zeros(pad, np.float32)])
        n = len(data) // k
        if n < 2:
            self.pending = data
            return _EMPTY
        rows = data[: n * k].reshape(n, k)
        up, down = _triangle(k)
        if k > 2:  # 48 kHz: two products, 4x faster than a pass a tap
            out = rows[:-1] @ up
            out += rows[1:, : k - 1] @ down
        else:  # 16 kHz: a pass a tap, 2x faster than the products
            out = rows[:-1, 0] * up[0]
            for i in range(1, k):
                out += rows[:-1, i] * up[i]
            for i in range(k - 1):
                out += rows[1:, i] * down[i]
        self.pending = data[(n - 1) * k :]
        return out.astype(np.float32, copy=False)

    def push(self, samples: np.ndarray, final: bool = False) -> np.ndarray:
        data = np.concatenate([self.pending, samples]) if len(self.pending) else samples
        if self.rate == RATE:
            self.pending = _EMPTY
            return data
        if self.rate % RATE == 0:
            return self._whole(data, final)
        # Output sample j is at source position j * ratio from the start of the stream.
        if final:
            data = np.concatenate([data, np.zeros(2 * self.box + 1, np.float32)])
        if len(data) < 2 * self.box + 2:
            self.pending = data
            return _EMPTY
        smooth = _box(_box(data, self.box), self.box) if self.box > 1 else data
        last = int((self.offset + len(smooth) - 2) // self.ratio) + 1  # exclusive
        if final:
            last = min(last, round((self.offset + len(data) - 2 * self.box - 1) / self.ratio))
        if last <= self.done_out:
            self.pending = data
            return _EMPTY
        positions = np.arange(self.done_out, last) * self.ratio - self.offset
        out = np.interp(positions, np.arange(len(smooth)), smooth).astype(np.float32)
        self.done_out = last
        keep = max(0, int(last * self.ratio) - self.offset)
        self.pending = data[keep:]
        self.offset += keep
        return out


def blocks(path: str | Path, block: int = BLOCK) -> Iterator[tuple[np.ndarray, float]]:
    """Yield the audio as float32 mono 8 kHz blocks of ``block`` samples (the last shorter),
    each with the fraction of the file read so far (for progress)."""
    import av

    try:
        container = av.open(str(path))
    except (OSError, av.FFmpegError) as exc:
        raise AudioError(f"cannot open the media ({exc})", str(path)) from None
    with container:
        if not container.streams.audio:
            raise AudioError(say("the media has no sound"), str(path))
        stream = container.streams.audio[0]
        for other in container.streams:
            if other is not stream:  # the demuxer skips their packets (a video's are most)
                other.discard = av.stream.Discard.all
        duration = float(container.duration or 0) / 1_000_000 or None
        fallback = av.AudioResampler(format="fltp")
        resampler: _Resampler | None = None
        pending: list[np.ndarray] = []
        held = 0
        seconds = 0.0
        out = _EMPTY
        bad = 0
        expected: float | None = None  # when the next frame should start (s)
        try:
            for packet in container.demux(stream):
                try:
                    frames = packet.decode()
                except av.InvalidDataError:
                    # A damaged packet: silence in its place, as long as it lasts (so the
                    # times after it stay true), and on; refused only if nothing decodes.
                    bad += 1
                    if resampler is not None and packet.duration and packet.time_base:
                        gap = float(packet.duration * packet.time_base) * resampler.rate
                        pending.append(np.zeros(round(gap), np.float32))
                        held += round(gap)
                    continue
                for frame in frames:
                    if resampler is None:
                        resampler = _Resampler(frame.sample_rate)
                    at = frame.time
                    if at is not None:
                        # Frames the demuxer lost (a damaged stretch it resynchronised past):
                        # silence as long as the gap in the times, so later times stay true.
                        if expected is not None and at - expected > 0.02:
                            gap = round((at - expected) * resampler.rate)
                            pending.append(np.zeros(gap, np.float32))
                            held += gap
                        seconds = at
                        expected = at + frame.samples / resampler.rate
                    pending.append(_mono(frame, fallback))
                    held += frame.samples
                if held >= block * (resampler.ratio if resampler else 1):
                    assert resampler is not None
                    out = np.concatenate([out, resampler.push(np.concatenate(pending))])
                    pending, held = [], 0
                    done = min(1.0, seconds / duration) if duration else 0.0
                    while len(out) >= block:
                        yield out[:block], done
                        out = out[block:]
        except av.FFmpegError as exc:
            raise AudioError(f"cannot decode the sound ({exc})", str(path)) from None
        if resampler is None and bad:
            raise AudioError(f"cannot decode the sound ({bad} damaged packets)", str(path))
        if resampler is not None:
            rest = np.concatenate(pending) if pending else _EMPTY
            out = np.concatenate([out, resampler.push(rest, final=True)])
        for at in range(0, len(out), block):
            yield out[at : at + block], 1.0


def peaks_of(samples: np.ndarray) -> np.ndarray:
    """Return level-0 peaks of ``samples`` (a whole number of buckets, else padded with
    silence): an int8 array of shape (buckets, 2), min and max, scaled to ±127."""
    n = -(-len(samples) // BUCKET)
    if n * BUCKET != len(samples):
        samples = np.pad(samples, (0, n * BUCKET - len(samples)))
    frames = samples.reshape(n, BUCKET)
    out = np.empty((n, 2), np.int8)
    out[:, 0] = np.clip(np.floor(frames.min(axis=1) * 127), -127, 127)
    out[:, 1] = np.clip(np.ceil(frames.max(axis=1) * 127), -127, 127)
    return out


def levels_of(level0: np.ndarray) -> list[np.ndarray]:
    """Return the peaks at every zoom level, level 0 first."""
    levels = [level0]
    for _ in range(1, LEVELS):
        last = levels[-1]
        n = -(-len(last) // LEVEL_STEP)
        padded = np.zeros((n * LEVEL_STEP, 2), np.int8)
        padded[: len(last)] = last
        grouped = padded.reshape(n, LEVEL_STEP, 2)
        level = np.empty((n, 2), np.int8)
        level[:, 0] = grouped[:, :, 0].min(axis=1)
        level[:, 1] = grouped[:, :, 1].max(axis=1)
        levels.append(level)
    return levels
