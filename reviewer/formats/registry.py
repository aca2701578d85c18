"""The format registry, and reading and writing transcript files through it."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from reviewer.core.cleaning import clean_transcript
from reviewer.core.errors import ExportError, ImportError_, ReviewerError, say
from reviewer.core.models import Transcript
from reviewer.files import read_input, write_file
from reviewer.formats.base import ExportOptions, Format, ImportWarning, ReadResult, Side
from reviewer.formats.bilingual import split_bilingual
from reviewer.formats.catalogue import CATALOGUE
from reviewer.formats.encoding import decode, decode_guessed
from reviewer.formats.screening import bound_times, clean_decoded, repair_warnings
from reviewer.text.scripts import is_mostly_foreign


class _Formats(Mapping[str, Format]):
    """The formats by name, each made (its module imported) when first looked up."""

    def __init__(self) -> None:
        self._made: dict[str, Format] = {}

    def __getitem__(self, name: str) -> Format:
        made = self._made.get(name)
        if made is None:
            entry = CATALOGUE[name]
            module, cls = entry.module, entry.cls
            made = getattr(importlib.import_module(f"reviewer.formats.{module}"), cls)()
            self._made[name] = made
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(CATALOGUE)

    def __len__(self) -> int:
        return len(CATALOGUE)


FORMATS: Mapping[str, Format] = _Formats()
_WRITE_FIRST = {".txt": "txt", ".json": "json"}
# For a name that says nothing: the formats whose content is most distinctive first.
_SNIFF_ORDER = (
    "json", "whisper", "bilibili", "vtt", "ass", "srt", "sbv", "ttml", "scc", "services",
    "pagecopy", "txt",
)  # fmt: skip
_WRITE_FIRST[".docx"] = "docx"


def format_for_path(path: str | Path, fmt: str | None = None, *, text: str | None = None) -> Format:
    """Return the format for ``path``: by name when given, else by extension, else by content.

    Where an extension is shared (.txt: page copy or plain text; .json: reviewer or Whisper)
    the content decides (``text``, or the file when it exists); a file not there yet (export)
    gets the writable one. Raises ReviewerError when no format fits.
    """
    if fmt is not None:
        try:
            return FORMATS[fmt.lower()]
        except KeyError:
            raise ReviewerError(
                say(
                    "unknown format {name}; one of {known}",
                    name=repr(fmt),
                    known=", ".join(FORMATS),
                ),
                path,
            ) from None
    ext = Path(path).suffix.lower()
    candidates = [FORMATS[name] for name, e in CATALOGUE.items() if ext in e.extensions]
    if len(candidates) == 1:
        return candidates[0]
    if text is None and Path(path).is_file():
        try:
            text = decode(read_input(path, what="transcript"), path)[0]
        except ImportError_:
            text = None
    if text is not None:
        for candidate in candidates or [FORMATS[name] for name in _SNIFF_ORDER]:
            if candidate.can_read and candidate.sniff(text):
                return candidate
    if ext in _WRITE_FIRST:
        return FORMATS[_WRITE_FIRST[ext]]
    raise ReviewerError(
        say(
            "cannot tell the format from the name {name}; name it with -f/--format ({known})",
            name=repr(Path(path).name),
            known=", ".join(FORMATS),
        ),
        path,
    )


def read_transcript(
    path: str | Path,
    *,
    as_side: Side | None = None,
    media_duration_ms: int | None = None,
    fmt: str | None = None,
    encoding: str | None = None,
) -> ReadResult:
    """Return the transcript in the file at ``path``, its warnings, format and encoding.

    One-language text goes to ``as_side``, or by default to the source when it is mostly Han,
    kana, Hangul or Cyrillic, else to the translation. ``encoding`` names the text encoding
    (None: guessed, with a warning when the guess is not sure). Raises ImportError_ and nothing
    else.

    What no transcript holds is screened out with a warning naming the line or the cue:
    control characters and lone surrogates are replaced (U+FFFD), cues with a time past the
    limit (core.limits) are skipped; a file that is not a regular file, or is too large, is
    refused before it is opened.
    """
    name = str(path)
    data = read_input(path, what="transcript")
    if Path(path).suffix.lower() == ".docx" and fmt in (None, "services"):
        from reviewer.formats.encoding import Guess
        from reviewer.formats.services import docx_text

        text, guess, fmt = docx_text(data, name), Guess("docx"), "services"
    else:
        text, guess = decode_guessed(data, name, encoding)
    text, warnings = clean_decoded(text, name)
    try:
        chosen = format_for_path(path, fmt, text=text)
    except ReviewerError as exc:
        raise ImportError_(exc.said or exc.message, name) from None
    if not chosen.can_read:
        raise ImportError_(say("{format} can be exported, not imported", format=chosen.label), name)
    try:
        parsed = chosen.read(text, name, media_duration_ms=media_duration_ms)
    except ImportError_:
        raise
    except Exception as exc:  # a reader's bug must still reach the editor as one clear line
        raise ImportError_(
            say(
                "could not read this {format} file ({reason})",
                format=chosen.label,
                reason=repr(exc),
            ),
            name,
        ) from None
    warnings += parsed.warnings
    transcript, repairs = clean_transcript(parsed.transcript)
    warnings += repair_warnings(repairs, transcript, name, one_sided=parsed.one_sided)
    warnings += bound_times(transcript, name)
    if parsed.one_sided and (as_side is not None or not split_bilingual(transcript)):
        side = as_side or _side_of(transcript)
        if side == "translation":
            for segment in transcript.segments:
                segment.translation, segment.source = segment.source, ""
    transcript.sort()
    if not guess.sure:
        others = ", ".join(guess.candidates[1:])
        message = (
            f"the text encoding is a guess: read as {guess.codec}, but {others} would read it "
            "as plausibly; check names and accents, and choose with --encoding if it is wrong"
        )
        warnings = [ImportWarning(None, message, name), *warnings]
    encodings = () if guess.sure else guess.candidates
    return ReadResult(transcript, warnings, chosen.name, guess.codec, encodings)


def _side_of(transcript: Transcript) -> Side:
    """Return the side the transcript's one language belongs to."""
    # Up to 2,000 segments spread over the file tell as well as all of them, in a tenth of the
    # time for a 20,000-cue file.
    segments = transcript.segments
    step = max(1, len(segments) // 2000)
    text = "\n".join(s.source for s in segments[::step])
    return "source" if is_mostly_foreign(text) else "translation"


def render_transcript(
    transcript: Transcript,
    path: str | Path,
    fmt: str | None = None,
    options: ExportOptions | None = None,
) -> bytes:
    """Return the file contents of ``transcript`` in format ``fmt`` (by ``path``'s extension
    when None), every text through the one sanitiser (core.cleaning). Raises ExportError."""
    try:
        chosen = format_for_path(path, fmt)
    except ReviewerError as exc:
        raise ExportError(exc.said or exc.message, path) from None
    if not chosen.can_write:
        raise ExportError(say("{format} can be imported, not exported", format=chosen.label), path)
    cleaned, _ = clean_transcript(transcript)
    try:
        content = chosen.write(cleaned, (options or ExportOptions()).for_format(chosen))
    except ValueError as exc:  # an unknown OpenCC configuration, for one
        raise ExportError(str(exc), path) from None
    return content if isinstance(content, bytes) else content.encode(chosen.encoding)


def write_transcript(
    transcript: Transcript,
    path: str | Path,
    fmt: str | None = None,
    options: ExportOptions | None = None,
    *,
    replace: bool = True,
) -> Path:
    """Write ``transcript`` to ``path`` in format ``fmt`` (by extension when None); return the
    path written.

    Written safely (reviewer.files): whole or not at all, only ever over a regular file, and
    over an existing one only with ``replace`` (the window's save dialog has asked; the command
    line needs --force). Raises ExportError naming the file (FileExistsRefused when it exists).
    """
    data = render_transcript(transcript, path, fmt, options)
    return write_file(path, data, replace=replace, error=ExportError)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace the file at ``path`` with ``data`` atomically; raise ExportError on failure."""
    write_file(path, data, replace=True, error=ExportError)
