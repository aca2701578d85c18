"""The command palette (Ctrl+Shift+P): every action by name, with its key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from rapidfuzz import fuzz

from reviewer.ui.i18n import tr


def _match(text: str, name: str) -> float:
    """Return how well ``text`` matches the action name ``name`` (60 and above is listed)."""
    if not text:
        return 100.0
    score = fuzz.partial_ratio(text.lower(), name.lower())
    return score + 50 if text.lower() in name.lower() else score


class CommandPalette(QDialog):
    """Type part of a name; Enter runs the chosen action."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Command palette"))
        self.setObjectName("commandPalette")
        self.resize(520, 420)
        self.actions_ = [a for a in actions if a.text()]
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Type an action: approve, speaker, loop, export…"))
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        self.query.textChanged.connect(self._fill)
        self.list.itemActivated.connect(self._run)
        self.query.returnPressed.connect(lambda: self._run(self.list.currentItem()))
        self._fill("")

    def _fill(self, text: str) -> None:
        self.list.clear()
        scored = []
        for action in self.actions_:
            name = action.text().replace("&", "")
            # In a translated window the English name still finds it ("export" -> 匯出…).
            score = max(_match(text, name), _match(text, action.objectName().replace("_", " ")))
            if score >= 60:
                scored.append((-score, name, action))
        for _score, name, action in sorted(scored, key=lambda t: (t[0], t[1])):
            keys = action.shortcut().toString()
            item = QListWidgetItem(f"{name}    {keys}" if keys else name)
            item.setData(Qt.ItemDataRole.UserRole, action)
            if not action.isEnabled():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.query.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.query.hasFocus():
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
            return
        super().keyPressEvent(event)

    def _run(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        action = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        if isinstance(action, QAction) and action.isEnabled():
            action.trigger()
