"""View > Language: the window's language, remembered, taking effect at a restart it offers.

Nothing is lost by the restart: every change is in the project file the moment it is made,
and the next start opens the same project again.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.ui.i18n import LANGUAGES, chosen, tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window


def restart_command() -> tuple[str, list[str]]:
    """Return the program and arguments that start Reviewer again (the bundle, or python)."""
    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "reviewer"]


class LanguageMenu:
    """The submenu and what choosing in it does."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self.menu = window.menus["View"].addMenu(tr("Language"))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self.menu)
        self.actions: dict[str, QAction] = {}
        current = chosen(window.settings.language)
        for code, name in LANGUAGES.items():
            # Each language in its own words: whoever cannot read the window can still find it.
            action = QAction(name, self.menu)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.box: QMessageBox | None = None

    def choose(self, code: str) -> None:
        """Remember ``code`` and offer the restart that shows it."""
        if code == chosen(self.window.settings.language):
            return
        self.window.settings.language = code
        box = QMessageBox(
            QMessageBox.Icon.Question,
            LANGUAGES[code],
            tr(
                "The window will be in %1 from the next start.\n\n"
                "Restart now? Nothing is lost: every change is already saved in the project "
                "file, and Reviewer opens it again."
            ).replace("%1", LANGUAGES[code]),
            QMessageBox.StandardButton.NoButton,
            self.window.widget,
        )
        box.setObjectName("restartQuestion")
        box.addButton(tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is not later))
        self.box = box
        box.open()

    def _answered(self, restart: bool) -> None:
        if not restart:
            return
        app = QApplication.instance()
        assert app is not None
        # Started once the window has closed (and let go of the project), not before: a
        # close the editor cancels starts nothing.
        app.aboutToQuit.connect(lambda: QProcess.startDetached(*restart_command()))
        self.window.widget.close()


def install(window: Window) -> None:
    window.add_part(LanguageMenu(window))
