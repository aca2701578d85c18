"""The analysis of a clip's sound: peaks and speech, block after block, with progress.

``analyse(media)`` runs in the calling process. ``python -m reviewer.audio.analysis MEDIA
CACHE`` runs it in a child process (what the window does, so that the decoder's and the
model's memory is never the window's) and writes the cache: it prints ``progress F`` lines,
then ``done``, or ``error MESSAGE`` and exits with 1.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from reviewer.audio import cache
from reviewer.audio.decode import BUCKET_MS, RATE, AudioError, blocks, levels_of, peaks_of
from reviewer.audio.speech import SpeechDetector, refine, spans_of
from reviewer.core.errors import ReviewerError
from reviewer.core.speech import SpeechMap


def analyse(
    media: str | Path,
    progress: Callable[[float], None] | None = None,
    *,
    speech: bool = True,
    threads: int = 1,
) -> tuple[np.ndarray, SpeechMap, int]:
    """Return the level-0 peaks, the speech and the length in ms of ``media``'s sound."""
    detector = SpeechDetector(threads) if speech else None
    peaks: list[np.ndarray] = []
    probabilities: list[np.ndarray] = []
    samples = 0
    for block, done in blocks(media):
        samples += len(block)
        peaks.append(peaks_of(block))
        if detector is not None:
            probabilities.append(detector.probabilities(block))
        if progress is not None:
            progress(done)
    level0 = np.concatenate(peaks) if peaks else np.zeros((0, 2), np.int8)
    found = SpeechMap()
    if detector is not None and probabilities:
        found = refine(spans_of(np.concatenate(probabilities)), level0, BUCKET_MS)
    return level0, found, samples * 1000 // RATE


def analyse_to_cache(
    media: str | Path, target: str | Path, progress: Callable[[float], None] | None = None
) -> cache.AudioMap:
    """Analyse ``media`` and write the result to the cache ``target``; return it."""
    key = cache.media_key(media)
    if key is None:
        raise AudioError("the media cannot be read", str(media))
    level0, speech, duration = analyse(media, progress)
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


def child_command(media: str | Path, target: str | Path) -> list[str]:
    """Return the command that runs the analysis in a child process."""
    if getattr(sys, "frozen", False):  # the bundled app: its own executable takes the flag
        return [sys.executable, "--audio-analysis", str(media), str(target)]
    return [sys.executable, "-m", "reviewer.audio.analysis", str(media), str(target)]


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
        analyse_to_cache(args[0], args[1], report)
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
