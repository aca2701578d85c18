"""The reviewer-transcript JSON of DESIGN.md: the project's plain data form, read and written.

Keys are written in the order DESIGN.md gives, UTF-8 as is (ensure_ascii=False), indent 2.
Export options apply as for every format: approved only, which text (the other side is
written empty), the OpenCC script of the source, speaker labels (off: no speakers at all).
"""

from __future__ import annotations

import json
from typing import Any

from reviewer.core.errors import ImportError_, say
from reviewer.core.models import Segment, Speaker, Status, Transcript, colour_for
from reviewer.formats.base import ExportOptions, Format, ImportWarning, Parsed

FORMAT_NAME = "reviewer-transcript"
VERSION = 1


def load_json(text: str, path: str) -> Any:
    """Return the parsed JSON of ``text``; raise ImportError_ naming the line if it is not JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportError_(
            say("not valid JSON ({reason})", reason=exc.msg), path, exc.lineno
        ) from None
    except (RecursionError, ValueError) as exc:  # deeply nested, or numbers beyond reason
        raise ImportError_(say("not valid JSON ({reason})", reason=str(exc)), path) from None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value or abs(value) > 10**12:  # NaN, or beyond any recording
        return None
    return int(value)


class ReviewerJsonFormat(Format):
    name = "json"
    label = "Reviewer transcript JSON"
    extensions = (".json",)

    def sniff(self, text: str) -> bool:
        return f'"{FORMAT_NAME}"' in text[:2000]

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        data = load_json(text, path)
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ImportError_(
                say('not a reviewer transcript (no "format": "{name}")', name=FORMAT_NAME), path
            )
        version = _int(data.get("version"))
        if version is None or version > VERSION:
            raise ImportError_(
                say(
                    "transcript version {found} is not one this version of Reviewer reads"
                    " (it reads {newest})",
                    found=repr(data.get("version")),
                    newest=VERSION,
                ),
                path,
            )
        transcript, warnings = Transcript(), list[ImportWarning]()
        for key in ("title", "description", "source_language", "target_language"):
            setattr(transcript, key, _str(data.get(key)))
        transcript.media = _str(data.get("media")) or None
        speakers = data.get("speakers")
        for i, item in enumerate(speakers if isinstance(speakers, list) else []):
            self._speaker(item, transcript, warnings, i + 1, path)
        segments = data.get("segments")
        if not isinstance(segments, list):
            raise ImportError_(say('no "segments" list'), path)
        for i, item in enumerate(segments):
            segment = self._segment(item, transcript, warnings, i + 1, path)
            if segment is not None:
                transcript.segments.append(segment)
        if not transcript.segments and segments:
            raise ImportError_(say("no readable segments"), path)
        return Parsed(transcript, warnings, one_sided=False)

    def _speaker(
        self,
        item: Any,
        transcript: Transcript,
        warnings: list[ImportWarning],
        number: int,
        path: str,
    ) -> None:
        """Add the speaker ``item`` describes to ``transcript``, or warn."""
        name = _str(item.get("name")).strip() if isinstance(item, dict) else ""
        if not name or transcript.speaker(name):
            message = f"skipped speaker {number}: no name, or a name already given"
            warnings.append(ImportWarning(None, message, path))
            return
        slot = _int(item.get("slot"))
        if slot not in range(1, 10) or slot in {s.slot for s in transcript.speakers}:
            slot = None
        colour = _str(item.get("color")) or colour_for(slot, len(transcript.speakers))
        transcript.speakers.append(Speaker(name, slot, colour, _str(item.get("role"))))

    def _segment(
        self,
        item: Any,
        transcript: Transcript,
        warnings: list[ImportWarning],
        number: int,
        path: str,
    ) -> Segment | None:
        """Return the segment ``item`` describes, or None with a warning."""
        start = _int(item.get("start_ms")) if isinstance(item, dict) else None
        end = _int(item.get("end_ms")) if isinstance(item, dict) else None
        if not isinstance(item, dict) or start is None or end is None or end < start or start < 0:
            warnings.append(ImportWarning(None, f"skipped segment {number}: no valid times", path))
            return None
        speaker = _str(item.get("speaker")).strip() or None
        if speaker:
            transcript.ensure_speaker(speaker)
        try:
            status = Status(item.get("status") or "unreviewed")
        except ValueError:
            message = f"segment {number}: unknown status {item.get('status')!r}, kept as unreviewed"
            warnings.append(ImportWarning(None, message, path))
            status = Status.UNREVIEWED
        tags = item.get("tags")
        return Segment(
            start,
            end,
            source=_str(item.get("source")),
            translation=_str(item.get("translation")),
            speaker=speaker,
            status=status,
            note=_str(item.get("note")),
            id=_int(item.get("id")),
            tags=[t for t in tags if isinstance(t, str)] if isinstance(tags, list) else [],
        )

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        options = options.for_format(self)
        text = options.text_for(transcript, "both")
        speakers = transcript.speakers if options.speaker_labels else []
        data = {
            "format": FORMAT_NAME, "version": VERSION,
            "title": transcript.title, "description": transcript.description,
            "media": transcript.media,
            "source_language": transcript.source_language,
            "target_language": transcript.target_language,
            "speakers": [{"name": s.name, "slot": s.slot, "color": s.color, "role": s.role}
                         for s in speakers],
            "segments": [{
                "id": s.id, "start_ms": s.start_ms, "end_ms": s.end_ms,
                "speaker": options.speaker(s), "tags": list(s.tags),
                "source": options.source(s) if text != "translation" else "",
                "translation": s.translation if text != "source" else "",
                "status": str(s.status), "note": s.note,
            } for s in options.segments(transcript)],
        }  # fmt: skip
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
