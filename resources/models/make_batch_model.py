"""Make ``silero_vad_8k_encoder.onnx`` and ``silero_vad_8k_lstm.onnx`` from ``silero_vad.onnx``
(Silero VAD v5, MIT): the same weights and the same arithmetic at 8 kHz, laid out to run a
whole block of audio in two calls.

Silero's graph answers one 32 ms window a call (its recurrent state in and out), and its
convolutions see 4 STFT frames a window: onnxruntime runs them as thousands of tiny products.
Here the encoder is one matrix product a layer over all the windows given (each convolution
written as the product of its taps, the STFT as the product with its basis), and the LSTM
reads the windows' features in order inside one call (ONNX's LSTM over a sequence):

    encoder  input (N, 288) float: N windows, each with the 32 samples before it
             -> features (N, 128)
    lstm     features (S * T, 128), state (2, S, 128): S stretches of T windows, each
             stretch's h and c at its start (reviewer runs S = 1)
             -> output (S, T) each window's speech probability, stateN (2, S, 128)

tests/audio/test_speech_detector.py checks them against the original graph run window by
window. Run (needs the ``onnx`` package, the ``model`` extra):

    python resources/models/make_batch_model.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = Path(__file__).resolve().parent
PREFIX = "If_0_else_branch__Inline_0__"  # the 8 kHz branch of Silero's graph
HIDDEN = 128
ENCODER = "silero_vad_8k_encoder.onnx"
RECURRENT = "silero_vad_8k_lstm.onnx"


def weights(model: onnx.ModelProto) -> dict[str, np.ndarray]:
    """The 8 kHz branch's constants by their short names."""
    branch = next(a.g for a in model.graph.node[2].attribute if a.name == "else_branch")
    return {
        n.output[0].removeprefix(PREFIX): numpy_helper.to_array(n.attribute[0].t)
        for n in branch.node
        if n.op_type == "Constant"
    }


def lstm_weights(w: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """PyTorch's LSTMCell weights (gates i, f, g, o) in ONNX's order (i, o, f, c)."""

    def order(x: np.ndarray) -> np.ndarray:
        i, f, g, o = np.split(x, 4, axis=0)
        return np.concatenate([i, o, f, g], axis=0)

    wi = order(w["decoder.rnn.weight_ih"])[None]
    wh = order(w["decoder.rnn.weight_hh"])[None]
    b = np.concatenate([order(w["decoder.rnn.bias_ih"]), order(w["decoder.rnn.bias_hh"])])[None]
    return wi, wh, b


def build(source: Path) -> tuple[onnx.ModelProto, onnx.ModelProto]:
    w = weights(onnx.load(str(source)))
    consts: list[onnx.TensorProto] = []

    def const(name: str, value: np.ndarray) -> str:
        consts.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def ints(name: str, *values: int) -> str:
        return const(name, np.array(values, np.int64))

    def taps(weight: np.ndarray, ks: range) -> np.ndarray:
        """A Conv1d weight (out, in, k) as a matrix (len(ks) * in, out), taps in order."""
        return np.concatenate([weight[:, :, k].T for k in ks], axis=0).astype(np.float32)

    def window_taps(weight: np.ndarray) -> np.ndarray:
        """A stride-2 Conv1d weight (64, 128, 3), padding 1, over a window's 4 frames
        [f0 f1 f2 f3] as one row: (512, 128), the two outputs side by side,
        out0 = f0 W1 + f1 W2 (the padding's W0 adds nothing), out1 = f1 W0 + f2 W1 + f3 W2."""
        out = np.zeros((512, 128), np.float32)
        out[0:128, :64] = weight[:, :, 1].T
        out[128:256, :64] = weight[:, :, 2].T
        out[128:256, 64:] = weight[:, :, 0].T
        out[256:384, 64:] = weight[:, :, 1].T
        out[384:512, 64:] = weight[:, :, 2].T
        return out

    basis = w["stft.forward_basis_buffer"][:, 0, :].T  # (128, 130): real 0-64, imaginary 65-129
    c = [
        (w[f"encoder.{i}.reparam_conv.weight"], w[f"encoder.{i}.reparam_conv.bias"])
        for i in range(4)
    ]
    wi, wh, lb = lstm_weights(w)
    node = helper.make_node
    nodes = [
        # Silero's STFT: the window reflected 32 samples on at its end, 4 frames of 128, hop 64.
        node("Pad", ["input", ints("pads", 0, 0, 0, 32)], ["padded"], mode="reflect"),
        node("Reshape", ["padded", ints("shape5", 0, 5, 64)], ["quarters"]),
        node("Slice", ["quarters", ints("s0", 0), ints("s4", 4), ints("ax1", 1)], ["q0"]),
        node("Slice", ["quarters", ints("s1", 1), ints("s5", 5), "ax1"], ["q1"]),
        node("Concat", ["q0", "q1"], ["frames"], axis=2),  # (N, 4, 128)
        # Each product on a 2-D matrix (N * 4 rows): onnxruntime fuses its bias and ReLU in.
        node("Reshape", ["frames", ints("rows128", -1, 128)], ["frame_rows"]),
        node("MatMul", ["frame_rows", const("basis", basis.astype(np.float32))], ["spectrum"]),
        node("Mul", ["spectrum", "spectrum"], ["power2"]),
        # real^2 + imaginary^2 from the two halves (a ReduceSum over the pair axis took 8% of
        # the encoder's time)
        node("Slice", ["power2", ints("c0_", 0), ints("c65", 65), ints("ax1_", 1)], ["re2"]),
        node("Slice", ["power2", "c65", ints("c130", 130), "ax1_"], ["im2"]),
        node("Add", ["re2", "im2"], ["power_rows"]),
        node("Sqrt", ["power_rows"], ["magnitude_rows"]),
        node("Reshape", ["magnitude_rows", ints("by4_65", -1, 4, 65)], ["magnitude"]),
        # encoder 0: kernel 3, padding 1, stride 1 -> (N * 4, 128)
        node("Pad", ["magnitude", ints("tpad", 0, 1, 0, 0, 1, 0)], ["m_p"]),
        node("Slice", ["m_p", "s0", "s4", "ax1"], ["m_0"]),
        node("Slice", ["m_p", "s1", "s5", "ax1"], ["m_1"]),
        node("Slice", ["m_p", ints("s2", 2), ints("s6", 6), "ax1"], ["m_2"]),
        node("Concat", ["m_0", "m_1", "m_2"], ["m_taps"], axis=2),
        node("Reshape", ["m_taps", ints("rows195", -1, 195)], ["m_rows"]),
        node("MatMul", ["m_rows", const("w0", taps(c[0][0], range(3)))], ["e0_mm"]),
        node("Add", ["e0_mm", const("b0w", c[0][1])], ["e0_b"]),
        node("Relu", ["e0_b"], ["e0"]),
        # encoder 1: kernel 3, padding 1, stride 2 -> 2 frames of 64, as one product over a
        # window's 4 frames in a row (N, 512) giving both side by side (N, 128): onnxruntime
        # fuses its bias and ReLU in (the frames in pairs, then shifted and added, took 3% more
        # of the encoder's time in Slice, Pad and Add).
        node("Reshape", ["e0", ints("by_window", -1, 512)], ["e0_window"]),
        node("MatMul", ["e0_window", const("w1", window_taps(c[1][0]))], ["e1_mm"]),
        node("Add", ["e1_mm", const("b1w", np.tile(c[1][1], 2))], ["e1_b"]),
        node("Relu", ["e1_b"], ["e1_flat"]),  # (N, 128): the 2 frames of 64
        # encoder 2: kernel 3, padding 1, stride 2 on 2 frames -> 1 frame (taps 1 and 2 see them)
        node("MatMul", ["e1_flat", const("w2", taps(c[2][0], range(1, 3)))], ["e2_mm"]),
        node("Add", ["e2_mm", const("b2w", c[2][1])], ["e2_b"]),
        node("Relu", ["e2_b"], ["e2"]),
        # encoder 3: kernel 3, padding 1, stride 1 on 1 frame (the middle tap sees it)
        node("MatMul", ["e2", const("w3", taps(c[3][0], range(1, 2)))], ["e3_mm"]),
        node("Add", ["e3_mm", const("b3w", c[3][1])], ["e3_b"]),
        node("Relu", ["e3_b"], ["features"]),  # (N, 128)
    ]
    encoder = model_of(
        nodes,
        consts,
        "silero_vad_8k_encoder",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 288])],
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["N", HIDDEN])],
    )
    consts.clear()
    for name, value in (("s0", 0), ("s1", 1), ("s2", 2), ("ax1", 1), ("ax2", 2)):
        ints(name, value)
    nodes = [
        # The LSTM over each stretch's windows in order: (T, S, 128).
        node("Shape", ["state"], ["state_shape"]),
        node("Slice", ["state_shape", "s1", "s2"], ["streams"]),
        node("Concat", ["streams", ints("rest", -1, HIDDEN)], ["by_stream"], axis=0),
        node("Reshape", ["features", "by_stream"], ["features3"]),
        node("Transpose", ["features3"], ["sequence"], perm=[1, 0, 2]),
        node("Slice", ["state", "s0", "s1", ints("ax0", 0)], ["h0"]),
        node("Slice", ["state", "s1", "s2", "ax0"], ["c0"]),
        node(
            "LSTM",
            [
                "sequence",
                const("lstm_w", wi),
                const("lstm_r", wh),
                const("lstm_b", lb),
                "",
                "h0",
                "c0",
            ],
            ["hidden", "h_n", "c_n"],
            hidden_size=HIDDEN,
        ),
        node("Concat", ["h_n", "c_n"], ["stateN"], axis=0),
        # Silero's decoder: ReLU, a 1x1 convolution to one value, the sigmoid.
        node("Squeeze", ["hidden", "ax1"], ["hidden3"]),
        node("Relu", ["hidden3"], ["hidden_r"]),
        node("MatMul", ["hidden_r", const("wd", w["decoder.decoder.2.weight"][0])], ["logit_mm"]),
        node("Add", ["logit_mm", const("bd", w["decoder.decoder.2.bias"])], ["logit"]),
        node("Sigmoid", ["logit"], ["speech"]),  # (T, S, 1)
        node("Squeeze", ["speech", "ax2"], ["speech2"]),
        node("Transpose", ["speech2"], ["output"], perm=[1, 0]),
    ]
    recurrent = model_of(
        nodes,
        consts,
        "silero_vad_8k_lstm",
        [
            helper.make_tensor_value_info("features", TensorProto.FLOAT, ["N", HIDDEN]),
            helper.make_tensor_value_info("state", TensorProto.FLOAT, [2, "S", HIDDEN]),
        ],
        [
            helper.make_tensor_value_info("output", TensorProto.FLOAT, ["S", "T"]),
            helper.make_tensor_value_info("stateN", TensorProto.FLOAT, [2, "S", HIDDEN]),
        ],
    )
    return encoder, recurrent


def model_of(
    nodes: list[onnx.NodeProto],
    consts: list[onnx.TensorProto],
    name: str,
    inputs: list[onnx.ValueInfoProto],
    outputs: list[onnx.ValueInfoProto],
) -> onnx.ModelProto:
    graph = helper.make_graph(nodes, name, inputs, outputs, initializer=consts)
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 16)], producer_name="reviewer"
    )
    model.ir_version = 8
    onnx.checker.check_model(model, full_check=True)
    return model


def main() -> None:
    encoder, recurrent = build(HERE / "silero_vad.onnx")
    for model, name in ((encoder, ENCODER), (recurrent, RECURRENT)):
        onnx.save(model, str(HERE / name))
        print(HERE / name)


if __name__ == "__main__":
    main()
