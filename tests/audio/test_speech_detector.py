"""The shipped speech detector against Silero's own model: the graphs made by
resources/models/make_batch_model.py, run a block a call on two threads, answer as Silero VAD's
original graph run window by window, its state carried from each window to the next."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

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


def test_stretches_decoded_at_once_are_read_in_order(
    clip: Clip, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stretches of 5 s on two threads (a second one often done before the first): the LSTM
    reads their blocks in order, so the answers are one pass's."""
    from reviewer.audio import analysis
    from reviewer.audio.decode import sound_of

    answers: list[np.ndarray] = []
    real = analysis.spans_of
    monkeypatch.setattr(analysis, "spans_of", lambda p: answers.append(p) or real(p))
    sound = sound_of(clip[0])
    step = analysis.LEAD * 31  # 4.96 s
    cuts = list(range(0, int(sound.seconds * 8000) - step, step))
    plan: list[tuple[int, int | None]] = [(a, a + step) for a in cuts]
    plan[-1] = (cuts[-1], None)
    peaks, speech, ms = analysis._analyse(str(clip[0]), sound, plan, None, True, None)
    one_peaks, one_speech, one_ms = analysis._analyse(
        str(clip[0]), sound, [(0, None)], None, True, None
    )
    assert len(plan) >= 6 and ms == one_ms
    assert len(answers[0]) == len(answers[1]) == len(peaks) * 10 // 32
    # The same within 1e-3: a stretch's samples are the whole's to within 1e-4 (decoded from a
    # second before it; FFmpeg's resampler filter begins on other samples).
    assert np.abs(answers[0] - answers[1]).max() < 1e-3
    assert np.abs(peaks.astype(int) - one_peaks.astype(int)).max() <= 1
    assert speech.pairs() == one_speech.pairs()


def test_the_shipped_graphs_are_what_the_script_makes() -> None:
    """resources/models/make_batch_model.py (the `model` extra) remakes both graphs byte for
    byte: what is shipped is what the script and the test above describe."""
    onnx = pytest.importorskip("onnx")
    import importlib.util

    script = resources_dir() / "models" / "make_batch_model.py"
    spec = importlib.util.spec_from_file_location("make_batch_model", script)
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    made = maker.build(maker.HERE / "silero_vad.onnx")
    for model, name in zip(made, (maker.ENCODER, maker.RECURRENT), strict=True):
        shipped = onnx.load(str(maker.HERE / name))
        assert model.SerializeToString() == shipped.SerializeToString(), name
