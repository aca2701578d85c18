"""The Word export's page and table laid out for the desk: paper from the locale, landscape for a
wide table, column widths from what the columns hold, the header row repeated on every page.

- Paper: US Letter where the locale's territory uses it (the United States, Canada, Mexico and
  the other countries whose glibc locales set Letter in LC_PAPER), A4 everywhere else. The
  territory is read as the C library does: ``LC_ALL``, then ``LC_PAPER``, then ``LANG``
  (``en_US.UTF-8`` -> US); without any (Windows, a bare environment), Python's locale.
- Orientation: landscape from four columns on, so text columns keep a readable measure.
- Widths: a short column (time, speaker, status, tags) is as wide as most of its entries need
  (the 90th percentile, within bounds); the text columns (source, translation, note) share the
  rest by how much text each holds on average, none below a readable minimum. Widths are in
  ``w:gridCol`` (LibreOffice) and every cell's ``w:tcW`` (Word), with a fixed table layout so
  that neither program re-measures 20,000 rows.
"""

from __future__ import annotations

import locale
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reviewer.core.lazy import lazy

if TYPE_CHECKING:
    import docx.enum.section as docx_section
    import docx.oxml as docx_oxml
    import docx.oxml.ns as docx_ns
    import docx.shared as docx_shared
else:
    docx_section = lazy("docx.enum.section")  # reviewer.core.lazy.COMMANDS
    docx_oxml = lazy("docx.oxml")
    docx_ns = lazy("docx.oxml.ns")
    docx_shared = lazy("docx.shared")

# Territories whose glibc locales give LC_PAPER as Letter.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "SV", "NI", "HN", "BZ"}
)
_TERRITORY = re.compile(r"^[a-zA-Z]{2,3}[_-]([A-Za-z]{2})\b")
MM_PER_INCH = 25.4
TWIPS_PER_MM = 1440 / MM_PER_INCH
EM_MM = 10 / 72 * MM_PER_INCH  # the body text's em (10 pt) in mm
CELL_PADDING_MM = 2 * 1.9  # Word's default left and right cell margins (0.08 in each)
# Column kinds, by header: sized to their entries, or sharing the rest of the width.
SHORT_COLUMNS = {"Time": (22.0, 34.0), "Speaker": (18.0, 42.0), "Status": (16.0, 26.0),
                 "Tags": (14.0, 36.0)}  # fmt: skip
TEXT_MIN_MM = 40.0
TEXT_FLOOR_MM = 20.0


@dataclass(frozen=True)
class Paper:
    name: str
    width_mm: float
    height_mm: float
    margin_mm: float


A4 = Paper("A4", 210.0, 297.0, 20.0)
LETTER = Paper("Letter", 215.9, 279.4, 19.05)


def paper_for_locale(environ: Mapping[str, str] | None = None) -> Paper:
    """Return the paper the locale's territory uses: Letter in North America (and the other
    Letter territories), else A4.

    >>> paper_for_locale({"LANG": "en_US.UTF-8"}).name, paper_for_locale({"LANG": "en_GB"}).name
    ('Letter', 'A4')
    >>> paper_for_locale({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}).name
    'A4'
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(name, "")
        if value:
            return _paper_of(value)
    if environ is None:
        try:
            current = locale.getlocale(locale.LC_CTYPE)[0] or ""
        except ValueError:  # a locale name Python cannot parse
            current = ""
        return _paper_of(current)
    return A4


def _paper_of(value: str) -> Paper:
    match = _TERRITORY.match(value)
    territory = match[1].upper() if match else ""
    if not territory and "united states" in value.lower():  # Windows: English_United States
        territory = "US"
    return LETTER if territory in LETTER_TERRITORIES else A4


# A Latin or Cyrillic letter's average width in ems: wide enough for the fonts a desk's Word or
# LibreOffice substitutes (Calibri 0.49, Carlito 0.49, DejaVu Serif 0.6).
LATIN_EM = 0.6


def _ems(character: str) -> float:
    return 1.0 if unicodedata.east_asian_width(character) in "WF" else LATIN_EM


def text_ems(text: str) -> float:
    """Return the width of ``text``'s longest line in ems of the body font (CJK 1, Latin about
    half)."""
    widest = 0.0
    for line in text.split("\n"):
        width = sum(_ems(c) for c in line)
        widest = max(widest, width)
    return widest


@dataclass
class ColumnStats:
    """What one column holds: each entry's width (ems, capped sample) and the total text."""

    header: str
    widths: list[float] = field(default_factory=list)
    total: float = 0.0
    count: int = 0

    def add(self, text: str) -> None:
        width = text_ems(text) if text else 0.0
        self.count += 1
        self.total += sum(_ems(c) for c in text)
        if len(self.widths) < 5000 or self.count % 7 == 0:  # a sample is enough for a long job
            self.widths.append(width)

    def percentile(self, share: float) -> float:
        if not self.widths:
            return 0.0
        ordered = sorted(self.widths)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    @property
    def mean(self) -> float:
        return self.total / self.count if self.count else 0.0


def column_widths(stats: Sequence[ColumnStats], available_mm: float) -> list[float]:
    """Return each column's width in mm, together ``available_mm``."""
    widths: list[float | None] = []
    for column in stats:
        bounds = SHORT_COLUMNS.get(column.header)
        if bounds is None:
            widths.append(None)
            continue
        header = text_ems(column.header) * EM_MM * 1.1  # bold
        need = max(column.percentile(0.9) * EM_MM, header) + CELL_PADDING_MM
        if column.header == "Time":  # "00:00:01.500 -" on one line, the end time below
            need = max(column.percentile(0.9) * EM_MM / 2 + 2 * LATIN_EM * EM_MM, header)
            need += CELL_PADDING_MM
        widths.append(min(max(need, bounds[0]), bounds[1]))
    fixed = sum(w for w in widths if w is not None)
    text = [i for i, w in enumerate(widths) if w is None]
    if not text:
        scale = available_mm / fixed if fixed else 1.0
        return [w * scale for w in widths if w is not None]
    # Each text column at least what most of its entries need (a column of a few short notes
    # stays narrow), within TEXT_FLOOR_MM..TEXT_MIN_MM; the rest shared by how much each holds.
    floors = {
        i: min(max(stats[i].percentile(0.9) * EM_MM + CELL_PADDING_MM, TEXT_FLOOR_MM), TEXT_MIN_MM)
        for i in text
    }
    spare = max(available_mm - fixed - sum(floors.values()), 0.0)
    weights = {i: max(stats[i].mean, 0.5) for i in text}
    total = sum(weights.values())
    for i in text:
        widths[i] = floors[i] + spare * weights[i] / total
    out = [float(w or 0.0) for w in widths]
    if sum(out) > available_mm:  # the short columns' minimums did not fit: shrink all
        scale = available_mm / sum(out)
        out = [w * scale for w in out]
    return out


def landscape_for(columns: int) -> bool:
    """Return whether a table of ``columns`` columns is laid out on a landscape page."""
    return columns >= 4


def set_page(document: Any, paper: Paper, *, landscape: bool) -> float:
    """Set every section of ``document`` to ``paper`` (landscape or not) with its margins;
    return the width left for text, in mm."""
    width, height = paper.width_mm, paper.height_mm
    if landscape:
        width, height = height, width
    for section in document.sections:
        section.orientation = (
            docx_section.WD_ORIENT.LANDSCAPE if landscape else docx_section.WD_ORIENT.PORTRAIT
        )
        section.page_width, section.page_height = docx_shared.Mm(width), docx_shared.Mm(height)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, docx_shared.Mm(paper.margin_mm))
    return width - 2 * paper.margin_mm


def set_table_widths(table: Any, widths_mm: Sequence[float]) -> None:
    """Give ``table`` fixed column widths: the grid, every existing cell, the table's width."""
    twips = [round(w * TWIPS_PER_MM) for w in widths_mm]
    tbl = table._tbl
    properties = tbl.tblPr
    for tag, attrs in (
        ("w:tblW", {"w:w": str(sum(twips)), "w:type": "dxa"}),
        ("w:tblLayout", {"w:type": "fixed"}),
    ):
        old = properties.find(docx_ns.qn(tag))
        if old is not None:
            properties.remove(old)
        element = docx_oxml.OxmlElement(tag)
        for key, value in attrs.items():
            element.set(docx_ns.qn(key), value)
        properties.append(element)
    _order(properties)
    for grid_col, width in zip(tbl.tblGrid.findall(docx_ns.qn("w:gridCol")), twips, strict=True):
        grid_col.set(docx_ns.qn("w:w"), str(width))
    for row in tbl.findall(docx_ns.qn("w:tr")):
        for cell, width in zip(row.findall(docx_ns.qn("w:tc")), twips, strict=True):
            tc_pr = cell.get_or_add_tcPr()
            tc_w = tc_pr.find(docx_ns.qn("w:tcW"))
            if tc_w is None:
                tc_w = docx_oxml.OxmlElement("w:tcW")
                tc_pr.insert(0, tc_w)
            tc_w.set(docx_ns.qn("w:w"), str(width))
            tc_w.set(docx_ns.qn("w:type"), "dxa")


# The order CT_TblPr's children must keep (ECMA-376 part 1, 17.4.60), of those written here.
_TBL_PR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                 "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                 "shd", "tblLayout", "tblCellMar", "tblLook"]  # fmt: skip


def _order(properties: Any) -> None:
    rank = {name: i for i, name in enumerate(_TBL_PR_ORDER)}
    children = list(properties)
    children.sort(key=lambda e: rank.get(e.tag.rsplit("}", 1)[-1], len(rank)))
    for child in children:
        properties.append(child)


def repeat_header(row: Any) -> None:
    """Mark ``row`` (a python-docx row) as the table's header, repeated at the top of each page,
    and keep it whole on one page."""
    tr_pr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        tr_pr.append(docx_oxml.OxmlElement(tag))


def keep_whole(row: Any) -> None:
    """Keep ``row`` on one page: a segment is not cut between two pages (a row taller than a
    page is still split by Word and LibreOffice)."""
    row._tr.get_or_add_trPr().append(docx_oxml.OxmlElement("w:cantSplit"))
