"""What a new user meets: the demo project with its glossary, and room for the texts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from reviewer.store.glossary import check_project, terms
from reviewer.ui import opening


def test_demo_project_comes_with_its_glossary_and_its_mistakes_are_found() -> None:
    project = opening.demo_project("tester")
    count = len(terms(project))
    try:
        assert len(project.transcript.segments) == 7
        assert project.media_path is not None and project.media_path.exists()
        assert any(t.translation == "Lavrov" for t in terms(project))
        found = {(p.check, p.segment_id) for p in check_project(project)}
        assert ("untranslated", 3) in found  # Lebanon's 真主党
        messages = " ".join(p.message for p in check_project(project))
        assert "Lavrof" in messages and "Wang Yee" in messages
    finally:
        project.close()
    reopened = opening.demo_project("tester")  # a second start opens the same project
    assert reopened.path == project.path and len(terms(reopened)) == count
    reopened.close()


def test_panels_start_as_tabs_under_the_table(window) -> None:  # type: ignore[no-untyped-def]
    docks = window.findChildren(QDockWidget)
    assert len(docks) >= 3
    areas = {window.dockWidgetArea(d) for d in docks}
    assert areas == {Qt.DockWidgetArea.BottomDockWidgetArea}
    problems = window.findChild(QDockWidget, "problemsDock")
    assert {d.objectName() for d in window.tabifiedDockWidgets(problems)} >= {
        "glossaryDock",
        "historyDock",
    }
