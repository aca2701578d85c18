"""The catalogue of formats: the one list of what Reviewer reads and writes, and how it is named.

Light on purpose (no format module is imported): the command line's parser, the file dialogs
and the export dialog read it at start; reviewer.formats.registry makes each format from it
when first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One format of the catalogue: where its class lives, its extensions, what it does."""

    module: str
    cls: str
    extensions: tuple[str, ...]
    label: str  # what a file dialog and the export dialog call it
    reads: bool = True
    writes: bool = True


# The catalogue: every format Reviewer reads or writes, the one list that the registry, the
# file dialogs, the export dialog and the command line read (a test holds it together with each
# class's name, extensions and can_read/can_write). A module is imported when its format is
# first asked for: reading an SRT file loads the SRT reader only (20 ms of a command's start).
# Order matters where extensions are shared: the more specific format sniffs first, the plain
# one (json, txt) is the fallback and the one written; the writers' order is the export menu's.
CATALOGUE: dict[str, Entry] = {
    "srt": Entry("srt", "SrtFormat", (".srt",), "SubRip subtitles"),
    "vtt": Entry("vtt", "VttFormat", (".vtt",), "WebVTT with voice spans"),
    "ass": Entry("ass", "AssFormat", (".ass", ".ssa"), "Advanced SubStation with speaker names"),
    "services": Entry("services", "ServicesFormat", (".txt", ".docx"),
                      "Transcription service export (Otter, Rev, Trint, Descript)", writes=False),
    "pagecopy": Entry("pagecopy", "PageCopyFormat", (".txt",), "Transcript copied from a page",
                      writes=False),
    "txt": Entry("plaintext", "PlainTextFormat", (".txt", ".text"), "Plain text transcript"),
    "docx": Entry("word", "WordFormat", (".docx",), "Word table", reads=False),
    "json": Entry("jsonfile", "ReviewerJsonFormat", (".json",), "Reviewer JSON, all data"),
    "whisper": Entry("whisper", "WhisperFormat", (".json",), "Whisper / WhisperX JSON",
                     writes=False),
    "bilibili": Entry("bilibili", "BilibiliFormat", (".json", ".bcc"), "Bilibili subtitles",
                      writes=False),
    "csv": Entry("csvfile", "CsvFormat", (".csv", ".tsv"), "Spreadsheet"),
    "sbv": Entry("sbv", "SbvFormat", (".sbv",), "YouTube captions"),
    "ttml": Entry("captions", "TtmlFormat", (".ttml", ".dfxp", ".xml"), "TTML / DFXP captions"),
    "scc": Entry("captions", "SccFormat", (".scc",), "Broadcast captions, CEA-608"),
}  # fmt: skip


def export_labels() -> dict[str, str]:
    """Return the formats Reviewer writes, name -> "label (.ext)", in the export menu's order."""
    return {name: f"{e.label} ({e.extensions[0]})" for name, e in CATALOGUE.items() if e.writes}


def read_extensions() -> tuple[str, ...]:
    """Return every extension of a file Reviewer reads as a transcript, each once."""
    return tuple(dict.fromkeys(x for e in CATALOGUE.values() if e.reads for x in e.extensions))
