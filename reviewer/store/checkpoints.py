"""Checkpoints and the project timeline as read from the file: named points in the operation
log, revisions by author and time, and what changed since a point, one entry per field.

The operations on them (naming a checkpoint, going back) are :mod:`reviewer.store.checkpoint_ops`,
composed into the Project; this module is imported when they are first used, not when a file
opens.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reviewer.core.timecode import format_timecode
from reviewer.store.changes import EXISTS, SEGMENT_FIELDS

if TYPE_CHECKING:
    from reviewer.core.models import Transcript
    from reviewer.store.history import Revision


@dataclass(frozen=True)
class Checkpoint:
    """A named point in the operation log: everything up to ``op_id`` is in it."""

    id: int
    name: str
    op_id: int
    author: str
    time: str


@dataclass(frozen=True)
class NetChange:
    """What one field went from (at the checkpoint) and to (now), and who changed it."""

    entity: str
    entity_id: int
    field: str
    old: Any
    new: Any
    authors: tuple[str, ...]
    time: str  # of the last revision
    start_ms: int | None  # the segment's place in the clip (now, or when it was removed)

    @property
    def segment_time(self) -> str:
        return format_timecode(self.start_ms) if self.start_ms is not None else ""


def read_timeline(
    db: sqlite3.Connection,
    *,
    author: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[Revision]:
    """Return revisions of the whole project, oldest first, by ``author`` and within
    [``since``, ``until``] (ISO times, compared as text: the log stores UTC ISO stamps)."""
    from reviewer.store.history import REVISION_SELECT, revision_from_row  # here: not at open

    where, args = [], []
    for clause, value in (("r.author = ?", author), ("r.time >= ?", since), ("r.time <= ?", until)):
        if value is not None:
            where.append(clause)
            args.append(value)
    sql = REVISION_SELECT
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY r.id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [revision_from_row(row) for row in db.execute(sql, args)][::-1]


def authors(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT author FROM revisions ORDER BY author")]


def net_changes(revisions: list[Revision], transcript: Transcript) -> list[NetChange]:
    """Fold revisions (oldest first) into one change per field: first old, last new.

    A field back where it started is left out, and so is everything about an entity made and
    removed again in between.
    """
    first: dict[tuple[str, int, str], Revision] = {}
    last: dict[tuple[str, int, str], Revision] = {}
    who: dict[tuple[str, int, str], list[str]] = {}
    for r in revisions:
        key = (r.entity, r.entity_id, r.field)
        first.setdefault(key, r)
        last[key] = r
        who.setdefault(key, [])
        if r.author not in who[key]:
            who[key].append(r.author)
    starts = {s.id: s.start_ms for s in transcript.segments}
    gone: set[tuple[str, int]] = set()
    for (entity, eid, field), r in first.items():
        if field == EXISTS and r.old is None and last[(entity, eid, field)].new is None:
            gone.add((entity, eid))  # made and removed since: nothing to tell
    out: list[NetChange] = []
    for key, r in first.items():
        entity, eid, field = key
        old, new = r.old, last[key].new
        if old == new or (entity, eid) in gone:
            continue
        start = starts.get(eid) if entity == "segment" else None
        if entity == "segment" and start is None:
            record = old if field == EXISTS and old else new if field == EXISTS else None
            start = record.get("start_ms") if isinstance(record, dict) else None
        out.append(NetChange(entity, eid, field, old, new, tuple(who[key]), last[key].time, start))
    order = {f: i for i, f in enumerate((EXISTS, *SEGMENT_FIELDS))}
    out.sort(
        key=lambda c: (
            c.entity != "segment",
            c.start_ms if c.start_ms is not None else -1,
            c.entity_id,
            order.get(c.field, 99),
        )
    )
    return out
