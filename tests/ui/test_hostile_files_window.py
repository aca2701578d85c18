"""The window's import path with files from anyone: what is not a file is refused with a
sentence, a cue past the time limit is left out and said, an export never replaces its own
project, an import never replaces a project made meanwhile."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from reviewer.core.limits import MAX_TIME_MS
from reviewer.ui.glossary_panel import GlossaryPanel


def test_a_fifo_or_a_device_is_refused_with_a_sentence(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fifo = tmp_path / "pipe.srt"
    os.mkfifo(fifo)  # opened, it would block the window for ever
    zero = tmp_path / "zero"
    zero.symlink_to("/dev/zero")  # read, it would fill the memory
    before = window.project
    for path, kind in ((fifo, "a named pipe (FIFO)"), (zero, "a device")):
        assert not window.open_path(path)
        assert window.project is before
        box = window.dialog
        assert isinstance(box, QMessageBox)
        assert box.text() == (
            f"{path}: this is {kind}, not a project, transcript or video file; nothing was read"
        )


def test_a_cue_past_the_limit_is_left_out_and_said(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    late = tmp_path / "late.srt"
    late.write_bytes(
        b"1\n00:00:01,000 --> 00:00:02,000\nFirst \x00cue.\n\n"
        b"2\n600:00:00,000 --> 600:00:05,000\nPast 596 hours.\n"
    )
    assert window.open_path(late)
    segments = window.project.transcript.segments
    assert [s.translation for s in segments] == ["First \ufffdcue."]
    text = window.dialog.text()
    assert "late.srt:3: replaced 1 invalid or control character (U+0000 NUL)" in text
    assert "late.srt: cue 2: a time past the 100-hour limit (600:00:00.000); skipped" in text
    assert window.video.seek_slider.maximum() <= MAX_TIME_MS


def test_the_export_dialog_never_writes_over_its_own_project(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    window.actions_by_name["export"].trigger()
    dialog = window.dialog
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    project_path = window.project.path
    before = project_path.read_bytes()
    dialog.save(str(project_path))  # the save dialog asked "replace?" and the editor said yes
    assert said == [f"{project_path}: this is the project itself; choose another name"]
    assert dialog.isVisible() and project_path.read_bytes() == before
    dialog.reject()


def test_a_project_another_window_made_meanwhile_is_opened_not_replaced(
    window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import reviewer.store.importing as importing
    from reviewer.core.models import Segment, Transcript
    from reviewer.store import Project

    source = tmp_path / "race.srt"
    source.write_text("1\n00:00:01,000 --> 00:00:02,000\nMine.\n")
    real = importing.import_transcript

    def other_window_finishes_first(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        theirs = Transcript([Segment(0, 1000, "", "Theirs, with their edits.")])
        Project.write_new(tmp_path / "race.review", theirs, replace=False)
        return result

    monkeypatch.setattr(importing, "import_transcript", other_window_finishes_first)
    assert window.open_path(source)
    assert window.project.path == tmp_path / "race.review"
    assert [s.translation for s in window.project.transcript.segments] == [
        "Theirs, with their edits."
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_glossary_export_never_writes_over_its_own_project(window) -> None:  # type: ignore[no-untyped-def]
    project_path = window.project.path
    before = project_path.read_bytes()
    window.part(GlossaryPanel).export_to(project_path)  # the save dialog asked; the editor said yes
    assert (
        window.dialog.text() == f"{project_path}: this is the project itself; choose another name"
    )
    assert project_path.read_bytes() == before
