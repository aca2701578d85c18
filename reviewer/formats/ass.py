"""Advanced SubStation Alpha (.ass, and SubStation Alpha .ssa): the Name field is the speaker.

pysubs2 reads and writes the file, but one malformed Dialogue line makes it refuse the whole
file, so the [Events] lines are checked here first and bad ones skipped with a warning.
"""

from __future__ import annotations

import re
import warnings as python_warnings

from reviewer.core.errors import ImportError_
from reviewer.core.models import Segment, Transcript
from reviewer.formats.base import ExportOptions, Format, ImportWarning, Parsed, add_segment

_DEFAULT_FIELDS = [
    "layer",
    "start",
    "end",
    "style",
    "name",
    "marginl",
    "marginr",
    "marginv",
    "effect",
    "text",
]
_DRAWING = re.compile(r"\{[^{}]*\\p[1-9][^{}]*\}.*?(?=\{[^{}]*\\p0[^{}]*\}|$)", re.DOTALL)
# Fonts that have the Chinese characters, by the OpenCC configuration the source is put into.
_CJK_FONTS = {"s2hk": "Noto Sans CJK HK", "t2hk": "Noto Sans CJK HK",
              "s2t": "Noto Sans CJK TC", "s2tw": "Noto Sans CJK TC", "s2twp": "Noto Sans CJK TC",
              "t2tw": "Noto Sans CJK TC"}  # fmt: skip


# pysubs2 is imported where an ASS file is read or written, not with the formats (a tenth of
# the command line's start-up).


def _time_ok(text: str) -> int | None:
    from pysubs2.time import TIMESTAMP, timestamp_to_ms

    match = TIMESTAMP.match(text.strip())
    return timestamp_to_ms(match.groups()) if match else None


def check_events(text: str, path: str) -> tuple[str, list[ImportWarning]]:
    """Return ``text`` without the malformed Dialogue lines, and a warning for each."""
    kept, warnings = [], []
    section, fields = "", _DEFAULT_FIELDS
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped.lower()
        elif section == "[events]" and stripped.lower().startswith("format:"):
            fields = [f.strip().lower() for f in stripped.split(":", 1)[1].split(",")]
        elif section == "[events]" and stripped.lower().startswith(("dialogue:", "comment:")):
            values = stripped.split(":", 1)[1].split(",", len(fields) - 1)
            problem = None
            if len(values) < len(fields) or "start" not in fields or "end" not in fields:
                problem = "skipped an event with too few fields"
            else:
                start = _time_ok(values[fields.index("start")])
                end = _time_ok(values[fields.index("end")])
                if start is None or end is None:
                    problem = "skipped an event with an unreadable time"
                elif end < start:
                    problem = "skipped an event that ends before it starts"
            if problem:
                warnings.append(ImportWarning(number, problem, path))
                continue
        kept.append(line)
    return "\n".join(kept), warnings


class AssFormat(Format):
    name = "ass"
    label = "Advanced SubStation Alpha subtitles"
    extensions = (".ass", ".ssa")

    def sniff(self, text: str) -> bool:
        head = text[:4000].lower()
        return "[script info]" in head or "[events]" in text.lower()

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        import pysubs2

        cleaned, warnings = check_events(text, path)
        try:
            with python_warnings.catch_warnings():  # pysubs2 warns of defaulted fields (Marked=)
                python_warnings.simplefilter("ignore")
                subs = pysubs2.SSAFile.from_string(cleaned, format_="ass")
        except Exception as exc:  # pysubs2 raises many kinds; all mean the same to an editor
            raise ImportError_(f"not a readable ASS/SSA file ({exc})", path) from None
        transcript = Transcript(title=subs.info.get("Title", "").strip())
        for event in subs:
            if event.is_comment:
                continue
            plain = pysubs2.SSAEvent(text=_DRAWING.sub("", event.text)).plaintext
            body = "\n".join(line.strip() for line in plain.split("\n") if line.strip())
            segment = Segment(
                event.start, event.end, source=body, speaker=event.name.strip() or None
            )
            add_segment(transcript, segment)
        if not transcript.segments:
            raise ImportError_("no dialogue events found (not an ASS/SSA file?)", path)
        return Parsed(transcript, warnings)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        import pysubs2

        subs = pysubs2.SSAFile()
        subs.info.update({"PlayResX": "1920", "PlayResY": "1080"})
        if transcript.title:
            subs.info["Title"] = transcript.title
        subs.styles["Default"] = pysubs2.SSAStyle(
            fontname=_CJK_FONTS.get(options.script or "", "Noto Sans CJK SC"),
            fontsize=64,
            outline=3,
            shadow=0,
            marginl=80,
            marginr=80,
            marginv=60,
        )
        text = options.text_for(transcript)
        for segment in options.segments(transcript):
            lines = options.lines(segment, text)
            if not lines:
                continue
            event = pysubs2.SSAEvent(
                start=segment.start_ms, end=segment.end_ms, name=options.label(segment) or ""
            )
            event.plaintext = "\n".join(lines)
            subs.append(event)
        return subs.to_string("ass")
