"""Preferences for the checks: the language profiles and timing rules, stored in the project
(one undoable step) so every editor of the clip checks by the same rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer.store import Project
from reviewer.store.glossary import kind_of, profiles_of, set_profiles
from reviewer.text.checks import SUBTITLES
from reviewer.text.profiles import LanguageProfile, Profiles
from reviewer.ui.action_spec import ANYWHERE, ActionSpec
from reviewer.ui.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

LANGUAGES = {
    "en": QT_TR_NOOP("English (and other Latin or Cyrillic script)"),
    "zh": QT_TR_NOOP("Chinese"),
}


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class CheckPreferences(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkPreferences")
        self.setWindowTitle(tr("Check preferences"))
        self.project = project
        profiles = profiles_of(project)
        self.boxes: dict[str, tuple[QSpinBox, QDoubleSpinBox, QSpinBox]] = {}
        layout = QVBoxLayout(self)
        if kind_of(project) != SUBTITLES:
            note = QLabel(
                tr(
                    "These are the subtitle rules. This project is checked as a transcript, so"
                    " they apply only once it is checked as subtitles (the Problems panel"
                    " switches it)."
                )
            )
            note.setObjectName("kindNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        for code, title in LANGUAGES.items():
            p = profiles.for_language(code)
            chars = _spin(5, 200, p.max_line_chars, tr(" characters"))
            cps = QDoubleSpinBox()
            cps.setRange(1.0, 100.0)
            cps.setDecimals(1)
            cps.setValue(p.max_cps)
            cps.setSuffix(tr(" characters a second"))
            lines = _spin(1, 10, p.max_lines, tr(" lines"))
            group = QGroupBox(tr(title))
            form = QFormLayout(group)
            form.addRow(tr("&Line at most"), chars)
            form.addRow(tr("&Reading speed at most"), cps)
            form.addRow(tr("At &most"), lines)
            layout.addWidget(group)
            self.boxes[code] = (chars, cps, lines)
        timing = QGroupBox(tr("Timing"))
        form = QFormLayout(timing)
        self.min_duration = _spin(0, 60000, profiles.min_duration_ms, " ms")
        self.max_duration = _spin(100, 600000, profiles.max_duration_ms, " ms")
        self.frame_rate = QDoubleSpinBox()
        self.frame_rate.setRange(1.0, 120.0)
        self.frame_rate.setDecimals(3)
        self.frame_rate.setValue(profiles.frame_rate)
        self.frame_rate.setSuffix(" fps")
        self.min_gap = _spin(0, 50, profiles.min_gap_frames, tr(" frames"))
        form.addRow(tr("&Shortest on screen"), self.min_duration)
        form.addRow(tr("Lon&gest on screen"), self.max_duration)
        form.addRow(tr("&Frame rate"), self.frame_rate)
        form.addRow(tr("Shortest ga&p"), self.min_gap)
        layout.addWidget(timing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self.show_profiles(Profiles()))
        layout.addWidget(buttons)

    def show_profiles(self, profiles: Profiles) -> None:
        for code, (chars, cps, lines) in self.boxes.items():
            p = profiles.for_language(code)
            chars.setValue(p.max_line_chars)
            cps.setValue(p.max_cps)
            lines.setValue(p.max_lines)
        self.min_duration.setValue(profiles.min_duration_ms)
        self.max_duration.setValue(profiles.max_duration_ms)
        self.frame_rate.setValue(profiles.frame_rate)
        self.min_gap.setValue(profiles.min_gap_frames)

    def profiles(self) -> Profiles:
        profiles = profiles_of(self.project)
        for code, (chars, cps, lines) in self.boxes.items():
            profiles = profiles.with_language(
                code, LanguageProfile(chars.value(), cps.value(), lines.value())
            )
        return Profiles(
            profiles.languages,
            self.min_duration.value(),
            self.max_duration.value(),
            self.frame_rate.value(),
            self.min_gap.value(),
        )

    def accept(self) -> None:
        profiles = self.profiles()
        if profiles != profiles_of(self.project):
            set_profiles(self.project, profiles)
        super().accept()


def _open(window: Window) -> None:
    if window.project is None:
        return
    dialog = CheckPreferences(window.project, window.widget)
    window.set_dialog(dialog)
    dialog.open()


def install(window: Window) -> None:
    window.add_action(
        ActionSpec(
            "check_preferences",
            "Check preferences…",
            "Review",
            (),
            ANYWHERE,
            "Line length, reading speed and timing rules of the checks",
        ),
        lambda: _open(window),
    )
