"""The project's video: stored relative to the project, found again when it moved."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path


def media_row(project: Path, media: str) -> dict[str, object]:
    """Return the ``media`` table row for ``media``: its path relative to the project's folder
    where possible (so the two can move together), and its size (to recognise it again)."""
    media_path = Path(media)
    size = media_path.stat().st_size if media_path.exists() else None
    stored = media
    with contextlib.suppress(ValueError):
        stored = os.path.relpath(media_path.resolve(), project.resolve().parent)
    return {"path": stored, "duration_ms": None, "size": size, "fingerprint": None}


def write_media(db: sqlite3.Connection, row: dict[str, object]) -> None:
    """Make ``row`` (see :func:`media_row`) the project's one media row (the caller holds the
    transaction)."""
    db.execute("DELETE FROM media")
    db.execute(
        "INSERT INTO media (path, duration_ms, size, fingerprint)"
        " VALUES (:path, :duration_ms, :size, :fingerprint)",
        row,
    )


def find_moved_media(project: Path, missing: Path, size: int | None) -> Path | None:
    """Return where a missing video went: a file of the same name (and size, when known) in
    the project's folder, a folder beside or below it, or the folder it was in before."""
    folder = project.resolve().parent
    places = [folder, folder.parent, missing.parent]
    with contextlib.suppress(OSError):
        places += [p for p in folder.iterdir() if p.is_dir()]
        places += [p for p in folder.parent.iterdir() if p.is_dir() and p != folder]
    seen: set[Path] = set()
    for place in places:
        candidate = place / missing.name
        if candidate in seen:
            continue
        seen.add(candidate)
        with contextlib.suppress(OSError):
            if candidate.is_file() and (size is None or candidate.stat().st_size == size):
                return candidate
    return None
