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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.core.cleaning import clean_text, spreadsheet_cell, spreadsheet_value
from reviewer.core.errors import ReviewerError, say
from reviewer.core.lazy import lazy
from reviewer.files import read_input, write_file
from reviewer.text.chinese import fold
from reviewer.text.names import NameIndex, plain, words_of

if TYPE_CHECKING:
    import ahocorasick
    import opencc
else:
    ahocorasick = lazy("ahocorasick")  # reviewer.core.lazy.COMMANDS: with the first check
    opencc = lazy("opencc")  # reviewer.core.lazy.COMMANDS

HEADER = ("source", "translation", "avoid", "note")

# Endings that keep a rendering whole: "Lavrov's", "Russian", "Israelis", "Iranian".
_ENDING_LIST = ("s", "es", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese")
_ENDINGS = r"(?:['’]s|" + "|".join(_ENDING_LIST) + ")?"


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
    how: str  # "sound" (a transliteration: Lavrof) or "spelling" (a typing slip: Lavorv)


def near_miss(rendering: str, text: str, *, exclude: Iterable[str] = ()) -> NearMiss | None:
    """Return the first run of words in ``text`` that misspells ``rendering`` by sound or by
    spelling (see :func:`reviewer.text.names.similar`); words in ``exclude`` (renderings of
    other terms) are never a near miss.

    >>> near_miss("Lavrov", "Lavrof said").text
    'Lavrof'
    """
    index = NameIndex([(rendering, 0)], accepted=exclude)
    found = index.scan(text)
    if not found:
        return None
    m = found[0]
    return NearMiss(m.start, m.end, m.text, m.rendering, m.how)


class Glossary:
    """The project's terms, with script-blind lookup by source form.

    Built for 100,000 terms: source forms are found in a text by one Aho-Corasick pass
    (pyahocorasick), known wrong renderings by a dictionary of word runs, near misses through
    the phonetic :class:`NameIndex`; each is built on first use.
    """

    def __init__(self, terms: Iterable[Term] = ()) -> None:
        self.terms = [t for t in terms if t.sources and t.translation]
        _fold_sources(self.terms)
        self._by_form: dict[str, Term] = {}
        for term in self.terms:
            for form in term.folded_sources:
                self._by_form.setdefault(form, term)
        self.renderings = {r.casefold() for t in self.terms for r in t.renderings}

    def __len__(self) -> int:
        return len(self.terms)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def build_indexes(self) -> None:
        """Build every index now rather than on first use (on a thread of its own, say)."""
        for index in (self._automaton, self.names, self._avoid, self._rendering_keys):
            assert index is not None

    @cached_property
    def _automaton(self) -> Any:
        automaton = ahocorasick.Automaton()
        for form, term in self._by_form.items():
            if form:
                automaton.add_word(form, (form, term))
        if len(automaton):
            automaton.make_automaton()
        return automaton

    def forms_in(self, folded_text: str) -> dict[int, str]:
        """Return {term index: the first of its source forms} found in ``folded_text`` (a text
        already :func:`folded`)."""
        automaton = self._automaton
        found: dict[int, str] = {}
        if not folded_text or not len(automaton):
            return found
        positions = self._positions
        # The longest form wins where forms overlap inside one another: 联合国安理会 names the
        # Security Council, not also a term 安理 it happens to contain.
        matches = sorted(
            (
                (end - len(form) + 1, end + 1, form, term)
                for end, (form, term) in automaton.iter(folded_text)
            ),
            key=lambda m: (m[0], -m[1]),
        )
        covered_to = -1
        for _start, end, form, term in matches:
            if end <= covered_to:
                continue
            covered_to = max(covered_to, end)
            found.setdefault(positions[id(term)], form)
        return found

    @cached_property
    def _rendering_keys(self) -> tuple[dict[str, set[int]], dict[str, list[int]]]:
        keys: dict[str, set[int]] = {}
        sizes: dict[str, set[int]] = {}  # first word: the lengths of the renderings it starts
        for i, term in enumerate(self.terms):
            for rendering in term.renderings:
                key = _words_key(rendering)
                if key:
                    keys.setdefault(key, set()).add(i)
                    first = key.split(" ", 1)[0]
                    sizes.setdefault(first, set()).add(key.count(" ") + 1)
        return keys, {first: sorted(n) for first, n in sizes.items()}

    def renderings_in(self, text: str) -> set[int]:
        """Return the terms one of whose renderings ``text`` holds as whole words, with an
        ending or not ("Lavrov's", "Russian", "Israelis"), by one dictionary look-up per run
        of words (a pattern a term costs seconds on 100,000 terms)."""
        keys, sizes = self._rendering_keys
        words = [plain(w.text) for w in words_of(text)]
        found: set[int] = set()
        for i, word in enumerate(words):
            for e in _ENDING_LIST:  # a one-word rendering with an ending: Russian, Israelis
                if word.endswith(e) and len(word) > len(e) + 2:
                    found |= keys.get(word[: -len(e)], set())
            for size in sizes.get(word, ()):
                if i + size > len(words):
                    continue
                head, last = words[i : i + size - 1], words[i + size - 1]
                for stem in (last, *(last[: -len(e)] for e in _ENDING_LIST if last.endswith(e))):
                    found |= keys.get(" ".join([*head, stem]), set())
        return found

    @cached_property
    def _positions(self) -> dict[int, int]:
        return {id(t): i for i, t in enumerate(self.terms)}

    def terms_in(self, source: str) -> list[Term]:
        """Return the terms whose source forms ``source`` holds (any script)."""
        return [self.terms[i] for i in sorted(self.forms_in(folded(source)))]

    def rendering_of(self, form: str) -> str | None:
        """Return the translation of the source form ``form`` (any script), or None."""
        term = self._by_form.get(folded(form.strip()))
        return term.translation if term else None

    @cached_property
    def names(self) -> NameIndex:
        """The renderings (and, for several-word names, their long last words: "Lavrov" of
        "Sergei Lavrov") indexed by sound and spelling."""
        pairs: list[tuple[str, int]] = []
        for i, term in enumerate(self.terms):
            for rendering in term.renderings:
                pairs.append((rendering, i))
        for i, term in enumerate(self.terms):
            # Sergei Lavrov is Lavrov alone too; Li Qiang is never Qiang (a Chinese name's
            # short surname comes first, and its given name is not used alone).
            words = term.translation.split()
            if (
                len(words) > 1
                and words[-1][:1].isupper()
                and len(words[-1]) >= 5
                and len(words[0]) > 3
            ):
                pairs.append((words[-1], i))
        return NameIndex(pairs)

    @cached_property
    def _avoid(self) -> tuple[dict[str, int], list[int]]:
        by_words: dict[str, int] = {}
        for i, term in enumerate(self.terms):
            for form in term.avoid:
                key = _words_key(form)
                if key:
                    by_words.setdefault(key, i)
        return by_words, sorted({k.count(" ") + 1 for k in by_words})

    def avoided_in(self, text: str) -> list[tuple[int, int, int]]:
        """Return (start, end, term index) of each known wrong rendering in ``text``."""
        by_words, sizes = self._avoid
        if not by_words:
            return []
        words = words_of(text)
        keys = [plain(w.text) for w in words]
        found: list[tuple[int, int, int]] = []
        taken_until = -1
        for i in range(len(words)):
            for size in reversed(sizes):
                if i + size > len(words) or words[i].start < taken_until:
                    continue
                entry = by_words.get(" ".join(keys[i : i + size]))
                if entry is not None:
                    found.append((words[i].start, words[i + size - 1].end, entry))
                    taken_until = words[i + size - 1].end
                    break
        return found


_SIMPLE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _words_key(phrase: str) -> str:
    """Return ``phrase`` as the look-up key of its words (plain letters, one space)."""
    if _SIMPLE.fullmatch(phrase):
        return phrase.lower()  # most renderings: no accents, hyphens or possessives to read
    return " ".join(plain(w.text) for w in words_of(phrase))


def prepare_terms(terms: list[Term], *, own_converter: bool = False) -> None:
    """Fold every term's source forms now (OpenCC); with ``own_converter``, through a converter
    of this call's own (on a thread other than the one that uses the shared converter)."""
    if own_converter:
        converter = opencc.OpenCC("t2s.json")
        _fold_sources(terms, lambda text: str(converter.convert(text)).casefold())
    else:
        _fold_sources(terms)


def _fold_sources(terms: list[Term], fold_text: Callable[[str], str] = folded) -> None:
    """Fill each term's folded source forms with one OpenCC call for the whole glossary (a
    call per form costs seconds on 100,000 terms)."""
    todo = [t for t in terms if "folded_sources" not in t.__dict__]
    if not todo:
        return
    forms = [[s for s in t.sources if s.strip()] for t in todo]
    flat = [f.replace("\n", " ") for fs in forms for f in fs]
    folded_flat = fold_text("\n".join(flat)).split("\n") if flat else []
    if len(folded_flat) != len(flat):  # OpenCC kept the lines, always; but never trust a count
        folded_flat = [fold_text(f) for f in flat]
    n = 0
    for term, fs in zip(todo, forms, strict=True):
        term.__dict__["folded_sources"] = folded_flat[n : n + len(fs)]
        n += len(fs)


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
        raise GlossaryError(say("the glossary is not UTF-8 text"), path) from exc
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
        raise GlossaryError(say("not a CSV file: {reason}", reason=str(exc)), path, 1) from exc
    if header is None:
        raise GlossaryError(say("the glossary is empty (no header line)"), path, 1)
    names = [h.strip().lower() for h in header]
    if names[:2] != ["source", "translation"] or not set(names) <= set(HEADER):
        raise GlossaryError(
            say(
                "the header must be {expected} (found {found})",
                expected=",".join(HEADER),
                found=",".join(header),
            ),
            path,
            1,
        )
    terms: list[Term] = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(names):
                raise GlossaryError(
                    say(
                        "{cells} cells, the header has {columns} (a comma not in quotes?)",
                        cells=len(row),
                        columns=len(names),
                    ),
                    path,
                    line,
                )
            cells = dict(zip(names, map(spreadsheet_value, row), strict=False))
            sources = _forms(cells.get("source", ""))
            translations = _forms(cells.get("translation", ""))
            if not sources:
                raise GlossaryError(say("a term without a source form"), path, line)
            if not translations:
                raise GlossaryError(say("no translation for {term}", term=sources[0]), path, line)
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
        raise GlossaryError(
            say("not valid CSV: {reason}", reason=str(exc)), path, reader.line_num
        ) from exc
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
