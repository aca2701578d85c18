"""Whisper and WhisperX JSON (import only): ``segments`` with ``start``/``end`` in seconds.

WhisperX adds a ``speaker`` per segment (``SPEAKER_00``...), which becomes the speaker.
"""

from __future__ import annotations

import math
from typing import Any

from reviewer.core.errors import ImportError_
from reviewer.core.models import Segment, Transcript
from reviewer.formats.base import ExportOptions, Format, ImportWarning, Parsed, add_segment
from reviewer.formats.jsonfile import load_json


def _seconds(value: Any) -> int | None:
    """Return milliseconds for a number of seconds, or None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value) or value < 0 or value > 10**8:
        return None
    return round(value * 1000)


class WhisperFormat(Format):
    name = "whisper"
    label = "Whisper / WhisperX JSON"
    extensions = (".json",)
    can_write = False

    def sniff(self, text: str) -> bool:
        head = text[:4000]
        return '"segments"' in head and '"start"' in head and '"text"' in head

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        data = load_json(text, path)
        segments = data.get("segments") if isinstance(data, dict) else None
        if not isinstance(segments, list):
            raise ImportError_('not a Whisper transcript (no "segments" list)', path)
        transcript, warnings = Transcript(), list[ImportWarning]()
        for i, item in enumerate(segments, 1):
            if not isinstance(item, dict):
                warnings.append(ImportWarning(None, f"skipped segment {i}: not an object", path))
                continue
            start, end = _seconds(item.get("start")), _seconds(item.get("end"))
            body = item.get("text")
            if start is None or end is None or end < start or not isinstance(body, str):
                warnings.append(
                    ImportWarning(None, f"skipped segment {i}: no valid times or text", path)
                )
                continue
            body = "\n".join(line.strip() for line in body.split("\n") if line.strip())
            speaker = item.get("speaker")
            speaker = speaker.strip() or None if isinstance(speaker, str) else None
            if body:
                add_segment(transcript, Segment(start, end, source=body, speaker=speaker))
        if not transcript.segments:
            raise ImportError_("the Whisper transcript has no segments with text", path)
        return Parsed(transcript, warnings)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        raise NotImplementedError("Whisper JSON is an import format")
