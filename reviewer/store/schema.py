"""The project file's schema: making, upgrading and opening it, and the marks that say it is ours.

A project is a SQLite database (``.review``). ``PRAGMA application_id`` marks it as Reviewer's,
``PRAGMA user_version`` is the number of schema steps applied. The steps are sqlite-utils
migrations (:mod:`reviewer.store.migrations`); an older file is copied aside (SQLite's backup
API) before it is upgraded in place. A new file is made from the schema the steps produce
(:mod:`reviewer.store.schema_sql`), so opening, editing and creating a project never import
sqlite-utils: the store talks to the ``sqlite3`` connection, in autocommit mode, with its
transactions explicit (:func:`transaction`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.lazy import lazy
from reviewer.store import schema_sql, trust

if TYPE_CHECKING:
    from reviewer.store import migrations
else:
    migrations = lazy("reviewer.store.migrations")  # reviewer.core.lazy.COMMANDS

APPLICATION_ID = 0x52565752  # "RVWR"
SCHEMA_VERSION = schema_sql.VERSION


def connect(path: str | Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Return a connection to ``path`` in autocommit mode (transactions are explicit), set up
    to read a file nobody vouches for (:func:`reviewer.store.trust.harden`).

    Nothing is written yet, not even the journal mode: :func:`ready` does that once the file
    has passed :func:`reviewer.store.trust.check_file` (or is one we have just made).
    """
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        trust.harden(conn)
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def ready(conn: sqlite3.Connection, *, read_only: bool = False) -> sqlite3.Connection:
    """Make ``conn``, whose file is checked or our own, ready for work: its triggers trusted
    and, when writable, WAL; return it."""
    trust.trust(conn)
    # Off, unlike sqlite-utils' Database: no statement of ours REPLACEs a segment (whose delete
    # triggers only recursive triggers would fire), and no trigger may re-enter itself.
    conn.execute("PRAGMA recursive_triggers = OFF")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        # Under WAL, NORMAL keeps every committed transaction through a crash or kill -9 of the
        # app; only a power cut may drop the last commits, and never corrupts the file.
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction around the block: committed when it ends, rolled back when it raises.

    Nested, it is a savepoint of the outer one (as sqlite-utils' ``Database.atomic``).
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # an error may have ended the whole transaction already
                conn.execute("ROLLBACK TO SAVEPOINT nested")
                conn.execute("RELEASE SAVEPOINT nested")
            raise
        conn.execute("RELEASE SAVEPOINT nested")
        return
    conn.execute("BEGIN")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def application_id(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])


def user_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def table_names(db: sqlite3.Connection) -> set[str]:
    return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def create(db: sqlite3.Connection) -> None:
    """Make the whole schema in the empty file ``db``, marked as ours at the latest version."""
    with transaction(db):
        for statement in schema_sql.STATEMENTS:
            db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {schema_sql.VERSION}")


def upgrade(db: sqlite3.Connection, *, stop_before: str | None = None) -> None:
    """Apply pending schema steps and mark the file as ours at the version reached."""
    applied = migrations.apply(db, stop_before=stop_before)
    db.execute("PRAGMA recursive_triggers = OFF")  # sqlite-utils' Database turned it on
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {applied}")


def backup(db: sqlite3.Connection, target: str | Path) -> None:
    """Copy the whole database to ``target`` with SQLite's online backup API."""
    dest = sqlite3.connect(str(target))
    try:
        db.backup(dest)
    finally:
        dest.close()
