"""The Word export laid out for the desk: the locale's paper, landscape from four columns,
column widths from what each holds (time narrow), the header row on every page, empty columns
left out; and the same read by LibreOffice, which lays the pages out."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm

from reviewer.core.models import Segment, Status, Transcript
from reviewer.formats import ExportOptions
from reviewer.formats.word import WordFormat
from reviewer.formats.word_layout import paper_for_locale

LOCALES = [
    ({"LANG": "en_US.UTF-8"}, "Letter"),
    ({"LANG": "en_CA.UTF-8"}, "Letter"),
    ({"LANG": "es_MX.UTF-8"}, "Letter"),
    ({"LANG": "en_GB.UTF-8"}, "A4"),
    ({"LANG": "zh_CN.UTF-8"}, "A4"),
    ({"LANG": "ru_RU.UTF-8"}, "A4"),
    ({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "A4"),
    ({"LANG": "de_DE.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "Letter"),
    ({"LC_ALL": "zh_HK.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "A4"),
    ({"LANG": "C.UTF-8"}, "A4"),
]
SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}


def _transcript(n: int = 12, *, speakers: bool = True, notes: bool = True) -> Transcript:
    segments = []
    for i in range(n):
        segments.append(
            Segment(
                i * 4000, i * 4000 + 3500,
                "黎巴嫩真主党表示将对以色列的袭击作出回应，安理会将举行紧急会议。",
                f"Lebanon's Hezbollah said {i} it would respond to the Israeli strike; "
                "the Security Council will hold an emergency meeting tomorrow.",
                ("Wang Yi" if i % 2 else "Sergey Lavrov") if speakers else None,
                ["SOT"] if i % 3 == 0 else [],
                Status.APPROVED if i % 2 else Status.UNREVIEWED,
                "check the name" if notes and i == 1 else "",
                i + 1,
            )
        )  # fmt: skip
    return Transcript(title="Evening news", segments=segments)


def _write(transcript: Transcript, options: ExportOptions | None = None) -> docx.Document:
    data = WordFormat().write(transcript, options or ExportOptions(reviewer="Chen Jing"))
    return docx.Document(io.BytesIO(data))


@pytest.fixture
def locale_env(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def use(env: dict[str, str]) -> None:
        for name in ("LC_ALL", "LC_PAPER", "LANG"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)

    return use


@pytest.mark.parametrize(("env", "paper"), LOCALES, ids=[str(e) for e, _ in LOCALES])
def test_paper_follows_the_locale(env: dict[str, str], paper: str, locale_env) -> None:  # type: ignore[no-untyped-def]
    locale_env(env)
    assert paper_for_locale().name == paper
    section = _write(_transcript()).sections[0]
    width, height = SIZES_MM[paper]
    assert section.orientation == WD_ORIENT.LANDSCAPE  # seven columns
    assert abs(section.page_width - Mm(height)) < Mm(0.5)
    assert abs(section.page_height - Mm(width)) < Mm(0.5)


@pytest.mark.parametrize(
    ("options", "kwargs", "headers", "landscape"),
    [
        (ExportOptions(), {}, ["Time", "Speaker", "Source", "Translation", "Status", "Tags",
                               "Note"], True),
        (ExportOptions(), {"speakers": False, "notes": False},
         ["Time", "Source", "Translation", "Status", "Tags"], True),
        (ExportOptions(text="translation"), {"speakers": False, "notes": False},
         ["Time", "Translation", "Status", "Tags"], True),
        (ExportOptions(text="translation", timecodes=False), {"speakers": False, "notes": False},
         ["Translation", "Status", "Tags"], False),
    ],
    ids=["all", "no speakers or notes", "translation", "no times"],
)  # fmt: skip
def test_empty_columns_left_out_and_orientation(
    options: ExportOptions, kwargs: dict[str, bool], headers: list[str], landscape: bool,
    locale_env,  # type: ignore[no-untyped-def]
) -> None:  # fmt: skip
    locale_env({"LANG": "en_GB.UTF-8"})
    document = _write(_transcript(**kwargs), options)
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == headers
    section = document.sections[0]
    assert (section.orientation == WD_ORIENT.LANDSCAPE) is landscape
    assert (section.page_width > section.page_height) is landscape


def test_widths_from_content_and_header_repeated(locale_env) -> None:  # type: ignore[no-untyped-def]
    locale_env({"LANG": "en_GB.UTF-8"})
    document = _write(_transcript(200))
    table = document.tables[0]
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    widths = dict(zip([c.text for c in table.rows[0].cells], grid, strict=True))
    mm = 1440 / 25.4
    assert 22 * mm <= widths["Time"] <= 34.5 * mm  # "0:00:00.500 -" on a line, the end below
    assert widths["Status"] < 27 * mm and widths["Tags"] < 37 * mm
    assert widths["Translation"] > 2 * widths["Time"]
    assert widths["Translation"] > widths["Source"] > widths["Note"]  # as much as each holds
    section = document.sections[0]
    usable = (section.page_width - section.left_margin - section.right_margin) / 635  # twips
    assert abs(sum(grid) - usable) < 5
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    header = table.rows[0]._tr
    assert header.trPr is not None and header.trPr.find(qn("w:tblHeader")) is not None
    for row in table.rows[1:]:  # every cell carries its width, for Word
        assert row._tr.trPr.find(qn("w:tblHeader")) is None
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None  # a segment kept on one page
        assert [int(c._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for c in row.cells] == grid


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is missing")
def test_libreoffice_repeats_the_header_on_every_page(office, tmp_path: Path, locale_env) -> None:  # type: ignore[no-untyped-def]
    locale_env({"LANG": "en_US.UTF-8"})
    out = tmp_path / "long.docx"
    out.write_bytes(WordFormat().write(_transcript(60), ExportOptions(reviewer="Chen Jing")))
    pdf = tmp_path / "long.pdf"
    office.read(out, pdf=pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    pages = [page for page in text.split("\f") if page.strip()]
    assert len(pages) >= 3
    for page in pages:
        assert "Translation" in page and "Status" in page, page[:300]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "792 x 612 pts (letter)" in info  # Letter, landscape
