"""The text-encoding question: asked when the guess is not sure, each candidate previewed."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reviewer.formats.encoding import decode_guessed
from reviewer.store import Project
from reviewer.ui.encoding_dialog import EncodingDialog

CP1250 = (
    "1\r\n00:00:01,000 --> 00:00:02,000\r\nĐino je došao kući.\r\n\r\n"
    "2\r\n00:00:03,000 --> 00:00:04,000\r\nHvala, Đino!\r\n"
).encode("cp1250")


def test_the_dialog_previews_each_candidate(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _text, guess = decode_guessed(CP1250)
    assert not guess.sure
    dialog = EncodingDialog(tmp_path / "short.srt", CP1250, guess)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.codecs[0] == "cp1250" and "cp1252" in dialog.codecs
    assert dialog.encoding == "cp1250"
    assert dialog.preview.toPlainText() == "Đino je došao kući.\nHvala, Đino!"
    dialog.choices.setCurrentRow(dialog.codecs.index("cp1252"))
    assert dialog.preview.toPlainText() == "Ðino je došao kuæi.\nHvala, Ðino!"
    assert dialog.encoding == "cp1252"
    assert "Central European" in dialog.choices.item(0).text()


def answer(choice: str | None) -> None:
    """Choose ``choice`` in the encoding dialog when it shows (None: cancel)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EncodingDialog):
            QTimer.singleShot(20, act)
            return
        if choice is None:
            dialog.reject()
            return
        dialog.choices.setCurrentRow(dialog.codecs.index(choice))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_opening_an_unsure_transcript_asks_and_imports_in_the_encoding_chosen(
    window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "short.srt"
    path.write_bytes(CP1250)
    answer(None)
    assert not window.open_path(path)  # cancelled: nothing made
    assert not (tmp_path / "short.review").exists()
    answer("cp1252")  # the editor's choice wins, even a wrong one
    assert window.open_path(path)
    with Project.open(tmp_path / "short.review", read_only=True) as project:
        texts = [s.source or s.translation for s in project.transcript.segments]
    assert texts == ["Ðino je došao kuæi.", "Hvala, Ðino!"]


def test_a_sure_guess_asks_nothing(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ru.srt"
    path.write_bytes("1\n00:00:01,000 --> 00:00:02,000\nСпасибо, Москва.\n".encode())
    assert window.open_path(path)  # no dialog: a modal one would block here
    assert window.project.transcript.segments[0].source == "Спасибо, Москва."


def test_the_other_language_asks_too(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from reviewer.core.models import Segment, Transcript

    project = tmp_path / "zh.review"
    transcript = Transcript(segments=[Segment(1000, 2000, "你好。"), Segment(3000, 4000, "谢谢。")])
    Project.create(project, transcript, author="tester").close()
    assert window.open_path(project)
    other = tmp_path / "other.srt"
    other.write_bytes(CP1250)  # 1-2 s and 3-4 s, as the project's segments
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    answer("cp1252")  # not the guess: the answer shows that the dialog asked
    window.trigger("import_other_language")
    assert [s.translation for s in window.project.transcript.segments] == [
        "Ðino je došao kuæi.",
        "Hvala, Ðino!",
    ]
