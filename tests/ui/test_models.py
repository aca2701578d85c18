"""The table model and its filter stay consistent through every kind of change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from reviewer.store import Project
from reviewer.ui.segment_filter import SegmentFilter
from reviewer.ui.segment_model import (
    COL_PROBLEMS,
    COL_SPEAKER,
    COL_TRANSLATION,
    PLAYING_BACKGROUND,
    SegmentTableModel,
)


@pytest.fixture
def project(project_file):  # type: ignore[no-untyped-def]
    p = Project.open(project_file, author="t")
    yield p
    p.close()


def test_model_and_filter_pass_the_model_tester_through_edits(qtbot, project: Project) -> None:
    model = SegmentTableModel(project)
    proxy = SegmentFilter()
    proxy.setSourceModel(model)
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    QAbstractItemModelTester(model, mode)
    QAbstractItemModelTester(proxy, mode)
    proxy.set_status("unreviewed")
    new = project.split(2, 4000)
    assert model.row_of(new) == 2 and model.rowCount() == 5
    project.merge_with_next(2)
    assert model.rowCount() == 4
    project.retime(4, 0, 100)  # reorders rows
    assert model.id_at(0) == 4
    project.delete([1, 3])
    assert model.rowCount() == 2
    project.undo()
    assert model.rowCount() == 4
    project.insert(50000, 51000, translation="end")
    project.set_speaker([2], "Wang Yi")
    proxy.set_status("")
    proxy.set_text("真主黨")  # Traditional query finds the Simplified text
    assert proxy.rowCount() == 1
    proxy.set_text("")
    assert proxy.rowCount() == model.rowCount() == 5


def test_the_filter_asks_python_about_rows_only_while_a_filter_is_on(project: Project) -> None:
    model = SegmentTableModel(project)
    proxy = SegmentFilter()
    asked: list[int] = []
    accepts = proxy.accepts
    proxy.accepts = lambda row: asked.append(row) or accepts(row)  # type: ignore[method-assign]
    proxy.setSourceModel(model)
    assert proxy.rowCount() == model.rowCount() and asked == []
    proxy.set_status("approved")
    assert asked and proxy.rowCount() == sum(
        1 for s in project.transcript.segments if str(s.status) == "approved"
    )
    proxy.set_status("")
    asked.clear()
    project.insert(60000, 61000, translation="later")  # a row Qt maps: no question asked
    assert proxy.rowCount() == model.rowCount() and asked == []


def test_text_is_plain_and_marks_problems(project: Project) -> None:
    project.set_translation(1, "<b>bold?</b> <img src=x>")
    model = SegmentTableModel(project)
    assert model.index(0, COL_TRANSLATION).data() == "<b>bold?</b> <img src=x>"
    assert "untranslated: 真主党" in model.index(1, COL_PROBLEMS).data()
    assert "speaker" not in model.index(1, COL_PROBLEMS).data()  # review progress, not a problem
    assert model.index(0, COL_SPEAKER).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_playing_row_lights_up(qtbot, project: Project) -> None:
    model = SegmentTableModel(project)
    with qtbot.waitSignal(model.dataChanged):
        model.set_playing(3)
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) == PLAYING_BACKGROUND
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) != PLAYING_BACKGROUND
    font = Qt.ItemDataRole.FontRole
    assert model.index(2, 0).data(font).bold()  # the playing row's number, in bold
    assert model.index(1, 0).data(font) is None
    model.set_playing(2)
    assert model.index(1, 0).data(font).bold() and model.index(2, 0).data(font) is None


def test_markup_in_text_shows_as_characters_in_tooltips(project: Project) -> None:
    from PySide6.QtGui import QTextDocument

    project.set_translation(1, "<b>not bold</b> <img src=x>")
    tip = SegmentTableModel(project).index(0, COL_TRANSLATION).data(Qt.ItemDataRole.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert doc.toPlainText() == "<b>not bold</b> <img src=x>"
