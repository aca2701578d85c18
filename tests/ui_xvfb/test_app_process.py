"""The application as a process: quitting while playing is clean, and without libvlc it still
opens, edits and saves, and says what is missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from helpers import sample_transcript

from reviewer.store import Project

SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTimer, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from reviewer.ui.main_window import MainWindow
    window = MainWindow()
    window.show()
    window.open_path(sys.argv[1])
    result = {}
    def act():
        result["stand_in"] = window.playback.is_stand_in
        result["banner"] = window.video.banner.isVisible()
        result["banner_text"] = window.video.banner_text.text()
        QTest.keyClick(window.table, Qt.Key.Key_1)  # a speaker, saved at once
        window.playback.play()
        QTimer.singleShot(700, finish)
    def finish():
        result["playing"] = window.playback.is_playing()
        window.close()  # while playing
        print(json.dumps(result), flush=True)
        app.quit()
    window.started.connect(act)  # the video pane and libvlc are in place
    sys.exit(app.exec())
""")


def run_app(project: Path, tmp_path: Path, **env: str) -> dict:  # type: ignore[type-arg]
    environ = dict(
        os.environ,
        REVIEWER_AUTHOR="tester",
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
        QT_QPA_PLATFORM="xcb",
        **env,
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(project)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_quit_while_playing_is_clean(tmp_path: Path, clip: Path) -> None:
    project = tmp_path / "p.review"
    Project.create(project, sample_transcript(), media=str(clip)).close()
    result = run_app(project, tmp_path)
    assert result["playing"] and not result["stand_in"]
    with Project.open(project) as reopened:
        assert reopened.segment(1).speaker == "陈嘉怡"


def test_without_libvlc_the_app_edits_saves_and_says_why(tmp_path: Path, clip: Path) -> None:
    project = tmp_path / "p.review"
    Project.create(project, sample_transcript(), media=str(clip)).close()
    result = run_app(project, tmp_path, PYTHON_VLC_LIB_PATH=str(tmp_path / "no" / "libvlc.so.5"))
    assert result["stand_in"] and result["banner"]
    assert "libvlc" in result["banner_text"] and "apt" in result["banner_text"]
    with Project.open(project) as reopened:
        assert reopened.segment(1).speaker == "陈嘉怡"
