"""Playback > Audio track: which of the media's sound tracks is heard, and analysed.

A broadcast recorder's transport stream or MXF carries several (Cantonese and English, a
programme mix and the natural sound); libvlc plays the first. The choice is the project's
(``Project.choose_audio_track``: kept in the file, no undo step), so the window opens on it
again, and the audio lane and the speech checks read the same track (the MEDIA notice).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup

from reviewer.ui.action_spec import ActionSpec
from reviewer.ui.i18n import tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window


class AudioTrackMenu:
    """The submenu, filled with the playing file's tracks each time it opens."""

    def __init__(self, window: Window) -> None:
        self.window = window
        # The command palette's way in (Ctrl+Shift+P, "audio"): the next track, round.
        window.add_action(
            ActionSpec(
                "next_audio_track",
                "Next audio track",
                "Playback",
                tip="Hear the media's next sound track (a broadcast file's other language)",
                when=lambda w: w.project is not None,
            ),
            self.next_track,
        )
        self.menu = window.menus["Playback"].addMenu(tr("Audio track"))
        self.menu.setObjectName("audioTrackMenu")
        self.group = QActionGroup(self.menu)
        self.menu.aboutToShow.connect(self.fill)
        self.fill()  # never empty: a menu without items shows nothing to open

    def fill(self) -> None:
        """List the tracks libvlc found, the one heard checked."""
        self.menu.clear()
        self.group = QActionGroup(self.menu)
        tracks = self.window.playback.audio_tracks()
        project = self.window.project
        if not tracks or project is None:
            none = self.menu.addAction(tr("No sound to choose from"))
            none.setEnabled(False)
            return
        heard = project.audio_track if project.audio_track < len(tracks) else 0
        for index, name in enumerate(tracks):
            action = QAction(track_label(index, name), self.menu)
            action.setObjectName(f"audioTrack{index}")
            action.setCheckable(True)
            action.setChecked(index == heard)
            action.setEnabled(len(tracks) > 1)
            action.triggered.connect(lambda _checked=False, i=index: self.choose(i))
            self.group.addAction(action)
            self.menu.addAction(action)
            if index == heard:
                self.menu.setActiveAction(action)  # Return keeps it, as the editor expects

    def choose(self, index: int) -> None:
        """Hear track ``index``; the project keeps it, the lane analyses it."""
        project = self.window.project
        if project is None:
            return
        self.window.playback.set_audio_track(index)
        project.choose_audio_track(index)
        tracks = self.window.playback.audio_tracks()
        if index < len(tracks):
            self.window.show_message(
                tr("Hearing {track}; the audio lane and the speech checks use it").format(
                    track=track_label(index, tracks[index])
                )
            )

    def next_track(self) -> None:
        """Hear the track after the one heard (after the last: the first)."""
        project, tracks = self.window.project, self.window.playback.audio_tracks()
        if project is None:
            return
        if len(tracks) < 2:
            self.window.show_message(tr("The media has no other sound track"))
            return
        heard = project.audio_track if project.audio_track < len(tracks) else 0
        self.choose((heard + 1) % len(tracks))


def track_label(index: int, name: str) -> str:
    """Return the menu's words for track ``index``, libvlc's ``name`` of it ("Track 2 -
    [English]") giving the language it knows: "Track 2 — English" in the window's language."""
    label = tr("Track {number}").format(number=index + 1)
    _track, dash, said = name.partition(" - ")
    said = said.strip()
    if said.startswith("[") and said.endswith("]"):
        said = said[1:-1].strip()
    if said.isascii() and said.isalpha() and said.islower() and len(said) in (2, 3):
        said = _language_name(said)  # a code libvlc has no name for ("yue")
    return f"{label} — {said}" if dash and said else label


# The Chinese windows' script, for a language's own name (Qt gives 粵語 in Traditional).
_SCRIPT = {"zh_CN": "t2s", "zh_TW": "s2tw", "zh_HK": "s2hk"}


def _language_name(code: str) -> str:
    """Return the name of the language ISO 639 ``code``: in English and in its own words
    ("Cantonese (粵語)"); in a Chinese window, its own words in the window's script (粤语); the
    code where Qt does not know it."""
    from PySide6.QtCore import QLocale

    locale = QLocale(code)
    if locale.language() in (QLocale.Language.AnyLanguage, QLocale.Language.C):
        return code
    name, own = QLocale.languageToString(locale.language()), locale.nativeLanguageName()
    script = _SCRIPT.get(QLocale().name())
    chinese = (QLocale.Language.Chinese, QLocale.Language.Cantonese)
    if script and own and locale.language() in chinese:
        from reviewer.text.chinese import convert

        return convert(own, script)
    return f"{name} ({own})" if own and own != name else name


def install(window: Window) -> None:
    window.add_part(AudioTrackMenu(window))
