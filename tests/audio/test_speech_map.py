"""The speech map of a clip with known speech: espeak-ng sentences alone, over music-like
tones, noise and a crowd's murmur, between music, noise and silence with no speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reviewer.audio.analysis import analyse
from reviewer.audio.decode import BUCKET_MS, blocks, levels_of
from reviewer.core.speech import SpeechMap

Clip = tuple[Path, list[tuple[int, int]]]


@pytest.fixture(scope="module")
def analysed(clip: Clip) -> tuple[np.ndarray, SpeechMap, int]:
    return analyse(clip[0])


def test_every_sentence_is_one_span_and_nothing_else_is_speech(analysed, clip: Clip) -> None:
    _peaks, speech, _duration = analysed
    truth = clip[1]
    assert len(speech) == len(truth) == 7
    for (start, end), span in zip(truth, speech, strict=True):
        assert abs(span.start_ms - start) <= 100, (start, end, span)
        # Ends: the model answers late at the end of speech; reviewer.audio.speech.refine
        # draws an end back to the sound's drop, which a sentence ending in a faint
        # fricative before music makes early (docs/audio.md: 13 of the 14 boundaries within 100 ms).
        assert abs(span.end_ms - end) <= 250, (start, end, span)
    onsets_off = [abs(s.start_ms - t[0]) for s, t in zip(speech, truth, strict=True)]
    ends_off = [abs(s.end_ms - t[1]) for s, t in zip(speech, truth, strict=True)]
    assert sum(e <= 100 for e in onsets_off + ends_off) >= 12, (onsets_off, ends_off)
    # No speech found over the music, noise and silence between the sentences.
    total = sum(e - s for s, e in truth)
    assert sum(s.duration_ms for s in speech) < total * 1.1


def test_the_peaks_cover_the_clip_and_follow_its_loudness(analysed, clip: Clip) -> None:
    peaks, _speech, duration = analysed
    samples = np.concatenate([b for b, _ in blocks(clip[0])])
    assert abs(len(peaks) * BUCKET_MS - duration) <= BUCKET_MS
    assert abs(duration - len(samples) / 8) <= 1
    first = clip[1][0]
    silence = peaks[: 1400 // BUCKET_MS]  # the clip opens with 1.5 s of silence
    voice = peaks[first[0] // BUCKET_MS : first[1] // BUCKET_MS]
    assert np.abs(silence.astype(int)).max() <= 2
    assert voice[:, 1].astype(int).max() > 40 and voice[:, 0].astype(int).min() < -40
    levels = levels_of(peaks)
    assert [len(x) for x in levels[:2]] == [len(peaks), -(-len(peaks) // 4)]
    assert levels[1][:, 1].max() == peaks[:, 1].max()
    assert levels[-1][:, 0].min() == peaks[:, 0].min()


def test_snapping_finds_the_sentence_boundaries_near_a_time(analysed, clip: Clip) -> None:
    _peaks, speech, _duration = analysed
    (s0, e0), (s1, _e1) = clip[1][:2]
    # A boundary put 400 ms off either way snaps to the sentence's own.
    assert abs(speech.nearest_onset(s1 + 400) - s1) <= 100
    assert abs(speech.nearest_onset(s1 - 400) - s1) <= 100
    assert abs(speech.nearest_offset(e0 - 400) - e0) <= 250
    span = speech.next_span(e0)
    assert span is not None and abs(span.start_ms - s1) <= 100
    back = speech.previous_span(s1 - 200)
    assert back is not None and abs(back.start_ms - s0) <= 100


def test_speech_map_joins_and_measures() -> None:
    speech = SpeechMap([(5000, 6000), (1000, 2000), (1500, 2500), (3000, 3000)])
    assert speech.pairs() == [(1000, 2500), (5000, 6000)]
    assert speech.coverage(0, 10_000) == 2500
    assert speech.coverage(2400, 5100) == 200
    assert speech.nearest_onset(4000) == 5000 and speech.nearest_offset(4000) == 2500
    assert SpeechMap().nearest_onset(10) is None
    assert [(s.start_ms, s.end_ms) for s in speech.uncovered([(1000, 1400)], 1000)] == [
        (1400, 2500)
    ]
    assert speech.uncovered([(1000, 1400), (5000, 6000)], 1200) == []
