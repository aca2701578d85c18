"""The window's side of opening files: the file dialogs' filters, read from the one catalogue
of formats (and of media), and the opening itself handed on to the application layer
(reviewer.app.opening), which the window's commands call through these names."""

from __future__ import annotations

from reviewer.app.opening import add_other_language, demo_project, open_anything, unsure_encoding
from reviewer.formats.catalogue import CATALOGUE, MEDIA_EXTENSIONS, read_extensions
from reviewer.store import EXTENSION
from reviewer.ui.i18n import tr

__all__ = [
    "add_other_language",
    "demo_project",
    "export_filter",
    "media_filter",
    "open_anything",
    "open_filter",
    "transcript_filter",
    "unsure_encoding",
]


def _patterns(extensions: tuple[str, ...]) -> str:
    return " ".join(f"*{x}" for x in extensions)


def transcript_filter() -> str:
    """Return a file dialog's filter for the transcripts Reviewer reads (the format catalogue)."""
    return tr("Transcripts ({patterns})").format(patterns=_patterns(read_extensions()))


def export_filter(name: str) -> str:
    """Return the export save dialog's filters for the format ``name``: its label and every
    extension of it in the catalogue, all files."""
    entry = CATALOGUE[name]
    return f"{entry.label} ({_patterns(entry.extensions)});;" + tr("All files (*)")


def media_filter() -> str:
    """Return the relink dialog's filters: the video and audio Reviewer plays, all files."""
    patterns = _patterns(MEDIA_EXTENSIONS)
    return tr("Video and audio ({patterns})").format(patterns=patterns) + ";;" + tr("All files (*)")


def open_filter() -> str:
    """Return File > Open's filters: everything Reviewer opens, projects, all files."""
    everything = _patterns((EXTENSION, *read_extensions(), *MEDIA_EXTENSIONS))
    return ";;".join(
        (
            tr("Everything Reviewer opens ({patterns})").format(patterns=everything),
            tr("Projects ({patterns})").format(patterns="*" + EXTENSION),
            tr("All files (*)"),
        )
    )
