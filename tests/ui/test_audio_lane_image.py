"""The audio lane's waveform image, offscreen: each column the loudest and quietest of the
sound under it, at any zoom; nothing drawn before the clip's start or after its end."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from reviewer.audio.cache import AudioMap
from reviewer.audio.decode import levels_of, peaks_of
from reviewer.core.speech import SpeechMap


def _audio() -> AudioMap:
    # 10 s: silence, then a 0.5-amplitude square wave from 2 s to 4 s, then silence.
    samples = np.zeros(80_000, np.float32)
    samples[16_000:32_000] = np.where(np.arange(16_000) % 16 < 8, 0.5, -0.5)
    return AudioMap(levels_of(peaks_of(samples)), SpeechMap([(2000, 4000)]), 10_000)


def _drawn(image, x: int) -> int:  # type: ignore[no-untyped-def]
    return sum(image.pixelColor(x, y).alpha() > 0 for y in range(image.height()))


@pytest.mark.parametrize("ms_per_px", [2.0, 10.0, 37.5, 200.0])
def test_columns_show_the_sound_under_them(qapp, ms_per_px: float) -> None:  # type: ignore[no-untyped-def]
    from reviewer.ui.audio_lane import wave_image

    audio = _audio()
    start, width, height = -1000.0, 400, 41
    image = wave_image(audio, start, ms_per_px, width, height)
    for x in range(width):
        t0, t1 = start + x * ms_per_px, start + (x + 1) * ms_per_px
        drawn = _drawn(image, x)
        if t1 <= 0 or t0 >= 10_000:
            assert drawn == 0, (x, t0)  # before the start, after the end: nothing
        elif 2000 + ms_per_px <= t0 and t1 <= 4000 - ms_per_px:
            assert drawn >= height // 2 - 2, (x, t0)  # half of full scale, up and down
        elif t1 <= 2000 - 10 or t0 >= 4000 + 10:
            assert drawn <= 2, (x, t0)  # the silence: a line
