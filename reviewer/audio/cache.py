"""The audio analysis cached beside the project: ``PROJECT.review.audio`` (numpy's .npz, no
pickles), keyed to the media's size and modification time. Read defensively: a cache that is
not ours, is for another media or another version, or is damaged in any way is None (computed
again), never trusted."""

from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from reviewer.audio import SUFFIX, cache_path
from reviewer.audio.decode import BUCKET_MS, levels_of
from reviewer.core.errors import ReviewerError
from reviewer.core.speech import SpeechMap
from reviewer.files import write_file

__all__ = ["SUFFIX", "AudioMap", "cache_path", "media_key", "read", "write"]

# Raised whenever the peaks or the speech are found differently. 6: the track is named (before,
# FFmpeg's graph read the "best" audio stream and the packet reader the first: a file whose
# default stream is not its first had its analysis of another track than the one now asked).
VERSION = 6


@dataclass
class AudioMap:
    """What the lane and the checks need of a clip's sound: peaks at each zoom level (int8
    min, max a bucket; level 0 a bucket of BUCKET_MS) and the speech."""

    peaks: list[np.ndarray]
    speech: SpeechMap
    duration_ms: int
    complete: bool = True  # False: the peaks only, the speech still being found

    @property
    def bucket_ms(self) -> int:
        return BUCKET_MS


def media_key(media: str | Path, track: int = 0) -> dict[str, int | str] | None:
    """Return what names the analysis of this media's audio ``track`` (None if the file
    cannot be looked at)."""
    try:
        st = os.stat(media)
    except OSError:
        return None
    return {"version": VERSION, "size": st.st_size, "mtime_ns": st.st_mtime_ns, "track": track}


def write(
    path: str | Path,
    key: dict[str, int | str],
    level0: np.ndarray,
    speech: SpeechMap | None,
    duration_ms: int,
) -> None:
    """Write the analysis (``speech`` None: the peaks only, written while the speech is still
    being found, so the lane can show the waveform)."""
    buffer = io.BytesIO()
    pairs = np.array(speech.pairs() if speech else [], dtype=np.int64).reshape(-1, 2)
    meta = dict(key, duration_ms=int(duration_ms), complete=speech is not None)
    np.savez_compressed(
        buffer,
        key=np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
        peaks=np.asarray(level0, dtype=np.int8),
        speech=pairs,
    )
    write_file(path, buffer.getvalue(), replace=True, error=ReviewerError)


def read(
    path: str | Path, media: str | Path, *, partial: bool = False, track: int = 0
) -> AudioMap | None:
    """Return the cached analysis of ``media``'s audio ``track`` at ``path``, or None
    (missing, stale, damaged, another track's, or only the peaks when ``partial`` is False)."""
    key = media_key(media, track)
    if key is None:
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(bytes(data["key"]).decode())
            peaks = np.array(data["peaks"])
            pairs = np.array(data["speech"])
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError, UnicodeDecodeError):
        return None
    if not isinstance(meta, dict) or any(meta.get(k) != v for k, v in key.items()):
        return None  # another file's, version's or track's
    duration, complete = meta.get("duration_ms"), meta.get("complete")
    if (
        not isinstance(duration, int)
        or not isinstance(complete, bool)
        or (not complete and not partial)
        or peaks.dtype != np.int8
        or peaks.ndim != 2
        or peaks.shape[1] != 2
        or pairs.ndim != 2
        or pairs.shape[1] != 2
        or pairs.dtype.kind not in "iu"
        or (len(pairs) and (pairs.min() < 0 or (pairs[:, 1] < pairs[:, 0]).any()))
    ):
        return None
    speech = SpeechMap(map(tuple, pairs.tolist()))
    return AudioMap(levels_of(peaks), speech, duration, complete)
