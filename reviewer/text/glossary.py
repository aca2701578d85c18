"""The glossary: terms the source names and how the translation must render them.

A term has source forms (Chinese in any script, Russian, other spellings), a preferred
translation (and other accepted ones), known wrong renderings to avoid, and a note. Source forms
are matched script-blind (OpenCC t2s), renderings case-blind at word starts.

>>> g = Glossary([Term(["真主党"], "Hezbollah", ["Hizbollah"])])
>>> [t.translation for t in g.terms_in("黎巴嫩真主黨表示")]
['Hezbollah']
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz

from reviewer.core.cleaning import clean_text, spreadsheet_cell, spreadsheet_value
from reviewer.core.errors import ReviewerError
from reviewer.files import read_input, write_file
from reviewer.text.chinese import fold

HEADER = ("source", "translation", "avoid", "note")

# Near-miss spellings: the Indel similarity (rapidfuzz fuzz.ratio) of the translation's words
# to the rendering, on casefolded text. 75 keeps one wrong vowel in a short name ("Wang Yee",
# 80), a swapped or dropped letter ("Lavorv", "Putn", 83-89), one letter for two ("Aleksei",
# 77), and leaves out other words of the sentence ("Wang met", "Chinese" for China, "Lebanese"
# for Lebanon: 67). Which name is meant is told by the source, not by spelling: the check only
# runs for terms the source names, so "Lavrova" under 拉夫罗娃 is never compared with Lavrov.
NEAR_MISS_CUTOFF = 75.0

# Endings that keep a rendering whole: "Lavrov's", "Russian", "Israelis", "Iranian".
_ENDINGS = r"(?:['’]s|s|es|n|ns|an|ans|ian|ians|i|is|ese)?"
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


class GlossaryError(ReviewerError):
    """A glossary file cannot be read."""


@dataclass
class Term:
    """One glossary entry: ``sources`` render as ``translation`` (never as ``avoid``)."""

    sources: list[str]
    translation: str
    avoid: list[str] = field(default_factory=list)
    note: str = ""
    also: list[str] = field(default_factory=list)  # other accepted renderings
    id: int | None = None

    @property
    def renderings(self) -> list[str]:
        """The preferred translation first, then the other accepted ones."""
        return [r for r in (self.translation, *self.also) if r]

    @cached_property
    def folded_sources(self) -> list[str]:
        return [folded(s) for s in self.sources if s.strip()]

    @cached_property
    def rendering_patterns(self) -> list[re.Pattern[str]]:
        return [word_pattern(r, endings=True) for r in self.renderings]

    @cached_property
    def avoid_patterns(self) -> list[re.Pattern[str]]:
        return [word_pattern(a) for a in self.avoid if a.strip()]

    def in_source(self, folded_text: str) -> str | None:
        """Return the first of this term's source forms that ``folded_text`` holds."""
        for form in self.folded_sources:
            if form and form in folded_text:
                return form
        return None

    def rendered_in(self, text: str) -> bool:
        return any(p.search(text) for p in self.rendering_patterns)


def folded(text: str) -> str:
    """Return ``text`` script- and case-blind (Traditional to Simplified, casefolded)."""
    return fold(text).casefold()


def word_pattern(phrase: str, *, endings: bool = False) -> re.Pattern[str]:
    """Return a case-blind pattern for ``phrase`` as whole words (Han text: anywhere)."""
    body = r"\s+".join(re.escape(p) for p in phrase.split())
    start = r"(?<![^\W_])" if phrase[:1].isalnum() and phrase[:1].isascii() else ""
    end = (_ENDINGS if endings else "") + (r"(?![^\W_])" if phrase[-1:].isascii() else "")
    return re.compile(start + body + end, re.IGNORECASE)


@dataclass(frozen=True)
class NearMiss:
    """Words ``start``:``end`` of a translation look like a misspelling of ``rendering``."""

    start: int
    end: int
    text: str
    rendering: str
    score: float


def near_miss(
    rendering: str, text: str, *, cutoff: float = NEAR_MISS_CUTOFF, exclude: Iterable[str] = ()
) -> NearMiss | None:
    """Return the run of words in ``text`` most like ``rendering`` at or above ``cutoff``.

    Runs as long (in words) as the rendering are compared; words in ``exclude`` (renderings of
    other terms, e.g. "Li Qiang" when looking for "Li Keqiang") are never a near miss.

    >>> near_miss("Lavrov", "Lavrof said").text
    'Lavrof'
    """
    words = list(_WORD.finditer(text))
    size = len(rendering.split())
    target = rendering.casefold()
    skip = {e.casefold() for e in exclude}
    best: NearMiss | None = None
    for i in range(len(words) - size + 1):
        start, end = words[i].start(), words[i + size - 1].end()
        candidate = " ".join(w.group() for w in words[i : i + size])
        key = candidate.casefold()
        if key == target or key in skip:
            continue
        score = fuzz.ratio(key, target, score_cutoff=cutoff)
        if score and (best is None or score > best.score):
            best = NearMiss(start, end, text[start:end], rendering, score)
    return best


class Glossary:
    """The project's terms, with script-blind lookup by source form."""

    def __init__(self, terms: Iterable[Term] = ()) -> None:
        self.terms = [t for t in terms if t.sources and t.translation]
        self._by_form: dict[str, Term] = {}
        for term in self.terms:
            for form in term.folded_sources:
                self._by_form.setdefault(form, term)
        self.renderings = {r.casefold() for t in self.terms for r in t.renderings}

    def __len__(self) -> int:
        return len(self.terms)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def terms_in(self, source: str) -> list[Term]:
        """Return the terms whose source forms ``source`` holds (any script)."""
        text = folded(source)
        return [t for t in self.terms if t.in_source(text)]

    def rendering_of(self, form: str) -> str | None:
        """Return the translation of the source form ``form`` (any script), or None."""
        term = self._by_form.get(folded(form.strip()))
        return term.translation if term else None


# -- CSV ----------------------------------------------------------------------------------


def _forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split("|") if f.strip()]


def read_csv(path: str | Path) -> list[Term]:
    """Return the terms of a glossary CSV (``source,translation,avoid,note``; UTF-8, BOM or not).

    A cell may hold several forms separated by ``|``; in ``translation`` the first is the
    preferred one. A bad row raises :class:`GlossaryError` naming the file and line.
    """
    path = Path(path)
    data = read_input(path, what="glossary", error=GlossaryError)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError("the glossary is not UTF-8 text", path) from exc
    return parse_csv(text, path)


def parse_csv(text: str, path: str | Path | None = None) -> list[Term]:
    """Return the terms of glossary CSV ``text`` (see :func:`read_csv`)."""
    # Control characters and lone surrogates become U+FFFD (a NUL would stop the csv module);
    # cells a spreadsheet-safe export guarded get their text back (spreadsheet_value).
    text = clean_text(text.lstrip("\ufeff"))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise GlossaryError(f"not a CSV file: {exc}", path, 1) from exc
    if header is None:
        raise GlossaryError("the glossary is empty (no header line)", path, 1)
    names = [h.strip().lower() for h in header]
    if names[:2] != ["source", "translation"] or not set(names) <= set(HEADER):
        raise GlossaryError(
            f"the header must be {','.join(HEADER)} (found {','.join(header)})", path, 1
        )
    terms: list[Term] = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(names):
                raise GlossaryError(
                    f"{len(row)} cells, the header has {len(names)} (a comma not in quotes?)",
                    path,
                    line,
                )
            cells = dict(zip(names, map(spreadsheet_value, row), strict=False))
            sources = _forms(cells.get("source", ""))
            translations = _forms(cells.get("translation", ""))
            if not sources:
                raise GlossaryError("a term without a source form", path, line)
            if not translations:
                raise GlossaryError(f"no translation for {sources[0]}", path, line)
            terms.append(
                Term(
                    sources,
                    translations[0],
                    _forms(cells.get("avoid", "")),
                    cells.get("note", "").strip(),
                    also=translations[1:],
                )
            )
    except csv.Error as exc:
        raise GlossaryError(f"not valid CSV: {exc}", path, reader.line_num) from exc
    return terms


def format_csv(terms: Iterable[Term]) -> str:
    """Return ``terms`` as glossary CSV text (the header first; no BOM)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for t in terms:
        row = ["|".join(t.sources), "|".join(t.renderings), "|".join(t.avoid), t.note]
        writer.writerow([spreadsheet_cell(cell) for cell in row])
    return out.getvalue()


def write_csv(path: str | Path, terms: Iterable[Term], *, replace: bool = True) -> Path:
    """Write ``terms`` to ``path`` as UTF-8 glossary CSV, safely (reviewer.files: whole or not
    at all, never through a planted link, over an existing file only with ``replace``)."""
    data = format_csv(terms).encode("utf-8")
    return write_file(path, data, replace=replace, error=GlossaryError)
