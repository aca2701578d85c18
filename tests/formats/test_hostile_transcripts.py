"""Transcripts from anyone: control characters, lone surrogates, absurd times, things that are
not files, files too large; and exports that never write what a reader would choke on.

Each hostile file is made by a fixture here; each export is read back by the library that
reads its format (pysubs2, json, csv, python-docx)."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pysubs2
import pytest

from reviewer.core.cleaning import bad_characters
from reviewer.core.errors import ExportError, ImportError_
from reviewer.core.limits import MAX_INPUT_BYTES
from reviewer.core.models import Segment, Speaker, Transcript
from reviewer.files import FileExistsRefused
from reviewer.formats import ExportOptions, read_transcript, render_transcript, write_transcript

NASTY = "a\x00b\x01c\x1b[31md\x7fe\x85f\ud800g\ufffe"


def leftovers(folder: Path) -> list[str]:
    """Return the temporary files left in ``folder``."""
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp") or "-tmp" in p.name]


@pytest.fixture
def whisper_with_escapes(tmp_path: Path) -> Path:
    """Whisper JSON whose text holds a lone surrogate, NUL and ESC as JSON escapes."""
    path = tmp_path / "clip.json"
    path.write_text(
        '{"text": "x", "segments": ['
        '{"start": 0.0, "end": 1.5, "text": "\\u4f60\\u597d \\ud800 world"},'
        '{"start": 1.5, "end": 3.0, "text": "ok \\u0000 \\u001b[2J done", "speaker": "SPEAKER_00"}'
        "]}",
        encoding="ascii",
    )
    return path


def test_escaped_surrogates_and_controls_are_replaced_naming_the_cue(
    whisper_with_escapes: Path,
) -> None:
    result = read_transcript(whisper_with_escapes)
    texts = [s.source or s.translation for s in result.transcript.segments]
    assert texts == ["你好 \ufffd world", "ok \ufffd \ufffd[2J done"]
    messages = [str(w) for w in result.warnings]
    assert (
        f"{whisper_with_escapes}: cue 1 (at 0:00:00.000): replaced 1 invalid or control"
        " character (lone surrogate U+D800) in the text with \ufffd" in messages
    )
    assert any("cue 2" in m and "U+0000 NUL" in m and "U+001B ESC" in m for m in messages)


def test_raw_control_characters_are_replaced_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "nul.srt"
    path.write_bytes(
        b"1\n00:00:00,000 --> 00:00:01,000\nhel\x00lo\n\n2\n00:00:01,000 --> 00:00:02,000\n"
        b"fine\n\n3\n00:00:02,000 --> 00:00:03,000\nbell\x07 and \xc2\x9b csi\n"
    )
    result = read_transcript(path)
    texts = [s.source or s.translation for s in result.transcript.segments]
    assert texts == ["hel\ufffdlo", "fine", "bell\ufffd and \ufffd csi"]
    lines = {(w.line, w.path) for w in result.warnings}
    assert lines == {(3, str(path)), (11, str(path))}


@pytest.mark.parametrize(
    ("name", "content", "kept"),
    [
        # Past the 100-hour limit (and past the 596 hours a Qt int holds), in each time form.
        ("late.srt", "1\n600:00:00,000 --> 600:00:01,000\nlate\n\n"
                     "2\n00:00:01,000 --> 00:00:02,000\nin time\n", 1),
        ("late.vtt", "WEBVTT\n\n101:00:00.000 --> 101:00:01.000\nlate\n\n"
                     "00:00:01.000 --> 00:00:02.000\nin time\n", 1),
        ("late.json", json.dumps({"segments": [
            {"start": 1e7, "end": 1e7 + 1, "text": "late"},
            {"start": 1, "end": 2, "text": "in time"}]}), 1),
        ("late.csv", "start,end,text\n400000,400001,late\n1,2,in time\n", 1),
    ],
)  # fmt: skip
def test_a_cue_past_the_time_limit_is_skipped_with_a_sentence(
    tmp_path: Path, name: str, content: str, kept: int
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = read_transcript(path)
    assert [s.source or s.translation for s in result.transcript.segments] == ["in time"]
    assert any("100-hour limit" in str(w) for w in result.warnings), result.warnings
    assert all(s.end_ms <= 100 * 3_600_000 for s in result.transcript.segments)


def test_twenty_digit_hours_are_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    hours = "9" * 20
    path = tmp_path / "absurd.csv"  # CSV timecodes take any number of hour digits
    path.write_text(f"start,end,text\n{hours}:00:00,{hours}:00:01,late\n0:01,0:02,ok\n")
    result = read_transcript(path)
    assert [s.source or s.translation for s in result.transcript.segments] == ["ok"]
    assert [str(w) for w in result.warnings] == [
        f"{path}: cue 1: a time past the 100-hour limit (20-digit hours); skipped"
    ]
    path.write_text(f"start,end,text\n{hours}:00:00,{hours}:00:01,late\n")
    with pytest.raises(ImportError_) as caught:
        read_transcript(path)
    assert str(caught.value) == (
        f"{path}: every cue has a time past the 100-hour limit or before 0:00"
        " (a time past the 100-hour limit (20-digit hours))"
    )
    srt = tmp_path / "absurd.srt"
    srt.write_text(f"1\n{hours}:00:00,000 --> {hours}:00:01,000\nhello\n", encoding="utf-8")
    with pytest.raises(ImportError_, match=r"absurd\.srt"):
        read_transcript(srt)
    assert leftovers(tmp_path) == []


@pytest.fixture
def not_files(tmp_path: Path) -> dict[str, Path]:
    """A FIFO, a link to /dev/zero, a folder and a socket, each named like a transcript."""
    fifo = tmp_path / "fifo.srt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.srt"
    zero.symlink_to("/dev/zero")
    folder = tmp_path / "folder.srt"
    folder.mkdir()
    sock = tmp_path / "sock.srt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock))
    server.close()
    return {"named pipe": fifo, "device": zero, "folder": folder, "socket": sock}


def test_what_is_not_a_regular_file_is_refused_unopened(not_files: dict[str, Path]) -> None:
    # In a child process with a time limit: were the FIFO opened, the read would block.
    code = (
        "import sys\n"
        "from reviewer.core.errors import ImportError_\n"
        "from reviewer.formats import read_transcript\n"
        "for path in sys.argv[1:]:\n"
        "    try:\n"
        "        read_transcript(path)\n"
        "    except ImportError_ as exc:\n"
        "        print(exc)\n"
    )
    paths = [str(p) for p in not_files.values()]
    done = subprocess.run(
        [sys.executable, "-c", code, *paths], capture_output=True, text=True, timeout=60
    )
    lines = done.stdout.splitlines()
    assert len(lines) == 4, done.stderr
    for (kind, path), line in zip(not_files.items(), lines, strict=True):
        assert line.startswith(f"{path}: this is a") and kind in line
        assert "not a transcript file; nothing was read" in line


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.srt"
    with big.open("wb") as f:  # sparse: no disk, no time
        f.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(ImportError_, match=r"huge.srt: the file is 200 MB, more than the 200 MB"):
        read_transcript(big)


@pytest.fixture
def hostile_transcript() -> Transcript:
    """What a project could hold from before these checks, or from a typing accident."""
    return Transcript(
        [
            Segment(0, 1500, "你好" + NASTY, "Hello " + NASTY, "Wang\x00Yi", ["SOT\x1b"],
                    note="note\x07"),
            Segment(1500, 3000, "=HYPERLINK(\"http://x\")", "＝1+1", None, note="\u200b=cmd"),
        ],
        [Speaker("Wang\x00Yi", 1, "#4e79a7")],
        title="Title\x00" + NASTY,
        description="desc\x1b",
    )  # fmt: skip


@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass", "txt", "json", "csv", "docx"])
def test_no_export_writes_a_control_character_or_a_surrogate(
    hostile_transcript: Transcript, fmt: str, tmp_path: Path
) -> None:
    out = tmp_path / f"out.{fmt}"
    write_transcript(hostile_transcript, out, fmt, ExportOptions(text="both"))
    if fmt == "docx":
        import docx  # python-docx: lxml would have refused the control characters

        document = docx.Document(str(out))
        text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
        assert "Hello a\ufffdb" in text
    else:
        text = out.read_bytes().decode("utf-8-sig")
    assert not bad_characters(text.replace("\r\n", "\n"))
    if fmt in ("srt", "vtt", "ass"):
        subs = pysubs2.load(str(out))
        assert len(subs) == 2 and "\ufffd" in subs[0].plaintext
    if fmt == "json":
        assert json.loads(text)["segments"][0]["translation"].startswith("Hello a\ufffdb")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[2][4] == '\'=HYPERLINK("http://x")' and rows[2][5] == "'＝1+1"
        assert rows[2][8] == "'\u200b=cmd"


def test_the_csv_reviewer_writes_reads_back(hostile_transcript: Transcript, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    write_transcript(hostile_transcript, out, "csv", ExportOptions(text="both"))
    back = read_transcript(out)
    assert back.warnings == []
    first, second = back.transcript.segments
    assert first.translation == "Hello a\ufffdb\ufffdc\ufffd[31md\ufffde\ufffdf\ufffdg\ufffd"
    assert (first.speaker, first.tags, first.note) == ("Wang\ufffdYi", ["SOT\ufffd"], "note\ufffd")
    assert (second.source, second.translation) == ('=HYPERLINK("http://x")', "＝1+1")
    assert second.note == "\u200b=cmd"


def test_export_replaces_only_regular_files_and_only_when_asked(tmp_path: Path) -> None:
    transcript = Transcript([Segment(0, 1000, "", "Hello")])
    existing = tmp_path / "old.srt"
    existing.write_text("the editor's own file\n")
    with pytest.raises(FileExistsRefused, match=r"old\.srt: the file exists already"):
        write_transcript(transcript, existing, "srt", replace=False)
    assert existing.read_text() == "the editor's own file\n"
    write_transcript(transcript, existing, "srt", replace=True)
    assert "Hello" in existing.read_text()
    fifo = tmp_path / "pipe.srt"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match=r"named pipe .*only a regular file is ever replaced"):
        write_transcript(transcript, fifo, "srt", replace=True)
    with pytest.raises(ExportError, match="a folder"):
        write_transcript(transcript, tmp_path, "srt", replace=True)
    assert fifo.exists() and not fifo.is_file()
    assert leftovers(tmp_path) == []


def test_export_through_a_link_writes_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.srt"
    real.write_text("old\n")
    link = tmp_path / "link.srt"
    link.symlink_to(real)
    write_transcript(Transcript([Segment(0, 1000, "", "Hello")]), link, "srt")
    assert link.is_symlink() and "Hello" in real.read_text()


def test_render_is_what_write_writes(hostile_transcript: Transcript, tmp_path: Path) -> None:
    out = tmp_path / "out.vtt"
    write_transcript(hostile_transcript, out, "vtt")
    assert render_transcript(hostile_transcript, out, "vtt") == out.read_bytes()
