"""The fixing tools in the window: problems panel and F8, glossary fixes, find and replace,
script conversion, glossary panel and check preferences (every dialog opened)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from reviewer.store.glossary import profiles_of, set_kind, terms
from reviewer.ui.change_preview import ChangePreview
from reviewer.ui.find_replace import FindReplaceDialog
from reviewer.ui.glossary_panel import GlossaryPanel
from reviewer.ui.match_delegate import MatchDelegate
from reviewer.ui.problems_panel import ProblemsPanel

GLOSSARY = (
    "source,translation,avoid,note\n"
    "王毅,Wang Yi,Wang Yee,\n"
    "拉夫罗夫|拉夫羅夫,Lavrov,Lavrof,\n"
    "真主党|真主黨,Hezbollah,Hizbollah,\n"
)


@pytest.fixture
def glossary_window(window: Any, tmp_path: Path) -> Any:
    path = tmp_path / "glossary.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    window.part(GlossaryPanel).import_from(path)
    return window


def test_f8_steps_through_every_problem_and_shift_f8_back(qtbot: Any, glossary_window: Any) -> None:
    w = glossary_window
    panel = w.part(ProblemsPanel)
    panel.refresh()
    seen = []
    for _ in range(len(panel.problems)):
        qtbot.keyClick(w.table, Qt.Key.Key_F8)
        seen.append((w.current_id(), panel.current().check))
    assert seen == [(p.segment_id, p.check) for p in panel.problems]
    assert {c for _i, c in seen} >= {"untranslated", "glossary"}
    severities = [p.severity for p in panel.problems]
    assert severities == sorted(severities, key=lambda s: s != "error")  # errors first
    qtbot.keyClick(w.table, Qt.Key.Key_F8)  # wraps to the first
    assert panel.current() == panel.problems[0]
    qtbot.keyClick(w.table, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert panel.current() == panel.problems[-1]
    assert w.current_id() == panel.problems[-1].segment_id


def test_fix_key_applies_the_glossary_to_the_current_segment(
    qtbot: Any, glossary_window: Any, saved: Any
) -> None:
    w = glossary_window
    w.select_id(3)
    qtbot.keyClick(w.table, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert w.project.segment(3).translation == "Lavrov said the talks went well"
    assert saved.segment(3)["translation"] == "Lavrov said the talks went well"
    assert saved.segment(4)["translation"] == "Foreign Minister Wang Yee met"
    w.actions_by_name["undo"].trigger()
    assert saved.segment(3)["translation"] == "Lavrof said the talks went well"


def test_fix_all_previews_then_applies_one_undoable_step(glossary_window: Any, saved: Any) -> None:
    w = glossary_window
    w.actions_by_name["fix_all_problems"].trigger()
    preview = w.dialog
    assert isinstance(preview, ChangePreview) and preview.isVisible()
    assert preview.table.rowCount() == 3
    assert preview.table.item(0, 3).text() == "Lebanon's Hezbollah said"
    preview.apply_button.click()
    assert [saved.segment(i)["translation"] for i in (2, 3, 4)] == [
        "Lebanon's Hezbollah said",
        "Lavrov said the talks went well",
        "Foreign Minister Wang Yi met",
    ]
    assert w.project.undo_label == "Fix 3 segments from the glossary"
    w.actions_by_name["undo"].trigger()
    assert saved.segment(2)["translation"] == "Lebanon's 真主党 said"
    assert saved.segment(4)["translation"] == "Foreign Minister Wang Yee met"
    w.actions_by_name["redo"].trigger()
    assert saved.segment(4)["translation"] == "Foreign Minister Wang Yi met"


def test_find_and_replace_dialog(qtbot: Any, window: Any, saved: Any) -> None:
    w = window
    qtbot.keyClick(w.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = w.part(FindReplaceDialog)
    assert dialog.isVisible()
    dialog.find_text.insert("真主黨")  # Traditional finds the Simplified text
    assert dialog.count.text() == "1 segment matches"
    assert w.part(MatchDelegate).query.text == "真主黨"
    w.table.viewport().grab()  # paints the lit match
    dialog.fields.setCurrentIndex(dialog.fields.findText("Translation"))
    dialog.replace.setText("Hezbollah")
    assert dialog.find_next() == 2
    dialog.replace_all()
    dialog.preview.apply_button.click()
    assert saved.segment(2)["translation"] == "Lebanon's Hezbollah said"
    assert saved.segment(2)["source"] == "黎巴嫩真主党表示"
    assert w.project.history(2)[-1].op_label == "Replace “真主黨” with “Hezbollah”"
    w.actions_by_name["undo"].trigger()
    assert saved.segment(2)["translation"] == "Lebanon's 真主党 said"
    # Replace one, whole words only.
    dialog.find_text.setText("Yee")
    dialog.mode.setCurrentIndex(dialog.mode.findData("word"))
    dialog.replace.setText("Yi")
    dialog.replace_one()  # first press goes to the match
    dialog.replace_one()
    assert saved.segment(4)["translation"] == "Foreign Minister Wang Yi met"
    dialog.mode.setCurrentIndex(dialog.mode.findData("regex"))
    dialog.find_text.setText("(")
    assert "regular expression" in dialog.count.text()
    dialog.reject()
    assert w.part(MatchDelegate).query is None


def test_convert_script_dialog_and_show_source_as(window: Any, saved: Any) -> None:
    w = window
    w.actions_by_name["convert_script"].trigger()
    dialog = w.dialog
    assert dialog.objectName() == "convertScriptDialog"
    dialog.config.setCurrentIndex(dialog.config.findData("s2t"))
    dialog.everything.setChecked(True)
    dialog.accept()
    preview = w.dialog
    assert isinstance(preview, ChangePreview) and preview.table.rowCount() == 3
    preview.apply_button.click()
    assert saved.segment(2)["source"] == "黎巴嫩真主黨表示"
    label = w.project.history(2)[-1].op_label
    assert label.startswith("Convert script s2t") and "OpenCC" in label
    w.actions_by_name["undo"].trigger()
    assert saved.segment(2)["source"] == "黎巴嫩真主党表示"
    # The view option changes the picture, never the text.
    action = next(a for a in w.findChild(QMenu, "showSourceAsMenu").actions() if a.data() == "s2hk")
    action.trigger()
    assert w.part(MatchDelegate).script == "s2hk"
    w.table.viewport().grab()
    assert saved.segment(2)["source"] == "黎巴嫩真主党表示"


def test_glossary_panel_term_from_selection_edit_and_delete(qtbot: Any, window: Any) -> None:
    w = window
    w.select_id(2)
    box = w.editor.source
    cursor = box.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    box.setFocus()
    qtbot.keyClick(
        box, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = w.dialog
    assert dialog.objectName() == "termDialog" and dialog.source.text() == "真主党"
    dialog.translation.setText("Hezbollah")
    dialog.accept()
    [term] = terms(w.project)
    assert (term.sources, term.translation) == (["真主党"], "Hezbollah")
    panel = w.part(GlossaryPanel)
    assert len(panel.terms) == 1
    model = panel.table.model()
    assert model.index(0, 1).data() == "Hezbollah"
    assert model.setData(model.index(0, 2), "Hizbollah|Hizballah")
    assert terms(w.project)[0].avoid == ["Hizbollah", "Hizballah"]
    assert not model.setData(model.index(0, 1), "")  # refused: a term needs a translation
    assert terms(w.project)[0].translation == "Hezbollah"
    assert "untranslated: 真主党" in w.model.index(1, 7).data()
    panel.table.setCurrentIndex(model.index(0, 0))
    panel.delete_selected()
    assert terms(w.project) == [] and model.rowCount() == 0


def test_glossary_panel_export_and_a_bad_import(window: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("source,translation\n王毅,\n", encoding="utf-8")
    window.part(GlossaryPanel).import_from(bad)
    assert terms(window.project) == []
    out = tmp_path / "out.csv"
    window.part(GlossaryPanel).export_to(out)
    assert out.read_text(encoding="utf-8").strip() == "source,translation,avoid,note"


def test_check_preferences_dialog(window: Any) -> None:
    w = window
    set_kind(w.project, "subtitles")  # the profiles are the subtitle rules
    w.actions_by_name["check_preferences"].trigger()
    dialog = w.dialog
    assert dialog.objectName() == "checkPreferences"
    chars, _cps, _lines = dialog.boxes["en"]
    chars.setValue(10)
    dialog.accept()
    assert profiles_of(w.project).for_language("en").max_line_chars == 10
    assert "line-length" in w.model.index(2, 7).data()
    w.actions_by_name["undo"].trigger()
    assert profiles_of(w.project).for_language("en").max_line_chars == 42
