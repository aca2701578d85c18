"""First start: one friendly dialog that says what Reviewer does, asks the editor's name and
shows the ten keys that matter, over the demo clip. Help > Welcome opens it again.

``run_app`` calls :func:`show_at_start`; tests and scripted runs set REVIEWER_AUTHOR, which
skips it (the name is given, and nothing pops up over the window).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.paths import data_dir
from reviewer.store import EXTENSION
from reviewer.store.project import default_author
from reviewer.ui.action_spec import ANYWHERE, ActionSpec
from reviewer.ui.app_icon import app_icon
from reviewer.ui.i18n import QT_TR_NOOP, key_names, tr
from reviewer.ui.settings import Settings

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

SHOWN_FLAG = "welcome/shown"

ABOUT = QT_TR_NOOP(
    "Reviewer plays a video in step with its machine-made transcript, so that you can tag who "
    "speaks, fix the text and its translation, and approve segment after segment from the "
    "keyboard. Every change is saved the moment you make it, with your name, in a project file "
    "that keeps its whole history, and the result exports to SRT, WebVTT, Word and more."
)

DEMO = QT_TR_NOOP(
    "Behind this window is the demo clip: a 41-second invented news story whose machine "
    "transcript has mistakes planted for you to find."
)
OWN = QT_TR_NOOP("Behind this window is {what}.")
NOTHING = QT_TR_NOOP("No project is open yet: open a transcript or a video to start.")
OPEN_HINT = QT_TR_NOOP(
    "To review your own clip, open its transcript (SRT, WebVTT, ASS, Whisper JSON, CSV, text "
    "copied from a video page) or the video itself: Reviewer makes a project beside it."
)

# The ten keys that matter (DESIGN.md, "Keyboard"); Help > Keyboard shortcuts has them all.
KEYS: tuple[tuple[str, str], ...] = (
    ("Up / Down", QT_TR_NOOP("previous / next segment; the video jumps to it")),
    ("1 … 9", QT_TR_NOOP("give the segment the speaker on that key")),
    ("Enter", QT_TR_NOOP("edit the translation")),
    ("Esc", QT_TR_NOOP("back to the list, keeping the edit")),
    ("Ctrl+Enter", QT_TR_NOOP("approve, and go to the next segment")),
    ("Space", QT_TR_NOOP("play or pause")),
    ("Ctrl+R", QT_TR_NOOP("replay the segment from its start")),
    ("Alt+Left / Alt+Right", QT_TR_NOOP("jump back / forward 2 seconds")),
    ("Ctrl+Z", QT_TR_NOOP("undo (even after a restart)")),
    ("Ctrl+Shift+P", QT_TR_NOOP("find any command by name")),
)


def _plain(text: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class WelcomeDialog(QDialog):
    """What Reviewer does, the editor's name, the ten keys; non-modal, opened with ``open()``."""

    def __init__(
        self, author: str, parent: QWidget | None = None, *, showing: str | None = DEMO
    ) -> None:
        """``showing``: what the window behind shows (DEMO, a project's own line, or None)."""
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(tr("Welcome to Reviewer"))
        self.setWindowIcon(app_icon())

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(tr("Welcome to Reviewer"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        intro = QVBoxLayout()
        intro.addWidget(title)
        self.showing = _plain(tr(showing or NOTHING))
        self.showing.setObjectName("welcomeShowing")
        for label in (_plain(tr(ABOUT)), self.showing, _plain(tr(OPEN_HINT))):
            label.setMinimumWidth(560)  # word-wrapped labels need a width to ask a height for
            intro.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(intro, 1)

        self.name = QLineEdit(author or default_author())
        self.name.setObjectName("welcomeName")
        self.name.setPlaceholderText(default_author())
        form = QFormLayout()
        form.addRow(tr("Your &name:"), self.name)
        form.addRow(
            "", _plain(tr("Recorded with every change you make: the desk sees who did what."))
        )

        keys = QGridLayout()
        keys.setHorizontalSpacing(16)
        self.key_labels: list[tuple[str, str]] = []
        for row, (key, does) in enumerate(KEYS):
            key_label = _plain(key_names(key), wrap=False)
            key_label.setStyleSheet("font-weight: bold")
            keys.addWidget(key_label, row // 2, (row % 2) * 2)
            keys.addWidget(_plain(tr(does), wrap=False), row // 2, (row % 2) * 2 + 1)
            self.key_labels.append((key, does))
        keys.setColumnStretch(1, 1)
        keys.setColumnStretch(3, 1)

        buttons = QDialogButtonBox()
        self.all_keys = QPushButton(tr("&All keyboard shortcuts…"))
        self.open_own = QPushButton(tr("&Open a transcript or video…"))
        self.open_own.setObjectName("welcomeOpen")
        self.demo = QPushButton(tr("Open the &demo clip"))
        self.start = QPushButton(tr("&Start reviewing"))
        for button in (self.all_keys, self.open_own, self.demo):
            button.setAutoDefault(False)
        self.start.setDefault(True)  # Enter in the name field starts
        buttons.addButton(self.all_keys, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.addButton(self.open_own, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.demo, QDialogButtonBox.ButtonRole.ActionRole)
        self.demo.setVisible(showing != DEMO)  # not when it is open already (after addButton,
        # which shows the button)
        buttons.addButton(self.start, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(_plain(tr("The keys that matter:")))
        layout.addLayout(keys)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def author(self) -> str:
        """Return the name typed, or the OS user name when the field was left empty."""
        return self.name.text().strip() or default_author()


def _is_demo(window: Window) -> bool:
    project = window.project
    return project is not None and project.path == data_dir() / "demo" / ("demo" + EXTENSION)


def open_demo(window: Window) -> None:
    """Open the demo clip in ``window`` (made from the bundled clip on first use)."""
    from reviewer.app import opening
    from reviewer.core.errors import ReviewerError

    if _is_demo(window):
        return
    try:
        window.set_project(opening.demo_project(window.settings.author or None))
    except ReviewerError as exc:
        from reviewer.ui import translated

        window.show_error(
            tr("The demo clip could not be opened: {error}").format(error=translated.error(exc))
        )


def showing_line(window: Window) -> str | None:
    """Return what the welcome says is behind it: the demo, the editor's project, or None."""
    project = window.project
    if project is None:
        return None
    if _is_demo(window):
        return DEMO
    title = project.transcript.title
    count = len(project.transcript.segments)
    if title:
        one, many = tr("“{title}” ({file}, 1 segment)"), tr("“{title}” ({file}, {count} segments)")
    else:
        one, many = tr("{file} (1 segment)"), tr("{file} ({count} segments)")
    what = (one if count == 1 else many).format(title=title, file=project.path.name, count=count)
    return tr(OWN).format(what=what)


def show_welcome(window: Window) -> WelcomeDialog:
    """Open the welcome over ``window`` (non-blocking) and return it."""
    dialog = WelcomeDialog(window.settings.author, window.widget, showing=showing_line(window))

    def finished(_result: int) -> None:
        name = dialog.author()
        if not os.environ.get("REVIEWER_AUTHOR"):
            window.settings.author = name
        if window.project is not None and not window.project.read_only:
            window.project.author = window.settings.author or name
        window.settings.set_flag(SHOWN_FLAG, True)

    dialog.finished.connect(finished)

    def then(action: Callable[[], None]) -> None:
        dialog.accept()  # the welcome closes first (the name is kept), then the action
        action()

    dialog.demo.clicked.connect(lambda: then(lambda: open_demo(window)))
    dialog.open_own.clicked.connect(lambda: then(lambda: window.trigger("open")))
    dialog.all_keys.clicked.connect(lambda: window.actions_by_name["shortcuts"].trigger())
    window.add_part(dialog)
    dialog.open()
    dialog.name.setFocus()
    dialog.name.selectAll()
    return dialog


def wanted_at_start(settings: Settings) -> bool:
    """Return whether the welcome opens at start: once, and never when REVIEWER_AUTHOR is set."""
    if os.environ.get("REVIEWER_AUTHOR"):
        return False
    return not settings.flag(SHOWN_FLAG, False) or not settings.author


def show_at_start(window: Window) -> WelcomeDialog | None:
    """Open the welcome if this is the first start (see :func:`wanted_at_start`)."""
    if not wanted_at_start(window.settings):
        return None
    return show_welcome(window)


def install(window: Window) -> None:
    window.add_action(
        ActionSpec(
            "welcome",
            "Welcome",
            "Help",
            scope=ANYWHERE,
            tip="What Reviewer does, your name, and the ten keys that matter",
        ),
        lambda: show_welcome(window),
    )
