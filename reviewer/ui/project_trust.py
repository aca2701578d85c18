"""What the window says when a project file is not as Reviewer made it: the offer to rescue its
data into a new project, a WAL set aside, a lock left by another machine (and breaking it).

Qt's dialogs are imported when one is shown: they are not part of the window's start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.errors import ReviewerError
from reviewer.ui.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reviewer.store import Project
    from reviewer.ui.window_api import Window

RESCUE = QT_TR_NOOP("Rescue into a new project")
BREAK = QT_TR_NOOP("Break the lock")


def _box(window: Window, text: str, *buttons: str) -> QMessageBox:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Reviewer",
        text,
        QMessageBox.StandardButton.NoButton,
        window.widget,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and text from the file are never markup
    for label in buttons:
        box.addButton(tr(label), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box


def offer_rescue(window: Window, path: Path, error: ReviewerError) -> QMessageBox:
    """Say why ``path`` was refused and offer to copy its data into a new project."""
    box = _box(
        window,
        f"{error}\n\n"
        + tr(
            "The file was not changed. Reviewer can copy its data (segments, speakers,"
            " tags, history, glossary) into a new project file it makes itself, leaving out"
            " anything else the file holds."
        ),
        RESCUE,
    )

    def chosen() -> None:
        clicked = box.clickedButton()
        if clicked is None or clicked.text() != RESCUE:
            return
        from reviewer.store.rescue import rescue

        try:
            target, notes = rescue(path, author=window.settings.author or None)
        except ReviewerError as exc:
            from reviewer.ui import translated

            window.show_error(translated.error(exc))
            return
        if window.open_path(target) and notes:
            window.show_error(
                tr("Rescued into {file}; what could not be kept as it was:").format(
                    file=target.name
                )
                + "\n"
                + "\n".join(notes[:20])
            )

    box.finished.connect(chosen)
    box.open()
    window.set_dialog(box)
    return box


def tell_opening(window: Window, project: Project, path: Path) -> None:
    """After opening: say what was set aside beside the file, and offer to break a lock that
    another machine holds."""
    if project.opening_notes:
        window.show_error("\n".join(project.opening_notes))
        return
    if project.read_only and "its lock can be broken" in project.read_only_reason:
        offer_break_lock(window, path, project.read_only_reason)


def offer_break_lock(window: Window, path: Path, reason: str) -> QMessageBox:
    """Warn, then on the editor's word break the other machine's lock and open again."""
    box = _box(
        window,
        tr(
            "The project opened read-only: {reason}.\n\nBreak the lock only if that machine is"
            " switched off or no longer has the project open: two Reviewers writing one file"
            " lose work."
        ).format(reason=reason),
        BREAK,
    )

    def chosen() -> None:
        clicked = box.clickedButton()
        if clicked is not None and clicked.text() == BREAK:
            window.open_path(path, break_lock=True)

    box.finished.connect(chosen)
    box.open()
    window.set_dialog(box)
    return box
