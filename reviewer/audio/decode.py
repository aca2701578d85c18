"""Decode a media file's sound to mono 8 kHz float32 in blocks, and the waveform's peaks from it.

FFmpeg does the decoding in one filter graph (PyAV's ``av.filter``): ``amovie`` reads and
decodes the first audio stream, ``pan`` averages its channels, ``aresample`` brings it to 8 kHz
float and keeps the times true (``async=1``: a stretch the file lost comes out as silence as long
as the gap in its timestamps, so the times after it stay right), ``atrim`` cuts out the stretch
asked for by time and ``asetnsamples`` hands it on in blocks. Python only pulls the blocks, and
FFmpeg runs without Python's lock meanwhile: two stretches of a file decode at once on two cores
(reviewer.audio.analysis). Sample ``k`` is at ``k / RATE`` seconds from the media's start (the
time the player counts from: libavformat's ``start_time``).

A file the graph stops on (a damaged packet: ``amovie`` gives up on the first decoding error)
is read on from where it stopped packet by packet, damaged packets skipped, through the same
filters (``_packet_blocks``); so is a stream ``amovie`` refuses (``Sound.filtered``).

Peaks are min/max per bucket: level 0 has a bucket per ``BUCKET`` samples (10 ms), each next
level ``LEVEL_STEP`` times as many, so the lane draws at most a bucket or so a pixel at any
zoom. They are kept as int8 (the waveform is drawn a few dozen pixels high).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from reviewer.core.errors import ReviewerError, say

RATE = 8000  # samples a second: all the speech detector needs, and the peaks' base
BUCKET = 80  # samples a level-0 peak (10 ms)
BUCKET_MS = BUCKET * 1000 // RATE
LEVEL_STEP = 4
LEVELS = 6  # 10 ms, 40 ms, 160 ms, 640 ms, 2.56 s, 10.24 s a bucket
BLOCK = RATE * 32  # samples handed on at a time (32 s, 1 MB; 8 s blocks were 5% slower)
SEEK_BEFORE_S = 1.0  # a stretch is decoded from this long before its start (the decoder's and
# the resampler's memory filled as they would be reading on from the file's start)
# Containers whose seeks land by time and whose timestamps are the stream's own, so a stretch
# decoded from the middle has its true times (MP3 and raw AAC guess both from the bitrate).
SEEKABLE = frozenset({"mov", "mp4", "m4a", "3gp", "matroska", "webm", "mxf", "mpegts", "wav"})


class AudioError(ReviewerError):
    """The media's sound cannot be read: no audio stream, or a file FFmpeg cannot decode."""


class Misplaced(AudioError):
    """A stretch from the middle of the sound does not start where asked: the stream has a
    gap there (reviewer.audio.analysis decodes from the start instead)."""


@dataclass(frozen=True)
class Sound:
    """What a media file's sound is: its length (seconds from the media's start, None when the
    container does not say), where the media's time starts in the audio stream's timestamps,
    and whether a stretch can be decoded from its middle (``SEEKABLE``)."""

    seconds: float | None
    origin: int  # the media's start in the stream's time base
    seekable: bool
    channels: int
    # FFmpeg's graph reads it: its decoder gives the sample format and channels the stream
    # says (an MPEG audio stream in a TS says float and decodes to integers: amovie refuses
    # the change, and the sound is read packet by packet).
    filtered: bool = True
    track: int = 0  # which of the media's audio streams (the editor's choice; 0: the first)


def sound_of(path: str | Path, track: int = 0) -> Sound:
    """Return what ``path``'s sound is, of its audio stream ``track`` (the first where it has
    no such stream); AudioError when it cannot be opened or has no sound."""
    import av

    try:
        container = av.open(str(path))
    except (OSError, av.FFmpegError) as exc:
        raise AudioError(f"cannot open the media ({exc})", str(path)) from None
    with container:
        if not container.streams.audio:
            raise AudioError(say("the media has no sound"), str(path))
        track = track if 0 <= track < len(container.streams.audio) else 0
        stream = container.streams.audio[track]
        start = container.start_time or 0  # microseconds
        base = stream.time_base or Fraction(1, RATE)
        origin = round(Fraction(start, 1_000_000) / base)
        # The sound's own length where the container gives it (a video's sound can end first).
        seconds: float | None
        if stream.duration and stream.time_base:
            seconds = float(stream.duration * stream.time_base) - float(Fraction(start, 10**6))
            seconds += float((stream.start_time or 0) * stream.time_base)
        else:
            seconds = container.duration / 1_000_000 if container.duration else None
        names = set(container.format.name.split(","))
        context = stream.codec_context
        said = (context.format.name if context.format else None, context.layout.name)
        filtered = _first_frame(container, stream) in (said, None)
        channels = context.channels
    return Sound(seconds, origin, bool(names & SEEKABLE), channels, filtered, track)


def _first_frame(container: Any, stream: Any) -> tuple[str, str] | None:
    """Return the sample format and layout of the first frame the stream decodes to (None if
    none of its first packets decodes)."""
    import av

    for other in container.streams:
        if other is not stream:
            other.discard = av.stream.Discard.all
    for count, packet in enumerate(container.demux(stream)):
        if count >= 50:
            break
        try:
            for frame in packet.decode():
                return frame.format.name, frame.layout.name
        except av.FFmpegError:
            continue
    return None


def _link(
    graph: Any,
    source: Any,
    sound: Sound,
    start: int,
    end: int | None,
    block: int,
    first: int | None,
) -> Any:
    """Link ``source`` (the stream's decoded frames) on to a sink of 8 kHz mono blocks of the
    samples from ``start`` to ``end``; return the sink. ``first``: the sample the decoding
    starts at, when known (see below)."""
    nodes = [source]
    if sound.origin:
        nodes.append(graph.add("asetpts", expr=f"PTS-{sound.origin}"))
    if sound.channels > 1:  # the channels' mean (FFmpeg's own downmix adds them at -3 dB)
        share = f"{1 / sound.channels:.9f}"
        mix = "+".join(f"{share}*c{i}" for i in range(sound.channels))
        nodes.append(graph.add("pan", args=f"mono|c0={mix}"))
    # One swr pass: to packed float, mono, 8 kHz (a 16-tap sinc: as good for speech as
    # FFmpeg's 32 in bench/audio.py; a separate format step cost 10% more), the times kept:
    # silence where the stream has a gap of 0.1 s or more (async; min_comp keeps it from
    # stretching the sound by a sample here and there instead, which took swr off its fast
    # path: 20% slower), from the media's start (first_pts: a sound that starts late keeps its
    # times). A stretch from the middle starts where FFmpeg's decoding does (with first_pts
    # there swr took twice as long); _graph_blocks checks it starts at its start.
    options = {"out_sample_fmt": "flt", "out_chlayout": "mono", "filter_size": "16"}
    options |= {"async": "1", "min_comp": "0.1"}
    if first is not None:
        options["first_pts"] = str(first)
    nodes.append(graph.add("aresample", out_sample_rate=str(RATE), **options))
    trim = {"start_pts": str(start)} if start else {}
    if end is not None:
        trim["end_pts"] = str(end)
    if trim:
        nodes.append(graph.add("atrim", **trim))
    nodes.append(graph.add("asetnsamples", nb_out_samples=str(block), pad="0"))
    sink = graph.add("abuffersink")
    graph.link_nodes(*nodes, sink)
    graph.configure()
    return sink


def _samples(frame: Any) -> np.ndarray:
    return np.frombuffer(frame.planes[0], np.float32, count=frame.samples)


def _seek_point(start: int) -> int:
    """Where the decoding of a stretch from sample ``start`` begins: SEEK_BEFORE_S before it,
    on a whole second (aresample's first_pts off the grid of 16 samples shifted the samples by
    a fraction of one)."""
    return max(0, (start - round(SEEK_BEFORE_S * RATE)) // RATE * RATE)


def _graph_blocks(
    path: str, sound: Sound, block: int, start: int, end: int | None
) -> Iterator[np.ndarray]:
    from av.filter import Graph

    graph = Graph()
    graph.threads = 1  # the decoder on this thread alone: analysis runs two graphs at once
    options = {"filename": path, "streams": f"a:{sound.track}"}
    if seek := _seek_point(start):
        options["seek_point"] = str(seek // RATE)
    source = graph.add("amovie", **options)
    sink = _link(graph, source, sound, start, end, block, 0 if start == 0 else None)
    first = True
    while True:
        try:
            frame = sink.pull()
        except EOFError:  # av.EOFError is one
            return
        if first and frame.pts != start:
            raise Misplaced(f"the sound resumes at {frame.pts / RATE:.3f} s", path)
        first = False
        yield _samples(frame)


def _packet_blocks(
    path: str, sound: Sound, block: int, start: int, end: int | None
) -> Iterator[np.ndarray]:
    """The samples from ``start`` as _graph_blocks gives them, the packets read and decoded
    here one by one: a damaged one is skipped (silence as long as it lasted, by the times)."""
    import av
    from av.filter import Graph

    with av.open(path) as container:
        stream = container.streams.audio[sound.track]
        for other in container.streams:
            if other is not stream:  # the demuxer skips their packets (a video's are most)
                other.discard = av.stream.Discard.all
        if seek := _seek_point(start):
            base = stream.time_base or Fraction(1, RATE)
            at = sound.origin + round(Fraction(seek, RATE) / base)
            container.seek(at, stream=stream, backward=True)
        graph: Any = None
        sink: Any = None
        for packet in container.demux(stream):
            try:
                frames = packet.decode()
            except av.FFmpegError:  # AAC's decoder says EPERM or EINVAL as well as INVALIDDATA
                continue
            for frame in frames:
                if graph is None:
                    graph = Graph()
                    graph.threads = 1
                    source = graph.add_abuffer(
                        sample_rate=frame.sample_rate,
                        format=frame.format.name,
                        layout=frame.layout.name,
                        time_base=frame.time_base or stream.time_base,
                    )
                    # From the seek point on (packets skipped just after it keep their time).
                    sink = _link(graph, source, sound, start, end, block, _seek_point(start))
                try:
                    source.push(frame)
                except EOFError:  # the stretch's end was reached (atrim)
                    yield from _drain(sink)
                    return
                yield from _drain(sink)
        if graph is None:  # nothing decodes from here on
            if start == 0:
                raise AudioError("cannot decode the sound (no packet decodes)", path)
            return
        with contextlib.suppress(EOFError):
            source.push(None)
        yield from _drain(sink)


def _drain(sink: Any) -> Iterator[np.ndarray]:
    import av

    while True:
        try:
            frame = sink.pull()
        except (av.BlockingIOError, EOFError):
            return
        yield _samples(frame)


def blocks(
    path: str | Path,
    block: int = BLOCK,
    *,
    start: int = 0,
    end: int | None = None,
    sound: Sound | None = None,
) -> Iterator[tuple[np.ndarray, float]]:
    """Yield the sound from sample ``start`` to ``end`` (the end: None) as float32 mono 8 kHz
    blocks of ``block`` samples (the last shorter), each with the fraction of the stretch read
    so far (for progress). ``sound`` is sound_of(path), when known."""
    import av

    name = str(path)
    sound = sound or sound_of(name)
    total = end if end is not None else round(sound.seconds * RATE) if sound.seconds else None
    done = start
    try:
        for samples in _graph_blocks(name, sound, block, start, end) if sound.filtered else ():
            done += len(samples)
            yield samples, _fraction(start, done, total)
        if sound.filtered:
            return
    except av.FFmpegError:
        pass  # damaged: read on packet by packet from where the graph stopped
    try:
        for samples in _packet_blocks(name, sound, block, done, end):
            done += len(samples)
            yield samples, _fraction(start, done, total)
    except av.FFmpegError as exc:
        raise AudioError(f"cannot decode the sound ({exc})", name) from None


def _fraction(start: int, done: int, total: int | None) -> float:
    if total is None or total <= start:
        return 0.0
    return min(1.0, (done - start) / (total - start))


def peaks_of(samples: np.ndarray) -> np.ndarray:
    """Return level-0 peaks of ``samples`` (a whole number of buckets, else padded with
    silence): an int8 array of shape (buckets, 2), min and max, scaled to ±127."""
    n = -(-len(samples) // BUCKET)
    if n * BUCKET != len(samples):
        samples = np.pad(samples, (0, n * BUCKET - len(samples)))
    # Bucket by bucket down the columns: 3x faster than along each bucket's 80 samples.
    columns = np.ascontiguousarray(samples.reshape(n, BUCKET).T)
    out = np.empty((n, 2), np.int8)
    out[:, 0] = np.clip(np.floor(columns.min(axis=0) * 127), -127, 127)
    out[:, 1] = np.clip(np.ceil(columns.max(axis=0) * 127), -127, 127)
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
