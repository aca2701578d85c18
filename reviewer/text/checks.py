"""The quality checks of DESIGN.md: each segment against its language profile, its neighbours
and the glossary.

A project is a transcript or subtitles (its kind): the subtitle rules (duration, lines, line
length, reading speed, gaps) apply to subtitles only. A missing speaker is review progress (the
segment filter counts it), not a problem.

>>> checker = Checker(Glossary([Term(["王毅"], "Wang Yi", ["Wang Yee"])]))
>>> [p.message for p in checker.segment(Segment(0, 3000, "王毅说", "Wang Yee said"))]
['“Wang Yee” should be “Wang Yi” (glossary: 王毅)']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from reviewer.core.models import Segment, Transcript
from reviewer.core.speech import SpeechMap
from reviewer.core.timecode import format_timecode
from reviewer.text.glossary import Glossary, folded
from reviewer.text.names import inconsistent_names, prime_names
from reviewer.text.profiles import Profiles
from reviewer.text.scripts import foreign_runs, has_han

ERROR = "error"
WARNING = "warning"

# Every check, in the order the panel lists a segment's problems, with what it looks for.
CHECKS: dict[str, str] = {
    "empty": "empty text, or no translation",
    "overlap": "starts before the previous segment ends",
    "past-end": "starts or runs on after the clip ends (its measured length)",
    "gap": "a gap under two frames before the next segment",
    "duration": "on screen too short or too long",
    "lines": "more lines than the profile allows",
    "line-length": "a line longer than the profile allows",
    "reading-speed": "more characters a second than the profile allows",
    "untranslated": "Han, kana, Hangul or Cyrillic letters left in the translation",
    "glossary": "a glossary term rendered wrongly, misspelled or missing",
    "names": "one name spelt two ways in the transcript",
    "untranscribed": "speech of more than a second with no segment (the audio lane's speech map)",
    "no-speech": "a segment with no speech under it (the audio lane's speech map)",
}
# The checks that make sense for subtitles only: a transcript is read, not timed on screen.
SUBTITLE_CHECKS = frozenset({"gap", "duration", "lines", "line-length", "reading-speed"})
TRANSCRIPT = "transcript"
SUBTITLES = "subtitles"
KINDS = (TRANSCRIPT, SUBTITLES)
KIND_META_KEY = "kind"
_ORDER = {name: i for i, name in enumerate(CHECKS)}
UNTRANSCRIBED_MS = 1000  # speech longer than this with no segment over it is a problem
NO_SPEECH_MS = 100  # a segment with less speech than this under it has none
# A segment may end this much after the clip before it is a problem: lengths measured by the
# player and by the container differ by a frame or two, and a cue cut that short is not missed.
PAST_END_SLACK_MS = 200
_FOREIGN_TARGETS = ("zh", "ja", "ko", "ru", "uk", "be", "bg", "sr", "mk", "kk")


@dataclass(frozen=True)
class Wording:
    """A problem's message as data: an English ``template`` ("overlaps #{other} by {ms} ms") and
    its values. ``text`` is the English the command line prints; the window looks the template
    up in its catalogue and fills in the same values (reviewer.ui.translated)."""

    template: str
    values: tuple[tuple[str, Any], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.values))

    def __str__(self) -> str:  # a wording inside another ("; or …") reads as its text
        return self.text


def say(template: str, **values: Any) -> Wording:
    """Return the wording of a message.

    >>> say("overlaps #{other} by {ms} ms", other=3, ms=120).text
    'overlaps #3 by 120 ms'
    """
    return Wording(template, tuple(values.items()))


# Every template say() is given, for the window's catalogue (reviewer.ui.catalogue_sources is
# generated from this list and the action table: `python -m reviewer.ui.translated`).
MESSAGES: tuple[str, ...] = (
    "no text at all",
    "no translation",
    "no source text",
    "overlaps #{other} by {ms} ms",
    "starts at or after the clip's end ({end}); exports leave it out",
    "runs {seconds:.1f} s past the clip's end ({end}); exports cut it there",
    "on screen {seconds:.2f} s (min {limit:.2f} s)",
    "on screen {seconds:.2f} s (max {limit:.2f} s)",
    "gap of {ms} ms to #{other} (under {frames} frames)",
    "{side}: {count} lines (max {limit})",
    "{side}: {count} characters (max {limit})",
    "{side}: {count} characters, more than {lines} lines of {limit} hold",
    "{side} line {line}: {count} characters (max {limit})",
    "{side}: {cps:.1f} characters a second (max {limit:g})",
    "“{text}” left untranslated: “{rendering}”",
    "“{text}” left untranslated",
    "“{text}” should be “{rendering}” (glossary: {term})",
    "“{text}” looks like a misspelling of “{rendering}” (named in the source{others})",
    "“{text}” looks like a misspelling of “{rendering}” (named in the title or description"
    "{others})",
    "“{text}” looks like a misspelling of “{rendering}” (glossary: {term}{others})",
    "; or {forms}",
    "the source has {term} but the translation lacks “{rendering}”",
    "“{text}” (once) is spelt “{majority}” {count} times elsewhere",
    "“{text}” ({own} times) is spelt “{majority}” {count} times elsewhere",
    "“{text}” (once) is spelt “{majority}” once elsewhere",
    "“{text}” ({own} times) is spelt “{majority}” once elsewhere",
    "no speech here (the sound has none under it)",
    "speech with no segment: {start} to {end} ({seconds:.1f} s)",
)


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
    # The message as template and values, for the window's language (None: ``message`` only).
    wording: Wording | None = field(default=None, compare=False, repr=False)

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


# Formats whose files are subtitles or captions (timed for the screen): a project made from one
# is checked as subtitles. Page copies, Whisper, plain text, CSV, JSON, Word and transcription
# services' exports are transcripts.
SUBTITLE_FORMATS = frozenset(
    {"srt", "vtt", "ass", "ssa", "ttml", "dfxp", "scc", "sbv", "bilibili", "bcc"}
)


def kind_of_format(fmt: str) -> str:
    """Return the kind of project a file of format ``fmt`` makes (see SUBTITLE_FORMATS)."""
    return SUBTITLES if fmt in SUBTITLE_FORMATS else TRANSCRIPT


@dataclass
class Checker:
    """Runs the checks with one glossary and one set of profiles, for one kind of project.

    ``context`` is the project's title and description: a glossary term named there is
    expected in the translation, so its near miss is an error. ``source_side`` says whether
    the project has source text at all (a translation-only page copy has none).
    """

    glossary: Glossary = field(default_factory=Glossary)
    profiles: Profiles = field(default_factory=Profiles)
    source_language: str = "zh"
    target_language: str = "en"
    kind: str = SUBTITLES
    context: str = ""
    source_side: bool = True
    # The side shown on screen, which the layout rules read: the translation where there is
    # one (the source of a translated project is the reference, never shown), else the source.
    shown_side: str = "translation"
    # Names spelt two ways are looked for across the transcript; not while a large glossary is
    # still being indexed (its names are left to it, and the pass is made again once it is in).
    names_check: bool = True
    # Where the clip has speech (reviewer.audio), or None where it is not known: then the
    # untranscribed and no-speech checks say nothing.
    speech: SpeechMap | None = None
    # The clip's length as measured (the project's media.duration_ms), or None where it is not
    # known: then the past-end check says nothing.
    media_ms: int | None = None

    @cached_property
    def _context_terms(self) -> set[int]:
        """The terms the title or description names (by a source form or a rendering, even a
        misspelt one); computed on first use, not when the checker is made."""
        if not self.context.strip() or not self.glossary:
            return set()
        found = set(self.glossary.forms_in(folded(self.context)))
        found |= {m.entry for m in self.glossary.names.scan(self.context)}
        return found | self.glossary.renderings_in(self.context)

    @property
    def subtitles(self) -> bool:
        return self.kind == SUBTITLES

    # -- the whole transcript --------------------------------------------------------------

    def transcript(self, transcript: Transcript) -> list[Problem]:
        """Return every problem of ``transcript``, in time order."""
        segments = transcript.segments
        found: list[Problem] = []
        for i, segment in enumerate(segments):
            previous = segments[i - 1] if i > 0 else None
            following = segments[i + 1] if i + 1 < len(segments) else None
            found.extend(self.segment(segment, previous, following))
        by_segment = self.names(segments)
        untranscribed = self.untranscribed(segments)
        if by_segment or untranscribed:
            found.extend(p for ps in by_segment.values() for p in ps)
            found.extend(untranscribed)
            found.sort(key=lambda p: p.start_ms)  # stable: a segment's own order is kept
        return found

    def untranscribed(self, segments: list[Segment]) -> list[Problem]:
        """Return speech longer than UNTRANSCRIBED_MS that no segment lies over, each told to
        the segment before it (or the first segment)."""
        if self.speech is None or not segments:
            return []
        starts = [s.start_ms for s in segments]
        found = []
        for span in self.speech.uncovered(
            ((s.start_ms, s.end_ms) for s in segments), UNTRANSCRIBED_MS
        ):
            i = max(0, bisect.bisect_right(starts, span.start_ms) - 1)
            wording = say(
                "speech with no segment: {start} to {end} ({seconds:.1f} s)",
                start=format_timecode(span.start_ms),
                end=format_timecode(span.end_ms),
                seconds=span.duration_ms / 1000,
            )
            found.append(
                Problem(
                    segments[i].id or 0,
                    span.start_ms,
                    "untranscribed",
                    WARNING,
                    wording.text,
                    mark="untranscribed speech",
                    wording=wording,
                )
            )
        return found

    def names(self, segments: list[Segment]) -> dict[int, list[Problem]]:
        """Return {segment id: problems} for names spelt two ways across ``segments``."""
        if not self.names_check:
            return {}
        known = self.glossary.renderings if self.glossary else set()
        found: dict[int, list[Problem]] = {}
        for v in inconsistent_names([s.translation for s in segments], known):
            segment = segments[v.index]
            sid = segment.id or 0
            template = (
                "“{text}” (once) is spelt “{majority}”"
                if v.own_count == 1
                else "“{text}” ({own} times) is spelt “{majority}”"
            ) + (" once elsewhere" if v.count == 1 else " {count} times elsewhere")
            wording = say(
                template, text=v.text, own=v.own_count, majority=v.majority, count=v.count
            )
            found.setdefault(sid, []).append(
                Problem(
                    sid,
                    segment.start_ms,
                    "names",
                    WARNING,
                    wording.text,
                    fix=v.majority,
                    span=(v.start, v.end),
                    mark=f"names: {v.text}?",
                    wording=wording,
                )
            )
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

        def add(check: str, severity: str, wording: Wording, **fix: Any) -> None:
            found.append(Problem(sid, start, check, severity, wording.text, wording=wording, **fix))

        source, translation = segment.source.strip(), segment.translation.strip()
        if not source and not translation:
            add("empty", ERROR, say("no text at all"), mark="empty")
        elif not translation:
            add("empty", ERROR, say("no translation"), mark="no translation")
        elif not source and self.source_side:
            add("empty", WARNING, say("no source text"), mark="no source")
        self._timing(segment, previous, following, add)
        if (
            self.speech is not None
            and segment.end_ms > segment.start_ms
            and not (self.media_ms and segment.start_ms >= self.media_ms)  # past-end says it
            and self.speech.coverage(segment.start_ms, self._heard_end(segment)) < NO_SPEECH_MS
        ):
            add(
                "no-speech",
                WARNING,
                say("no speech here (the sound has none under it)"),
                mark="no speech",
            )
        if self.subtitles:
            if self.shown_side == "source":
                text, language = segment.source, self._language_of(segment.source)
            else:
                text, language = segment.translation, self.target_language
            if text.strip():
                self._layout(self.shown_side, text, language, segment.duration_ms, add)
        if not self.target_language.lower().startswith(_FOREIGN_TARGETS):
            self._untranslated(segment.translation, add)
        if self.glossary:
            self._glossary(segment, add)
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
        if previous is not None and segment.start_ms < previous.end_ms:
            overlap = previous.end_ms - segment.start_ms
            add(
                "overlap", ERROR, say("overlaps #{other} by {ms} ms", other=previous.id, ms=overlap)
            )
        self._past_end(segment, add)
        if not self.subtitles:
            return
        duration = segment.end_ms - segment.start_ms
        if duration < p.min_duration_ms:
            add(
                "duration",
                WARNING,
                say(
                    "on screen {seconds:.2f} s (min {limit:.2f} s)",
                    seconds=duration / 1000,
                    limit=p.min_duration_ms / 1000,
                ),
            )
        elif duration > p.max_duration_ms:
            add(
                "duration",
                WARNING,
                say(
                    "on screen {seconds:.2f} s (max {limit:.2f} s)",
                    seconds=duration / 1000,
                    limit=p.max_duration_ms / 1000,
                ),
            )
        if following is not None:
            gap = following.start_ms - segment.end_ms
            if 0 < gap < p.min_gap_ms:
                add(
                    "gap",
                    WARNING,
                    say(
                        "gap of {ms} ms to #{other} (under {frames} frames)",
                        ms=gap,
                        other=following.id,
                        frames=p.min_gap_frames,
                    ),
                )

    def _heard_end(self, segment: Segment) -> int:
        """Where the segment's sound ends: its end, or the clip's when it runs past it."""
        return min(segment.end_ms, self.media_ms) if self.media_ms else segment.end_ms

    def _past_end(self, segment: Segment, add: Any) -> None:
        """A segment the clip does not reach (a transcript of the untrimmed clip, a relink to
        a shorter file): the editor cannot review it against the picture, and exports drop it
        (or cut it at the end) as ``ExportOptions.segments`` does."""
        end = self.media_ms
        if not end or end <= 0:
            return
        if segment.start_ms >= end:
            wording = say(
                "starts at or after the clip's end ({end}); exports leave it out",
                end=format_timecode(end),
            )
            add("past-end", ERROR, wording, mark="after the end")
        elif segment.end_ms > end + PAST_END_SLACK_MS:
            wording = say(
                "runs {seconds:.1f} s past the clip's end ({end}); exports cut it there",
                seconds=(segment.end_ms - end) / 1000,
                end=format_timecode(end),
            )
            add("past-end", WARNING, wording, mark="runs past the end")

    def _layout(self, side: str, text: str, language: str, duration_ms: int, add: Any) -> None:
        profile = self.profiles.for_language(language)
        lines = text.strip().splitlines()
        if len(lines) > profile.max_lines:
            add(
                "lines",
                WARNING,
                say(
                    "{side}: {count} lines (max {limit})",
                    side=side,
                    count=len(lines),
                    limit=profile.max_lines,
                ),
            )
        if len(lines) == 1 and wrapped_lines(lines[0], profile.max_line_chars) > 1:
            # Text without a line break is broken where it is shown (export, player): it is
            # too long only when it will not go into the lines a subtitle may have.
            needed = wrapped_lines(lines[0], profile.max_line_chars)
            if needed > profile.max_lines:
                n, most = len(lines[0].strip()), profile.max_line_chars
                add(
                    "line-length",
                    WARNING,
                    say("{side}: {count} characters (max {limit})", side=side, count=n, limit=most)
                    if profile.max_lines == 1
                    else say(
                        "{side}: {count} characters, more than {lines} lines of {limit} hold",
                        side=side,
                        count=n,
                        lines=profile.max_lines,
                        limit=most,
                    ),
                )
            lines = []
        for n, line in enumerate(lines, 1):
            if len(line.strip()) > profile.max_line_chars:
                count, limit = len(line.strip()), profile.max_line_chars
                add(
                    "line-length",
                    WARNING,
                    say(
                        "{side} line {line}: {count} characters (max {limit})",
                        side=side,
                        line=n,
                        count=count,
                        limit=limit,
                    )
                    if len(lines) > 1
                    else say(
                        "{side}: {count} characters (max {limit})",
                        side=side,
                        count=count,
                        limit=limit,
                    ),
                )
        chars = sum(len(line.strip()) for line in lines)
        if duration_ms > 0:
            cps = chars * 1000 / duration_ms
            if cps > profile.max_cps:
                add(
                    "reading-speed",
                    WARNING,
                    say(
                        "{side}: {cps:.1f} characters a second (max {limit:g})",
                        side=side,
                        cps=cps,
                        limit=profile.max_cps,
                    ),
                )

    def _untranslated(self, translation: str, add: Any) -> None:
        for run in foreign_runs(translation):
            rendering = self.glossary.rendering_of(run.text) if self.glossary else None
            if rendering:
                fix = _spaced(translation, run.start, run.end, rendering)
                add(
                    "untranslated",
                    ERROR,
                    say(
                        "“{text}” left untranslated: “{rendering}”",
                        text=run.text,
                        rendering=rendering,
                    ),
                    fix=fix,
                    span=(run.start, run.end),
                    mark=f"untranslated: {run.text}",
                )
            else:
                add(
                    "untranslated",
                    ERROR,
                    say("“{text}” left untranslated", text=run.text),
                    mark=f"untranslated: {run.text}",
                )

    def _glossary(self, segment: Segment, add: Any) -> None:
        """Known wrong renderings (errors); near misses by sound or spelling (errors where the
        source, title or description names the term, else warnings); a term the source names
        and the translation lacks (a warning)."""
        glossary, translation = self.glossary, segment.translation
        terms = glossary.terms
        flagged: list[tuple[int, int]] = []
        flagged_terms: set[int] = set()
        for start, end, entry in glossary.avoided_in(translation):
            term = terms[entry]
            text = translation[start:end]
            flagged.append((start, end))
            flagged_terms.add(entry)
            add(
                "glossary",
                ERROR,
                say(
                    "“{text}” should be “{rendering}” (glossary: {term})",
                    text=text,
                    rendering=term.translation,
                    term=term.sources[0],
                ),
                fix=term.translation,
                span=(start, end),
                mark=f"glossary: {text}",
            )
        in_source = glossary.forms_in(folded(segment.source)) if segment.source.strip() else {}
        if translation.strip():
            for m in glossary.names.scan(translation):
                if any(a < m.end and m.start < b for a, b in flagged):
                    continue
                term = terms[m.entry]
                expected = m.entry in in_source or m.entry in self._context_terms
                flagged.append((m.start, m.end))
                flagged_terms.add(m.entry)
                template = (
                    "“{text}” looks like a misspelling of “{rendering}” (named in the"
                    " source{others})"
                    if m.entry in in_source
                    else "“{text}” looks like a misspelling of “{rendering}” (named in the title"
                    " or description{others})"
                    if expected
                    else "“{text}” looks like a misspelling of “{rendering}” (glossary:"
                    " {term}{others})"
                )
                # The other forms are a list of names: no words of the window in them.
                others = (
                    say("; or {forms}", forms=", ".join(_quoted(o) for o in m.others))
                    if m.others
                    else ""
                )
                add(
                    "glossary",
                    ERROR if expected else WARNING,
                    say(
                        template,
                        text=m.text,
                        rendering=m.rendering,
                        term=term.sources[0],
                        others=others,
                    ),
                    fix=m.rendering,
                    span=(m.start, m.end),
                    mark=f"glossary: {m.text}?",
                )
        if not in_source or not translation.strip():
            return
        folded_translation = folded(translation)
        rendered = glossary.renderings_in(translation)
        for entry, form in in_source.items():
            term = terms[entry]
            if entry in flagged_terms or entry in rendered:
                continue
            if form in folded_translation:
                continue  # left untranslated: that check says so, with the fix
            add(
                "glossary",
                WARNING,
                say(
                    "the source has {term} but the translation lacks “{rendering}”",
                    term=term.sources[0],
                    rendering=term.translation,
                ),
                mark=f"glossary: {term.translation}",
            )


def wrapped_lines(text: str, width: int) -> int:
    """Return how many lines of ``width`` characters ``text`` takes, broken at spaces (Han
    text, which has none, anywhere); a word longer than a line takes a line of its own.

    >>> wrapped_lines("The two ministers will meet again in Moscow next month.", 42)
    2
    """
    words = text.split()
    if len(words) <= 1:
        return max(1, -(-len(text.strip()) // width)) if has_han(text) else 1
    lines, used = 1, 0
    for word in words:
        if used == 0:
            used = len(word)
        elif used + 1 + len(word) <= width:
            used += 1 + len(word)
        else:
            lines, used = lines + 1, len(word)
    return lines


def check_transcript(
    transcript: Transcript,
    glossary: Glossary | None = None,
    profiles: Profiles | None = None,
    kind: str = SUBTITLES,
    speech: SpeechMap | None = None,
    media_ms: int | None = None,
) -> list[Problem]:
    """Return every problem of ``transcript`` (a project of ``kind``) with ``glossary`` and
    ``profiles`` (and ``speech`` and the clip's length ``media_ms``, where they are known)."""
    checker = checker_for(transcript, glossary, profiles, kind, speech, media_ms)
    return checker.transcript(transcript)


def checker_for(
    transcript: Transcript,
    glossary: Glossary | None = None,
    profiles: Profiles | None = None,
    kind: str = SUBTITLES,
    speech: SpeechMap | None = None,
    media_ms: int | None = None,
) -> Checker:
    """Return the checker of ``transcript``: its languages, its title and description as
    context, and whether it has a source side at all."""
    return Checker(
        glossary or Glossary(),
        profiles or Profiles(),
        transcript.source_language or "zh",
        transcript.target_language or "en",
        kind=kind if kind in KINDS else SUBTITLES,
        context=f"{transcript.title}\n{transcript.description}",
        source_side=any(s.source.strip() for s in transcript.segments),
        shown_side=(
            "translation" if any(s.translation.strip() for s in transcript.segments) else "source"
        ),
        speech=speech,
        media_ms=media_ms,
    )


class ProblemCache:
    """Each segment's problems, recomputed only when it or its neighbours change.

    The table asks for one row at a time as it paints; a cache entry holds the segment's
    text, times and its neighbours' times it was computed from. Names spelt two ways are a
    finding about the whole transcript: :meth:`all` finds them, and :meth:`of` adds a
    segment's while its translation is what they were found in.
    """

    def __init__(self, checker: Checker) -> None:
        self.checker = checker
        self._cache: dict[int, tuple[tuple[Any, ...], list[Problem]]] = {}
        self._names: dict[int, tuple[str, list[Problem]]] = {}

    def of(
        self, segment: Segment, previous: Segment | None, following: Segment | None
    ) -> list[Problem]:
        key = (
            segment.start_ms,
            segment.end_ms,
            segment.source,
            segment.translation,
            (previous.id, previous.end_ms) if previous else None,
            (following.id, following.start_ms) if following else None,
        )
        cached = self._cache.get(segment.id or 0)
        if cached is not None and cached[0] == key:
            problems = cached[1]
        else:
            problems = self.checker.segment(segment, previous, following)
            self._cache[segment.id or 0] = (key, problems)
            prime_names(segment.translation)  # the pass over the whole transcript reuses it
        names = self._names.get(segment.id or 0)
        if names is not None and names[0] == segment.translation:
            return problems + names[1]
        return problems

    def all(self, transcript: Transcript) -> list[Problem]:
        """Return every problem of ``transcript`` in time order (cached rows reused)."""
        segments = transcript.segments
        names = self.checker.names(segments)
        self._names = {
            s.id or 0: (s.translation, names[s.id or 0]) for s in segments if (s.id or 0) in names
        }
        found: list[Problem] = []
        for i, segment in enumerate(segments):
            previous = segments[i - 1] if i > 0 else None
            following = segments[i + 1] if i + 1 < len(segments) else None
            found.extend(self.of(segment, previous, following))
        untranscribed = self.checker.untranscribed(segments)
        if untranscribed:
            found.extend(untranscribed)
            found.sort(key=lambda p: p.start_ms)
        return found


def still_open(problems: Iterable[Problem], approved: set[int]) -> list[Problem]:
    """Return the problems an editor still has to read: every error, and the warnings of
    segments not approved yet (approving a segment says its warnings were judged)."""
    return [p for p in problems if p.severity == ERROR or p.segment_id not in approved]
