"""Appends rows of plain text to a python-docx table in time linear in the rows, and in memory
that holds only the compressed rows.

python-docx's ``table.add_row().cells`` finds each row's index by scanning the table, and
``cell.text = ...`` walks the XML schema for every element it adds: a table of 20,000 rows took
33 s, growing with the square of the rows, and a million rows as lxml elements would need about
7 GB. :class:`RowAppender` lets python-docx make one row (its marker row) and, when the document
is saved, writes each row as that row's XML with the cells' runs filled in, exactly as
python-docx's ``cell.text`` setter would fill them (a ``w:t`` for each stretch of text, a
``w:tab`` for a tab, a ``w:br`` for each carriage return or line feed). Until then the rows wait
as deflated XML. The saved document is the one python-docx would write, byte for byte
(tests/formats/test_docx_rows.py).

>>> import docx, io
>>> document = docx.Document()
>>> table = document.add_table(rows=0, cols=2)
>>> rows = RowAppender(table)
>>> rows.add(["00:00:01", "Hello"])
>>> saved = docx.Document(io.BytesIO(rows.save(document)))
>>> [c.text for c in saved.tables[0].rows[0].cells]
['00:00:01', 'Hello']
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

DOCUMENT_PART = "word/document.xml"
_MARK = "\ue000reviewer-cell-{}\ue000"  # private-use characters: never in a transcript's cell
_SPECIAL = re.compile(r"([\t\r\n])")
# What lxml refuses in text (it raises ValueError); the same refusal here, not a broken file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BATCH = 2000  # rows joined before they are deflated


class RowAppender:
    """Appends rows of cell texts to ``table`` (a python-docx Table); :meth:`save` writes the
    document with them."""

    def __init__(self, table: Any) -> None:
        row = table.add_row()
        self._columns = len(row.cells)
        for i, cell in enumerate(row.cells):
            cell.text = _MARK.format(i)
        self._pending: list[str] = []
        self._deflate = zlib.compressobj(1)
        self._chunks: list[bytes] = []
        self._size = 0
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, values: Sequence[str]) -> None:
        """Append one row whose cells hold ``values``, one per column."""
        if len(values) != self._columns:
            raise ValueError(f"{len(values)} values for a table of {self._columns} columns")
        runs = []
        for value in values:
            bad = _NOT_XML.search(value)
            if bad:
                raise ValueError(
                    "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or "
                    f"control characters (U+{ord(bad.group()):04X})"
                )
            runs.append(_run(value))
        self._pending.append("\0".join(runs))
        self._count += 1
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            data = ("\0\0".join(self._pending) + "\0\0").encode("utf-8")
            self._size += len(data)
            self._chunks.append(self._deflate.compress(data))
            self._pending.clear()

    def _rows(self, template: list[bytes]) -> Iterator[bytes]:
        """Yield the rows' XML, filled into ``template`` (the marker row cut at its runs)."""
        self._flush()
        chunks = [*self._chunks, self._deflate.flush()]
        self._chunks = []
        inflate = zlib.decompressobj()
        rest = b""
        for chunk in chunks:
            data = rest + inflate.decompress(chunk)
            *rows, rest = data.split(b"\0\0")
            out = []
            for row in rows:
                runs = row.split(b"\0")
                parts = [template[0]]
                for run, after in zip(runs, template[1:], strict=True):
                    parts.append(run)
                    parts.append(after)
                out.append(b"".join(parts))
            yield b"".join(out)

    def save(self, document: Any) -> bytes:
        """Return the .docx file of ``document`` with the appended rows in the table."""
        raw = io.BytesIO()
        document.save(raw)
        out = io.BytesIO()
        with (
            zipfile.ZipFile(raw) as source,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for info in source.infolist():
                if info.filename != DOCUMENT_PART:
                    target.writestr(info, source.read(info))
                    continue
                head, template, tail = self._split(source.read(info))
                big = self._size + len(head) + len(tail) > zipfile.ZIP64_LIMIT // 2
                with target.open(info, "w", force_zip64=big) as part:
                    part.write(head)
                    for rows in self._rows(template):
                        part.write(rows)
                    part.write(tail)
        return out.getvalue()

    def _split(self, xml: bytes) -> tuple[bytes, list[bytes], bytes]:
        """Return the part before the marker row, the row cut at its cells' runs, and the rest."""
        first = _MARK.format(0).encode("utf-8")
        at = xml.index(first)
        # The row's own tag, not its properties' (<w:trPr>) nor a <w:tr ...> of another name.
        start = max(xml.rfind(b"<w:tr>", 0, at), xml.rfind(b"<w:tr ", 0, at))
        end = xml.index(b"</w:tr>", at) + len(b"</w:tr>")
        row = xml[start:end]
        template = []
        for i in range(self._columns):
            run = b"<w:r><w:t>" + _MARK.format(i).encode("utf-8") + b"</w:t></w:r>"
            before, _, row = row.partition(run)
            template.append(before)
        template.append(row)
        return xml[:start], template, xml[end:]


def _run(text: str) -> str:
    """Return the ``w:r`` python-docx writes for a cell's text (lxml's serialisation)."""
    if not text:
        return "<w:r/>"
    pieces = _SPECIAL.split(text) if ("\t" in text or "\n" in text or "\r" in text) else [text]
    out = ["<w:r>"]
    for piece in pieces:
        if not piece:
            continue
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        else:
            body = piece.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if len(piece.strip()) < len(piece):
                out.append(f'<w:t xml:space="preserve">{body}</w:t>')
            else:
                out.append(f"<w:t>{body}</w:t>")
    out.append("</w:r>")
    return "".join(out)
