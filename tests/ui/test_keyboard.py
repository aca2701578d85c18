"""Every key of the keyboard contract (DESIGN.md), pressed as an editor would, checked in the
project file through plain sqlite3."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):  # type: ignore[no-untyped-def]
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def test_up_down_move_and_seek(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.current_id() == 1
    press(qtbot, Qt.Key.Key_Down, widget=window.table)
    assert window.current_id() == 2
    assert window.playback.position() == 2500  # the player went to the segment's start
    press(qtbot, Qt.Key.Key_Down, widget=window.table)
    press(qtbot, Qt.Key.Key_Up, widget=window.table)
    assert window.current_id() == 2
    assert window.editor.translation.toPlainText() == "Lebanon's 真主党 said"


def test_digit_keys_assign_speakers_to_the_selection_and_zero_clears(qtbot, window, saved) -> None:  # type: ignore[no-untyped-def]
    window.project.add_speaker("Wang Yi")  # key 2 (陈嘉怡 holds key 1)
    press(qtbot, Qt.Key.Key_Down, widget=window.table)
    press(qtbot, Qt.Key.Key_Down, SHIFT, widget=window.table)  # rows 2 and 3 selected
    press(qtbot, Qt.Key.Key_2, widget=window.table)
    assert saved.segment(2)["speaker"] == saved.segment(3)["speaker"] == "Wang Yi"
    press(qtbot, Qt.Key.Key_1, widget=window.table)
    assert saved.segment(2)["speaker"] == saved.segment(3)["speaker"] == "陈嘉怡"
    press(qtbot, Qt.Key.Key_0, widget=window.table)
    assert saved.segment(2)["speaker"] is None and saved.segment(3)["speaker"] is None
    press(qtbot, Qt.Key.Key_7, widget=window.table)  # no speaker on key 7: nothing changes
    assert saved.segment(2)["speaker"] is None
    assert "No speaker on key 7" in window.statusBar().currentMessage()


def test_enter_edits_translation_typing_is_saved_and_esc_returns(qtbot, window, saved) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_Down, widget=window.table)
    press(qtbot, Qt.Key.Key_Return, widget=window.table)
    assert window.editor.translation.hasFocus()
    box = window.editor.translation
    box.selectAll()
    qtbot.keyClicks(box, "Lebanon's Hezbollah said")
    # Committed within half a second of the last key, without any save command...
    qtbot.waitUntil(
        lambda: saved.segment(2)["translation"] == "Lebanon's Hezbollah said", timeout=1500
    )
    # ...as one revision for the whole edit of the field (plus the automatic status change).
    fields = saved.query("SELECT field FROM revisions WHERE entity_id = 2 ORDER BY id")
    assert [f for (f,) in fields] == ["translation", "status"]
    assert saved.segment(2)["status"] == "edited"
    qtbot.keyClicks(box, " today")
    press(qtbot, Qt.Key.Key_Escape, widget=box)
    assert window.table.hasFocus()
    assert saved.segment(2)["translation"] == "Lebanon's Hezbollah said today"  # Esc keeps it


def test_f2_edits_too(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_F2, widget=window.table)
    assert window.editor.translation.hasFocus()


def test_alt_digits_assign_while_typing(qtbot, window, saved) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_Return, widget=window.table)
    box = window.editor.translation
    qtbot.keyClicks(box, "!")
    press(qtbot, Qt.Key.Key_1, ALT, widget=box)
    assert saved.segment(1)["speaker"] == "陈嘉怡"
    press(qtbot, Qt.Key.Key_0, ALT, widget=box)
    assert saved.segment(1)["speaker"] is None
    assert box.hasFocus() and box.toPlainText() == "Good evening.!"


def test_ctrl_enter_approves_and_moves_on(qtbot, window, saved) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=window.table)
    assert [saved.segment(i)["status"] for i in (1, 2, 3, 4)] == [
        "approved",
        "approved",
        "approved",
        "unreviewed",
    ]
    assert window.current_id() == 4
    assert window.progress.text() == "Reviewed 3 of 4"
    # From inside the editor too: the typed text is saved with the approval.
    press(qtbot, Qt.Key.Key_Return, widget=window.table)
    qtbot.keyClicks(window.editor.translation, " Wang Yi")
    press(qtbot, Qt.Key.Key_Return, CTRL, widget=window.editor.translation)
    assert saved.segment(4)["status"] == "approved"
    assert saved.segment(4)["translation"].endswith("met Wang Yi")


def test_space_and_ctrl_space_play_and_pause(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_Space, widget=window.table)
    assert window.playback.is_playing()
    press(qtbot, Qt.Key.Key_Space, widget=window.table)
    assert not window.playback.is_playing()
    press(qtbot, Qt.Key.Key_Return, widget=window.table)
    press(qtbot, Qt.Key.Key_Space, CTRL, widget=window.editor.translation)
    assert window.playback.is_playing()
    assert window.editor.translation.toPlainText() == "Good evening."  # no space typed
    press(qtbot, Qt.Key.Key_Space, CTRL, widget=window.editor.translation)
    assert not window.playback.is_playing()


def test_ctrl_r_replays_the_segment_and_follow_lights_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_Down, widget=window.table)
    window.playback.seek(5000)
    press(qtbot, Qt.Key.Key_R, CTRL, widget=window.table)
    assert window.playback.is_playing()
    assert 2500 <= window.playback.position() < 3500
    qtbot.waitUntil(lambda: window.model.playing_id == 2, timeout=2000)


def test_alt_arrows_jump_two_seconds(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.playback.seek(5000)
    press(qtbot, Qt.Key.Key_Right, ALT, widget=window.table)
    assert window.playback.position() == 7000
    press(qtbot, Qt.Key.Key_Left, ALT, widget=window.table)
    press(qtbot, Qt.Key.Key_Left, ALT, widget=window.table)
    assert window.playback.position() == 3000


def test_undo_redo_keys_are_the_persistent_log(qtbot, window, saved) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_1, widget=window.table)
    press(qtbot, Qt.Key.Key_Down, widget=window.table)
    press(qtbot, Qt.Key.Key_1, widget=window.table)
    assert saved.segment(2)["speaker"] == "陈嘉怡"
    press(qtbot, Qt.Key.Key_Z, CTRL, widget=window.table)
    assert saved.segment(2)["speaker"] is None
    # Undo works from the text editor too, and is the project's, not the text box's.
    press(qtbot, Qt.Key.Key_Return, widget=window.table)
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT, widget=window.editor.translation)
    assert saved.segment(2)["speaker"] == "陈嘉怡"
    kinds = [k for (k,) in saved.query("SELECT kind FROM operations ORDER BY id")]
    assert kinds[-2:] == ["undo", "redo"]


def test_ctrl_f_finds_in_any_script(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_F, CTRL, widget=window.table)
    assert window.find_box.hasFocus()
    # Chinese arrives committed by an input method, not as key presses.
    window.find_box.insert("拉夫羅夫")  # Traditional; the text is Simplified
    assert window.filter.rowCount() == 1
    window.find_box.clear()
    assert window.filter.rowCount() == 4


def test_command_palette_runs_actions_by_name(qtbot, window, saved) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT, widget=window.table)
    palette = window.dialog
    assert palette is not None and palette.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.query)
    qtbot.keyClicks(palette.query, "approve")
    assert "Approve and next" in palette.list.currentItem().text()
    assert "Ctrl+Return" in palette.list.currentItem().text()
    press(qtbot, Qt.Key.Key_Return, widget=palette.query)
    assert not palette.isVisible()
    assert saved.segment(1)["status"] == "approved"


def test_help_lists_every_contract_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["shortcuts"].trigger()
    table = window.dialog.table
    keys = " | ".join(table.item(r, 0).text() for r in range(table.rowCount()))
    for key in (
        "Up / Down",
        "1",
        "0",
        "Alt+1",
        "Return",
        "F2",
        "Esc",
        "Ctrl+Return",
        "Space",
        "Ctrl+Space",
        "Ctrl+R",
        "Alt+Left",
        "Alt+Right",
        "Ctrl+Z",
        "Ctrl+Shift+Z",
        "Ctrl+F",
        "Ctrl+Shift+P",
    ):
        assert key in keys, key
    window.dialog.close()


def test_timing_keys_split_merge_and_nudge(qtbot, window, saved) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_Down, widget=window.table)  # segment 2: 2.5-6 s
    window.playback.seek(4000)
    press(qtbot, Qt.Key.Key_K, CTRL, widget=window.table)
    assert saved.ids() == [1, 2, 5, 3, 4]
    assert (saved.segment(2)["end_ms"], saved.segment(5)["start_ms"]) == (4000, 4000)
    press(qtbot, Qt.Key.Key_J, CTRL, widget=window.table)  # merge back
    assert saved.ids() == [1, 2, 3, 4] and saved.segment(2)["end_ms"] == 6000
    press(qtbot, Qt.Key.Key_BracketRight, ALT, widget=window.table)
    assert saved.segment(2)["start_ms"] == 2600
    window.playback.seek(5500)
    press(qtbot, Qt.Key.Key_BracketRight, CTRL, widget=window.table)
    assert saved.segment(2)["end_ms"] == 5500


def test_flag_and_next_unreviewed(qtbot, window, saved) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_G, CTRL, widget=window.table)
    assert saved.segment(1)["status"] == "flagged"
    press(qtbot, Qt.Key.Key_U, CTRL, widget=window.table)
    assert window.current_id() == 2


def test_tag_keys_toggle_tags(qtbot, window, saved) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_1, CTRL, widget=window.table)  # SOT
    tags = saved.query(
        "SELECT t.name FROM segment_tags st JOIN tags t ON t.id = st.tag_id WHERE st.segment_id = 1"
    )
    assert tags == [("SOT",)]
    press(qtbot, Qt.Key.Key_1, CTRL, widget=window.table)
    assert not saved.query("SELECT 1 FROM segment_tags WHERE segment_id = 1")


def test_one_move_is_one_seek_after_reopening(qtbot, window, project_file) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(project_file)  # the same window, a project opened again
    seeks: list[int] = []
    original = window.playback.seek
    window.playback.seek = lambda ms: (seeks.append(ms), original(ms))
    press(qtbot, Qt.Key.Key_Down, widget=window.table)
    assert seeks == [2500]
    assert window.editor.segment_id == 2


def test_a_refused_edit_is_said_quietly_and_is_not_a_save_failure(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_row(3)  # the last segment: nothing to merge with
    press(qtbot, Qt.Key.Key_J, CTRL, widget=window.table)
    assert "no next segment" in window.statusBar().currentMessage()
    assert window.saved_label.text() == "All changes saved"
