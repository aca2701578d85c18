"""The list and the speaker panel show what the editor needs without scrolling or guessing:
every speaker on a key, the whole text of a long segment, no empty column."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.models import Segment, Transcript
from reviewer.store import Project
from reviewer.ui.segment_model import COL_SOURCE, COL_TRANSLATION

LONG = (
    "The Chinese foreign minister said the two countries would keep working together at the "
    "Security Council, and that a ceasefire in Lebanon was the first step towards talks."
)


def test_the_speaker_panel_shows_nine_speakers_without_scrolling(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for name in ("Wang Yi", "Lavrov", "Reporter", "Anchor 2", "Guest", "Police", "Vox", "Host"):
        window.project.add_speaker(name)
    table = window.speakers.table
    assert table.rowCount() == 9
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: table.rowViewportPosition(8) >= 0)
    last = table.rowViewportPosition(8) + table.rowHeight(8)
    assert last <= table.viewport().height()  # row 9 whole, in view
    assert table.verticalScrollBar().maximum() == 0


@pytest.fixture
def long_file(tmp_path: Path) -> Path:
    path = tmp_path / "long.review"
    segments = [Segment(0, 4000, "长句子", LONG), Segment(4000, 6000, "短", "Short.")]
    Project.create(path, Transcript(segments=segments), author="importer").close()
    return path


def test_wrap_grows_rows_to_their_whole_text(qtbot, window, long_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(long_file)
    table = window.table
    one_line = table.rowHeight(0)
    assert table.rowHeight(1) == one_line
    window.actions_by_name["wrap_list"].trigger()
    qtbot.waitUntil(lambda: table.rowHeight(0) > 2 * one_line)
    assert table.wordWrap()
    assert table.rowHeight(1) == one_line  # a short segment stays one line
    window.actions_by_name["wrap_list"].trigger()
    qtbot.waitUntil(lambda: table.rowHeight(0) == one_line)
    assert window.settings.flag("list/wrap", True) is False


@pytest.fixture
def one_sided_file(tmp_path: Path) -> Path:
    path = tmp_path / "one.review"
    segments = [Segment(0, 2000, "晚上好", ""), Segment(2000, 4000, "各位观众", "")]
    Project.create(path, Transcript(segments=segments), author="importer").close()
    return path


def test_an_empty_translation_column_is_hidden_until_a_translation_is_typed(
    qtbot, window, one_sided_file: Path
) -> None:  # type: ignore[no-untyped-def]
    assert not window.table.isColumnHidden(COL_TRANSLATION)  # the sample has both sides
    assert window.open_path(one_sided_file)
    assert window.table.isColumnHidden(COL_TRANSLATION)
    assert not window.table.isColumnHidden(COL_SOURCE)
    window.project.set_translation(window.current_id(), "Good evening")
    assert not window.table.isColumnHidden(COL_TRANSLATION)
    assert window.table.horizontalHeader().sectionSize(COL_TRANSLATION) > 0
    # The columns are the view's, not the model's: the model still has them.
    assert window.model.columnCount() > COL_TRANSLATION


def test_the_speaker_counts_follow_every_change(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    table = window.speakers.table

    def counts() -> dict[str, str]:
        return {table.item(r, 1).text(): table.item(r, 3).text() for r in range(table.rowCount())}

    assert counts() == {"陈嘉怡": "1"}
    window.project.set_speaker([2, 3], "Wang Yi")
    assert counts() == {"陈嘉怡": "1", "Wang Yi": "2"}
    window.project.set_speaker([2], "陈嘉怡")
    assert counts() == {"陈嘉怡": "2", "Wang Yi": "1"}
    window.project.rename_speaker("Wang Yi", "王毅")
    assert counts() == {"陈嘉怡": "2", "王毅": "1"}
    window.project.undo()
    window.project.undo()
    assert counts() == {"陈嘉怡": "1", "Wang Yi": "2"}
    window.project.delete([3])
    assert counts() == {"陈嘉怡": "1", "Wang Yi": "1"}
