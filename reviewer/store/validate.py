"""The values of a project file checked before they are loaded: types, ranges, statuses and
references, each refused with a sentence that names the table and the row.

SQLite keeps any value in any column (a column's type is a preference), and another program may
have written the file. A BLOB where text belongs crashed the window, a start time in text or a
tag id that names nothing ended in a traceback. The checks of a table are one SQL scan that
stops at the first bad row (and a join for each reference): bench/trust.py measures them on
a 3-hour project.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reviewer.core.limits import MAX_HOURS, MAX_TIME_MS
from reviewer.core.models import Status
from reviewer.store.changes import SEGMENT_FIELDS, SPEAKER_FIELDS
from reviewer.store.trust import UntrustedProjectError, shown

STATUSES = tuple(s.value for s in Status)
_STATUS_LIST = ", ".join(f"'{s}'" for s in STATUSES)
_TIME = f"a time in milliseconds (0 to {MAX_HOURS} hours)"


# SQLite orders values NULL < numbers < text < blobs, so "neither text nor NULL" is a value
# below '' or at least X'': two comparisons, where typeof() is a function call a row (half the
# time of the checks on a 3-hour project's history).


def _text_or_null(column: str) -> str:
    return f"{column} < '' OR {column} >= X''"


def _text(column: str) -> str:
    return f"{column} IS NULL OR {_text_or_null(column)}"


def _integer_or_null(column: str) -> str:
    # Text and blobs are >= ''; a real that is not whole differs from its integer.
    return f"{column} >= '' OR {column} != CAST({column} AS INTEGER)"


def _integer(column: str) -> str:
    return f"{column} IS NULL OR {_integer_or_null(column)}"


def _time(column: str) -> str:
    return f"typeof({column}) != 'integer' OR {column} < 0 OR {column} > {MAX_TIME_MS}"


def _list(names: tuple[str, ...]) -> str:
    return ", ".join(f"'{n}'" for n in names)


def _none_of(column: str, names: tuple[str, ...]) -> str:
    """``column NOT IN names`` as a CASE: a third of the time of an IN list a row."""
    whens = " ".join(f"WHEN '{n}' THEN 0" for n in names)
    return f"CASE {column} {whens} ELSE 1 END"


_TEXT_FIELDS = ("source", "translation", "note", "speaker", "name", "color", "role")
_SEGMENT_KEYS = (*SEGMENT_FIELDS, "id")
_SPEAKER_KEYS = (*SPEAKER_FIELDS, "id")


def _json_valid(value: str) -> str:
    # json_type() of text that is not JSON raises "malformed JSON": only on valid text.
    return f"{value} IS NOT NULL AND typeof({value}) = 'text' AND json_valid({value})"


def _not_tags(value: str) -> str:
    return (
        f"{value} IS NOT NULL AND NOT ({_json_valid(value)} AND json_type({value}) = 'array'"
        f" AND NOT EXISTS (SELECT 1 FROM json_each({value}) WHERE type != 'text'))"
    )


def _record(value: str, keys: tuple[str, ...], types: dict[str, str]) -> str:
    """The condition of ``value`` not being a JSON object with only ``keys``, each of one of
    the JSON types ``types`` gives it ('missing': it may be left out)."""
    typed = " AND ".join(
        f"coalesce(json_type({value}, '$.{key}'), 'missing') IN ({kinds})"
        for key, kinds in types.items()
    )
    return (
        f"{value} IS NOT NULL AND NOT ({_json_valid(value)} AND json_type({value}) = 'object'"
        f" AND NOT EXISTS (SELECT 1 FROM json_each({value}) WHERE key NOT IN ({_list(keys)}))"
        f" AND {typed})"
    )


def _not_segment(value: str) -> str:
    status = f"json_extract({value}, '$.status') IN ({_STATUS_LIST})"
    return (
        _record(
            value,
            _SEGMENT_KEYS,
            {
                "start_ms": "'integer'",
                "end_ms": "'integer'",
                "source": "'text'",
                "translation": "'text'",
                "note": "'text', 'missing'",
                "speaker": "'text', 'null', 'missing'",
                "tags": "'array', 'missing'",
                "status": "'text'",
                "id": "'integer', 'null', 'missing'",
            },
        ).removesuffix(")")
        + f" AND {status}"
        + f" AND json_extract({value}, '$.start_ms') BETWEEN 0 AND {MAX_TIME_MS}"
        + f" AND json_extract({value}, '$.end_ms') BETWEEN 0 AND {MAX_TIME_MS})"
    )


def _out_of_range(value: str) -> str:
    # Undo and redo write these back: a time past the limit would make the next open refuse.
    return f"({value} IS NOT NULL AND ({value} < 0 OR {value} > {MAX_TIME_MS}))"


def _not_speaker(value: str) -> str:
    return _record(
        value,
        _SPEAKER_KEYS,
        {
            "name": "'text'",
            "slot": "'integer', 'null', 'missing'",
            "color": "'text', 'missing'",
            "role": "'text', 'missing'",
            "id": "'integer', 'null', 'missing'",
        },
    )


# (table, column) -> (the table whose id it names, whether it may be NULL)
REFERENCES: dict[tuple[str, str], tuple[str, bool]] = {}


def refers(table: str, column: str, target: str, *, nullable: bool = False) -> str:
    """The condition of a row of ``table`` whose ``column`` names no row of ``target``."""
    REFERENCES[(table, column)] = (target, nullable)
    present = f"{column} IS NOT NULL AND " if nullable else ""
    return (
        f"{present}({_integer(column)}"
        f" OR NOT EXISTS (SELECT 1 FROM {target} x WHERE x.id = {table}.{column}))"
    )


def _type_part(table: str, column: str, condition: str) -> str:
    """``condition`` without its look-up in the other table (made by a join instead)."""
    if (table, column) not in REFERENCES:
        return condition
    nullable = REFERENCES[(table, column)][1]
    return f"{column} IS NOT NULL AND ({_integer(column)})" if nullable else _integer(column)


def _dangling(db: sqlite3.Connection, table: str, column: str) -> tuple[int] | None:
    """The first row of ``table`` whose ``column`` names no row (one join: a look-up a row in
    a scan costs five times as much on 60,000 revisions)."""
    target, _nullable = REFERENCES[(table, column)]
    return db.execute(
        f"SELECT t.rowid FROM {table} t LEFT JOIN {target} x ON x.id = t.{column}"
        f" WHERE t.{column} IS NOT NULL AND x.id IS NULL LIMIT 1"
    ).fetchone()


# (table, what a bad value is, SQL condition that finds one, the column to show)
CHECKS: tuple[tuple[str, str, str, str], ...] = (
    ("meta", "the key is not text", _text("key"), "key"),
    ("meta", "the value is not text", _text_or_null("value"), "value"),
    ("media", "the path is not text", _text_or_null("path"), "path"),
    (
        "media",
        "the duration or size is not a whole number",
        f"{_integer_or_null('duration_ms')} OR {_integer_or_null('size')}",
        "duration_ms",
    ),
    ("media", "the fingerprint is not text", _text_or_null("fingerprint"), "fingerprint"),
    ("speakers", "the name is not text", _text("name"), "name"),
    ("speakers", "the colour is not text", _text_or_null("color"), "color"),
    ("speakers", "the role is not text", _text_or_null("role"), "role"),
    (
        "speakers",
        "the key slot is not a number from 0 to 9",
        f"slot IS NOT NULL AND ({_integer('slot')} OR slot < 0 OR slot > 9)",
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
        f"the start time is not {_TIME}",
        _time("start_ms"),
        "start_ms",
    ),
    (
        "segments",
        f"the end time is not {_TIME}",
        _time("end_ms"),
        "end_ms",
    ),
    ("segments", "the source text is not text", _text("source"), "source"),
    ("segments", "the translation is not text", _text("translation"), "translation"),
    ("segments", "the note is not text", _text("note"), "note"),
    (
        "segments",
        "the status is not one of " + ", ".join(STATUSES),
        f"status IS NULL OR status NOT IN ({_STATUS_LIST})",
        "status",
    ),
    (
        "segments",
        "the speaker id names no speaker",
        refers("segments", "speaker_id", "speakers", nullable=True),
        "speaker_id",
    ),
    (
        "segment_tags",
        "the segment id names no segment",
        refers("segment_tags", "segment_id", "segments"),
        "segment_id",
    ),
    (
        "segment_tags",
        "the tag id names no tag",
        refers("segment_tags", "tag_id", "tags"),
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
        _integer_or_null("target"),
        "target",
    ),
    (
        "revisions",
        "the operation id names no operation",
        refers("revisions", "op_id", "operations"),
        "op_id",
    ),
    (
        "revisions",
        "it is not a change of a segment, speaker, glossary term or the project",
        "entity IS NULL OR entity NOT IN ('segment', 'speaker', 'meta', 'glossary')"
        f" OR {_integer('entity_id')} OR {_text('field')}",
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
        "old >= X'' OR new >= X''",
        "field",
    ),
    (
        "revisions",
        f"a time is not {_TIME}",
        f"field IN ('start_ms', 'end_ms') AND ({_integer_or_null('old')}"
        f" OR {_integer_or_null('new')} OR {_out_of_range('old')} OR {_out_of_range('new')})",
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
        f"old IS NOT NULL AND ({_text('old')} OR NOT json_valid(old))"
        f" OR new IS NOT NULL AND ({_text('new')} OR NOT json_valid(new)))",
        "field",
    ),
    # Undo and redo write what the revisions hold: a value of the wrong kind would reach the
    # file and the window through them.
    (
        "revisions",
        "the field is not one Reviewer records",
        f"+entity = 'segment' AND {_none_of('field', (*SEGMENT_FIELDS, '*'))}"
        f" OR +entity = 'speaker' AND {_none_of('field', (*SPEAKER_FIELDS, '*'))}"
        " OR +entity = 'glossary' AND field != 'term'",
        "field",
    ),
    (
        "revisions",
        "an old or new value of a text field is not text",
        f"(+entity IN ('meta', 'glossary') OR field IN ({_list(_TEXT_FIELDS)}))"
        f" AND ({_text_or_null('old')} OR {_text_or_null('new')})",
        "field",
    ),
    (
        "revisions",
        "a key slot is not a number",
        f"field = 'slot' AND ({_integer_or_null('old')} OR {_integer_or_null('new')})",
        "field",
    ),
    (
        "revisions",
        "a list of tags is not a list of names",
        f"field = 'tags' AND ({_not_tags('old')} OR {_not_tags('new')})",
        "field",
    ),
    (
        "revisions",
        "a whole segment or speaker is not one Reviewer records",
        f"field = '*' AND (+entity = 'segment' AND ({_not_segment('old')}"
        f" OR {_not_segment('new')}) OR +entity = 'speaker' AND ({_not_speaker('old')}"
        f" OR {_not_speaker('new')}))",
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
        _integer_or_null("op_id"),
        "op_id",
    ),
    (
        "glossary",
        "a term is not text",
        " OR ".join(_text_or_null(c) for c in ("source", "translation", "avoid", "note")),
        "source",
    ),
)

# Tables of the first schema version only: the checks of later tables are skipped there.
_SINCE_VERSION_2 = frozenset({"tags", "segment_tags", "checkpoints", "glossary"})


def check_values(db: sqlite3.Connection, path: Path, version: int) -> None:
    """Raise UntrustedProjectError at the first value of the file that Reviewer would not
    have written, naming the table, the row and what is wrong with it.

    One scan a table, every condition of that table at once; only a row found is looked at
    again, condition by condition, to say what is wrong with it.
    """
    tables: dict[str, list[tuple[str, str, str]]] = {}
    for table, problem, condition, column in CHECKS:
        if version < 2 and (table in _SINCE_VERSION_2 or column == "note"):
            continue
        tables.setdefault(table, []).append((problem, condition, column))
    for table, checks in tables.items():
        either = " OR ".join(f"({_type_part(table, c, cond)})" for _p, cond, c in checks)
        found = db.execute(f"SELECT rowid FROM {table} WHERE {either} LIMIT 1").fetchone()
        for column in (c for _p, _cond, c in checks if (table, c) in REFERENCES):
            found = found or _dangling(db, table, column)
        if found is None:
            continue
        for problem, condition, column in checks:
            row = db.execute(
                f"SELECT typeof({column}), {column} FROM {table} WHERE rowid = ? AND ({condition})",
                found,
            ).fetchone()
            if row is not None:
                raise UntrustedProjectError(
                    f"damaged: {table} row {found[0]}: {problem}"
                    f" ({column} is {_describe(*row)}); nothing was changed",
                    path,
                )


def _describe(kind: str, value: object) -> str:
    if kind == "null":
        return "empty (NULL)"
    if kind == "blob":
        return f"binary data of {len(value) if isinstance(value, bytes) else '?'} bytes"
    if kind == "text":
        return f"the text {shown(value)}"
    return f"the {'whole ' if kind == 'integer' else ''}number {shown(value)}"
