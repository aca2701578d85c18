"""The segment list: one row per segment, a row the unit the keys move by."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

SCROLL_MARGIN = 3  # rows kept in view above and below the current one


class SegmentTable(QTableView):
    """The segment list: one row per segment, fixed row height so 20,000 rows scroll smoothly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)

    def keyboardSearch(self, search: str) -> None:
        """Typed letters are keys (speakers, tags), not a jump to a matching row."""

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End (with or without Ctrl) go to the first and last segment: a row is
        the unit here, so there is no first or last cell of a row to go to."""
        action = QAbstractItemView.CursorAction
        if cursorAction in (action.MoveHome, action.MoveEnd) and self.model() is not None:
            rows = self.model().rowCount()
            if rows:
                row = 0 if cursorAction == action.MoveHome else rows - 1
                column = max(self.currentIndex().column(), 0)
                return self.model().index(row, column)
        return super().moveCursor(cursorAction, modifiers)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """A move with Ctrl (Ctrl+Home, Ctrl+End) selects the row it lands on, as a move
        without it does: the selection is the segment the keys and the editor act on."""
        flags = super().selectionCommand(index, event)
        if (
            isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
        ):
            return (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
        return flags

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Keep the row in view with ``SCROLL_MARGIN`` rows of context above and below it
        (where the list has them), so the next segment is always in sight."""
        if hint == QAbstractItemView.ScrollHint.EnsureVisible and index.isValid():
            rows = self.model().rowCount()
            for row in (index.row() + SCROLL_MARGIN, index.row() - SCROLL_MARGIN):
                if 0 <= row < rows and row != index.row():
                    super().scrollTo(self.model().index(row, index.column()), hint)
        super().scrollTo(index, hint)
