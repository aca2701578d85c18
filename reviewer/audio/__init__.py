"""The clip's sound: decoding (PyAV), peaks for the waveform, speech detection (Silero VAD,
ONNX), and the cache beside the project. Qt-free; numpy, av and onnxruntime are imported only
here."""

from __future__ import annotations

import sys
from pathlib import Path

SUFFIX = ".audio"


def cache_path(project_path: str | Path) -> Path:
    """Return where the analysis of ``project_path``'s media is cached (PROJECT.review.audio);
    here, not in reviewer.audio.cache, so that asking costs no numpy import."""
    project_path = Path(project_path)
    return project_path.with_name(project_path.name + SUFFIX)


def child_command(media: str | Path, target: str | Path, track: int = 0) -> list[str]:
    """Return the command that runs the analysis of ``media``'s audio ``track`` in a child
    process (reviewer.audio.analysis)."""
    args = [str(media), str(target), str(track)]
    if getattr(sys, "frozen", False):  # the bundled app: its own executable takes the flag
        return [sys.executable, "--audio-analysis", *args]
    return [sys.executable, "-m", "reviewer.audio.analysis", *args]
