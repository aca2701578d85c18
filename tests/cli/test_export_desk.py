"""The command line's exports and history as the desk reads them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pysubs2
import pytest

from reviewer.cli import main
from reviewer.store import Project
from reviewer.store.glossary import add_term
from reviewer.text.glossary import Term


@pytest.fixture
def demo(tmp_path: Path, repo_root: Path) -> Path:
    for name in ("demo.zh.srt", "demo.en.srt", "demo.mp4"):
        shutil.copy(repo_root / "resources" / "demo" / name, tmp_path / name)
    assert main(["import", str(tmp_path / "demo.zh.srt"), str(tmp_path / "demo.en.srt")]) == 0
    with Project.open(tmp_path / "demo.review", author="anna") as project:
        project.set_speaker([1, 2], "Anna Lee")
    return tmp_path / "demo.review"


def test_srt_speaker_labels_off_by_default_and_on_by_flag(demo: Path) -> None:
    plain, labelled = demo.with_name("plain.srt"), demo.with_name("labelled.srt")
    assert main(["export", str(demo), "-f", "srt", "-o", str(plain)]) == 0
    assert main(["export", str(demo), "-f", "srt", "--speakers", "-o", str(labelled)]) == 0
    assert not any(e.plaintext.startswith("Anna Lee:") for e in pysubs2.load(str(plain)))
    starts = [e.plaintext.startswith("Anna Lee: ") for e in pysubs2.load(str(labelled))]
    assert starts[:3] == [True, True, False]


def test_vtt_keeps_voices_unless_no_speakers(demo: Path) -> None:
    out = demo.with_name("out.vtt")
    assert main(["export", str(demo), "-f", "vtt", "-o", str(out)]) == 0
    assert "<v Anna Lee>" in out.read_text(encoding="utf-8")
    assert main(["export", str(demo), "-f", "vtt", "--no-speakers", "--force", "-o", str(out)]) == 0
    assert "<v " not in out.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="the clamp test measures by ffprobe")
def test_the_last_cue_ends_with_the_video(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Project.open(demo) as project:
        project.retime(7, 34_314, 45_000)  # runs past the 41.44 s clip
    out = demo.with_name("clamped.srt")
    assert main(["export", str(demo), "-f", "srt", "-o", str(out)]) == 0
    assert pysubs2.load(str(out))[-1].end == 41_440
    assert "cut at the video's end (00:41.440): #7" in capsys.readouterr().err
    with Project.open(demo) as project:
        project.retime(7, 42_000, 45_000)  # starts after it: left out, and said
    assert main(["export", str(demo), "-f", "srt", "-o", str(out), "--force"]) == 0
    assert len(pysubs2.load(str(out))) == 6
    told = capsys.readouterr().err
    assert "left out, starting after the video's end (00:41.440): #7" in told


def test_the_length_the_player_measured_is_used(demo: Path) -> None:
    with Project.open(demo) as project:
        project.retime(7, 34_314, 45_000)
        project.record_media_duration(40_000)
        assert project.media_duration_ms == 40_000
    out = demo.with_name("measured.srt")
    assert main(["export", str(demo), "-f", "srt", "-o", str(out)]) == 0
    assert pysubs2.load(str(out))[-1].end == 40_000


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="the length is measured by ffprobe")
def test_check_names_the_segments_the_clip_does_not_reach(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(demo) as project:
        project.retime(7, 42_000, 45_000)  # the transcript of a longer cut of the 41.44 s clip
        project.retime(6, 33_000, 42_500)
    capsys.readouterr()
    assert main(["check", str(demo), "--no-speech", "--json"]) == 1
    found = [p for p in json.loads(capsys.readouterr().out) if p["check"] == "past-end"]
    assert [(p["segment_id"], p["severity"]) for p in found] == [(6, "warning"), (7, "error")]
    assert "00:41.440" in found[1]["message"]
    with Project.open(demo) as project:
        assert project.media_duration_ms is None  # the check read the file, wrote nothing


def test_word_export_names_the_reviewer(demo: Path) -> None:
    out = demo.with_name("desk.docx")
    assert main(["export", str(demo), "-f", "docx", "--reviewer", "Anna Lee", "-o", str(out)]) == 0
    review_line = docx.Document(str(out)).paragraphs[-1].text
    assert review_line.startswith("Reviewed by Anna Lee · ")
    assert review_line.endswith(" · 0 of 7 segments approved")


def test_history_shows_the_changed_words_in_context(demo: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with Project.open(demo, author="anna") as project:
        old = project.segment(2).translation
        project.set_translation(2, old.replace("Wang Yee", "Wang Yi").replace("Lavrof", "Lavrov"))
        add_term(project, Term(["拉夫罗夫"], "Lavrov", ["Lavrof"]))
    capsys.readouterr()
    assert main(["history", str(demo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    text = next(line for line in lines if "translation:" in line)
    assert "Wang [-Yee-]{+Yi+} met" in text
    assert "[-Lavrof-]{+Lavrov+} in Beijing" in text
    glossary = next(line for line in lines if "glossary" in line)
    assert "anna" in glossary and "Glossary: add 拉夫罗夫" in glossary
    assert "(none) -> '拉夫罗夫 = Lavrov (not Lavrof)'" in glossary
