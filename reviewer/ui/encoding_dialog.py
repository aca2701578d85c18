"""Which text encoding a transcript is in, asked when the guess is not sure: each candidate
with a preview of the lines where the candidates read differently (names, accents)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.formats.encoding import Guess, preview
from reviewer.ui.i18n import QT_TR_NOOP, tr

# What each encoding is for, in the editor's words.
_NAMES = {
    "cp1250": QT_TR_NOOP("Central European (Windows-1250): Croatian, Czech, Polish…"),
    "iso8859_2": QT_TR_NOOP("Central European (ISO 8859-2)"),
    "cp1252": QT_TR_NOOP("Western (Windows-1252): English, French, German…"),
    "cp1251": QT_TR_NOOP("Cyrillic (Windows-1251): Russian…"),
    "koi8_r": QT_TR_NOOP("Cyrillic (KOI8-R)"),
    "gb18030": QT_TR_NOOP("Chinese, Simplified (GB18030/GBK)"),
    "big5hkscs": QT_TR_NOOP("Chinese, Traditional (Big5-HKSCS)"),
    "cp932": QT_TR_NOOP("Japanese (Shift_JIS)"),
    "euc_jp": QT_TR_NOOP("Japanese (EUC-JP)"),
    "euc_kr": QT_TR_NOOP("Korean (EUC-KR)"),
}


class EncodingDialog(QDialog):
    """Lists the candidate encodings, the guess first and selected; shows the chosen one's text."""

    def __init__(self, path: Path, data: bytes, guess: Guess, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("encodingDialog")
        self.setWindowTitle(tr("Text encoding"))
        self._data = data
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "{file}: the text encoding is a guess. Choose the one in which names and "
                "accents read right."
            ).format(file=path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = QListWidget(self)
        self.choices.setObjectName("encodingChoices")
        self.codecs = list(guess.candidates)
        for codec in self.codecs:
            self.choices.addItem(tr(_NAMES.get(codec, codec)))
        layout.addWidget(self.choices)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("encodingPreview")
        self.preview.setReadOnly(True)
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choices.currentRowChanged.connect(self._show)
        self.choices.setCurrentRow(0)
        self.resize(560, 360)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.codecs):
            self.preview.setPlainText(preview(self._data, self.codecs[row]))

    @property
    def encoding(self) -> str:
        """The encoding chosen."""
        return self.codecs[max(0, self.choices.currentRow())]


def ask_encoding(
    parent: QWidget, path: Path, *, opening: bool = True
) -> str | Literal[False] | None:
    """Return the encoding to read ``path`` in (``opening`` it as a new project, else as the
    other language): None when there is nothing to ask (the guess is sure, or no transcript is
    read), the one chosen, or False when the editor cancelled."""
    from reviewer.app.opening import unsure_encoding

    unsure = unsure_encoding(path, opening=opening)
    if unsure is None:
        return None
    dialog = EncodingDialog(path, *unsure, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return dialog.encoding
