"""Word (.docx, export only, through python-docx): the title, then a table of the segments.

Columns: time (when ``timecodes``), speaker (when ``speaker_labels``), source and/or
translation (as ``text`` asks; both by default).
"""

from __future__ import annotations

from reviewer.core.models import Transcript
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

        text = options.text_for(transcript, "both")
        document = docx.Document()
        document.core_properties.title = transcript.title[:255]
        document.add_heading(transcript.title or "Transcript", level=1)
        if transcript.description:
            document.add_paragraph(transcript.description)
        headers = []
        if options.timecodes:
            headers.append("Time")
        if options.speaker_labels:
            headers.append("Speaker")
        if text in ("source", "both"):
            headers.append("Source")
        if text in ("translation", "both"):
            headers.append("Translation")
        table = document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        for cell, header in zip(table.rows[0].cells, headers, strict=True):
            cell.text = header
            for run in cell.paragraphs[0].runs:
                run.bold = True
        rows = RowAppender(table)
        for segment in options.segments(transcript):
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
            rows.add(values)
        style = document.styles["Normal"]
        style.font.size = Pt(10)
        # Chinese text takes the East Asian font slot; Latin text keeps Word's default.
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), CJK_FONT)
        return rows.save(document)
