"""The speech checks: untranscribed speech and segments with no speech, in the check set and
in `reviewer check` (which reads the cache beside the project or makes it)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reviewer.audio import cache
from reviewer.cli import main
from reviewer.core.models import Segment, Transcript
from reviewer.core.speech import SpeechMap
from reviewer.store import Project
from reviewer.text.checks import check_transcript

Clip = tuple[Path, list[tuple[int, int]]]


def transcript(times: list[tuple[int, int]]) -> Transcript:
    return Transcript(
        segments=[Segment(a, b, f"源{i}", f"Line {i}.", id=i + 1) for i, (a, b) in enumerate(times)]
    )


def speech_problems(t: Transcript, speech: SpeechMap | None) -> list[tuple[int, int, str]]:
    return [
        (p.segment_id, p.start_ms, p.check)
        for p in check_transcript(t, speech=speech)
        if p.check in ("untranscribed", "no-speech")
    ]


def test_speech_with_no_segment_and_a_segment_with_no_speech_are_found() -> None:
    speech = SpeechMap([(1000, 4000), (6000, 9000), (12000, 12800), (15000, 17500)])
    t = transcript([(900, 4100), (10000, 11000), (14800, 16000)])
    assert speech_problems(t, speech) == [
        (1, 6000, "untranscribed"),  # 3 s of speech between #1 and #2
        (2, 10000, "no-speech"),  # over silence: the recogniser invented it
        (3, 16000, "untranscribed"),  # the 1.5 s of speech after #3's end
    ]
    # Speech of a second or less (12.0-12.8 s) is not reported; nor is anything without a map.
    assert speech_problems(t, None) == []


def test_a_transcript_that_matches_the_speech_is_quiet() -> None:
    speech = SpeechMap([(1000, 4000), (6000, 9000), (12000, 12800)])
    t = transcript([(950, 4050), (5900, 7500), (7500, 9100), (12000, 12900)])
    assert speech_problems(t, speech) == []


def _json_check(project: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    capsys.readouterr()
    main(["check", str(project), "--json", "--all", *extra])
    return json.loads(capsys.readouterr().out)


def test_reviewer_check_analyses_once_then_reads_the_cache(
    clip: Clip, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    media = tmp_path / clip[0].name
    shutil.copy(clip[0], media)
    spans = clip[1]
    # Every sentence but the third has a segment; one segment sits in the music after #1.
    times = [s for i, s in enumerate(spans) if i != 2] + [(spans[0][1] + 300, spans[0][1] + 1500)]
    path = tmp_path / "clip.review"
    Project.create(path, transcript(sorted(times)), media=str(media)).close()
    found = [(p["check"], p["start_ms"]) for p in _json_check(path, capsys)]
    speech = [f for f in found if f[0] in ("untranscribed", "no-speech")]
    assert [c for c, _ in speech] == ["no-speech", "untranscribed"]
    assert abs(speech[1][1] - spans[2][0]) <= 100
    assert cache.read(cache.cache_path(path), media) is not None
    # The cache is what the second run reads: made unreadable for its media, it is made again.
    cache.cache_path(path).write_bytes(b"garbage")
    again = [(p["check"], p["start_ms"]) for p in _json_check(path, capsys)]
    assert again == found
    assert cache.read(cache.cache_path(path), media) is not None
    skipped = [p["check"] for p in _json_check(path, capsys, "--no-speech")]
    assert "untranscribed" not in skipped and "no-speech" not in skipped


def test_reviewer_check_without_the_media_skips_the_speech_checks_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gone.review"
    Project.create(path, transcript([(0, 1000)]), media=str(tmp_path / "gone.mp4")).close()
    capsys.readouterr()
    status = main(["check", str(path)])
    err = capsys.readouterr().err
    assert status == 0
    assert "gone.mp4 is missing): speech checks skipped" in err
    notmedia = tmp_path / "notes.mp4"
    notmedia.write_text("text", encoding="utf-8")
    path2 = tmp_path / "notes.review"
    Project.create(path2, transcript([(0, 1000)]), media=str(notmedia)).close()
    assert main(["check", str(path2)]) == 0
    assert "notes.mp4: cannot open the media" in capsys.readouterr().err
