"""The window's save state, unsaved work on close, Save a copy, the history panel, the timeline
and checkpoints, each checked in the file."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from reviewer.ui.history_panel import HistoryPanel
from reviewer.ui.saving import Saving

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from reviewer.store import Project

LONG = "Lebanon's Hezbollah said " * 400


def fill_disk(project: Project) -> None:
    pages = project.db.execute("PRAGMA page_count").fetchone()[0]
    project.db.execute(f"PRAGMA max_page_count = {pages}")


def type_translation(window, text: str) -> None:  # type: ignore[no-untyped-def]
    box = window.editor.translation
    box.setFocus()
    box.selectAll()
    box.insertPlainText(text)
    window.editor.flush()


def choose_file(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def test_full_disk_says_so_loudly_keeps_the_text_and_writes_it_later(window, saved) -> None:  # type: ignore[no-untyped-def]
    window.select_id(2)
    fill_disk(window.project)
    type_translation(window, LONG)
    label = window.saved_label.text()
    assert label.startswith("NOT SAVED: 1 change waiting") and "disk is full" in label
    assert window.editor.translation.toPlainText() == LONG  # shown as typed
    assert saved.segment(2)["translation"] == "Lebanon's 真主党 said"
    window.part(Saving).heartbeat()
    assert "NOT SAVED" in window.saved_label.text()  # the cause is still there
    window.project.db.execute("PRAGMA max_page_count = 1073741823")
    window.part(Saving).heartbeat()
    assert window.saved_label.text() == "All changes saved"
    assert saved.segment(2)["translation"] == LONG


def test_closing_with_unsaved_work_offers_a_copy(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.select_id(3)
    window.project.db.execute("PRAGMA query_only = ON")  # the file turned read-only
    type_translation(window, "Lavrov said the talks went well")
    assert "read-only" in window.saved_label.text()
    window.close()
    box = window.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "unsavedOnClose"
    assert window.isVisible()  # not closed behind the editor's back
    box.done(QMessageBox.StandardButton.Save)
    copy = tmp_path / "rescued.review"
    choose_file(window, copy)
    qtbot.waitUntil(lambda: not window.isVisible())
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT translation FROM segments WHERE id = 3").fetchone()[0] == (
        "Lavrov said the talks went well"
    )
    conn.close()


def test_save_a_copy_from_the_file_menu(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.select_id(1)
    type_translation(window, "Good evening!")
    window.actions_by_name["save_copy"].trigger()
    copy = tmp_path / "copy.review"
    choose_file(window, copy)
    assert "Saved a copy" in window.statusBar().currentMessage()
    with Project.open(copy) as project:
        assert project.segment(1).translation == "Good evening!"


def test_switching_project_with_unsaved_work_rescues_a_copy(  # type: ignore[no-untyped-def]
    window, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window.select_id(1)
    window.project.db.execute("PRAGMA query_only = ON")
    type_translation(window, "kept somewhere")
    window.close_project()
    [rescued] = (tmp_path / "data" / "reviewer" / "rescued").glob("news-*.review")
    with Project.open(rescued) as project:
        assert project.segment(1).translation == "kept somewhere"


def test_history_panel_shows_diffs_and_reverts(window, saved) -> None:  # type: ignore[no-untyped-def]
    panel = window.part(HistoryPanel)
    window.select_id(3)
    assert "no revisions yet" in panel.title.text()
    type_translation(window, "Lavrov said the talks went well")
    type_translation(window, "Lavrov said the talks went badly")
    assert panel.list.topLevelItemCount() == 3  # two texts and the status
    assert panel.list.topLevelItem(0).text(1) == "tester"
    oldest_text = panel.list.topLevelItem(2)
    panel.list.setCurrentItem(oldest_text)
    html = panel.diff.toHtml()
    assert "line-through" in html and "Lavrof" not in html.replace("Lavro", "")  # f struck
    panel.revert.click()
    assert saved.segment(3)["translation"] == "Lavrov said the talks went well"
    assert window.project.undo_label.startswith("Revert #3")
    window.actions_by_name["undo"].trigger()
    assert saved.segment(3)["translation"] == "Lavrov said the talks went badly"
    window.actions_by_name["show_history"].trigger()
    assert panel.isVisible()


def test_timeline_lists_and_filters_revisions(window) -> None:  # type: ignore[no-untyped-def]
    window.select_id(2)
    type_translation(window, "Lebanon's Hezbollah said")
    window.actions_by_name["timeline"].trigger()
    dialog = window.dialog
    assert dialog.objectName() == "timelineDialog" and dialog.isVisible()
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.list.topLevelItem(1).text(6) == "Lebanon's Hezbollah said"
    dialog.author.setCurrentIndex(dialog.author.findData("tester"))
    assert dialog.author.currentData() == "tester" and dialog.list.topLevelItemCount() == 2
    dialog.use_until.setChecked(True)
    dialog.until.setDateTime(dialog.until.dateTime().addDays(-2))
    assert dialog.list.topLevelItemCount() == 0 and dialog.count.text() == "0 revisions"
    dialog.use_until.setChecked(False)
    dialog.list.itemActivated.emit(dialog.list.topLevelItem(0), 0)
    assert window.current_id() == 2


def test_checkpoints_name_compare_export_restore(window, saved, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["compare_checkpoint"].trigger()
    assert "No checkpoints yet" in window.statusBar().currentMessage()
    window.actions_by_name["name_checkpoint"].trigger()
    ask = window.dialog
    assert isinstance(ask, QInputDialog) and ask.objectName() == "checkpointName"
    ask.setTextValue("sent to the desk 14:05")
    ask.done(QDialog.DialogCode.Accepted)
    assert [c.name for c in window.project.checkpoints()] == ["sent to the desk 14:05"]
    window.select_id(3)
    type_translation(window, "Lavrov said the talks went well")
    window.actions_by_name["compare_checkpoint"].trigger()
    dialog = window.dialog
    assert dialog.objectName() == "compareDialog"
    assert dialog.list.topLevelItemCount() == 2 and "2 changes" in dialog.summary.text()
    assert "line-through" in dialog.diff.toHtml()
    dialog.export_docx.click()
    dialog._file_dialog.selectFile(str(tmp_path / "changes.docx"))
    dialog._file_dialog.accept()
    assert (
        "<w:ins " in zipfile.ZipFile(tmp_path / "changes.docx").read("word/document.xml").decode()
    )
    dialog.export_csv.click()
    dialog._file_dialog.selectFile(str(tmp_path / "changes.csv"))
    dialog._file_dialog.accept()
    assert "Lavrof said" in (tmp_path / "changes.csv").read_text(encoding="utf-8-sig")
    dialog.restore.click()
    assert saved.segment(3)["translation"] == "Lavrof said the talks went well"
    assert dialog.list.topLevelItemCount() == 0
    window.actions_by_name["undo"].trigger()
    assert saved.segment(3)["translation"] == "Lavrov said the talks went well"
