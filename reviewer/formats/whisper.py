"""Whisper and WhisperX JSON (import only): ``segments`` with ``start``/``end`` in seconds.

WhisperX adds a ``speaker`` per segment (``SPEAKER_00``...), which becomes the speaker.
Whisper's ``language`` (the spoken language, a code such as "zh" or a name such as "chinese")
becomes the source language; the text is the source, except where Whisper translated
(``task: translate``: English text from speech in a language not written in Latin letters),
where it is the translation. A result without segments (no speech heard) is an empty
transcript with a warning, not an error.
"""

from __future__ import annotations

import math
from typing import Any

from reviewer.core.errors import ImportError_, say
from reviewer.core.models import Segment, Transcript
from reviewer.formats.base import ExportOptions, Format, ImportWarning, Parsed, add_segment
from reviewer.formats.jsonfile import load_json
from reviewer.text.scripts import is_mostly_foreign

# Whisper's language names (openai-whisper's LANGUAGES) for the languages of our clips and
# English; others are kept as written.
_CODES = {
    "chinese": "zh", "cantonese": "yue", "russian": "ru", "japanese": "ja", "korean": "ko",
    "ukrainian": "uk", "english": "en", "croatian": "hr", "czech": "cs", "serbian": "sr",
    "french": "fr", "german": "de", "spanish": "es", "arabic": "ar", "persian": "fa",
}  # fmt: skip
# Spoken languages not written in Latin letters: English text from them is a translation.
_NON_LATIN = frozenset(
    {"zh", "yue", "ru", "ja", "ko", "uk", "sr", "ar", "fa", "he", "el", "bg", "th", "hi", "be"}
)


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
        if '"segments"' not in head or '"reviewer-transcript"' in head:
            return False
        return ('"start"' in head and '"text"' in head) or '"language"' in head

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        data = load_json(text, path)
        segments = data.get("segments") if isinstance(data, dict) else None
        if not isinstance(segments, list):
            raise ImportError_(say('not a Whisper transcript (no "segments" list)'), path)
        transcript, warnings = Transcript(), list[ImportWarning]()
        language = data.get("language")
        if isinstance(language, str) and language.strip():
            language = language.strip().lower()
            transcript.source_language = _CODES.get(language, language)
        if not segments:
            warnings.append(ImportWarning(None, "the Whisper result is empty (no speech)", path))
            return Parsed(transcript, warnings, one_sided=False)
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
            raise ImportError_(say("the Whisper transcript has no segments with text"), path)
        if not transcript.source_language:
            return Parsed(transcript, warnings)
        text = "\n".join(s.source for s in transcript.segments[:200])
        if transcript.source_language in _NON_LATIN and not is_mostly_foreign(text):
            transcript.target_language = "en"
            for segment in transcript.segments:
                segment.source, segment.translation = "", segment.source
        return Parsed(transcript, warnings, one_sided=False)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        raise NotImplementedError("Whisper JSON is an import format")
