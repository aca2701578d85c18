"""An export as the desk reads it: the project's reviewer, today's date, the media's length.

``desk_options(project, options)`` fills in what a bare :class:`ExportOptions` cannot know: who
reviewed (the project's author), when (today), and how long the video is (measured by the
player when the project was last open in the window; else asked of ``ffprobe`` when it is
installed; else unknown, and no cue is shortened).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.formats import ExportOptions

if TYPE_CHECKING:
    from reviewer.store.project import Project

FFPROBE_TIMEOUT_S = 10


def desk_options(
    project: Project, options: ExportOptions, *, today: date | None = None, measure: bool = True
) -> ExportOptions:
    """Return ``options`` with the reviewer, the date and (``measure``) the media's length
    filled in where they are not set."""
    when = today or date.today()
    return replace(
        options,
        reviewer=options.reviewer or project.author,
        date=options.date or f"{when.day} {when:%B %Y}",
        media_ms=options.media_ms or (media_length_ms(project) if measure else None),
    )


def media_length_ms(project: Project) -> int | None:
    """Return the media's length: as the player measured it, else by ffprobe, else None."""
    known = project.media_duration_ms
    if known:
        return known
    media = project.media_path
    return probe_length_ms(media) if media is not None and media.is_file() else None


def probe_length_ms(media: Path) -> int | None:
    """Return the length of ``media`` by ffprobe, or None (no ffprobe, not a media file)."""
    ffprobe = shutil.which("ffprobe")
    if ffprobe is None:
        return None
    try:
        done = subprocess.run(
            [ffprobe, "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
             str(media)],
            capture_output=True,
            text=True,
            timeout=FFPROBE_TIMEOUT_S,
            check=False,
        )  # fmt: skip
        seconds = float(done.stdout.strip())
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    return round(seconds * 1000) if seconds > 0 else None
