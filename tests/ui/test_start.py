"""The window starts in steps: the table paints first, the rest comes in the turns after, keys
pressed meanwhile are not lost, and the finished window is the same as one built at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget

from reviewer.ui.history_panel import HistoryPanel
from reviewer.ui.problems_panel import ProblemsPanel
from reviewer.ui.segment_model import COL_PROBLEMS

DOCKS = {"problemsDock", "glossaryDock", "historyDock"}


def new_window(qtbot: Any, settings: Any) -> Any:
    from reviewer.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    return window


def opened_window(qtbot: Any, settings: Any, path: Path) -> Any:
    """A new window, shown, with ``path`` open: its start's steps not run yet."""
    window = new_window(qtbot, settings)
    window.show()
    assert window.open_path(path)
    return window


def dock_names(window: Any) -> set[str]:
    return {d.objectName() for d in window.findChildren(QDockWidget)}


class FirstPaint(QObject):
    """Notes what the window had when the table's rows first painted."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window = window
        self.seen: dict[str, Any] | None = None
        window.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None and self.window.model:
            w = self.window
            self.seen = {
                "rows": w.table.model().rowCount(),
                "started": w.is_started,
                "docks": dock_names(w),
                "video": w.left.widget(0).objectName(),
                "problems": w.model.problems_shown,
            }
        return False


def test_the_table_paints_before_the_rest_is_built(
    qtbot: Any, settings: Any, project_file: Path
) -> None:
    window = new_window(qtbot, settings)
    watch = FirstPaint(window)
    window.show()
    assert window.open_path(project_file)
    assert not window.is_started
    with qtbot.waitSignal(window.started, timeout=10000):
        pass
    assert watch.seen is not None
    assert watch.seen["rows"] > 0 and not watch.seen["started"]
    assert watch.seen["docks"] == set() and watch.seen["video"] == "videoSlot"
    assert watch.seen["problems"] is False  # the Problems column fills in a moment later
    # Then every part is in place, as when the window was built in one go.
    assert window.is_started
    assert dock_names(window) >= DOCKS
    assert window.left.widget(0) is window.video and window.video.isVisible()
    assert window.playback.attached
    assert window.model.problems_shown
    marks = [window.model.index(r, COL_PROBLEMS).data() for r in range(window.model.rowCount())]
    assert any(marks)
    assert {"next_problem", "find_replace", "welcome"} <= set(window.actions_by_name)
    assert window.part(ProblemsPanel).project is window.project  # told of the project it missed
    assert window.part(HistoryPanel).project is window.project


def test_finish_start_builds_the_rest_at_once_and_says_so_once(
    qtbot: Any, settings: Any, project_file: Path
) -> None:
    window = new_window(qtbot, settings)
    assert window.open_path(project_file)
    started: list[bool] = []
    window.started.connect(lambda: started.append(True))
    window.finish_start()
    assert window.is_started and started == [True]
    assert dock_names(window) >= DOCKS and window.model.problems_shown
    window.show()
    qtbot.waitExposed(window)
    window.finish_start()  # nothing left to do
    assert started == [True]


def test_a_key_pressed_before_its_action_exists_is_played_after(
    qtbot: Any, settings: Any, project_file: Path
) -> None:
    window = opened_window(qtbot, settings, project_file)
    assert "next_problem" not in window.actions_by_name  # F8 is the problems panel's
    qtbot.keyClick(window.table, Qt.Key.Key_F8)  # before the loop ran: nothing is built yet
    qtbot.waitUntil(lambda: window.is_started, timeout=10000)
    panel = window.part(ProblemsPanel)
    assert panel.current() is not None  # F8 went to the first problem once it could
    assert window.current_id() == panel.current().segment_id


def test_closing_before_the_start_is_over_drops_the_rest(
    qtbot: Any, settings: Any, project_file: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    window = opened_window(qtbot, settings, project_file)
    window.close()
    for _ in range(5):
        QApplication.processEvents()
    assert not window.is_started and dock_names(window) == set()
    window.finish_start()  # nothing left to build, and no error
    assert window.project is None


def test_keys_pressed_early_come_in_order(qtbot: Any, settings: Any, project_file: Path) -> None:
    from PySide6.QtWidgets import QApplication

    window = new_window(qtbot, settings)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(project_file)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    opened_at = window.current_id()
    qtbot.keyClick(window.table, Qt.Key.Key_F8)  # the problems panel's: not in yet
    assert window.is_started  # the rest was built at once, for this key
    problem = window.part(ProblemsPanel).current()
    assert problem is not None and problem.segment_id != opened_at
    assert window.current_id() == problem.segment_id
    # Approving (the window's own key) now reaches the segment F8 went to, not the one
    # selected when F8 was pressed.
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert str(window.project.segment(problem.segment_id).status) == "approved"
    assert str(window.project.segment(opened_at).status) != "approved"


def test_a_step_that_fails_leaves_the_rest_of_the_start(
    qtbot: Any, settings: Any, project_file: Path, monkeypatch: Any, capsys: Any
) -> None:
    from reviewer.ui import features

    real_load = features.load

    def load(name: str) -> None:
        if name == features.FEATURES[0]:
            raise RuntimeError("a broken panel")
        real_load(name)

    monkeypatch.setattr(features, "load", load)
    window = opened_window(qtbot, settings, project_file)
    qtbot.waitUntil(lambda: window.is_started, timeout=10000)
    assert window.left.widget(0).objectName() != "videoSlot"  # the video pane came after it
    assert window.model.problems_shown
    assert "a broken panel" in window.statusBar().currentMessage()
    assert "RuntimeError: a broken panel" in capsys.readouterr().err


def test_closing_early_keeps_the_dock_layout_saved_before(
    qtbot: Any, settings: Any, project_file: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    window = opened_window(qtbot, settings, project_file)
    window.finish_start()
    history = window.findChild(QDockWidget, "historyDock")
    history.hide()
    window.close()
    saved = settings.state("windowState")
    early = opened_window(qtbot, settings, project_file)
    early.close()  # before the docks were there
    QApplication.processEvents()
    assert settings.state("windowState") == saved


def test_a_project_closed_after_the_start_is_freed(qtbot: Any, window: Any, tmp_path: Path) -> None:
    import gc
    import weakref

    from helpers import sample_transcript

    from reviewer.store import Project

    old = weakref.ref(window.project.transcript)
    gc.collect()
    gc.freeze()  # as the app does once started (reviewer.ui.heap)
    try:
        other = tmp_path / "other.review"
        window.set_project(Project.create(other, sample_transcript(), author="t"))
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)  # frozen again, the new one in
        assert old() is None
    finally:
        gc.unfreeze()


def test_the_window_before_its_first_paint_loads_nothing_it_does_not_show(
    tmp_path: Path, project_file: Path
) -> None:
    # Built and opened, as the first paint finds it (the start's steps have not run: no event
    # loop yet). What that paint does not need is imported when first used: the revision log
    # and checkpoints, libvlc's player, the dialogs and the docks (each PySide6 type made
    # costs the start its enums, up to a millisecond; the start is measured in bench/).
    later = {
        "modules": ["reviewer.store.history", "reviewer.store.checkpoints",
                    "reviewer.player.vlc_player", "vlc"],
        "PySide6.QtWidgets": ["QMessageBox", "QFileDialog", "QInputDialog", "QColorDialog",
                              "QDockWidget"],
    }  # fmt: skip
    code = f"""
import importlib, json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.ui.main_window import MainWindow
from reviewer.ui.settings import Settings
app = QApplication([])
settings = Settings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
window = MainWindow(settings)
window.show()
assert window.open_path({str(project_file)!r}) and not window.is_started
later = {later!r}
loaded = [m for m in later.pop("modules") if m in sys.modules]
for module, names in later.items():
    made = vars(importlib.import_module(module))
    loaded += [n for n in names if isinstance(made.get(n), type)]
window.finish_start()
print(json.dumps(loaded))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REVIEWER_AUTHOR="tester")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
