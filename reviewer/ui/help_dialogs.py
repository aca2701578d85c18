"""Help > Keyboard shortcuts and About."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import __version__
from reviewer.ui.actions import ACTIONS, ANYWHERE, LIST, ActionSpec, key_text

# Keys that are not actions of their own: the list's own movement.
NAVIGATION = (
    ("Up / Down", LIST, "Previous / next segment; the player seeks to its start"),
    ("Shift+Up / Shift+Down", LIST, "Select several segments (speaker keys apply to all)"),
)


def shortcut_rows(specs: Iterable[ActionSpec] = ACTIONS) -> list[tuple[str, str, str]]:
    """Return (keys, where, does) for every key the window knows, navigation first."""
    rows = list(NAVIGATION)
    rows += [
        ("1 … 9", LIST, "Give the selected segments the speaker on that key"),
        ("Alt+1 … Alt+9", ANYWHERE, "The same, while typing in an editor"),
        ("Ctrl+1 … Ctrl+9", ANYWHERE, "Add or remove the tag on that key (SOT, VO, needs-legal…)"),
    ]
    for spec in specs:
        numbered = spec.name.startswith(("speaker_", "tag_"))
        if spec.keys and spec.menu and not numbered:
            rows.append((key_text(spec), spec.scope, spec.tip or spec.text))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(
        self, specs: Iterable[ActionSpec] = ACTIONS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcutsDialog")
        self.resize(720, 640)
        rows = shortcut_rows(specs)
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels(["Key", "Where", "Does"])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Everything in Reviewer works from the keyboard. "
                "Ctrl+Shift+P finds any action by name."
            )
        )
        layout.addWidget(table)
        layout.addWidget(buttons)


def versions() -> dict[str, str]:
    """Return the versions of what Reviewer runs on, for About and bug reports."""
    from reviewer.player import probe
    from reviewer.text.chinese import opencc_version

    status = probe()
    return {
        "Reviewer": __version__,
        "Qt": qVersion(),
        "PySide6": pyside_version,
        "libvlc": status.version if status.ok else f"not available ({status.message})",
        "OpenCC": opencc_version(),
        "SQLite": sqlite3.sqlite_version,
    }


def about_text() -> str:
    lines = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in versions().items())
    return (
        "<h3>Reviewer</h3><p>Review machine-made transcripts of video: speakers, source "
        f"and translation, approval, export.</p><table>{lines}</table>"
    )
