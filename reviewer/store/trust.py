"""A project file is data from anyone: checked before Reviewer runs a statement that could run
anything the file holds, and before it writes a byte.

The file may come from a colleague, a mail attachment or an attacker. SQLite runs what a
database's schema says: a trigger fires on our writes, a view in place of a table runs when we
read it. So, on every connection (:func:`harden`):

- ``PRAGMA trusted_schema = OFF`` until the schema is checked: no function with side effects
  and no virtual table may be used from a trigger or view of the file;
- ``PRAGMA recursive_triggers = OFF``: no trigger re-entering itself (a freeze);
- SQLite's defensive mode (``SQLITE_DBCONFIG_DEFENSIVE``) where Python can set it (3.12+:
  ``Connection.setconfig``). On 3.11 there is no supported way (ctypes on the connection's
  handle depends on CPython's struct layout), so an authorizer stands in for it, on every
  Python: no statement may act through a trigger or view other than the full-text index's three
  (:data:`OUR_TRIGGERS`), nor ATTACH a file, nor turn on ``writable_schema``;
- a cap on the length of one value (:data:`MAX_VALUE_BYTES`), so a hostile cell cannot exhaust
  memory.

Then, before any other read (:func:`check_file`): the schema in ``sqlite_master`` must be,
exactly, the one Reviewer makes for the file's version (tables, indexes, triggers, views; an
older version that the migrations upgrade is compared with its own), and ``PRAGMA
quick_check`` must say "ok". Only a file that passes gets ``trusted_schema`` back on: its
triggers are ours (the full-text index's, which SQLite counts as unsafe because FTS5 is a
virtual table).
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from reviewer.core.errors import ProjectError, say
from reviewer.store import schema_sql

OUR_TRIGGERS = frozenset({"segments_ai", "segments_ad", "segments_au"})
MAX_VALUE_BYTES = 256 * 1024 * 1024  # one text or blob; a whole 3-hour transcript is ~2 MB
CHECK_SECONDS = 30.0  # a check that runs longer is stopped: the file is not what it says

MasterRow = tuple[str, str, str, "str | None"]


class UntrustedProjectError(ProjectError):
    """The file is not as Reviewer makes it (its schema); its data may be copied into a new
    project (:func:`reviewer.store.rescue.rescue`)."""

    rescuable = True


def harden(conn: sqlite3.Connection) -> None:
    """Set up ``conn`` to read a file nobody vouches for (see the module's notes)."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA recursive_triggers = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    setconfig = getattr(conn, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:  # Python 3.12+
        setconfig(defensive, True)
    conn.set_authorizer(_authorize)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


def trust(conn: sqlite3.Connection) -> None:
    """Let ``conn`` run the schema's triggers: call only once :func:`check_file` passed."""
    conn.execute("PRAGMA trusted_schema = ON")


def _authorize(
    action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None
) -> int:
    if source is not None and source not in OUR_TRIGGERS:
        return sqlite3.SQLITE_DENY  # a trigger or view of the file's own making
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    # Reading it is harmless; nothing of ours ever sets it (defensive mode forbids it too).
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() == "writable_schema" and arg2:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@functools.cache
def expected_master(version: int) -> frozenset[MasterRow]:
    """Return the rows of ``sqlite_master`` (type, name, table, sql) of a file at ``version``."""
    statements = (
        schema_sql.STATEMENTS if version == schema_sql.VERSION else schema_sql.OLDER[version]
    )
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
        return frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()


def known_versions() -> list[int]:
    """Schema versions this Reviewer reads, newest first."""
    return [schema_sql.VERSION, *sorted(schema_sql.OLDER, reverse=True)]


@contextlib.contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float = CHECK_SECONDS) -> Iterator[None]:
    """Stop any statement of ``conn`` in the block after ``seconds`` (OperationalError
    "interrupted"): a file built to make a read run forever cannot hang the window."""
    end = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > end), 20_000)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def check_schema(conn: sqlite3.Connection, path: Path, user_version: int) -> int:
    """Return the schema version ``conn``'s file holds, exactly as Reviewer makes it.

    Raises :class:`UntrustedProjectError` naming what is extra or missing otherwise.
    """
    found = frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    for version in known_versions():
        if found == expected_master(version):
            if user_version not in (0, version):
                raise UntrustedProjectError(
                    say(
                        "its schema is that of version {version} but the file says {says}:"
                        " not as Reviewer left it",
                        version=version,
                        says=user_version,
                    ),
                    path,
                )
            return version
    closest = user_version if user_version in known_versions() else schema_sql.VERSION
    differences = _differences(found, expected_master(closest))
    raise UntrustedProjectError(
        say("its schema is not the one Reviewer makes: {differences}", differences=differences),
        path,
    )


def _differences(found: frozenset[MasterRow], expected: frozenset[MasterRow]) -> str:
    """One sentence of what differs, the most telling first: a table swapped for a view, then
    what Reviewer did not make, then what is missing."""
    extra = sorted(found - expected, key=lambda r: (r[0], r[1]))
    missing = sorted(expected - found, key=lambda r: (r[0], r[1]))
    made = {r[1]: r[0] for r in missing}
    extra_tables = {r[1] for r in extra if r[0] == "table"}
    swapped = [
        f"{shown(name)} is a {kind} where Reviewer makes {_a(made[name])}"
        if kind != made[name]
        else f"the {kind} {shown(name)} is not as Reviewer makes it"
        for kind, name, _table, _sql in extra
        if name in made
    ]
    added = [
        f"{_a(kind)} {shown(name)}"
        + (f" on {shown(table)}" if table != name else "")
        + " that Reviewer did not make"
        for kind, name, table, _sql in extra
        if name not in made and not (kind == "index" and table in extra_tables)
    ]
    extra_names = {r[1] for r in extra}
    gone = [
        f"the {kind} {shown(name)} is missing"
        for kind, name, table, _s in missing
        if name not in extra_names and not (kind == "index" and table in made)
    ]
    lines = swapped + added + gone
    more = f" (and {len(lines) - 3} more differences)" if len(lines) > 3 else ""
    return "; ".join(lines[:3]) + more


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ProjectError unless SQLite's ``quick_check`` finds the file's pages sound."""
    rows = conn.execute("PRAGMA quick_check(3)").fetchall()
    if rows != [("ok",)]:
        first = rows[0][0] if rows else "no answer"
        raise UntrustedProjectError(
            say(
                "the file is damaged (SQLite's check: {check}); nothing was changed: a copy"
                " from before the damage is the safest way back",
                check=shown(str(first), 120),
            ),
            path,
        )


def check_file(conn: sqlite3.Connection, path: Path, user_version: int) -> int:
    """Check the schema, then the pages; return the schema version (see the module's notes)."""
    try:
        with time_limit(conn):
            version = check_schema(conn, path, user_version)
            quick_check(conn, path)
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise ProjectError(
                say(
                    "checking the file took over {seconds} s: damaged or not a project",
                    seconds=f"{CHECK_SECONDS:.0f}",
                ),
                path,
            ) from exc
        raise
    return version


def shown(text: object, limit: int = 40) -> str:
    """Return ``text`` from a file fit to show in one line: control characters escaped, quoted,
    cut to ``limit`` characters."""
    value = text if isinstance(text, str) else repr(text)
    escaped = "".join(
        c if c.isprintable() and c not in "\u2028\u2029" else repr(c)[1:-1]
        for c in value[: limit + 1]
    )
    if len(escaped) > limit:
        escaped = escaped[: limit - 1] + "…"
    return f"“{escaped}”"
