"""Find and replace over a transcript: plain, whole word, regular expression or fuzzy, in the
source, the translation or both; Chinese found in either script.

Plain, whole-word and fuzzy searches run over each text folded to one script and case
(OpenCC t2s, lower case), kept per segment so typing a query does not fold 20,000 texts again;
folding keeps every character where it was, so a match's span is its span in the real text.
Regular expressions run on the text as it is.

>>> finder = Finder()
>>> [(m.field, m.start) for m in finder.find([Segment(0, 1, "真主黨", "")], Query("真主党"))]
[('source', 0)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from reviewer.core.models import Segment
from reviewer.text.chinese import fold
from reviewer.text.scripts import has_han

MODES = ("plain", "word", "regex", "fuzzy")
FIELDS = ("source", "translation")
FUZZY_CUTOFF = 80.0  # partial_ratio: one wrong letter in a five-letter word still matches


class SearchError(ValueError):
    """The query cannot be searched (an invalid regular expression)."""


@dataclass(frozen=True)
class Query:
    """What to find: ``text`` by ``mode`` in ``fields``."""

    text: str
    mode: str = "plain"
    fields: tuple[str, ...] = FIELDS
    match_case: bool = False

    def __bool__(self) -> bool:
        return bool(self.text.strip() if self.mode == "fuzzy" else self.text)


@dataclass(frozen=True)
class Match:
    """``field`` of segment ``segment_id`` matches at ``start``:``end``."""

    segment_id: int
    field: str
    start: int
    end: int


def normalise(text: str, *, match_case: bool = False) -> str:
    """Return ``text`` in one script (and lower case), each character where it was."""
    out = fold(text) if has_han(text) else text
    if not match_case:
        out = out.lower()
    if len(out) == len(text):
        return out
    # A conversion that changed the length: fold character by character instead.
    chars = []
    for ch in text:
        c = fold(ch) if has_han(ch) else ch
        c = c if match_case else c.lower()
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)


class Finder:
    """Finds a query in segments; remembers each text's folded form between keystrokes."""

    def __init__(self) -> None:
        self._folded: dict[tuple[str, bool], str] = {}
        self._by_segment: dict[bool, dict[int, tuple[str, str, str, str]]] = {False: {}, True: {}}

    def _norm(self, text: str, match_case: bool) -> str:
        key = (text, match_case)
        cached = self._folded.get(key)
        if cached is None:
            if len(self._folded) > 200_000:
                self._folded.clear()
            cached = self._folded[key] = normalise(text, match_case=match_case)
        return cached

    def compile(self, query: Query) -> re.Pattern[str] | None:
        """Return the pattern for a regex or whole-word query (None for plain and fuzzy)."""
        if query.mode == "regex":
            try:
                return re.compile(query.text, 0 if query.match_case else re.IGNORECASE)
            except re.error as exc:
                raise SearchError(f"not a valid regular expression: {exc}") from exc
        if query.mode == "word":
            needle = normalise(query.text, match_case=query.match_case)
            start = "" if has_han(needle[:1]) else r"(?<!\w)"
            end = "" if has_han(needle[-1:]) else r"(?!\w)"
            return re.compile(start + re.escape(needle) + end)
        return None

    def spans(
        self, text: str, query: Query, pattern: re.Pattern[str] | None = None
    ) -> list[tuple[int, int]]:
        """Return where ``query`` matches in ``text`` (start, end), in order."""
        if not query or not text:
            return []
        if query.mode == "regex":
            pattern = pattern or self.compile(query)
            assert pattern is not None
            return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
        hay = self._norm(text, query.match_case)
        if query.mode == "word":
            pattern = pattern or self.compile(query)
            assert pattern is not None
            return [m.span() for m in pattern.finditer(hay)]
        needle = normalise(
            query.text.strip() if query.mode == "fuzzy" else query.text, match_case=query.match_case
        )
        if query.mode == "fuzzy":
            return _fuzzy_spans(needle, hay)
        found, at = [], hay.find(needle)
        while at >= 0:
            found.append((at, at + len(needle)))
            at = hay.find(needle, at + len(needle))
        return found

    def find(self, segments: Iterable[Segment], query: Query) -> list[Match]:
        """Return every match of ``query`` in ``segments``, in segment order."""
        if not query:
            return []
        pattern = self.compile(query)
        matches: list[Match] = []
        for segment in segments:
            for field in query.fields:
                text = getattr(segment, field)
                for start, end in self.spans(text, query, pattern):
                    matches.append(Match(segment.id or 0, field, start, end))
        return matches

    def _texts(self, segments: Iterable[Segment], query: Query) -> list[tuple[int, str]]:
        """Return (id, the query's fields folded and joined) per segment, from the cache when
        the segment's texts are the very strings folded before."""
        cache = self._by_segment[query.match_case]
        fields = query.fields
        out = []
        for segment in segments:
            entry = cache.get(segment.id or 0)
            if (
                entry is None
                or entry[0] is not segment.source
                or entry[1] is not segment.translation
            ):
                entry = (
                    segment.source,
                    segment.translation,
                    normalise(segment.source, match_case=query.match_case),
                    normalise(segment.translation, match_case=query.match_case),
                )
                cache[segment.id or 0] = entry
            if fields == FIELDS:
                out.append((segment.id or 0, f"{entry[2]}\n{entry[3]}"))
            else:
                out.append((segment.id or 0, entry[2] if fields == ("source",) else entry[3]))
        return out

    def matching_ids(self, segments: Iterable[Segment], query: Query) -> list[int]:
        """Return the ids of the segments where ``query`` matches (fast: first match only)."""
        if not query:
            return []
        if query.mode in ("plain", "fuzzy"):
            needle = normalise(
                query.text.strip() if query.mode == "fuzzy" else query.text,
                match_case=query.match_case,
            )
            texts = self._texts(segments, query)
            if query.mode == "plain" or len(needle) < 3:
                return [i for i, text in texts if needle in text]
            scored = process.extract(
                needle,
                [t for _, t in texts],
                scorer=fuzz.partial_ratio,
                score_cutoff=FUZZY_CUTOFF,
                limit=None,
            )
            return [texts[n][0] for n in sorted(n for _, _, n in scored)]
        pattern = self.compile(query)
        found: list[int] = []
        for segment in segments:
            for field in query.fields:
                if self.spans(getattr(segment, field), query, pattern):
                    found.append(segment.id or 0)
                    break
        return found

    def replacements(
        self, segments: Sequence[Segment], query: Query, replacement: str
    ) -> list[tuple[int, str, str, str]]:
        """Return (segment id, field, old text, new text) for every text ``query`` changes.

        In regex mode ``replacement`` may name groups (``\\1``, ``\\g<name>``).
        """
        pattern = self.compile(query)
        changes = []
        for segment in segments:
            for field in query.fields:
                text = getattr(segment, field)
                new = self.replace_in(text, query, replacement, pattern)
                if new != text:
                    changes.append((segment.id or 0, field, text, new))
        return changes

    def replace_in(
        self,
        text: str,
        query: Query,
        replacement: str,
        pattern: re.Pattern[str] | None = None,
    ) -> str:
        """Return ``text`` with every match of ``query`` replaced."""
        if query.mode == "regex":
            pattern = pattern or self.compile(query)
            assert pattern is not None
            try:
                return pattern.sub(replacement, text)
            except (re.error, IndexError) as exc:
                raise SearchError(f"the replacement does not fit the expression: {exc}") from exc
        for start, end in reversed(self.spans(text, query, pattern)):
            text = text[:start] + replacement + text[end:]
        return text


def _fuzzy_spans(needle: str, hay: str) -> list[tuple[int, int]]:
    """Return the best fuzzy match of ``needle`` in ``hay`` (one span, or none)."""
    if needle in hay:
        at = hay.find(needle)
        return [(at, at + len(needle))]
    if len(needle) < 3:
        return []
    found = fuzz.partial_ratio_alignment(needle, hay, score_cutoff=FUZZY_CUTOFF)
    if found is None:
        return []
    start, end = found.dest_start, found.dest_end
    # Widen to whole words so a replacement does not leave half of one behind.
    while start > 0 and hay[start - 1].isalnum() and not has_han(hay[start - 1]):
        start -= 1
    while end < len(hay) and hay[end].isalnum() and not has_han(hay[end]):
        end += 1
    return [(start, end)]
