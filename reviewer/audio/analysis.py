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
from reviewer.audio.decode import BUCKET_MS, RATE, AudioError, blocks, levels_of, peaks_of
from reviewer.audio.speech import SpeechDetector, refine, spans_of
from reviewer.core.errors import ReviewerError, say
from reviewer.core.speech import SpeechMap

__all__ = ["analyse", "analyse_to_cache", "child_command", "load_or_analyse", "main"]

VAD_CHUNK = 8  # decoded blocks given to the speech detector at once (256 s: 32 stretches)


def analyse(
    media: str | Path,
    progress: Callable[[float], None] | None = None,
    *,
    speech: bool = True,
    threads: int = 1,
    peaks_done: Callable[[np.ndarray, int], None] | None = None,
) -> tuple[np.ndarray, SpeechMap, int]:
    """Return the level-0 peaks, the speech and the length in ms of ``media``'s sound;
    ``peaks_done(peaks, ms)`` is called once the sound is decoded, while the speech detector
    finishes its last chunks.

    The speech detector runs in a thread of its own on chunks of VAD_CHUNK blocks while the
    next are decoded (onnxruntime and FFmpeg let go of the GIL); at most two chunks wait."""
    peaks: list[np.ndarray] = []
    samples = 0
    worker = _SpeechWorker(threads) if speech else None
    chunk: list[np.ndarray] = []
    try:
        for block, done in blocks(media):
            samples += len(block)
            peaks.append(peaks_of(block))
            if worker is not None:
                chunk.append(block)
                if len(chunk) >= VAD_CHUNK:
                    worker.put(np.concatenate(chunk))
                    chunk = []
            if progress is not None:
                progress(done)
        if worker is not None and chunk:
            worker.put(np.concatenate(chunk))
        if peaks_done is not None and peaks:
            peaks_done(np.concatenate(peaks), samples * 1000 // RATE)
        probabilities = worker.finish() if worker is not None else None
    finally:
        if worker is not None:
            worker.stop()
    level0 = np.concatenate(peaks) if peaks else np.zeros((0, 2), np.int8)
    found = SpeechMap()
    if probabilities is not None and len(probabilities):
        found = refine(spans_of(probabilities), level0, BUCKET_MS)
    return level0, found, samples * 1000 // RATE


class _SpeechWorker:
    """The speech detector on its own thread, chunk after chunk, in order."""

    def __init__(self, threads: int) -> None:
        self.detector = SpeechDetector(threads)
        self.queue: queue.Queue[np.ndarray | None] = queue.Queue(maxsize=2)
        self.results: list[np.ndarray] = []
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            chunk = self.queue.get()
            if chunk is None:
                return
            if self.error is not None:
                continue
            try:
                self.results.append(self.detector.probabilities(chunk))
            except BaseException as exc:  # handed to the caller in finish()
                self.error = exc

    def put(self, chunk: np.ndarray) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(chunk)

    def finish(self) -> np.ndarray:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error
        return np.concatenate(self.results) if self.results else np.zeros(0, np.float32)

    def stop(self) -> None:
        if self.thread.is_alive():
            self.error = self.error or RuntimeError("stopped")
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
