"""Opening what an editor is handed (a transcript pair, a video, a broken file), exporting,
adding the other language, relinking the video, dropping a file, recent files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pysubs2
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_opening_one_transcript_pairs_the_other_language_and_finds_the_video(
    window, clip: Path
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(clip / "demo.zh.srt")
    project = window.project
    assert project.path == clip / "demo.review"
    first = project.transcript.segments[0]
    assert first.source.startswith("各位观众") and first.translation.startswith("Good evening")
    assert project.media_path is not None and project.media_path.resolve() == clip / "demo.mp4"
    # Opening the transcript again opens the project, with the editor's work in it.
    project.set_translation(first.sid, "Good evening.")
    assert window.open_path(clip / "demo.en.srt")
    assert window.project.transcript.segments[0].translation == "Good evening."


def test_opening_a_video_finds_its_transcripts(window, clip: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(clip / "demo.mp4")
    assert len(window.project.transcript.segments) == 7
    assert window.project.transcript.segments[1].translation.startswith("Chinese Foreign")


def test_a_video_without_transcript_is_refused_naming_it(window, tmp_path: Path, clip) -> None:  # type: ignore[no-untyped-def]
    lonely = tmp_path / "lonely.mp4"
    shutil.copy(clip / "demo.mp4", lonely)
    before = window.project
    assert not window.open_path(lonely)
    assert window.project is before
    box = window.dialog
    assert isinstance(box, QMessageBox) and "lonely.mp4: no transcript" in box.text()


def test_a_broken_file_opens_with_what_could_be_read_and_says_what_was_left_out(
    window, tmp_path: Path, repo_root: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.srt"
    shutil.copy(repo_root / "tests" / "fixtures" / "formats" / "broken.srt", broken)
    assert window.open_path(broken)
    assert [s.translation for s in window.project.transcript.segments] == [
        "First cue.",
        "Third cue.",
        "This one ends before it starts.",  # kept, its end made its start
        "Last cue.",
    ]
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert "broken.srt:5" in box.text() and "broken.srt:14" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_export_dialog_writes_a_file_pysubs2_reads(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.project.set_translation(2, "Lebanon's Hezbollah said")
    window.actions_by_name["export"].trigger()
    dialog = window.dialog
    assert dialog.isVisible()
    dialog.format.setCurrentIndex(dialog.format.findData("srt"))
    dialog.text.setCurrentIndex(dialog.text.findData("translation"))
    out = tmp_path / "out.srt"
    dialog.save(str(out))
    assert not dialog.isVisible()
    subs = pysubs2.load(str(out))
    assert len(subs) == 4 and "Lebanon's Hezbollah said" in subs[1].plaintext


def test_adding_the_other_language_is_one_undo_step(window, clip: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    only_zh = clip / "only.zh.srt"
    shutil.copy(clip / "demo.zh.srt", only_zh)
    assert window.open_path(only_zh)
    assert not any(s.translation for s in window.project.transcript.segments)
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(clip / "demo.en.srt"), "")),
    )
    window.actions_by_name["import_other_language"].trigger()
    assert all(s.translation for s in window.project.transcript.segments)
    window.actions_by_name["undo"].trigger()
    assert not any(s.translation for s in window.project.transcript.segments)


def test_relink_points_the_project_at_the_chosen_video(window, clip: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.project.media_path is None
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: asked.append(a) or (str(clip / "demo.mp4"), "")),
    )
    window.actions_by_name["relink_media"].trigger()
    assert "*.mxf" in str(asked[0][3]) and "*.opus" in str(asked[0][3])  # the whole media list
    assert window.project.media_path.resolve() == (clip / "demo.mp4")
    path = window.project.path
    window.close_project()
    assert window.filter.rowCount() == 0  # nothing asked of the closed project
    from reviewer.store import Project

    with Project.open(path) as reopened:  # saved in the file
        assert reopened.media_path is not None and reopened.media_path.exists()


def test_dropping_a_transcript_opens_it_and_recent_files_list_it(
    qtbot, window, clip: Path, project_file: Path
) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(clip / "demo.zh.srt"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.project.path == clip / "demo.review", timeout=3000)
    window.recent_menu.aboutToShow.emit()  # as the menu fills itself when it opens
    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent[:2] == [str(clip / "demo.review"), str(project_file)]


def test_the_file_dialogs_filters_come_from_the_catalogue() -> None:
    from reviewer.formats.catalogue import MEDIA_EXTENSIONS, read_extensions
    from reviewer.ui import opening

    every = opening.open_filter()
    assert all(f"*{x}" in every for x in (*read_extensions(), *MEDIA_EXTENSIONS, ".review"))
    assert all(f"*{x}" in opening.transcript_filter() for x in read_extensions())
    media = opening.media_filter()
    assert all(f"*{x}" in media for x in MEDIA_EXTENSIONS) and "*.srt" not in media
    # The export's save dialog shows the format's files (a filter of ".srt" would match none).
    assert opening.export_filter("srt") == "SubRip subtitles (*.srt);;All files (*)"
    assert opening.export_filter("csv").startswith("Spreadsheet (*.csv *.tsv)")
