"""The export dialog: speaker labels follow the format's default until the editor chooses; the
options carry the reviewer, today's date and the media's length; the file is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pysubs2

from reviewer.ui.export_dialog import ExportDialog


def test_speaker_labels_follow_the_format_until_chosen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("srt"))
    assert not dialog.speakers.isChecked()  # no "Name:" burnt into subtitles by default
    dialog.format.setCurrentIndex(dialog.format.findData("vtt"))
    assert dialog.speakers.isChecked()  # voice spans
    dialog.format.setCurrentIndex(dialog.format.findData("srt"))
    dialog.speakers.click()  # the editor wants names in this SRT
    dialog.format.setCurrentIndex(dialog.format.findData("ass"))
    dialog.format.setCurrentIndex(dialog.format.findData("srt"))
    assert dialog.speakers.isChecked()  # their choice stays


def test_the_options_name_the_reviewer_and_the_date(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.project.set_media(str(tmp_path / "clip.mp4"))
    window.project.record_media_duration(10_000)  # as libvlc reports it when it opens the clip
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    options = dialog.options()
    today = date.today()
    assert options.reviewer == "tester"
    assert options.date == f"{today.day} {today:%B %Y}"
    assert options.media_ms == 10_000
    # Said before the Save: the last segment (9-12 s) is cut at the video's end.
    assert dialog.past_end.text() == "Cut at the video's end (00:10.000): #4"
    assert not dialog.past_end.isHidden()
    dialog.approved_only.setChecked(True)  # nothing approved: nothing cut
    assert dialog.past_end.isHidden()
    dialog.approved_only.setChecked(False)
    dialog.format.setCurrentIndex(dialog.format.findData("srt"))
    out = tmp_path / "out.srt"
    dialog.save(str(out))
    ends = [e.end for e in pysubs2.load(str(out))]
    assert ends == [2500, 6000, 9000, 10_000]  # the last cue ended at 12 s, after the video


def test_after_the_export_the_window_says_where_and_what_was_cut(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    window.project.set_media(str(tmp_path / "clip.mp4"))
    window.project.record_media_duration(8_000)  # the last segment starts at 9 s
    window.actions_by_name["export"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.format.setCurrentIndex(dialog.format.findData("srt"))
    out = tmp_path / "told.srt"
    dialog.save(str(out))
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Exported to {out}")
    assert "Left out, starting after the video ends (00:08.000): #4" in said
    assert "Cut at the video's end (00:08.000): #3" in said
