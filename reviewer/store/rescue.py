"""Rescue: the data of a project Reviewer refuses to open, copied into a fresh file it makes.

A refused file (extra triggers or views, a table missing or changed, values Reviewer would
not have written, damaged pages) is never opened for writing and never changed. What it holds
is read table by table, column by column, through a connection that runs nothing of the file's
(:func:`reviewer.store.trust.harden`: no trigger or view of its own may act), and written into
a new project with Reviewer's own schema. Values that the checks refuse are repaired where the
repair loses nothing an editor wrote (a status that is no status becomes "flagged", a speaker
or tag that names nothing is dropped from the segment), and left out otherwise; every repair
and every row left out is counted in the notes. The new file is then opened with every check,
and the rescue is recorded as an operation of its history.

>>> rescue(Path("from-a-colleague.review"))            # doctest: +SKIP
(PosixPath('from-a-colleague.rescued.review'), ['segments: 1 value that was not text emptied'])
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from reviewer.core.errors import ProjectError, ReviewerError, say
from reviewer.files import FileExistsRefused, publish, temp_beside
from reviewer.store import schema, sidecars, trust
from reviewer.store.lock import peek
from reviewer.store.validate import CHECKS

# The tables and the columns Reviewer reads, in the order rows must be written (references).
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("meta", ("key", "value")),
    ("media", ("id", "path", "duration_ms", "size", "fingerprint")),
    ("speakers", ("id", "name", "color", "slot", "role")),
    ("tags", ("id", "name", "key", "color")),
    (
        "segments",
        ("id", "start_ms", "end_ms", "speaker_id", "source", "translation", "status", "note"),
    ),
    ("segment_tags", ("segment_id", "tag_id")),
    ("operations", ("id", "label", "kind", "target", "author", "time")),
    ("revisions", ("id", "op_id", "entity", "entity_id", "field", "old", "new", "author", "time")),
    ("checkpoints", ("id", "name", "op_id", "author", "time")),
    ("glossary", ("id", "source", "translation", "avoid", "note")),
)

# How a refused value is repaired instead of its row being left out: (table, column) -> SET.
_REPAIRS = {
    ("segments", "source"): "source = ''",
    ("segments", "translation"): "translation = ''",
    ("segments", "note"): "note = ''",
    ("segments", "status"): "status = 'flagged'",
    ("segments", "speaker_id"): "speaker_id = NULL",
    ("speakers", "color"): "color = ''",
    ("speakers", "role"): "role = ''",
    ("speakers", "slot"): "slot = NULL",
    ("tags", "key"): "key = '', color = ''",
    ("media", "duration_ms"): "duration_ms = NULL, size = NULL",
    ("media", "fingerprint"): "fingerprint = NULL",
    ("checkpoints", "op_id"): "op_id = NULL",
    ("operations", "target"): "target = NULL",
}


def rescued_path(source: Path) -> Path:
    """Return a free name beside ``source`` for its rescue: NAME.rescued.review (-2, -3...)."""
    stem = source.name.removesuffix(".review")
    for n in range(1, 1000):
        candidate = source.with_name(f"{stem}.rescued{'' if n == 1 else f'-{n}'}.review")
        if not os.path.lexists(candidate):
            return candidate
    raise ProjectError(say("no free name for the rescued project beside it"), source)


def rescue(
    source: str | Path, target: str | Path | None = None, *, author: str | None = None
) -> tuple[Path, list[str]]:
    """Copy what ``source`` holds into a new project at ``target`` (default: beside it, see
    :func:`rescued_path`); return the new file and the notes of what was repaired or left out.

    ``source`` is only read. Raises ProjectError when nothing of it can be read or when
    ``target`` exists.
    """
    from reviewer.core.clock import now_iso
    from reviewer.store.project import Project, default_author

    source = Path(source)
    target = Path(target) if target is not None else rescued_path(source)
    if os.path.lexists(target):
        raise ProjectError(
            say("exists already: the rescue writes a new file, never over one"), target
        )
    if not source.is_file():
        raise ProjectError(say("no such project file"), source)
    live, previous = peek(source)
    notes = sidecars.examine(source, live=live, previous=previous)
    rows, read_notes = _read_all(source)
    notes += read_notes
    if not rows.get("segments") and not rows.get("meta"):
        raise ProjectError(say("nothing could be read from it: not a Reviewer project"), source)
    # A new empty file, O_EXCL and never through a link planted at its name (reviewer.files);
    # SQLite takes an empty file as an empty database.
    tmp = temp_beside(target, error=ProjectError)
    try:
        db = schema.ready(schema.connect(tmp))
        try:
            db.execute("PRAGMA journal_mode = MEMORY")
            db.execute("PRAGMA foreign_keys = OFF")  # references are checked as values below
            schema.create(db)
            with schema.transaction(db):
                notes += _write_all(db, rows)
                notes += _repair(db)
                db.execute(
                    "INSERT INTO operations (label, kind, target, author, time)"
                    " VALUES (?, 'import', NULL, ?, ?)",
                    [f"Rescued from {source.name}", author or default_author(), now_iso()],
                )
            db.execute("PRAGMA journal_mode = WAL")
        finally:
            db.close()
        try:  # linked in where nothing is: never over a file, even one made meanwhile
            publish(tmp, target, replace=False, error=ProjectError)
        except FileExistsRefused:
            raise ProjectError(
                say("exists already: the rescue writes a new file, never over one"), target
            ) from None
        _remove(tmp)
    except (OSError, sqlite3.Error) as exc:
        _remove(tmp)
        raise ProjectError(f"cannot write the rescued project: {exc}", target) from exc
    except BaseException:
        _remove(tmp)
        raise
    try:  # every check, as any later open makes them; a copy that fails them is not left
        Project.open(target, read_only=True).close()
    except ReviewerError as exc:
        _remove(target)
        raise ProjectError(f"the rescued copy would not open either ({exc})", source) from None
    return target, notes


def _remove(tmp: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{tmp}{suffix}").unlink()


def _read_all(source: Path) -> tuple[dict[str, list[tuple[object, ...]]], list[str]]:
    """Read the known columns of the known tables of ``source``; a table that cannot be read
    (missing, a view, damaged) is left out with a note."""
    rows: dict[str, list[tuple[object, ...]]] = {}
    notes: list[str] = []
    try:
        db = schema.connect(source, read_only=True)
    except sqlite3.Error as exc:
        raise ProjectError(f"cannot read it at all: {exc}", source) from exc
    # Text that is not UTF-8 is kept with U+FFFD where the bytes made no character.
    db.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        with trust.time_limit(db):
            kinds = dict(db.execute("SELECT name, type FROM sqlite_master"))
            for table, columns in TABLES:
                if kinds.get(table) != "table":
                    what = "missing" if table not in kinds else f"a {kinds[table]}, not a table"
                    notes.append(f"{table}: {what}; nothing of it could be rescued")
                    continue
                present = {r[1] for r in db.execute(f'PRAGMA table_info("{table}")')}
                chosen = [c for c in columns if c in present]
                try:
                    rows[table] = [
                        tuple(row)
                        for row in db.execute(f'SELECT {", ".join(chosen)} FROM "{table}"')
                    ]
                except sqlite3.Error as exc:
                    notes.append(f"{table}: could not be read ({exc}); nothing of it rescued")
                    continue
                rows[f"{table}:columns"] = [tuple(chosen)]
    except sqlite3.Error as exc:
        notes.append(f"reading stopped: {exc}")
    finally:
        db.close()
    return rows, notes


def _write_all(db: sqlite3.Connection, rows: dict[str, list[tuple[object, ...]]]) -> list[str]:
    notes: list[str] = []
    for table, _columns in TABLES:
        if table not in rows:
            continue
        chosen = rows[f"{table}:columns"][0]
        marks = ", ".join("?" for _ in chosen)
        sql = f'INSERT OR IGNORE INTO "{table}" ({", ".join(map(str, chosen))}) VALUES ({marks})'
        written = 0
        for row in rows[table]:
            written += db.execute(sql, row).rowcount
        if written < len(rows[table]):
            notes.append(
                f"{table}: {len(rows[table]) - written} of {len(rows[table])} rows left out"
                " (a value missing, or the same id or name twice)"
            )
    return notes


def _repair(db: sqlite3.Connection) -> list[str]:
    """Repair or leave out what the value checks refuse; return a note for each kind."""
    notes: list[str] = []
    for _round in range(3):  # leaving out a row may leave a reference dangling: go again
        changed = 0
        for table, problem, condition, column in CHECKS:
            repair = _REPAIRS.get((table, column))
            if repair:
                count = db.execute(f"UPDATE {table} SET {repair} WHERE {condition}").rowcount
                verb = "repaired"
            else:
                count = db.execute(f"DELETE FROM {table} WHERE {condition}").rowcount
                verb = "left out"
            if count:
                changed += count
                notes.append(f"{table}: {count} row(s) {verb}: {problem}")
        if not changed:
            break
    return notes
