"""File menu: open, the other language, relink the video, export, the saved state, quit."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.ui import opening
from reviewer.ui.i18n import tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Shell


def open_file(window: Shell) -> None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        window.widget,
        tr("Open a project, transcript or video"),
        window.start_folder(),
        opening.open_filter(),
    )
    if path:
        window.open_path(path)


def fill_recent(window: Shell) -> None:
    """File > Open recent, filled each time it opens."""
    window.recent_menu.clear()
    for path in window.settings.recent:
        window.recent_menu.addAction(path, partial(window.open_path, path))
    if not window.settings.recent:
        window.recent_menu.addAction(tr("(none yet)")).setEnabled(False)


def import_other_language(window: Shell) -> None:
    from PySide6.QtWidgets import QFileDialog

    if window.project is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window.widget,
        tr("The other language"),
        str(window.project.path.parent),
        opening.transcript_filter(),
    )
    if path:
        from reviewer.ui.encoding_dialog import ask_encoding

        chosen = ask_encoding(window.widget, Path(path), opening=False)
        if chosen is not False:
            encoding = chosen if isinstance(chosen, str) else None
            window.edit(lambda p: opening.add_other_language(p, Path(path), encoding))


def relink_media(window: Shell) -> None:
    from PySide6.QtWidgets import QFileDialog

    project = window.project
    if project is None:
        return
    start = project.media_path.parent if project.media_path else project.path.parent
    path, _ = QFileDialog.getOpenFileName(
        window.widget, tr("Where is the video?"), str(start), opening.media_filter()
    )
    if path:
        window.edit(lambda p: p.set_media(path))
        duration = max((s.end_ms for s in project.transcript.segments), default=0)
        window.playback.load(path, duration_hint_ms=duration)


def export(window: Shell) -> None:
    if window.project is None:
        return
    from reviewer.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window.project, window.widget)
    window.set_dialog(dialog)

    def exported() -> None:
        past_end = dialog.past_end_text()
        if past_end:
            told = tr("Exported to {file}; {cut}").format(file=dialog.written, cut=past_end)
        else:
            told = tr("Exported to {file}").format(file=dialog.written)
        window.show_message(told, 12000)

    dialog.accepted.connect(exported)
    dialog.open()


def saved_state(window: Shell) -> None:
    if window.not_saved:
        window.show_message(tr("Not saved: {error}").format(error=window.not_saved), 8000)
    else:
        window.editor.flush()
        window.show_message(tr("Nothing to save: every change is in the project file."), 5000)


def quit_window(window: Shell) -> None:
    window.widget.close()
