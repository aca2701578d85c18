"""Failed writes lose nothing: a full disk, a read-only file, the file removed or replaced under
us. The operation stays pending in memory, is retried, and reaches the file when the cause is
gone; a copy can be saved elsewhere with the pending work in it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from helpers import sample_transcript

from reviewer.core.errors import ProjectError, SaveError
from reviewer.store import Notice, NoticeKind, Project

LONG = "Lebanon's Hezbollah said " * 400  # needs new pages: a full disk refuses it


@pytest.fixture
def keeping(project: Project) -> Project:
    project.keep_unsaved = True
    return project


def in_file(path: Path, segment_id: int, field: str = "translation") -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT {field} FROM segments WHERE id = ?", [segment_id]).fetchone()[
            0
        ]
    finally:
        conn.close()


def fill_disk(project: Project) -> None:
    pages = project.db.execute("PRAGMA page_count").fetchone()[0]
    project.db.execute(f"PRAGMA max_page_count = {pages}")


def free_disk(project: Project) -> None:
    project.db.execute("PRAGMA max_page_count = 1073741823")


def test_full_disk_keeps_the_edit_pending_and_writes_it_when_space_returns(
    keeping: Project, project_path: Path
) -> None:
    notices: list[Notice] = []
    keeping.subscribe(notices.append)
    fill_disk(keeping)
    keeping.set_translation(2, LONG)
    assert keeping.segment(2).translation == LONG  # the editor sees what was typed
    assert len(keeping.pending) == 1 and "disk is full" in keeping.save_error
    assert any(n.kind == "saving" and "disk is full" in n.label for n in notices)
    assert in_file(project_path, 2) == "Lebanon's 真主党 said"
    keeping.set_translation(3, "Lavrov said")  # queues behind, in order
    assert len(keeping.pending) == 2
    assert not keeping.retry_pending()  # the cause is still there
    free_disk(keeping)
    assert keeping.retry_pending()
    assert not keeping.pending and keeping.save_error == ""
    assert notices[-1] == Notice(NoticeKind.SAVING, label="")
    assert (in_file(project_path, 2), in_file(project_path, 3)) == (LONG, "Lavrov said")
    labels = [r.op_label for r in keeping.history()]
    assert labels == ["Edit translation"] * 4  # two edits, each text change and its status


def test_the_next_edit_retries_first(keeping: Project, project_path: Path) -> None:
    fill_disk(keeping)
    keeping.set_translation(2, LONG)
    free_disk(keeping)
    keeping.set_translation(3, "Lavrov said")
    assert not keeping.pending
    assert in_file(project_path, 2) == LONG and in_file(project_path, 3) == "Lavrov said"


def test_read_only_file_keeps_the_edit_pending(keeping: Project, project_path: Path) -> None:
    # Tests run as root in CI, where chmod stops nothing: query_only refuses writes as a
    # read-only file would.
    keeping.db.execute("PRAGMA query_only = ON")
    keeping.set_translation(1, "Good evening!")
    assert keeping.pending and "read-only" in keeping.save_error
    keeping.db.execute("PRAGMA query_only = OFF")
    assert keeping.heartbeat()
    assert in_file(project_path, 1) == "Good evening!"


def test_undo_and_redo_work_on_pending_operations_and_survive_writing(
    keeping: Project, project_path: Path, snapshot
) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(keeping)
    fill_disk(keeping)
    keeping.split(2, 4000)
    split = snapshot(keeping)
    assert keeping.undo_label == "Split"
    keeping.undo()
    assert snapshot(keeping) == before
    keeping.redo()
    assert snapshot(keeping) == split
    free_disk(keeping)
    assert keeping.retry_pending()
    assert keeping.undo() == "Split"  # the provisional ids were renumbered
    assert snapshot(keeping) == before
    keeping.close()
    with Project.open(project_path) as again:
        assert snapshot(again) == before
        assert again.redo() == "Split"
        assert snapshot(again) == split


def test_speakers_made_and_renamed_while_pending_reach_the_file(
    keeping: Project, project_path: Path, snapshot
) -> None:  # type: ignore[no-untyped-def]
    fill_disk(keeping)
    keeping.db.execute("PRAGMA query_only = ON")
    keeping.set_speaker([3], "Lavrov")
    keeping.rename_speaker("Lavrov", "Sergei Lavrov")
    keeping.db.execute("PRAGMA query_only = OFF")
    free_disk(keeping)
    assert keeping.retry_pending()
    expected = snapshot(keeping)
    keeping.close()
    with Project.open(project_path) as again:
        assert snapshot(again) == expected
        assert again.segment(3).speaker == "Sergei Lavrov"


def test_strict_mode_raises_and_changes_nothing(project: Project, snapshot) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(project)
    fill_disk(project)
    with pytest.raises(SaveError, match="could not save: the disk is full"):
        project.set_translation(2, LONG)
    assert snapshot(project) == before and not project.pending


def test_file_removed_under_us_is_written_again(keeping: Project, project_path: Path) -> None:
    keeping.set_translation(1, "before removal")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{project_path}{suffix}").unlink(missing_ok=True)
    # The folder is gone too (an unplugged drive): nothing can be written back yet.
    moved = project_path.parent.with_name(project_path.parent.name + "-away")
    project_path.parent.rename(moved)
    keeping.set_translation(2, "while removed")
    assert keeping.pending and "removed" in keeping.save_error
    assert not keeping.retry_pending()
    moved.rename(project_path.parent)  # plugged in again
    assert keeping.retry_pending()
    keeping.set_translation(3, "after")
    keeping.close()
    assert in_file(project_path, 1) == "before removal"
    assert in_file(project_path, 2) == "while removed"
    assert in_file(project_path, 3) == "after"
    conn = sqlite3.connect(project_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_file_replaced_under_us_is_never_overwritten(keeping: Project, project_path: Path) -> None:
    other = project_path.with_name("other.review")
    Project.create(other, sample_transcript(), author="else").close()
    os.replace(other, project_path)
    keeping.set_translation(2, "mine")
    assert keeping.pending and "replaced" in keeping.save_error
    assert not keeping.retry_pending()
    assert in_file(project_path, 2) == "Lebanon's 真主党 said"  # the other file is untouched


def test_save_a_copy_holds_the_pending_work(
    keeping: Project, project_path: Path, tmp_path: Path, snapshot
) -> None:  # type: ignore[no-untyped-def]
    keeping.set_translation(1, "saved")
    keeping.db.execute("PRAGMA query_only = ON")
    keeping.split(2, 4000)
    keeping.undo()
    keeping.set_translation(3, "Lavrov said")
    expected = snapshot(keeping)
    copy = keeping.save_copy(tmp_path / "copy.review")
    assert keeping.pending  # the original still waits
    with Project.open(copy) as rescued:
        assert snapshot(rescued) == expected
        assert rescued.undo_label == "Edit translation"
        rescued.undo()
        assert rescued.undo_label == "Edit translation"  # the split was undone already
        rescued.undo()
        assert rescued.segment(1).translation == "Good evening."
        assert len(rescued.transcript.segments) == 4
        assert rescued.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_save_a_copy_failure_names_the_target(keeping: Project, tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="could not save a copy"):
        keeping.save_copy(tmp_path / "no" / "folder" / "copy.review")


def test_heartbeat_checkpoints_the_wal_after_edits(project: Project) -> None:
    # The automatic checkpoint is pushed far out of the keystroke path (bench/commit.py)...
    assert project.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 8000
    project.set_translation(1, "Good evening!")
    assert project.file.unchecked_commits == 1
    assert project.heartbeat()  # ...and the window's timer does it instead
    assert project.file.unchecked_commits == 0
