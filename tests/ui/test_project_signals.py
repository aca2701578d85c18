"""One Qt adapter per open project (reviewer.ui.project_signals): it re-emits the project's
notices as typed signals, the panels follow the project through it, and closing the project
disconnects every one of them with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import sample_transcript

from reviewer.store import Notice, NoticeKind, Project
from reviewer.store.glossary import add_term
from reviewer.text.glossary import Term
from reviewer.ui.glossary_panel import GlossaryPanel
from reviewer.ui.project_signals import ProjectSignals


def test_each_notice_comes_as_its_typed_signal_and_none_after_close(
    qtbot: Any, tmp_path: Path
) -> None:
    project = Project.create(tmp_path / "a.review", sample_transcript(), author="t")
    signals = ProjectSignals(project)
    every: list[Notice] = []
    glossary: list[Notice] = []
    segments: list[Notice] = []
    signals.notice.connect(every.append)
    signals.glossary.connect(glossary.append)
    signals.segments.connect(segments.append)
    with qtbot.waitSignal(signals.glossary, timeout=1000):
        add_term(project, Term(["真主党"], "Hezbollah"))
    assert [n.kind for n in glossary] == [NoticeKind.GLOSSARY] and not segments
    with qtbot.waitSignal(signals.segments, timeout=1000) as blocker:
        project.set_translation(project.ids[1], "Lebanon's Hezbollah said")
    assert blocker.args[0].ids == {project.ids[1]}
    assert [n.kind for n in every] == [NoticeKind.GLOSSARY, NoticeKind.SEGMENTS]
    assert project.file.subscriber_count == 1  # the adapter alone, however many listen to it
    signals.close()
    assert set(signals.receiver_counts().values()) == {0} and signals.closed
    project.set_translation(project.ids[1], "Hezbollah said")
    add_term(project, Term(["拉夫罗夫"], "Lavrov"))
    assert len(every) == 2 and len(glossary) == 1 and len(segments) == 1  # nothing heard
    signals.close()  # harmless twice
    project.close()


def test_saving_carries_the_reason(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "a.review"
    project = Project.create(path, sample_transcript(), author="t")
    project.keep_unsaved = True
    signals = ProjectSignals(project)
    path.unlink()
    path.write_bytes(b"")  # another file where the project was: nothing can be written
    with qtbot.waitSignal(signals.saving, timeout=1000) as blocker:
        project.set_note(project.ids[0], "check")
    assert "replaced by another file" in blocker.args[0]
    signals.close()


def test_the_window_makes_one_per_project_and_closing_disconnects_the_panels(
    window: Any, tmp_path: Path
) -> None:
    first, signals = window.project, window.project_signals
    assert signals is not None and signals.project is first
    counts = signals.receiver_counts()
    # The table model, the editor, the speaker list, the window, the list layout, the
    # history and problems panels follow every notice; the glossary panel its own kind.
    assert counts["notice"] >= 7 and counts["glossary"] == 1 and counts["saving"] == 1
    assert first.file.subscriber_count >= 1
    panel = window.part(GlossaryPanel)
    assert panel.terms == []
    add_term(first, Term(["真主党"], "Hezbollah"))  # the panel hears the glossary signal
    assert [t.translation for t in panel.terms] == ["Hezbollah"]

    other = tmp_path / "other.review"
    Project.create(other, sample_transcript(), author="t").close()
    assert window.open_path(other)
    assert set(signals.receiver_counts().values()) == {0} and signals.closed
    assert first.file.closed and first.file.subscriber_count == 0
    again = window.project_signals
    assert again is not signals and again.project is window.project
    assert again.receiver_counts()["glossary"] == 1
    add_term(window.project, Term(["拉夫罗夫"], "Lavrov"))
    assert [t.translation for t in panel.terms] == ["Lavrov"]  # the new project's, alone
