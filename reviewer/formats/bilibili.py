"""Bilibili's subtitle JSON (.json, .bcc): ``{"body": [{"from": s, "to": s, "content": "..."}]}``.

The format of Bilibili's CC subtitles (the player's subtitle files and its creator centre's
"BCC" download): ``from``/``to`` in seconds, ``content`` the line, ``location`` the screen
position (not ours), with ``font_size``, ``font_color`` and ``lang`` (the subtitles'
language, kept as the source language) around ``body``. Import only.
"""

from __future__ import annotations

import math
from typing import Any

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
)
from reviewer.formats.jsonfile import load_json


def _ms(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return round(value * 1000) if math.isfinite(value) and abs(value) < 10**8 else None


class BilibiliFormat(Format):
    name = "bilibili"
    label = "Bilibili subtitles (JSON)"
    extensions = (".json", ".bcc")
    can_write = False

    def sniff(self, text: str) -> bool:
        head = text[:2000]
        return '"body"' in head and ('"content"' in text[:8000] or '"from"' in text[:8000])

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        data = load_json(text, path)
        body = data.get("body") if isinstance(data, dict) else None
        if not isinstance(body, list):
            raise ImportError_(say('not a Bilibili subtitle file (no "body" list)'), path)
        transcript, warnings = Transcript(), list[ImportWarning]()
        language = data.get("lang")  # the subtitles' language, as "zh" or "en-US"
        if isinstance(language, str) and language.strip():
            transcript.source_language = language.strip()
        for i, item in enumerate(body, 1):
            start = _ms(item.get("from")) if isinstance(item, dict) else None
            end = _ms(item.get("to")) if isinstance(item, dict) else None
            content = item.get("content") if isinstance(item, dict) else None
            if start is None or end is None or not isinstance(content, str):
                message = f"skipped subtitle {i}: no valid from, to and content"
                warnings.append(ImportWarning(None, message, path))
                continue
            start, end = kept_times(start, end, None, path, warnings, media_duration_ms)
            tags, content = sound_tags(clean_lines(content))
            add_segment(transcript, Segment(start, end, source=content, tags=tags))
        if not transcript.segments:
            raise ImportError_(say("the Bilibili subtitle file has no subtitles"), path)
        return Parsed(transcript, warnings)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        raise NotImplementedError("Bilibili JSON is an import format")
