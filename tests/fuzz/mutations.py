"""Seeded mutations of a real project file: its values, its schema and its pages.

Each case is a copy of a good project (the sample news transcript with edits, a tag, a
glossary term) with one to three mutations, described in words so that a failure says how to
make the file again.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

PAGE = 4096

# Values SQLite will store in any column: wrong types, edges, text that is not text.
VALUES: tuple[object, ...] = (
    None,
    b"\x00\xff\xfe",
    b"",
    "",
    "x" * 10_000,
    "\x00\x1b[31m\u202e",
    "\ud800".encode("utf-8", "surrogatepass"),
    -1,
    0,
    2**63 - 1,
    -(2**63),
    2**31,
    3.5,
    float("inf"),
    "12:00",
    "approved ",
    "done",
    "[1, 2",
    '{"id": "x"}',
    "null",
)

# (table, column) pairs a mutation may set.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("meta", "value"),
    ("meta", "key"),
    ("media", "path"),
    ("media", "duration_ms"),
    ("speakers", "name"),
    ("speakers", "slot"),
    ("speakers", "color"),
    ("tags", "name"),
    ("segments", "start_ms"),
    ("segments", "end_ms"),
    ("segments", "speaker_id"),
    ("segments", "source"),
    ("segments", "translation"),
    ("segments", "status"),
    ("segments", "note"),
    ("segment_tags", "tag_id"),
    ("segment_tags", "segment_id"),
    ("operations", "kind"),
    ("operations", "target"),
    ("revisions", "op_id"),
    ("revisions", "entity"),
    ("revisions", "field"),
    ("revisions", "old"),
    ("revisions", "new"),
    ("checkpoints", "op_id"),
    ("glossary", "source"),
)

SCHEMA_CHANGES: tuple[str, ...] = (
    "CREATE TRIGGER fz AFTER UPDATE ON segments BEGIN DELETE FROM glossary; END",
    "CREATE TRIGGER fz AFTER INSERT ON revisions BEGIN DELETE FROM revisions; END",
    "CREATE VIEW fz AS SELECT * FROM segments",
    "DROP TABLE glossary",
    "DROP TABLE segment_tags",
    "DROP INDEX idx_segments_start_ms",
    "DROP TRIGGER segments_au",
    "ALTER TABLE segments ADD COLUMN extra TEXT",
    "CREATE TABLE fz (x)",
    "CREATE INDEX fz ON segments (translation)",
    "ALTER TABLE meta RENAME TO meta_old; CREATE VIEW meta AS SELECT key, value FROM meta_old",
    "PRAGMA user_version = 1",
    "PRAGMA user_version = 99",
    "PRAGMA user_version = -3",
    "PRAGMA application_id = 7",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA writable_schema = ON;"
    " UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name = 'segments'",
    "PRAGMA writable_schema = ON;"
    " UPDATE sqlite_master SET sql = 'CREATE TABLE segments(' WHERE name = 'segments'",
    "PRAGMA writable_schema = ON; DELETE FROM sqlite_master WHERE name = 'speakers'",
)


def _sql(path: Path, script: str, args: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if args:
            conn.execute(script, args)
        else:
            conn.executescript(script)
    finally:
        conn.close()


def mutate_value(path: Path, rng: random.Random) -> str:
    table, column = rng.choice(COLUMNS)
    value = rng.choice(VALUES)
    conn = sqlite3.connect(path, isolation_level=None)
    rowid = None
    try:
        rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table}")]
        if not rowids:
            return f"no rows in {table}"
        rowid = rng.choice(rowids)
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowid))
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # an earlier mutation broke the file
        return f"{table}.{column} row {rowid} = {value!r:.40} refused by SQLite ({exc})"
    finally:
        conn.close()
    return f"{table}.{column} row {rowid} = {value!r:.40}"


def mutate_schema(path: Path, rng: random.Random) -> str:
    change = rng.choice(SCHEMA_CHANGES)
    try:
        _sql(path, change)
    except sqlite3.Error as exc:
        return f"schema: {change} refused by SQLite ({exc})"
    return f"schema: {change}"


def mutate_pages(path: Path, rng: random.Random) -> str:
    data = bytearray(path.read_bytes())
    pages = max(1, len(data) // PAGE)
    kind = rng.choice(("flip", "zero", "truncate", "swap", "header"))
    if kind == "flip":
        page = rng.randrange(pages)
        for _ in range(rng.randint(1, 16)):
            at = page * PAGE + rng.randrange(PAGE)
            if at < len(data):
                data[at] ^= 1 << rng.randrange(8)
        what = f"pages: bits flipped in page {page + 1}"
    elif kind == "zero":
        page = rng.randrange(pages)
        data[page * PAGE : (page + 1) * PAGE] = bytes(PAGE)
        what = f"pages: page {page + 1} zeroed"
    elif kind == "truncate":
        keep = rng.randrange(pages)
        del data[keep * PAGE + rng.choice((0, 100, 1000)) :]
        what = f"pages: cut after {len(data)} bytes"
    elif kind == "swap":
        a, b = rng.randrange(pages), rng.randrange(pages)
        pa, pb = bytes(data[a * PAGE : (a + 1) * PAGE]), bytes(data[b * PAGE : (b + 1) * PAGE])
        data[a * PAGE : (a + 1) * PAGE], data[b * PAGE : (b + 1) * PAGE] = pb, pa
        what = f"pages: {a + 1} and {b + 1} swapped"
    else:
        at = rng.randrange(16, 100)
        data[at] = rng.randrange(256)
        what = f"pages: header byte {at} = {data[at]}"
    path.write_bytes(bytes(data))
    return what


MUTATORS: tuple[Callable[[Path, random.Random], str], ...] = (
    mutate_value,
    mutate_value,
    mutate_schema,
    mutate_pages,
)


def make_case(base: Path, target: Path, rng: random.Random) -> list[str]:
    """Copy ``base`` to ``target`` and apply one to three mutations; return what was done."""
    shutil.copy(base, target)
    return [rng.choice(MUTATORS)(target, rng) for _ in range(rng.randint(1, 3))]
