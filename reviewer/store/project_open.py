"""Opening, creating and upgrading a project file into a :class:`ProjectFile`.

Opening checks the file before it is used (:mod:`reviewer.store.trust`,
:mod:`reviewer.store.validate`, :mod:`reviewer.store.sidecars`), takes its lock or says why it is
read-only, and upgrades an older schema after a backup copy. Creating builds the file beside
the target and renames it into place, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from reviewer import __version__
from reviewer.author import author_name
from reviewer.core.clock import now_iso
from reviewer.core.errors import ProjectError, ReviewerError, say
from reviewer.core.models import Transcript
from reviewer.files import publish
from reviewer.store import schema, sidecars, trust
from reviewer.store.loading import write_transcript_rows
from reviewer.store.lock import ProjectLock, break_lock, held_by_other_host
from reviewer.store.lock import peek as peek_lock
from reviewer.store.media import media_row, write_media
from reviewer.store.project_file import ProjectFile, reason_of, temp_for
from reviewer.store.validate import check_values

_log = logging.getLogger("reviewer.store")


def write_new(
    path: str | Path,
    transcript: Transcript,
    *,
    media: str | None = None,
    author: str | None = None,
    label: str = "Import",
    replace: bool = True,
) -> Path:
    """Write a new project at ``path`` holding ``transcript``, without opening it (what
    ``reviewer import`` needs), built beside and renamed into place.

    The segments and speakers of ``transcript`` get the ids they have in the file. Without
    ``replace``, an existing file there (even one made while this one was built) is never
    replaced: reviewer.files.FileExistsRefused, and nothing is left behind.
    """
    path = Path(path)
    author = author_name(author)
    # The temporary file is made with O_EXCL beside the target and kept (SQLite takes an
    # empty file as an empty database), so no planted link is ever opened.
    tmp = temp_for(path, "cannot create the project")
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
        raise ProjectError(
            say("cannot create the project: {reason}", reason=reason_of(exc)), path
        ) from exc
    return path


def open_file(
    path: str | Path,
    *,
    author: str | None = None,
    read_only: bool = False,
    break_lock: bool = False,
) -> ProjectFile:
    """Open the project at ``path``, upgrading an older file (after a backup copy).

    Opens read-only, saying why in ``read_only_reason``, when asked to, when another
    Reviewer holds the lock, or when the file or its folder cannot be written.
    ``break_lock``: take over a lock that another machine holds (the editor was warned).
    A file that fails the checks is refused, untouched.
    """
    path = Path(path)
    author = author_name(author)
    if not path.exists():
        raise ProjectError(say("no such project file"), path)
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
                reason = f"cannot write its lock file ({reason_of(exc)})"
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
                say(
                    "made by a newer Reviewer (schema {found}, this one reads up to {newest});"
                    " update Reviewer",
                    found=found,
                    newest=schema.SCHEMA_VERSION,
                ),
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
                say(
                    "an older project that needs upgrading, and it is read-only: {reason}",
                    reason=reason,
                ),
                path,
            )
        opened = ProjectFile(path, db, author=author, lock=lock, read_only_reason=reason)
        opened.opening_notes = notes
        for note in notes:
            _log.warning("%s", note)
        return opened
    except sqlite3.DatabaseError as exc:
        _close_quietly(db, lock)
        raise ProjectError(
            say("not a Reviewer project or damaged: {reason}", reason=reason_of(exc)), path
        ) from exc
    except (ValueError, TypeError, KeyError, RecursionError, MemoryError) as exc:
        # The checks should leave nothing for these; if a value still slips through, the
        # editor gets a sentence, not a traceback, and the file is not touched.
        _close_quietly(db, lock)
        raise ProjectError(
            say(
                "damaged: a value Reviewer cannot read ({kind}: {value}); nothing was changed",
                kind=type(exc).__name__,
                value=trust.shown(str(exc), 80),
            ),
            path,
        ) from exc
    except (ProjectError, OSError) as exc:
        _close_quietly(db, lock)
        if isinstance(exc, OSError):
            raise ProjectError(
                say("cannot read the file: {reason}", reason=reason_of(exc)), path
            ) from exc
        raise


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
            say(
                "cannot replace it: it is open in another Reviewer ({owner}); close it there first",
                owner=owner,
            ),
            path,
        )
    try:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        os.replace(new, path)
    finally:
        lock.release()


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
        raise ProjectError(
            say("cannot read the file: {reason}", reason=reason_of(exc)), path
        ) from exc
    if not header:
        raise ProjectError(say("the file is empty: not a Reviewer project"), path)
    if header != b"SQLite format 3\x00":
        raise ProjectError(say("not a Reviewer project (not an SQLite file)"), path)


def _check_ours(db: sqlite3.Connection, path: Path) -> None:
    app_id = schema.application_id(db)
    if app_id != schema.APPLICATION_ID and not (app_id == 0 and _looks_like_ours(db)):
        raise ProjectError(say("not a Reviewer project (a SQLite file of another program)"), path)


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
            say(
                "could not upgrade from schema {version}: {reason}; the file is unchanged and a"
                " copy is at {backup}",
                version=version,
                reason=reason_of(exc),
                backup=str(backup),
            ),
            path,
        ) from exc
