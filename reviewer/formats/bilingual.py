"""Bilingual subtitle files: each cue's source lines over (or under) its translation lines.

Subtitle files for a Chinese or Russian clip often carry both languages in every cue, the
original on one line and the English under it (or the other way round). A format reader puts
all of a cue's text on one side; :func:`split_bilingual` then decides whether the file is such a
file and, when it is, moves each cue's lines to their side.

A line is the source's when most of its letters are Han, kana, Hangul or Cyrillic
(:func:`reviewer.text.scripts.is_mostly_foreign`), the translation's when it has letters and
most are not; a line without letters ("……", "2024") is neither. A cue splits when its lines
form two runs, one of each kind, in either order. The file is bilingual when, in a sample of up
to 1,000 cues spread through it, at least three and at least half of the cues split, and their
translations are as long as translations are: at least 0.6 letters for each letter of the
source (a Han letter counting as two, as a Chinese character says about as much as a short
English word). That keeps out a Chinese file whose cues end in a channel name ("CCTV") or a
Russian one citing its agency ("Reuters").

In a bilingual file every cue that splits is split, a cue of one kind goes wholly to that side,
and one whose kinds take turns stays whole in the source, for the editor to part. Otherwise
nothing changes: the file is of one language, and its side is told as for any other.
"""

from __future__ import annotations

import re

from reviewer.core.models import Segment, Transcript
from reviewer.text.scripts import has_letter, is_mostly_foreign, weighted_letters

SAMPLE = 1000
MIN_CUES = 3
MIN_TRANSLATION_LENGTH = 0.6  # letters of translation per (weighted) letter of source

SOURCE, TRANSLATION, NEITHER = 1, 2, 0


def _kind(line: str) -> int:
    if line.isascii():  # no Han, kana, Hangul or Cyrillic letter: no need to count them
        return TRANSLATION if has_letter(line) else NEITHER
    if is_mostly_foreign(line):
        return SOURCE
    return TRANSLATION if has_letter(line) else NEITHER


# A line of rule characters only ("-", "———", "==", "* * *"): set between the two languages of a
# cue by some release groups; dropped when the cue is split.
_SEPARATOR = re.compile(r"[\s\-‐‑‒–—―=_*~·•.…/|\\]+")


def split_lines(text: str) -> tuple[str, str] | None:
    """Return (source, translation) when ``text`` has lines of both kinds, else None.

    Each line goes to its own side, in order, so lines that take turns are parted too; a line
    of neither kind ("2024", "……") goes with the line before it (the one after, at the top); a
    separator line is dropped.
    """
    top, newline, bottom = text.partition("\n")
    if not newline:
        return None
    if "\n" not in bottom:  # the usual cue: two lines, of one kind each
        kind = _kind(top)
        if kind == NEITHER or _kind(bottom) != SOURCE + TRANSLATION - kind:
            return None
        return (top, bottom) if kind == SOURCE else (bottom, top)
    lines = [line for line in text.split("\n") if not _SEPARATOR.fullmatch(line)]
    kinds = [_kind(line) for line in lines]
    if SOURCE not in kinds or TRANSLATION not in kinds:
        return None
    side = next(kind for kind in kinds if kind != NEITHER)
    for i, kind in enumerate(kinds):
        side = kinds[i] = kind or side
    source = "\n".join(line for line, kind in zip(lines, kinds, strict=True) if kind == SOURCE)
    other = "\n".join(line for line, kind in zip(lines, kinds, strict=True) if kind != SOURCE)
    return source, other


def _looks_bilingual(texts: list[str]) -> bool:
    pairs = [p for p in map(split_lines, texts) if p is not None]
    if len(pairs) < MIN_CUES or 2 * len(pairs) < len(texts):
        return False
    source = sum(weighted_letters(s) for s, _ in pairs)
    translation = sum(weighted_letters(t) for _, t in pairs)
    return translation >= MIN_TRANSLATION_LENGTH * source


def split_bilingual(transcript: Transcript) -> bool:
    """Part each cue's text held in ``source`` into source and translation when the file is
    bilingual, by events (see :func:`pair_events`) or by lines (see the module's notes); return
    whether it was."""
    if pair_events(transcript):
        return True
    segments = transcript.segments
    step = max(1, len(segments) // SAMPLE)
    if not _looks_bilingual([s.source for s in segments[::step]]):
        return False
    for segment in segments:
        _to_sides(segment)
    return True


def _to_sides(segment: Segment) -> None:
    """Put a cue's lines on their sides: split when of both kinds, else wholly to its kind's."""
    parts = split_lines(segment.source)
    if parts is not None:
        segment.source, segment.translation = parts
    elif _cue_kind(segment.source) == TRANSLATION:
        segment.source, segment.translation = "", segment.source


MIXED = SOURCE + TRANSLATION
NEAR_MS = 500  # events whose starts are this close, and ends too, are at "the same time"
MIN_OVERLAP = 0.8  # or: overlapping by this much of the shorter one, their starts this close


def _cue_kind(text: str) -> int:
    """Return SOURCE or TRANSLATION for a cue of one kind, MIXED for both, NEITHER for none."""
    kinds = {_kind(line) for line in text.split("\n")} - {NEITHER}
    return sum(kinds)


def _same_time(a: Segment, b: Segment) -> bool:
    if abs(a.start_ms - b.start_ms) > NEAR_MS:
        return False
    if abs(a.end_ms - b.end_ms) <= NEAR_MS:
        return True
    overlap = min(a.end_ms, b.end_ms) - max(a.start_ms, b.start_ms)
    return overlap >= MIN_OVERLAP * min(a.duration_ms, b.duration_ms) > 0


def pair_events(transcript: Transcript) -> bool:
    """Make each event of one language and the event of the other at (nearly) the same time one
    segment, source and translation; return whether the file is such a file.

    Chinese release subtitles often carry the two languages as separate events or cues (two
    styles in an ASS file, two SRT cues with the same timing). Events pair when their starts are
    within half a second and their ends too (or they overlap by 80% of the shorter); each event
    pairs once, with the nearest. The file is bilingual by events when at least three pairs
    hold at least half of its events and their translations are as long as translations are
    (as for lines). A paired segment spans both events and takes the speaker of either (the
    translation's name first: that is the one an English export shows);
    events left over go to their language's side, and one holding both is split by its lines.
    """
    # A sample spread through the file tells a one-language file at once (as for lines): the
    # kinds of all 20,000 cues of a Chinese file take half a second.
    step = max(1, len(transcript.segments) // SAMPLE)
    sample = [_cue_kind(s.source) for s in transcript.segments[::step]]
    if min(sample.count(SOURCE), sample.count(TRANSLATION)) * 5 < len(sample):
        return False  # fewer than a fifth of each kind: not half of the events in pairs
    segments = sorted(transcript.segments, key=lambda s: (s.start_ms, s.end_ms))
    kinds = [_cue_kind(s.source) for s in segments]
    partner: dict[int, int] = {}
    taken: set[int] = set()
    for i, segment in enumerate(segments):
        if kinds[i] != SOURCE:
            continue
        best, best_distance = None, 0
        for j in _near(segments, i):
            if kinds[j] != TRANSLATION or j in taken or not _same_time(segment, segments[j]):
                continue
            other = segments[j]
            distance = abs(other.start_ms - segment.start_ms) + abs(other.end_ms - segment.end_ms)
            if best is None or distance < best_distance:
                best, best_distance = j, distance
        if best is not None:
            partner[i] = best
            taken.add(best)
    if len(partner) < MIN_CUES or 4 * len(partner) < len(segments):
        return False
    source = sum(weighted_letters(segments[i].source) for i in partner)
    translation = sum(weighted_letters(segments[j].source) for j in partner.values())
    if translation < MIN_TRANSLATION_LENGTH * source:
        return False
    result = []
    for i, segment in enumerate(segments):
        if i in taken:
            continue
        if i in partner:
            other = segments[partner[i]]
            segment.translation = other.source
            segment.start_ms = min(segment.start_ms, other.start_ms)
            segment.end_ms = max(segment.end_ms, other.end_ms)
            segment.speaker = other.speaker or segment.speaker
        else:
            _to_sides(segment)
        result.append(segment)
    transcript.segments = result
    transcript.speakers = []  # only the names the paired segments keep, in order of speaking
    for segment in result:
        if segment.speaker:
            transcript.ensure_speaker(segment.speaker)
    return True


def _near(segments: list[Segment], i: int) -> list[int]:
    """Return the indexes of the segments (sorted by start) starting near segment ``i``."""
    start = segments[i].start_ms
    found = []
    j = i - 1
    while j >= 0 and segments[j].start_ms >= start - NEAR_MS:
        found.append(j)
        j -= 1
    j = i + 1
    while j < len(segments) and segments[j].start_ms <= start + NEAR_MS:
        found.append(j)
        j += 1
    return found
