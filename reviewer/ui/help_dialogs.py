"""Help > Keyboard shortcuts and About."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import __version__
from reviewer.ui.action_spec import ANYWHERE, EDITOR, LIST, ActionSpec, key_text
from reviewer.ui.i18n import QT_TR_NOOP, key_names, tr

# Keys that are not actions of their own: the list's own movement.
NAVIGATION = (
    ("Up / Down", LIST, QT_TR_NOOP("Previous / next segment; the player seeks to its start")),
    (
        "Shift+Up / Shift+Down",
        LIST,
        QT_TR_NOOP("Select several segments (speaker keys apply to all)"),
    ),
)


# The scopes as the Where column says them.
SCOPES = {
    LIST: QT_TR_NOOP("segment list"),
    EDITOR: QT_TR_NOOP("editor"),
    ANYWHERE: QT_TR_NOOP("anywhere"),
}


def shortcut_rows(specs: Iterable[ActionSpec]) -> list[tuple[str, str, str]]:
    """Return (keys, where, does) for every key the window knows, navigation first."""
    rows = list(NAVIGATION)
    rows += [
        ("1 … 9", LIST, QT_TR_NOOP("Give the selected segments the speaker on that key")),
        ("Alt+1 … Alt+9", ANYWHERE, QT_TR_NOOP("The same, while typing in an editor")),
        (
            "Ctrl+1 … Ctrl+9",
            ANYWHERE,
            QT_TR_NOOP("Add or remove the tag on that key (SOT, VO, needs-legal…)"),
        ),
    ]
    for spec in specs:
        numbered = spec.name.startswith(("speaker_", "tag_"))
        if spec.keys and spec.menu and not numbered:
            rows.append((key_text(spec), spec.scope, spec.tip or spec.text))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, specs: Iterable[ActionSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.resize(720, 640)
        rows = shortcut_rows(specs)
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([tr("Key"), tr("Where"), tr("Does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            # The keys as Qt names them; where and what in the window's language.
            for c, text in enumerate(
                (key_names(row[0]), tr(SCOPES.get(row[1], row[1])), tr(row[2]))
            ):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Everything in Reviewer works from the keyboard. "
                    "Ctrl+Shift+P finds any action by name."
                )
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
        "libvlc": status.version
        if status.ok
        else tr("not available ({reason})").format(reason=status.message),
        "OpenCC": opencc_version(),
        "SQLite": sqlite3.sqlite_version,
    }


LICENCE = QT_TR_NOOP(
    "Free software under the GNU General Public License, version 3 or later "
    "(GPL-3.0-or-later). The demo clip is Reviewer's own material, under the same licence."
)
DESCRIPTION = QT_TR_NOOP(
    "Review machine-made transcripts of video: speakers, source and translation, approval, export."
)


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # versions and paths are shown as they are
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def where_things_are() -> dict[str, str]:
    """Return the files Reviewer keeps per user (settings, data), for About and bug reports."""
    from PySide6.QtCore import QSettings

    from reviewer.paths import data_dir

    settings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Reviewer", "Reviewer"
    )
    return {QT_TR_NOOP("Settings"): settings.fileName(), QT_TR_NOOP("Data"): str(data_dir())}


class AboutDialog(QDialog):
    """The icon, what Reviewer is, the licence, the versions it runs on; all plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from reviewer.ui.app_icon import app_icon

        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("About Reviewer"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(128, 128))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"Reviewer {__version__}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.licence = _plain_label(tr(LICENCE))
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for name, value in {**versions(), **where_things_are()}.items():
            self.values[name] = _plain_label(value)
            form.addRow(tr(name), self.values[name])
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(_plain_label(tr(DESCRIPTION)))
        text.addLayout(form)
        text.addWidget(self.licence)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.resize(620, 0)

    def text(self) -> str:
        """Return what the dialog says, as plain text (for a bug report)."""
        lines = [f"Reviewer {__version__}", DESCRIPTION]
        lines += [f"{k}: {label.text()}" for k, label in self.values.items()]
        return "\n".join([*lines, LICENCE])
