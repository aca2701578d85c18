"""Checkpoints and going back: to a revision of one segment, or to a checkpoint of the whole
project. Each going-back is a new operation (one undo step). Built on the open ProjectFile.

>>> project.checkpoint("sent to the desk 14:05")             # doctest: +SKIP
>>> project.changes_since("sent to the desk 14:05")           # doctest: +SKIP
[NetChange(entity='segment', entity_id=3, field='translation', old='Lavrof said', ...)]

The checkpoint records and the timeline (:mod:`reviewer.store.checkpoints`) are imported here
when first used: opening a project needs neither.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from reviewer.core.clock import file_stamp, now_iso
from reviewer.core.errors import EditError, ProjectError, say
from reviewer.store import schema
from reviewer.store.changes import EXISTS, SEGMENT_FIELDS, Change
from reviewer.store.operations import new_speaker_change

if TYPE_CHECKING:
    from reviewer.store.checkpoints import Checkpoint, NetChange
    from reviewer.store.project_file import ProjectFile


class CheckpointOps:
    """Checkpoints and going back, built on an open :class:`ProjectFile` (callers reach them
    through :class:`~reviewer.store.project.Project`)."""

    def __init__(self, file: ProjectFile):
        self.file = file

    # -- checkpoints ----------------------------------------------------------------------

    def checkpoint(self, name: str) -> Checkpoint:
        """Name the project's state now ("sent to the desk 14:05"); returns the checkpoint."""
        from reviewer.store.checkpoints import Checkpoint

        name = name.strip()
        if not name:
            raise EditError(say("a checkpoint needs a name"))
        if any(c.name == name for c in self.checkpoints()):
            raise EditError(say("there is a checkpoint called {name} already", name=name))
        if self.file.pending:
            raise ProjectError(
                say(
                    "could not save: changes are still waiting to be written; a checkpoint"
                    " can be named once they are"
                ),
                self.file.path,
            )
        op = self.file.db.execute("SELECT COALESCE(MAX(id), 0) FROM operations").fetchone()[0]
        stamp = now_iso()
        try:
            with schema.transaction(self.file.db):
                cid = self.file.db.execute(
                    "INSERT INTO checkpoints (name, op_id, author, time) VALUES (?, ?, ?, ?)",
                    [name, op, self.file.author, stamp],
                ).lastrowid
        except sqlite3.Error as exc:
            raise ProjectError(
                say("could not save the checkpoint: {reason}", reason=str(exc)), self.file.path
            ) from exc
        return Checkpoint(int(cid or 0), name, int(op), self.file.author, stamp)

    def checkpoints(self) -> list[Checkpoint]:
        """Return the checkpoints, oldest first."""
        from reviewer.store.checkpoints import Checkpoint

        return [
            Checkpoint(*row)
            for row in self.file.db.execute(
                "SELECT id, name, op_id, author, time FROM checkpoints ORDER BY op_id, id"
            )
        ]

    def find_checkpoint(self, name: str) -> Checkpoint:
        for c in self.checkpoints():
            if c.name == name or str(c.id) == name:
                return c
        known = ", ".join(c.name for c in self.checkpoints()) or "none yet"
        raise EditError(f"no checkpoint called {name!r} (checkpoints: {known})")

    def changes_since(self, name: str) -> list[NetChange]:
        """Return what changed since checkpoint ``name``, one entry per field."""
        from reviewer.store.checkpoints import net_changes

        point = self.find_checkpoint(name)
        revisions = [r for r in self.file.history() if r.op_id > point.op_id]
        return net_changes(revisions, self.file.transcript)

    def restore_checkpoint(self, name: str) -> int | None:
        """Put the whole project back as it was at checkpoint ``name``: one operation, undoable.

        A backup copy of the file is made first (SQLite's backup API), beside it.
        """
        point = self.find_checkpoint(name)
        # The glossary is the desk's reference list, kept out of undo (store/glossary.py): a
        # restore takes the transcript back and keeps the terms added since.
        net = [c for c in self.changes_since(name) if c.entity != "glossary"]
        if not net:
            return None
        path = self.file.path
        backup = path.with_name(f"{path.stem}.before-restore-{file_stamp()}{path.suffix}")
        try:
            schema.backup(self.file.db, backup)
        except Exception as exc:
            raise ProjectError(
                say("could not save a backup before restoring: {reason}", reason=str(exc)), backup
            ) from exc
        return self.file.commit(_undoing(net), f"Restore checkpoint {point.name}")

    # -- one segment ----------------------------------------------------------------------

    def segment_at(self, segment_id: int, revision_id: int) -> dict[str, Any]:
        """Return the fields of a segment as they were just after revision ``revision_id``."""
        segment = self.file.segment(segment_id)
        state: dict[str, Any] = {f: getattr(segment, f) for f in SEGMENT_FIELDS}
        state["status"] = str(segment.status)
        state["tags"] = list(segment.tags)
        later = [r for r in self.file.history(segment_id) if r.id > revision_id]
        for r in reversed(later):
            if r.field in state:
                state[r.field] = r.old
        return state

    def revert_to(self, segment_id: int, revision_id: int) -> int | None:
        """Put a segment back as it was just after ``revision_id``: a new operation."""
        if not any(r.id == revision_id for r in self.file.history(segment_id)):
            raise EditError(
                say(
                    "revision {revision} is not one of segment {segment}",
                    revision=revision_id,
                    segment=segment_id,
                )
            )
        state = self.segment_at(segment_id, revision_id)
        segment = self.file.segment(segment_id)
        if state["end_ms"] <= state["start_ms"]:
            raise EditError(say("that revision's times are not a segment any more"))
        changes: list[Change] = []
        name = state["speaker"]
        if name is not None and self.file.transcript.speaker(name) is None:
            changes.append(new_speaker_change(self.file, name))
        for field in SEGMENT_FIELDS:
            now = str(segment.status) if field == "status" else getattr(segment, field)
            if field == "tags":
                now = list(now)
            if now != state[field]:
                changes.append(Change("segment", segment_id, field, now, state[field]))
        return self.file.commit(changes, f"Revert #{segment_id} to revision {revision_id}")


def _undoing(net: list[NetChange]) -> list[Change]:
    """The changes that take each net change back, in an order the file accepts: speakers
    and segments come back before anything refers to them, and go after nothing does."""
    created = {(c.entity, c.entity_id) for c in net if c.field == EXISTS and c.old is None}
    groups: dict[str, list[Change]] = {k: [] for k in ("sp+", "sp", "seg+", "seg", "seg-", "sp-")}
    for c in net:
        back = Change(c.entity, c.entity_id, c.field, c.new, c.old)
        prefix = "sp" if c.entity == "speaker" else "seg"  # meta goes with the segments
        if c.field == EXISTS:
            groups[prefix + ("-" if c.old is None else "+")].append(back)
        elif (c.entity, c.entity_id) not in created:
            groups[prefix].append(back)
    return [change for group in groups.values() for change in group]
