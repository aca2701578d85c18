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


def test_a_project_opens_again_on_the_segment_the_editor_left(  # type: ignore[no-untyped-def]
    qtbot, window, settings, project_file
) -> None:
    from PySide6.QtCore import Qt

    from reviewer.ui.main_window import MainWindow

    for _ in range(2):
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    left_on = window.current_id()
    assert left_on == window.project.ids[2]
    window.close()  # the editor quits
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    assert again.open_path(project_file)
    assert again.current_id() == left_on
    assert again.playback.position() == again.project.segment(left_on).start_ms
    again.close()
    settings.remember_segment(str(project_file), 999)  # a segment deleted since: the start
    third = MainWindow(settings)
    qtbot.addWidget(third)
    assert third.open_path(project_file)
    assert third.current_id() == third.project.ids[0]
    third.close()
