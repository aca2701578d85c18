"""The project's video: stored relative to the project, found again when it moved."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.errors import SaveError
from reviewer.store.notices import Notice, NoticeKind

if TYPE_CHECKING:
    from reviewer.store.project_file import ProjectFile

AUDIO_TRACK_KEY = "audio_track"  # the meta table's row for MediaOps.audio_track


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


class MediaOps:
    """The project's media file, read and relinked through an open :class:`ProjectFile` (not
    an edit of the transcript: no revision, no undo step; a relink sends a MEDIA notice)."""

    def __init__(self, file: ProjectFile):
        self.file = file
        # The length measured in this session: kept in memory too, so that a read-only
        # project (which cannot store it) is checked and exported against it all the same.
        self._measured: int | None = None
        self._track: int | None = None  # the audio track chosen read-only (memory only)

    @property
    def media_path(self) -> Path | None:
        """The media file's path, resolved against the project's folder when relative."""
        row = self.file.db.execute("SELECT path FROM media ORDER BY id LIMIT 1").fetchone()
        if not row or not row[0]:
            return None
        media = Path(row[0])
        return media if media.is_absolute() else (self.file.path.parent / media)

    def relink_moved_media(self) -> Path | None:
        """When the video is missing, look for it by name and size near the project; point the
        project at it and return it, or return None (nothing found, or nothing missing)."""
        row = self.file.db.execute("SELECT path, size FROM media ORDER BY id LIMIT 1").fetchone()
        current = self.media_path
        if not row or current is None or current.exists():
            return None
        found = find_moved_media(self.file.path, current, row[1])
        if found is not None and not self.file.read_only:
            self.set_media(found)
        return found

    def set_media(self, media: str | Path, duration_ms: int | None = None) -> None:
        """Point the project at ``media`` (a relink: not an edit of the transcript). Another
        file (not the same size) has other sound tracks: the first is heard again."""
        self.file.require_writable()
        row = media_row(self.file.path, str(media))
        if duration_ms is not None:
            row["duration_ms"] = duration_ms
        before = self.file.db.execute("SELECT size FROM media ORDER BY id LIMIT 1").fetchone()
        another = before is None or before[0] != row["size"]
        with self.file.writing() as db:
            write_media(db, row)
            if another:
                db.execute("DELETE FROM meta WHERE key = ?", [AUDIO_TRACK_KEY])
        self._measured = duration_ms
        if another:
            self._track = None
        self.file.notify([Notice(NoticeKind.MEDIA, label="media")])

    @property
    def media_duration_ms(self) -> int | None:
        """The media's length as last measured (by the player), or None when never measured."""
        if self._measured:
            return self._measured
        row = self.file.db.execute("SELECT duration_ms FROM media ORDER BY id LIMIT 1").fetchone()
        return int(row[0]) if row and row[0] else None

    def record_media_duration(self, duration_ms: int) -> None:
        """Keep the media's length the player (or ffprobe) measured: exports end no cue after
        it, the checks flag a segment past it. Not an edit of the transcript, no revision;
        read-only, it is kept for this session only. A META notice says it changed."""
        if duration_ms <= 0 or self.media_path is None or duration_ms == self.media_duration_ms:
            return
        self._measured = int(duration_ms)
        if not self.file.read_only:
            # A measurement, not the editor's work: when the file cannot take it now (a full
            # disk, a file replaced under us; the next edit says so), memory has it.
            with contextlib.suppress(SaveError), self.file.writing() as db:
                db.execute("UPDATE media SET duration_ms = ?", [int(duration_ms)])
        # What the checks read changed (a segment past the end is a problem), as meta does.
        self.file.notify([Notice(NoticeKind.META, label="media length")])

    @property
    def audio_track(self) -> int:
        """Which of the media's audio tracks the editor hears and the sound is analysed from
        (0: the first; a broadcast TS or MXF carries several, a Cantonese and a Mandarin)."""
        if self._track is not None:
            return self._track
        value = self.file.meta(AUDIO_TRACK_KEY)
        return int(value) if value.isdigit() else 0

    def choose_audio_track(self, track: int) -> None:
        """Hear (and analyse) audio track ``track`` of the media: a way of listening, not an
        edit of the transcript (no revision, no undo step; read-only, for this session). A
        MEDIA notice says the sound changed."""
        track = max(0, int(track))
        if track == self.audio_track:
            return
        self._track = track
        if not self.file.read_only:
            with contextlib.suppress(SaveError), self.file.writing() as db:
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [AUDIO_TRACK_KEY, str(track)],
                )
        self.file.notify([Notice(NoticeKind.MEDIA, label="audio track")])
