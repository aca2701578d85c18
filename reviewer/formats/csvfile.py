"""CSV (.csv, .tsv): a row per segment under a header.

Import: the header names the columns, flexibly (start/begin/in, end/stop/out, speaker/name/
actor, source/original, translation/english/target, text/subtitle); comma, semicolon or tab.
Times are timecodes (``00:01:02,500``, ``1:02``), or numbers: milliseconds when the column
says so (``start_ms``, ``Start (ms)``), else seconds when any has a decimal point; whole numbers
alone are milliseconds when the median segment would last 100 or more of them.
A lone text column goes to the side the language says; source and translation columns fill
both. status, tags (separated by ";") and note are read back from our own export.

Export: ``id,start,end,speaker,source,translation,status,tags,note``, UTF-8 with a BOM (so that
spreadsheets show Chinese), every cell through core.cleaning.spreadsheet_cell: a cell a
spreadsheet could run as a formula (= + - @ tab CR, their full-width forms, behind spaces or
zero-width characters) gets a leading apostrophe, which the import takes off again.
"""

from __future__ import annotations

import csv
import io
import re
import statistics

from reviewer.core.cleaning import spreadsheet_cell, spreadsheet_value
from reviewer.core.errors import ImportError_, say
from reviewer.core.models import Segment, Status, Transcript
from reviewer.core.timecode import format_timecode, parse_timecode
from reviewer.formats.base import ExportOptions, Format, ImportWarning, Parsed, add_segment

HEADER = ("id", "start", "end", "speaker", "source", "translation", "status", "tags", "note")
_COLUMNS = {
    "start": {"start", "begin", "in", "from", "starttime", "timestart", "startms", "starts",
              "startseconds", "timecodein", "tcin"},
    "end": {"end", "stop", "out", "to", "endtime", "timeend", "endms", "ends", "endseconds",
            "timecodeout", "tcout"},
    "speaker": {"speaker", "name", "actor", "voice", "who", "character", "speakername"},
    "source": {"source", "original", "sourcetext", "transcript", "transcription", "chinese",
               "russian", "zh", "ru"},
    "translation": {"translation", "english", "target", "translated", "translationtext", "en"},
    "text": {"text", "subtitle", "content", "caption", "line", "dialogue"},
    "status": {"status"}, "tags": {"tags"}, "note": {"note", "notes", "comment"},
}  # fmt: skip


def _key(header: str) -> str:
    return re.sub(r"[^a-z]", "", header.lower().replace("(s)", "seconds").replace("(ms)", "ms"))


def _delimiter(first_line: str) -> str:
    return max(",;\t", key=first_line.count)


class CsvFormat(Format):
    name = "csv"
    label = "CSV table"
    extensions = (".csv", ".tsv")
    encoding = "utf-8-sig"

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        first = text.split("\n", 1)[0]
        try:
            rows = list(csv.reader(io.StringIO(text), delimiter=_delimiter(first)))
        except csv.Error as exc:
            raise ImportError_(
                say("not a readable CSV table ({reason})", reason=str(exc)), path
            ) from None
        if not rows:
            raise ImportError_(say("the table is empty"), path)
        columns: dict[str, int] = {}
        for i, name in enumerate(rows[0]):
            key = _key(name)
            for column, names in _COLUMNS.items():
                if key in names and column not in columns:
                    columns[column] = i
        if "start" not in columns or not {"text", "source", "translation"} & columns.keys():
            raise ImportError_(
                say("the header needs a start column and a text, source or translation column"),
                path,
                1,
            )
        in_ms = "ms" in _key(rows[0][columns["start"]])
        return self._rows(rows[1:], columns, in_ms, path)

    def _rows(
        self, rows: list[list[str]], columns: dict[str, int], in_ms: bool, path: str
    ) -> Parsed:
        """Return the segments of the data rows (the first data row is line 2)."""

        def cell(row: list[str], column: str) -> str:
            i = columns.get(column)
            if i is None or i >= len(row):
                return ""
            return spreadsheet_value(row[i].strip()).strip()

        raw_times = [(cell(r, "start"), cell(r, "end")) for r in rows]
        scale = _scale(raw_times, in_ms)
        transcript, warnings = Transcript(), list[ImportWarning]()
        one_sided = "source" not in columns and "translation" not in columns
        for number, (row, times) in enumerate(zip(rows, raw_times, strict=True), 2):
            start_text, end_text = times
            if not any(c.strip() for c in row):
                continue
            start, end = _time(start_text, scale), _time(end_text or start_text, scale)
            if start is None or end is None or end < start:
                warnings.append(ImportWarning(number, "skipped a row without valid times", path))
                continue
            status = cell(row, "status").lower()
            segment = Segment(
                start,
                end,
                speaker=cell(row, "speaker") or None,
                note=cell(row, "note"),
                status=Status(status) if status in Status._value2member_map_ else Status.UNREVIEWED,
                tags=[t.strip() for t in cell(row, "tags").split(";") if t.strip()],
            )
            if one_sided:
                segment.source = cell(row, "text")
            else:
                segment.source = cell(row, "source") or cell(row, "text")
                segment.translation = cell(row, "translation")
            add_segment(transcript, segment)
        if not transcript.segments:
            raise ImportError_(say("no rows with times and text"), path)
        return Parsed(transcript, warnings, one_sided=one_sided)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        text = options.text_for(transcript, "both")
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for s in options.segments(transcript):
            row = [
                "" if s.id is None else str(s.id),
                format_timecode(s.start_ms, hours=True),
                format_timecode(s.end_ms, hours=True),
                options.speaker(s) or "",
                options.source(s) if text != "translation" else "",
                s.translation if text != "source" else "",
                str(s.status),
                "; ".join(s.tags),
                s.note,
            ]
            writer.writerow([spreadsheet_cell(c) for c in row])
        return out.getvalue()


def _scale(times: list[tuple[str, str]], in_ms: bool) -> float:
    """Return what a plain number in the time columns is worth in milliseconds."""
    if in_ms:
        return 1.0
    numbers = [t for pair in times for t in pair if t and ":" not in t]
    if any("." in v or "," in v for v in numbers):
        return 1000.0
    spans = []
    for start, end in times:
        if (start + end).isascii() and start.isdigit() and end.isdigit():
            spans.append(int(end) - int(start))
    return 1.0 if spans and statistics.median(spans) >= 100 else 1000.0


def _time(text: str, scale: float) -> int | None:
    """Return milliseconds for a timecode or a number of seconds/milliseconds, or None."""
    if not text:
        return None
    try:
        if ":" in text:
            return parse_timecode(text)
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    if not 0 <= value * scale < 10**12:
        return None
    return round(value * scale)
