"""The changes since a checkpoint, for the desk: a CSV and a Word file with tracked changes.

The Word file holds real tracked changes (``w:ins`` and ``w:del`` runs with author and date),
so Word and LibreOffice show them as revisions that the desk can accept or reject; python-docx
has no API for them, so the runs are built as WordprocessingML elements. Text is marked word by
word (reviewer.text.diff); a value (a status, a speaker, a time) is one deletion of the old value
and one insertion of the new; a line break is a ``w:br`` inside the run, kept or marked like the
text around it. Accept All gives the new text and Reject All the old, line for line (tested
through LibreOffice). Times are shown in the local zone with its offset; the file keeps UTC.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.core.cleaning import clean_text, spreadsheet_cell
from reviewer.core.errors import ExportError
from reviewer.core.lazy import lazy
from reviewer.core.timecode import format_timecode, local_stamp
from reviewer.files import write_file
from reviewer.store.changes import EXISTS
from reviewer.store.checkpoints import NetChange
from reviewer.text.diff import diff

if TYPE_CHECKING:
    import docx
    import docx.oxml as docx_oxml
    import docx.oxml.ns as docx_ns
    import docx.shared as docx_shared
    import docx.text.paragraph as docx_paragraph
else:
    docx = lazy("docx")  # reviewer.core.lazy.COMMANDS: only for a Word file of the changes
    docx_oxml = lazy("docx.oxml")
    docx_ns = lazy("docx.oxml.ns")
    docx_shared = lazy("docx.shared")
    docx_paragraph = lazy("docx.text.paragraph")

CSV_COLUMNS = ("segment", "time", "field", "old", "new", "author", "when")
# Fields whose text is marked word by word; any other is a value, replaced whole.
TEXT_FIELDS = frozenset({"source", "translation", "note", EXISTS})
TIME_FIELDS = frozenset({"start_ms", "end_ms"})
FIELD_NAMES = {"start_ms": "start", "end_ms": "end"}  # as the editor says it


def as_text(field: str, value: Any) -> str:
    """Return a field's value as an editor reads it."""
    if value is None:
        return ""
    if field == EXISTS and isinstance(value, dict):
        if "start_ms" in value:  # a segment
            return " / ".join(str(value.get(k) or "") for k in ("source", "translation"))
        return str(value.get("name", ""))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if field in TIME_FIELDS and isinstance(value, int) and not isinstance(value, bool):
        return format_timecode(value, hours=True)  # 0:00:30.179, as the segment list shows it
    return str(value)


def field_name(change: NetChange) -> str:
    if change.field == EXISTS:
        added = change.old is None
        return f"{change.entity} {'added' if added else 'removed'}"
    name = FIELD_NAMES.get(change.field, change.field)
    return name if change.entity == "segment" else f"{change.entity} {name}"


def rows(changes: Iterable[NetChange]) -> list[dict[str, str]]:
    """Return one row per change with the CSV's columns."""
    out = []
    for c in changes:
        out.append(
            {
                # A speaker's change names no segment: the field column says what it is.
                "segment": str(c.entity_id) if c.entity == "segment" else "",
                "time": c.segment_time,
                "field": field_name(c),
                "old": as_text(c.field, c.old),
                "new": as_text(c.field, c.new),
                "author": ", ".join(c.authors),
                "when": local_stamp(c.time),
            }
        )
    return out


def format_csv(changes: Iterable[NetChange]) -> str:
    """Return the changes as CSV text, every cell through the one neutraliser
    (core.cleaning.spreadsheet_cell: control characters replaced, formulas guarded)."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in rows(changes):
        writer.writerow({k: spreadsheet_cell(v) for k, v in row.items()})
    return out.getvalue()


def write_csv(changes: Iterable[NetChange], path: str | Path, *, replace: bool = True) -> Path:
    """Write the changes as CSV (UTF-8 with a BOM, for spreadsheets), safely (reviewer.files);
    over an existing file only with ``replace``."""
    return write_file(path, format_csv(changes).encode("utf-8-sig"), replace=replace)


def write_docx(
    changes: Iterable[NetChange],
    path: str | Path,
    *,
    title: str,
    checkpoint: str,
    replace: bool = True,
) -> Path:
    """Write the changes as a Word document whose edits are tracked changes, safely
    (reviewer.files), every text through the one sanitiser (XML refuses control characters)."""
    path = Path(path)
    document = docx.Document()
    document.add_heading(clean_text(title) or "Changes", level=1)
    document.add_paragraph(
        f"Changes since the checkpoint “{clean_text(checkpoint)}”, as tracked changes."
    )
    marks = _Marks()
    add_paragraph = paragraph_adder(document)
    count = 0
    for c in changes:
        count += 1
        label = {"speaker": "Speakers", "glossary": "Glossary"}.get(
            c.entity, f"#{c.entity_id}  {c.segment_time}"
        )
        heading = add_paragraph()
        who = f"{', '.join(c.authors)}, {local_stamp(c.time)}"
        run = heading.add_run(clean_text(f"{label}  {field_name(c)}  ({who})"))
        run.bold = True
        run.font.size = docx_shared.Pt(9)
        paragraph = add_paragraph()
        old, new = clean_text(as_text(c.field, c.old)), clean_text(as_text(c.field, c.new))
        author = clean_text(", ".join(c.authors)) or "Reviewer"
        pieces = diff(old, new) if c.field in TEXT_FIELDS else _replaced(old, new)
        for kind, text in pieces:
            if kind == "equal":
                paragraph.add_run(text)  # python-docx writes "\n" as a w:br
            else:
                marks.add(paragraph, kind, text, author, c.time)
    if not count:
        document.add_paragraph("No changes.")
    out = io.BytesIO()
    document.save(out)
    return write_file(path, out.getvalue(), replace=replace, error=ExportError)


def _replaced(old: str, new: str) -> list[tuple[str, str]]:
    """Return a value's change as one deletion and one insertion ("unreviewed" -> "approved")."""
    return [(kind, text) for kind, text in (("delete", old), ("insert", new)) if text]


def paragraph_adder(document: Any) -> Callable[[], Any]:
    """Return a function that appends an empty paragraph to ``document`` and returns it.

    ``document.add_paragraph()`` looks for the section properties from the top of the body
    each time, so 20,000 changes took 28 s, growing with the square; this one keeps them.
    """
    body = document.element.body
    end = body.sectPr

    def add() -> Any:
        p = docx_oxml.OxmlElement("w:p")
        if end is not None:
            end.addprevious(p)
        else:
            body.append(p)
        return docx_paragraph.Paragraph(p, document)

    return add


class _Marks:
    """Builds w:ins / w:del elements with ids unique in the document."""

    def __init__(self) -> None:
        self.next_id = 1

    def add(self, paragraph: Any, kind: str, text: str, author: str, when: str) -> None:
        mark = docx_oxml.OxmlElement("w:ins" if kind == "insert" else "w:del")
        mark.set(docx_ns.qn("w:id"), str(self.next_id))
        mark.set(docx_ns.qn("w:author"), author)
        mark.set(docx_ns.qn("w:date"), when[:19] + "Z")
        self.next_id += 1
        run = docx_oxml.OxmlElement("w:r")
        for number, line in enumerate(text.split("\n")):
            if number:  # a line break, inserted or deleted with the text around it
                run.append(docx_oxml.OxmlElement("w:br"))
            if line:
                body = docx_oxml.OxmlElement("w:t" if kind == "insert" else "w:delText")
                body.set(docx_ns.qn("xml:space"), "preserve")
                body.text = line
                run.append(body)
        mark.append(run)
        paragraph._p.append(mark)
