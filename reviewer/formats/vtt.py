"""WebVTT (.vtt): cues with voice spans ``<v Name>`` (the speaker), ids, settings and blocks.

Read by the W3C WebVTT parsing rules, as mozilla/vtt.js implements them (its test suite passes
in full: tests/formats/test_formats_vttjs.py), a line at a time:

- the ``WEBVTT`` line, then header lines up to the first blank line;
- blocks: ``NOTE``, ``STYLE`` and ``REGION`` blocks are left out; a cue is an optional
  identifier line, a timing line ``START --> END [settings]``, and text lines up to a blank
  line or up to a line that contains ``-->``, which ends the cue and is read as the next cue's
  timing line (a youtube-dl caption file that lacks a blank line loses no cue); a line of
  spaces is text where the cue's text starts (YouTube's automatic captions start every cue
  with one), and ends the cue after its text, as a blank line (a hand-made file's separator);
- a timestamp is ``[hours:]MM:SS.mmm`` with any number of hour digits; a first field over 59
  without a third is hours (``120:10.000`` is 120 h 10 min, as vtt.js reads it);
- cue text by the cue text rules (see :mod:`reviewer.formats.vtt_text`).

Lenient where other readers are, with a warning naming the line: a file without the header is
read; timestamps without milliseconds (``00:00:05``) or with a comma (``00:00:05,000``) are
read; a cue whose timing cannot be read is skipped; one that ends before it starts is kept.
A file without a readable cue is refused.
"""

from __future__ import annotations

import re

from reviewer.core.errors import ImportError_, say
from reviewer.core.models import Segment, Transcript
from reviewer.core.timecode import subtitle_timecode
from reviewer.formats.base import (
    ExportOptions,
    Format,
    ImportWarning,
    Parsed,
    add_segment,
    kept_times,
)
from reviewer.formats.rolling import unroll
from reviewer.formats.vtt_text import cue_payload, escape

__all__ = ["VttFormat", "cue_payload", "escape", "parse_timing", "vtt_time"]

_HEADER = re.compile(r"WEBVTT(?:[ \t].*)?")
# A timestamp as vtt.js reads it, plus what we accept leniently (no fraction; a comma).
_STAMP = re.compile(r"(\d+):(\d{1,2})(?::(\d{1,2}))?(?:([.,])(\d+))?")
_BLOCK_NAME = re.compile(r"(NOTE|STYLE|REGION)(?:[ \t].*)?")


class _Lenient:
    """What a timing line needed that the rules do not allow (for a warning)."""

    def __init__(self) -> None:
        self.what: str | None = None


def _stamp(text: str, at: int, lenient: _Lenient) -> tuple[int, int] | None:
    """Return (ms, position after) for the timestamp at ``text[at:]``, or None."""
    match = _STAMP.match(text, at)
    if not match:
        return None
    first, second, third, point, fraction = match.groups()
    if fraction is None:
        lenient.what = "a timestamp without milliseconds"
        millis = 0
    elif len(fraction) != 3:
        return None
    else:
        if point == ",":
            lenient.what = "a timestamp with a comma before the milliseconds"
        millis = int(fraction)
    if third is not None:
        hours, minutes, seconds = int(first), int(second), int(third)
        if len(second) != 2 or len(third) != 2:
            return None
    elif int(first) > 59:  # vtt.js: [hours]:[minutes].[milliseconds]
        hours, minutes, seconds = int(first), int(second), 0
    else:
        hours, minutes, seconds = 0, int(first), int(second)
    if minutes > 59 or seconds > 59:
        return None
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis, match.end()


def _timing(line: str, lenient: _Lenient) -> tuple[int, int] | None:
    """Return (start, end) ms of a cue timing line, or None when it cannot be read."""
    at = len(line) - len(line.lstrip(" \t"))
    start = _stamp(line, at, lenient)
    if start is None:
        return None
    rest = line[start[1] :].lstrip(" \t")
    if not rest.startswith("-->"):
        return None
    after = rest[3:]
    at = len(after) - len(after.lstrip(" \t"))
    end = _stamp(after, at, lenient)
    if end is None:
        return None
    # vtt.js skips what is neither space nor letter after the end (settings may follow without
    # a space); a missing fraction must not swallow a short one ("00:02.00").
    follow = after[end[1] : end[1] + 1]
    if follow in (".", ",") or follow.isdigit():
        return None
    return start[0], end[0]


def parse_timing(line: str) -> tuple[int, int] | None:
    """Return (start, end) ms from a WebVTT timing line, or None when it is not one."""
    return _timing(line, _Lenient())


def vtt_time(ms: int) -> str:
    """Return ``HH:MM:SS.mmm`` for ``ms``."""
    return subtitle_timecode(ms, ".")


class VttFormat(Format):
    name = "vtt"
    label = "WebVTT subtitles"
    extensions = (".vtt",)

    def sniff(self, text: str) -> bool:
        return text.lstrip().startswith("WEBVTT")

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        transcript, warnings = Transcript(), list[ImportWarning]()
        lines = text.split("\n")
        at = 0
        if _HEADER.fullmatch(lines[0].lstrip("\ufeff")):
            at = 1
            while at < len(lines) and lines[at].strip() and "-->" not in lines[at]:
                at += 1  # header lines (old-style "Region:" metadata and the like)
        else:
            warnings.append(ImportWarning(1, "no WEBVTT header; reading the cues anyway", path))
        lenient = _Lenient()
        lenient_first: tuple[int, str] | None = None
        lenient_count = 0
        while at < len(lines):
            if not lines[at].strip():
                at += 1
                continue
            if "-->" not in lines[at] and _BLOCK_NAME.fullmatch(lines[at].strip()):
                while at < len(lines) and lines[at].strip():
                    at += 1
                continue
            if "-->" not in lines[at]:
                at += 1  # the cue identifier
            timing_line = at
            times = _timing(lines[at], lenient) if at < len(lines) else None
            if times is None:
                message = "skipped a cue without a valid timing line"
                warnings.append(ImportWarning(min(at, len(lines) - 1) + 1, message, path))
                while at < len(lines) and lines[at].strip():
                    at += 1
                continue
            if lenient.what is not None:
                lenient_count += 1
                lenient_first = lenient_first or (timing_line + 1, lenient.what)
                lenient.what = None
            at += 1
            payload_from = at
            while at < len(lines) and lines[at] and "-->" not in lines[at]:
                if not lines[at].strip() and at > payload_from:
                    break  # spaces after the text: a blank line, to a hand-made file's author
                at += 1
            speaker, body = cue_payload(lines[payload_from:at])
            start, end = kept_times(
                times[0], times[1], timing_line + 1, path, warnings, media_duration_ms
            )
            add_segment(transcript, Segment(start, end, source=body, speaker=speaker))
        if lenient_first is not None:
            line, what = lenient_first
            more = f" (as are {lenient_count - 1} more cues')" if lenient_count > 1 else ""
            message = f"{what}, outside the WebVTT rules{more}; read as meant"
            warnings.append(ImportWarning(line, message, path))
        if not transcript.segments:
            skipped = [w for w in warnings if w.message.startswith("skipped")]
            if skipped:
                message = "no cue could be read: this is the first without a valid timing line"
                raise ImportError_(message, path, skipped[0].line)
            raise ImportError_(say("no cues found (not a WebVTT file?)"), path)
        unroll(transcript, warnings, path)
        warnings.sort(key=lambda w: w.line or 0)
        return Parsed(transcript, warnings)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        text = options.text_for(transcript)
        out = ["WEBVTT\n"]
        for segment in options.segments(transcript):
            lines = [escape(line) for line in options.lines(segment, text)]
            if not lines:
                continue
            speaker = options.label(segment)
            if speaker:
                lines[0] = f"<v {escape(' '.join(speaker.split()))}>{lines[0]}"
            timing = f"{vtt_time(segment.start_ms)} --> {vtt_time(segment.end_ms)}"
            out.append(timing + "\n" + "\n".join(lines) + "\n")
        return "\n".join(out)
