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
    dialog.format.setCurrentIndex(dialog.format.findData("srt"))
    out = tmp_path / "out.srt"
    dialog.save(str(out))
    ends = [e.end for e in pysubs2.load(str(out))]
    assert ends == [2500, 6000, 9000, 10_000]  # the last cue ended at 12 s, after the video
