"""Applying one :class:`~reviewer.store.changes.Change` to the file and to memory."""

from __future__ import annotations

import sqlite3

from reviewer.core.models import Segment, Status, Transcript
from reviewer.store.changes import (
    EXISTS,
    Change,
    segment_from_record,
    speaker_from_record,
)
from reviewer.store.loading import tag_id

_SEGMENT_COLUMNS = {"start_ms", "end_ms", "source", "translation", "status", "note"}
_SPEAKER_COLUMNS = {"name", "color", "slot", "role"}
TRANSCRIPT_META = ("title", "description", "source_language", "target_language", "kind")


def _speaker_id(db: sqlite3.Connection, name: str | None) -> int | None:
    # From the file, not memory: an operation written late (see store.pending) must find the
    # speakers as they were when it was made, and memory may have moved on since.
    if name is None:
        return None
    row = db.execute("SELECT id FROM speakers WHERE name = ?", [name]).fetchone()
    if row is None:
        raise ValueError(f"no speaker called {name!r}")
    return int(row[0])


def _write_tags(db: sqlite3.Connection, segment_id: int, tags: list[str]) -> None:
    db.execute("DELETE FROM segment_tags WHERE segment_id = ?", [segment_id])
    for tag in tags:
        db.execute(
            "INSERT OR IGNORE INTO segment_tags (segment_id, tag_id) VALUES (?, ?)",
            [segment_id, tag_id(db, tag)],
        )


def write_change(db: sqlite3.Connection, change: Change) -> None:
    """Write ``change`` to ``db`` (the caller holds the transaction)."""
    c = change
    if c.entity == "segment":
        if c.field == EXISTS:
            if c.new is None:
                db.execute("DELETE FROM segment_tags WHERE segment_id = ?", [c.entity_id])
                db.execute("DELETE FROM segments WHERE id = ?", [c.entity_id])
            else:
                s = segment_from_record(c.new)
                db.execute(
                    "INSERT INTO segments (id, start_ms, end_ms, speaker_id, source, translation,"
                    " status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        c.entity_id,
                        s.start_ms,
                        s.end_ms,
                        _speaker_id(db, s.speaker),
                        s.source,
                        s.translation,
                        str(s.status),
                        s.note,
                    ],
                )
                _write_tags(db, c.entity_id, s.tags)
        elif c.field == "speaker":
            db.execute(
                "UPDATE segments SET speaker_id = ? WHERE id = ?",
                [_speaker_id(db, c.new), c.entity_id],
            )
        elif c.field == "tags":
            _write_tags(db, c.entity_id, list(c.new or []))
        elif c.field in _SEGMENT_COLUMNS:
            value = str(c.new) if isinstance(c.new, Status) else c.new
            db.execute(f"UPDATE segments SET {c.field} = ? WHERE id = ?", [value, c.entity_id])
        else:
            raise ValueError(f"unknown segment field {c.field!r}")
    elif c.entity == "speaker":
        if c.field == EXISTS:
            if c.new is None:
                db.execute("DELETE FROM speakers WHERE id = ?", [c.entity_id])
            else:
                sp = speaker_from_record(c.new)
                db.execute(
                    "INSERT INTO speakers (id, name, color, slot, role) VALUES (?, ?, ?, ?, ?)",
                    [c.entity_id, sp.name, sp.color, sp.slot, sp.role],
                )
        elif c.field in _SPEAKER_COLUMNS:
            db.execute(f"UPDATE speakers SET {c.field} = ? WHERE id = ?", [c.new, c.entity_id])
        else:
            raise ValueError(f"unknown speaker field {c.field!r}")
    elif c.entity == "meta":
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [c.field, c.new],
        )
    else:
        raise ValueError(f"unknown entity {c.entity!r}")


def apply_to_memory(transcript: Transcript, by_id: dict[int, Segment], change: Change) -> None:
    """Apply ``change`` to the in-memory transcript (order is restored by the caller)."""
    c = change
    if c.entity == "segment":
        if c.field == EXISTS:
            if c.new is None:
                gone = by_id.pop(c.entity_id)
                transcript.segments.remove(gone)
            else:
                segment = segment_from_record(c.new)
                segment.id = c.entity_id
                by_id[c.entity_id] = segment
                transcript.segments.append(segment)
            return
        segment = by_id[c.entity_id]
        if c.field == "status":
            segment.status = Status(c.new)
        elif c.field == "tags":
            segment.tags = list(c.new or [])
        else:
            setattr(segment, c.field, c.new)
    elif c.entity == "speaker":
        if c.field == EXISTS:
            if c.new is None:
                transcript.speakers = [s for s in transcript.speakers if s.id != c.entity_id]
            else:
                speaker = speaker_from_record(c.new)
                speaker.id = c.entity_id
                transcript.speakers.append(speaker)
                transcript.speakers.sort(key=lambda s: s.id or 0)
            return
        speaker = next(s for s in transcript.speakers if s.id == c.entity_id)
        if c.field == "name":
            for segment in transcript.segments:
                if segment.speaker == c.old:
                    segment.speaker = c.new
        setattr(speaker, c.field, c.new)
    elif c.entity == "meta" and c.field in TRANSCRIPT_META:
        setattr(transcript, c.field, c.new or "")
