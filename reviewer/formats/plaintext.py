"""Plain text (.txt): a segment per paragraph.

Import: paragraphs (blank-line separated) become untimed segments (start = end = 0) in file
order, unless a paragraph starts with the timecodes this module writes,
``[00:00:20.000 - 00:00:27.000]``. A leading speaker label (``Name: ``, the SRT rule of
``base.is_speaker_name``) becomes the speaker.

Export: a paragraph per segment, ``[start - end] Speaker: text``; the timecodes and the speaker
label each only when the options ask for them; "both" puts the source line above the
translation line.
"""

from __future__ import annotations

import re

from reviewer.core.errors import ImportError_, say
from reviewer.core.models import Segment, Transcript
from reviewer.core.timecode import format_timecode, parse_timecode
from reviewer.formats.base import (
    ExportOptions,
    Format,
    Parsed,
    add_segment,
    split_speaker,
    text_blocks,
)

_TIMES = re.compile(r"^\[\s*([\d:.,]+)\s*(?:-|–|-->)\s*([\d:.,]+)\s*\]\s*")


class PlainTextFormat(Format):
    name = "txt"
    label = "Plain text"
    extensions = (".txt", ".text")

    def sniff(self, text: str) -> bool:
        return bool(text.strip())

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        transcript = Transcript()
        for _line, lines in text_blocks(text.split("\n")):
            body = "\n".join(line.strip() for line in lines)
            start = end = 0
            match = _TIMES.match(body)
            if match:
                try:
                    start, end = (parse_timecode(t.replace(",", ".")) for t in match.groups())
                    body = body[match.end() :]
                except ValueError:
                    start = end = 0
            speaker, body = split_speaker(body)
            if body.strip():
                add_segment(
                    transcript,
                    Segment(start, max(start, end), source=body.strip(), speaker=speaker),
                )
        if not transcript.segments:
            raise ImportError_(say("no text found"), path)
        return Parsed(transcript)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        text = options.text_for(transcript)
        out = []
        for segment in options.segments(transcript):
            lines = options.lines(segment, text)
            head = ""
            if options.timecodes:
                head = (
                    f"[{format_timecode(segment.start_ms, hours=True)} - "
                    f"{format_timecode(segment.end_ms, hours=True)}] "
                )
            speaker = options.label(segment)
            if speaker:
                head += f"{speaker}: "
            if not lines and not head:
                continue
            lines = lines or [""]
            lines[0] = head + lines[0]
            out.append("\n".join(line.rstrip() for line in lines) + "\n")
        return "\n".join(out)
