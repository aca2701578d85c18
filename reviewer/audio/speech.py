"""Speech detection: Silero VAD's ONNX model (MIT, shipped in resources/models) run with
onnxruntime on 8 kHz mono, 32 ms windows.

The model is a small recurrent network: an encoder that turns each window (with the 32 samples
before it) into 128 features, then an LSTM that reads the features in order. Silero's graph
answers one window a call; ours is made from it (resources/models/make_batch_model.py: the same
weights and arithmetic) as two graphs: the encoder, one matrix product a layer over all the
windows of a block at once (blocks on two threads, in any order), and the LSTM, which reads a
block's features in one call, block after block in order, its state carried on. The answers
are those of Silero's model run window by window (tests/audio/test_speech_detector.py).
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
HIDDEN = 128  # the LSTM's state: h and c, 128 each
ENCODE = 250  # windows given to the encoder a call
# Silero's own defaults (get_speech_timestamps), in windows of 32 ms.
THRESHOLD = 0.5
NEG_THRESHOLD = THRESHOLD  # ends: the model lags there (see refine)
MIN_SPEECH_MS = 250
MIN_SILENCE_MS = 160
PAD_MS = 30
CERTAIN = 0.9  # an end is drawn back to the last window this sure of speech ...
CERTAIN_WINDOWS = 16  # ... among the span's last 16 (512 ms)
HISS_ORDER = 6  # the hiss: the energy of the sound's 6th difference (a high-pass, +21 dB at
# 3 kHz against 440 Hz); what a fricative ("s", "f", "sh") has and music and a voice's vowels little
HISS_AFTER = 8  # a bucket hisses (speech) when its hiss is 8x that of the sound after the end
START_LOOK_MS = 300  # a start is drawn back at most this far ...
START_RISE = 0.2  # ... over buckets a fifth of the way from the sound before to the voice
START_PAD_MS = 10


def model_path(part: str) -> Path:
    """Silero's model made to run a block a call (resources/models/make_batch_model.py):
    ``part`` "encoder" or "lstm"."""
    return resources_dir() / "models" / f"silero_vad_8k_{part}.onnx"


class SpeechDetector:
    """Speech probabilities a window, block after block (blocks a whole number of windows,
    except the last). ``features`` may be called from several threads at once (onnxruntime's
    sessions allow it); ``answers`` in the blocks' order."""

    def __init__(self, threads: int = 1) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        self.encoder, self.lstm = (
            onnxruntime.InferenceSession(
                str(model_path(part)), sess_options=options, providers=["CPUExecutionProvider"]
            )
            for part in ("encoder", "lstm")
        )
        self.state = np.zeros((2, 1, HIDDEN), np.float32)
        self._before = np.zeros(CONTEXT, np.float32)

    def features(self, block: np.ndarray, before: np.ndarray) -> np.ndarray:
        """Return the encoder's features of each window of ``block`` (the last window padded
        with silence), ``before`` being the audio just before it (its last CONTEXT samples are
        heard; silence if it is shorter)."""
        n = -(-len(block) // WINDOW)
        if n == 0:
            return np.zeros((0, HIDDEN), np.float32)
        # Row j: the CONTEXT samples before window j, then window j (made in one pass).
        frames = np.zeros((n, CONTEXT + WINDOW), np.float32)
        whole = len(block) // WINDOW
        frames[:whole, CONTEXT:] = block[: whole * WINDOW].reshape(whole, WINDOW)
        if whole < n:
            frames[whole, CONTEXT : CONTEXT + len(block) - whole * WINDOW] = block[whole * WINDOW :]
        frames[1:, :CONTEXT] = frames[:-1, WINDOW:]
        heard = before[len(before) - min(len(before), CONTEXT) :]
        frames[0, CONTEXT - len(heard) : CONTEXT] = heard
        # ENCODE windows a call: its products' data stay in the core's cache (12% faster
        # than 1,000 a call here).
        found = np.empty((n, HIDDEN), np.float32)
        for at in range(0, n, ENCODE):
            (found[at : at + ENCODE],) = self.encoder.run(None, {"input": frames[at : at + ENCODE]})
        return found

    def answers(self, features: np.ndarray) -> np.ndarray:
        """Return the speech probability of each window whose ``features`` are given, the
        windows following those of the last call."""
        if len(features) == 0:
            return np.zeros(0, np.float32)
        out, self.state = self.lstm.run(None, {"features": features, "state": self.state})
        return np.asarray(out[0])

    def probabilities(self, block: np.ndarray) -> np.ndarray:
        """Return the speech probability of each window of ``block``, the block following the
        one given last (the first heard after silence)."""
        found = self.answers(self.features(block, self._before))
        self._before = np.concatenate([self._before, block])[-CONTEXT:]
        return found


def spans_of(probabilities: np.ndarray) -> SpeechMap:
    """Return the speech in a clip from its windows' probabilities, as Silero's
    get_speech_timestamps does: speech starts above THRESHOLD and ends after MIN_SILENCE_MS
    under NEG_THRESHOLD; shorter than MIN_SPEECH_MS is dropped; starts padded by PAD_MS. Ends
    are where the model was last CERTAIN (bench/audio.py: 36 of 49 sentences with both ends
    within 100 ms, against 26 with the loudness step alone)."""
    return _spans(_windows_of_speech(probabilities), probabilities)


def _windows_of_speech(probabilities: np.ndarray) -> list[tuple[int, int]]:
    """Silero's rule over the windows (first window, end): speech starts at a window at or
    above THRESHOLD and ends at the first window under it that MIN_SILENCE_MS of windows follow
    with no two in a row above it. Visited run by run (a run: windows all above or all under),
    not window by window: an hour's 112,500 windows are some 3,000 runs."""
    above = probabilities >= THRESHOLD
    silence_windows = max(1, round(MIN_SILENCE_MS / WINDOW_MS))
    if not len(above):
        return []
    edges = np.flatnonzero(above[1:] != above[:-1]) + 1
    firsts = np.concatenate([[0], edges]).tolist()
    lasts = np.concatenate([edges, [len(above)]]).tolist()
    spans: list[tuple[int, int]] = []
    start: int | None = None
    quiet_since: int | None = None
    for first, end in zip(firsts, lasts, strict=True):
        if above[first]:
            if start is None:
                start, quiet_since = first, None
            elif end - first >= 2:  # back to speech for two windows, not a blip
                quiet_since = None
            continue
        if start is None:
            continue
        if quiet_since is None:
            quiet_since = first
        # The silence is long enough at window quiet_since + silence_windows - 1 (judged from
        # the window after the first quiet one on).
        due = quiet_since + max(silence_windows - 1, 1 if quiet_since == first else 0)
        if due < end:
            spans.append((start, quiet_since))
            start, quiet_since = None, None
    if start is not None:
        spans.append((start, quiet_since if quiet_since is not None else len(probabilities)))
    return spans


def _spans(spans: list[tuple[int, int]], probabilities: np.ndarray) -> SpeechMap:
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


def hiss_of(block: np.ndarray, before: np.ndarray, bucket: int) -> np.ndarray:
    """Return the hiss of each bucket of ``bucket`` samples of ``block`` (the last padded with
    silence): the energy of its HISS_ORDER-th difference, ``before`` the audio just before it."""
    n = -(-len(block) // bucket)
    heard = np.zeros(HISS_ORDER + n * bucket, np.float32)
    last = before[len(before) - min(len(before), HISS_ORDER) :]
    heard[HISS_ORDER - len(last) : HISS_ORDER] = last
    heard[HISS_ORDER : HISS_ORDER + len(block)] = block
    high = np.diff(heard, HISS_ORDER).reshape(n, bucket)
    return np.einsum("ij,ij->i", high, high)


def quantile(values: np.ndarray, q: float) -> float:
    """np.percentile(values, 100 * q) (linear), without its overhead (some 30 us a call, 60%
    of refine's time on an hour's 650 spans); the values made float64 first, then sorted in
    place (one copy, not two)."""
    ordered = values.astype(np.float64)
    ordered.sort()
    at = q * (len(ordered) - 1)
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (at - low))


def refine(
    speech: SpeechMap, level0: np.ndarray, bucket_ms: int, hiss: np.ndarray | None = None
) -> SpeechMap:
    """Return ``speech`` with each end drawn back to where the sound drops to the level after
    it: the model answers some 100-400 ms late at the end of speech (its memory), the sound's
    envelope does not. ``level0`` are the peaks (min, max a bucket of ``bucket_ms``); an end
    whose speech is not clearly louder than what follows it (1.5 times) is left where it was.
    With ``hiss`` (hiss_of each bucket), a bucket that hisses HISS_AFTER times more than the
    sound after the end is speech however quiet: a sentence's last "s" before music is fainter
    than the music, not like it. Each start is drawn back likewise to where the sound rose
    above the level before it (the model is sure of speech 50-150 ms in)."""
    loudness = level0[:, 1].astype(np.int16) - level0[:, 0].astype(np.int16)
    n = len(loudness)
    pairs = speech.pairs()
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(pairs):
        a, b = start // bucket_ms, min(n, end // bucket_ms)
        inside = loudness[a:b]
        if len(inside) < 5:
            out.append((start, end))
            continue
        voice = quantile(inside, 0.9)
        previous = pairs[k - 1][1] // bucket_ms if k else 0
        following = pairs[k + 1][0] // bucket_ms if k + 1 < len(pairs) else n
        new_start = _start(loudness, voice, a, previous, bucket_ms)
        after = loudness[b : min(following, b + 300 // bucket_ms)]
        if len(after) < 5:
            out.append((min(start, new_start), end))
            continue
        background = quantile(after, 0.5)
        if voice < 1.5 * background + 2:
            out.append((min(start, new_start), end))
            continue
        cut = background + 0.1 * (voice - background)
        earliest = max(a, b - 500 // bucket_ms)
        speaking = loudness[earliest:b] > cut
        if hiss is not None:
            quiet_hiss = quantile(hiss[b : b + len(after)], 0.5)
            floor = max(HISS_AFTER * quiet_hiss, 0.01 * quantile(hiss[a:b], 0.9))
            speaking |= hiss[earliest:b] > floor
        tail = np.flatnonzero(speaking)
        new_end = (earliest + int(tail[-1]) + 1) * bucket_ms + PAD_MS if len(tail) else end
        out.append((min(start, new_start), min(end, max(start + MIN_SPEECH_MS, new_end))))
    return SpeechMap(out)


def _start(loudness: np.ndarray, voice: float, a: int, previous: int, bucket_ms: int) -> int:
    """Return where the speech whose padded start is bucket ``a`` began: the first of the
    buckets up to the model's start that stay louder than the sound before it (its median
    over the 500 ms before) by a fifth of the way to the voice, within 300 ms before; the
    model's own start (in ms) if the voice is not clearly (1.5x) louder than that sound."""
    before = loudness[max(previous, a - 500 // bucket_ms) : a]
    if len(before) < 5:
        return a * bucket_ms
    background = quantile(before, 0.5)
    if voice < 1.5 * background + 2:
        return a * bucket_ms
    cut = background + START_RISE * (voice - background)
    earliest = max(previous, a - START_LOOK_MS // bucket_ms)
    at = min(len(loudness), a + PAD_MS // bucket_ms)  # the model's first window of speech
    while at > earliest and loudness[at - 1] > cut:
        at -= 1
    return at * bucket_ms - START_PAD_MS
