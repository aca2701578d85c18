"""The Word table's rows written the fast way are the rows python-docx writes, byte for byte;
the Word export of many segments reads back, row for row, with python-docx."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.models import Segment, Transcript
from reviewer.formats import ExportOptions
from reviewer.formats.docx_rows import DOCUMENT_PART, RowAppender
from reviewer.formats.word import WordFormat

# Cell text as transcripts have it: letters of any script, spaces at either end, line breaks,
# tabs, carriage returns, markup characters; never what XML cannot hold (io19 replaces those).
CELL = st.text(
    alphabet=st.one_of(
        st.sampled_from(["\t", "\n", "\r", " ", "&", "<", ">", '"', "'", "真", "主", "黨", "ё"]),
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")),
    ),
    max_size=30,
)


def _table(columns: int) -> tuple[docx.document.Document, docx.table.Table]:
    document = docx.Document()
    document.add_heading("Press conference", level=1)
    table = document.add_table(rows=1, cols=columns)
    table.style = "Table Grid"
    for cell in table.rows[0].cells:
        cell.text = "Header"
    return document, table


def _python_docx(rows: list[list[str]], columns: int) -> bytes:
    """The document as python-docx's own (quadratic) API writes it."""
    document, table = _table(columns)
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _fast(rows: list[list[str]], columns: int) -> bytes:
    document, table = _table(columns)
    appender = RowAppender(table)
    for values in rows:
        appender.add(values)
    return appender.save(document)


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 4).flatmap(lambda n: st.lists(st.lists(CELL, min_size=n, max_size=n))))
def test_rows_are_the_bytes_python_docx_writes(rows: list[list[str]]) -> None:
    columns = len(rows[0]) if rows else 3
    ours, theirs = _parts(_fast(rows, columns)), _parts(_python_docx(rows, columns))
    assert list(ours) == list(theirs)  # the same parts, in the same order
    assert ours[DOCUMENT_PART] == theirs[DOCUMENT_PART]
    assert ours == theirs


def test_cells_read_back_with_python_docx() -> None:
    rows = [["1", "a\tb", "line one\nline two"], ["", " spaced ", "<&>"], ["真主黨", "", "x\r"]]
    table = docx.Document(io.BytesIO(_fast(rows, 3))).tables[0]
    got = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert got == [
        ["1", "a\tb", "line one\nline two"],
        ["", " spaced ", "<&>"],
        ["真主黨", "", "x\n"],
    ]


def test_many_rows_cross_the_deflate_batches_in_order() -> None:
    rows = [[str(n), f"segment {n}"] for n in range(5001)]  # more than two batches of 2000
    table = docx.Document(io.BytesIO(_fast(rows, 2))).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows[1:]] == rows


def test_text_xml_cannot_hold_is_refused_like_python_docx() -> None:
    _, table = _table(2)
    with pytest.raises(ValueError, match="XML compatible"):
        table.add_row().cells[0].text = "bad\x00"
    appender = RowAppender(table)
    with pytest.raises(ValueError, match="XML compatible"):
        appender.add(["fine", "bad\x0b"])
    with pytest.raises(ValueError, match="3 values for a table of 2 columns"):
        appender.add(["a", "b", "c"])


def test_word_export_of_thousands_of_segments_reads_back_row_for_row() -> None:
    segments = [
        Segment(n * 2000, n * 2000 + 1500, f"第{n}段", f"Segment {n}\nsecond line", id=n + 1)
        for n in range(3000)
    ]
    data = WordFormat().write(Transcript(title="Long", segments=segments), ExportOptions())
    table = docx.Document(io.BytesIO(data)).tables[0]
    assert len(table.rows) == 3001
    # No speakers, tags or notes anywhere: those columns are left out.
    headers = ["Time", "Source", "Translation", "Status"]
    assert [c.text for c in table.rows[0].cells] == headers
    last = [c.text for c in table.rows[-1].cells]
    assert last == [
        "1:39:58.000 - 1:39:59.500", "第2999段", "Segment 2999\nsecond line", "unreviewed",
    ]  # fmt: skip
    assert [row.cells[1].text for row in table.rows[1:]] == [f"第{n}段" for n in range(3000)]
