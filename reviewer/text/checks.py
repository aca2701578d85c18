"""The quality checks of DESIGN.md: each segment against its language profile, its neighbours
and the glossary.

>>> checker = Checker(Glossary([Term(["王毅"], "Wang Yi", ["Wang Yee"])]))
>>> [p.message for p in checker.segment(Segment(0, 3000, "王毅说", "Wang Yee said"))]
['“Wang Yee” should be “Wang Yi” (glossary: 王毅)', 'no speaker']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reviewer.core.models import Segment, Transcript
from reviewer.core.timecode import format_timecode
from reviewer.text.glossary import Glossary, Term, folded, near_miss, word_pattern
from reviewer.text.profiles import Profiles
from reviewer.text.scripts import foreign_runs, has_han

ERROR = "error"
WARNING = "warning"

# Every check, in the order the panel lists a segment's problems, with what it looks for.
CHECKS: dict[str, str] = {
    "empty": "empty text, or no translation",
    "overlap": "starts before the previous segment ends",
    "gap": "a gap under two frames before the next segment",
    "duration": "on screen too short or too long",
    "lines": "more lines than the profile allows",
    "line-length": "a line longer than the profile allows",
    "reading-speed": "more characters a second than the profile allows",
    "untranslated": "Han, kana, Hangul or Cyrillic letters left in the translation",
    "glossary": "a glossary term rendered wrongly, misspelled or missing",
    "speaker": "no speaker",
}
_ORDER = {name: i for i, name in enumerate(CHECKS)}
_FOREIGN_TARGETS = ("zh", "ja", "ko", "ru", "uk", "be", "bg", "sr", "mk", "kk")


@dataclass(frozen=True)
class Problem:
    """What is wrong with one segment; ``fix`` replaces ``span`` of its translation."""

    segment_id: int
    start_ms: int
    check: str
    severity: str  # "error" or "warning"
    message: str
    fix: str | None = None
    span: tuple[int, int] | None = None
    mark: str = ""  # the short form the table's Problems column shows

    @property
    def short(self) -> str:
        """Return the problem in a few words ("untranslated: 真主党", "no speaker")."""
        return self.mark or self.check

    def as_json(self) -> dict[str, Any]:
        return {
            "segment_id": self.segment_id,
            "start_ms": self.start_ms,
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
        }

    def line(self, path: str = "") -> str:
        """Return the problem as ``reviewer check`` prints it."""
        where = f"{path}: " if path else ""
        return (
            f"{where}#{self.segment_id} {format_timecode(self.start_ms)} {self.severity}"
            f" {self.check}: {self.message}"
        )


def apply_fixes(text: str, problems: Iterable[Problem]) -> str:
    """Return ``text`` with the fixes of ``problems`` applied (overlapping ones: the first)."""
    fixes = sorted(
        (p for p in problems if p.fix is not None and p.span is not None),
        key=lambda p: p.span or (0, 0),
    )
    chosen: list[Problem] = []
    for p in fixes:
        assert p.span is not None
        if not chosen or p.span[0] >= (chosen[-1].span or (0, 0))[1]:
            chosen.append(p)
    for p in reversed(chosen):
        assert p.span is not None and p.fix is not None
        start, end = p.span
        text = text[:start] + p.fix + text[end:]
    return text


def _quoted(text: str) -> str:
    return f"“{text}”"


def _spaced(text: str, start: int, end: int, replacement: str) -> str:
    """Return ``replacement`` with a space where it would touch a letter of ``text``."""
    before = " " if start > 0 and text[start - 1].isalnum() else ""
    after = " " if end < len(text) and text[end].isalnum() else ""
    return before + replacement + after


@dataclass
class Checker:
    """Runs the checks with one glossary and one set of profiles."""

    glossary: Glossary = field(default_factory=Glossary)
    profiles: Profiles = field(default_factory=Profiles)
    source_language: str = "zh"
    target_language: str = "en"

    def __post_init__(self) -> None:
        self._avoid: dict[str, Term] = {}
        alternatives = []
        for term in self.glossary.terms:
            for form in term.avoid:
                if form.strip() and form.casefold() not in self._avoid:
                    self._avoid[_key(form)] = term
                    alternatives.append((len(form), word_pattern(form).pattern))
        alternatives.sort(reverse=True)
        self._avoid_re = (
            re.compile("|".join(f"(?:{p})" for _, p in alternatives), re.IGNORECASE)
            if alternatives
            else None
        )

    # -- the whole transcript --------------------------------------------------------------

    def transcript(self, transcript: Transcript) -> list[Problem]:
        """Return every problem of ``transcript``, in time order."""
        segments = transcript.segments
        found: list[Problem] = []
        for i, segment in enumerate(segments):
            previous = segments[i - 1] if i > 0 else None
            following = segments[i + 1] if i + 1 < len(segments) else None
            found.extend(self.segment(segment, previous, following))
        return found

    # -- one segment ---------------------------------------------------------------------

    def segment(
        self,
        segment: Segment,
        previous: Segment | None = None,
        following: Segment | None = None,
    ) -> list[Problem]:
        """Return the problems of ``segment`` (timing ones need its neighbours)."""
        found: list[Problem] = []
        sid, start = segment.id or 0, segment.start_ms

        def add(check: str, severity: str, message: str, **fix: Any) -> None:
            found.append(Problem(sid, start, check, severity, message, **fix))

        source, translation = segment.source.strip(), segment.translation.strip()
        if not source and not translation:
            add("empty", ERROR, "no text at all", mark="empty")
        elif not translation:
            add("empty", ERROR, "no translation", mark="no translation")
        elif not source:
            add("empty", WARNING, "no source text", mark="no source")
        self._timing(segment, previous, following, add)
        for side, text, language in (
            ("source", segment.source, self._language_of(segment.source)),
            ("translation", segment.translation, self.target_language),
        ):
            if text.strip():
                self._layout(side, text, language, segment.duration_ms, add)
        if not self.target_language.lower().startswith(_FOREIGN_TARGETS):
            self._untranslated(segment.translation, add)
        if self.glossary:
            self._glossary(segment, add)
        if not segment.speaker:
            add("speaker", WARNING, "no speaker", mark="no speaker")
        found.sort(key=lambda p: _ORDER.get(p.check, 99))
        return found

    def _language_of(self, source: str) -> str:
        """Return the profile language of a source text: a Chinese clip quotes Russian and
        English speakers too, and their lines follow their own language's rules."""
        if has_han(source):
            return self.source_language if self.source_language.startswith("zh") else "zh"
        if any(r.script == "cyrillic" for r in foreign_runs(source)):
            return "ru"
        if self.source_language.startswith(("zh", "ru", "ja", "ko")):
            return "en"
        return self.source_language

    def _timing(
        self, segment: Segment, previous: Segment | None, following: Segment | None, add: Any
    ) -> None:
        p = self.profiles
        duration = segment.end_ms - segment.start_ms
        if duration < p.min_duration_ms:
            add(
                "duration",
                WARNING,
                f"on screen {duration / 1000:.2f} s (min {p.min_duration_ms / 1000:.2f} s)",
            )
        elif duration > p.max_duration_ms:
            add(
                "duration",
                WARNING,
                f"on screen {duration / 1000:.2f} s (max {p.max_duration_ms / 1000:.2f} s)",
            )
        if previous is not None and segment.start_ms < previous.end_ms:
            overlap = previous.end_ms - segment.start_ms
            add("overlap", ERROR, f"overlaps #{previous.id} by {overlap} ms")
        if following is not None:
            gap = following.start_ms - segment.end_ms
            if 0 < gap < p.min_gap_ms:
                add(
                    "gap",
                    WARNING,
                    f"gap of {gap} ms to #{following.id} (under {p.min_gap_frames} frames)",
                )

    def _layout(self, side: str, text: str, language: str, duration_ms: int, add: Any) -> None:
        profile = self.profiles.for_language(language)
        lines = text.strip().splitlines()
        if len(lines) > profile.max_lines:
            add("lines", WARNING, f"{side}: {len(lines)} lines (max {profile.max_lines})")
        for n, line in enumerate(lines, 1):
            if len(line.strip()) > profile.max_line_chars:
                where = f"{side} line {n}" if len(lines) > 1 else side
                add(
                    "line-length",
                    WARNING,
                    f"{where}: {len(line.strip())} characters (max {profile.max_line_chars})",
                )
        chars = sum(len(line.strip()) for line in lines)
        if duration_ms > 0:
            cps = chars * 1000 / duration_ms
            if cps > profile.max_cps:
                add(
                    "reading-speed",
                    WARNING,
                    f"{side}: {cps:.1f} characters a second (max {profile.max_cps:g})",
                )

    def _untranslated(self, translation: str, add: Any) -> None:
        for run in foreign_runs(translation):
            rendering = self.glossary.rendering_of(run.text) if self.glossary else None
            if rendering:
                fix = _spaced(translation, run.start, run.end, rendering)
                add(
                    "untranslated",
                    ERROR,
                    f"{_quoted(run.text)} left untranslated: {_quoted(rendering)}",
                    fix=fix,
                    span=(run.start, run.end),
                    mark=f"untranslated: {run.text}",
                )
            else:
                add(
                    "untranslated",
                    ERROR,
                    f"{_quoted(run.text)} left untranslated",
                    mark=f"untranslated: {run.text}",
                )

    def _glossary(self, segment: Segment, add: Any) -> None:
        translation = segment.translation
        flagged: list[tuple[int, int]] = []
        flagged_terms: set[int] = set()
        if self._avoid_re is not None:
            for match in self._avoid_re.finditer(translation):
                term = self._avoid.get(_key(match.group()))
                if term is None:
                    continue
                flagged.append(match.span())
                flagged_terms.add(id(term))
                add(
                    "glossary",
                    ERROR,
                    f"{_quoted(match.group())} should be {_quoted(term.translation)}"
                    f" (glossary: {term.sources[0]})",
                    fix=term.translation,
                    span=match.span(),
                    mark=f"glossary: {match.group()}",
                )
        if not segment.source.strip() or not translation.strip():
            return
        source = folded(segment.source)
        folded_translation = folded(translation)
        for term in self.glossary.terms:
            form = term.in_source(source)
            if form is None or id(term) in flagged_terms or term.rendered_in(translation):
                continue
            if form in folded_translation:
                continue  # left untranslated: that check says so, with the fix
            miss = near_miss(
                term.translation,
                translation,
                exclude=self.glossary.renderings - {r.casefold() for r in term.renderings},
            )
            if miss is not None and not any(a < miss.end and miss.start < b for a, b in flagged):
                flagged.append((miss.start, miss.end))
                add(
                    "glossary",
                    WARNING,
                    f"{_quoted(miss.text)} looks like a misspelling of"
                    f" {_quoted(term.translation)} (glossary: {term.sources[0]})",
                    fix=term.translation,
                    span=(miss.start, miss.end),
                    mark=f"glossary: {miss.text}?",
                )
                continue
            add(
                "glossary",
                WARNING,
                f"the source has {term.sources[0]} but the translation lacks"
                f" {_quoted(term.translation)}",
                mark=f"glossary: {term.translation}",
            )


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def check_transcript(
    transcript: Transcript, glossary: Glossary | None = None, profiles: Profiles | None = None
) -> list[Problem]:
    """Return every problem of ``transcript`` with ``glossary`` and ``profiles``."""
    checker = Checker(
        glossary or Glossary(),
        profiles or Profiles(),
        transcript.source_language or "zh",
        transcript.target_language or "en",
    )
    return checker.transcript(transcript)


class ProblemCache:
    """Each segment's problems, recomputed only when it or its neighbours change.

    The table asks for one row at a time as it paints; a cache entry holds the segment's
    text, times, speaker and its neighbours' times it was computed from.
    """

    def __init__(self, checker: Checker) -> None:
        self.checker = checker
        self._cache: dict[int, tuple[tuple[Any, ...], list[Problem]]] = {}

    def of(
        self, segment: Segment, previous: Segment | None, following: Segment | None
    ) -> list[Problem]:
        key = (
            segment.start_ms,
            segment.end_ms,
            segment.source,
            segment.translation,
            segment.speaker,
            (previous.id, previous.end_ms) if previous else None,
            (following.id, following.start_ms) if following else None,
        )
        cached = self._cache.get(segment.id or 0)
        if cached is not None and cached[0] == key:
            return cached[1]
        problems = self.checker.segment(segment, previous, following)
        self._cache[segment.id or 0] = (key, problems)
        return problems

    def all(self, transcript: Transcript) -> list[Problem]:
        """Return every problem of ``transcript`` in time order (cached rows reused)."""
        segments = transcript.segments
        found: list[Problem] = []
        for i, segment in enumerate(segments):
            previous = segments[i - 1] if i > 0 else None
            following = segments[i + 1] if i + 1 < len(segments) else None
            found.extend(self.of(segment, previous, following))
        return found
