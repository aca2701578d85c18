"""The analysis of a clip's sound: peaks and speech, block after block, with progress.

``analyse(media)`` runs in the calling process. ``python -m reviewer.audio.analysis MEDIA
CACHE`` runs it in a child process (what the window does, so that the decoder's and the
model's memory is never the window's) and writes the cache: it prints ``progress F`` lines,
``peaks`` once the cache holds the waveform (the speech still being found), then ``done``,
or ``error MESSAGE`` and exits with 1.
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from reviewer.audio import cache, child_command
from reviewer.audio.decode import (
    BUCKET,
    BUCKET_MS,
    RATE,
    AudioError,
    Sound,
    blocks,
    levels_of,
    peaks_of,
    sound_of,
)
from reviewer.audio.speech import CONTEXT, SpeechDetector, hiss_of, refine, spans_of
from reviewer.core.errors import ReviewerError, say
from reviewer.core.speech import SpeechMap

__all__ = ["analyse", "analyse_to_cache", "child_command", "load_or_analyse", "main"]

WORKERS = 2  # threads, each decoding a stretch of the sound and finding its features
# A sound is cut into stretches of about MIN_STRETCH to MAX_STRETCH (decode.SEEKABLE), at most
# MAX_STRETCHES of them: longer ones cost fewer openings of the file (each reads the container's
# whole index: 5-9 ms of CPU for an hour's MP4, 17-23 ms for three hours'), shorter ones less
# memory (a stretch's features wait for the LSTM to finish the one before: 16 KB a second).
MIN_STRETCH = 2 * 60 * RATE
MAX_STRETCH = 10 * 60 * RATE
MAX_STRETCHES = 8
LEAD = 1280  # samples decoded before a stretch (heard as the context of its first window;
# a whole number of windows and of peak buckets, so both keep their places)


def analyse(
    media: str | Path,
    progress: Callable[[float], None] | None = None,
    *,
    speech: bool = True,
    split: bool = True,
    peaks_done: Callable[[np.ndarray, int], None] | None = None,
    track: int = 0,
) -> tuple[np.ndarray, SpeechMap, int]:
    """Return the level-0 peaks, the speech and the length in ms of ``media``'s sound;
    ``peaks_done(peaks, ms)`` is called once the sound is decoded, before the speech map is
    drawn from the detector's answers. ``track``: which of its audio streams (0: the first).

    With ``split`` (and a container whose seeks are exact: decode.SEEKABLE) the sound is cut
    into stretches that WORKERS threads decode at once, each finding its stretch's peaks and
    the speech detector's features as it goes (FFmpeg and onnxruntime let go of Python's
    lock); the detector's LSTM reads the features in order, fed by whichever thread holds the
    next. The answers are those of one pass from the start (tests/audio/test_speech_map.py).
    A sound in one stretch is decoded on a thread of its own while its blocks' features are
    found."""
    name = str(media)
    sound = sound_of(name, track)
    plan: list[tuple[int, int | None]] = _plan(sound) if split else [(0, None)]
    try:
        return _analyse(name, sound, plan, progress, speech, peaks_done)
    except (_Retry, AudioError):
        if len(plan) == 1:
            raise
        # A stretch ended before its end (the sound is shorter than its stream says) or could
        # not be reached: one pass from the start is the sound as it is.
        return _analyse(name, sound, [(0, None)], progress, speech, peaks_done)


class _Retry(Exception):
    pass


def _plan(sound: Sound) -> list[tuple[int, int | None]]:
    """Return the stretches (first sample, end or None for the file's end) to decode, in order,
    each shorter than the one before (the first up to 4 times the last): the threads take them
    in order, so the LSTM reads a stretch's features soon after they are found, and the last
    ones, short, end at about the same time (bench/audio.py, an hour in 10: 1.03x ffmpeg, in 8
    equal ones 1.05x, in 12 equal ones 1.08x). An hour is cut in 6 (in 10 it took 20-60 ms
    more CPU for the same wall time), three hours in 8 (in 30: 350 ms more CPU, 0.3 s later;
    the child's peak 214 MB against 184)."""
    if not sound.seekable or not sound.filtered or not sound.seconds:
        return [(0, None)]  # (read packet by packet, two threads could not decode at once)
    total = int(sound.seconds * RATE)
    count = min(total // MIN_STRETCH, max(2, -(-total // MAX_STRETCH)), MAX_STRETCHES)
    count = max(1, count)
    ratio = max(1.0, min(4.0, count / 2.5))
    weights = [ratio + (1 - ratio) * k / max(1, count - 1) for k in range(count)]
    cuts = [round(total * sum(weights[:k]) / sum(weights)) // LEAD * LEAD for k in range(count)]
    return [*itertools.pairwise(cuts), (cuts[-1], None)]


class _Work:
    """The stretches' decoding, peaks and features on WORKERS threads, and the LSTM fed the
    features in order by whichever thread holds the next."""

    def __init__(
        self,
        name: str,
        sound: Sound,
        plan: list[tuple[int, int | None]],
        speech: bool,
        report: Callable[[float], None],
    ) -> None:
        self.name, self.sound, self.plan, self.report = name, sound, plan, report
        self.detector = SpeechDetector() if speech else None
        self.lock = threading.Lock()
        self.taken = 0  # stretches taken by a thread
        self.peaks: dict[tuple[int, int], np.ndarray] = {}  # by (stretch, block)
        self.hiss: dict[tuple[int, int], np.ndarray] = {}
        self.features: dict[tuple[int, int], np.ndarray] = {}  # waiting for the LSTM
        self.answers: list[np.ndarray] = []
        self.blocks: dict[int, int] = {}  # a stretch's blocks, once it is decoded
        self.samples: dict[int, int] = {}
        self.next = (0, 0)  # the block the LSTM reads next
        self.feeding = False
        self.done = 0  # samples decoded
        self.stop = False
        total = round(sound.seconds * RATE) if sound.seconds else 0
        self.total = max(1, total)

    def run(self) -> None:
        """A thread's work: stretches, in order, until none is left."""
        while not self.stop:
            with self.lock:
                k = self.taken
                self.taken += 1
            if k >= len(self.plan):
                return
            self.stretch(k)

    def stretch(self, k: int) -> None:
        start, end = self.plan[k]
        lead = LEAD if start else 0
        before = np.zeros(0, np.float32)
        j = 0
        found = 0
        source = blocks(self.name, start=start - lead, end=end, sound=self.sound)
        if len(self.plan) == 1:
            source = _ahead(source)
        for block, _done in source:
            if self.stop:
                return
            if lead:  # the samples before the stretch: context only
                taken = min(lead, len(block))
                before = np.concatenate([before, block[:taken]])
                block, lead = block[taken:], lead - taken
                if not len(block):
                    continue
            self.peaks[k, j] = peaks_of(block)
            if self.detector is not None:
                self.hiss[k, j] = hiss_of(block, before, BUCKET)
                features = self.detector.features(block, before)
                with self.lock:
                    self.features[k, j] = features
                self.feed()
            before = block[-CONTEXT:]
            j += 1
            found += len(block)
            with self.lock:
                self.done += len(block)
                done = self.done
            self.report(min(1.0, done / self.total))
        with self.lock:
            self.blocks[k] = j
            self.samples[k] = found
        self.feed()

    def feed(self) -> None:
        """Feed the LSTM the blocks' features that are next in order, unless a thread is."""
        assert self.detector is not None or not self.features
        with self.lock:
            if self.feeding:
                return
            self.feeding = True
        try:
            while True:
                with self.lock:
                    k, j = self.next
                    features = self.features.pop((k, j), None)
                    if features is None:
                        if self.blocks.get(k) == j and k + 1 < len(self.plan):
                            self.next = (k + 1, 0)
                            continue
                        self.feeding = False
                        return
                assert self.detector is not None
                answers = self.detector.answers(features)
                with self.lock:
                    self.answers.append(answers)
                    self.next = (k, j + 1)
        except BaseException:
            with self.lock:
                self.feeding = False
            raise

    def ordered(self, parts: dict[tuple[int, int], np.ndarray], empty: np.ndarray) -> np.ndarray:
        return np.concatenate([parts[key] for key in sorted(parts)]) if parts else empty


def _ahead(source: Iterator[tuple[np.ndarray, float]]) -> Iterator[tuple[np.ndarray, float]]:
    """Yield what ``source`` yields, read on a thread of its own up to two items ahead."""
    items: queue.Queue[tuple[np.ndarray, float] | BaseException | None] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def read() -> None:
        try:
            for item in source:
                while not stop.is_set():
                    with contextlib.suppress(queue.Full):
                        items.put(item, timeout=0.1)
                        break
                if stop.is_set():
                    return
            items.put(None)
        except BaseException as exc:  # handed to the reader
            items.put(exc)

    thread = threading.Thread(target=read, name="decode", daemon=True)
    thread.start()
    try:
        while (item := items.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


def _analyse(
    name: str,
    sound: Sound,
    plan: list[tuple[int, int | None]],
    progress: Callable[[float], None] | None,
    speech: bool,
    peaks_done: Callable[[np.ndarray, int], None] | None,
) -> tuple[np.ndarray, SpeechMap, int]:
    reports: queue.Queue[float | BaseException | None] = queue.Queue()
    work = _Work(name, sound, plan, speech, reports.put)

    def run() -> None:
        try:
            work.run()
            reports.put(None)
        except BaseException as exc:  # handed to the caller below
            work.stop = True
            reports.put(exc)

    threads = [
        threading.Thread(target=run, name=f"analysis-{i}", daemon=True)
        for i in range(min(WORKERS, len(plan)))
    ]
    for thread in threads:
        thread.start()
    running, error, last = len(threads), None, -1.0
    try:
        while running:
            what = reports.get()
            if what is None or isinstance(what, BaseException):
                running -= 1
                error = error or what
            elif progress is not None and what - last >= 0.001:
                last = what
                progress(what)
    finally:
        work.stop = True  # they are done, or must stop
        for thread in threads:
            thread.join()
    if error is not None:
        raise error
    for k, (start, end) in enumerate(plan):
        if end is not None and work.samples.get(k) != end - start:
            raise _Retry
    samples = sum(work.samples.values())
    level0 = work.ordered(work.peaks, np.zeros((0, 2), np.int8))
    if peaks_done is not None and len(level0):
        peaks_done(level0, samples * 1000 // RATE)
    found = SpeechMap()
    if work.detector is not None:
        work.feed()
        assert not work.features, "a block's features were not read"
        if work.answers:
            probabilities = np.concatenate(work.answers)
            hiss = work.ordered(work.hiss, np.zeros(0, np.float32))
            found = refine(spans_of(probabilities), level0, BUCKET_MS, hiss)
    return level0, found, samples * 1000 // RATE


def analyse_to_cache(
    media: str | Path,
    target: str | Path,
    progress: Callable[[float], None] | None = None,
    peaks_written: Callable[[], None] | None = None,
    track: int = 0,
) -> cache.AudioMap:
    """Analyse ``media``'s audio ``track`` and write the result to the cache ``target``;
    return it. With ``peaks_written``, the peaks are written first, as soon as they are known
    (then it is called), and the whole analysis over them."""
    key = cache.media_key(media, track)
    if key is None:
        raise AudioError(say("the media cannot be read"), str(media))

    def early(level0: np.ndarray, duration: int) -> None:
        assert key is not None and peaks_written is not None
        with contextlib.suppress(ReviewerError):
            cache.write(target, key, level0, None, duration)
            peaks_written()

    level0, speech, duration = analyse(
        media, progress, peaks_done=early if peaks_written is not None else None, track=track
    )
    found = cache.AudioMap(levels_of(level0), speech, duration)
    # A cache that cannot be written (a read-only folder) is no error.
    with contextlib.suppress(ReviewerError):
        cache.write(target, key, level0, speech, duration)
    return found


def load_or_analyse(
    project_path: str | Path,
    media: str | Path,
    progress: Callable[[float], None] | None = None,
    track: int = 0,
) -> cache.AudioMap:
    """Return the cached analysis (of audio ``track``) beside the project, computing (and
    caching) it if needed."""
    target = cache.cache_path(project_path)
    found = cache.read(target, media, track=track)
    if found is not None:
        return found
    return analyse_to_cache(media, target, progress, track=track)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3) or (len(args) == 3 and not args[2].isdigit()):
        print("error usage: python -m reviewer.audio.analysis MEDIA CACHE [TRACK]", flush=True)
        return 2
    track = int(args[2]) if len(args) == 3 else 0
    last = [-1.0]

    def report(done: float) -> None:
        if done - last[0] >= 0.01:
            last[0] = done
            print(f"progress {done:.3f}", flush=True)

    try:
        analyse_to_cache(args[0], args[1], report, lambda: print("peaks", flush=True), track=track)
    except ReviewerError as exc:
        print(f"error {exc}", flush=True)
        return 1
    except MemoryError:
        print(f"error {args[0]}: not enough memory to analyse the sound", flush=True)
        return 1
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
