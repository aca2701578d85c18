"""Bilingual subtitle files: each cue's source lines over (or under) its translation lines.

Subtitle files for a Chinese or Russian clip often carry both languages in every cue, the
original on one line and the English under it (or the other way round). A format reader puts
all of a cue's text on one side; :func:`split_bilingual` then decides whether the file is such a
file and, when it is, moves each cue's lines to their side.

A line is the source's when most of its letters are Han, kana, Hangul or Cyrillic
(:func:`reviewer.text.scripts.is_mostly_foreign`), otherwise the translation's. A cue splits
when its lines form two runs, one of each kind, in either order. The file is bilingual when at
least half of its cues (a sample of up to 2,000 spread through it) split; then every cue that
splits is split, a cue of one kind goes wholly to that side, and one whose kinds take turns
stays whole in the source, for the editor to part. Otherwise nothing changes: the file is of
one language, and its side is told as for any other.
"""

from __future__ import annotations

from reviewer.core.models import Transcript
from reviewer.text.scripts import is_mostly_foreign

SAMPLE = 2000


def _is_source_line(line: str) -> bool:
    # An ASCII line has no Han, kana, Hangul or Cyrillic letter: no need to count.
    return not line.isascii() and is_mostly_foreign(line)


def split_lines(text: str) -> tuple[str, str] | None:
    """Return (source, translation) when ``text``'s lines are one run of each kind, else None."""
    if text.count("\n") == 1:  # the usual cue: one line of each
        top, _, bottom = text.partition("\n")
        top_is_source = _is_source_line(top)
        if top_is_source == _is_source_line(bottom):
            return None
        return (top, bottom) if top_is_source else (bottom, top)
    lines = text.split("\n")
    if len(lines) < 2:
        return None
    kinds = [_is_source_line(line) for line in lines]
    cut = kinds.index(not kinds[0]) if (not kinds[0]) in kinds else len(kinds)
    if cut == len(kinds) or kinds[0] in kinds[cut:]:
        return None  # one kind only, or the kinds take turns
    first, rest = "\n".join(lines[:cut]), "\n".join(lines[cut:])
    return (first, rest) if kinds[0] else (rest, first)


def split_bilingual(transcript: Transcript) -> bool:
    """Split each cue's text held in ``source`` into source and translation when the file is
    bilingual (see the module's notes); return whether it was."""
    segments = transcript.segments
    if not segments:
        return False
    step = max(1, len(segments) // SAMPLE)
    sample = segments[::step]
    if 2 * sum(1 for s in sample if split_lines(s.source)) < len(sample):
        return False
    for segment in segments:
        parts = split_lines(segment.source)
        if parts is not None:
            segment.source, segment.translation = parts
        elif not any(map(_is_source_line, segment.source.split("\n"))):
            segment.source, segment.translation = "", segment.source
    return True
