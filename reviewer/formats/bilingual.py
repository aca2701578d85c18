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

from reviewer.core.models import Transcript
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


def split_lines(text: str) -> tuple[str, str] | None:
    """Return (source, translation) when ``text``'s lines are one run of each kind, else None."""
    top, newline, bottom = text.partition("\n")
    if not newline:
        return None
    if "\n" not in bottom:  # the usual cue: two lines, of one kind each
        kind = _kind(top)
        if kind == NEITHER or _kind(bottom) != SOURCE + TRANSLATION - kind:
            return None
        return (top, bottom) if kind == SOURCE else (bottom, top)
    lines = text.split("\n")
    kinds = [_kind(line) for line in lines]
    if NEITHER in kinds:
        return None
    cut = next((i for i, kind in enumerate(kinds) if kind != kinds[0]), len(kinds))
    if cut == len(kinds) or kinds[0] in kinds[cut:]:
        return None  # one kind only, or the kinds take turns
    first, rest = "\n".join(lines[:cut]), "\n".join(lines[cut:])
    return (first, rest) if kinds[0] == SOURCE else (rest, first)


def _looks_bilingual(texts: list[str]) -> bool:
    pairs = [p for p in map(split_lines, texts) if p is not None]
    if len(pairs) < MIN_CUES or 2 * len(pairs) < len(texts):
        return False
    source = sum(weighted_letters(s) for s, _ in pairs)
    translation = sum(weighted_letters(t) for _, t in pairs)
    return translation >= MIN_TRANSLATION_LENGTH * source


def split_bilingual(transcript: Transcript) -> bool:
    """Split each cue's text held in ``source`` into source and translation when the file is
    bilingual (see the module's notes); return whether it was."""
    segments = transcript.segments
    step = max(1, len(segments) // SAMPLE)
    if not _looks_bilingual([s.source for s in segments[::step]]):
        return False
    for segment in segments:
        parts = split_lines(segment.source)
        if parts is not None:
            segment.source, segment.translation = parts
        else:
            kinds = set(map(_kind, segment.source.split("\n")))
            if TRANSLATION in kinds and SOURCE not in kinds:
                segment.source, segment.translation = "", segment.source
    return True
