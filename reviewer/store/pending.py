"""Operations that could not be written yet: kept in memory, in order, until the file takes them.

When a commit fails (a full disk, a read-only file, the file removed under us) and the project
keeps unsaved work (``Project.keep_unsaved``, on in the window), the operation is applied to the
transcript in memory anyway and queued here under a provisional (negative) id. Every later
operation queues behind it, so the file always receives them in the order they were made. The
queue is retried on the next edit and on the window's timer; a written operation gets its real id
and the undo stacks are renumbered.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from reviewer.store.changes import Change, encode
from reviewer.store.undo import UndoLog
from reviewer.store.writer import write_change


@dataclass
class PendingOperation:
    """One operation held in memory: what it changes, and who made it when."""

    op_id: int  # provisional (negative) until written
    changes: list[Change]
    label: str
    kind: str
    target: int | None
    author: str
    time: str


def write_operation(db: sqlite3.Connection, op: PendingOperation) -> int:
    """Write ``op``'s operation row, state and revision rows; return its id.

    The caller holds the transaction. Speakers are looked up in the file, not in memory, so an
    operation written late still finds the speakers as they were when it was made.
    """
    op_id = int(
        db.execute(
            "INSERT INTO operations (label, kind, target, author, time) VALUES (?, ?, ?, ?, ?)",
            [op.label, op.kind, op.target, op.author, op.time],
        ).lastrowid
        or 0
    )
    for change in op.changes:
        write_change(db, change)
    write_revisions(db, op_id, op)
    return op_id


def write_revisions(db: sqlite3.Connection, op_id: int, op: PendingOperation) -> None:
    db.executemany(
        "INSERT INTO revisions (op_id, entity, entity_id, field, old, new, author, time)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                op_id,
                c.entity,
                c.entity_id,
                c.field,
                encode(c.field, c.old),
                encode(c.field, c.new),
                op.author,
                op.time,
            )
            for c in op.changes
        ],
    )


def renumber(log: UndoLog, queue: list[PendingOperation], old: int, new: int) -> None:
    """Give a written operation its real id in the undo stacks and in later undo/redo targets."""
    for stack in (log.undo, log.redo):
        stack[:] = [new if i == old else i for i in stack]
    if old in log.labels:
        log.labels[new] = log.labels.pop(old)
    for op in queue:
        if op.target == old:
            op.target = new


def file_identity(path: Path) -> tuple[int, int] | None:
    """Return (device, inode) of ``path``, or None when it is gone."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)
