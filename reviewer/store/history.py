"""Reading the revision log: what changed, when, by whom, in which operation."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from reviewer.store.changes import decode


@dataclass(frozen=True)
class Revision:
    """One changed field, with the operation (user action) it belongs to."""

    id: int
    op_id: int
    op_label: str
    op_kind: str  # "do", "undo" or "redo"
    entity: str
    entity_id: int
    field: str
    old: Any
    new: Any
    author: str
    time: str

    def as_json(self) -> dict[str, Any]:
        return {
            "revision": self.id,
            "operation": self.op_id,
            "action": self.op_label,
            "kind": self.op_kind,
            "entity": self.entity,
            "id": self.entity_id,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "author": self.author,
            "time": self.time,
        }


# The columns revision_from_row() reads, in its order.
REVISION_SELECT = (
    "SELECT r.id, r.op_id, o.label, o.kind, r.entity, r.entity_id, r.field, r.old, r.new,"
    " r.author, r.time FROM revisions r JOIN operations o ON o.id = r.op_id"
)


def read_history(
    db: sqlite3.Connection, *, segment_id: int | None = None, limit: int | None = None
) -> list[Revision]:
    """Return revisions oldest first: all of them, or those of one segment."""
    sql = REVISION_SELECT
    args: list[Any] = []
    if segment_id is not None:
        sql += " WHERE r.entity = 'segment' AND r.entity_id = ?"
        args.append(segment_id)
    sql += " ORDER BY r.id"
    if limit is not None:
        sql = (
            f"SELECT * FROM ({sql[: -len(' ORDER BY r.id')]} ORDER BY r.id DESC LIMIT ?) ORDER BY 1"
        )
        args.append(limit)
    return [revision_from_row(row) for row in db.execute(sql, args)]


def revision_from_row(row: tuple[Any, ...]) -> Revision:
    """Return the Revision of a row selected as :data:`REVISION_SELECT` gives its columns."""
    rid, op, label, kind, entity, eid, field, old, new, author, time = row
    return Revision(
        rid,
        op,
        label,
        kind,
        entity,
        eid,
        field,
        decode(field, old),
        decode(field, new),
        author,
        time,
    )
