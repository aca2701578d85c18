"""YouTube's SubViewer captions (.sbv): ``H:MM:SS.mmm,H:MM:SS.mmm`` over the text, a blank line.

The shape YouTube Studio downloads and uploads (support.google.com/youtube/answer/2734698):
no cue numbers, the two times separated by a comma. A speaker is written as YouTube's caption
style writes a change of speaker, ``>> Name: text``, and read back from it (or from a
``Name: text`` label, by the SRT rule). Sound tags ("[Music]") become tags.
"""

from __future__ import annotations

import re

from reviewer.core.errors import ImportError_, say
from reviewer.core.models import Segment, Transcript
from reviewer.formats.base import (
    ExportOptions,
    Format,
    ImportWarning,
    Parsed,
    add_segment,
    clean_lines,
    kept_times,
    sound_tags,
    split_speaker,
    text_blocks,
)

_TIME = r"(-?)(\d{1,3}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TIME}\s*,\s*{_TIME}\s*$")


def _ms(sign: str, h: str, m: str, s: str, f: str | None) -> int | None:
    if int(m) > 59 or int(s) > 59:
        return None
    ms = ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int((f or "0").ljust(3, "0"))
    return -ms if sign else ms


def sbv_time(ms: int) -> str:
    """Return ``H:MM:SS.mmm`` for ``ms``."""
    h, rest = divmod(max(0, ms), 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, f = divmod(rest, 1000)
    return f"{h}:{m:02d}:{s:02d}.{f:03d}"


class SbvFormat(Format):
    name = "sbv"
    label = "YouTube SubViewer captions"
    extensions = (".sbv",)

    def sniff(self, text: str) -> bool:
        return any(_TIMING.match(line) for line in text.split("\n")[:10])

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        transcript, warnings = Transcript(), list[ImportWarning]()
        for number, lines in text_blocks(text.split("\n")):
            match = _TIMING.match(lines[0])
            start = _ms(*match.groups()[:5]) if match else None
            end = _ms(*match.groups()[5:]) if match else None
            if start is None or end is None:
                message = "skipped a caption without a valid timing line"
                warnings.append(ImportWarning(number, message, path))
                continue
            start, end = kept_times(start, end, number, path, warnings, media_duration_ms)
            body = clean_lines("\n".join(lines[1:]))
            speaker = None
            if body.startswith(">>"):
                body = body[2:].lstrip()
            speaker, body = split_speaker(body)
            tags, body = sound_tags(body)
            add_segment(transcript, Segment(start, end, source=body, speaker=speaker, tags=tags))
        if not transcript.segments:
            raise ImportError_(say("no captions found (not an SBV file?)"), path)
        return Parsed(transcript, warnings)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        text = options.text_for(transcript)
        out = []
        for segment in options.segments(transcript):
            lines = options.lines(segment, text)
            if not lines:
                continue
            speaker = options.label(segment)
            if speaker:
                lines[0] = f">> {speaker}: {lines[0]}"
            timing = f"{sbv_time(segment.start_ms)},{sbv_time(segment.end_ms)}"
            out.append(timing + "\n" + "\n".join(lines) + "\n")
        return "\n".join(out)
