"""The window on hostile project files (offscreen): refused with the offer to rescue, never a
crash; a project that failed or crashed while opening is not reopened by the next start; a WAL
set aside is told; a lock another machine left is breakable after a warning."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from hostile_files import digest, hostile, make_project, wal_of_another_database
from PySide6.QtWidgets import QMessageBox

from reviewer.store.lock import lock_path
from reviewer.ui.app import _open_at_start
from reviewer.ui.project_trust import BREAK, RESCUE

WINDOW_FUZZ_CASES = int(os.environ.get("REVIEWER_FUZZ_WINDOW_CASES", "12"))


def _click(box: QMessageBox, label: str) -> None:
    button = next(b for b in box.buttons() if b.text() == label)
    button.click()


def test_a_blob_in_a_text_column_is_refused_and_rescued(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = hostile(tmp_path, "blob_in_text_column")
    before_file, before_project = digest(path), window.project
    assert not window.open_path(path)
    assert window.project is before_project
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert "segments row 2: the translation is not text" in box.text()
    assert digest(path) == before_file
    _click(box, RESCUE)
    rescued = tmp_path / "blob_in_text_column.rescued.review"
    assert window.project.path == rescued
    assert window.project.segment(2).translation == ""
    notes = window.dialog
    assert isinstance(notes, QMessageBox) and "translation is not text" in notes.text()
    window.table.viewport().repaint()  # every row paints: the crash was in painting


def test_a_last_project_that_fails_is_forgotten_and_the_start_says_why(  # type: ignore[no-untyped-def]
    window, settings, tmp_path: Path
) -> None:
    path = hostile(tmp_path, "view_in_place_of_a_table")
    settings.last_project = str(path)
    assert not _open_at_start(window, settings, None, break_lock=False)
    assert settings.last_project == ""
    assert settings.opening_project == ""
    assert "is a view where Reviewer makes a table" in window.dialog.text()


def test_a_start_that_crashed_while_opening_does_not_open_it_again(  # type: ignore[no-untyped-def]
    window, settings, project_file: Path
) -> None:
    # What a start that ended while opening leaves behind: the marker and the last project.
    settings.last_project = str(project_file)
    settings.opening_project = str(project_file)
    assert not _open_at_start(window, settings, None, break_lock=False)
    assert settings.last_project == "" and settings.opening_project == ""
    text = window.dialog.text()
    assert "stopped while opening it the last time" in text and str(project_file) in text
    # A start that opens the project clears the marker once the window is complete.
    settings.last_project = str(project_file)
    assert _open_at_start(window, settings, None, break_lock=False)
    window.started.emit()
    assert settings.opening_project == ""


def test_a_foreign_wal_is_told_in_the_window(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = make_project(tmp_path / "p.review")
    Path(f"{path}-wal").write_bytes(wal_of_another_database(tmp_path))
    assert window.open_path(path)
    assert window.project.transcript.title == "Evening news"
    assert "p.review-wal was moved aside" in window.dialog.text()


def test_a_lock_of_another_machine_can_be_broken_after_a_warning(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = make_project(tmp_path / "p.review")
    owner = {"pid": 7, "host": "desk-pc-4\n<b>", "user": "anna", "since": "2026-01-05 10:00"}
    lock_path(path).write_text(json.dumps(owner), encoding="utf-8")
    assert window.open_path(path)
    assert window.project.read_only
    box = window.dialog
    assert "desk-pc-4\\n<b>" in box.text() and "Break the lock only if" in box.text()
    _click(box, BREAK)
    assert window.project.path == path and not window.project.read_only
    window.project.set_translation(window.project.ids[1], "mine now")


@pytest.mark.timeout(120)
def test_the_window_survives_mutated_projects(window, tmp_path: Path, fuzz_count) -> None:  # type: ignore[no-untyped-def]
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))
    from mutations import make_case

    base = make_project(tmp_path / "base.review", edits=3)
    rng = random.Random(190)
    outcomes = {"opened": 0, "refused": 0}
    for case in range(WINDOW_FUZZ_CASES):
        path = tmp_path / f"case{case}.review"
        what = make_case(base, path, rng)
        before = digest(path)
        if window.open_path(path):
            outcomes["opened"] += 1
            window.table.viewport().repaint()
        else:
            outcomes["refused"] += 1
            assert isinstance(window.dialog, QMessageBox), what
            assert digest(path) == before, what
            window.dialog.close()
    fuzz_count(f"window (offscreen): {WINDOW_FUZZ_CASES} cases, seed 190: {outcomes}")
    window.table.viewport().repaint()
    assert sum(outcomes.values()) == WINDOW_FUZZ_CASES
