"""The bounds on what Reviewer accepts from a file: how late a time, how large an input.

Both the formats (transcripts read) and the store (projects opened, segments retimed) check
against these, so that a value past them never reaches the window.

Why 100 hours: the longest recording a newsroom reviews is a day's session (12-14 hours);
100 hours leaves room for any real file while staying far below 2**31 ms (596 h 31 min),
where Qt's int-based widgets (the seek slider, QTime) overflow: a cue past 596 hours made
the video pane raise OverflowError on every tick of its timer.
"""

from __future__ import annotations

from reviewer.core.timecode import format_timecode

MAX_HOURS = 100
MAX_TIME_MS = MAX_HOURS * 3_600_000
QT_INT_MAX = 2**31 - 1  # what a Qt int (slider value, QTime ms) can hold

# The largest transcript or glossary file read: 200 MB. A three-hour press conference is
# 0.5 MB of SRT and 20 MB of WhisperX JSON with word timings. Reading takes about 7-8 times the
# file's size in memory (bench/large_input.py: 50 MB of SRT, 362,000 cues, peak 368 MB in 6 s),
# so 200 MB needs about 1.5 GB: within any laptop's memory, and refused before it is read.
MAX_INPUT_BYTES = 200 * 1024 * 1024


def time_in_bounds(ms: int) -> bool:
    """Return True when ``ms`` is a time Reviewer keeps: 0 to MAX_TIME_MS inclusive."""
    return 0 <= ms <= MAX_TIME_MS


def time_problem(start_ms: int, end_ms: int) -> str | None:
    """Return why (start, end) is not a time span Reviewer keeps, or None when it is."""
    for ms in (start_ms, end_ms):
        if ms < 0:
            return f"a negative time ({format_timecode(ms)})"
        if ms > MAX_TIME_MS:
            return f"a time past the {MAX_HOURS}-hour limit ({_hours(ms)})"
    return None


def _hours(ms: int) -> str:
    if ms > 10**9 * 3_600_000:
        return f"{len(str(ms // 3_600_000))}-digit hours"
    return format_timecode(ms)


def megabytes(size: int) -> str:
    """Return ``size`` bytes as an editor reads it ("250 MB")."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.0f} MB"
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"
