"""Each action is enabled by its own ``when`` (reviewer.ui.commands): no project, a read-only
project and no current segment each disable what they should, and nothing else; a disabled
key changes nothing in the project file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from reviewer.store import Project
from reviewer.ui.actions import ACTIONS, SPECS
from reviewer.ui.commands import has_project, on_segment, writable


def enabled(window: Any) -> dict[str, bool]:
    return {spec.name: window.actions_by_name[spec.name].isEnabled() for spec in ACTIONS}


def names_when(*predicates: Any) -> set[str]:
    return {spec.name for spec in ACTIONS if spec.when in predicates}


ALWAYS = {spec.name for spec in ACTIONS if spec.when is None}


def test_the_table_says_when_for_the_actions_that_need_a_project() -> None:
    # Not a list kept anywhere else: these are read from the table the window reads.
    assert {"split", "merge", "approve_next", "speaker_3", "speaker_alt_3", "tag_2"} <= (
        names_when(on_segment)
    )
    assert {"insert_segment", "import_other_language", "relink_media"} <= names_when(writable)
    assert names_when(has_project) == {"export"}
    assert {"open", "quit", "palette", "shortcuts", "play_pause"} <= ALWAYS
    assert SPECS["undo"].retitle is not None and SPECS["redo"].retitle is not None


def test_no_project_leaves_only_what_needs_none(qtbot: Any, settings: Any) -> None:
    from reviewer.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.finish_start()
    state = enabled(window)
    assert {name for name, on in state.items() if on} == ALWAYS


def test_a_read_only_project_can_be_exported_but_not_changed(
    qtbot: Any, window: Any, project_file: Path, saved: Any
) -> None:
    window.close_project()
    project = Project.open(project_file, read_only=True)
    window.set_project(project)
    assert window.project.read_only and window.current_id() is not None
    state = enabled(window)
    assert {name for name, on in state.items() if on} == ALWAYS | {"export"}
    before = saved.segment(window.current_id())
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert saved.segment(window.current_id()) == before


def test_no_current_segment_disables_the_segment_actions_only(
    qtbot: Any, window: Any, saved: Any
) -> None:
    state = enabled(window)
    assert all(state[name] for name in names_when(on_segment, writable, has_project))
    assert not state["undo"] and not state["redo"]  # nothing done yet
    window.find_box.setText("no segment holds this text 8c1f")  # the filter leaves no row
    qtbot.waitUntil(lambda: window.current_id() is None)
    state = enabled(window)
    assert not any(state[name] for name in names_when(on_segment))
    assert all(state[name] for name in names_when(writable, has_project) | ALWAYS)
    window.find_box.clear()
    window.select_row(0)  # a segment current again
    assert all(enabled(window)[name] for name in names_when(on_segment))


def test_undo_follows_the_project_and_names_what_it_undoes(
    qtbot: Any, window: Any, saved: Any
) -> None:
    segment_id = window.current_id()
    qtbot.keyClick(window.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # flag
    undo = window.actions_by_name["undo"]
    assert undo.isEnabled() and undo.text() != "Undo"  # "Undo <what>"
    assert saved.segment(segment_id)["status"] == "flagged"
    undo.trigger()
    assert saved.segment(segment_id)["status"] != "flagged"
    assert not undo.isEnabled() and window.actions_by_name["redo"].isEnabled()
