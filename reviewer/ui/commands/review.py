"""Review menu: approve, flag, the next unreviewed segment, speakers and tags by key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.core.models import Status
from reviewer.ui.i18n import tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Shell


def approve_next(window: Shell) -> None:
    segment_id = window.current_id()
    if segment_id is None:
        return
    window.edit(lambda p: p.approve([segment_id]))
    _move(window, +1)


def _move(window: Shell, step: int) -> None:
    index = window.table.currentIndex()
    row = index.row() + step if index.isValid() else 0
    if 0 <= row < window.filter.rowCount():
        window.select_row(window.filter.mapToSource(window.filter.index(row, 0)).row())


def flag(window: Shell) -> None:
    segment = window.current_segment()
    if segment is not None:
        status = Status.EDITED if segment.status == Status.FLAGGED else Status.FLAGGED
        window.edit(lambda p: p.set_status(window.selected_ids(), status))


def next_unreviewed(window: Shell) -> None:
    model = window.model
    if model is None:
        return
    rows = window.filter.rowCount()
    start = window.table.currentIndex().row() + 1
    for row in [*range(start, rows), *range(0, start)]:
        source_row = window.filter.mapToSource(window.filter.index(row, 0)).row()
        if model.segment_at(source_row).status == Status.UNREVIEWED:
            window.select_row(source_row)
            return
    window.show_message(tr("Every segment has been reviewed"), 5000)


def assign_slot(window: Shell, slot: int) -> None:
    """Give the selection the speaker on key ``slot``."""
    if window.project is None:
        return
    speaker = next((s for s in window.project.transcript.speakers if s.slot == slot), None)
    if speaker is None:
        window.show_message(
            tr("No speaker on key {key} yet: add one in the speaker panel, or Alt+N").format(
                key=slot
            ),
            6000,
        )
        return
    window.edit(lambda p: p.set_speaker(window.selected_ids(), speaker.name))


def clear_speaker(window: Shell) -> None:
    window.edit(lambda p: p.set_speaker(window.selected_ids(), None))


def new_speaker(window: Shell) -> None:
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getText(
        window.widget, tr("New speaker"), tr("Name (given to the selected segments):")
    )
    if ok and name.strip():
        window.edit(lambda p: p.set_speaker(window.selected_ids(), name.strip()))


def toggle_tag(window: Shell, n: int) -> None:
    """Add or remove the tag on key Ctrl+``n`` on the selection."""
    tags = window.settings.tags
    if n <= len(tags):
        window.edit(lambda p: p.toggle_tag(window.selected_ids(), tags[n - 1]))
    else:
        window.show_message(tr("No tag on Ctrl+{n}").format(n=n), 4000)
