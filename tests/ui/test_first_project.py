"""What a new user meets: room for the texts (the demo project itself: tests/app)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget


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
