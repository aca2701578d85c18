"""Advanced SubStation Alpha (.ass, and SubStation Alpha .ssa): the Name field is the speaker.

Read here, a line at a time, from the [Events] section only: its ``Format:`` line names the
fields (in any order; ``Name`` or ``Actor`` is the speaker, SSA's ``Marked`` stands where ASS has
``Layer``; without a Format line the ASS order is assumed), and each ``Dialogue:`` line is split
into that many fields, the last (Text) taking the rest of the line, commas and all. The styles,
fonts and script info are not a transcript's business (beyond the Title), so a style section
that pysubs2 refuses ("could not convert string to float: '&H0000ffff'", fields in an unusual
order) no longer loses the events. Override tags go (``{\\an8}``, ``{\\i1}``), ``\\N`` is a
line break; drawing events (``{\\p1}m 0 0 l 100 0...``: a vector shape, no words) are skipped
with a warning naming the line. A time before 0:00 (``-0:00:01.00``) or an end before the start
is kept and made playable, with a warning. pysubs2 writes the export.

Text is escaped on export so that libass (ffmpeg's ``subtitles`` filter, mpv, VLC) draws exactly
the editor's text: ``{`` and ``}`` become libass's own escapes ``\\{`` and ``\\}`` (else
``{note}`` is an override block and vanishes), and a backslash that would start ``\\N``,
``\\n``, ``\\h``, ``\\{`` or ``\\}`` is followed by U+2060 WORD JOINER, which breaks the
sequence and draws nothing (mpv escapes its own on-screen text the same way). The reader here
undoes both. See docs/exports.md for why this escape and not another.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reviewer.core.errors import ImportError_, say
from reviewer.core.lazy import lazy
from reviewer.core.models import Segment, Transcript
from reviewer.formats.base import (
    ExportOptions,
    Format,
    ImportWarning,
    Parsed,
    add_segment,
    kept_times,
)

if TYPE_CHECKING:
    import pysubs2
else:
    pysubs2 = lazy("pysubs2")  # reviewer.core.lazy.COMMANDS: only the writer

_DEFAULT_FIELDS = [
    "layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text",
]  # fmt: skip
_DRAWING = re.compile(r"\{[^{}]*\\p[1-9][^{}]*\}.*?(?=\{[^{}]*\\p0[^{}]*\}|$)", re.DOTALL)
_TIME = re.compile(r"\s*(-?)(\d+):(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*")
# Read left to right as libass does: an escape is taken before a brace can open a block.
_MARKUP = re.compile(r"\\\u2060|\\[{}Nnh]|\{[^{}]*\}")
_MARKUP_MEANS = {"\\\u2060": "\\", "\\{": "{", "\\}": "}", "\\N": "\n", "\\n": "\n", "\\h": " "}
_WORD_JOINER = "\u2060"
# A backslash libass would read as the start of a sequence (or ours), and a brace.
_SPECIAL = re.compile("\\\\(?=[{}Nnh\u2060])|[{}]")
# Fonts that have the Chinese characters, by the OpenCC configuration the source is put into.
_CJK_FONTS = {"s2hk": "Noto Sans CJK HK", "t2hk": "Noto Sans CJK HK",
              "s2t": "Noto Sans CJK TC", "s2tw": "Noto Sans CJK TC", "s2twp": "Noto Sans CJK TC",
              "t2tw": "Noto Sans CJK TC"}  # fmt: skip


def ass_ms(text: str) -> int | None:
    """Return milliseconds for an ASS time ``H:MM:SS.cc`` (a minus before it allowed), or None.

    >>> ass_ms("0:01:02.50"), ass_ms("-0:00:01.00"), ass_ms("0:0X:00.00")
    (62500, -1000, None)
    """
    match = _TIME.fullmatch(text)
    if not match:
        return None
    sign, hours, minutes, seconds, fraction = match.groups()
    if int(minutes) > 59 or int(seconds) > 59:
        return None
    ms = ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000
    if fraction:
        ms += int(fraction.ljust(3, "0"))
    return -ms if sign else ms


def escape(text: str) -> str:
    """Return ``text`` as an ASS event's text that libass draws exactly, lines joined by ``\\N``.

    >>> print(escape("C:\\\\News\\\\N {note}").replace("\\u2060", "<WJ>"))
    C:\\<WJ>News\\<WJ>N \\{note\\}
    """
    escaped = _SPECIAL.sub(lambda m: "\\" + _WORD_JOINER if m[0] == "\\" else "\\" + m[0], text)
    return "\\N".join(escaped.split("\n"))


def unescape(text: str) -> str:
    """Return the text libass draws for an event's ``text``: override blocks gone, escapes read,
    ``\\N``/``\\n`` as line breaks and ``\\h`` a space."""
    return _MARKUP.sub(lambda m: _MARKUP_MEANS.get(m[0], ""), text)


def plain_text(text: str) -> str:
    """Return an event's text as :func:`unescape` reads it, each line stripped and blank lines
    dropped."""
    text = unescape(text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def events(
    text: str, path: str
) -> tuple[str, list[tuple[int, dict[str, str]]], list[ImportWarning]]:
    """Return (title, (line number, fields) of each Dialogue line, warnings) of an ASS text."""
    title, found, warnings = "", [], []
    section, fields = "", _DEFAULT_FIELDS
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped.lower()
            continue
        key, colon, value = stripped.partition(":")
        if not colon:
            continue
        key = key.strip().lower()
        if section == "[script info]" and key == "title":
            title = value.strip()
        elif section != "[events]":
            continue
        elif key == "format":
            fields = [f.strip().lower() for f in value.split(",")]
            fields = ["name" if f == "actor" else f for f in fields]
        elif key == "dialogue":
            values = value.split(",", len(fields) - 1)
            if len(values) < len(fields) or not {"start", "end", "text"} <= set(fields):
                warnings.append(ImportWarning(number, "skipped an event with too few fields", path))
                continue
            found.append((number, dict(zip(fields, values, strict=True))))
    return title, found, warnings


class AssFormat(Format):
    name = "ass"
    label = "Advanced SubStation Alpha subtitles"
    extensions = (".ass", ".ssa")

    def sniff(self, text: str) -> bool:
        head = text[:4000].lower()
        return "[script info]" in head or "[events]" in text.lower()

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        title, found, warnings = events(text, path)
        transcript = Transcript(title=title)
        for number, fields in found:
            start, end = ass_ms(fields["start"]), ass_ms(fields["end"])
            if start is None or end is None:
                warnings.append(
                    ImportWarning(number, "skipped an event with an unreadable time", path)
                )
                continue
            raw = fields["text"]
            if "\\p" in raw and _DRAWING.search(raw):
                raw = _DRAWING.sub("", raw)
                if not plain_text(raw):
                    message = "skipped a drawing event (a vector shape, not dialogue)"
                    warnings.append(ImportWarning(number, message, path))
                    continue
            start, end = kept_times(start, end, number, path, warnings, media_duration_ms)
            speaker = fields.get("name", "").strip() or None
            add_segment(transcript, Segment(start, end, source=plain_text(raw), speaker=speaker))
        if not transcript.segments:
            raise ImportError_(say("no dialogue events found (not an ASS/SSA file?)"), path)
        warnings.sort(key=lambda w: w.line or 0)
        return Parsed(transcript, warnings)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
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
            # A comma would end the Name field early (ASS has no escape for it): a semicolon, as
            # Aegisub writes it.
            name = (options.label(segment) or "").replace(",", ";")
            event = pysubs2.SSAEvent(start=segment.start_ms, end=segment.end_ms, name=name)
            event.text = escape("\n".join(lines))
            subs.append(event)
        return subs.to_string("ass")
