"""What the desk gets from an export: subtitles without burnt-in names unless asked, no cue past
the end of the video, a Word table that says what was reviewed, by whom and when."""

from __future__ import annotations

from pathlib import Path

import docx
import pysubs2
import pytest
from formats_support import sample_transcript

from reviewer.formats import ExportOptions, write_transcript


def _names_in_text(path: Path) -> list[str]:
    return [e.plaintext.split(": ", 1)[0] for e in pysubs2.load(str(path)) if ": " in e.plaintext]


def test_srt_has_no_speaker_prefix_unless_asked(tmp_path: Path) -> None:
    plain, labelled = tmp_path / "plain.srt", tmp_path / "labelled.srt"
    write_transcript(sample_transcript(), plain, "srt")
    write_transcript(sample_transcript(), labelled, "srt", ExportOptions(speaker_labels=True))
    assert _names_in_text(plain) == []
    assert _names_in_text(labelled) == ["陈嘉怡", "Sergey Lavrov", "陈嘉怡"]


def test_vtt_voices_and_ass_names_stay_by_default(tmp_path: Path) -> None:
    vtt, ass = tmp_path / "a.vtt", tmp_path / "a.ass"
    write_transcript(sample_transcript(), vtt, "vtt")
    write_transcript(sample_transcript(), ass, "ass")
    assert "<v Sergey Lavrov>" in vtt.read_text(encoding="utf-8")
    assert [e.name for e in pysubs2.load(str(ass))] == ["陈嘉怡", "", "Sergey Lavrov", "陈嘉怡"]
    write_transcript(sample_transcript(), ass, "ass", ExportOptions(speaker_labels=False))
    assert {e.name for e in pysubs2.load(str(ass))} == {""}


@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass"])
def test_cues_end_with_the_media(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"clamped.{fmt}"
    # The video is 10 s long: the third cue (8.0-11.5 s) ends at 10 s, the fourth (1 h) goes.
    write_transcript(sample_transcript(), out, fmt, ExportOptions(media_ms=10_000))
    assert [(e.start, e.end) for e in pysubs2.load(str(out))] == [
        (500, 3200),
        (3400, 7900),
        (8000, 10_000),
    ]


def test_word_header_and_review_columns(tmp_path: Path) -> None:
    out = tmp_path / "desk.docx"
    options = ExportOptions(reviewer="Anna Petrova", date="4 December 2026")
    write_transcript(sample_transcript(), out, "docx", options)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts == [
        "Typhoon signal No. 8 raised",
        "Evening news, 8 September",
        "Reviewed by Anna Petrova · 4 December 2026 · 2 of 4 segments approved",
    ]
    assert document.core_properties.author == "Anna Petrova"
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows[0][-3:] == ["Status", "Tags", "Note"]
    assert rows[3][-3:] == ["flagged", "VO, needs legal", "-check the quote"]


def test_word_header_counts_one_segment_in_the_singular(tmp_path: Path) -> None:
    transcript = sample_transcript()
    transcript.segments = transcript.segments[:1]
    out = tmp_path / "one.docx"
    write_transcript(transcript, out, "docx")
    assert docx.Document(str(out)).paragraphs[2].text == "1 of 1 segment approved"


def test_word_page_is_landscape_with_room_for_the_text(tmp_path: Path) -> None:
    from docx.enum.section import WD_ORIENT

    out = tmp_path / "wide.docx"
    write_transcript(sample_transcript(), out, "docx")
    document = docx.Document(str(out))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    table = document.tables[0]
    widths = {c.cells[0].text: c.width for c in table.columns}
    assert widths["Translation"] > 2 * widths["Status"]
    assert widths["Time"] < widths["Source"] < widths["Translation"]  # by what each holds
    usable = section.page_width - section.left_margin - section.right_margin
    assert sum(widths.values()) <= usable
