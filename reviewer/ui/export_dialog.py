"""File > Export: format, which text, Chinese script, approved only, speaker labels.

The speaker-labels box follows the format's default as the format changes (off for SRT, where a
label is burnt into the subtitle; on for WebVTT voices, ASS names, text, Word) until the editor
ticks or unticks it for this export. Every label has a mnemonic (Alt+letter).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.core.models import Segment
from reviewer.formats import ExportOptions
from reviewer.formats.catalogue import export_labels
from reviewer.store import Project
from reviewer.text.chinese import CONFIGS
from reviewer.ui.i18n import QT_TR_NOOP, tr
from reviewer.ui.opening import export_filter

FORMATS = export_labels()  # the format catalogue's writers (reviewer.formats.registry)


def format_label(name: str) -> str:
    """Return the export menu's words for a format ("SubRip subtitles (.srt)"), translated."""
    label, _, extension = FORMATS[name].rpartition(" (")
    return f"{tr(label)} ({extension}"


class ExportDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        from reviewer.store.exporting import media_length_ms

        self._length = media_length_ms(project)  # once: ffprobe's, where libvlc has not said
        self.setWindowTitle(tr("Export"))
        self.setObjectName("exportDialog")
        self.format = QComboBox()
        for key in FORMATS:
            self.format.addItem(format_label(key), key)
        self.text = QComboBox()
        for key, label in (
            ("translation", QT_TR_NOOP("Translation")),
            ("source", QT_TR_NOOP("Source")),
            ("both", QT_TR_NOOP("Source and translation")),
        ):
            self.text.addItem(tr(label), key)
        self.script = QComboBox()
        self.script.addItem(tr("As it is"), "")
        for key, label in CONFIGS.items():
            self.script.addItem(f"{tr(label)} ({key})", key)
        self.approved_only = QCheckBox(tr("Only &approved segments"))
        self.speakers = QCheckBox(tr("S&peaker labels"))
        self._speakers_chosen = False  # the editor ticked or unticked it for this export
        self.speakers.clicked.connect(self._speakers_clicked)
        self.timecodes = QCheckBox(tr("Time&codes (plain text)"))
        self.timecodes.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Save…"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, field in (
            (QT_TR_NOOP("&Format"), self.format),
            (QT_TR_NOOP("&Text"), self.text),
            (QT_TR_NOOP("Chinese sc&ript"), self.script),
        ):
            form.addRow(tr(label), field)  # the label's mnemonic moves to its field
        form.addRow(self.approved_only)
        form.addRow(self.speakers)
        form.addRow(self.timecodes)
        # Segments the video does not reach: said before the Save, not found missing later.
        self.past_end = QLabel()
        self.past_end.setObjectName("pastEnd")
        self.past_end.setWordWrap(True)
        self.past_end.setStyleSheet("color: #b94a48")
        form.addRow(self.past_end)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.approved_only.toggled.connect(lambda _on: self._show_past_end())
        self.written: Path | None = None
        self._format_changed()
        self._show_past_end()

    def past_end_text(self) -> str:
        """What the export leaves out or cuts at the video's end ("" when nothing)."""
        from reviewer.core.timecode import format_timecode

        options = self.options()
        left_out, cut = options.past_end(self.project.transcript)
        end = format_timecode(options.media_ms or 0)
        said = []
        if left_out:
            said.append(
                tr("Left out, starting after the video ends ({end}): {segments}").format(
                    end=end, segments=_numbers(left_out)
                )
            )
        if cut:
            said.append(
                tr("Cut at the video's end ({end}): {segments}").format(
                    end=end, segments=_numbers(cut)
                )
            )
        return "; ".join(said)

    def _show_past_end(self) -> None:
        text = self.past_end_text()
        self.past_end.setText(text)
        self.past_end.setVisible(bool(text))

    def _speakers_clicked(self) -> None:
        self._speakers_chosen = True

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        if fmt in ("json", "csv", "docx"):
            self.text.setCurrentIndex(self.text.findData("both"))
        if not self._speakers_chosen:
            from reviewer.formats import FORMATS as REGISTRY

            self.speakers.setChecked(REGISTRY[fmt].speaker_labels)

    def options(self) -> ExportOptions:
        """The options as chosen, with the reviewer, today's date and the media's length."""
        from reviewer.store.exporting import desk_options

        chosen = ExportOptions(
            text=self.text.currentData(),
            script=self.script.currentData() or None,
            approved_only=self.approved_only.isChecked(),
            speaker_labels=self.speakers.isChecked(),
            timecodes=self.timecodes.isChecked(),
            media_ms=self._length,
        )
        return desk_options(self.project, chosen, measure=False)  # measured once, at the start

    def save(self, path: str | None = None) -> None:
        fmt = self.format.currentData()
        if not path:
            default = self.project.path.with_suffix("." + fmt)
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export to"), str(default), export_filter(fmt)
            )
        if not path:
            return
        from reviewer.files import refuse_same_file
        from reviewer.formats import write_transcript

        try:
            # The save dialog has asked before replacing a file; never the project itself.
            refuse_same_file(path, self.project.path, tr("the project"))
            write_transcript(self.project.transcript, Path(path), fmt, self.options())
        except ReviewerError as exc:
            from reviewer.ui import translated

            QMessageBox.warning(self, tr("Export failed"), translated.error(exc))
            return
        self.written = Path(path)
        self.accept()


def _numbers(segments: list[Segment], shown: int = 12) -> str:
    """Return "#7, #8" for ``segments`` (the first ``shown``, then how many more)."""
    numbers = ", ".join(f"#{s.id}" for s in segments[:shown])
    if len(segments) > shown:
        numbers += " " + tr("… and {count} more").format(count=len(segments) - shown)
    return numbers
