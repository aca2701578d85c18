"""Playback > Quick-seek copies: what the window says about the copy of a long-GOP video.

An agency's or a broadcaster's H.264 with a keyframe every few seconds makes each distant move
decode up to hundreds of frames; Playback plays a copy with a keyframe every half second
instead (reviewer.player.seek_copy), made once in the background. Here: the setting (on unless
the editor turns it off), the status bar's "Quick-seek copy 40 %" while it is made, and a
message when the copy plays or could not be made, naming the file and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from reviewer.player.seek_copy import TIMES_MOVED, Outcome, copies_dir
from reviewer.ui.action_spec import ActionSpec
from reviewer.ui.i18n import tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

MESSAGE_MS = 12000


class SeekCopies:
    """The setting, the progress label and the messages."""

    def __init__(self, window: Window) -> None:
        self.window = window
        playback = window.playback
        self.label = QLabel()
        self.label.setObjectName("seekCopyProgress")
        self.label.hide()
        window.widget.statusBar().addPermanentWidget(self.label)
        window.add_action(
            ActionSpec(
                "quick_seek_copies",
                "Quick-seek copies",
                "Playback",
                checkable=True,
                tip="Play a copy with a keyframe every half second of a video whose keyframes "
                "are far apart (made once, in the background)",
                checked=lambda w: w.settings.flag("seek_copies", True),
                on_toggle=self.toggled,
            )
        )
        playback.copy_progress.connect(self.progressed)
        playback.copy_outcome.connect(self.ended)
        playback.copy_in_use.connect(self.switched)
        playback.state_changed.connect(lambda _state: self.show_state())

    def toggled(self, window: Window, on: bool) -> None:
        window.settings.set_flag("seek_copies", on)
        window.playback.set_seek_copies(on)
        self.show_state()

    def _file(self) -> str:
        project = self.window.project
        media = project.media_path if project is not None else None
        return media.name if media is not None else ""

    def show_state(self) -> None:
        """The label says the copy plays while it does (and nothing otherwise), unless one is
        being made."""
        playback = self.window.playback
        if playback.making_copy:
            return
        if playback.playing_copy:
            self.label.setText(tr("Quick-seek copy"))
            self.label.setToolTip(
                "<p>"
                + tr(
                    "Moves in this video show at once: Reviewer plays its copy with a keyframe "
                    "every half second (at most 720 lines). The project, the audio lane, the "
                    "checks and the exports use the video itself. Playback > Quick-seek copies "
                    "turns it off."
                )
                + "</p>"
            )
            self.label.show()
        else:
            self.label.hide()

    def progressed(self, fraction: float) -> None:
        self.label.setText(
            tr("Making quick-seek copy: {percent} %").format(percent=int(fraction * 100))
        )
        self.label.setToolTip(
            "<p>"
            + tr(
                "Moves in this video decode from keyframes far apart. Reviewer is making a "
                "copy of it with a keyframe every half second, at low priority; playback goes "
                "on meanwhile, and the copy plays from the next pause."
            )
            + "</p>"
        )
        self.label.show()

    def ended(self, outcome: Outcome, detail: str) -> None:
        self.label.hide()
        self.show_state()
        file = self._file()
        if outcome is Outcome.NO_FFMPEG:
            told = tr(
                "Moves in {file} are slow: its keyframes are far apart. Install FFmpeg and "
                "Reviewer makes a quick-seek copy of it."
            ).format(file=file)
        elif outcome is Outcome.NO_SPACE:
            told = tr("No quick-seek copy of {file}: not enough free space in {folder}").format(
                file=file, folder=detail or str(copies_dir())
            )
        elif outcome is Outcome.FAILED:
            # FFmpeg's own words stay as it says them; Reviewer's own check is translated.
            reason = (
                tr("its frames would not keep the video's times")
                if detail == TIMES_MOVED
                else detail
            )
            told = tr("No quick-seek copy of {file}: {reason}").format(file=file, reason=reason)
        else:
            return  # READY says so when it plays (switched); the rest needs no word
        self.window.show_message(told, MESSAGE_MS)

    def switched(self, in_use: bool) -> None:
        self.show_state()
        file = self._file()
        if in_use:
            told = tr("Now using the quick-seek copy of {file}: moves show at once")
        else:
            told = tr("Now using {file} itself, not its quick-seek copy")
        self.window.show_message(told.format(file=file), MESSAGE_MS)


def install(window: Window) -> None:
    window.add_part(SeekCopies(window))
