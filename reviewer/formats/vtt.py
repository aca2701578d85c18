"""WebVTT (.vtt): cues with voice spans ``<v Name>`` (the speaker), ids, settings and blocks.

Read and written here: pysubs2 drops voice spans, so it would lose every speaker. NOTE, STYLE
and REGION blocks are recognised and left out; cue identifiers and cue settings are read past;
``<v Name>`` and ``<v.class Name>`` give the speaker; other tags (``<c>``, ``<i>``, ``<b>``,
``<u>``, ``<lang>``, ``<ruby>``, timestamps) are removed, ``<rt>`` annotations with their text.
"""

from __future__ import annotations

import html
import re

from reviewer.core.errors import ImportError_
from reviewer.core.models import Segment, Transcript
from reviewer.core.timecode import subtitle_timecode, timing_ms
from reviewer.formats.base import (
    ExportOptions,
    Format,
    ImportWarning,
    Parsed,
    add_segment,
    text_blocks,
)

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})\.(\d{3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s+-->\s+{_TIME}(?P<settings>[ \t].*)?$")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?[ \t]+([^>]*)>")
_RUBY_TEXT = re.compile(r"<rt>.*?(?:</rt>|(?=</ruby>)|$)", re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>")


def vtt_time(ms: int) -> str:
    """Return ``HH:MM:SS.mmm`` for ``ms``."""
    return subtitle_timecode(ms, ".")


def parse_timing(line: str) -> tuple[int, int] | None:
    """Return (start, end) ms from a WebVTT timing line, or None when it is not one."""
    match = _TIMING.match(line)
    if not match:
        return None
    return timing_ms(match.groups())


def cue_payload(lines: list[str]) -> tuple[str | None, str]:
    """Return (speaker of the first voice span, plain text) of a cue's payload lines."""
    raw = "\n".join(lines)
    voice = _VOICE.search(raw)
    speaker = html.unescape(voice.group(1)).strip() or None if voice else None
    text = html.unescape(_TAG.sub("", _RUBY_TEXT.sub("", raw)))
    text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    return speaker, text


def escape(text: str) -> str:
    """Return ``text`` with &, < and > escaped for a cue payload."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class VttFormat(Format):
    name = "vtt"
    label = "WebVTT subtitles"
    extensions = (".vtt",)

    def sniff(self, text: str) -> bool:
        return text.lstrip().startswith("WEBVTT")

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        transcript, warnings = Transcript(), list[ImportWarning]()
        blocks = text_blocks(text.split("\n"))
        if not blocks or not re.match(r"WEBVTT(?:[ \t]|$)", blocks[0][1][0]):
            warnings.append(ImportWarning(1, "no WEBVTT header; reading the cues anyway", path))
        else:
            blocks = blocks[1:]  # the header and its metadata lines
        for first_line, lines in blocks:
            head = lines[0].split(None, 1)[0] if lines[0].strip() else ""
            if head in ("NOTE", "STYLE", "REGION") and "-->" not in lines[0]:
                continue
            timing_at = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
            times = parse_timing(lines[timing_at]) if timing_at is not None else None
            if timing_at is None or times is None or times[1] < times[0]:
                line = first_line + (timing_at or 0)
                message = "skipped a cue without a valid timing line"
                warnings.append(ImportWarning(line, message, path))
                continue
            speaker, body = cue_payload(lines[timing_at + 1 :])
            add_segment(transcript, Segment(times[0], times[1], source=body, speaker=speaker))
        if not transcript.segments:
            raise ImportError_("no cues found (not a WebVTT file?)", path)
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
