"""The values of a project file checked before they are loaded: types, ranges, statuses and
references, each refused with a sentence that names the table and the row.

SQLite keeps any value in any column (a column's type is a preference), and another program may
have written the file. A BLOB where text belongs crashed the window, a start time in text or a
tag id that names nothing ended in a traceback. Each check is one SQL scan (``typeof``) that
stops at the first bad row: a 3-hour project (5,000 segments, 60,000 revisions) is checked in
a few milliseconds (bench/trust.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reviewer.core.models import Status
from reviewer.store.trust import UntrustedProjectError, shown

MAX_TIME_MS = 500 * 3600 * 1000  # 500 hours: under 2^31 ms, the most a video pane can seek to
STATUSES = tuple(s.value for s in Status)
_STATUS_LIST = ", ".join(f"'{s}'" for s in STATUSES)
_TIME = "a time in milliseconds (0 to 500 hours)"


def _text(column: str) -> str:
    return f"typeof({column}) != 'text'"


def _text_or_null(column: str) -> str:
    return f"typeof({column}) NOT IN ('text', 'null')"


def _time(column: str) -> str:
    return f"typeof({column}) != 'integer' OR {column} < 0 OR {column} > {MAX_TIME_MS}"


# (table, what a bad value is, SQL condition that finds one, the column to show)
CHECKS: tuple[tuple[str, str, str, str], ...] = (
    ("meta", "the key is not text", _text("key"), "key"),
    ("meta", "the value is not text", _text_or_null("value"), "value"),
    ("media", "the path is not text", _text_or_null("path"), "path"),
    (
        "media",
        "the duration or size is not a whole number",
        "typeof(duration_ms) NOT IN ('integer', 'null') OR typeof(size) NOT IN ('integer', 'null')",
        "duration_ms",
    ),
    ("media", "the fingerprint is not text", _text_or_null("fingerprint"), "fingerprint"),
    ("speakers", "the name is not text", _text("name"), "name"),
    ("speakers", "the colour is not text", _text_or_null("color"), "color"),
    ("speakers", "the role is not text", _text_or_null("role"), "role"),
    (
        "speakers",
        "the key slot is not a number from 0 to 9",
        "slot IS NOT NULL AND (typeof(slot) != 'integer' OR slot < 0 OR slot > 9)",
        "slot",
    ),
    ("tags", "the name is not text", _text("name"), "name"),
    (
        "tags",
        "the key or colour is not text",
        f"{_text_or_null('key')} OR {_text_or_null('color')}",
        "key",
    ),
    (
        "segments",
        "the start time is not a time in milliseconds (0 to 500 hours)",
        _time("start_ms"),
        "start_ms",
    ),
    (
        "segments",
        "the end time is not a time in milliseconds (0 to 500 hours)",
        _time("end_ms"),
        "end_ms",
    ),
    ("segments", "the source text is not text", _text("source"), "source"),
    ("segments", "the translation is not text", _text("translation"), "translation"),
    ("segments", "the note is not text", _text("note"), "note"),
    (
        "segments",
        "the status is not one of " + ", ".join(STATUSES),
        f"typeof(status) != 'text' OR status NOT IN ({_STATUS_LIST})",
        "status",
    ),
    (
        "segments",
        "the speaker id names no speaker",
        "speaker_id IS NOT NULL AND (typeof(speaker_id) != 'integer'"
        " OR NOT EXISTS (SELECT 1 FROM speakers s WHERE s.id = segments.speaker_id))",
        "speaker_id",
    ),
    (
        "segment_tags",
        "the segment id names no segment",
        "typeof(segment_id) != 'integer'"
        " OR NOT EXISTS (SELECT 1 FROM segments s WHERE s.id = segment_tags.segment_id)",
        "segment_id",
    ),
    (
        "segment_tags",
        "the tag id names no tag",
        "typeof(tag_id) != 'integer'"
        " OR NOT EXISTS (SELECT 1 FROM tags t WHERE t.id = segment_tags.tag_id)",
        "tag_id",
    ),
    (
        "operations",
        "the label, kind, author or time is not text",
        " OR ".join(_text_or_null(c) for c in ("label", "kind", "author", "time")),
        "kind",
    ),
    (
        "operations",
        "the target is not an operation id",
        "typeof(target) NOT IN ('integer', 'null')",
        "target",
    ),
    (
        "revisions",
        "the operation id names no operation",
        "typeof(op_id) != 'integer'"
        " OR NOT EXISTS (SELECT 1 FROM operations o WHERE o.id = revisions.op_id)",
        "op_id",
    ),
    (
        "revisions",
        "it is not a change of a segment, speaker or the project",
        "typeof(entity) != 'text' OR entity NOT IN ('segment', 'speaker', 'meta')"
        " OR typeof(entity_id) != 'integer' OR typeof(field) != 'text'",
        "entity",
    ),
    (
        "revisions",
        "the author or time is not text",
        f"{_text('author')} OR {_text('time')}",
        "author",
    ),
    (
        "revisions",
        "a value is a blob (binary data)",
        "typeof(old) = 'blob' OR typeof(new) = 'blob'",
        "field",
    ),
    (
        "revisions",
        "a time is not in milliseconds",
        "field IN ('start_ms', 'end_ms') AND (typeof(old) NOT IN ('integer', 'null')"
        " OR typeof(new) NOT IN ('integer', 'null'))",
        "field",
    ),
    (
        "revisions",
        "a status is not one of " + ", ".join(STATUSES),
        f"field = 'status' AND (old IS NOT NULL AND old NOT IN ({_STATUS_LIST})"
        f" OR new IS NOT NULL AND new NOT IN ({_STATUS_LIST}))",
        "field",
    ),
    (
        "revisions",
        "a whole record or list of tags is not JSON",
        "field IN ('tags', '*') AND ("
        "old IS NOT NULL AND (typeof(old) != 'text' OR NOT json_valid(old))"
        " OR new IS NOT NULL AND (typeof(new) != 'text' OR NOT json_valid(new)))",
        "field",
    ),
    (
        "checkpoints",
        "the name, author or time is not text",
        " OR ".join(_text_or_null(c) for c in ("name", "author", "time")),
        "name",
    ),
    (
        "checkpoints",
        "the operation id is not a number",
        "typeof(op_id) NOT IN ('integer', 'null')",
        "op_id",
    ),
)

# Tables of the first schema version only: the checks of later tables are skipped there.
_SINCE_VERSION_2 = frozenset({"tags", "segment_tags", "checkpoints", "glossary"})


def check_values(db: sqlite3.Connection, path: Path, version: int) -> None:
    """Raise ProjectError at the first value of the file that Reviewer would not have written,
    naming the table, the row and what is wrong with it."""
    for table, problem, condition, column in CHECKS:
        if version < 2 and (table in _SINCE_VERSION_2 or column == "note"):
            continue
        row = db.execute(
            f"SELECT rowid, typeof({column}), {column} FROM {table} WHERE {condition} LIMIT 1"
        ).fetchone()
        if row is not None:
            rowid, kind, value = row
            raise UntrustedProjectError(
                f"damaged: {table} row {rowid}: {problem} ({column} is {_describe(kind, value)});"
                " nothing was changed",
                path,
            )
    if version >= 2:
        row = db.execute(
            "SELECT rowid FROM glossary WHERE "
            + " OR ".join(_text_or_null(c) for c in ("source", "translation", "avoid", "note"))
            + " LIMIT 1"
        ).fetchone()
        if row is not None:
            raise UntrustedProjectError(
                f"damaged: glossary row {row[0]}: a term is not text; nothing was changed", path
            )


def _describe(kind: str, value: object) -> str:
    if kind == "null":
        return "empty (NULL)"
    if kind == "blob":
        return f"binary data of {len(value) if isinstance(value, bytes) else '?'} bytes"
    if kind == "text":
        return f"the text {shown(value)}"
    return f"the {'whole ' if kind == 'integer' else ''}number {shown(value)}"
