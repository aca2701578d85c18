"""Edit menu: undo and redo, find, the editor's boxes, and the segment's cuts and times."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from reviewer.ui.i18n import step, tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Shell, Window

NUDGE_MS = 100


def undo(window: Shell) -> None:
    label = window.edit(lambda p: p.undo())
    if label:
        window.show_message(tr("Undid {what}").format(what=step(str(label))), 4000)
    _reselect_after_undo(window)


def redo(window: Shell) -> None:
    label = window.edit(lambda p: p.redo())
    if label:
        window.show_message(tr("Redid {what}").format(what=step(str(label))), 4000)
    _reselect_after_undo(window)


def undo_text(window: Window) -> str:
    if window.project is None:
        return tr("Undo")
    return tr("Undo {what}").format(what=step(window.project.undo_label)).strip()


def redo_text(window: Window) -> str:
    if window.project is None:
        return tr("Redo")
    return tr("Redo {what}").format(what=step(window.project.redo_label)).strip()


def _reselect_after_undo(window: Shell) -> None:
    if window.current_id() is None and window.model and window.model.rowCount():
        window.select_row(0, seek=False)


def find(window: Shell) -> None:
    window.find_box.setFocus()
    window.find_box.selectAll()


def edit_translation(window: Shell) -> None:
    box = window.editor.translation
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)


def edit_source(window: Shell) -> None:
    window.editor.source.setFocus()


def back_to_list(window: Shell) -> None:
    """Back to the list (from the editor, a box, a panel), the same segment selected."""
    window.editor.flush()
    window.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
    current = window.table.currentIndex()
    if current.isValid():
        if not window.table.selectionModel().isRowSelected(current.row()):
            window.select_row(window.filter.mapToSource(current).row(), seek=False)
    elif window.last_id is not None:
        window.select_id(window.last_id, seek=False)  # if the filter still shows it


def edit_note(window: Shell) -> None:
    window.editor.note.setFocus()
    window.editor.note.selectAll()


def split(window: Shell) -> None:
    segment = window.current_segment()
    if segment is None:
        return
    at = window.playback.position()
    if not segment.start_ms < at < segment.end_ms:
        window.show_message(tr("Put the playhead inside the segment to split it"), 6000)
        return
    src, trans = window.editor.cursor_positions()
    new_id = window.edit(lambda p: p.split(segment.sid, at, src, trans))
    if isinstance(new_id, int):
        window.select_id(segment.sid, seek=False)


def merge(window: Shell) -> None:
    segment = window.current_segment()
    if segment is not None:
        window.edit(lambda p: p.merge_with_next(segment.sid))


def insert_segment(window: Shell) -> None:
    at = window.playback.position()
    new_id = window.edit(lambda p: p.insert(at, at + 2000))
    if isinstance(new_id, int):
        window.select_id(new_id, seek=False)
        edit_translation(window)


def delete_segments(window: Shell) -> None:
    ids = window.selected_ids()
    if ids:
        row = window.model.row_of(ids[0]) if window.model else None
        window.edit(lambda p: p.delete(ids))
        if row is not None and window.model and window.model.rowCount():
            window.select_row(min(row, window.model.rowCount() - 1), seek=False)


def _retime(
    window: Shell, start: Callable[[int, int], int], end: Callable[[int, int], int]
) -> None:
    segment = window.current_segment()
    if segment is None:
        return
    at = window.playback.position()
    window.edit(
        lambda p: p.retime(segment.sid, start(segment.start_ms, at), end(segment.end_ms, at))
    )


def start_at_playhead(window: Shell) -> None:
    _retime(window, lambda _s, at: at, lambda e, _at: e)


def end_at_playhead(window: Shell) -> None:
    _retime(window, lambda s, _at: s, lambda _e, at: at)


def nudge_start_earlier(window: Shell) -> None:
    _retime(window, lambda s, _at: max(0, s - NUDGE_MS), lambda e, _at: e)


def nudge_start_later(window: Shell) -> None:
    _retime(window, lambda s, _at: s + NUDGE_MS, lambda e, _at: e)


def nudge_end_earlier(window: Shell) -> None:
    _retime(window, lambda s, _at: s, lambda e, _at: e - NUDGE_MS)


def nudge_end_later(window: Shell) -> None:
    _retime(window, lambda s, _at: s, lambda e, _at: e + NUDGE_MS)
