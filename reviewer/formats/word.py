"""Word (.docx, export only, through python-docx): a header, then a table of the segments.

The header: the title, the description, who reviewed it and when (``ExportOptions.reviewer``
and ``date``, when given) and how far the review went ("38 of 38 segments approved").
Columns: time (when ``timecodes``), speaker (when ``speaker_labels``), source and/or
translation (as ``text`` asks; both by default), then status, tags and note: what the desk
reads to know what was checked. A column that would be empty in every row is left out (no
speakers tagged, no source text, no tags, no notes). The page and the table are laid out by
:mod:`reviewer.formats.word_layout`: the locale's paper (A4, or Letter in North America),
landscape from four columns, widths from what each column holds, the header row on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reviewer.core.lazy import lazy
from reviewer.core.models import Segment, Status, Transcript
from reviewer.core.timecode import format_timecode
from reviewer.formats import word_layout
from reviewer.formats.base import ExportOptions, Format, Parsed
from reviewer.formats.docx_rows import RowAppender

if TYPE_CHECKING:
    import docx
    import docx.oxml.ns as docx_ns
    import docx.shared as docx_shared
else:
    docx = lazy("docx")  # reviewer.core.lazy.COMMANDS: python-docx and lxml, 30 ms
    docx_ns = lazy("docx.oxml.ns")
    docx_shared = lazy("docx.shared")

CJK_FONT = "Noto Sans CJK SC"


class WordFormat(Format):
    name = "docx"
    label = "Word document"
    extensions = (".docx",)
    can_read = False

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        raise NotImplementedError("Word documents are an export format")

    def write(self, transcript: Transcript, options: ExportOptions) -> bytes:
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
        columns = _columns(segments, options, text)
        headers = [header for header, _ in columns]
        landscape = word_layout.landscape_for(len(columns))
        available = word_layout.set_page(
            document, word_layout.paper_for_locale(), landscape=landscape
        )
        table = document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        table.autofit = False
        for cell, header in zip(table.rows[0].cells, headers, strict=True):
            cell.text = header
            for run in cell.paragraphs[0].runs:
                run.bold = True
        word_layout.repeat_header(table.rows[0])
        rows = RowAppender(table)  # its template row takes the widths set below
        word_layout.keep_whole(table.rows[-1])  # and this, for every segment's row
        stats = [word_layout.ColumnStats(header) for header in headers]
        for segment in segments:
            values = [value(segment) for _, value in columns]
            for column, value in zip(stats, values, strict=True):
                column.add(value)
            rows.add(values)
        word_layout.set_table_widths(table, word_layout.column_widths(stats, available))
        style = document.styles["Normal"]
        style.font.size = docx_shared.Pt(10)
        # Chinese text takes the East Asian font slot; Latin text keeps Word's default.
        style.element.get_or_add_rPr().get_or_add_rFonts().set(docx_ns.qn("w:eastAsia"), CJK_FONT)
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


Column = tuple[str, Callable[[Segment], str]]


def _columns(segments: list[Segment], options: ExportOptions, text: str) -> list[Column]:
    """Return the table's columns (header, the cell's text of a segment), those that would be
    empty in every row left out (no speakers, no source text, no tags, no notes)."""

    def times(segment: Segment) -> str:
        return (
            f"{format_timecode(segment.start_ms, hours=True)} - "
            f"{format_timecode(segment.end_ms, hours=True)}"
        )

    def speaker(segment: Segment) -> str:
        return options.label(segment) or ""

    wanted: list[tuple[Column, Callable[[Segment], object]]] = []
    if options.timecodes:
        wanted.append((("Time", times), lambda s: True))
    if options.speaker_labels:
        wanted.append((("Speaker", speaker), options.speaker))
    if text in ("source", "both"):
        wanted.append((("Source", options.source), lambda s: s.source.strip()))
    if text in ("translation", "both"):
        wanted.append((("Translation", lambda s: s.translation), lambda s: s.translation.strip()))
    wanted += [
        (("Status", lambda s: str(s.status)), lambda s: True),
        (("Tags", lambda s: ", ".join(s.tags)), lambda s: s.tags),
        (("Note", lambda s: s.note), lambda s: s.note.strip()),
    ]
    kept = [column for column, filled in wanted if any(filled(s) for s in segments)]
    return kept or [wanted[0][0]]
