"""The project file's full-text index finds Chinese from any SQLite tool: sqlite-utils'
``table.search`` (what ``sqlite-utils search`` and, with quoting, datasette's search box run),
on a new file and on a file of the previous schema upgraded in place."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from reviewer.core.models import Segment, Transcript
from reviewer.store import Project, schema
from reviewer.text.search import Finder, Query

TEXTS = [
    ("黎巴嫩真主党表示将作出回应。", "Lebanon's Hezbollah said it would respond."),
    ("外交部长王毅会见了拉夫罗夫。", "Foreign Minister Wang Yi met Lavrov."),
    ("安理会将举行紧急会议。", "The Security Council will hold an emergency meeting."),
]
# (query, segment ids found): Chinese of three characters and more inside a longer run, English
# words and a prefix, any case. The search is what sqlite-utils runs, words quoted as datasette
# quotes them.
FOUND = [
    ("真主党", [1]),
    ("黎巴嫩真主党", [1]),
    ("王毅会见", [2]),
    ("紧急会议", [3]),
    ("Hezbollah", [1]),
    ("hezbollah", [1]),
    ("Lavro", [2]),
    ("security council", [3]),
    ("会见 Lavrov", [2]),
]


def _transcript() -> Transcript:
    return Transcript(segments=[Segment(i * 1000, i * 1000 + 900, s, t) for i, (s, t) in
                                enumerate(TEXTS)])  # fmt: skip


def _search(path: Path, query: str) -> list[int]:
    db = sqlite_utils.Database(path)
    table = db.table("segments")
    assert table.detect_fts() == "segments_fts"
    found = sorted(row["id"] for row in table.search(query, quote=True))
    db.close()
    return found


@pytest.mark.parametrize(("query", "ids"), FOUND)
def test_sqlite_utils_search_finds(query: str, ids: list[int], tmp_path: Path) -> None:
    path = tmp_path / "new.review"
    Project.create(path, _transcript(), author="tester").close()
    assert _search(path, query) == ids


def test_index_follows_edits(tmp_path: Path) -> None:
    path = tmp_path / "edited.review"
    with Project.create(path, _transcript(), author="tester") as project:
        project.set_source(3, "俄罗斯外长拉夫罗夫说。")
    assert _search(path, "拉夫罗夫") == [2, 3]
    assert _search(path, "紧急会议") == []


def _index_pages(path: Path) -> list[tuple[int, bytes]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, block FROM segments_fts_data ORDER BY id").fetchall()
    finally:
        conn.close()


def test_the_index_is_rewritten_for_text_only(tmp_path: Path) -> None:
    # An approval, a speaker or a retime leaves the index alone: rewriting a segment's trigrams
    # on every key filled the log and checkpointed in the middle of key presses.
    path = tmp_path / "keys.review"
    with Project.create(path, _transcript(), author="tester") as project:
        project.add_speaker("Anchor")
        before = _index_pages(path)
        project.approve([2])
        project.set_speaker([2], "Anchor")
        project.retime(2, 1000, 1950)
        assert _index_pages(path) == before
        project.set_translation(2, "a new line")
        assert _index_pages(path) != before
    assert _search(path, "new line") == [2]


def _write_version_2(path: Path) -> None:
    """A project as the builds before the trigram index wrote it (default tokenizer)."""
    db = schema.connect(path)
    schema.upgrade(db, stop_before="0003_search_finds_chinese")
    db.execute("PRAGMA trusted_schema = ON")  # the index's triggers write to a virtual table
    for i, (source, translation) in enumerate(TEXTS):
        db.execute(
            "INSERT INTO segments (start_ms, end_ms, source, translation) VALUES (?, ?, ?, ?)",
            [i * 1000, i * 1000 + 900, source, translation],
        )
    db.execute("INSERT INTO operations (label, kind, author, time) VALUES ('Import', 'import',"
               " 'a', '2026-12-01T10:00:00.000+00:00')")  # fmt: skip
    db.close()


def test_older_file_is_upgraded_to_find_chinese(tmp_path: Path) -> None:
    path = tmp_path / "v2.review"
    _write_version_2(path)
    assert _search(path, "真主党") == []  # what the issue saw: a Han run is one token
    assert _search(path, "Hezbollah") == [1]
    with Project.open(path, author="me") as project:
        assert schema.user_version(project.db) == schema.SCHEMA_VERSION
    assert (tmp_path / "v2.v2-backup.review").exists()
    for query, ids in FOUND:
        assert _search(path, query) == ids, query
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute(
        "SELECT count(*) FROM segments_fts WHERE segments_fts MATCH '\"真主党\"'"
    ).fetchone()[0] == 1  # fmt: skip
    conn.close()


@pytest.mark.parametrize(
    ("query", "ids"), [("真主", [1]), ("党", [1]), ("会", [2, 3]), ("见了", [2])]
)
def test_app_find_takes_one_and_two_characters(query: str, ids: list[int]) -> None:
    segments = _transcript().segments
    for number, segment in enumerate(segments, 1):
        segment.id = number
    assert Finder().matching_ids(segments, Query(query)) == ids


_COMMAND = Path(sys.executable).with_name("sqlite-utils")


@pytest.mark.skipif(not _COMMAND.exists(), reason="the sqlite-utils command is not installed")
def test_sqlite_utils_command_finds_chinese(tmp_path: Path) -> None:
    path = tmp_path / "cli.review"
    Project.create(path, _transcript(), author="tester").close()
    command = str(_COMMAND)
    out = subprocess.run(
        [command, "search", str(path), "segments", "真主党", "--csv", "-c", "id"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert out.split() == ["id", "1"]
