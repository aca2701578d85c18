"""The file itself: marks, WAL, migrations from an older schema, refusing what is not ours,
locking, and notices to the views."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import sample_transcript

from reviewer.core.errors import ProjectError, ReadOnlyProjectError, SaveError
from reviewer.core.models import Segment, Transcript
from reviewer.store import Notice, Project, schema
from reviewer.store.lock import lock_path


def test_new_file_is_marked_ours_in_wal(project: Project, project_path: Path) -> None:
    conn = sqlite3.connect(project_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Readable by any SQLite tool: plain tables, speakers by id.
    rows = conn.execute(
        "SELECT s.translation, p.name FROM segments s"
        " LEFT JOIN speakers p ON p.id = s.speaker_id ORDER BY s.start_ms"
    ).fetchall()
    assert rows[0] == ("Good evening.", "陈嘉怡")
    conn.close()


def test_full_text_search_table_follows_edits(project: Project) -> None:
    project.set_translation(2, "Lebanon's Hezbollah said")
    hits = project.db.execute(
        "SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'Hezbollah'"
    ).fetchall()
    assert hits == [(2,)]


def write_version_1(path: Path) -> None:
    """Write a project as the first development builds did (schema step 1 only)."""
    db = schema.connect(path)
    schema.upgrade(db, stop_before="0002_notes_tags_search")
    db.execute("INSERT INTO speakers (name, color, slot, role) VALUES ('Anchor', '#4e79a7', 1, '')")
    db.execute(
        "INSERT INTO segments (start_ms, end_ms, speaker_id, source, translation, status)"
        " VALUES (0, 1000, 1, '你好', 'Hello', 'approved')"
    )
    db.execute(
        "INSERT INTO operations (label, kind, author, time) VALUES ('Import', 'import', 'a', 't')"
    )
    db.close()


def test_older_file_is_upgraded_in_place_after_a_backup(tmp_path: Path) -> None:
    old = tmp_path / "old.review"
    write_version_1(old)
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == 1
    with Project.open(old, author="me") as project:
        segment = project.transcript.segments[0]
        assert (segment.translation, segment.speaker, segment.note) == ("Hello", "Anchor", "")
        assert schema.user_version(project.db) == schema.SCHEMA_VERSION
        project.set_note(segment.id, "upgraded")  # the new column works
        project.set_tags([segment.id], ["SOT"])
    backup = tmp_path / "old.v1-backup.review"
    assert backup.exists()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1
    with Project.open(old) as project:
        assert project.transcript.segments[0].note == "upgraded"


def test_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.review"
    Project.create(path, sample_transcript()).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ProjectError, match="newer Reviewer"):
        Project.open(path)


@pytest.mark.parametrize("content", [b"", b"hello, not a database at all" * 100, os.urandom(4096)])
def test_garbage_is_refused_naming_the_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.review"
    path.write_bytes(content)
    with pytest.raises(ProjectError) as error:
        Project.open(path)
    assert str(path) in str(error.value)
    assert path.read_bytes() == content  # nothing written to what is not ours
    assert not lock_path(path).exists()


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(ProjectError, match="not a Reviewer project"):
        Project.open(path)


def test_create_failure_leaves_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "x.review"
    with pytest.raises(ProjectError, match="cannot create"):
        Project.create(missing, sample_transcript())
    assert not any(tmp_path.rglob("*.review*"))


def test_second_opener_gets_it_read_only(project: Project, project_path: Path) -> None:
    other = Project.open(project_path)
    assert other.read_only
    assert "open in another Reviewer" in other.read_only_reason
    with pytest.raises(ReadOnlyProjectError, match="read-only"):
        other.set_translation(1, "changed")
    assert other.segment(1).translation == "Good evening."
    other.close()
    assert lock_path(project_path).exists()  # the reader did not take the writer's lock away
    project.set_translation(1, "Good evening!")  # the writer still writes


def test_lock_held_by_another_live_process(tmp_path: Path) -> None:
    path = tmp_path / "shared.review"
    Project.create(path, sample_transcript()).close()
    code = (
        "import sys; from reviewer.store import Project; p = Project.open(sys.argv[1]);"
        " print('ro' if p.read_only else 'rw', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "rw"
        with Project.open(path) as second:
            assert second.read_only and f"process {holder.pid}" in second.read_only_reason
    finally:
        holder.communicate("")
    with Project.open(path) as third:
        assert not third.read_only  # released on exit


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "crashed.review"
    Project.create(path, sample_transcript()).close()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    import socket

    lock_path(path).write_text(
        f'{{"pid": {dead.stdout.strip()}, "host": "{socket.gethostname()}",'
        ' "user": "x", "since": "earlier"}',
        encoding="utf-8",
    )
    with Project.open(path) as project:
        assert not project.read_only


def test_open_read_only_on_request_never_writes(project: Project, project_path: Path) -> None:
    project.close()
    before = project_path.read_bytes()
    with Project.open(project_path, read_only=True) as reader:
        assert reader.read_only and reader.transcript.segments
    assert project_path.read_bytes() == before


def test_failed_write_changes_neither_file_nor_memory(project: Project, snapshot) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(project)
    # A trigger that is not Reviewer's own is refused when a statement would fire it
    # (store.trust): the write fails as a full disk would, halfway through the operation.
    project.db.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON segments"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    with pytest.raises(SaveError, match="could not save"):
        project.split(2, 4000)
    assert snapshot(project) == before
    assert not project.can_undo
    project.db.execute("DROP TRIGGER refuse")
    project.set_translation(2, "works again")
    assert project.segment(2).translation == "works again"


def test_notices_say_which_rows_changed(project: Project) -> None:
    notices: list[Notice] = []
    unsubscribe = project.subscribe(notices.append)
    project.set_translation(3, "Lavrov said")
    assert (notices[-1].kind, notices[-1].first, notices[-1].last) == ("segments", 2, 2)
    new = project.split(3, 7000)
    assert any(n.kind == "inserted" and n.first == 3 and new in n.ids for n in notices)
    project.merge_with_next(3)
    assert any(n.kind == "removed" and n.first == 3 for n in notices)
    project.retime(4, 0, 100)  # moves to the top: the order changed
    assert notices[-2].kind == "reset"
    project.set_speaker([1], "Wang Yi")
    assert notices[-1].kind == "speakers"
    unsubscribe()
    project.set_note(1, "quiet")
    assert notices[-1].kind == "speakers"


def test_create_accepts_large_transcript_quickly_and_in_order(tmp_path: Path) -> None:
    segments = [
        Segment(i * 1000, i * 1000 + 900, f"第{i}句", f"line {i}") for i in range(3000, 0, -1)
    ]
    with Project.create(tmp_path / "big.review", Transcript(segments=segments)) as project:
        assert len(project.ids) == 3000
        assert [s.start_ms for s in project.transcript.segments] == sorted(
            s.start_ms for s in project.transcript.segments
        )
        assert project.ids == list(range(1, 3001))  # ids follow time order


def test_moved_video_is_found_by_name_and_size(tmp_path: Path) -> None:
    media = tmp_path / "clip.mp4"
    media.write_bytes(b"\x00" * 1234)
    path = tmp_path / "work" / "clip.review"
    path.parent.mkdir()
    Project.create(path, sample_transcript(), media=str(media)).close()
    with Project.open(path) as project:
        assert project.media_path is not None and project.media_path.resolve() == media
        assert project.relink_moved_media() is None  # nothing is missing
    moved = tmp_path / "work" / "videos" / "clip.mp4"
    moved.parent.mkdir()
    media.rename(moved)
    decoy = tmp_path / "clip.mp4.other"
    decoy.write_bytes(b"x")
    with Project.open(path) as project:
        assert project.relink_moved_media() == moved.resolve()
        assert project.media_path is not None and project.media_path.resolve() == moved.resolve()
    with Project.open(path) as project:  # the new place is saved
        assert project.media_path is not None and project.media_path.exists()
    # A file of the same name but another size is not taken for it.
    moved.rename(tmp_path / "elsewhere.mp4")
    (tmp_path / "work" / "clip.mp4").write_bytes(b"\x01" * 99)
    with Project.open(path) as project:
        assert project.relink_moved_media() is None


def test_the_schema_module_is_what_the_migrations_write() -> None:
    from reviewer.store import migrations, schema_sql

    written = Path(schema_sql.__file__).read_text(encoding="utf-8")
    assert written == migrations.schema_module(), "run: python -m reviewer.store.migrations"


def test_a_new_file_has_the_schema_the_migrations_make(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from reviewer.store import migrations

    new = tmp_path / "new.review"
    Project.create(new, sample_transcript(), author="me").close()
    stepped = sqlite3.connect(tmp_path / "stepped.review", isolation_level=None)
    migrations.apply(stepped)

    def layout(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())

    made = sqlite3.connect(new, isolation_level=None)
    assert layout(made) == layout(stepped)
    names = "SELECT migration_set, name FROM _sqlite_migrations ORDER BY id"
    assert made.execute(names).fetchall() == stepped.execute(names).fetchall()
    assert migrations.MIGRATIONS.pending(Database(made)) == []
    assert (
        schema.user_version(made) == schema.SCHEMA_VERSION == len(stepped.execute(names).fetchall())
    )
    assert schema.application_id(made) == schema.APPLICATION_ID
    assert made.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failed_block_rolls_back_and_a_nested_one_only_itself(tmp_path: Path) -> None:
    conn = schema.connect(tmp_path / "t.db")
    conn.execute("CREATE TABLE t (x)")
    with pytest.raises(ZeroDivisionError), schema.transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        1 / 0  # noqa: B018
    with schema.transaction(conn):
        conn.execute("INSERT INTO t VALUES (2)")
        with pytest.raises(ZeroDivisionError), schema.transaction(conn):
            conn.execute("INSERT INTO t VALUES (3)")
            1 / 0  # noqa: B018
        conn.execute("INSERT INTO t VALUES (4)")
    assert not conn.in_transaction
    assert [x for (x,) in conn.execute("SELECT x FROM t ORDER BY x")] == [2, 4]


def test_a_new_project_over_an_old_one_drops_its_leftover_journal(tmp_path: Path) -> None:
    path = tmp_path / "clip.review"
    Project.create(path, sample_transcript(), author="me").close()
    # An old project whose process died with edits still in its WAL (no checkpoint at close).
    crashed = sqlite3.connect(path, isolation_level=None)
    crashed.execute("PRAGMA wal_autocheckpoint = 0")
    crashed.execute("UPDATE segments SET translation = 'left in the WAL'")
    wal = Path(f"{path}-wal")
    leftover = wal.read_bytes()
    crashed.close()  # checkpoints; put the WAL back as a killed process leaves it
    wal.write_bytes(leftover)
    Project.write_new(path, sample_transcript(), author="me")
    with Project.open(path, author="me") as project:
        assert "left in the WAL" not in {s.translation for s in project.transcript.segments}
        assert (
            project.transcript.segments[0].translation
            == sample_transcript().segments[0].translation
        )


def test_a_project_open_in_a_reviewer_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "clip.review"
    with Project.create(path, sample_transcript(), author="me") as project:
        project.set_note(project.ids[0], "mine")
        with pytest.raises(ProjectError, match="open in another Reviewer"):
            Project.write_new(path, Transcript(segments=[Segment(0, 1000, "x")]), author="other")
        assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
    with Project.open(path, author="me") as project:
        assert project.transcript.segments[0].note == "mine"
