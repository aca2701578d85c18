"""The broadcast caption formats, TTML/DFXP (.ttml, .dfxp) and SCC (.scc), through pycaption.

pycaption (PBS's caption converter, kept up to date: 2.x in 2026) reads and writes both.
ttconv (SMPTE's IMSC reference converter) does too; pycaption's caption model (timed text nodes
and line breaks, a list per language) is the shape of our segments, and its DFXP reader
(BeautifulSoup) is lenient with the TTML variants real files use, where ttconv works through a
full IMSC document model (regions, styles) that every export would have to build. Times are
microseconds in pycaption, milliseconds here.

TTML holds a language per ``<div xml:lang>``: a file with two (the source and the English) is
read as a bilingual transcript, paired by time, and a "both" export writes two. SCC (CEA-608
line 21) holds Latin letters only, and an SCC caption shows from when it is loaded: a caption
starting in the first 0.8 s is shown after it is loaded, and times are in 29.97 fps frames.
"""

from __future__ import annotations

import warnings as python_warnings
from typing import TYPE_CHECKING, Any

from reviewer.core.errors import ImportError_, say
from reviewer.core.lazy import lazy
from reviewer.core.models import Segment, Transcript
from reviewer.formats.base import (
    ExportOptions,
    Format,
    ImportWarning,
    Parsed,
    TextChoice,
    add_segment,
    clean_lines,
    kept_times,
    split_speaker,
)

if TYPE_CHECKING:
    import pycaption
else:
    pycaption = lazy("pycaption")  # reviewer.core.lazy.COMMANDS


def _caption_list(
    transcript: Transcript, options: ExportOptions, text: TextChoice
) -> tuple[Any, int]:
    """Return (pycaption CaptionList of ``text``, how many segments had none)."""
    captions, empty = pycaption.CaptionList(), 0
    for segment in options.segments(transcript):
        lines = options.lines(segment, text)
        if not lines:
            empty += 1
            continue
        speaker = options.label(segment)
        if speaker:
            lines[0] = f"{speaker}: {lines[0]}"
        nodes = []
        for i, line in enumerate(lines):
            if i:
                nodes.append(pycaption.CaptionNode.create_break())
            nodes.append(pycaption.CaptionNode.create_text(line))
        captions.append(pycaption.Caption(segment.start_ms * 1000, segment.end_ms * 1000, nodes))
    return captions, empty


def _read_set(reader: Any, text: str, path: str, what: str) -> Any:
    try:
        with python_warnings.catch_warnings():
            python_warnings.simplefilter("ignore")  # bs4's notes on its own parser choice
            captions = reader.read(text)
    except Exception as exc:  # pycaption raises many kinds; all mean the same to an editor
        reason = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
        raise ImportError_(
            say("not a readable {format} file ({reason})", format=what, reason=reason), path
        ) from None
    return captions


def _transcript(
    captions: Any, path: str, warnings: list[ImportWarning], duration: int | None
) -> Transcript:
    transcript = Transcript()
    for caption in captions:
        start, end = round(caption.start / 1000), round(caption.end / 1000)
        start, end = kept_times(start, end, None, path, warnings, duration)
        speaker, body = split_speaker(clean_lines(caption.get_text()))
        add_segment(transcript, Segment(start, end, source=body, speaker=speaker))
    return transcript


class TtmlFormat(Format):
    name = "ttml"
    label = "TTML / DFXP captions"
    extensions = (".ttml", ".dfxp", ".xml")

    def sniff(self, text: str) -> bool:
        head = text[:3000]
        return ("<tt" in head and "http://www.w3.org/ns/ttml" in head) or "<tt " in head

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        if not self.sniff(text):
            raise ImportError_(say("not a TTML file (no <tt> element)"), path)
        captions = _read_set(pycaption.DFXPReader(), text, path, "TTML")
        warnings: list[ImportWarning] = []
        languages = [lang for lang in captions.get_languages() if captions.get_captions(lang)]
        if not languages:
            raise ImportError_(say("the TTML file has no captions"), path)
        first = _transcript(captions.get_captions(languages[0]), path, warnings, media_duration_ms)
        if len(languages) == 1:
            return Parsed(first, warnings)
        from reviewer.formats.pairing import pair_transcripts

        second = _transcript(captions.get_captions(languages[1]), path, warnings, media_duration_ms)
        for segment in second.segments:
            segment.translation, segment.source = segment.source, ""
        paired = pair_transcripts(first, second)
        paired.source_language, paired.target_language = languages[0], languages[1]
        paired.speakers = []  # only the names the segments keep (not both spellings of one)
        for segment in paired.segments:
            if segment.speaker:
                paired.ensure_speaker(segment.speaker)
        return Parsed(paired, warnings, one_sided=False)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        text = options.text_for(transcript)
        source = transcript.source_language or "und"
        target = transcript.target_language or "en"
        if text == "both":
            sets = {source: _caption_list(transcript, options, "source")[0]}
            sets[target if target != source else f"{target}-x-translation"] = _caption_list(
                transcript, options, "translation"
            )[0]
        else:
            language = source if text == "source" else target
            sets = {language: _caption_list(transcript, options, text)[0]}
        with python_warnings.catch_warnings():
            python_warnings.simplefilter("ignore", DeprecationWarning)  # bs4 3.x names in pycaption
            result: str = pycaption.DFXPWriter().write(pycaption.CaptionSet(sets))
        return result


class SccFormat(Format):
    name = "scc"
    label = "Scenarist SCC captions (CEA-608)"
    extensions = (".scc",)

    def sniff(self, text: str) -> bool:
        return text.lstrip().startswith("Scenarist_SCC")

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        if not self.sniff(text):
            raise ImportError_(say('not an SCC file (no "Scenarist_SCC V1.0" line)'), path)
        captions = _read_set(pycaption.SCCReader(), text, path, "SCC")
        warnings: list[ImportWarning] = []
        language = next(iter(captions.get_languages()), None)
        if language is None or not captions.get_captions(language):
            raise ImportError_(say("the SCC file has no captions"), path)
        transcript = _transcript(captions.get_captions(language), path, warnings, media_duration_ms)
        return Parsed(transcript, warnings)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        text = options.text_for(transcript)
        captions, _empty = _caption_list(transcript, options, text)
        for caption in captions:
            words = caption.get_text()
            if any(ord(char) > 0x17F for char in words):
                raise ValueError(  # made an ExportError naming the file by write_transcript
                    "SCC (CEA-608) captions hold Latin letters only, and the segment at "
                    f"{caption.format_start()} has others; export the translation"
                )
        result: str = pycaption.SCCWriter().write(
            pycaption.CaptionSet({transcript.target_language or "en": captions})
        )
        return result
