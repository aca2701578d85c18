"""The schema's history: each step a sqlite-utils migration, the one source of truth.

An older file is upgraded by applying the steps it lacks (:func:`reviewer.store.schema.upgrade`).
A new file does not replay them: it is made from :mod:`reviewer.store.schema_sql`, the schema
these steps produce, written out by this module and checked against them by the tests (as
Rails loads ``schema.rb`` instead of running every migration). That keeps sqlite-utils, and
the 70 ms its import costs (click, pluggy, dateutil), off the start of every command and of
the window.

    python -m reviewer.store.migrations      # after adding a step: writes schema_sql.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

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


@MIGRATIONS(name="0003_search_finds_chinese")
def _search_finds_chinese(db: Database) -> None:
    """The full-text index with the trigram tokenizer, which finds any run of 3+ characters.

    The default tokenizer (unicode61) takes a run of Han characters as one word, so
    ``sqlite-utils search`` and datasette's search box found nothing for 真主党 inside
    黎巴嫩真主党的. Trigram indexes every three characters, in any script: Chinese of three
    characters or more, English words and their prefixes, case-insensitively. Queries of one or
    two characters match nothing through it (the app's own find does not use the index). On
    20,000 segments it builds in about 0.45 s and takes 9.9 MB against 2.3 MB (see
    bench/fts_tokenizers.py). Same table and trigger names, so tools that knew the file still do.
    """
    segments = db.table("segments")
    segments.disable_fts()
    # Filled from the table as it is, and kept in step by the same three triggers as before.
    segments.enable_fts(["source", "translation"], create_triggers=True, tokenize="trigram")


@MIGRATIONS(name="0004_index_follows_text_only")
def _index_follows_text_only(db: Database) -> None:
    """The full-text index is rewritten only when a segment's source or translation changes.

    sqlite-utils' update trigger fires on any column: every approval, speaker key or retime
    deleted and re-inserted the segment's trigrams, so the write-ahead log filled and
    checkpointed in the middle of key presses (a status change: median 0.05 ms, p99 9.4 ms,
    max 28 ms on 20,000 segments; firing on the text only: 0.01 / 0.02 / 0.05 ms).
    """
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'segments_au'").fetchone()[0]
    db.execute('DROP TRIGGER "segments_au"')
    db.execute(
        sql.replace(
            'AFTER UPDATE ON "segments"', 'AFTER UPDATE OF "source", "translation" ON "segments"'
        )
    )


def apply(conn: sqlite3.Connection, *, stop_before: str | None = None) -> int:
    """Apply the steps ``conn`` lacks (up to ``stop_before``); return how many it now has."""
    db = Database(conn)
    MIGRATIONS.apply(db, stop_before=stop_before)
    return len(MIGRATIONS.applied(db))


def schema_statements(conn: sqlite3.Connection) -> list[str]:
    """Return the SQL that makes ``conn``'s schema again in an empty file, in creation order.

    Tables SQLite makes by itself are left out: ``sqlite_sequence`` and the shadow tables of a
    full-text index (its ``CREATE VIRTUAL TABLE`` makes them). The migrations' own record is
    included, so a new file reads as having applied every step.
    """
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    virtual = [name for kind, name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    statements = [
        sql
        for kind, name, sql in rows
        if name != "sqlite_sequence"
        and not any(kind == "table" and name.startswith(f"{v}_") for v in virtual)
    ]
    for migration_set, name in conn.execute(
        f"SELECT migration_set, name FROM {Migrations.migrations_table} ORDER BY rowid"
    ):
        statements.append(
            f"INSERT INTO {Migrations.migrations_table} (migration_set, name, applied_at)"
            f" VALUES ('{migration_set}', '{name}',"
            " strftime('%Y-%m-%d %H:%M:%f000+00:00', 'now'))"
        )
    return statements


def schema_module() -> str:
    """Return the text of reviewer/store/schema_sql.py: the schema every step together makes,
    and the schema of each older version (what an older file must hold before it is upgraded:
    see :mod:`reviewer.store.trust`)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    count = apply(conn)
    names = [m.name for m in MIGRATIONS._migrations]
    older: list[str] = []
    for version in range(1, count):
        past = sqlite3.connect(":memory:", isolation_level=None)
        apply(past, stop_before=names[version])
        older.append(f"    {version}: (")
        older.extend(f"        {sql!r}," for sql in schema_statements(past))
        older.append("    ),")
        past.close()
    lines = [
        "# ruff: noqa: E501",
        '"""The schema of a new project file, as the steps of reviewer.store.migrations make it.',
        "",
        "Written by ``python -m reviewer.store.migrations``; do not edit by hand.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        f"VERSION = {count}",
        "",
        "STATEMENTS = (",
        *(f"    {sql!r}," for sql in schema_statements(conn)),
        ")",
        "",
        "# The schema of each older version, as the steps up to it make it (read, never run, to",
        "# check an older file before it is upgraded).",
        "OLDER: dict[int, tuple[str, ...]] = {",
        *older,
        "}",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    target = Path(__file__).with_name("schema_sql.py")
    target.write_text(schema_module(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
