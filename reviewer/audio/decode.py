"""Decode a media file's first audio stream to mono 8 kHz float32 in blocks (PyAV: FFmpeg's
decoders and its resampler filter graph), and the waveform's peaks from it.

Peaks are min/max per bucket: level 0 has a bucket per ``BUCKET`` samples (10 ms), each next
level ``LEVEL_STEP`` times as many, so the lane draws at most a bucket or so a pixel at any
zoom. They are kept as int8 (the waveform is drawn a few dozen pixels high).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np

from reviewer.core.errors import ReviewerError

RATE = 8000  # samples a second: all the speech detector needs, and the peaks' base
BUCKET = 80  # samples a level-0 peak (10 ms)
BUCKET_MS = BUCKET * 1000 // RATE
LEVEL_STEP = 4
LEVELS = 6  # 10 ms, 40 ms, 160 ms, 640 ms, 2.56 s, 10.24 s a bucket
BLOCK = RATE * 32  # samples handed on at a time (32 s, 1 MB)


class AudioError(ReviewerError):
    """The media's sound cannot be read: no audio stream, or a file FFmpeg cannot decode."""


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
            raise AudioError("the media has no sound", str(path))
        stream = container.streams.audio[0]
        stream.thread_type = "AUTO"  # type: ignore[attr-defined]
        duration = float(container.duration or 0) / 1_000_000 or None
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        pending: list[np.ndarray] = []
        held = 0
        seconds = 0.0
        try:
            for packet in container.demux(stream):
                for frame in packet.decode():
                    if frame.time is not None:
                        seconds = frame.time
                    for out in resampler.resample(frame):
                        pending.append(out.to_ndarray().reshape(-1))
                        held += out.samples
                if held >= block:
                    data = np.concatenate(pending)
                    done = min(1.0, seconds / duration) if duration else 0.0
                    while len(data) >= block:
                        yield data[:block], done
                        data = data[block:]
                    pending, held = [data], len(data)
            for out in resampler.resample(None):
                pending.append(out.to_ndarray().reshape(-1))
        except av.FFmpegError as exc:
            raise AudioError(f"cannot decode the sound ({exc})", str(path)) from None
        data = np.concatenate(pending) if pending else np.zeros(0, np.float32)
        for at in range(0, len(data), block):
            yield data[at : at + block], 1.0


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
