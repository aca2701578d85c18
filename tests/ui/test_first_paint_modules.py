"""The window's first paint loads what reviewer.core.lazy names in FIRST_PAINT and none of the
modules it leaves to first use (COMMANDS), beyond what Qt loads for itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BARE = """
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
print(json.dumps(sorted(sys.modules)))
"""

WINDOW = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.ui.main_window import MainWindow
from reviewer.ui.settings import Settings
app = QApplication([])
window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
assert window.open_path(sys.argv[1]) and not window.is_started  # as the first paint finds it
first_paint = sorted(sys.modules)
window.finish_start()
import json
print(json.dumps([first_paint, sorted(sys.modules)]))
"""


def loaded(code: str, *args: str) -> object:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REVIEWER_AUTHOR="tester")
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_paint_loads_its_list_and_leaves_the_commands_for_later(
    tmp_path: Path, project_file: Path
) -> None:
    from reviewer.core.lazy import COMMANDS, FIRST_PAINT

    qt_itself = set(loaded(BARE))  # type: ignore[arg-type]
    first_paint, started = loaded(WINDOW, str(project_file), str(tmp_path / "s.ini"))  # type: ignore[misc]
    assert [m for m in FIRST_PAINT if m not in first_paint] == []
    assert [m for m in COMMANDS if m in first_paint and m not in qt_itself] == []
    # The window's whole start (features, panels, the video) leaves the Word and caption
    # libraries, regex and the encoding guesser to their first use too.
    later = {"docx", "pycaption", "regex", "charset_normalizer", "reviewer.store.migrations"}
    assert later & set(started) == set()
