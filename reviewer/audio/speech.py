"""Speech detection: Silero VAD's ONNX model (MIT, shipped in resources/models) run with
onnxruntime on 8 kHz mono, 32 ms windows.

The model is a small recurrent network: each window's answer depends on the state the windows
before it left. To run many windows a call, a block of audio is cut into ``STREAMS`` stretches
run side by side as one batch; each stretch first hears ``WARMUP`` windows of the audio before
it (their answers dropped), so its state is what it would have been had the block run window
by window (tests/audio compares the two). Stretches with no sound above ``QUIET`` are not run.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from reviewer.core.speech import SpeechMap
from reviewer.paths import resources_dir

RATE = 8000
WINDOW = 256  # samples a window at 8 kHz (32 ms)
WINDOW_MS = WINDOW * 1000 // RATE
CONTEXT = 32  # samples of the window before that the model sees with each window
STREAM = 250  # windows a stretch (8 s)
WARMUP = 16  # windows heard before a stretch (0.5 s)
QUIET = 0.004  # a stretch whose loudest sample is under this (-48 dBFS) has no speech
# Silero's own defaults (get_speech_timestamps), in windows of 32 ms.
THRESHOLD = 0.5
NEG_THRESHOLD = THRESHOLD  # ends: the model lags there (see refine)
MIN_SPEECH_MS = 250
MIN_SILENCE_MS = 160
PAD_MS = 30
CERTAIN = 0.9  # an end is drawn back to the last window this sure of speech ...
CERTAIN_WINDOWS = 16  # ... among the span's last 16 (512 ms)


def model_path() -> Path:
    return resources_dir() / "models" / "silero_vad.onnx"


class SpeechDetector:
    """Speech probabilities a window, block after block (blocks a whole number of windows,
    except the last)."""

    def __init__(self, threads: int = 1) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(
            str(model_path()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._sr = np.array(RATE, dtype=np.int64)
        self._tail = np.zeros(WARMUP * WINDOW + CONTEXT, np.float32)  # the audio before

    def probabilities(self, block: np.ndarray) -> np.ndarray:
        """Return the speech probability of each window of ``block`` (the last window padded
        with silence)."""
        n = -(-len(block) // WINDOW)
        if n == 0:
            return np.zeros(0, np.float32)
        streams = -(-n // STREAM)
        padded = np.zeros(streams * STREAM * WINDOW, np.float32)
        padded[: len(block)] = block
        ext = np.concatenate([self._tail, padded])
        self._tail = ext[len(ext) - len(self._tail) :].copy()
        # Row j of frames: window j - WARMUP of the block, with its CONTEXT samples before.
        rows = streams * STREAM + WARMUP
        frames = np.lib.stride_tricks.as_strided(
            ext, shape=(rows, WINDOW + CONTEXT), strides=(WINDOW * 4, 4), writeable=False
        )
        loud = np.abs(padded.reshape(streams, STREAM * WINDOW)).max(axis=1) >= QUIET
        out = np.zeros((streams, STREAM), np.float32)
        chosen = np.flatnonzero(loud)
        if len(chosen):
            index = chosen[:, None] * STREAM + np.arange(STREAM + WARMUP)[None, :]
            batch = frames[index]  # (streams run, WARMUP + STREAM, 288)
            state = np.zeros((2, len(chosen), 128), np.float32)
            answers = np.empty((len(chosen), STREAM + WARMUP), np.float32)
            for k in range(STREAM + WARMUP):
                prob, state = self.session.run(
                    None,
                    {"input": np.ascontiguousarray(batch[:, k, :]), "state": state, "sr": self._sr},
                )
                answers[:, k] = prob[:, 0]
            out[chosen] = answers[:, WARMUP:]
        return out.reshape(-1)[:n]


def spans_of(probabilities: np.ndarray) -> SpeechMap:
    """Return the speech in a clip from its windows' probabilities, as Silero's
    get_speech_timestamps does: speech starts above THRESHOLD and ends after MIN_SILENCE_MS
    under NEG_THRESHOLD; shorter than MIN_SPEECH_MS is dropped; starts padded by PAD_MS. Ends
    are where the model was last CERTAIN (bench/audio.py: 36 of 49 sentences with both ends
    within 100 ms, against 26 with the loudness step alone)."""
    above = probabilities >= THRESHOLD
    below = probabilities < NEG_THRESHOLD
    silence_windows = max(1, round(MIN_SILENCE_MS / WINDOW_MS))
    spans: list[tuple[int, int]] = []
    start: int | None = None
    quiet_since: int | None = None
    # Only the windows where something changes are visited.
    for i in map(int, np.flatnonzero(above | below)):
        if start is None:
            if above[i]:
                start, quiet_since = i, None
            continue
        if above[i]:
            if i > 0 and above[i - 1]:  # back to speech for two windows, not a blip
                quiet_since = None
        elif quiet_since is None:
            quiet_since = i
        elif i - quiet_since + 1 >= silence_windows:
            spans.append((start, quiet_since))
            start, quiet_since = None, None
    if start is not None:
        spans.append((start, quiet_since if quiet_since is not None else len(probabilities)))
    total_ms = len(probabilities) * WINDOW_MS
    found = []
    for a, b in spans:
        if (b - a) * WINDOW_MS < MIN_SPEECH_MS:
            continue
        end = min(total_ms, b * WINDOW_MS + PAD_MS)
        # The model is sure of speech until the speech ends, and lets go slowly after: the end
        # is where it stops being sure (within the last half second), not where it gives up.
        lo = max(a, b - CERTAIN_WINDOWS)
        sure = np.flatnonzero(probabilities[lo:b] >= CERTAIN)
        if len(sure):
            end = min(end, (lo + int(sure[-1]) + 1) * WINDOW_MS)
        found.append((max(0, a * WINDOW_MS - PAD_MS), max(a * WINDOW_MS + MIN_SPEECH_MS, end)))
    return SpeechMap(found)


def refine(speech: SpeechMap, level0: np.ndarray, bucket_ms: int) -> SpeechMap:
    """Return ``speech`` with each end drawn back to where the sound drops to the level after
    it: the model answers some 100-400 ms late at the end of speech (its memory), the sound's
    envelope does not. ``level0`` are the peaks (min, max a bucket of ``bucket_ms``); an end
    whose speech is not clearly louder than what follows it (1.5 times) is left where it was."""
    loudness = level0[:, 1].astype(np.int16) - level0[:, 0].astype(np.int16)
    n = len(loudness)
    pairs = speech.pairs()
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(pairs):
        a, b = start // bucket_ms, min(n, end // bucket_ms)
        following = pairs[k + 1][0] // bucket_ms if k + 1 < len(pairs) else n
        after = loudness[b : min(following, b + 300 // bucket_ms)]
        inside = loudness[a:b]
        if len(after) < 5 or len(inside) < 5:
            out.append((start, end))
            continue
        background = float(np.median(after))
        voice = float(np.percentile(inside, 90))
        if voice < 1.5 * background + 2:
            out.append((start, end))
            continue
        cut = background + 0.1 * (voice - background)
        earliest = max(a, b - 500 // bucket_ms)
        tail = np.flatnonzero(loudness[earliest:b] > cut)
        new_end = (earliest + int(tail[-1]) + 1) * bucket_ms + PAD_MS if len(tail) else end
        out.append((start, min(end, max(start + MIN_SPEECH_MS, new_end))))
    return SpeechMap(out)
