"""Transcript formats: one module each, a registry, encoding detection. Qt-free.

>>> from reviewer.formats import read_transcript, write_transcript, ExportOptions
>>> result = read_transcript("clip.zh.srt")                       # doctest: +SKIP
>>> options = ExportOptions(text="both")
>>> write_transcript(result.transcript, "clip.vtt", "vtt", options)  # doctest: +SKIP
"""

from __future__ import annotations

from reviewer.formats.base import ExportOptions, Format, ImportWarning, ReadResult
from reviewer.formats.encoding import decode
from reviewer.formats.pairing import pair_transcripts
from reviewer.formats.registry import (
    FORMATS,
    atomic_write,
    format_for_path,
    read_transcript,
    render_transcript,
    write_transcript,
)

__all__ = [
    "FORMATS",
    "ExportOptions",
    "Format",
    "ImportWarning",
    "ReadResult",
    "atomic_write",
    "decode",
    "format_for_path",
    "pair_transcripts",
    "read_transcript",
    "render_transcript",
    "write_transcript",
]
