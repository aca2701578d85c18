"""Hostile project files, made as an attacker or bad luck would (plain sqlite3, as the sqlite3
command would), for the store's, the command line's and the window's tests.

Importable as ``hostile_files``: pytest puts tests/ on the path.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from helpers import sample_transcript

from reviewer.store import Project

# name -> SQL run on a copy of a good project: one probe of issue 19 each.
PROBES: dict[str, str] = {
    "trigger_on_our_writes": (
        "CREATE TRIGGER wipe AFTER UPDATE ON segments BEGIN"
        " DELETE FROM glossary; UPDATE meta SET value = 'pwned' WHERE key = 'title'; END;"
    ),
    "trigger_swallowing_revisions": (
        "CREATE TRIGGER swallow AFTER INSERT ON revisions BEGIN"
        " DELETE FROM revisions WHERE id = new.id; END;"
    ),
    "view_in_place_of_a_table": (
        "ALTER TABLE meta RENAME TO meta_old;"
        " CREATE VIEW meta AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)"
        " SELECT 'title' AS key, x AS value FROM r;"
    ),
    "recursive_trigger": (
        "CREATE TRIGGER again AFTER UPDATE ON meta BEGIN"
        " UPDATE meta SET value = value || 'x' WHERE key = new.key; END;"
    ),
    "blob_in_text_column": "UPDATE segments SET translation = x'00ff41' WHERE id = 2;",
    "text_start_time": "UPDATE segments SET start_ms = 'soon' WHERE id = 3;",
    "unknown_status": "UPDATE segments SET status = 'done' WHERE id = 1;",
    "dangling_tag": "INSERT INTO segment_tags (segment_id, tag_id) VALUES (1, 999);",
    "dangling_speaker": "UPDATE segments SET speaker_id = 77 WHERE id = 4;",
    "dropped_table": "DROP TABLE glossary;",
    "blob_title": "UPDATE meta SET value = x'ff00' WHERE key = 'title';",
}


def make_project(path: Path, *, edits: int = 2) -> Path:
    """A good project at ``path``: the sample news transcript, a tag, a glossary term, edits."""
    with Project.create(path, sample_transcript(), author="importer") as project:
        first = project.ids[0]
        for n in range(edits):
            project.set_translation(first, f"Good evening ({n}).")
        project.db.execute(
            "INSERT INTO glossary (source, translation, avoid, note)"
            " VALUES ('拉夫罗夫', 'Lavrov', 'Lavrof', '')"
        )
    return path


def hostile(tmp_path: Path, probe: str) -> Path:
    """A copy of a good project with the probe ``probe`` (a key of PROBES) applied."""
    path = make_project(tmp_path / f"{probe}.review")
    run_sql(path, PROBES[probe])
    return path


def run_sql(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(sql)
    finally:
        conn.close()


def null_start_time(tmp_path: Path) -> Path:
    """A NULL in segments.end_ms under a schema that says NOT NULL (written with the schema
    loosened for a moment, as a careless tool could)."""
    path = make_project(tmp_path / "null_start.review")
    loose = "replace(sql, 'start_ms INTEGER NOT NULL', 'start_ms INTEGER')"
    tight = "replace(sql, 'start_ms INTEGER,', 'start_ms INTEGER NOT NULL,')"
    run_sql(
        path,
        f"PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = {loose}"
        " WHERE name = 'segments';",
    )
    run_sql(path, "UPDATE segments SET start_ms = NULL WHERE id = 2;")
    run_sql(
        path,
        f"PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = {tight}"
        " WHERE name = 'segments';",
    )
    return path


_HOLD_OPEN = textwrap.dedent(
    """
    import os, sys
    from reviewer.store import Project
    project = Project.open(sys.argv[1], author="crash")
    project.db.execute("PRAGMA wal_autocheckpoint = 0")
    project.set_translation(project.ids[0], sys.argv[2])
    os._exit(0)  # as a crash would: no close, no checkpoint, the lock file left behind
    """
)


def crash_after_edit(path: Path, translation: str) -> None:
    """Edit ``path`` in another process that then dies without closing: its WAL and its lock
    file stay beside the project, as after a crash or kill -9."""
    subprocess.run([sys.executable, "-c", _HOLD_OPEN, str(path), translation], check=True)


def wal_of_another_database(tmp_path: Path) -> bytes:
    """The -wal of an unrelated SQLite database (another program's), caught before checkpoint."""
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?)", [("secret",) * 1] * 50)
    data = Path(f"{other}-wal").read_bytes()
    conn.close()
    return data


def wal_of_a_copy(path: Path, tmp_path: Path) -> Path:
    """Copy the project ``path`` (with nothing beside it), edit the copy in a process that
    crashes: return the copy, whose -wal and lock file are left beside it."""
    copy = tmp_path / "copy" / path.name
    copy.parent.mkdir(exist_ok=True)
    shutil.copy(path, copy)
    crash_after_edit(copy, "written in the copy")
    return copy


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
