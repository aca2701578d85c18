"""Each fixture file imported and compared field by field with its expected reviewer JSON."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from formats_support import FIXTURES, compare_with_expected, transcript_dict

from reviewer.core.errors import ImportError_
from reviewer.formats import read_transcript

# file, the format it must be read as, the encoding it must be detected in
CASES = [
    ("gbk_crlf.srt", "srt", "gb18030"),
    ("big5.srt", "srt", "big5hkscs"),
    ("utf16_bom.srt", "srt", "utf-16-le"),
    ("voices.vtt", "vtt", "utf-8"),
    ("actors.ass", "ass", "utf-8"),
    ("legacy.ssa", "ass", "utf-8"),
    ("whisper.json", "whisper", "utf-8"),
    ("whisperx.json", "whisper", "utf-8"),
    ("seconds.csv", "csv", "utf-8"),
    ("bilingual.csv", "csv", "utf-8"),
    ("notes.txt", "txt", "utf-8"),
    ("pagecopy.txt", "pagecopy", "utf-8"),
    ("youtube.txt", "pagecopy", "utf-8"),
    ("reviewer.json", "json", "utf-8"),
    ("broken.srt", "srt", "utf-8"),
    ("broken_cue.vtt", "vtt", "utf-8"),
    ("broken_event.ass", "ass", "utf-8"),
    ("broken_row.csv", "csv", "utf-8"),
]


@pytest.mark.parametrize(("name", "fmt", "encoding"), CASES, ids=[c[0] for c in CASES])
def test_fixture_imports_as_expected(name: str, fmt: str, encoding: str) -> None:
    result = read_transcript(FIXTURES / name)
    assert (result.format, result.encoding) == (fmt, encoding)
    stem = name.rsplit(".", 1)[0]
    compare_with_expected(transcript_dict(result.transcript), FIXTURES / f"{stem}.expected.json")


def test_every_fixture_has_a_case() -> None:
    inputs = {p.name for p in FIXTURES.iterdir() if p.is_file() and ".expected." not in p.name}
    assert inputs == {c[0] for c in CASES}


def test_gbk_crlf_srt_reads_chinese_to_the_source_side() -> None:
    segments = read_transcript(FIXTURES / "gbk_crlf.srt").transcript.segments
    assert segments[0].source == "晚间新闻，我是陈嘉怡。"  # <i> removed
    assert segments[1].source == "天文台今晚发出八号烈风或暴风信号，\n预计风力会进一步增强。"
    assert segments[2].speaker == "李志明" and segments[2].source.startswith("荃湾")
    assert all(s.translation == "" and "\r" not in s.source for s in segments)


def test_big5_is_traditional_chinese_and_utf16_is_russian() -> None:
    big5 = read_transcript(FIXTURES / "big5.srt").transcript
    assert big5.segments[1].source == "天文台表示，颱風「山竹」正向香港逼近。"
    russian = read_transcript(FIXTURES / "utf16_bom.srt").transcript
    assert russian.segments[0].speaker == "Сергей Лавров"
    assert russian.segments[0].source == "Мы внимательно следим за ситуацией."


def test_vtt_voice_spans_become_speakers_and_blocks_are_not_cues() -> None:
    transcript = read_transcript(FIXTURES / "voices.vtt").transcript
    assert [s.speaker for s in transcript.segments] == [
        "Chen Jiayi", "Chen Jiayi", "Li Zhiming", None,
    ]  # fmt: skip
    texts = [s.translation for s in transcript.segments]
    assert (
        texts[1]
        == "The Observatory has raised the No. 8 signal,\nand the wind is expected to strengthen."
    )
    assert texts[2] == "Schools in Tsuen Wan & Tuen Mun close tomorrow."
    assert texts[3] == "The Chief Secretary said police will patrol the coast."
    joined = "\n".join(texts)
    for leftover in ("NOTE", "STYLE", "::cue", "region", "align:", "intro-1", "<", ">"):
        assert leftover not in joined
    assert [s.name for s in transcript.speakers] == ["Chen Jiayi", "Li Zhiming"]
    assert [s.slot for s in transcript.speakers] == [1, 2]


def test_ass_name_field_is_the_speaker_and_override_tags_go() -> None:
    transcript = read_transcript(FIXTURES / "actors.ass").transcript
    first = transcript.segments[0]
    assert (first.speaker, first.source) == ("陈嘉怡", "晚间新闻，我是陈嘉怡。")
    assert transcript.segments[1].source.endswith("信号，\n预计风力会进一步增强。")
    assert all("{" not in s.source and "\\" not in s.source for s in transcript.segments)
    assert "check the spelling" not in "".join(s.source for s in transcript.segments)


def test_whisperx_speakers_and_whisper_without() -> None:
    whisperx = read_transcript(FIXTURES / "whisperx.json").transcript
    assert [s.speaker for s in whisperx.segments] == [
        "SPEAKER_00",
        "SPEAKER_00",
        "SPEAKER_01",
        None,
    ]
    assert whisperx.segments[0].start_ms == 31 and whisperx.segments[0].end_ms == 3200
    whisper = read_transcript(FIXTURES / "whisper.json").transcript
    assert [s.source for s in whisper.segments] == [
        "天文台今晚发出八号烈风信号。",
        "荃湾的学校明天停课。",
    ]
    assert whisper.speakers == []


def test_page_copy_title_description_credits_and_times() -> None:
    transcript = read_transcript(FIXTURES / "pagecopy.txt").transcript
    assert transcript.title == "Typhoon signal No. 8 raised 八号风球今晚生效"
    assert transcript.description == (
        "晚间新闻 | 天文台今晚发出八号烈风或暴风信号。(主播:陈嘉怡)\n"
        "记者：李志明 | Reporter: Mary Chan"
    )
    assert [(s.name, s.role) for s in transcript.speakers] == [
        ("陈嘉怡", "anchor"), ("李志明", "reporter"), ("Mary Chan", "reporter"),
    ]  # fmt: skip
    segments = transcript.segments
    assert [s.start_ms for s in segments] == [0, 5000, 12000, 3_598_000, 3_727_000]
    assert [s.end_ms for s in segments[:4]] == [5000, 12000, 3_598_000, 3_727_000]
    assert (
        segments[1].translation == "Schools in 荃湾 and 屯门 will close tomorrow."
    )  # English side
    assert segments[2].translation == "The Chief Secretary said police will patrol the coast."
    assert segments[4].translation == "The Secretary said 警方 will patrol the coast all night."
    assert segments[4].end_ms - segments[4].start_ms >= 2000  # reading time, not the next video
    assert not any("Recommended" in s.translation or "Up next" in s.translation for s in segments)
    assert all(s.speaker is None for s in segments)  # credits are suggestions only


def test_page_copy_last_segment_ends_at_the_media_end() -> None:
    result = read_transcript(FIXTURES / "pagecopy.txt", media_duration_ms=3_800_000)
    assert result.transcript.segments[-1].end_ms == 3_800_000


def test_youtube_layout_text_on_the_next_line() -> None:
    transcript = read_transcript(FIXTURES / "youtube.txt").transcript
    assert [(s.start_ms, s.end_ms) for s in transcript.segments[:3]] == [
        (0, 3000), (3000, 8000), (8000, 12000),
    ]  # fmt: skip
    assert transcript.segments[1].translation == (
        "The Observatory has raised the No. 8 signal,\nand the wind is expected to strengthen."
    )
    assert (
        transcript.segments[2].translation == "Schools in Tsuen Wan close tomorrow."
    )  # no "8 seconds"
    assert [(s.name, s.role) for s in transcript.speakers] == [("Chen Jiayi", "anchor")]


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("broken.srt", [5, 14]),
        ("broken_cue.vtt", [7]),
        ("broken_event.ass", [7, 8]),
        ("broken_row.csv", [3]),
    ],
)
def test_malformed_cues_are_skipped_or_kept_with_a_warning_naming_the_line(
    name: str, lines: list[int]
) -> None:
    result = read_transcript(FIXTURES / name)
    assert [w.line for w in result.warnings] == lines
    for warning in result.warnings:
        assert str(warning).startswith(f"{FIXTURES / name}:{warning.line}: ")
        # an unreadable time skips the cue; a cue that ends before it starts is kept
        assert ("skipped" in warning.message) != ("ends" in warning.message)


def test_as_side_overrides_the_script_guess() -> None:
    result = read_transcript(FIXTURES / "gbk_crlf.srt", as_side="translation")
    assert all(s.source == "" and s.translation for s in result.transcript.segments)
    result = read_transcript(FIXTURES / "voices.vtt", as_side="source")
    assert all(s.translation == "" and s.source for s in result.transcript.segments)


def test_reviewer_json_keeps_ids_statuses_tags_and_sorts(tmp_path: Path) -> None:
    transcript = read_transcript(FIXTURES / "reviewer.json").transcript
    assert [s.id for s in transcript.segments] == [7, 9, 12]  # sorted by time, ids kept
    assert [str(s.status) for s in transcript.segments] == ["approved", "edited", "flagged"]
    assert transcript.speaker("Sergey Lavrov") is not None
    assert transcript.speaker("Sergey Lavrov").slot == 3  # type: ignore[union-attr]


def test_content_decides_between_formats_sharing_an_extension(tmp_path: Path) -> None:
    for source, name, fmt in [
        ("pagecopy.txt", "a.txt", "pagecopy"), ("notes.txt", "b.txt", "txt"),
        ("whisperx.json", "c.json", "whisper"), ("reviewer.json", "d.json", "json"),
        ("voices.vtt", "e.subtitles", "vtt"), ("gbk_crlf.srt", "f", "srt"),
    ]:  # fmt: skip
        shutil.copy(FIXTURES / source, tmp_path / name)
        assert read_transcript(tmp_path / name).format == fmt, name


def test_explicit_format_wins(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "pagecopy.txt", tmp_path / "page.txt")
    assert read_transcript(tmp_path / "page.txt", fmt="txt").format == "txt"
    with pytest.raises(ImportError_, match="unknown format"):
        read_transcript(tmp_path / "page.txt", fmt="nonsense")
