"""A project file opened for review: the transcript in memory, kept in step with the file.

Every edit is one call here (see :mod:`reviewer.store.operations`): one transaction that writes
the new state and its revision rows together, then tells subscribers which rows changed.

>>> project = Project.create("clip.review", transcript)        # doctest: +SKIP
>>> project.set_translation(7, "Lebanon's Hezbollah said...")  # doctest: +SKIP
>>> project.undo()                                             # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer import __version__
from reviewer.author import author_name
from reviewer.core.errors import ProjectError, ReadOnlyProjectError, ReviewerError, SaveError
from reviewer.core.models import Segment, Speaker, Status, Transcript
from reviewer.files import check_target, publish, temp_beside
from reviewer.store import schema, sidecars, trust
from reviewer.store.changes import EXISTS, Change, decode
from reviewer.store.checkpoint_ops import CheckpointOps
from reviewer.store.loading import load_transcript, write_transcript_rows
from reviewer.store.lock import ProjectLock, break_lock, held_by_other_host
from reviewer.store.lock import peek as peek_lock
from reviewer.store.media import find_moved_media, media_row, write_media
from reviewer.store.operations import Operations
from reviewer.store.pending import (
    PendingOperation,
    file_identity,
    renumber,
    write_operation,
    write_revisions,
)
from reviewer.store.undo import UndoLog
from reviewer.store.validate import check_values
from reviewer.store.writer import apply_to_memory, write_change

if TYPE_CHECKING:
    from reviewer.store.history import Revision

_log = logging.getLogger("reviewer.store")

EXTENSION = ".review"
WAL_AUTOCHECKPOINT_PAGES = 8000


@dataclass(frozen=True)
class Notice:
    """What an operation changed, for the views.

    ``kind``: "segments" (rows ``first``..``last`` changed in place), "inserted" or "removed"
    (one row at ``first``), "reset" (order or many rows changed), "speakers", "meta".
    """

    kind: str
    first: int = -1
    last: int = -1
    ids: frozenset[int] = field(default_factory=frozenset)
    label: str = ""
    fields: frozenset[str] = field(default_factory=frozenset)  # segment fields changed


def now_iso() -> str:
    from datetime import datetime, timezone  # here: opening a project writes no time

    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def default_author() -> str:
    """Return the author when none is given: REVIEWER_AUTHOR, the stored name, the user name
    (see :mod:`reviewer.author`)."""
    return author_name()


class Project(Operations, CheckpointOps):
    """An open ``.review`` file and its transcript."""

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
        self._subscribers: list[Callable[[Notice], None]] = []
        self._next_id = {
            "segments": _next_id(db, "segments"),
            "speakers": _next_id(db, "speakers"),
        }
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

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        transcript: Transcript,
        *,
        media: str | None = None,
        author: str | None = None,
        label: str = "Import",
        replace: bool = True,
    ) -> Project:
        """Write a new project at ``path`` holding ``transcript`` and open it.

        The file is built beside the target and renamed into place, so a failure leaves nothing
        half-written. An existing file at ``path`` is replaced, unless ``replace`` is False
        (then reviewer.files.FileExistsRefused, see :meth:`write_new`).
        """
        author = author_name(author)
        path = cls.write_new(
            path, transcript, media=media, author=author, label=label, replace=replace
        )
        return cls.open(path, author=author)

    @classmethod
    def write_new(
        cls,
        path: str | Path,
        transcript: Transcript,
        *,
        media: str | None = None,
        author: str | None = None,
        label: str = "Import",
        replace: bool = True,
    ) -> Path:
        """Write a new project at ``path`` holding ``transcript``, without opening it (what
        ``reviewer import`` needs); as :meth:`create`, built beside and renamed into place.

        The segments and speakers of ``transcript`` get the ids they have in the file. Without
        ``replace``, an existing file there (even one made while this one was built) is never
        replaced: reviewer.files.FileExistsRefused, and nothing is left behind.
        """
        path = Path(path)
        author = author_name(author)
        # The temporary file is made with O_EXCL beside the target and kept (SQLite takes an
        # empty file as an empty database), so no planted link is ever opened.
        tmp = _temp_for(path, "cannot create the project")
        try:
            db = schema.ready(schema.connect(tmp))
            try:
                # No one else sees this file until it is renamed into place, and a failure
                # deletes it: its journal can stay in memory, each page written once (not to
                # the WAL and then again into the file), and the file is put in WAL mode last.
                db.execute("PRAGMA journal_mode = MEMORY")
                schema.create(db)
                with schema.transaction(db):
                    meta = {
                        "title": transcript.title,
                        "description": transcript.description,
                        "source_language": transcript.source_language,
                        "target_language": transcript.target_language,
                        "kind": transcript.kind,
                        "created": now_iso(),
                        "app_version": __version__,
                    }
                    db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
                    if media or transcript.media:
                        write_media(db, media_row(path, media or transcript.media or ""))
                    write_transcript_rows(db, transcript)
                    db.execute(
                        "INSERT INTO operations (label, kind, target, author, time)"
                        " VALUES (?, 'import', NULL, ?, ?)",
                        [label, author, now_iso()],
                    )
                db.execute("PRAGMA journal_mode = WAL")
            finally:
                db.close()
            target = Path(os.path.realpath(path))  # through a link, as the temporary file went
            if replace:
                _replace_project(tmp, target)
            else:
                _put_new_project(tmp, target)
        except BaseException as exc:  # whatever failed, no temporary file is left behind
            with contextlib.suppress(OSError):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(tmp) + suffix).unlink(missing_ok=True)
            if isinstance(exc, ReviewerError) or not isinstance(exc, OSError | sqlite3.Error):
                raise
            raise ProjectError(f"cannot create the project: {_reason(exc)}", path) from exc
        return path

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        author: str | None = None,
        read_only: bool = False,
        break_lock: bool = False,
    ) -> Project:
        """Open the project at ``path``, upgrading an older file (after a backup copy).

        Opens read-only, saying why in ``read_only_reason``, when asked to, when another
        Reviewer holds the lock, or when the file or its folder cannot be written.
        ``break_lock``: take over a lock that another machine holds (the editor was warned).
        The file is checked first (:mod:`reviewer.store.trust`, :mod:`reviewer.store.validate`,
        :mod:`reviewer.store.sidecars`): one that fails is refused, untouched.
        """
        path = Path(path)
        author = author_name(author)
        if not path.exists():
            raise ProjectError("no such project file", path)
        _check_header(path)
        reason = "opened read-only as asked" if read_only else ""
        lock: ProjectLock | None = None
        if not reason:
            if not os.access(path, os.W_OK) or not os.access(path.resolve().parent, os.W_OK):
                reason = "the file or its folder cannot be written (permissions)"
            else:
                lock = ProjectLock(path)
                try:
                    if break_lock:
                        _break_other_hosts_lock(path)
                    if not lock.acquire():
                        owner = lock.owner.describe() if lock.owner else "another process"
                        reason = f"it is open in another Reviewer: {owner}"
                        if lock.through_other_path:
                            reason = (
                                "it is open in another Reviewer through another path to the"
                                " same file (a hard link or a link)"
                            )
                        if held_by_other_host(lock.owner):
                            reason += " (its lock can be broken if that machine is off)"
                        lock = None
                except OSError as exc:
                    reason = f"cannot write its lock file ({_reason(exc)})"
                    lock = None
        db: sqlite3.Connection | None = None
        try:
            live, previous = _held_elsewhere(reason), lock.previous if lock else None
            if lock is None and not live:
                live, previous = peek_lock(path)
            notes = sidecars.examine(path, live=live, previous=previous)
            db = schema.connect(path, read_only=bool(reason))
            _check_ours(db, path)
            found = schema.user_version(db)
            if found > schema.SCHEMA_VERSION:
                raise ProjectError(
                    f"made by a newer Reviewer (schema {found}, this one"
                    f" reads up to {schema.SCHEMA_VERSION}); update Reviewer",
                    path,
                )
            version = trust.check_file(db, path, found)
            with trust.time_limit(db):
                check_values(db, path, version)
            schema.ready(db, read_only=bool(reason))
            if not reason and version < schema.SCHEMA_VERSION:
                _upgrade_with_backup(db, path)
            elif reason and version < schema.SCHEMA_VERSION:
                raise ProjectError(
                    f"an older project that needs upgrading, and it is read-only: {reason}", path
                )
            project = cls(path, db, author=author, lock=lock, read_only_reason=reason)
            project.opening_notes = notes
            for note in notes:
                _log.warning("%s", note)
            return project
        except sqlite3.DatabaseError as exc:
            _close_quietly(db, lock)
            raise ProjectError(f"not a Reviewer project or damaged: {_reason(exc)}", path) from exc
        except (ValueError, TypeError, KeyError, RecursionError, MemoryError) as exc:
            # The checks should leave nothing for these; if a value still slips through, the
            # editor gets a sentence, not a traceback, and the file is not touched.
            _close_quietly(db, lock)
            raise ProjectError(
                f"damaged: a value Reviewer cannot read ({type(exc).__name__}: "
                f"{trust.shown(str(exc), 80)}); nothing was changed",
                path,
            ) from exc
        except (ProjectError, OSError) as exc:
            _close_quietly(db, lock)
            if isinstance(exc, OSError):
                raise ProjectError(f"cannot read the file: {_reason(exc)}", path) from exc
            raise

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def close(self) -> None:
        """Close the file (a checkpoint of the WAL first) and release the lock."""
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

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ------------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        """Segment ids in row (time) order."""
        return [s.id for s in self.transcript.segments if s.id is not None]

    def segment(self, segment_id: int) -> Segment:
        try:
            return self._by_id[segment_id]
        except KeyError:
            raise ProjectError(f"no segment {segment_id}", self.path) from None

    def row_of(self, segment_id: int) -> int:
        return self._rows[segment_id]

    def speaker(self, name: str) -> Speaker | None:
        return self.transcript.speaker(name)

    def speaker_by_id(self, speaker_id: int) -> Speaker | None:
        return next((s for s in self.transcript.speakers if s.id == speaker_id), None)

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row and row[0] is not None else default

    @property
    def media_path(self) -> Path | None:
        """The media file's path, resolved against the project's folder when relative."""
        row = self.db.execute("SELECT path FROM media ORDER BY id LIMIT 1").fetchone()
        if not row or not row[0]:
            return None
        media = Path(row[0])
        return media if media.is_absolute() else (self.path.parent / media)

    def relink_moved_media(self) -> Path | None:
        """When the video is missing, look for it by name and size near the project; point the
        project at it and return it, or return None (nothing found, or nothing missing)."""
        row = self.db.execute("SELECT path, size FROM media ORDER BY id LIMIT 1").fetchone()
        current = self.media_path
        if not row or current is None or current.exists():
            return None
        found = find_moved_media(self.path, current, row[1])
        if found is not None and not self.read_only:
            self.set_media(found)
        return found

    def set_media(self, media: str | Path, duration_ms: int | None = None) -> None:
        """Point the project at ``media`` (a relink: not an edit of the transcript)."""
        self._require_writable()
        row = media_row(self.path, str(media))
        if duration_ms is not None:
            row["duration_ms"] = duration_ms
        with self._writing():
            write_media(self.db, row)
        self._notify([Notice("meta", label="media")])

    @property
    def media_duration_ms(self) -> int | None:
        """The media's length as last measured (by the player), or None when never measured."""
        row = self.db.execute("SELECT duration_ms FROM media ORDER BY id LIMIT 1").fetchone()
        return int(row[0]) if row and row[0] else None

    def record_media_duration(self, duration_ms: int) -> None:
        """Keep the media's length the player measured (exports end no cue after it); not an
        edit of the transcript, no revision. Nothing happens read-only or without media."""
        if self.read_only or duration_ms <= 0 or duration_ms == self.media_duration_ms:
            return
        with self._writing():
            self.db.execute("UPDATE media SET duration_ms = ?", [int(duration_ms)])

    def subscribe(self, callback: Callable[[Notice], None]) -> Callable[[], None]:
        """Call ``callback`` with each :class:`Notice`; return a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    # -- the one way the transcript changes ---------------------------------------------

    def commit(
        self, changes: list[Change], label: str, *, kind: str = "do", target: int | None = None
    ) -> int | None:
        """Apply ``changes`` as one operation: file, revisions and memory, or none of them.

        Returns the operation's id, or None when nothing changed.
        """
        changes = [c for c in changes if c.old != c.new]
        if not changes:
            return None
        self._require_writable()
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
        self._notify(self._notices(changes, order_before, label))
        return op.op_id

    def _write_and_apply(self, op: PendingOperation) -> int:
        """Write ``op`` and apply it to memory in one transaction; on failure, neither."""
        applied: list[Change] = []
        try:
            with self._writing():
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
        self._notify([Notice("saving", label=reason)])

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
                with self._writing():
                    real = write_operation(self.db, op)
                self.pending.pop(0)
                op.op_id = real
                renumber(self.undo_log, self.pending, provisional, real)
        except SaveError as exc:
            self.save_error = exc.message
            self._notify([Notice("saving", label=self.save_error)])
            return False
        self.save_error = ""
        self._notify([Notice("saving", label="")])
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
        tmp = _temp_for(target, "could not save a copy")
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
            raise ProjectError(f"could not save a copy: {_reason(exc)}", target) from exc
        return target

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
                f"could not save: the project file was removed ({exc.message})", self.path
            ) from None
        try:
            schema.backup(self.db, tmp)
            os.replace(tmp, self.path)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise SaveError(
                f"could not save: the project file was removed ({_reason(exc)})", self.path
            ) from exc
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self.db = schema.ready(schema.connect(self.path))
        self._file_id = file_identity(self.path)

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

    # -- internals ----------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyProjectError(
                f"the project is read-only: {self.read_only_reason}", self.path
            )

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; SQLite errors become a SaveError that names the file."""
        found = file_identity(self.path)
        if found != self._file_id:
            why = "removed" if found is None else "replaced by another file"
            raise SaveError(f"could not save: the project file was {why}", self.path)
        try:
            with schema.transaction(self.db):
                yield
        except sqlite3.Error as exc:
            raise SaveError(f"could not save: {_reason(exc)}", self.path) from exc

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
                Notice("segments", min(rows), max(rows), frozenset(touched), label, fields)
            )
        if any(c.entity == "speaker" for c in changes):
            notices.append(Notice("speakers", label=label))
        if any(c.entity == "meta" for c in changes):
            notices.append(Notice("meta", label=label))
        return notices

    def _notify(self, notices: Iterable[Notice]) -> None:
        for notice in notices:
            for callback in list(self._subscribers):
                callback(notice)


def _temp_for(path: Path, failure: str) -> Path:
    """Return a new empty temporary file beside ``path`` (reviewer.files.temp_beside), or raise
    ProjectError starting with ``failure`` when ``path`` is not a place a project can go."""
    try:
        return temp_beside(check_target(path, replace=True, error=ProjectError), error=ProjectError)
    except ProjectError as exc:
        raise ProjectError(f"{failure}: {exc.message}", path) from None


def _put_new_project(new: Path, path: Path) -> None:
    """Link the project file ``new`` in at ``path``, where there must be nothing: of two
    imports to the same new file, the second gets FileExistsRefused."""
    if not path.exists():
        for suffix in ("-wal", "-shm"):  # left by a project deleted since: not this one's
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    publish(new, path, replace=False, error=ProjectError)


def _replace_project(new: Path, path: Path) -> None:
    """Put the project file ``new`` at ``path``, over the project there if there is one.

    Refuses (ProjectError) when that project is open in a Reviewer. Its ``-wal`` and ``-shm``
    files go first: SQLite would otherwise play the old project's last commits into the new
    file (or find it damaged).
    """
    leftovers = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    if not path.exists() and not any(p.exists() for p in leftovers):
        os.replace(new, path)
        return
    lock = ProjectLock(path)
    if not lock.acquire():
        owner = lock.owner.describe() if lock.owner else "another process"
        raise ProjectError(
            f"cannot replace it: it is open in another Reviewer ({owner}); close it there first",
            path,
        )
    try:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        os.replace(new, path)
    finally:
        lock.release()


def _structure_notice(before: list[int], after: list[int], label: str) -> Notice | None:
    if before == after:
        return None
    if len(after) == len(before) + 1:
        new = (set(after) - set(before)).pop() if len(set(after) - set(before)) == 1 else None
        if new is not None and [i for i in after if i != new] == before:
            row = after.index(new)
            return Notice("inserted", row, row, frozenset({new}), label)
    if len(after) == len(before) - 1:
        gone = set(before) - set(after)
        if len(gone) == 1:
            old = gone.pop()
            if [i for i in before if i != old] == after:
                row = before.index(old)
                return Notice("removed", row, row, frozenset({old}), label)
    return Notice("reset", label=label)


def _next_id(db: sqlite3.Connection, table: str) -> int:
    seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", [table]).fetchone()
    top = db.execute(f"SELECT MAX(id) FROM {table}").fetchone()
    return max(seq[0] if seq else 0, top[0] or 0) + 1


def _break_other_hosts_lock(path: Path) -> None:
    """Break the lock of ``path`` when it names another machine (a lock of this machine is
    broken only by closing its Reviewer, or by its process ending)."""
    owner = peek_lock(path)[1]
    if held_by_other_host(owner):
        assert owner is not None
        break_lock(path)
        _log.warning("broke the lock of %s", owner.describe())


def _held_elsewhere(reason: str) -> bool:
    """Whether another Reviewer has the project open (its WAL is then live, not a leftover)."""
    return reason.startswith("it is open in another Reviewer")


def _close_quietly(db: sqlite3.Connection | None, lock: ProjectLock | None) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()
    if lock:
        lock.release()


def _check_header(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not an SQLite database at all."""
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as exc:
        raise ProjectError(f"cannot read the file: {_reason(exc)}", path) from exc
    if not header:
        raise ProjectError("the file is empty: not a Reviewer project", path)
    if header != b"SQLite format 3\x00":
        raise ProjectError("not a Reviewer project (not an SQLite file)", path)


def _check_ours(db: sqlite3.Connection, path: Path) -> None:
    app_id = schema.application_id(db)
    if app_id != schema.APPLICATION_ID and not (app_id == 0 and _looks_like_ours(db)):
        raise ProjectError("not a Reviewer project (a SQLite file of another program)", path)


def _looks_like_ours(db: sqlite3.Connection) -> bool:
    return {"segments", "revisions", "operations"} <= schema.table_names(db)


def _upgrade_with_backup(db: sqlite3.Connection, path: Path) -> None:
    version = schema.user_version(db)
    backup = path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")
    schema.backup(db, backup)
    try:
        schema.upgrade(db)
    except sqlite3.Error as exc:
        raise ProjectError(
            f"could not upgrade from schema {version}: {_reason(exc)};"
            f" the file is unchanged and a copy is at {backup}",
            path,
        ) from exc


def _reason(exc: BaseException) -> str:
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


__all__ = ["EXTENSION", "Notice", "Project", "Status"]
