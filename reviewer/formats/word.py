"""Word (.docx, export only, through python-docx): a header, then a table of the segments.

The header: the title, the description, who reviewed it and when (``ExportOptions.reviewer``
and ``date``, when given) and how far the review went ("38 of 38 segments approved").
Columns: time (when ``timecodes``), speaker (when ``speaker_labels``), source and/or
translation (as ``text`` asks; both by default), then status, tags and note: what the desk
reads to know what was checked.
"""

from __future__ import annotations

import io

from reviewer.core.models import Segment, Status, Transcript
from reviewer.core.timecode import format_timecode
from reviewer.formats.base import ExportOptions, Format, Parsed

CJK_FONT = "Noto Sans CJK SC"


class WordFormat(Format):
    name = "docx"
    label = "Word document"
    extensions = (".docx",)
    can_read = False

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        raise NotImplementedError("Word documents are an export format")

    def write(self, transcript: Transcript, options: ExportOptions) -> bytes:
        # python-docx (and lxml) load only when a Word file is written: 30 ms off every start.
        import docx
        from docx.oxml.ns import qn
        from docx.shared import Pt

        options = options.for_format(self)
        text = options.text_for(transcript, "both")
        segments = options.segments(transcript)
        document = docx.Document()
        document.core_properties.title = transcript.title[:255]
        if options.reviewer:
            document.core_properties.author = options.reviewer[:255]
        document.add_heading(transcript.title or "Transcript", level=1)
        if transcript.description:
            document.add_paragraph(transcript.description)
        document.add_paragraph(review_line(segments, options))
        headers = []
        if options.timecodes:
            headers.append("Time")
        if options.speaker_labels:
            headers.append("Speaker")
        if text in ("source", "both"):
            headers.append("Source")
        if text in ("translation", "both"):
            headers.append("Translation")
        headers += ["Status", "Tags", "Note"]
        table = document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        for cell, header in zip(table.rows[0].cells, headers, strict=True):
            cell.text = header
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for segment in segments:
            values = []
            if options.timecodes:
                values.append(
                    f"{format_timecode(segment.start_ms, hours=True)} - "
                    f"{format_timecode(segment.end_ms, hours=True)}"
                )
            if options.speaker_labels:
                values.append(options.label(segment) or "")
            if text in ("source", "both"):
                values.append(options.source(segment))
            if text in ("translation", "both"):
                values.append(segment.translation)
            values += [str(segment.status), ", ".join(segment.tags), segment.note]
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = value
        style = document.styles["Normal"]
        style.font.size = Pt(10)
        # Chinese text takes the East Asian font slot; Latin text keeps Word's default.
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), CJK_FONT)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


def review_line(segments: list[Segment], options: ExportOptions) -> str:
    """Return the header's review line: "Reviewed by Anna Petrova · 4 December 2026 · 37 of 38
    segments approved" (the reviewer and the date only when given)."""
    approved = sum(1 for s in segments if s.status == Status.APPROVED)
    noun = "segment" if len(segments) == 1 else "segments"
    parts = [f"Reviewed by {options.reviewer}"] if options.reviewer else []
    if options.date:
        parts.append(options.date)
    parts.append(f"{approved} of {len(segments)} {noun} approved")
    return " · ".join(parts)
