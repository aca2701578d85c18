"""The project file's schema: tables, migrations and the marks that say the file is ours.

A project is a SQLite database (``.review``). ``PRAGMA application_id`` marks it as Reviewer's,
``PRAGMA user_version`` is the number of schema steps applied. Each step is a sqlite-utils
migration; an older file is copied aside (SQLite's backup API) before it is upgraded in place.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

APPLICATION_ID = 0x52565752  # "RVWR"
MIGRATIONS = Migrations("reviewer")


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    """The layout of the first development builds: segments, speakers, revisions."""
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("media").create(
        {"id": int, "path": str, "duration_ms": int, "size": int, "fingerprint": str}, pk="id"
    )
    # AUTOINCREMENT: an id is never reused, so revisions always name the same speaker/segment.
    db.execute(
        """CREATE TABLE speakers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE,
            color TEXT NOT NULL DEFAULT '',
            slot INTEGER,
            role TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE segments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            start_ms INTEGER NOT NULL,
            end_ms INTEGER NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id),
            source TEXT NOT NULL DEFAULT '',
            translation TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'unreviewed'
        )"""
    )
    db.table("segments").create_index(["start_ms"])
    db.table("operations").create(
        {"id": int, "label": str, "kind": str, "target": int, "author": str, "time": str},
        pk="id",
    )
    # old and new have no declared type, so a value keeps its own (a time stays an integer).
    db.execute(
        """CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            op_id INTEGER NOT NULL REFERENCES operations(id),
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            old,
            new,
            author TEXT NOT NULL,
            time TEXT NOT NULL
        )"""
    )
    db.table("revisions").create_index(["entity", "entity_id"])
    db.table("revisions").create_index(["op_id"])


@MIGRATIONS(name="0002_notes_tags_search")
def _notes_tags_search(db: Database) -> None:
    """Notes, free tags, checkpoints, the glossary, and full-text search over the text."""
    db.execute("ALTER TABLE segments ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    db.table("tags").create({"id": int, "name": str, "key": str, "color": str}, pk="id")
    db.table("tags").create_index(["name"], unique=True)
    db.table("segment_tags").create(
        {"segment_id": int, "tag_id": int},
        pk=("segment_id", "tag_id"),
        foreign_keys=[("segment_id", "segments", "id"), ("tag_id", "tags", "id")],
    )
    db.table("checkpoints").create(
        {"id": int, "name": str, "op_id": int, "author": str, "time": str}, pk="id"
    )
    db.table("glossary").create(
        {"id": int, "source": str, "translation": str, "avoid": str, "note": str}, pk="id"
    )
    db.table("segments").enable_fts(["source", "translation"], create_triggers=True)


SCHEMA_VERSION = len(MIGRATIONS._migrations)


def connect(path: str | Path, *, read_only: bool = False) -> Database:
    """Return a sqlite-utils Database on ``path`` in autocommit mode (transactions are explicit).

    Writes go through ``db.atomic()``; WAL lets a reader see the file while we write.
    """
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 2000")
    db = Database(conn)
    if not read_only:
        db.execute("PRAGMA journal_mode = WAL")
        # Under WAL, NORMAL keeps every committed transaction through a crash or kill -9 of the
        # app; only a power cut may drop the last commits, and never corrupts the file.
        db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def application_id(db: Database) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])


def user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def is_empty(db: Database) -> bool:
    return not db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()


def upgrade(db: Database, *, stop_before: str | None = None) -> None:
    """Apply pending schema steps and mark the file as ours at the version reached."""
    MIGRATIONS.apply(db, stop_before=stop_before)
    applied = len(MIGRATIONS.applied(db))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {applied}")


def backup(db: Database, target: str | Path) -> None:
    """Copy the whole database to ``target`` with SQLite's online backup API."""
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
