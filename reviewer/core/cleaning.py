"""Text fit to keep and to write: the one sanitiser of characters and of spreadsheet cells.

Every import passes what it read through :func:`clean_transcript`, every export writes what
:func:`clean_text` (or :func:`spreadsheet_cell`, for CSV) returns, so a NUL, a terminal escape,
a C1 control or a lone surrogate from a hostile file never reaches a project, a subtitle file,
a Word document (where lxml refuses them) or a CSV (where Python's csv refuses NUL).

>>> clean_text("a\\x00b\\ud800c")
'a\\ufffdb\\ufffdc'
>>> spreadsheet_cell("=HYPERLINK(\\"http://x\\")")
'\\'=HYPERLINK("http://x")'
>>> spreadsheet_value(spreadsheet_cell("＝1+1"))
'＝1+1'
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from reviewer.core.models import Segment, Speaker, Transcript

REPLACEMENT = "\ufffd"  # what stands where a character was dropped: the editor sees the place
# C0 controls but tab and newline (CR is a line end, see clean_text), DEL, the C1 controls,
# lone surrogates (a JSON "\ud800" escape; Python keeps pairs as one character), and the two
# non-characters XML forbids.
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NAMES = {0: "NUL", 0x1B: "ESC", 0x7F: "DEL", 0x0B: "vertical tab", 0x0C: "form feed"}


def clean_text(text: str) -> str:
    """Return ``text`` with CR line ends made LF and every control character (but tab and
    newline), lone surrogate and XML non-character replaced by U+FFFD."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BAD.sub(REPLACEMENT, text) if _BAD.search(text) else text


def bad_characters(text: str) -> list[str]:
    """Return the characters of ``text`` that :func:`clean_text` replaces, in order."""
    return _BAD.findall(text)


def describe(chars: Iterable[str]) -> str:
    """Return what ``chars`` are, as a warning reads them ("2 control characters (U+0000
    NUL, U+001B ESC)")."""
    found = list(chars)
    kinds = []
    for ch in dict.fromkeys(found):
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            kinds.append(f"lone surrogate U+{code:04X}")
        else:
            name = _NAMES.get(code)
            kinds.append(f"U+{code:04X}" + (f" {name}" if name else ""))
    noun = "character" if len(found) == 1 else "characters"
    shown = ", ".join(kinds[:4]) + (", ..." if len(kinds) > 4 else "")
    return f"{len(found)} invalid or control {noun} ({shown})"


# -- transcripts -------------------------------------------------------------------------------

_SEGMENT_FIELDS = ("source", "translation", "speaker", "note")
_TRANSCRIPT_FIELDS = ("title", "description", "media", "source_language", "target_language")
_SPEAKER_FIELDS = ("name", "color", "role")


@dataclass(frozen=True)
class Repair:
    """Characters replaced in one field: of the ``index``-th segment, or of the transcript
    (``index`` None) or of a speaker (``field`` "speaker name" etc.)."""

    index: int | None
    field: str
    chars: tuple[str, ...]

    def message(self) -> str:
        return f"replaced {describe(self.chars)} in the {self.field.replace('_', ' ')}"


def _is_clean(transcript: Transcript) -> bool:
    """Return True when no text in ``transcript`` needs cleaning (one search over it all)."""
    parts: list[str] = []
    for s in transcript.segments:
        parts += (s.source, s.translation, s.speaker or "", s.note, *s.tags)
    for sp in transcript.speakers:
        parts += (sp.name, sp.color, sp.role)
    parts += [str(getattr(transcript, f) or "") for f in _TRANSCRIPT_FIELDS]
    parts += transcript.tags
    text = "\n".join(parts)
    return not ("\r" in text or _BAD.search(text))


def _clean_object(
    obj: object, fields: tuple[str, ...], index: int | None, prefix: str
) -> tuple[dict[str, object], list[Repair]]:
    changes: dict[str, object] = {}
    repairs: list[Repair] = []
    for name in fields:
        value = getattr(obj, name)
        if isinstance(value, str):
            cleaned = clean_text(value)
            if cleaned != value:
                changes[name] = cleaned
                bad = bad_characters(value)
                if bad:
                    repairs.append(Repair(index, prefix + name, tuple(bad)))
    tags = getattr(obj, "tags", None)
    if isinstance(tags, list) and any(clean_text(t) != t for t in tags):
        changes["tags"] = [clean_text(t) for t in tags]
        bad = [c for t in tags for c in bad_characters(t)]
        if bad:
            repairs.append(Repair(index, prefix + "tags", tuple(bad)))
    return changes, repairs


def clean_transcript(transcript: Transcript) -> tuple[Transcript, list[Repair]]:
    """Return ``transcript`` with every text cleaned, and what was replaced where.

    ``transcript`` itself is never changed: when something needs cleaning, the result is a
    copy sharing the segments and speakers that were clean (cheap for a 20,000-segment
    project with one bad character).
    """
    if _is_clean(transcript):
        return transcript, []
    repairs: list[Repair] = []
    segments: list[Segment] = []
    for i, segment in enumerate(transcript.segments):
        changes, found = _clean_object(segment, _SEGMENT_FIELDS, i, "")
        segments.append(dataclasses.replace(segment, **changes) if changes else segment)  # type: ignore[arg-type]
        repairs += found
    speakers: list[Speaker] = []
    names: set[str] = set()
    for speaker in transcript.speakers:
        changes, found = _clean_object(speaker, _SPEAKER_FIELDS, None, "speaker ")
        repairs += found
        cleaned = dataclasses.replace(speaker, **changes) if changes else speaker  # type: ignore[arg-type]
        if cleaned.name not in names:  # two names that differed only in a control character
            names.add(cleaned.name)
            speakers.append(cleaned)
    changes, found = _clean_object(transcript, _TRANSCRIPT_FIELDS, None, "")
    repairs += found
    cleaned_transcript = dataclasses.replace(
        transcript,
        segments=segments,
        speakers=speakers,
        **changes,  # type: ignore[arg-type]
    )
    return cleaned_transcript, repairs


# -- spreadsheet cells -------------------------------------------------------------------------

# What makes a spreadsheet run a cell as a formula (OWASP's list: = + - @ tab CR), with the
# full-width forms an East Asian spreadsheet (Excel with a Japanese or Chinese IME, WPS)
# converts to them, and LF.
_FORMULA_START = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
GUARD = "'"


def _runs_as_formula(cell: str) -> bool:
    """Return True when a spreadsheet could read ``cell`` as a formula: its first character
    that is not a space or an invisible format character (zero-width space, word joiner,
    BOM, direction marks, soft hyphen) starts one."""
    for ch in cell:
        if ch in _FORMULA_START:
            return True
        if ch.isspace() or unicodedata.category(ch) in ("Cf", "Zs"):
            continue
        return False
    return False


def _needs_guard(cell: str) -> bool:
    # Apostrophes already in front count through: "'=x" is guarded too ("''=x"), so that
    # spreadsheet_value undoes exactly what spreadsheet_cell did, whatever the text.
    return _runs_as_formula(cell.lstrip(GUARD))


def spreadsheet_cell(text: str) -> str:
    """Return ``text`` cleaned (see :func:`clean_text`) and, when a spreadsheet would run it
    as a formula, with a leading apostrophe: the one neutraliser of every CSV Reviewer
    writes (transcripts, glossaries, changes)."""
    text = clean_text(text)
    return GUARD + text if _needs_guard(text) else text


def spreadsheet_value(cell: str) -> str:
    """Return the text :func:`spreadsheet_cell` was given (the guard taken off)."""
    if cell.startswith(GUARD) and _needs_guard(cell[1:]):
        return cell[1:]
    return cell
