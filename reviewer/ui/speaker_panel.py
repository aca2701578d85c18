"""The speaker panel: keys 1-9 with names and colours; add, rename, merge, recolour, re-key."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.core.models import Speaker
from reviewer.store import Notice, NoticeKind, Project
from reviewer.ui.i18n import tr
from reviewer.ui.project_signals import ProjectSignals
from reviewer.ui.tally import Tally

MAX_SHOWN = 9  # the keys 1-9


class SpeakerPanel(QWidget):
    """Lists the project's speakers by key; every change goes through the project."""

    error = Signal(str)
    assign_requested = Signal(str)  # give the selected segments this speaker (double-click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self._counts = Tally("speaker")  # segments per speaker name
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("speakerTable")
        self.table.setHorizontalHeaderLabels([tr("Key"), tr("Speaker"), tr("Role"), tr("Segments")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.itemDoubleClicked.connect(self._double_clicked)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("New speaker name, Enter"))
        self.new_name.returnPressed.connect(self._add)
        add = QPushButton(tr("Add"))
        add.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.new_name, 1)
        row.addWidget(add)
        self.hint = QLabel(
            tr(
                "No speakers yet. Type a name below and press Enter: the first gets key 1, the"
                " next key 2… Then press the key on a segment (or Alt+key while typing)."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("speakerHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_project(self, project: Project | None, signals: ProjectSignals | None = None) -> None:
        """Show ``project``'s speakers, following its notices through ``signals`` (the window's
        adapter, which disconnects this panel when the project closes)."""
        self.project = project
        if project is not None and signals is not None:
            signals.notice.connect(self._on_notice)
        self._counts.rebuild(project)
        self.refresh()

    def _on_notice(self, notice: Notice) -> None:
        if self.project is None:
            return
        changed = self._counts.update(self.project, notice)
        if notice.kind == NoticeKind.SPEAKERS:
            self._counts.rebuild(self.project)  # a rename or merge moves every count
            changed = True
        if changed:
            self.refresh()

    def refresh(self) -> None:
        speakers = (
            sorted(self.project.transcript.speakers, key=lambda s: (s.slot or 99, s.name))
            if self.project
            else []
        )
        counts = self._counts
        self.hint.setVisible(not speakers)
        self.table.setRowCount(len(speakers))
        for row, speaker in enumerate(speakers):
            key = QTableWidgetItem(str(speaker.slot) if speaker.slot else "–")
            key.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            colour = QColor(speaker.color or "#888888")
            key.setBackground(colour)
            key.setForeground(QColor("black") if colour.lightness() > 140 else QColor("white"))
            name = QTableWidgetItem(speaker.name)
            name.setToolTip(
                tr("Key {key} in the list, Alt+{key} while typing").format(key=speaker.slot)
                if speaker.slot
                else tr("No key: give it one from the context menu")
            )
            count = QTableWidgetItem(str(counts[speaker.name]))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((key, name, QTableWidgetItem(speaker.role), count)):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._fit_rows(len(speakers))

    def _fit_rows(self, count: int) -> None:
        """Ask for the height that shows every speaker on a key (up to nine) without
        scrolling: the keys 1-9 are the panel's point, and one out of sight is a key unknown."""
        rows = max(1, min(count, MAX_SHOWN))
        header = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(header + rows * row_height + frame)

    def _name_at(self, row: int) -> str | None:
        item = self.table.item(row, 1)
        return item.text() if item is not None else None

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        name = self._name_at(item.row())
        if name:
            self.assign_requested.emit(name)

    def selected_speaker(self) -> Speaker | None:
        name = self._name_at(self.table.currentRow())
        if self.project is None or name is None:
            return None
        return self.project.speaker(name)

    def _do(self, action: Callable[[Project], object]) -> None:
        if self.project is None:
            return
        try:
            action(self.project)
        except ReviewerError as exc:
            from reviewer.ui import translated

            self.error.emit(translated.error(exc))

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if name:
            self._do(lambda p: p.add_speaker(name))
            self.new_name.clear()

    def _menu(self, point: QPoint) -> None:
        speaker = self.selected_speaker()
        if speaker is None or self.project is None:
            return
        menu = QMenu(self)
        menu.addAction(
            tr("Give to selected segments"), lambda: self.assign_requested.emit(speaker.name)
        )
        menu.addAction(tr("Rename…"), lambda: self.rename(speaker))
        menu.addAction(tr("Role…"), lambda: self.set_role(speaker))
        menu.addAction(tr("Colour…"), lambda: self.recolour(speaker))
        menu.addAction(tr("Key…"), lambda: self.rekey(speaker))
        merge = menu.addMenu(tr("Merge into"))
        for other in self.project.transcript.speakers:
            if other.name != speaker.name:
                merge.addAction(other.name, partial(self._merge, speaker.name, other.name))
        menu.addSeparator()
        menu.addAction(tr("Remove"), lambda: self._do(lambda p: p.delete_speaker(speaker.name)))
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _merge(self, name: str, into: str) -> None:
        self._do(lambda p: p.merge_speakers(name, into))

    def rename(self, speaker: Speaker) -> None:
        from PySide6.QtWidgets import QInputDialog  # here: dialogs are not part of the start

        name, ok = QInputDialog.getText(self, tr("Rename speaker"), tr("Name:"), text=speaker.name)
        if ok and name.strip() and name.strip() != speaker.name:
            self._do(lambda p: p.rename_speaker(speaker.name, name))

    def set_role(self, speaker: Speaker) -> None:
        from PySide6.QtWidgets import QInputDialog

        role, ok = QInputDialog.getText(
            self,
            tr("Speaker role"),
            tr("Role (anchor, reporter, interviewee…):"),
            text=speaker.role,
        )
        if ok:
            self._do(lambda p: p.set_speaker_role(speaker.name, role.strip()))

    def recolour(self, speaker: Speaker) -> None:
        from PySide6.QtWidgets import QColorDialog

        colour = QColorDialog.getColor(
            QColor(speaker.color or "#888888"),
            self,
            tr("Colour of {name}").format(name=speaker.name),
        )
        if colour.isValid():
            self._do(lambda p: p.recolour_speaker(speaker.name, colour.name()))

    def rekey(self, speaker: Speaker) -> None:
        from PySide6.QtWidgets import QInputDialog

        slot, ok = QInputDialog.getInt(
            self,
            tr("Speaker key"),
            tr("Key for {name} (1-9):").format(name=speaker.name),
            speaker.slot or 1,
            1,
            9,
        )
        if ok:
            self._do(lambda p: p.set_speaker_slot(speaker.name, slot))
