"""The undo and redo stacks, read from the operations log so they survive a restart.

Operations are appended, never deleted: an undo is a new operation (kind "undo") that applies
the inverse of its target; a redo (kind "redo") applies the target again. Replaying the log
rebuilds both stacks: a new edit clears the redo stack, as in every editor.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field


@dataclass
class UndoLog:
    """Operation ids that can be undone (last is next) and redone (last is next)."""

    undo: list[int] = field(default_factory=list)
    redo: list[int] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)

    @classmethod
    def read(cls, db: sqlite3.Connection) -> UndoLog:
        log = cls()
        for op_id, kind, target, label in db.execute(
            "SELECT id, kind, target, label FROM operations ORDER BY id"
        ):
            log.record(op_id, kind, target, label)
        return log

    def record(self, op_id: int, kind: str, target: int | None, label: str = "") -> None:
        """Update the stacks for operation ``op_id`` of ``kind`` ("do", "undo", "redo")."""
        self.labels[op_id] = label
        if kind == "do":
            self.undo.append(op_id)
            self.redo.clear()
        elif kind == "undo" and self.undo and self.undo[-1] == target:
            self.redo.append(self.undo.pop())
        elif kind == "redo" and self.redo and self.redo[-1] == target:
            self.undo.append(self.redo.pop())
        # "import" and others start the log: nothing to undo before them.
