"""Exports: golden files, and each export read back by the library that reads that format."""

from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import docx
import pysubs2
import pytest
from formats_support import GOLDEN, compare_with_golden, sample_transcript

from reviewer.core.errors import ExportError
from reviewer.formats import FORMATS, ExportOptions, read_transcript, write_transcript

GOLDENS = [
    ("srt", ExportOptions(), "sample.srt"),
    ("srt", ExportOptions(text="both"), "sample.both.srt"),
    ("srt", ExportOptions(text="source", script="s2hk", approved_only=True), "sample.s2hk.srt"),
    ("srt", ExportOptions(speaker_labels=True), "sample.speakers.srt"),
    ("vtt", ExportOptions(text="both"), "sample.vtt"),
    ("ass", ExportOptions(text="both"), "sample.ass"),
    ("txt", ExportOptions(), "sample.txt"),
    ("txt", ExportOptions(text="source", timecodes=False), "sample.notime.txt"),
    ("json", ExportOptions(), "sample.json"),
    ("json", ExportOptions(text="translation", approved_only=True), "sample.approved.json"),
    ("csv", ExportOptions(), "sample.csv"),
]


def _docx_content(data: bytes) -> str:
    """Return what a reader of the .docx sees: headings, paragraphs, table rows, as JSON."""
    document = docx.Document(io.BytesIO(data))
    content = {
        "paragraphs": [[p.style.name, p.text] for p in document.paragraphs if p.style],
        "tables": [[[c.text for c in row.cells] for row in t.rows] for t in document.tables],
    }
    return json.dumps(content, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(("fmt", "options", "golden"), GOLDENS, ids=[g[2] for g in GOLDENS])
def test_export_matches_golden(
    fmt: str, options: ExportOptions, golden: str, tmp_path: Path
) -> None:
    out = tmp_path / golden
    write_transcript(sample_transcript(), out, fmt, options)
    compare_with_golden(out.read_bytes(), GOLDEN / golden)


@pytest.mark.parametrize(
    ("options", "golden"),
    [
        (ExportOptions(), "sample.docx.json"),
        (ExportOptions(text="translation", timecodes=False), "sample.translation.docx.json"),
    ],
)
def test_docx_content_matches_golden(options: ExportOptions, golden: str, tmp_path: Path) -> None:
    out = tmp_path / "sample.docx"
    write_transcript(sample_transcript(), out, "docx", options)
    compare_with_golden(_docx_content(out.read_bytes()), GOLDEN / golden)


def test_docx_table_read_by_python_docx(tmp_path: Path) -> None:
    out = tmp_path / "sample.docx"
    write_transcript(sample_transcript(), out, "docx", ExportOptions(approved_only=True))
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Typhoon signal No. 8 raised"
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    # No approved segment has a note: that column is left out.
    assert rows[0] == ["Time", "Speaker", "Source", "Translation", "Status", "Tags"]
    assert rows[1] == [
        "0:00:00.500 - 0:00:03.200", "陈嘉怡", "晚间新闻，我是陈嘉怡。",
        "Good evening, this is Chen Jiayi.", "approved", "SOT",
    ]  # fmt: skip
    assert len(rows) == 3  # the header and the two approved segments


@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass"])
def test_subtitles_read_back_by_pysubs2(fmt: str, tmp_path: Path) -> None:
    transcript = sample_transcript()
    out = tmp_path / f"sample.{fmt}"
    write_transcript(transcript, out, fmt, ExportOptions(text="both", speaker_labels=False))
    subs = pysubs2.load(str(out))
    assert [(e.start, e.end) for e in subs] == [(s.start_ms, s.end_ms) for s in transcript.segments]
    for event, segment in zip(subs, transcript.segments, strict=True):
        assert event.plaintext == f"{segment.source}\n{segment.translation}"


def test_ass_name_field_read_back_by_pysubs2(tmp_path: Path) -> None:
    out = tmp_path / "sample.ass"
    write_transcript(sample_transcript(), out, "ass", ExportOptions())
    subs = pysubs2.load(str(out))
    assert [e.name for e in subs] == ["陈嘉怡", "", "Sergey Lavrov", "陈嘉怡"]
    assert subs.styles["Default"].fontname == "Noto Sans CJK SC"
    assert subs[2].plaintext == "=We will respond."


def test_vtt_voice_spans_written(tmp_path: Path) -> None:
    out = tmp_path / "sample.vtt"
    write_transcript(sample_transcript(), out, "vtt", ExportOptions())
    text = out.read_text(encoding="utf-8")
    assert text.startswith("WEBVTT\n\n")
    assert "<v 陈嘉怡>Good evening, this is Chen Jiayi.\n" in text
    assert "<v Sergey Lavrov>=We will respond.\n" in text


def test_csv_read_back_by_csv_module_with_formulas_neutralised(tmp_path: Path) -> None:
    out = tmp_path / "sample.csv"
    write_transcript(sample_transcript(), out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["id", "start", "end", "speaker", "source", "translation", "status", "tags",
                       "note"]  # fmt: skip
    assert rows[3] == [
        "3", "0:00:08.000", "0:00:11.500", "Sergey Lavrov", "我们会作出回应。",
        "'=We will respond.", "flagged", "VO; needs legal", "'-check the quote",
    ]  # fmt: skip
    assert rows[2][4] == "天文台今晚发出八号烈风信号，\n预计风力会进一步增强。"
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_csv_export_imports_back_unchanged(tmp_path: Path) -> None:
    transcript = sample_transcript()
    out = tmp_path / "sample.csv"
    write_transcript(transcript, out, "csv")
    back = read_transcript(out).transcript
    for got, want in zip(back.segments, transcript.segments, strict=True):
        assert (got.start_ms, got.end_ms, got.speaker, got.source, got.translation) == (
            want.start_ms, want.end_ms, want.speaker, want.source, want.translation,
        )  # fmt: skip
        assert (got.status, got.tags, got.note) == (want.status, want.tags, want.note)


def test_json_export_imports_back_equal(tmp_path: Path) -> None:
    transcript = sample_transcript()
    out = tmp_path / "sample.json"
    write_transcript(transcript, out, "json")
    assert read_transcript(out).transcript == transcript


def test_options_honoured_by_every_writer(tmp_path: Path) -> None:
    transcript = sample_transcript()
    options = ExportOptions(text="source", script="s2hk", approved_only=True, speaker_labels=False)
    for name, fmt in FORMATS.items():
        if not fmt.can_write:
            continue
        out = tmp_path / f"out.{name}"
        if name == "scc":  # CEA-608 has no Chinese: refused, naming the file
            with pytest.raises(ExportError, match=f"^{out}: SCC .* Latin letters only"):
                write_transcript(transcript, out, name, options)
            continue
        write_transcript(transcript, out, name, options)
        text = _docx_content(out.read_bytes()) if name == "docx" else out.read_text("utf-8-sig")
        assert "晚間新聞" in text, name  # s2hk applied to the source
        assert "晚间新闻" not in text, name
        assert "我们会作出回应" not in text and "我們會作出回應" not in text, name  # flagged: out
        assert "Good evening" not in text, name  # translation not asked for
        assert "Sergey Lavrov" not in text, name  # no speaker labels


def test_write_is_atomic_and_replaces(tmp_path: Path) -> None:
    out = tmp_path / "clip.srt"
    out.write_text("old", encoding="utf-8")
    write_transcript(sample_transcript(), out, "srt")
    assert out.read_text(encoding="utf-8").startswith("1\n00:00:00,500 --> 00:00:03,200\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip.srt"]  # no temporary left


def test_write_errors_name_the_file(tmp_path: Path) -> None:
    missing_dir = tmp_path / "no such folder" / "clip.srt"
    with pytest.raises(ExportError) as caught:
        write_transcript(sample_transcript(), missing_dir, "srt")
    assert str(caught.value).startswith(str(missing_dir))
    with pytest.raises(ExportError, match="imported, not exported"):
        write_transcript(sample_transcript(), tmp_path / "a.json", "whisper")
    with pytest.raises(ExportError, match="cannot tell the format"):
        write_transcript(sample_transcript(), tmp_path / "a.xyz")
    with pytest.raises(ExportError, match="OpenCC"):
        write_transcript(sample_transcript(), tmp_path / "a.srt", "srt",
                         ExportOptions(text="source", script="nonsense"))  # fmt: skip
    assert not list(tmp_path.iterdir())


def test_format_follows_the_extension_when_not_named(tmp_path: Path) -> None:
    for name in ("a.srt", "b.vtt", "c.ass", "d.txt", "e.json", "f.csv", "g.docx"):
        write_transcript(sample_transcript(), tmp_path / name)
    assert (
        (tmp_path / "e.json").read_text("utf-8").startswith('{\n  "format": "reviewer-transcript"')
    )
    assert (tmp_path / "b.vtt").read_text("utf-8").startswith("WEBVTT")
    assert docx.Document(str(tmp_path / "g.docx")).tables


def test_the_catalogue_says_of_each_format_what_its_class_does() -> None:
    from reviewer.formats.catalogue import CATALOGUE

    for name, entry in CATALOGUE.items():
        fmt = FORMATS[name]
        assert (fmt.name, fmt.extensions) == (name, entry.extensions)
        assert (fmt.can_read, fmt.can_write) == (entry.reads, entry.writes), name


def test_reading_an_srt_file_loads_no_other_reader(tmp_path: Path) -> None:
    path = tmp_path / "a.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n", encoding="utf-8")
    code = (
        "import sys; from reviewer.formats import read_transcript;"
        f"read_transcript({str(path)!r});"
        "print(sorted(m for m in sys.modules if m.startswith('reviewer.formats.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    loaded = {m.rsplit(".", 1)[1] for m in ast.literal_eval(result.stdout)}
    assert "srt" in loaded
    assert not loaded & {"vtt", "ass", "pagecopy", "plaintext", "word", "jsonfile", "csvfile"}


def test_the_formats_package_names_what_it_loads_on_use() -> None:
    import reviewer.formats as formats

    assert sorted(formats.__all__) == sorted(formats._HOME)
    code = (
        "import sys, reviewer.formats.catalogue;"
        "print(sorted(m for m in sys.modules if m.startswith('reviewer.formats.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    # The catalogue (the command line's parser, the dialogs) loads no reader and no registry.
    assert result.stdout.strip() == "['reviewer.formats.catalogue']", result.stderr
    assert formats.read_transcript is formats.registry.read_transcript


@pytest.mark.parametrize("speakers", [False, True])
def test_the_plain_text_export_reads_back_as_plain_text(tmp_path: Path, speakers: bool) -> None:
    # The page-copy reader learnt "[mm:ss.xx]" lyric lists and took "[0:00:00.000 - ...]" for
    # one: the text came back as "- 0:00:01.000] ..." with the wrong ends.
    from reviewer.core.models import Segment, Transcript
    from reviewer.formats import ExportOptions, read_transcript, write_transcript

    segments = [Segment(0, 1000, "", "Good evening", speaker="Anchor" if speakers else None),
                Segment(1000, 3400, "", "Talks in Geneva")]  # fmt: skip
    path = tmp_path / "a.txt"
    write_transcript(Transcript(segments=segments), path, "txt",
                     ExportOptions(speaker_labels=speakers))  # fmt: skip
    back = read_transcript(path)
    assert back.format == "txt"
    got = [(s.start_ms, s.end_ms, s.translation) for s in back.transcript.segments]
    assert got == [(0, 1000, "Good evening"), (1000, 3400, "Talks in Geneva")], path.read_text()
