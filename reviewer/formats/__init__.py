"""Transcript formats: one module each, a registry, encoding detection. Qt-free.

>>> from reviewer.formats import read_transcript, write_transcript, ExportOptions
>>> result = read_transcript("clip.zh.srt")                       # doctest: +SKIP
>>> options = ExportOptions(text="both")
>>> write_transcript(result.transcript, "clip.vtt", "vtt", options)  # doctest: +SKIP

The names below load with their module when first used, so that importing the light
``reviewer.formats.catalogue`` (the command line's parser, the dialogs) does not load the
readers, the encoding detection and the registry (13 ms of every command's start).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOME = {
    "ExportOptions": "base",
    "Format": "base",
    "ImportWarning": "base",
    "ReadResult": "base",
    "decode": "encoding",
    "pair_transcripts": "pairing",
    "FORMATS": "registry",
    "atomic_write": "registry",
    "format_for_path": "registry",
    "read_transcript": "registry",
    "render_transcript": "registry",
    "write_transcript": "registry",
}

__all__ = [  # the names of _HOME
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


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
