"""An open project file: the connection, the lock, transactions, commits and notices.

:class:`ProjectFile` is what every part of the store builds on (the edit operations, the
checkpoints, the glossary, the media): they change the file only through its public methods,
:meth:`~ProjectFile.commit` for an undoable operation or :meth:`~ProjectFile.writing` for a
transaction of their own, and tell the views through :meth:`~ProjectFile.notify`. It is opened
or made by :mod:`reviewer.store.project_open`; :class:`reviewer.store.project.Project` is the
facade callers use.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.clock import now_iso
from reviewer.core.errors import ProjectError, ReadOnlyProjectError, ReviewerError, SaveError, say
from reviewer.core.models import Segment, Speaker, Transcript
from reviewer.files import check_target, publish, temp_beside
from reviewer.store import schema, trust
from reviewer.store.changes import EXISTS, Change, decode
from reviewer.store.loading import load_transcript
from reviewer.store.lock import ProjectLock
from reviewer.store.notices import Notice, NoticeKind
from reviewer.store.pending import (
    PendingOperation,
    file_identity,
    renumber,
    write_operation,
    write_revisions,
)
from reviewer.store.undo import UndoLog
from reviewer.store.writer import apply_to_memory, write_change

if TYPE_CHECKING:
    from reviewer.store.history import Revision

WAL_AUTOCHECKPOINT_PAGES = 8000

Subscriber = Callable[[Notice], None]


class ProjectFile:
    """An open ``.review`` file, its transcript in memory, and who listens to its changes."""

    def __init__(
        self,
        path: Path,
        db: sqlite3.Connection,
        *,
        author: str,
        lock: ProjectLock | None,
        read_only_reason: str = "",
    ):
        self.path = path
        self.db = db
        self.author = author
        self._lock = lock
        self.read_only_reason = read_only_reason
        # What opening did beside the file that the editor must hear of (a WAL moved aside).
        self.opening_notes: list[str] = []
        self.transcript: Transcript = load_transcript(db)
        self._by_id: dict[int, Segment] = {s.id: s for s in self.transcript.segments if s.id}
        self._rows: dict[int, int] = {}
        self._reindex()
        self._subscribers: list[Subscriber] = []
        self._next_id = {"segments": _next_id(db, "segments"), "speakers": _next_id(db, "speakers")}
        self.undo_log = UndoLog.read(db)
        # Unsaved work (see store.pending): off by default, so a script or the command line
        # gets the error and nothing changes; the window turns it on and shows the queue.
        self.keep_unsaved = False
        self.pending: list[PendingOperation] = []
        self.save_error = ""  # why the pending operations could not be written
        self._provisional = 0
        self._file_id = file_identity(path)
        self._unchecked = 0  # commits since the last WAL checkpoint
        if not read_only_reason:
            # SQLite's automatic checkpoint (every 1,000 pages) runs inside whichever commit
            # crosses the mark and fsyncs: 4-7 ms on 1 % of keystrokes. The window checkpoints
            # from its timer instead (heartbeat); this larger mark only bounds the WAL for
            # scripts that never call it.
            db.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")

    # -- state ----------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def closed(self) -> bool:
        return self.db is None

    @property
    def unchecked_commits(self) -> int:
        """Commits since the WAL was last checkpointed into the file (see :meth:`heartbeat`)."""
        return self._unchecked

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def close(self) -> None:
        """Write what is pending, checkpoint the WAL, close the file and release the lock.

        The subscribers are let go: a closed project sends nothing more."""
        if self.db is None:
            return
        self.retry_pending()
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        if self._lock:
            self._lock.release()
        self.db = None  # type: ignore[assignment]
        self._subscribers.clear()

    # -- reading --------------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        """Segment ids in row (time) order."""
        return [s.id for s in self.transcript.segments if s.id is not None]

    def segment(self, segment_id: int) -> Segment:
        try:
            return self._by_id[segment_id]
        except KeyError:
            raise ProjectError(say("no segment {segment}", segment=segment_id), self.path) from None

    def row_of(self, segment_id: int) -> int:
        return self._rows[segment_id]

    def speaker(self, name: str) -> Speaker | None:
        return self.transcript.speaker(name)

    def speaker_by_id(self, speaker_id: int) -> Speaker | None:
        return next((s for s in self.transcript.speakers if s.id == speaker_id), None)

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row and row[0] is not None else default

    def history(self, segment_id: int | None = None, limit: int | None = None) -> list[Revision]:
        """Return the revisions of one segment, or of the whole project, oldest first."""
        from reviewer.store.history import read_history  # here: opening a file reads none

        return read_history(self.db, segment_id=segment_id, limit=limit)

    def revisions_of(self, op_id: int) -> list[Change]:
        """Return the changes operation ``op_id`` made, in the order it made them."""
        held = next((op for op in self.pending if op.op_id == op_id), None)
        if held is not None:
            return list(held.changes)
        return [
            Change(entity, entity_id, field, decode(field, old), decode(field, new))
            for entity, entity_id, field, old, new in self.db.execute(
                "SELECT entity, entity_id, field, old, new FROM revisions WHERE op_id = ?"
                " ORDER BY id",
                [op_id],
            )
        ]

    def allocate_id(self, table: str) -> int:
        """Return a fresh id for a new segment or speaker (ids are never reused)."""
        value = self._next_id[table]
        self._next_id[table] = value + 1
        return value

    # -- notices --------------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` with each :class:`Notice`; return a function that unsubscribes
        (harmless to call twice, or after the project closed)."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._subscribers.remove(callback)

        return unsubscribe

    def notify(self, notices: Iterable[Notice]) -> None:
        """Send ``notices`` to every subscriber, in order."""
        for notice in notices:
            for callback in list(self._subscribers):
                callback(notice)

    # -- writing --------------------------------------------------------------------------

    def require_writable(self) -> None:
        """Raise ReadOnlyProjectError, saying why, when the project is open read-only."""
        if self.read_only:
            raise ReadOnlyProjectError(
                say("the project is read-only: {reason}", reason=self.read_only_reason), self.path
            )

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One transaction on the file; SQLite errors become a SaveError that names the file,
        and so does a file removed or replaced under us."""
        found = file_identity(self.path)
        if found != self._file_id:
            raise SaveError(
                say("could not save: the project file was removed")
                if found is None
                else say("could not save: the project file was replaced by another file"),
                self.path,
            )
        try:
            with schema.transaction(self.db):
                yield self.db
        except sqlite3.Error as exc:
            raise SaveError(
                say("could not save: {reason}", reason=reason_of(exc)), self.path
            ) from exc

    def commit(
        self, changes: list[Change], label: str, *, kind: str = "do", target: int | None = None
    ) -> int | None:
        """Apply ``changes`` as one operation: file, revisions and memory, or none of them.

        Returns the operation's id, or None when nothing changed.
        """
        changes = [c for c in changes if c.old != c.new]
        if not changes:
            return None
        self.require_writable()
        # The row order before, only where it can change (2 ms on 20,000 segments, per key).
        structural = any(
            c.entity == "segment" and c.field in (EXISTS, "start_ms", "end_ms") for c in changes
        )
        order_before = self.ids if structural else []
        op = PendingOperation(0, changes, label, kind, target, self.author, now_iso())
        if self._lock is not None:
            self._lock.refresh()
        if self.pending:
            self.retry_pending()
        if self.pending:
            self._hold(op, self.save_error)  # behind the others: the file gets them in order
        else:
            try:
                op.op_id = self._write_and_apply(op)
                self._unchecked += 1
            except SaveError as exc:
                if not self.keep_unsaved:
                    raise
                self._hold(op, exc.message)
            else:
                self.undo_log.record(op.op_id, kind, target, label)
        self.notify(self._notices(changes, order_before, label))
        return op.op_id

    def retry_pending(self) -> bool:
        """Write the operations still held in memory, oldest first; True when none are left.

        A project file removed under us is written again from the open connection first.
        """
        if not self.pending or self.db is None:
            return not self.pending
        try:
            self._restore_removed_file()
            while self.pending:
                op = self.pending[0]
                provisional = op.op_id
                with self.writing():
                    real = write_operation(self.db, op)
                self.pending.pop(0)
                op.op_id = real
                renumber(self.undo_log, self.pending, provisional, real)
        except SaveError as exc:
            self.save_error = exc.message
            self.notify([Notice(NoticeKind.SAVING, label=self.save_error)])
            return False
        self.save_error = ""
        self.notify([Notice(NoticeKind.SAVING, label="")])
        return True

    def heartbeat(self) -> bool:
        """Keep the lock fresh for other hosts and retry unsaved work; True when all is saved.

        The window calls this every few seconds.
        """
        if self._lock is not None:
            self._lock.refresh()
        saved = self.retry_pending()
        if saved and self._unchecked and self.db is not None:
            # Moves the WAL into the file and syncs both: after this, even a power cut keeps
            # everything up to here.
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
                self._unchecked = 0
        return saved

    def save_copy(self, target: str | Path) -> Path:
        """Write a copy of the project, with any unsaved operations, to ``target``.

        The copy is made with SQLite's backup API from the open connection (so it holds what
        this window sees even when the file was removed under us), then the pending operations
        are written into it; it is built beside ``target`` and renamed into place.
        """
        target = Path(target)
        tmp = temp_for(target, "could not save a copy")
        try:
            schema.backup(self.db, tmp)
            copy = schema.ready(schema.connect(tmp))
            try:
                ids: dict[int, int] = {}
                for op in self.pending:
                    target_id = ids.get(op.target, op.target) if op.target is not None else None
                    late = dataclasses.replace(op, target=target_id)
                    with schema.transaction(copy):
                        ids[op.op_id] = write_operation(copy, late)
                copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                copy.close()
            publish(tmp, target, replace=True, error=ProjectError)
        except BaseException as exc:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{tmp}{suffix}").unlink(missing_ok=True)
            if isinstance(exc, ReviewerError) or not isinstance(exc, OSError | sqlite3.Error):
                raise
            raise ProjectError(
                say("could not save a copy: {reason}", reason=reason_of(exc)), target
            ) from exc
        return target

    # -- internals ------------------------------------------------------------------------

    def _write_and_apply(self, op: PendingOperation) -> int:
        """Write ``op`` and apply it to memory in one transaction; on failure, neither."""
        applied: list[Change] = []
        try:
            with self.writing():
                op_id = int(
                    self.db.execute(
                        "INSERT INTO operations (label, kind, target, author, time)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [op.label, op.kind, op.target, op.author, op.time],
                    ).lastrowid
                    or 0
                )
                for change in op.changes:
                    write_change(self.db, change)
                    apply_to_memory(self.transcript, self._by_id, change)
                    applied.append(change)
                write_revisions(self.db, op_id, op)
        except BaseException:
            for change in reversed(applied):
                apply_to_memory(self.transcript, self._by_id, change.inverted())
            raise
        return op_id

    def _hold(self, op: PendingOperation, reason: str) -> None:
        """Keep ``op`` in memory, unsaved, under a provisional id (see store.pending)."""
        for change in op.changes:
            apply_to_memory(self.transcript, self._by_id, change)
        self._provisional -= 1
        op.op_id = self._provisional
        self.pending.append(op)
        self.save_error = reason
        self.undo_log.record(op.op_id, op.kind, op.target, op.label)
        self.notify([Notice(NoticeKind.SAVING, label=reason)])

    def _restore_removed_file(self) -> None:
        """Write the project again at its path when the file was removed under us.

        The open connection still reads the removed file, so a backup of it is the whole
        project; it is built beside the path and renamed into place before the old connection
        closes, so at every moment one of the two holds everything.
        """
        if self._file_id is None or file_identity(self.path) is not None:
            return
        try:
            # A new O_EXCL file (reviewer.files), not a fixed name a link could be planted at.
            tmp = temp_beside(self.path, error=SaveError)
        except SaveError as exc:
            raise SaveError(
                say("could not save: the project file was removed ({reason})", reason=exc.message),
                self.path,
            ) from None
        try:
            schema.backup(self.db, tmp)
            Path(tmp).replace(self.path)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise SaveError(
                say(
                    "could not save: the project file was removed ({reason})", reason=reason_of(exc)
                ),
                self.path,
            ) from exc
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self.db = schema.ready(schema.connect(self.path))
        self._file_id = file_identity(self.path)

    def _reindex(self) -> None:
        self._rows = {s.id: i for i, s in enumerate(self.transcript.segments) if s.id is not None}

    def _notices(self, changes: list[Change], before: list[int], label: str) -> list[Notice]:
        notices: list[Notice] = []
        segment_changes = [c for c in changes if c.entity == "segment"]
        if any(c.field in (EXISTS, "start_ms", "end_ms") for c in segment_changes):
            self.transcript.sort()
            self._reindex()
            structure = _structure_notice(before, self.ids, label)
            if structure:
                notices.append(structure)
        touched = {c.entity_id for c in segment_changes if c.entity_id in self._rows}
        if touched:
            rows = [self._rows[i] for i in touched]
            fields = frozenset(c.field for c in segment_changes)
            notices.append(
                Notice(NoticeKind.SEGMENTS, min(rows), max(rows), frozenset(touched), label, fields)
            )
        if any(c.entity == "speaker" for c in changes):
            notices.append(Notice(NoticeKind.SPEAKERS, label=label))
        if any(c.entity == "meta" for c in changes):
            notices.append(Notice(NoticeKind.META, label=label))
        return notices


def _structure_notice(before: list[int], after: list[int], label: str) -> Notice | None:
    if before == after:
        return None
    if len(after) == len(before) + 1:
        new = (set(after) - set(before)).pop() if len(set(after) - set(before)) == 1 else None
        if new is not None and [i for i in after if i != new] == before:
            row = after.index(new)
            return Notice(NoticeKind.INSERTED, row, row, frozenset({new}), label)
    if len(after) == len(before) - 1:
        gone = set(before) - set(after)
        if len(gone) == 1:
            old = gone.pop()
            if [i for i in before if i != old] == after:
                row = before.index(old)
                return Notice(NoticeKind.REMOVED, row, row, frozenset({old}), label)
    return Notice(NoticeKind.RESET, label=label)


def _next_id(db: sqlite3.Connection, table: str) -> int:
    seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", [table]).fetchone()
    top = db.execute(f"SELECT MAX(id) FROM {table}").fetchone()
    return max(seq[0] if seq else 0, top[0] or 0) + 1


def temp_for(path: Path, failure: str) -> Path:
    """Return a new empty temporary file beside ``path`` (reviewer.files.temp_beside), or raise
    ProjectError starting with ``failure`` when ``path`` is not a place a project can go."""
    try:
        return temp_beside(check_target(path, replace=True, error=ProjectError), error=ProjectError)
    except ProjectError as exc:
        raise ProjectError(f"{failure}: {exc.message}", path) from None


def reason_of(exc: BaseException) -> str:
    """Say in a few words why a file operation failed, for a message that names the file."""
    # SQLite's and Python's messages may quote the file's own text ("Could not decode to UTF-8
    # column 'x' with text '...'"): shown escaped and cut short.
    text = trust.shown(str(exc) or type(exc).__name__, 160)[1:-1]
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    if "readonly" in text or "read-only" in text:
        return "the file is read-only"
    if "disk is full" in text or "database or disk is full" in text:
        return "the disk is full"
    if "locked" in text:
        return "another program has the file locked"
    return text
