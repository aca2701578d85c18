"""Hostile text survives every subtitle export: read back by the library that reads the format,
and drawn by libass (ffmpeg's ``subtitles`` filter) exactly as written."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import docx
import pysubs2
import pytest

from reviewer.core.models import Segment, Speaker, Transcript
from reviewer.formats import ExportOptions, read_transcript, write_transcript
from reviewer.formats.ass import unescape

HOSTILE = [
    "Q&A: <Breaking> {note} path C:\\News\\N file",
    "{\\an8}not a tag, \\h not a space, \\n not a break",
    "- first speaker\n- second speaker",
    "=SUM(A1:A9) and +1 and @me",
    "a lone } and { and a trailing backslash \\",
    "<i>not italic</i> & <b>not bold</b> &amp; -->",
    "真主党 {注} C:\\新闻\\N",
]


def _transcript(text: str, speaker: str = "Smith, John") -> Transcript:
    return Transcript(
        speakers=[Speaker(speaker, 1)],
        segments=[Segment(1000, 4000, "", text, speaker, id=1)],
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_ass_text_read_back_unchanged(text: str, tmp_path: Path) -> None:
    out = tmp_path / "hostile.ass"
    write_transcript(_transcript(text), out, "ass", ExportOptions(text="translation"))
    subs = pysubs2.load(str(out))
    assert len(subs) == 1
    event = subs[0]
    assert (event.start, event.end, event.name) == (1000, 4000, "Smith; John")
    assert unescape(event.text) == text
    ours = read_transcript(out).transcript.segments[0]
    # Read into whichever side its letters say (English: the translation).
    assert ours.source + ours.translation == "\n".join(line.strip() for line in text.split("\n"))
    assert ours.speaker == "Smith; John"


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
@pytest.mark.parametrize("text", HOSTILE)
def test_srt_vtt_text_read_back_unchanged(fmt: str, text: str, tmp_path: Path) -> None:
    out = tmp_path / f"hostile.{fmt}"
    options = ExportOptions(text="translation", speaker_labels=True)  # SRT's "Name:" too
    write_transcript(_transcript(text, "Smith"), out, fmt, options)
    segment = read_transcript(out).transcript.segments[0]
    assert (segment.speaker, segment.source + segment.translation) == ("Smith", text)
    if fmt == "srt":
        # pysubs2 reads SRT's HTML-like tags as ASS italics and bold: none may appear.
        assert "{\\i" not in pysubs2.load(str(out))[0].text
        assert "{\\b" not in pysubs2.load(str(out))[0].text


@pytest.mark.parametrize("text", HOSTILE)
def test_docx_csv_json_keep_hostile_text(text: str, tmp_path: Path) -> None:
    transcript = _transcript(text + "\x07\x0b")  # a bell and a vertical tab: not XML 1.0
    options = ExportOptions(text="translation")
    write_transcript(transcript, tmp_path / "h.docx", "docx", options)
    cells = [c.text for t in docx.Document(str(tmp_path / "h.docx")).tables for r in t.rows
             for c in r.cells]  # fmt: skip
    assert any(text.replace("\n", "") in cell.replace("\n", "") for cell in cells)
    write_transcript(transcript, tmp_path / "h.json", "json", options)
    data = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))
    assert data["segments"][0]["translation"].startswith(text)
    write_transcript(transcript, tmp_path / "h.csv", "csv", options)
    rows = list(csv.reader(io.StringIO((tmp_path / "h.csv").read_text(encoding="utf-8-sig"))))
    cell = next(c for c in rows[1] if text.split("\n")[0][1:] in c)
    assert cell[:1] not in ("=", "+", "-", "@"), "a cell a spreadsheet would run as a formula"


def _aeidon_missing() -> str:
    check = ["/usr/bin/python3", "-c", "import aeidon"]
    if not Path(check[0]).exists() or subprocess.run(check, capture_output=True).returncode:
        return (
            "Gaupol's aeidon is not installed for /usr/bin/python3 (apt-get install python3-aeidon)"
        )
    return ""


@pytest.mark.skipif(bool(_aeidon_missing()), reason=_aeidon_missing() or "aeidon is here")
def test_aeidon_reads_every_line_and_character(tmp_path: Path) -> None:
    """aeidon (Gaupol) keeps ASS markup as text: it shows our escapes' backslashes, but no brace
    part is lost and no line breaks at a ``\\N`` of the text."""
    transcript = Transcript(
        segments=[Segment(i * 5000, i * 5000 + 4000, "", text, id=i + 1) for i, text in
                  enumerate(HOSTILE)]
    )  # fmt: skip
    out = tmp_path / "hostile.ass"
    write_transcript(transcript, out, "ass", ExportOptions(text="translation"))
    script = (
        "import aeidon, json, sys\n"
        "p = aeidon.Project(); p.open_main(sys.argv[1], 'utf-8')\n"
        "print(json.dumps([s.main_text for s in p.subtitles]))\n"
    )
    done = subprocess.run(["/usr/bin/python3", "-c", script, str(out)], capture_output=True,
                          text=True, check=True, timeout=60)  # fmt: skip
    texts = json.loads(done.stdout)
    assert [unescape(t.replace("\n", "\\N")) for t in texts] == HOSTILE
    assert [t.count("\n") for t in texts] == [h.count("\n") for h in HOSTILE]
