"""Keyboard paths with no dead ends: Esc back to the list from anywhere, the Tab order, Home/End
in the list, rows kept off the list's edges, a key for every panel, the focus back after a
dialog, approval undone by a later change, find and replace lit in the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

from reviewer.core.models import Segment, Transcript
from reviewer.store import Project
from reviewer.ui.find_replace import FindReplaceDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def _back_in_list_on(window, segment_id: int) -> None:  # type: ignore[no-untyped-def]
    assert QApplication.focusWidget() is window.table
    assert window.current_id() == segment_id
    assert window.selected_ids() == [segment_id]
    assert window.table.selectionModel().isRowSelected(window.table.currentIndex().row())


def test_esc_from_the_find_box_and_the_filters_returns_to_the_same_segment(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_id(3)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.find_box
    qtbot.keyClicks(window.find_box, "Lav")
    press(qtbot, Qt.Key.Key_Escape)
    _back_in_list_on(window, 3)
    window.find_box.clear()
    for box in (window.status_filter, window.speaker_filter, window.editor.tags):
        box.setFocus()
        press(qtbot, Qt.Key.Key_Escape)
        _back_in_list_on(window, 3)


def test_tab_from_the_find_box_goes_to_the_list_not_a_filter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_id(2)
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Tab)
    _back_in_list_on(window, 2)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor.translation


@pytest.mark.parametrize(
    ("key", "modifier", "expected"),
    [
        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier, 1),
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, 4),
        (Qt.Key.Key_Home, CTRL, 1),
        (Qt.Key.Key_End, CTRL, 4),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier, 4),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier, 1),
    ],
)
def test_home_end_and_page_keys_move_the_selection(qtbot, window, key, modifier, expected) -> None:  # type: ignore[no-untyped-def]
    window.select_id(3)
    window.table.setFocus()
    press(qtbot, key, modifier)
    _back_in_list_on(window, expected)
    assert window.editor.segment_id == expected  # the editor shows what is selected


def test_every_panel_has_a_key_and_a_palette_entry_and_esc_comes_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_id(2)
    for name, key in (
        ("show_glossary_panel", Qt.Key.Key_G),
        ("show_problems_panel", Qt.Key.Key_P),
        ("show_speakers_panel", Qt.Key.Key_S),
        ("show_history", Qt.Key.Key_H),
    ):
        assert name in window.actions_by_name  # the palette lists every action
        window.table.setFocus()
        press(qtbot, key, CTRL | ALT)
        focus = QApplication.focusWidget()
        assert focus is not None and focus is not window.table, name
        press(qtbot, Qt.Key.Key_Escape)
        _back_in_list_on(window, 2)
    glossary = window.findChild(QLineEdit.__mro__[1], "glossaryDock")  # the dock (a QWidget)
    assert glossary is not None and glossary.isVisible()


def test_the_focus_returns_after_a_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for start in (window.table, window.editor.translation):
        start.setFocus()
        window.actions_by_name["export"].trigger()
        dialog = window.dialog
        assert isinstance(dialog, QDialog) and dialog.objectName() == "exportDialog"
        qtbot.waitUntil(dialog.isVisible)
        qtbot.waitUntil(lambda d=dialog: (f := QApplication.focusWidget()) is not None
                        and f.window() is d)  # fmt: skip
        dialog.reject()
        qtbot.waitUntil(lambda s=start: QApplication.focusWidget() is s)


def test_find_and_replace_has_mnemonics_and_lights_the_match_in_the_editor(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["find_replace"].trigger()
    dialog = window.part(FindReplaceDialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # its mnemonics, not the window's Alt keys
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"Find &next", "&Replace", "Replace &all…", "Cl&ose"} <= buttons
    qtbot.keyClicks(dialog.find_text, "Lavrof")
    qtbot.keyClick(dialog.find_text, Qt.Key.Key_N, ALT)  # Find next (a button's animated click)
    qtbot.waitUntil(lambda: window.current_id() == 3)
    lit = window.editor.translation.extraSelections()
    assert [s.cursor.selectedText() for s in lit] == ["Lavrof"]
    dialog.replace.setText("Lavrov")
    qtbot.keyClick(dialog.replace, Qt.Key.Key_R, ALT)  # Replace
    qtbot.waitUntil(
        lambda: window.project.segment(3).translation == "Lavrov said the talks went well"
    )
    dialog.reject()
    assert window.editor.translation.extraSelections() == []


def test_a_change_to_an_approved_segment_shows_it_edited_and_undo_restores(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_id(1)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # approve #1, on to #2
    assert window.progress.text() == "Reviewed 1 of 4"
    window.select_id(1)
    window.table.setFocus()
    window.project.add_speaker("Wang Yi")
    press(qtbot, Qt.Key.Key_2)  # re-tag the approved segment
    assert window.project.segment(1).status.value == "edited"
    assert window.progress.text() == "Reviewed 0 of 4"
    window.status_filter.setCurrentIndex(window.status_filter.findData("edited"))
    assert 1 in [window.model.id_at(window.filter.mapToSource(window.filter.index(r, 0)).row())
                 for r in range(window.filter.rowCount())]  # fmt: skip
    window.status_filter.setCurrentIndex(0)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.project.segment(1).status.value == "approved"
    assert window.project.segment(1).speaker == "陈嘉怡"
    assert window.progress.text() == "Reviewed 1 of 4"


@pytest.fixture
def long_file(tmp_path: Path) -> Path:
    path = tmp_path / "long.review"
    segments = [
        Segment(i * 2000, i * 2000 + 1800, f"第{i + 1}句", f"line {i + 1}") for i in range(80)
    ]
    Project.create(path, Transcript(segments=segments), author="importer").close()
    return path


def test_the_current_row_stays_three_rows_from_the_edges(qtbot, window, long_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(long_file)
    window.table.setFocus()
    table = window.table
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Return, CTRL)
        row = table.currentIndex().row()
        last_seen = table.rowAt(table.viewport().height() - 1)
        assert last_seen - row >= 3, (row, last_seen)
    for _ in range(30):
        press(qtbot, Qt.Key.Key_Up)
        row = table.currentIndex().row()
        assert row - table.rowAt(0) >= 3 or table.rowAt(0) == 0
