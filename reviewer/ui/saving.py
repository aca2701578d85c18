"""What is saved, said plainly: the project keeps unsaved work pending in memory (see
reviewer.store.pending), this feature retries it on a timer, shows it loudly in the status bar,
offers File > Save a copy…, and on closing with unsaved work offers to save a copy elsewhere."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reviewer.core.errors import ReviewerError
from reviewer.store import Project
from reviewer.ui.action_spec import ActionSpec
from reviewer.ui.i18n import count as counted
from reviewer.ui.i18n import tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

HEARTBEAT_MS = 2000  # retry unsaved work, keep the lock fresh, checkpoint the WAL


def rescue_folder() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "reviewer" / "rescued"


def unsaved_text(project: Project) -> str:
    n = len(project.pending)
    return tr(
        "{changes} waiting: {error}. Kept in memory and retried every {seconds} s;"
        " File > Save a copy… writes them elsewhere"
    ).format(changes=counted(n, "change"), error=project.save_error, seconds=HEARTBEAT_MS // 1000)


class Saving(QObject):
    """Keeps the window's save state true to the project's pending queue."""

    def __init__(self, window: Window) -> None:
        super().__init__(window.widget)
        self.window = window
        self.project: Project | None = None
        self.closing_confirmed = False
        self.timer = QTimer(self)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.heartbeat)
        window.project_opened.connect(self._opened)
        window.project_closing.connect(self._closing)
        window.add_close_guard(self.may_close)

    def _opened(self, project: Project) -> None:
        self.project = project
        project.keep_unsaved = True
        if self.window.project_signals is not None:
            self.window.project_signals.saving.connect(self._on_saving)
        if not project.read_only:
            self.timer.start()

    def _closing(self, project: Project) -> None:
        self.timer.stop()
        self.project = None
        if project.pending and not project.retry_pending():
            # Switching projects with work still unsaved: never drop it silently.
            rescue_folder().mkdir(parents=True, exist_ok=True)
            stamp = time.strftime("%Y%m%d-%H%M%S")
            target = rescue_folder() / f"{project.path.stem}-{stamp}{project.path.suffix}"
            try:
                project.save_copy(target)
            except ReviewerError as exc:
                from reviewer.ui import translated

                self.window.show_error(
                    tr("Unsaved changes could not be rescued: {error}").format(
                        error=translated.error(exc)
                    )
                )
            else:
                self.window.show_error(
                    tr(
                        "{count} unsaved changes could not be written to {file}; a copy with"
                        " them is at {copy}"
                    ).format(count=len(project.pending), file=project.path, copy=target)
                )

    def _on_saving(self, _reason: str) -> None:
        self.window.show_saved()

    def heartbeat(self) -> None:
        project = self.project
        if project is None or project.db is None:
            return
        had = bool(project.pending)
        project.heartbeat()
        if had and not project.pending:
            self.window.show_message(tr("The unsaved changes are written now."), 8000)

    # -- save a copy ----------------------------------------------------------------------

    def save_copy(self) -> None:
        project = self.project
        if project is None:
            return
        self.window.editor.flush()
        dialog = QFileDialog(self.window.widget, tr("Save a copy of the project"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(tr("Reviewer projects (*.review)"))
        dialog.setDefaultSuffix("review")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(project.path.parent))
        dialog.selectFile(f"{project.path.stem} copy{project.path.suffix}")
        dialog.fileSelected.connect(self.write_copy)
        self.window.set_dialog(dialog)
        dialog.open()

    def write_copy(self, target: str) -> bool:
        project = self.project
        if project is None:
            return False
        if Path(target).resolve() == project.path.resolve():
            self.window.show_error(tr("A copy must go to another file than the project itself."))
            return False
        try:
            written = project.save_copy(target)
        except ReviewerError as exc:
            from reviewer.ui import translated

            self.window.show_error(translated.error(exc))
            return False
        self.copied = True
        self.window.show_message(
            tr("Saved a copy at {file}, with {count} unsaved changes").format(
                file=written, count=len(project.pending)
            )
            if project.pending
            else tr("Saved a copy at {file}").format(file=written),
            10000,
        )
        return True

    # -- closing --------------------------------------------------------------------------

    def may_close(self) -> bool:
        """Return True when the window may close now; else ask (non-blocking) and close later."""
        project = self.project
        if self.closing_confirmed or project is None or not project.pending:
            return True
        if project.retry_pending():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Changes not saved"),
            unsaved_text(project) + tr(".\n\nSave a copy elsewhere before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self.window.widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Save).setText(tr("Save a copy…"))
        box.button(QMessageBox.StandardButton.Discard).setText(tr("Close without them"))
        box.setObjectName("unsavedOnClose")
        box.finished.connect(self._close_answer)
        self.window.set_dialog(box)
        box.open()
        return False

    def _close_answer(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Discard:
            self._close_now()
        elif answer == QMessageBox.StandardButton.Save:
            self.save_copy()
            dialog = self.window.dialog
            if isinstance(dialog, QFileDialog):
                dialog.fileSelected.connect(lambda _path: self._close_if_copied())

    def _close_if_copied(self) -> None:
        if getattr(self, "copied", False):
            self._close_now()

    def _close_now(self) -> None:
        self.closing_confirmed = True
        QTimer.singleShot(0, self.window.widget.close)


def install(window: Window) -> None:
    saving = Saving(window)
    window.add_part(saving)
    window.add_action(
        ActionSpec(
            "save_copy",
            "Save a copy…",
            "File",
            ("Ctrl+Shift+S",),
            tip="Write a copy of the project (and any unsaved changes) to another file",
        ),
        saving.save_copy,
    )
