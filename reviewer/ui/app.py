"""Starting the window: the Qt application, the author's name, what to open first."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from reviewer.ui import heap

if TYPE_CHECKING:
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings


def _platform_defaults() -> None:
    # libvlc embeds into an X11 window; on Wayland we run through XWayland (DESIGN.md).
    if (
        sys.platform.startswith("linux")
        and os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


def run_app(
    path: str | None = None,
    encoding: str | None = None,
    *,
    break_lock: bool = False,
    verbose: bool = False,
) -> int:
    """Open the window on ``path`` (or the last project, or the demo); return the exit code.
    ``encoding`` is a transcript's text encoding (None: guessed, asked when unsure).

    Unless ``verbose`` (or REVIEWER_VERBOSE=1), what libvlc, ALSA and Qt print goes to a log
    file, not the terminal (reviewer.ui.terminal).
    """
    _platform_defaults()
    if not verbose and os.environ.get("REVIEWER_VERBOSE") != "1":
        from reviewer.ui.terminal import default_log, quiet_native_output

        quiet_native_output(default_log())
    heap.hold()  # until the window has started (reviewer.ui.heap)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reviewer import __version__
    from reviewer.app import opening
    from reviewer.core.errors import ReviewerError
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reviewer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Reviewer")
    QApplication.setDesktopFileName("reviewer")  # installer/linux/reviewer.desktop
    settings = Settings()
    # Before the first widget: every tr() reads the catalogue loaded here (reviewer.ui.i18n).
    from reviewer.ui import i18n
    from reviewer.ui.i18n import tr

    i18n.install(i18n.chosen(settings.language), app)
    window = MainWindow(settings)
    window.show()
    # Ask for the keyboard: without a window manager (a kiosk, Xvfb) nothing else gives the new
    # window the X input focus, and every key would go to whatever is under the pointer.
    window.activateWindow()
    opened = _open_at_start(window, settings, path, encoding=encoding, break_lock=break_lock)
    if not opened and not path:
        try:
            window.set_project(opening.demo_project(settings.author))
        except ReviewerError as exc:
            from reviewer.ui import translated

            window.show_error(
                tr("The demo clip could not be opened: {error}").format(error=translated.error(exc))
            )
    # First start: the welcome (what Reviewer does, the editor's name, the ten keys) over the
    # demo clip, once the window is complete; REVIEWER_AUTHOR skips it.
    # The icon once the window is complete: loading it and handing the window manager its
    # pixels (every size, _NET_WM_ICON on X11) took 13 ms before the first paint.
    window.started.connect(_set_icon)
    window.started.connect(lambda: _welcome_at_start(window))
    window.started.connect(heap.settle)
    QTimer.singleShot(heap.SETTLE_ANYWAY_MS, heap.settle)
    return int(app.exec())


def _open_at_start(
    window: MainWindow,
    settings: Settings,
    path: str | None,
    *,
    encoding: str | None = None,
    break_lock: bool,
) -> bool:
    """Open ``path`` or the last project; True when one opened.

    A project that fails to open is never left as the one the next start opens, and neither is
    one the last start was opening when it ended (a crash): the start falls back to the demo
    and says why.
    """
    from reviewer.ui.i18n import tr

    candidate = path or settings.last_project
    if not path and candidate and not os.path.exists(candidate):
        return False
    if not path and candidate and settings.opening_project == candidate:
        settings.last_project = ""
        settings.opening_project = ""
        window.show_error(
            tr(
                "The last project was not opened again: Reviewer stopped while opening it the"
                " last time.\n{file}\nOpen it with File > Open; if it fails again, run"
                " `reviewer rescue {file}` to copy its data into a new project."
            ).format(file=candidate)
        )
        return False
    if not candidate:
        return False
    settings.opening_project = candidate
    opened = window.open_path(candidate, encoding=encoding if path else None, break_lock=break_lock)
    if not opened and candidate == settings.last_project:
        settings.last_project = ""  # open_path said why
    if opened:
        window.started.connect(lambda: setattr(settings, "opening_project", ""))
    else:
        settings.opening_project = ""
    return opened


def _set_icon() -> None:
    from PySide6.QtWidgets import QApplication

    from reviewer.ui.app_icon import app_icon

    QApplication.setWindowIcon(app_icon())


def _welcome_at_start(window: MainWindow) -> None:
    from reviewer.ui import welcome

    welcome.show_at_start(window)
