"""The clip's sound: decoding (PyAV), peaks for the waveform, speech detection (Silero VAD,
ONNX), and the cache beside the project. Qt-free; numpy, av and onnxruntime are imported only
here."""
