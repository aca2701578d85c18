"""The analysis cached beside the project: read back whole; stale, damaged or foreign caches
are computed again, never trusted."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from reviewer.audio import cache
from reviewer.audio.analysis import analyse_to_cache, child_command, load_or_analyse
from reviewer.audio.decode import AudioError

Clip = tuple[Path, list[tuple[int, int]]]


@pytest.fixture
def cached(clip: Clip, tmp_path: Path) -> tuple[Path, Path]:
    media = tmp_path / clip[0].name
    shutil.copy(clip[0], media)
    target = cache.cache_path(tmp_path / "clip.review")
    analyse_to_cache(media, target)
    return media, target


def test_the_cache_is_named_by_the_project_and_reads_back_whole(cached, clip: Clip) -> None:
    media, target = cached
    assert target.name == "clip.review.audio"
    found = cache.read(target, media)
    assert found is not None
    assert len(found.speech) == len(clip[1])
    assert found.peaks[0].dtype == np.int8 and found.peaks[0].shape[1] == 2
    assert found.duration_ms > clip[1][-1][1]
    again = load_or_analyse(target.with_suffix(""), media)  # the project path: from the cache
    assert again.speech == found.speech


def test_a_changed_media_or_a_damaged_cache_is_not_trusted(cached) -> None:
    media, target = cached
    good = target.read_bytes()
    for damage in (b"", b"not a zip", good[: len(good) // 2], good[:-40] + b"\0" * 40):
        target.write_bytes(damage)
        assert cache.read(target, media) is None
    target.write_bytes(good)
    stat = media.stat()
    os.utime(media, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert cache.read(target, media) is None  # the media was changed since
    # Another valid archive with foreign contents (a negative span) is refused too.
    np.savez(
        target,
        key=np.frombuffer(b"{}", np.uint8),
        peaks=np.zeros((1, 2), np.int8),
        speech=np.array([[5, -1]]),
    )
    assert cache.read(target, media) is None
    # Recomputed and cached again by whoever asks.
    found = load_or_analyse(target.with_suffix(""), media)
    assert len(found.speech) == 7 and cache.read(target, media) is not None


def test_the_peaks_are_written_first_and_never_taken_for_the_whole(
    clip: Clip, tmp_path: Path
) -> None:
    target = tmp_path / "p.review.audio"
    seen: list[tuple[bool, int]] = []

    def peaks_written() -> None:
        partial = cache.read(target, clip[0], partial=True)
        assert partial is not None
        seen.append((cache.read(target, clip[0]) is None, len(partial.speech)))

    whole = analyse_to_cache(clip[0], target, peaks_written=peaks_written)
    assert seen == [(True, 0)]  # peaks only: refused as the analysis, no speech in it
    found = cache.read(target, clip[0])
    assert found is not None and found.complete and found.speech == whole.speech
    assert len(found.speech) == 7


def test_media_without_sound_or_not_media_is_named(tmp_path: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("not a video", encoding="utf-8")
    with pytest.raises(AudioError, match=r"notes\.mp4: cannot open the media"):
        load_or_analyse(tmp_path / "p.review", text)
    with pytest.raises(AudioError, match="cannot be read"):
        load_or_analyse(tmp_path / "p.review", tmp_path / "missing.mp4")


def test_the_child_process_writes_the_cache_and_reports(cached, tmp_path: Path) -> None:
    import subprocess

    media, _ = cached
    target = tmp_path / "child.review.audio"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    run = subprocess.run(
        child_command(media, target), capture_output=True, text=True, env=env, check=False
    )
    lines = run.stdout.splitlines()
    assert run.returncode == 0, run.stdout + run.stderr
    assert lines[-1] == "done" and lines[0].startswith("progress")
    assert lines.index("peaks") < len(lines) - 1  # the waveform was there before the speech
    assert cache.read(target, media) is not None
    bad = subprocess.run(
        child_command(tmp_path / "missing.wav", target),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert bad.returncode == 1 and bad.stdout.startswith("error ")
    assert "missing.wav" in bad.stdout


def test_each_track_has_its_own_analysis(tmp_path: Path) -> None:
    """The second track analysed (the one with the sound): the cache says whose it is, and the
    first track's is not read from it, nor the second's from the first's."""
    import subprocess

    media = tmp_path / "two.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono:d=6",
         "-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=6",
         "-map", "0", "-map", "1", "-c:a", "aac", str(media)],
        check=True,
    )  # fmt: skip
    target = cache.cache_path(tmp_path / "two.review")
    loud = load_or_analyse(target.with_suffix(""), media, track=1)
    assert np.abs(loud.peaks[0]).max() > 10
    assert cache.read(target, media, track=1) is not None
    assert cache.read(target, media) is None  # the first track's is not this
    quiet = load_or_analyse(target.with_suffix(""), media)  # analysed again, for track 0
    assert np.abs(quiet.peaks[0]).max() <= 1
    assert cache.read(target, media, track=1) is None
