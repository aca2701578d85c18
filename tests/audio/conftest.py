"""The clip with known speech (tests/speech_media.py), made once a session."""

from __future__ import annotations

from pathlib import Path

import pytest
import speech_media


@pytest.fixture(scope="session")
def clip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    if not speech_media.espeak_available():
        pytest.skip("espeak-ng is not installed (installer/bootstrap.sh TEST_PACKAGES)")
    path = tmp_path_factory.mktemp("speech") / "speech.m4a"
    return path, speech_media.make_clip(path)
