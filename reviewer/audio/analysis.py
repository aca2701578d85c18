"""The analysis of a clip's sound: peaks and speech, block after block, with progress.

``analyse(media)`` runs in the calling process. ``python -m reviewer.audio.analysis MEDIA
CACHE`` runs it in a child process (what the window does, so that the decoder's and the
model's memory is never the window's) and writes the cache: it prints ``progress F`` lines,
``peaks`` once the cache holds the waveform (the speech still being found), then ``done``,
or ``error MESSAGE`` and exits with 1.
"""

from __future__ import annotations

import contextlib
import queue
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from reviewer.audio import cache, child_command
from reviewer.audio.decode import (
    BUCKET,
    BUCKET_MS,
    RATE,
    AudioError,
    blocks,
    levels_of,
    peaks_of,
)
from reviewer.audio.speech import CONTEXT, SpeechDetector, hiss_of, refine, spans_of
from reviewer.core.errors import ReviewerError, say
from reviewer.core.speech import SpeechMap

__all__ = ["analyse", "analyse_to_cache", "child_command", "load_or_analyse", "main"]

VAD_THREADS = 2  # threads running the speech detector, each on a block of its own


def analyse(
    media: str | Path,
    progress: Callable[[float], None] | None = None,
    *,
    speech: bool = True,
    threads: int = VAD_THREADS,
    peaks_done: Callable[[np.ndarray, int], None] | None = None,
) -> tuple[np.ndarray, SpeechMap, int]:
    """Return the level-0 peaks, the speech and the length in ms of ``media``'s sound;
    ``peaks_done(peaks, ms)`` is called once the sound is decoded, while the speech detector
    finishes its last blocks.

    The speech detector runs on ``threads`` threads of its own while the next blocks are
    decoded (onnxruntime and FFmpeg let go of the GIL); at most two blocks wait."""
    peaks: list[np.ndarray] = []
    samples = 0
    pool = _SpeechPool(threads) if speech else None
    before = np.zeros(0, np.float32)
    try:
        for block, done in blocks(media):
            samples += len(block)
            peaks.append(peaks_of(block))
            if pool is not None:
                pool.put(before, block)
                before = block[-CONTEXT:]
            if progress is not None:
                progress(done)
        if peaks_done is not None and peaks:
            peaks_done(np.concatenate(peaks), samples * 1000 // RATE)
        probabilities, hiss = pool.finish() if pool is not None else (None, None)
    finally:
        if pool is not None:
            pool.stop()
    level0 = np.concatenate(peaks) if peaks else np.zeros((0, 2), np.int8)
    found = SpeechMap()
    if probabilities is not None and len(probabilities):
        found = refine(spans_of(probabilities), level0, BUCKET_MS, hiss)
    return level0, found, samples * 1000 // RATE


class _SpeechPool:
    """The speech detector on threads of its own: each thread finds a block's features (and
    its hiss, for refine), and whichever holds the next block in order feeds the LSTM (one at
    a time, in order)."""

    def __init__(self, threads: int) -> None:
        self.detector = SpeechDetector()
        self.queue: queue.Queue[tuple[int, np.ndarray, np.ndarray] | None] = queue.Queue(maxsize=2)
        self.features: dict[int, np.ndarray] = {}
        self.results: list[np.ndarray] = []
        self.hiss: dict[int, np.ndarray] = {}
        self.lock = threading.Lock()  # over features, results and feeding
        self.feeding = False  # a thread is feeding the LSTM
        self.error: BaseException | None = None
        self.count = 0
        self.threads = [
            threading.Thread(target=self._run, name=f"speech-{i}", daemon=True)
            for i in range(max(1, threads))
        ]
        for thread in self.threads:
            thread.start()

    def _run(self) -> None:
        while True:
            job = self.queue.get()
            if job is None:
                return
            if self.error is not None:
                continue
            index, before, block = job
            try:
                found = self.detector.features(block, before)
                hiss = hiss_of(block, before, BUCKET)
                with self.lock:
                    self.features[index] = found
                    self.hiss[index] = hiss
                    if self.feeding:
                        continue
                    self.feeding = True
                # The LSTM reads the blocks in order, one thread at a time: this one until the
                # next block's features are not there yet.
                while True:
                    with self.lock:
                        ready = self.features.pop(len(self.results), None)
                        if ready is None:
                            self.feeding = False
                            break
                    answers = self.detector.answers(ready)
                    with self.lock:
                        self.results.append(answers)
            except BaseException as exc:  # handed to the caller in finish()
                self.error = exc

    def put(self, before: np.ndarray, block: np.ndarray) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((self.count, before, block))
        self.count += 1

    def finish(self) -> tuple[np.ndarray, np.ndarray]:
        """Return each window's speech probability and each bucket's hiss."""
        for _ in self.threads:
            self.queue.put(None)
        for thread in self.threads:
            thread.join()
        if self.error is not None:
            raise self.error
        assert len(self.results) == self.count, "a block's speech is missing"
        if not self.results:
            return np.zeros(0, np.float32), np.zeros(0, np.float32)
        hiss = np.concatenate([self.hiss[i] for i in range(self.count)])
        return np.concatenate(self.results), hiss

    def stop(self) -> None:
        if any(thread.is_alive() for thread in self.threads):
            self.error = self.error or RuntimeError("stopped")
            for _ in self.threads:
                with contextlib.suppress(queue.Full):
                    self.queue.put_nowait(None)


def analyse_to_cache(
    media: str | Path,
    target: str | Path,
    progress: Callable[[float], None] | None = None,
    peaks_written: Callable[[], None] | None = None,
) -> cache.AudioMap:
    """Analyse ``media`` and write the result to the cache ``target``; return it. With
    ``peaks_written``, the peaks are written first, as soon as they are known (then it is
    called), and the whole analysis over them."""
    key = cache.media_key(media)
    if key is None:
        raise AudioError(say("the media cannot be read"), str(media))

    def early(level0: np.ndarray, duration: int) -> None:
        assert key is not None and peaks_written is not None
        with contextlib.suppress(ReviewerError):
            cache.write(target, key, level0, None, duration)
            peaks_written()

    level0, speech, duration = analyse(
        media, progress, peaks_done=early if peaks_written is not None else None
    )
    found = cache.AudioMap(levels_of(level0), speech, duration)
    # A cache that cannot be written (a read-only folder) is no error.
    with contextlib.suppress(ReviewerError):
        cache.write(target, key, level0, speech, duration)
    return found


def load_or_analyse(
    project_path: str | Path, media: str | Path, progress: Callable[[float], None] | None = None
) -> cache.AudioMap:
    """Return the cached analysis beside the project, computing (and caching) it if needed."""
    target = cache.cache_path(project_path)
    found = cache.read(target, media)
    return found if found is not None else analyse_to_cache(media, target, progress)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("error usage: python -m reviewer.audio.analysis MEDIA CACHE", flush=True)
        return 2
    last = [-1.0]

    def report(done: float) -> None:
        if done - last[0] >= 0.01:
            last[0] = done
            print(f"progress {done:.3f}", flush=True)

    try:
        analyse_to_cache(args[0], args[1], report, lambda: print("peaks", flush=True))
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
