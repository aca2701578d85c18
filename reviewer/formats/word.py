"""Word (.docx, export only, through python-docx): a header, then a table of the segments.

The header: the title, the description, who reviewed it and when (``ExportOptions.reviewer``
and ``date``, when given) and how far the review went ("38 of 38 segments approved").
Columns: time (when ``timecodes``), speaker (when ``speaker_labels``), source and/or
translation (as ``text`` asks; both by default), then status, tags and note: what the desk
reads to know what was checked.
"""

from __future__ import annotations

from typing import Any

from reviewer.core.models import Segment, Status, Transcript
from reviewer.core.timecode import format_timecode
from reviewer.formats.base import ExportOptions, Format, Parsed
from reviewer.formats.docx_rows import RowAppender

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
        _landscape(document)
        table = document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        _column_widths(table, headers)
        for cell, header in zip(table.rows[0].cells, headers, strict=True):
            cell.text = header
            for run in cell.paragraphs[0].runs:
                run.bold = True
        rows = RowAppender(table)
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
            rows.add(values)
        style = document.styles["Normal"]
        style.font.size = Pt(10)
        # Chinese text takes the East Asian font slot; Latin text keeps Word's default.
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), CJK_FONT)
        return rows.save(document)


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


# Widths in inches of the narrow columns on a landscape A4/Letter page (about 9.7 inches
# between the margins); the text columns share what is left.
NARROW = {"Time": 1.15, "Speaker": 1.1, "Status": 0.85, "Tags": 0.9, "Note": 1.5}
TEXT_WIDTH_IN = 9.6


def _landscape(document: Any) -> None:
    """Turn the page: a table of seven columns is unreadable on an upright page."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches

    section = document.sections[0]
    if section.orientation != WD_ORIENT.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Inches(0.7))


def _column_widths(table: Any, headers: list[str]) -> None:
    """Fixed column widths (Word and LibreOffice both honour them): narrow columns for times,
    names and marks, the rest shared by the source and the translation."""
    from docx.shared import Inches

    narrow = sum(NARROW.get(h, 0.0) for h in headers)
    texts = [h for h in headers if h not in NARROW] or headers
    share = max(1.5, (TEXT_WIDTH_IN - narrow) / len(texts))
    table.autofit = False
    for column, header in zip(table.columns, headers, strict=True):
        column.width = Inches(NARROW.get(header, share))
