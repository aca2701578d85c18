"""The editor's own input kept bounded in the window: a text of millions of characters is shown
in part (cell, tooltip, editor) and kept whole in the file; a regular expression that backtracks
for ever is stopped and named in the find and replace dialog, and the window goes on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import sample_transcript
from PySide6.QtCore import Qt

from reviewer.core.limits import MAX_TIME_MS
from reviewer.core.models import Segment
from reviewer.store import Project
from reviewer.ui.editor_pane import EDIT_LIMIT, PREVIEW_CHARS
from reviewer.ui.find_replace import FindReplaceDialog
from reviewer.ui.history_panel import HistoryPanel
from reviewer.ui.match_delegate import MatchDelegate
from reviewer.ui.segment_model import COL_SOURCE, COL_TRANSLATION, DISPLAY_LIMIT, TOOLTIP_LIMIT

pytestmark = pytest.mark.gui

LONG = 3_000_000  # characters: 3 s of layout per paint before, and a minute at 50 MB
LONG_SOURCE = "长句" * (LONG // 2)
LONG_TRANSLATION = "a long line\n" + "word " * (LONG // 5)
STUCK = "a" * 20_000 + "!"  # (a+)+$ tries every way to split the run of a's
# The latest segment a project may hold (reviewer.core.limits: 100 hours); media longer than
# 2^31 ms (596 h) is tests/ui_playback/test_long_times.py's.
LATE = MAX_TIME_MS - 3000


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    transcript = sample_transcript()
    transcript.segments += [
        Segment(12000, 15000, LONG_SOURCE, LONG_TRANSLATION),
        Segment(15000, 18000, "啊啊啊", STUCK),
        Segment(LATE, LATE + 3000, "很晚", "very late"),
    ]
    path = tmp_path / "long.review"
    Project.create(path, transcript, author="importer").close()
    return path


def test_a_text_of_millions_of_characters_is_shown_bounded_and_kept_whole(
    qtbot: Any, window: Any, saved: Any
) -> None:
    w = window
    model = w.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "5")
    source = model.index(row, COL_SOURCE).data()
    translation = model.index(row, COL_TRANSLATION).data()
    assert len(source) == DISPLAY_LIMIT + 1 and source.startswith("长句长句") and source[-1] == "…"
    assert translation.startswith("a long line ⏎ word word") and translation.endswith("…")
    assert len(translation) <= DISPLAY_LIMIT + 3
    tooltip = model.index(row, COL_TRANSLATION).data(Qt.ItemDataRole.ToolTipRole)
    assert len(tooltip) < TOOLTIP_LIMIT + 200
    assert f"({len(LONG_TRANSLATION):,} characters in all)" in tooltip
    w.table.viewport().grab()  # paints the long row (Qt measured the whole text before)

    w.select_id(5)
    editor = w.editor
    assert editor.source.isReadOnly() and editor.translation.isReadOnly()
    assert len(editor.translation.toPlainText()) == PREVIEW_CHARS + 2
    assert editor.source.toPlainText().startswith("长句长句")
    assert "Too long to edit here: the source (3,000,000 characters) and the translation" in (
        editor.header.text()
    )
    assert f"at most {EDIT_LIMIT:,} characters" in editor.header.text()

    # Other changes to the segment write nothing of the preview: the whole texts stay.
    w.actions_by_name["approve_next"].trigger()
    assert saved.segment(5)["status"] == "approved"
    assert saved.segment(5)["source"] == LONG_SOURCE
    assert saved.segment(5)["translation"] == LONG_TRANSLATION

    w.select_id(3)  # an ordinary segment is editable again
    assert not editor.translation.isReadOnly()
    assert editor.translation.toPlainText() == "Lavrof said the talks went well"
    assert "Too long" not in editor.header.text()


def test_a_pattern_that_backtracks_for_ever_is_stopped_and_named(
    qtbot: Any, window: Any, saved: Any
) -> None:
    w = window
    qtbot.keyClick(w.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = w.part(FindReplaceDialog)
    dialog.finder.time_limit = 0.2  # the editor's 1 s, shortened for the test
    dialog.mode.setCurrentIndex(dialog.mode.findData("regex"))
    dialog.find_text.setText(r"(a+)+$")  # find as you type: this keystroke used to freeze
    assert dialog.count.text().startswith("This pattern takes too long (stopped after 0.2 s)")
    assert w.part(MatchDelegate).query is None  # nothing half-lit
    dialog.replace.setText("x")
    dialog.replace_all()
    assert "takes too long" in dialog.count.text()
    assert saved.segment(6)["translation"] == STUCK  # nothing replaced
    # The window goes on: a better pattern finds and lights at once.
    dialog.find_text.setText(r"a+!$")
    assert dialog.count.text() == "1 segment matches"
    assert w.part(MatchDelegate).query.text == r"a+!$"
    w.table.viewport().grab()


def test_a_pattern_too_slow_for_one_painted_cell_is_dropped_not_retried(
    qtbot: Any, window: Any
) -> None:
    from reviewer.text.search import Query
    from reviewer.ui.match_delegate import delegate_of

    delegate = delegate_of(window)
    delegate.set_query(Query(r"(a+)+$", mode="regex"))
    window.table.viewport().grab()  # the cell with the run of a's takes too long to light
    assert delegate.query is None
    assert window.statusBar().currentMessage().startswith("Matches not lit: This pattern takes")


def test_a_segment_at_the_time_limit_plays_in_the_video_pane(qtbot: Any, window: Any) -> None:
    w = window
    w.select_id(7)  # seeks the playhead there
    qtbot.waitUntil(lambda: w.playback.position() == LATE)
    assert w.video.time_label.text().startswith("99:59:57.000 / 100:00:00.000")
    assert w.video.seek_slider.value() > 0
    w.playback.toggle()
    qtbot.waitUntil(lambda: w.playback.position() > LATE)
    w.playback.toggle()
    assert w.table.currentIndex().row() == w.table.model().rowCount() - 1


def test_the_history_of_a_long_text_shows_a_bounded_diff(qtbot: Any, window: Any) -> None:
    w = window
    retold = LONG_TRANSLATION.replace("a long line", "A long line")
    w.edit(lambda p: p.set_translation(5, retold))
    w.actions_by_name["undo"].trigger()
    w.select_id(5)
    panel = w.part(HistoryPanel)
    qtbot.waitUntil(lambda: panel.diff.toPlainText() != "")
    shown = panel.diff.toPlainText()
    assert len(shown) < 10_000 and "characters) …" in shown
    assert shown.count("long line") >= 1
