"""What no transcript may bring in: control characters, lone surrogates, times past the limit.

Run by read_transcript on every file, between the decoding and the parser and on what the
parser returns, so that each format's reader need not think of them. Each finding becomes a
warning naming the file and the line (characters in the text) or the cue (characters from an
escape such as JSON's ``\\u0000``, times past the limit).
"""

from __future__ import annotations

from reviewer.core.cleaning import Repair, bad_characters, clean_text, describe
from reviewer.core.errors import ImportError_, say
from reviewer.core.limits import MAX_HOURS, time_problem
from reviewer.core.models import Transcript
from reviewer.core.timecode import format_timecode
from reviewer.formats.base import ImportWarning

MAX_WARNINGS = 20  # of one kind per file; then one line says how many more


def clean_decoded(text: str, path: str) -> tuple[str, list[ImportWarning]]:
    """Return the decoded ``text`` with its control characters and lone surrogates replaced by
    U+FFFD, and a warning for each line that had some."""
    cleaned = clean_text(text)
    if cleaned == text:
        return text, []
    warnings: list[ImportWarning] = []
    lines = text.split("\n")
    bad_lines = [(n, line) for n, line in enumerate(lines, 1) if bad_characters(line)]
    for number, line in bad_lines[:MAX_WARNINGS]:
        message = f"replaced {describe(bad_characters(line))} with \ufffd"
        warnings.append(ImportWarning(number, message, path))
    if len(bad_lines) > MAX_WARNINGS:
        more = len(bad_lines) - MAX_WARNINGS
        warnings.append(ImportWarning(None, f"and on {more} more lines", path))
    return cleaned, warnings


def _cue(transcript: Transcript, index: int) -> str:
    segment = transcript.segments[index]
    return f"cue {index + 1} (at {format_timecode(segment.start_ms, hours=True)})"


def repair_warnings(
    repairs: list[Repair], transcript: Transcript, path: str, *, one_sided: bool = False
) -> list[ImportWarning]:
    """Return a warning per repair of :func:`reviewer.core.cleaning.clean_transcript` (a
    one-language file's "source" is its text: which side it goes to is decided later)."""
    warnings = []
    for repair in repairs[:MAX_WARNINGS]:
        where = "" if repair.index is None else _cue(transcript, repair.index) + ": "
        message = repair.message()
        if one_sided:
            message = message.replace("in the source", "in the text")
        warnings.append(ImportWarning(None, f"{where}{message} with \ufffd", path))
    if len(repairs) > MAX_WARNINGS:
        more = len(repairs) - MAX_WARNINGS
        warnings.append(ImportWarning(None, f"and {more} more such repairs", path))
    return warnings


def bound_times(transcript: Transcript, path: str) -> list[ImportWarning]:
    """Drop the segments of ``transcript`` whose times are negative or past the limit, with a
    warning each; raise ImportError_ when none is left."""
    problems = [
        (i, problem)
        for i, s in enumerate(transcript.segments)
        if (problem := time_problem(s.start_ms, s.end_ms)) is not None
    ]
    if not problems:
        return []
    warnings = [
        ImportWarning(None, f"cue {i + 1}: {problem}; skipped", path)
        for i, problem in problems[:MAX_WARNINGS]
    ]
    if len(problems) > MAX_WARNINGS:
        more = len(problems) - MAX_WARNINGS
        warnings.append(ImportWarning(None, f"and {more} more cues past the limit", path))
    dropped = {i for i, _ in problems}
    transcript.segments = [s for i, s in enumerate(transcript.segments) if i not in dropped]
    if not transcript.segments:
        raise ImportError_(
            say(
                "every cue has a time past the {hours}-hour limit or before 0:00 ({first})",
                hours=MAX_HOURS,
                first=problems[0][1],
            ),
            path,
        )
    return warnings
