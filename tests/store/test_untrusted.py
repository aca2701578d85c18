"""A project file is data from anyone (issue 19): each probe is a hostile file made by a fixture,
opened through the store, refused with a sentence naming the file (and the table and row) and
left byte for byte as it was, or opened correctly."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from helpers import sample_transcript as make_sample
from hostile_files import (
    PROBES,
    crash_after_edit,
    digest,
    hostile,
    make_project,
    null_start_time,
    run_sql,
    wal_of_a_copy,
    wal_of_another_database,
)

from reviewer.core.errors import ProjectError
from reviewer.store import Project, schema, trust
from reviewer.store.lock import lock_path
from reviewer.store.rescue import rescue
from reviewer.store.trust import UntrustedProjectError

REFUSALS = {
    "trigger_on_our_writes": "a trigger “wipe” on “segments” that Reviewer did not make",
    "trigger_swallowing_revisions": "a trigger “swallow” on “revisions”",
    "view_in_place_of_a_table": "“meta” is a view where Reviewer makes a table",
    "recursive_trigger": "a trigger “again” on “meta”",
    "blob_in_text_column": "segments row 2: the translation is not text",
    "text_start_time": "segments row 3: the start time is not a time in milliseconds",
    "unknown_status": "segments row 1: the status is not one of",
    "dangling_tag": "segment_tags row 2: the tag id names no tag",
    "dangling_speaker": "segments row 4: the speaker id names no speaker",
    "dropped_table": "the table “glossary” is missing",
    "blob_title": "meta row",
}


@pytest.mark.parametrize("probe", sorted(PROBES))
def test_each_hostile_file_is_refused_untouched_with_a_sentence(tmp_path: Path, probe: str) -> None:
    path = hostile(tmp_path, probe)
    before = digest(path)
    started = time.monotonic()
    with pytest.raises(UntrustedProjectError) as refused:
        Project.open(path)
    assert time.monotonic() - started < 5  # the view that never ends is not read
    message = str(refused.value)
    assert message.startswith(f"{path}: ")
    assert REFUSALS[probe] in message
    assert "\n" not in message
    assert digest(path) == before
    assert not lock_path(path).exists()  # the refused file's lock is released and removed


def test_a_null_start_time_is_found_by_the_page_check(tmp_path: Path) -> None:
    path = null_start_time(tmp_path)
    before = digest(path)
    with pytest.raises(ProjectError, match=r"damaged \(SQLite's check: “NULL value in segments"):
        Project.open(path)
    assert digest(path) == before


def test_a_trigger_added_to_an_open_project_never_fires_on_our_writes(tmp_path: Path) -> None:
    # Defensive mode's stand-in (store.trust's authorizer): only the full-text index's triggers
    # may act, so a trigger slipped in while the file is open fails the write, not the glossary.
    path = make_project(tmp_path / "p.review")
    with Project.open(path) as project:
        sqlite3.connect(path).executescript(
            "CREATE TRIGGER wipe AFTER UPDATE ON segments BEGIN DELETE FROM glossary; END;"
        )
        with pytest.raises(ProjectError, match="could not save: not authorized"):
            project.set_translation(project.ids[1], "changed")
        assert project.db.execute("SELECT COUNT(*) FROM glossary").fetchone()[0] == 1


def test_the_connection_is_hardened_before_it_reads(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    conn = schema.connect(path, read_only=True)
    try:
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            conn.execute(f"ATTACH '{tmp_path / 'x.db'}' AS x")
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            conn.execute("PRAGMA writable_schema = ON")
    finally:
        conn.close()
    with Project.open(path) as project:  # checked: its own triggers are trusted
        assert project.db.execute("PRAGMA trusted_schema").fetchone()[0] == 1
        assert project.db.execute("PRAGMA recursive_triggers").fetchone()[0] == 0


def test_an_older_version_opens_and_one_with_an_extra_trigger_does_not(tmp_path: Path) -> None:
    old = tmp_path / "old.review"
    db = sqlite3.connect(old, isolation_level=None)
    schema.upgrade(db, stop_before="0002_notes_tags_search")
    db.execute("INSERT INTO segments (start_ms, end_ms, source) VALUES (0, 1000, '你好')")
    db.close()
    shutil.copy(old, tmp_path / "hostile-old.review")
    with Project.open(old) as project:  # compared with version 1's schema, then upgraded
        assert schema.user_version(project.db) == schema.SCHEMA_VERSION
        assert project.transcript.segments[0].source == "你好"
    hostile_old = tmp_path / "hostile-old.review"
    run_sql(hostile_old, "CREATE TRIGGER t AFTER INSERT ON segments BEGIN DELETE FROM meta; END;")
    before = digest(hostile_old)
    with pytest.raises(UntrustedProjectError, match="trigger “t”"):
        Project.open(hostile_old)
    assert digest(hostile_old) == before
    assert not list(tmp_path.glob("hostile-old.v1-backup*"))  # refused before any upgrade


def test_every_known_version_has_its_reference_schema() -> None:
    assert trust.known_versions()[0] == schema.SCHEMA_VERSION
    for version in trust.known_versions():
        names = {name for _kind, name, _table, _sql in trust.expected_master(version)}
        assert {"segments", "revisions", "operations", "speakers"} <= names


def test_a_wal_of_another_database_is_moved_aside_not_merged(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    before = digest(path)
    wal = Path(f"{path}-wal")
    wal.write_bytes(wal_of_another_database(tmp_path))
    with Project.open(path) as project:
        assert project.transcript.title == "Evening news"
        assert any("moved aside" in note for note in project.opening_notes)
        assert "another program's database" in project.opening_notes[0]
    assert digest(path) == before
    aside = list(tmp_path.glob("p.review-wal.set-aside-*"))
    assert len(aside) == 1 and aside[0].stat().st_size > 0  # renamed, never deleted


def test_a_wal_from_a_copy_of_the_same_project_is_moved_aside(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    copy = wal_of_a_copy(path, tmp_path)
    shutil.copy(f"{copy}-wal", f"{path}-wal")
    with Project.open(path) as project:
        assert project.segment(project.ids[0]).translation == "Good evening (1)."
        assert "Reviewer did not leave it" in project.opening_notes[0]
    # Its lock file planted too: it names the copy's device and inode, not this file's.
    shutil.copy(f"{copy}-wal", f"{path}-wal")
    shutil.copy(lock_path(copy), lock_path(path))
    with Project.open(path) as project:
        assert project.segment(project.ids[0]).translation == "Good evening (1)."
        assert "a session of another file (a copy of this project)" in project.opening_notes[0]
    assert len(list(tmp_path.glob("p.review-wal.set-aside-*"))) == 2


def test_the_wal_a_crash_left_is_replayed(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    crash_after_edit(path, "kept through the crash")
    assert Path(f"{path}-wal").stat().st_size > 0 and lock_path(path).exists()
    with Project.open(path, read_only=True) as reader:  # read-only: judged by the lock it left
        assert reader.segment(reader.ids[0]).translation == "kept through the crash"
        assert reader.opening_notes == []
    with Project.open(path) as project:
        assert project.segment(project.ids[0]).translation == "kept through the crash"
        assert project.opening_notes == []


def test_a_journal_beside_a_wal_project_is_moved_aside(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    before = digest(path)
    header = bytes.fromhex("d9d505f920a163d7") + (1).to_bytes(4, "big") + bytes(12)
    header += (4096).to_bytes(4, "big")
    Path(f"{path}-journal").write_bytes(header + os.urandom(4096 + 8))
    with Project.open(path) as project:
        assert "rollback journal is not its own" in project.opening_notes[0]
    assert digest(path) == before
    assert list(tmp_path.glob("p.review-journal.set-aside-*"))


def test_a_wal_that_is_a_link_is_moved_aside(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    Path(f"{path}-wal").symlink_to(target)
    with Project.open(path) as project:
        project.set_translation(project.ids[1], "written")
        assert "not a plain file" in project.opening_notes[0]
    assert target.read_text() == "keep me"


def test_the_same_project_through_a_hard_link_is_not_written_twice(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    link = tmp_path / "other-name.review"
    os.link(path, link)
    with Project.open(path) as first:
        second = Project.open(link)
        try:
            assert second.read_only
            assert "through another path to the same file" in second.read_only_reason
        finally:
            second.close()
        first.set_translation(first.ids[1], "still mine")
    with Project.open(link) as again:  # released: the link opens writable now
        assert not again.read_only
        assert again.segment(again.ids[1]).translation == "still mine"


def test_a_planted_lock_of_another_host_is_shown_bounded_and_breakable(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    planted = {
        "pid": 4242,
        "host": "evil\x1b[31m-host\n" + "x" * 500,
        "user": "<b>boss</b>\u202e",
        "since": "2024-01-01 09:00\x00",
    }
    import json

    lock_path(path).write_text(json.dumps(planted), encoding="utf-8")
    with Project.open(path) as project:
        reason = project.read_only_reason
        assert project.read_only
    assert "\x1b" not in reason and "\n" not in reason and "\u202e" not in reason
    assert "evil\\x1b[31m-host\\n" in reason and len(reason) < 300
    assert " ago)" in reason and "its lock can be broken" in reason
    with Project.open(path, break_lock=True) as project:
        assert not project.read_only
        project.set_translation(project.ids[1], "after breaking the lock")


def test_a_lock_of_this_machine_is_never_broken(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    with Project.open(path), Project.open(path, break_lock=True) as second:
        assert second.read_only


def test_rescue_copies_the_data_into_a_new_file_and_leaves_the_old_one(tmp_path: Path) -> None:
    path = make_project(tmp_path / "trigger_on_our_writes.review")
    run_sql(path, "UPDATE segments SET translation = x'00ff', status = 'done' WHERE id = 2;")
    run_sql(path, PROBES["trigger_on_our_writes"])
    before = digest(path)
    target, notes = rescue(path, author="rescuer")
    assert target.name == "trigger_on_our_writes.rescued.review"
    assert digest(path) == before
    assert any("translation is not text" in n for n in notes)
    with Project.open(target) as project:
        assert len(project.transcript.segments) == 4
        second = project.segment(2)
        assert (second.translation, second.status.value) == ("", "flagged")
        assert project.segment(project.ids[0]).translation == "Good evening (1)."
        label = "SELECT label FROM operations ORDER BY id DESC LIMIT 1"
        assert project.db.execute(label).fetchone()[0] == f"Rescued from {path.name}"
        assert project.db.execute("SELECT COUNT(*) FROM glossary").fetchone()[0] == 1
        project.set_translation(2, "works")
    with pytest.raises(ProjectError, match="exists already"):
        rescue(path, target)


def test_rescue_leaves_out_a_glossary_term_that_is_not_text(tmp_path: Path) -> None:
    # The glossary's check stood outside the list rescue repairs from: the bad value was copied,
    # the copy refused, and left behind with a hint to rescue it again.
    path = make_project(tmp_path / "bad_term.review")
    run_sql(path, "UPDATE glossary SET source = x'00ff';")
    with pytest.raises(UntrustedProjectError, match=r"glossary row [0-9]+: a term is not text"):
        Project.open(path)
    target, notes = rescue(path, author="rescuer")
    assert any(n.startswith("glossary: 1 row(s) left out") for n in notes), notes
    with Project.open(target) as project:
        assert project.db.execute("SELECT COUNT(*) FROM glossary").fetchone()[0] == 0


def test_rescue_of_a_view_in_place_of_a_table_says_what_it_left_out(tmp_path: Path) -> None:
    path = hostile(tmp_path, "view_in_place_of_a_table")
    started = time.monotonic()
    target, notes = rescue(path)
    assert time.monotonic() - started < 10
    assert "meta: a view, not a table; nothing of it could be rescued" in notes
    with Project.open(target) as project:
        assert len(project.transcript.segments) == 4


def test_a_foreign_wal_that_cannot_be_moved_keeps_the_project_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_project(tmp_path / "p.review")
    Path(f"{path}-wal").write_bytes(wal_of_another_database(tmp_path))
    before = digest(path)

    def read_only_folder(src: object, dst: object) -> None:  # the tests run as root
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("reviewer.store.sidecars.os.rename", read_only_folder)
    with pytest.raises(ProjectError, match=r"cannot be moved aside \(Permission denied\)"):
        Project.open(path, read_only=True)
    assert digest(path) == before
    assert Path(f"{path}-wal").stat().st_size > 0


@pytest.mark.parametrize(
    ("sql", "refusal"),
    [
        (
            "UPDATE revisions SET field = 'colour' WHERE entity = 'segment'",
            "the field is not one Reviewer records",
        ),
        (
            "UPDATE revisions SET new = 42 WHERE field = 'translation'",
            "an old or new value of a text field is not text",
        ),
        ("UPDATE revisions SET new = '[1, 2]' WHERE field = 'status'", "a status is not one of"),
        (
            "INSERT INTO revisions (op_id, entity, entity_id, field, old, new, author, time)"
            " SELECT MAX(id), 'segment', 9, '*', NULL, '{\"start_ms\": 0, \"evil\": 1}', 'x', 't'"
            " FROM operations",
            "a whole segment or speaker is not one Reviewer records",
        ),
        (
            "INSERT INTO revisions (op_id, entity, entity_id, field, old, new, author, time)"
            " SELECT MAX(id), 'segment', 9, 'tags', NULL, '[\"VO\", 3]', 'x', 't' FROM operations",
            "a list of tags is not a list of names",
        ),
        (  # one Ctrl+Z would write a time past the 100-hour limit, and the next open refuse it
            "INSERT INTO revisions (op_id, entity, entity_id, field, old, new, author, time)"
            " SELECT MAX(id), 'segment', 2, 'start_ms', 36000000000000, 1000, 'x', 't'"
            " FROM operations",
            "a time is not a time in milliseconds",
        ),
        (
            "INSERT INTO revisions (op_id, entity, entity_id, field, old, new, author, time)"
            " SELECT MAX(id), 'segment', 9, '*', NULL, json_object('start_ms', 0, 'end_ms',"
            " 999999999999, 'source', '', 'translation', '', 'status', 'edited'), 'x', 't'"
            " FROM operations",
            "a whole segment or speaker is not one Reviewer records",
        ),
    ],
)
def test_a_history_that_undo_would_write_wrongly_is_refused(
    tmp_path: Path, sql: str, refusal: str
) -> None:
    # Undo and redo write what the revisions hold: a crafted one reaches the file through them.
    path = make_project(tmp_path / "p.review")
    run_sql(path, sql)
    before = digest(path)
    with pytest.raises(UntrustedProjectError, match=f"revisions row [0-9]+: {refusal}"):
        Project.open(path)
    assert digest(path) == before


def test_a_split_and_its_undo_pass_the_history_checks(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    with Project.open(path) as project:
        project.split(2, 4000)
        project.undo()
        project.redo()
        project.set_speaker([3], "陈嘉怡")
        project.set_tags([3], ["SOT", "needs-legal"])
    with Project.open(path) as project:  # every kind of revision above passes the checks
        assert len(project.transcript.segments) == 5


def test_a_new_project_over_leftovers_without_their_project_is_made(tmp_path: Path) -> None:
    path = tmp_path / "p.review"
    Path(f"{path}-wal").write_bytes(b"left over")
    with Project.create(path, make_sample(), author="t") as project:
        assert len(project.transcript.segments) == 4
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").read_bytes() != b"left over"
