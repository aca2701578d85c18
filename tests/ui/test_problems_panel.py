"""The problems panel as an editor reads it: errors first and grouped by check with counts,
warnings of approved segments settled, the project's kind switched, and Ctrl+. / Ctrl+Shift+.
fixing names found by sound and names spelt two ways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.core.models import Segment, Transcript
from reviewer.store import Project
from reviewer.store.glossary import add_term, kind_of
from reviewer.text.glossary import Term
from reviewer.ui.change_preview import ChangePreview
from reviewer.ui.problems_panel import ProblemsPanel


@pytest.fixture
def page_window(window: Any, tmp_path: Path) -> Any:
    """The window on a translation-only transcript (a page copy's shape) with a glossary."""
    path = tmp_path / "page.review"
    texts = [
        "President Selensky spoke to reporters.",  # by sound: Zelensky
        "Kremlin spokesman Peskov said the talks were useful.",
        "Peskov said no date had been set.",
        "Then Peskoff said more talks would follow.",  # spelt two ways: Peskov twice
        "Lebanon's 真主党 fired rockets.",  # untranslated
        "Fighting resumed in a long, long sentence that no subtitle line would ever hold at all.",
    ]
    segments = [Segment(i * 3000, i * 3000 + 2500, "", t) for i, t in enumerate(texts)]
    Project.create(path, Transcript(segments=segments, title="Talks"), author="t").close()
    assert window.open_path(path)
    add_term(window.project, Term(["泽连斯基"], "Zelensky"))
    add_term(window.project, Term(["真主党"], "Hezbollah"))
    window.part(ProblemsPanel).refresh()
    return window


def listed(panel: Any) -> list[tuple[str, str]]:
    model = panel.model
    return [(model.index(r, 2).data(), model.index(r, 3).data()) for r in range(model.rowCount())]


def test_errors_first_grouped_by_check_with_counts(page_window: Any) -> None:
    panel = page_window.part(ProblemsPanel)
    assert [(p.segment_id, p.check, p.severity) for p in panel.problems] == [
        (5, "untranslated", "error"),
        (1, "glossary", "warning"),
        (4, "names", "warning"),
    ]
    assert [group for group, _message in listed(panel)] == [
        "untranslated (1)",
        "glossary (1)",
        "names (1)",
    ]
    assert panel.summary.text() == "1 error, 2 warnings (untranslated 1, glossary 1, names 1)"
    # No "no source", no "no speaker", no subtitle rules on a transcript.
    assert {p.check for p in panel.all} == {"untranslated", "glossary", "names"}


def test_approved_warnings_are_settled_and_the_count_reaches_zero(
    qtbot: Any, page_window: Any
) -> None:
    w, panel = page_window, page_window.part(ProblemsPanel)
    w.project.set_translation(5, "Lebanon's Hezbollah fired rockets.")
    w.project.approve(w.project.ids)
    qtbot.waitUntil(lambda: not panel.timer_pending)
    assert panel.problems == []
    assert panel.summary.text() == "No problems; 2 warnings of approved segments hidden"
    panel.show_approved.setChecked(True)
    assert [p.check for p in panel.problems] == ["glossary", "names"]


def test_the_kind_is_shown_and_switched_as_one_undoable_step(qtbot: Any, page_window: Any) -> None:
    w, panel = page_window, page_window.part(ProblemsPanel)
    assert panel.kind_box.currentData() == "transcript"
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("subtitles"))
    panel.kind_box.activated.emit(panel.kind_box.currentIndex())
    assert kind_of(w.project) == "subtitles"
    qtbot.waitUntil(lambda: not panel.timer_pending)
    assert "line-length" in {p.check for p in panel.all}
    w.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: not panel.timer_pending)
    assert panel.kind_box.currentData() == "transcript"
    assert "line-length" not in {p.check for p in panel.all}


def test_ctrl_period_fixes_a_name_found_by_sound(qtbot: Any, page_window: Any) -> None:
    w = page_window
    w.select_id(1)
    qtbot.keyClick(w.table, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert w.project.segment(1).translation == "President Zelensky spoke to reporters."


def test_ctrl_shift_period_previews_every_fix_then_applies(page_window: Any) -> None:
    w = page_window
    w.actions_by_name["fix_all_problems"].trigger()
    preview = w.dialog
    assert isinstance(preview, ChangePreview) and preview.isVisible()
    assert [preview.table.item(r, 3).text() for r in range(preview.table.rowCount())] == [
        "President Zelensky spoke to reporters.",
        "Then Peskov said more talks would follow.",
        "Lebanon's Hezbollah fired rockets.",
    ]
    preview.apply_button.click()
    assert w.project.segment(4).translation == "Then Peskov said more talks would follow."
    w.part(ProblemsPanel).refresh()
    assert w.part(ProblemsPanel).problems == []


def test_a_large_glossary_is_indexed_off_the_gui_thread(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reviewer.store.glossary import glossary_loading, import_csv

    monkeypatch.setattr("reviewer.ui.glossary_loading.BACKGROUND_TERMS", 2)
    path = tmp_path / "big.review"
    segments = [Segment(0, 2500, "", "President Selensky and Ardogan spoke.")]
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("source,translation\n泽连斯基,Zelensky\n埃尔多安,Erdogan\n", "utf-8")
    with Project.create(path, Transcript(segments=segments), author="t") as project:
        import_csv(project, glossary)
    panel = window.part(ProblemsPanel)
    with qtbot.waitSignal(panel.loader.done, timeout=20_000):
        assert window.open_path(path)
        assert glossary_loading(window.project)  # the window did not wait for it
        assert "loading the glossary" in panel.summary.text()
    qtbot.waitUntil(lambda: not panel.timer_pending)
    assert [p.fix for p in panel.problems] == ["Zelensky", "Erdogan"]
    assert "loading" not in panel.summary.text()


def test_missing_speakers_are_counted_in_the_filter_not_listed(page_window: Any) -> None:
    w = page_window
    row = w.status_filter.findData("no-speaker")
    assert w.status_filter.itemText(row) == "Without speaker (6)"
    assert "speaker" not in {p.check for p in w.part(ProblemsPanel).all}
    w.project.set_speaker([1, 2], "Anchor")
    assert w.status_filter.itemText(row) == "Without speaker (4)"


def test_check_preferences_say_when_the_subtitle_rules_do_not_apply(page_window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    w = page_window
    w.actions_by_name["check_preferences"].trigger()
    dialog = w.dialog
    note = dialog.findChild(QLabel, "kindNote")
    assert note is not None and "checked as a transcript" in note.text()
    dialog.reject()


def test_the_clips_length_and_a_relink_are_checked_at_once(
    qtbot: Any, page_window: Any, tmp_path: Path
) -> None:
    # libvlc's length arrives after the list is drawn; a relink to another file forgets it.
    from reviewer.ui.segment_model import COL_PROBLEMS

    w, panel = page_window, page_window.part(ProblemsPanel)
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"not really a video")
    w.project.set_media(video)
    qtbot.waitUntil(lambda: not panel.timer_pending)

    def marks() -> list[str]:
        return [w.model.index(r, COL_PROBLEMS).data() or "" for r in range(w.model.rowCount())]

    assert not any("past the end" in m or "after the end" in m for m in marks())
    changed: list[int] = []
    w.model.dataChanged.connect(lambda first, _last: changed.append(first.column()))
    w.project.record_media_duration(13_000)  # segment 5 runs to 14.5 s, 6 starts at 15 s
    assert COL_PROBLEMS in changed
    assert ["runs past the end" in m for m in marks()] == [False] * 4 + [True, False]
    assert ["after the end" in m for m in marks()] == [False] * 5 + [True]
    qtbot.waitUntil(lambda: not panel.timer_pending)
    assert [(p.segment_id, p.severity) for p in panel.all if p.check == "past-end"] == [
        (5, "warning"),
        (6, "error"),
    ]
    changed.clear()
    w.project.set_media(video)  # relinked: the new file's length is not known yet
    assert COL_PROBLEMS in changed
    assert not any("past the end" in m or "after the end" in m for m in marks())
    qtbot.waitUntil(lambda: not panel.timer_pending)
    assert not [p for p in panel.all if p.check == "past-end"]
