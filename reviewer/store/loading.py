"""Reading a project's transcript into memory, and writing a whole transcript into a new file."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from reviewer.core.models import Segment, Speaker, Status, Transcript

_STATUS = {s.value: s for s in Status}  # a dict lookup: Status(value) costs 2 us a segment


def load_transcript(db: sqlite3.Connection) -> Transcript:
    """Return the transcript held in ``db``: segments in time order, speakers, tags, meta."""
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    speakers = [
        Speaker(name=name, slot=slot, color=color or "", role=role or "", id=sid)
        for sid, name, color, slot, role in db.execute(
            "SELECT id, name, color, slot, role FROM speakers ORDER BY id"
        )
    ]
    names = {s.id: s.name for s in speakers}
    tag_names = dict(db.execute("SELECT id, name FROM tags").fetchall())
    tags_of: dict[int, list[str]] = defaultdict(list)
    for segment_id, tag_id in db.execute(
        "SELECT segment_id, tag_id FROM segment_tags ORDER BY rowid"
    ):
        tags_of[segment_id].append(tag_names[tag_id])
    # Read in the table's order and put in time order here: SQLite's ORDER BY start_ms,
    # end_ms, id goes through the start index row by row and sorts again (12 ms more for
    # 20,000 segments), and the rows mostly come in time order already (ids are given so).
    segments = [
        Segment(
            start,
            end,
            source,
            translation,
            names.get(speaker_id),
            tags_of.get(sid, []),
            _STATUS.get(status) or Status(status),
            note,
            sid,
        )
        for sid, start, end, speaker_id, source, translation, status, note in db.execute(
            "SELECT id, start_ms, end_ms, speaker_id, source, translation, status, note"
            " FROM segments"
        )
    ]
    media = db.execute("SELECT path FROM media ORDER BY id LIMIT 1").fetchone()
    transcript = Transcript(
        segments=segments,
        speakers=speakers,
        tags=sorted(tag_names.values()),
        title=meta.get("title") or "",
        description=meta.get("description") or "",
        media=media[0] if media else None,
        source_language=meta.get("source_language") or "",
        target_language=meta.get("target_language") or "",
        kind=meta.get("kind") or "",
    )
    transcript.sort()  # start, end, then id: the order of the rows in the views
    return transcript


def tag_id(db: sqlite3.Connection, name: str) -> int:
    """Return the id of the tag called ``name``, creating it when new."""
    row = db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    if row:
        return int(row[0])
    return (
        db.execute("INSERT INTO tags (name, key, color) VALUES (?, '', '')", [name]).lastrowid or 0
    )


def _insert_speaker(db: sqlite3.Connection, speaker: Speaker) -> int:
    sql = "INSERT INTO speakers (name, color, slot, role) VALUES (?, ?, ?, ?)"
    args = [speaker.name, speaker.color, speaker.slot, speaker.role]
    return db.execute(sql, args).lastrowid or 0


def write_transcript_rows(db: sqlite3.Connection, transcript: Transcript) -> None:
    """Insert all of ``transcript``'s speakers and segments into an empty project (ids given out
    in time order; the segments and speakers of ``transcript`` get their ids set)."""
    transcript.sort()
    for speaker in transcript.speakers:
        speaker.id = _insert_speaker(db, speaker)
    ids = {s.name: s.id for s in transcript.speakers}
    for segment in transcript.segments:
        if segment.speaker and segment.speaker not in ids:
            speaker = transcript.ensure_speaker(segment.speaker)
            speaker.id = ids[speaker.name] = _insert_speaker(db, speaker)
    rows = [
        (
            s.start_ms,
            s.end_ms,
            ids.get(s.speaker) if s.speaker else None,
            s.source,
            s.translation,
            s.status,  # a str Enum: sqlite3 binds its value
            s.note,
        )
        for s in transcript.segments
    ]
    # The full-text index is built once from the table (FTS5 'rebuild') instead of row by row
    # by the insert trigger: a quarter of the time for 20,000 segments; the index on start_ms
    # too is built after the rows are in (10 ms less). Both are dropped and made again inside
    # the caller's transaction, so no one ever sees the file without them.
    deferred = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'segments'"
        " AND (type = 'trigger' AND name = 'segments_ai' OR type = 'index' AND sql IS NOT NULL)"
    ).fetchall()
    for kind, name, _ in deferred:
        db.execute(f'DROP {kind.upper()} "{name}"')
    db.executemany(
        "INSERT INTO segments (start_ms, end_ms, speaker_id, source, translation, status, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    # AUTOINCREMENT ids, one statement in one transaction: consecutive, ending at the sequence.
    last = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'segments'").fetchone()
    first = (int(last[0]) if last else 0) - len(rows) + 1
    for kind, _, sql in deferred:
        db.execute(sql)
        if kind == "trigger":
            db.execute("INSERT INTO segments_fts (segments_fts) VALUES ('rebuild')")
    for offset, segment in enumerate(transcript.segments):
        segment.id = first + offset
        for tag in segment.tags:
            db.execute(
                "INSERT OR IGNORE INTO segment_tags (segment_id, tag_id) VALUES (?, ?)",
                [segment.id, tag_id(db, tag)],
            )
