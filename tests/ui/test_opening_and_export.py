"""Opening what an editor is handed (a transcript pair, a video, a broken file), exporting,
adding the other language, relinking the video, dropping a file, recent files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pysubs2
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture
def clip(tmp_path: Path, repo_root: Path) -> Path:
    """A folder holding the demo clip and its two transcripts, as an editor receives them."""
    folder = tmp_path / "clip"
    folder.mkdir()
    for name in ("demo.zh.srt", "demo.en.srt", "demo.mp4"):
        shutil.copy(repo_root / "resources" / "demo" / name, folder / name)
    return folder


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
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(clip / "demo.mp4"), ""))
    )
    window.actions_by_name["relink_media"].trigger()
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


def test_a_broadcast_clip_finds_its_transcript_not_its_camera_metadata(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reviewer.ui import opening

    (tmp_path / "C0001.MXF").write_bytes(b"\x06\x0e\x2b\x34")  # an MXF's key, enough here
    (tmp_path / "C0001.XML").write_text("<NonRealTimeMeta/>", encoding="utf-8")  # XDCAM's
    (tmp_path / "C0001.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n", "utf-8")
    (tmp_path / "C0001.docx").write_bytes(b"PK")  # an earlier Word export of the clip
    assert opening.transcripts_named(tmp_path, "C0001") == [tmp_path / "C0001.srt"]
    project, _warnings = opening.open_anything(tmp_path / "C0001.MXF", author="tester")
    try:
        assert [s.translation for s in project.transcript.segments] == ["Hello"]
    finally:
        project.close()
    assert "*.mxf" in opening.open_filter() and "*.ttml" in opening.transcript_filter()


def test_break_lock_reaches_the_project_a_transcript_reopens(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # `reviewer open clip.srt --break-lock` when clip.review exists already: the lock another
    # machine left on it is taken over, as for `reviewer open clip.review --break-lock`.
    import json

    from reviewer.store.lock import lock_path
    from reviewer.ui import opening

    srt = tmp_path / "clip.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n", encoding="utf-8")
    opening.open_anything(srt, author="tester")[0].close()
    target = opening.project_path_for(srt)
    owner = {"pid": 7, "host": "desk-pc-4", "user": "anna", "since": "2026-01-05 10:00"}
    lock_path(target).write_text(json.dumps(owner), encoding="utf-8")
    held, _ = opening.open_anything(srt, author="tester")
    assert held.read_only
    held.close()
    taken, _ = opening.open_anything(srt, author="tester", break_lock=True)
    try:
        assert not taken.read_only
    finally:
        taken.close()
