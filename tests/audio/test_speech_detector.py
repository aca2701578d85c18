"""The shipped speech detector against Silero's own model: the graphs made by
resources/models/make_batch_model.py, run a block a call on two threads, answer as Silero VAD's
original graph run window by window, its state carried from each window to the next."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reviewer.audio.analysis import _SpeechPool
from reviewer.audio.decode import blocks
from reviewer.audio.speech import CONTEXT, WINDOW, SpeechDetector
from reviewer.paths import resources_dir

Clip = tuple[Path, list[tuple[int, int]]]


def silero_window_by_window(samples: np.ndarray) -> np.ndarray:
    """Silero's original graph, as its own wrapper runs it: a window a call at 8 kHz."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(
        str(resources_dir() / "models" / "silero_vad.onnx"), options,
        providers=["CPUExecutionProvider"],
    )  # fmt: skip
    state = np.zeros((2, 1, 128), np.float32)
    sr = np.array(8000, np.int64)
    context = np.zeros(CONTEXT, np.float32)
    out = []
    for at in range(0, len(samples) - WINDOW + 1, WINDOW):
        window = samples[at : at + WINDOW]
        x = np.concatenate([context, window])[None, :]
        prob, state = session.run(None, {"input": x, "state": state, "sr": sr})
        out.append(float(prob[0, 0]))
        context = window[-CONTEXT:]
    return np.array(out, np.float32)


@pytest.fixture(scope="module")
def samples(clip: Clip) -> np.ndarray:
    return np.concatenate([b for b, _ in blocks(clip[0])])


def test_block_by_block_is_window_by_window(samples: np.ndarray) -> None:
    n = len(samples) // WINDOW
    theirs = silero_window_by_window(samples[: n * WINDOW])
    # Blocks of odd lengths (whole windows), as analyse would never cut them.
    detector = SpeechDetector()
    ours = np.concatenate(
        [
            detector.probabilities(samples[at : at + 77 * WINDOW])
            for at in range(0, n * WINDOW, 77 * WINDOW)
        ]
    )
    assert len(ours) == len(theirs) == n
    assert np.abs(ours - theirs).max() < 1e-4
    assert (theirs > 0.9).sum() > n // 4 and (theirs < 0.1).sum() > n // 4  # speech and none


def test_two_threads_out_of_order_keep_the_order(samples: np.ndarray) -> None:
    step = 50 * WINDOW
    whole = SpeechDetector().probabilities(samples)
    pool = _SpeechPool(2)
    before = np.zeros(0, np.float32)
    for at in range(0, len(samples), step):
        pool.put(before, samples[at : at + step])
        before = samples[at : at + step][-CONTEXT:]
    ours, _hiss = pool.finish()
    pool.stop()
    assert len(ours) == len(whole)
    assert np.abs(ours - whole).max() < 1e-5
