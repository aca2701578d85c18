"""Opening what an editor is handed, without a window: a transcript (paired with its other
language, its video found by name), a video, a project; a new project beside a transcript."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pysubs2
import pytest

from reviewer.app import opening
from reviewer.core.errors import ReviewerError
from reviewer.files import FileExistsRefused
from reviewer.store import Project
from reviewer.store.glossary import check_project, terms

SRT = "1\n00:00:01,000 --> 00:00:02,000\nHello\n"


def test_a_transcript_is_paired_with_its_other_language_and_finds_its_video(clip: Path) -> None:
    project, warnings = opening.open_anything(clip / "demo.zh.srt", author="tester")
    try:
        assert warnings == []
        assert project.path == clip / "demo.review"
        assert project.media_path == clip / "demo.mp4"
        english = pysubs2.load(str(clip / "demo.en.srt"))
        assert [s.translation for s in project.transcript.segments] == [
            e.plaintext for e in english
        ]
        assert all(s.source for s in project.transcript.segments)
    finally:
        project.close()
    again, _ = opening.open_anything(clip / "demo.en.srt", author="tester")  # reopened
    try:
        assert again.path == clip / "demo.review"
        assert len(again.transcript.segments) == len(english)
    finally:
        again.close()


def test_the_same_transcript_in_another_format_is_not_its_other_language(tmp_path: Path) -> None:
    # yt-dlp's WebVTT of YouTube's captions and ffmpeg's SRT of it, side by side, one name:
    # paired, each English line was its own "translation".
    real = Path(__file__).resolve().parents[1] / "fixtures" / "formats" / "realworld"
    for suffix in (".vtt", ".srt"):
        shutil.copy(real / f"youtube_auto{suffix}", tmp_path / f"news{suffix}")
    project, warnings = opening.open_anything(tmp_path / "news.vtt", author="tester")
    try:
        segments = project.transcript.segments
        assert len(segments) == 7 and not any(s.source for s in segments)
        assert segments[1].translation == "good evening this is the news"
        said = [str(w) for w in warnings if "the same text" in w.message]
        assert said == [
            f"{tmp_path / 'news.srt'}: holds the same text as the first file: not read as the"
            " other language"
        ]
    finally:
        project.close()


def test_a_video_finds_its_transcripts_and_a_project_beside_it_wins(clip: Path) -> None:
    project, _ = opening.open_anything(clip / "demo.mp4", author="tester")
    project.set_translation(project.ids[0], "Edited.")
    project.close()
    reopened, _ = opening.open_anything(clip / "demo.mp4", author="tester")
    try:
        assert reopened.transcript.segments[0].translation == "Edited."
    finally:
        reopened.close()


def test_a_video_without_a_transcript_is_refused_naming_it(tmp_path: Path, clip: Path) -> None:
    lone = tmp_path / "lone.mp4"
    shutil.copy(clip / "demo.mp4", lone)
    with pytest.raises(ReviewerError, match="no transcript beside this video") as caught:
        opening.open_anything(lone)
    assert str(lone) in str(caught.value)
    with pytest.raises(ReviewerError, match="no such file"):
        opening.open_anything(tmp_path / "gone.srt")


def test_a_broadcast_clip_finds_its_transcript_not_its_camera_metadata(tmp_path: Path) -> None:
    (tmp_path / "C0001.MXF").write_bytes(b"\x06\x0e\x2b\x34")  # an MXF's key, enough here
    (tmp_path / "C0001.XML").write_text("<NonRealTimeMeta/>", encoding="utf-8")  # XDCAM's
    (tmp_path / "C0001.srt").write_text(SRT, "utf-8")
    (tmp_path / "C0001.docx").write_bytes(b"PK")  # an earlier Word export of the clip
    assert opening.transcripts_named(tmp_path, "C0001") == [tmp_path / "C0001.srt"]
    project, _warnings = opening.open_anything(tmp_path / "C0001.MXF", author="tester")
    try:
        assert [s.translation for s in project.transcript.segments] == ["Hello"]
    finally:
        project.close()


def test_break_lock_reaches_the_project_a_transcript_reopens(tmp_path: Path) -> None:
    # `reviewer open clip.srt --break-lock` when clip.review exists already: the lock another
    # machine left on it is taken over, as for `reviewer open clip.review --break-lock`.
    from reviewer.store.lock import lock_path

    srt = tmp_path / "clip.srt"
    srt.write_text(SRT, encoding="utf-8")
    opening.open_anything(srt, author="tester")[0].close()
    target = opening.project_path_for(srt)
    owner = {"pid": 7, "host": "desk-pc-4", "user": "anna", "since": "2026-01-05 10:00"}
    lock_path(target).write_text(json.dumps(owner), encoding="utf-8")
    held, _ = opening.open_anything(srt, author="tester")
    assert held.read_only
    held.close()
    taken, _ = opening.open_anything(srt, author="tester", break_lock=True)
    try:
        assert not taken.read_only
    finally:
        taken.close()


def test_a_transcript_in_a_folder_that_cannot_be_written_gets_its_project_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reviewer.paths import data_dir

    folder = tmp_path / "received"
    folder.mkdir()
    (folder / "clip.zh.srt").write_text(SRT, "utf-8")
    if os.geteuid() == 0:  # root writes anywhere: the folder says it cannot be written
        real = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: p != folder and real(p, mode))
    folder.chmod(0o555)
    try:
        assert opening.project_path_for(folder / "clip.zh.srt") == data_dir() / "clip.review"
        project, _ = opening.open_anything(folder / "clip.zh.srt", author="tester")
        project.close()
        assert (data_dir() / "clip.review").exists() and not (folder / "clip.review").exists()
    finally:
        folder.chmod(0o755)


def test_import_new_writes_the_project_beside_and_refuses_to_replace_it(clip: Path) -> None:
    said: list[str] = []
    made = opening.import_new(clip / "demo.zh.srt", clip / "demo.en.srt", progress=said.append)
    assert made.path == clip / "demo.review" and made.media == clip / "demo.mp4"
    assert made.segments == 7 and made.warnings == []
    assert said == [f"Reading {clip / 'demo.zh.srt'}...", f"Writing {clip / 'demo.review'}..."]
    with Project.open(made.path, read_only=True) as project:
        assert len(project.transcript.segments) == 7
        assert project.transcript.kind == "subtitles"  # SRT: subtitles
    with pytest.raises(FileExistsRefused):
        opening.import_new(clip / "demo.zh.srt")
    again = opening.import_new(clip / "demo.zh.srt", kind="transcript", replace=True)
    with Project.open(again.path, read_only=True) as project:
        assert project.transcript.kind == "transcript"
        assert not any(s.translation for s in project.transcript.segments)
    with pytest.raises(ReviewerError, match="no such media file"):
        opening.import_new(clip / "demo.zh.srt", media=clip / "gone.mp4", replace=True)


def test_adding_the_other_language_is_one_undo_step_kept_in_the_file(clip: Path) -> None:
    only = clip / "only"
    only.mkdir()
    shutil.copy(clip / "demo.zh.srt", only / "story.zh.srt")
    project, _ = opening.open_anything(only / "story.zh.srt", author="tester")
    assert not any(s.translation for s in project.transcript.segments)
    assert opening.add_other_language(project, clip / "demo.en.srt") == 7
    assert "Add demo.en.srt" in project.undo_label
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        assert all(s.translation for s in reopened.transcript.segments)
        reopened.undo()
        assert not any(s.translation for s in reopened.transcript.segments)


def test_an_unsure_encoding_is_told_and_a_sure_one_is_not(tmp_path: Path) -> None:
    chinese = tmp_path / "fayan.srt"  # a short GB file: euc_kr or gb18030, the window asks
    chinese.write_bytes(
        "1\n00:00:01,000 --> 00:00:02,000\n中华人民共和国外交部发言人\n".encode("gb18030")
    )
    utf8 = tmp_path / "clip.srt"
    utf8.write_text(SRT, "utf-8")
    assert opening.unsure_encoding(utf8) is None
    unsure = opening.unsure_encoding(chinese)
    assert unsure is not None
    data, guess = unsure
    assert data == chinese.read_bytes() and not guess.sure and "gb18030" in guess.candidates
    assert opening.unsure_encoding(tmp_path / "clip.mp4") is None  # not a transcript
    opening.open_anything(chinese, encoding="gb18030")[0].close()
    assert opening.unsure_encoding(chinese) is None  # its project is reopened, not read
    assert opening.unsure_encoding(chinese, opening=False) is not None  # as the other language


def test_the_demo_project_comes_with_its_glossary_and_its_mistakes_are_found() -> None:
    project = opening.demo_project("tester")
    count = len(terms(project))
    try:
        assert len(project.transcript.segments) == 7
        assert project.media_path is not None and project.media_path.exists()
        assert any(t.translation == "Lavrov" for t in terms(project))
        found = {(p.check, p.segment_id) for p in check_project(project)}
        assert ("untranslated", 3) in found  # Lebanon's 真主党
        messages = " ".join(p.message for p in check_project(project))
        assert "Lavrof" in messages and "Wang Yee" in messages
    finally:
        project.close()
    reopened = opening.demo_project("tester")  # a second start opens the same project
    assert reopened.path == project.path and len(terms(reopened)) == count
    reopened.close()


def test_a_real_pair_sharing_a_few_lines_is_still_a_pair() -> None:
    # Written Cantonese and its Mandarin translation, both in Han characters, share a line
    # now and then; so do two languages' "[Music]" and an untranslated "Thank you".
    from reviewer.app.importing import same_text
    from reviewer.core.models import Segment, Transcript

    def lines(*texts: str) -> Transcript:
        return Transcript(
            segments=[Segment(i * 1000, i * 1000 + 900, t) for i, t in enumerate(texts)]
        )

    cantonese = lines(
        "行政長官今日宣布", "新一份施政報告", "佢話會盡快落實", "市民反應不一", "記者問佢幾時"
    )
    mandarin = lines(
        "行政長官今日宣布", "新一份施政報告", "他說會盡快落實", "市民反應不一", "記者問他何時"
    )
    assert not same_text(cantonese, mandarin)
    english = lines("[Music]", "Thank you", "Good evening", "The minister said")
    chinese = lines("[Music]", "Thank you", "晚上好", "部长说")
    assert not same_text(english, chinese)
    assert same_text(english, lines("[Music]", "Thank you", "good  evening", "The Minister said"))
