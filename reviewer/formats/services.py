"""Transcripts from transcription services (.txt, .docx): a header line with the speaker and a
timestamp over each paragraph, as Otter, Rev, Trint and Descript export them.

The header shapes (one file keeps to one, but any of these is read):

- ``Jane Doe  0:14`` (Otter: the name, two spaces, ``[H:]MM:SS``; the text on the lines below);
- ``Speaker 1 (00:05):`` (Rev: the time in parentheses, a colon);
- ``[00:00:12] Jane Doe`` or ``Jane Doe [00:00:12]`` (Trint, Descript with timecodes), with the
  text below or after a colon on the same line (``[00:00:12] Jane Doe: Hello``);
- ``00:00:12 Jane Doe:`` (the time first, without brackets).

The name must look like a name (see ``base.is_speaker_name``; "Speaker 1" and "Unknown
Speaker" count). A paragraph runs to the next header; it ends where the next starts (the last
after its reading time). A Word export is read as its paragraphs, in order.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from reviewer.core.errors import ImportError_, say
from reviewer.core.lazy import lazy
from reviewer.core.models import Segment, Transcript
from reviewer.core.timecode import parse_timecode
from reviewer.formats.base import (
    ExportOptions,
    Format,
    ImportWarning,
    Parsed,
    add_segment,
    is_speaker_name,
    sound_tags,
)
from reviewer.formats.pagecopy import reading_ms

if TYPE_CHECKING:
    import docx
else:
    docx = lazy("docx")  # reviewer.core.lazy.COMMANDS

_T = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_HEADERS = [
    re.compile(rf"^(?P<name>[^\s\[(].{{0,40}}?)  +(?P<time>{_T})\s*$"),  # Otter
    re.compile(rf"^(?P<name>[^\[(].{{0,40}}?) \((?P<time>{_T})\):?(?:\s+(?P<text>.*))?$"),  # Rev
    re.compile(rf"^\[(?P<time>{_T})\]\s*(?P<name>[^:\[\]]{{1,40}}?)(?::\s*(?P<text>.*))?$"),
    re.compile(rf"^(?P<name>[^\[(:][^:\[\]]{{0,40}}?)\s*\[(?P<time>{_T})\]:?(?:\s+(?P<text>.*))?$"),
    re.compile(rf"^(?P<time>{_T})\s+(?P<name>[^:]{{1,40}}?):(?:\s+(?P<text>.*))?$"),
]


# The services' own lines: Otter's footer, Rev's credit.
_FOOTER = re.compile(r"^(?:Transcribed by https?://otter\.ai|Transcript by Rev\.com)\s*$", re.I)


def header(line: str) -> tuple[str, int, str] | None:
    """Return (speaker, start ms, text on the same line) of a header line, or None."""
    for pattern in _HEADERS:
        match = pattern.match(line)
        if match and is_speaker_name(match["name"].strip()):
            try:
                start = parse_timecode(match["time"].replace(",", "."))
            except ValueError:
                return None
            return match["name"].strip(), start, (match.groupdict().get("text") or "").strip()
    return None


def docx_text(data: bytes, path: str) -> str:
    """Return the paragraphs (and table rows, cells joined by two spaces) of a Word file."""
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # a zip that is not a Word document, or a damaged one
        raise ImportError_(say("not a readable Word document"), path) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("  ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(lines)


class ServicesFormat(Format):
    name = "services"
    label = "Transcription service export (Otter, Rev, Trint, Descript)"
    extensions = (".txt", ".docx")
    can_write = False

    def sniff(self, text: str) -> bool:
        lines = [line.strip() for line in text.split("\n")[:400] if line.strip()][:80]
        headers = sum(1 for line in lines if header(line))
        return headers >= 2 and 6 * headers >= len(lines)

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        transcript, warnings = Transcript(), list[ImportWarning]()
        paragraphs: list[tuple[int, str, list[str]]] = []
        for number, raw in enumerate(text.split("\n"), 1):
            line = raw.strip()
            if not line or _FOOTER.match(line):
                continue
            found = header(line)
            if found is not None:
                name, start, rest = found
                paragraphs.append((start, name, [rest] if rest else []))
            elif paragraphs:
                paragraphs[-1][2].append(line)
            elif not transcript.title:
                transcript.title = line  # a title line before the first header (Rev, Trint)
            else:
                message = "left out a line before the first speaker header"
                warnings.append(ImportWarning(number, message, path))
        for i, (start, name, lines) in enumerate(paragraphs):
            tags, body = sound_tags("\n".join(lines))
            if i + 1 < len(paragraphs) and paragraphs[i + 1][0] > start:
                end = paragraphs[i + 1][0]
            elif media_duration_ms and media_duration_ms > start:
                end = media_duration_ms
            else:
                end = start + reading_ms(body or "x")
            add_segment(transcript, Segment(start, end, source=body, speaker=name, tags=tags))
        if not transcript.segments:
            raise ImportError_(say("no speaker headers with timestamps found"), path)
        return Parsed(transcript, warnings)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        raise NotImplementedError("service transcripts are an import format")
