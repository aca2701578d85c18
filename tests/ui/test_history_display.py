"""The History panel shows a change as an editor reads it: a status or a speaker whole, old to
new; a text as a word diff (by character only inside a long word changed by a letter or two),
as the tracked changes of the Word report and `reviewer history` show it."""

from __future__ import annotations

import re

from reviewer.ui.history_panel import HistoryPanel, diff_html


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("&rarr;", "→")


def test_a_status_change_reads_old_to_new() -> None:
    shown = diff_html("status", "edited", "approved")
    assert _plain(shown) == "edited → approved"
    assert 'line-through">edited<' in shown  # the old value struck through, whole


def test_speaker_tags_and_times_read_whole() -> None:
    assert _plain(diff_html("speaker", None, "Wang Yi")) == "(none) → Wang Yi"
    assert _plain(diff_html("tags", ["SOT"], ["SOT", "VO"])) == "SOT → SOT, VO"
    assert _plain(diff_html("end_ms", 24574, 25074)) == "00:24.574 → 00:25.074"


def test_a_text_change_is_a_word_diff() -> None:
    shown = diff_html("translation", "Lavrof said", "Lavrov said")
    assert _plain(shown) == "LavrofLavrov said"
    assert 'line-through">Lavrof<' in shown and 'underline">Lavrov<' in shown
    shown = diff_html("translation", "internationalisation", "internationalization")
    assert 'line-through">s<' in shown and 'underline">z<' in shown


def test_a_panel_behind_a_tab_catches_up_when_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDockWidget

    panel = window.part(HistoryPanel)
    window.findChild(QDockWidget, "historyDock").hide()
    assert not panel.isVisible()
    window.select_id(2)
    window.project.set_translation(2, "Lebanon's Hezbollah said")
    window.actions_by_name["show_history"].trigger()
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() == "Segment #2: 2 revisions"  # the text and the status
    window.project.approve([2])
    assert panel.title.text() == "Segment #2: 3 revisions"  # in sight: at once
