"""Roll-up captions read as segments of new text.

YouTube's automatic captions, as yt-dlp saves them (WebVTT, or SRT by ffmpeg), show each line
twice: first as it is spoken, under the line before, then above the next as it scrolls up,
with a 10-ms cue of the line alone between the two. A broadcaster's roll-up captions, once
converted to SRT, repeat their lines the same way. Read cue by cue, a clip says everything
twice, in twice the segments, half of them too short to see::

    00:00:00.160 --> 00:00:02.790      good evening this is the news
    00:00:02.790 --> 00:00:02.800      good evening this is the news
    00:00:02.800 --> 00:00:05.430      good evening this is the news
                                       foreign minister wang yee met

A file is taken for one when most cues of two lines begin with the lines the cue before ended
with. Each cue then keeps only the lines the one before did not end with, and a cue with none
left (the 10-ms repeats) is left out, the cue it repeats lasting until it ends:

>>> from reviewer.core.models import Segment
>>> cues = [Segment(0, 2790, "good evening"), Segment(2790, 2800, "good evening"),
...         Segment(2800, 5430, "good evening\\nminister wang met"),
...         Segment(5430, 5440, "minister wang met"),
...         Segment(5440, 8110, "minister wang met\\nsergey lavrof")]
>>> [(s.start_ms, s.end_ms, s.source) for s in unrolled(cues)]
[(0, 2800, 'good evening'), (2800, 5440, 'minister wang met'), (5440, 8110, 'sergey lavrof')]
"""

from __future__ import annotations

from dataclasses import replace

from reviewer.core.models import Segment, Transcript
from reviewer.formats.base import ImportWarning

MIN_ROLLS = 4  # fewer cues that carry the line before on are a coincidence, not a roll


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _carried(before: list[str], lines: list[str]) -> int:
    """Return how many of ``lines``' first lines are the last lines of ``before``."""
    for k in range(min(len(before), len(lines)), 0, -1):
        if before[-k:] == lines[:k]:
            return k
    return 0


def is_rolling(segments: list[Segment]) -> bool:
    """Return whether the cues roll up: most cues of two lines or more begin with the lines the
    cue before ended with, and add to them (one-line cues that repeat the one before are a
    dialogue's "No." "No.", not a roll)."""
    multi = rolls = 0
    before: list[str] = []
    for segment in segments:
        lines = _lines(segment.source)
        if not lines:
            continue
        if len(lines) > 1:
            multi += 1
            rolls += 0 < _carried(before, lines) < len(lines)
        before = lines
    return rolls >= MIN_ROLLS and 2 * rolls > multi


def unrolled(segments: list[Segment]) -> list[Segment]:
    """Return the cues of a rolling file with only their new lines (see the module)."""
    kept: list[Segment] = []
    before: list[str] = []
    for segment in segments:
        lines = _lines(segment.source)
        new = lines[_carried(before, lines) :]
        if lines:
            before = lines
        if new:
            kept.append(replace(segment, source="\n".join(new)))
        elif kept and lines and segment.start_ms <= kept[-1].end_ms < segment.end_ms:
            # A repeat straight after the cue it repeats: that line is on screen until it ends
            # (left as it was, the list would show a 10-ms gap after every line).
            kept[-1] = replace(kept[-1], end_ms=segment.end_ms)
    return kept


def unroll(transcript: Transcript, warnings: list[ImportWarning], path: str) -> None:
    """Read a rolling file's cues as their new text (in place), with a warning that says so."""
    segments = transcript.segments
    if not is_rolling(segments):
        return
    kept = unrolled(segments)
    message = (
        f"roll-up captions (each cue repeats the line before it, as YouTube's automatic "
        f"captions do): read as {len(kept)} segments of new text, from {len(segments)} cues"
    )
    warnings.append(ImportWarning(None, message, path))
    segments[:] = kept
