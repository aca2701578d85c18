"""A preview of a many-segment edit (fix all, replace all, script conversion): every change,
before and after, then one button that applies them as one undoable operation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.store.fixing import Plan
from reviewer.ui.i18n import count as counted
from reviewer.ui.i18n import tr
from reviewer.ui.segment_model import one_line, plain_tooltip


class ChangePreview(QDialog):
    """Lists ``plan``; Apply calls ``apply(plan)`` and closes."""

    def __init__(
        self,
        title: str,
        plan: Plan,
        apply: Callable[[Plan], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePreview")
        self.setWindowTitle(title)
        self.plan = plan
        self._apply = apply
        count = len({i for i, *_ in plan})
        summary = QLabel(
            tr("{changes} in {segments}, applied as one step (Ctrl+Z undoes it).").format(
                changes=counted(len(plan), "change"), segments=counted(count, "segment")
            )
            if plan
            else tr("Nothing to change.")
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(plan), 4)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels(["#", tr("Field"), tr("Before"), tr("After")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        for row, (segment_id, field, old, new) in enumerate(plan):
            for column, text in enumerate((str(segment_id), field, one_line(old), one_line(new))):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setToolTip(plain_tooltip(old if column == 2 else new))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(bool(plan))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def showEvent(self, event: QShowEvent) -> None:
        # Row heights follow the final column widths, so long texts wrap instead of eliding.
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def accept(self) -> None:
        if self.plan:
            self._apply(self.plan)
        super().accept()
