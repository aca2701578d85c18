"""File > Export: format, which text, Chinese script, approved only, speaker labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.formats import ExportOptions
from reviewer.store import Project
from reviewer.text.chinese import CONFIGS

FORMATS = {
    "srt": "SubRip subtitles (.srt)",
    "vtt": "WebVTT with voice spans (.vtt)",
    "ass": "Advanced SubStation with speaker names (.ass)",
    "txt": "Plain text, speaker-labelled (.txt)",
    "docx": "Word table (.docx)",
    "json": "Reviewer JSON, all data (.json)",
    "csv": "Spreadsheet (.csv)",
    "sbv": "YouTube captions (.sbv)",
    "ttml": "TTML / DFXP captions (.ttml)",
    "scc": "Broadcast captions, CEA-608 (.scc)",
}


class ExportDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle("Export")
        self.setObjectName("exportDialog")
        self.format = QComboBox()
        for key, label in FORMATS.items():
            self.format.addItem(label, key)
        self.text = QComboBox()
        for key, label in (
            ("translation", "Translation"),
            ("source", "Source"),
            ("both", "Source and translation"),
        ):
            self.text.addItem(label, key)
        self.script = QComboBox()
        self.script.addItem("As it is", "")
        for key, label in CONFIGS.items():
            self.script.addItem(f"{label} ({key})", key)
        self.approved_only = QCheckBox("Only approved segments")
        self.speakers = QCheckBox("Speaker labels")
        self.speakers.setChecked(True)
        self.timecodes = QCheckBox("Timecodes (plain text)")
        self.timecodes.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Format", self.format)
        form.addRow("Text", self.text)
        form.addRow("Chinese script", self.script)
        form.addRow(self.approved_only)
        form.addRow(self.speakers)
        form.addRow(self.timecodes)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.written: Path | None = None

    def _format_changed(self) -> None:
        if self.format.currentData() in ("json", "csv", "docx"):
            self.text.setCurrentIndex(self.text.findData("both"))

    def options(self) -> ExportOptions:
        return ExportOptions(
            text=self.text.currentData(),
            script=self.script.currentData() or None,
            approved_only=self.approved_only.isChecked(),
            speaker_labels=self.speakers.isChecked(),
            timecodes=self.timecodes.isChecked(),
        )

    def save(self, path: str | None = None) -> None:
        fmt = self.format.currentData()
        if not path:
            default = self.project.path.with_suffix("." + fmt)
            path, _ = QFileDialog.getSaveFileName(
                self, "Export to", str(default), f"{FORMATS[fmt]};;All files (*)"
            )
        if not path:
            return
        from reviewer.files import refuse_same_file
        from reviewer.formats import write_transcript

        try:
            # The save dialog has asked before replacing a file; never the project itself.
            refuse_same_file(path, self.project.path, "the project")
            write_transcript(self.project.transcript, Path(path), fmt, self.options())
        except ReviewerError as exc:
            QMessageBox.warning(self, "Export failed", str(exc))
            return
        self.written = Path(path)
        self.accept()
