r"""Find and replace over a transcript: plain, whole word, regular expression or fuzzy, in the
source, the translation or both; Chinese found in either script.

Plain, whole-word and fuzzy searches run over each text folded to one script and case
(OpenCC t2s, lower case), kept per segment so typing a query does not fold 20,000 texts again;
folding keeps every character where it was, so a match's span is its span in the real text.
Regular expressions run on the text as it is, through the ``regex`` package (the syntax of
Python's ``re``, plus ``\p{Han}`` and friends) with a time limit: a pattern such as ``(a+)+$``
backtracks for ever on a long text, and the editor is told it takes too long instead of
waiting on a frozen window (:class:`PatternTooSlow`). The limit is for one search over the
whole transcript, not per text. Counted repeats nested in each other (``(x{1000}){1000}``) are
refused before they are compiled: the ``regex`` package expands them, which takes gigabytes.

>>> finder = Finder()
>>> [(m.field, m.start) for m in finder.find([Segment(0, 1, "真主黨", "")], Query("真主党"))]
[('source', 0)]
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from reviewer.core.lazy import lazy
from reviewer.core.models import Segment
from reviewer.text.chinese import fold
from reviewer.text.scripts import has_han

if TYPE_CHECKING:
    import regex
else:
    regex = lazy("regex")  # reviewer.core.lazy.COMMANDS: loaded with the first pattern

MODES = ("plain", "word", "regex", "fuzzy")
FIELDS = ("source", "translation")
FUZZY_CUTOFF = 80.0  # partial_ratio: one wrong letter in a five-letter word still matches


TIME_LIMIT = 1.0  # seconds one search over the whole transcript may take
MAX_SIZE = 100_000  # repeats a pattern may unroll to: (x{300}){300} compiles in 40 ms, 36 MB
_CHECK_EVERY = 512  # matches between two looks at the clock


class SearchError(ValueError):
    """The query cannot be searched (an invalid regular expression)."""


class PatternTooSlow(SearchError):
    """The regular expression took longer than the time limit (or would unroll too far)."""


class Deadline:
    """The time left for one search; :meth:`left` raises :class:`PatternTooSlow` past it."""

    def __init__(self, seconds: float = TIME_LIMIT) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        """Return the seconds left (for ``regex``'s ``timeout=``), or raise when none are.

        Between calls this is wall time; within one call ``regex`` counts processor time.
        """
        left = self.end - time.monotonic()
        if left <= 0:
            raise self.exceeded()
        return left

    def exceeded(self) -> PatternTooSlow:
        return PatternTooSlow(
            f"This pattern takes too long (stopped after {self.seconds:g} s): make it more "
            "specific, e.g. without a repeat inside a repeat such as (a+)+"
        )


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
    """Finds a query in segments; remembers each text's folded form between keystrokes.

    A regular expression gets ``time_limit`` seconds for each search over the segments (and
    for each :meth:`spans` or :meth:`replace_in` called on its own).
    """

    def __init__(self, time_limit: float = TIME_LIMIT) -> None:
        self.time_limit = time_limit
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

    def deadline(self) -> Deadline:
        """Return the time allowed for one search from now."""
        return Deadline(self.time_limit)

    def compile(self, query: Query) -> regex.Pattern[str] | None:
        """Return the pattern for a regex or whole-word query (None for plain and fuzzy)."""
        if query.mode == "regex":
            size = unrolled_size(query.text)
            if size > MAX_SIZE:
                raise PatternTooSlow(
                    f"This pattern is too large: its counted repeats unroll to {size:,} steps "
                    f"(at most {MAX_SIZE:,})"
                )
            try:
                return regex.compile(query.text, 0 if query.match_case else regex.IGNORECASE)
            except (regex.error, OverflowError, RecursionError) as exc:
                raise SearchError(f"not a valid regular expression: {exc}") from exc
        if query.mode == "word":
            needle = normalise(query.text, match_case=query.match_case)
            start = "" if has_han(needle[:1]) else r"(?<!\w)"
            end = "" if has_han(needle[-1:]) else r"(?!\w)"
            return regex.compile(start + regex.escape(needle) + end)
        return None

    def spans(
        self,
        text: str,
        query: Query,
        pattern: regex.Pattern[str] | None = None,
        deadline: Deadline | None = None,
    ) -> list[tuple[int, int]]:
        """Return where ``query`` matches in ``text`` (start, end), in order."""
        if not query or not text:
            return []
        if query.mode in ("regex", "word"):
            pattern = pattern or self.compile(query)
            assert pattern is not None
            hay = text if query.mode == "regex" else self._norm(text, query.match_case)
            return _regex_spans(pattern, hay, deadline or self.deadline(), first=False)
        hay = self._norm(text, query.match_case)
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
        deadline = self.deadline()
        matches: list[Match] = []
        for segment in segments:
            for field in query.fields:
                text = getattr(segment, field)
                for start, end in self.spans(text, query, pattern, deadline):
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
        assert pattern is not None
        deadline = self.deadline()
        search, end, clock = pattern.search, deadline.end, time.monotonic
        word = query.mode == "word"
        found: list[int] = []
        try:
            # The loop of every keystroke: one search per text, the clock read once a segment.
            for segment in segments:
                left = end - clock()
                if left <= 0:
                    raise deadline.exceeded()
                for field in query.fields:
                    text = getattr(segment, field)
                    if word:
                        text = self._norm(text, query.match_case)
                    if not text:
                        continue
                    match = search(text, timeout=left)
                    if match is not None and (
                        match.end() > match.start()  # else only an empty match so far: look on
                        or _regex_spans(pattern, text, deadline, first=True)
                    ):
                        found.append(segment.id or 0)
                        break
        except TimeoutError:
            raise deadline.exceeded() from None
        return found

    def replacements(
        self, segments: Sequence[Segment], query: Query, replacement: str
    ) -> list[tuple[int, str, str, str]]:
        """Return (segment id, field, old text, new text) for every text ``query`` changes.

        In regex mode ``replacement`` may name groups (``\\1``, ``\\g<name>``).
        """
        pattern = self.compile(query)
        deadline = self.deadline()
        changes = []
        for segment in segments:
            for field in query.fields:
                text = getattr(segment, field)
                new = self.replace_in(text, query, replacement, pattern, deadline)
                if new != text:
                    changes.append((segment.id or 0, field, text, new))
        return changes

    def replace_in(
        self,
        text: str,
        query: Query,
        replacement: str,
        pattern: regex.Pattern[str] | None = None,
        deadline: Deadline | None = None,
    ) -> str:
        """Return ``text`` with every match of ``query`` replaced."""
        deadline = deadline or self.deadline()
        if query.mode == "regex":
            pattern = pattern or self.compile(query)
            assert pattern is not None
            try:
                return str(pattern.sub(replacement, text, timeout=deadline.left()))
            except TimeoutError:
                raise deadline.exceeded() from None
            except (regex.error, IndexError) as exc:
                raise SearchError(f"the replacement does not fit the expression: {exc}") from exc
        for start, end in reversed(self.spans(text, query, pattern, deadline)):
            text = text[:start] + replacement + text[end:]
        return text


def _regex_spans(
    pattern: regex.Pattern[str], text: str, deadline: Deadline, *, first: bool
) -> list[tuple[int, int]]:
    """Return the non-empty matches of ``pattern`` in ``text`` (only the first when ``first``),
    within ``deadline``."""
    found = []
    try:
        for n, match in enumerate(pattern.finditer(text, timeout=deadline.left()), 1):
            if match.end() > match.start():
                found.append(match.span())
                if first:
                    break
            if n % _CHECK_EVERY == 0:
                deadline.left()
    except TimeoutError:
        raise deadline.exceeded() from None
    return found


def unrolled_size(pattern: str) -> int:
    """Return about how many steps ``pattern``'s counted repeats unroll to: ``(ab){3}`` is 6,
    ``(x{1000}){1000}`` a million. An estimate from the text of the pattern, not a parse."""
    stack: list[list[int]] = [[]]  # per open group: the sizes of its items
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            if i + 2 < n and pattern[i + 1] in "pPNxXu" and pattern[i + 2] == "{":
                close = pattern.find("}", i)
                i = close + 1 if close > 0 else n
            else:
                i += 2
            stack[-1].append(1)
            continue
        if ch == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            stack[-1].append(1)
            continue
        if ch == "(":
            stack.append([])
        elif ch == ")" and len(stack) > 1:
            inner = stack.pop()
            stack[-1].append(max(1, sum(inner)))
        elif ch == "{":
            repeat = _REPEAT.match(pattern, i)
            if repeat and stack[-1] and (repeat.group(1) or repeat.group(2)):
                low, high = _number(repeat.group(1)), repeat.group(2)
                count = low + 1 if high == "" else _number(high) if high else low
                stack[-1][-1] *= max(count, 1)
                i = repeat.end()
                continue
            stack[-1].append(1)
        elif ch not in "|*+?":
            stack[-1].append(1)
        i += 1
    return sum(sum(items) for items in stack)


_REPEAT = re.compile(r"\{(\d*)(?:,(\d*))?\}")


def _number(digits: str | None) -> int:
    return int(digits) if digits and len(digits) < 10 else 10**10 if digits else 0


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
