"""How the segment list lays out its text: long segments whole (View > Wrap long text, or at
least the current row grown to its text), and a column no segment has text in hidden.

Rows keep one fixed height so that 20,000 of them scroll smoothly; with wrapping on, only the
rows in view (and the current one) are measured and grown, a few dozen at a time, after each
scroll, resize or edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from reviewer.store import Notice, NoticeKind, Project
from reviewer.store.notices import ROWS_MOVED
from reviewer.ui.action_spec import ActionSpec
from reviewer.ui.segment_model import COL_SOURCE, COL_TRANSLATION

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

WRAP_FLAG = "list/wrap"
TEXT_COLUMNS = {"source": COL_SOURCE, "translation": COL_TRANSLATION}


class ListLayout:
    """Wrapping of long text in the list, and hiding of empty text columns."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self.table = window.table
        self.wrap = False
        self._grown: set[int] = set()  # rows (of the view) sized to their text
        self._timer = QTimer(window.widget)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.grow_rows_in_view)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._timer.start())
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._regrow())
        self.window.filter.layoutChanged.connect(self._regrow)
        self.window.filter.modelReset.connect(self._regrow)
        self.window.current_segment_changed.connect(lambda _id: self._timer.start())
        window.project_opened.connect(self._opened)

    # -- wrapping -------------------------------------------------------------------------

    def set_wrap(self, on: bool) -> None:
        self.wrap = on
        self.table.setWordWrap(on)
        self.window.settings.set_flag(WRAP_FLAG, on)
        self._regrow()

    def _regrow(self) -> None:
        self._shrink_all()
        self._timer.start()

    def _shrink_all(self) -> None:
        header = self.table.verticalHeader()
        default = header.defaultSectionSize()
        for row in self._grown:
            if row < self.window.filter.rowCount():
                header.resizeSection(row, default)
        self._grown.clear()

    def grow_rows_in_view(self) -> None:
        """Size the rows in view (and the current one) to their whole text, when wrapping."""
        if not self.wrap:
            return
        table = self.table
        count = self.window.filter.rowCount()
        if not count:
            return
        first = max(table.rowAt(0), 0)
        last = table.rowAt(table.viewport().height() - 1)
        last = count - 1 if last < 0 else last
        rows = set(range(first, last + 1))
        current = table.currentIndex().row()
        if current >= 0:
            rows.add(current)
        header = table.verticalHeader()
        default = header.defaultSectionSize()
        for row in sorted(rows - self._grown):
            height = max(default, table.sizeHintForRow(row))  # never below one line's row
            if height != header.sectionSize(row):
                header.resizeSection(row, height)
            self._grown.add(row)

    # -- empty columns --------------------------------------------------------------------

    def _opened(self, project: Project) -> None:
        if self.window.project_signals is not None:
            self.window.project_signals.notice.connect(self._on_notice)
        self.hide_empty_columns()
        self._regrow()

    def _on_notice(self, notice: Notice) -> None:
        if notice.kind in ROWS_MOVED or notice.fields & TEXT_COLUMNS.keys():
            self.hide_empty_columns(notice)
        if self.wrap and notice.kind == NoticeKind.SEGMENTS:
            for row in range(max(notice.first, 0), notice.last + 1):
                self._grown.discard(row)  # measured again: the text changed
            self._timer.start()
        elif notice.kind != NoticeKind.SEGMENTS:
            self._regrow()

    def hide_empty_columns(self, notice: Notice | None = None) -> None:
        """Hide the source or translation column when no segment has text in it (a one-sided
        transcript); show it again as soon as one has."""
        project = self.window.project
        if project is None:
            return
        segments = project.transcript.segments
        for field, column in TEXT_COLUMNS.items():
            hidden = self.table.isColumnHidden(column)
            if hidden and notice is not None and notice.kind == NoticeKind.SEGMENTS:
                has = any(getattr(project.segment(i), field) for i in notice.ids)
            elif hidden or notice is None or notice.kind != NoticeKind.SEGMENTS:
                has = any(getattr(s, field) for s in segments)
            else:
                continue  # shown, and an edit cannot be the last text of a column at once
            self.table.setColumnHidden(column, not has and bool(segments))
        if all(self.table.isColumnHidden(c) for c in TEXT_COLUMNS.values()):
            self.table.setColumnHidden(COL_TRANSLATION, False)


def install(window: Window) -> None:
    layout = ListLayout(window)
    window.add_part(layout)
    action = window.add_action(
        ActionSpec(
            "wrap_list",
            "Wrap long text in the list",
            "View",
            ("Ctrl+Alt+W",),
            tip="Show the whole text of long segments in the list (rows grow to fit)",
            checkable=True,
        ),
        lambda: layout.set_wrap(window.actions_by_name["wrap_list"].isChecked()),
    )
    on = window.settings.flag(WRAP_FLAG, False)
    action.setChecked(on)
    layout.set_wrap(on)  # the project comes with project_opened (MainWindow._start_panels)
