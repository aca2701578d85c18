"""The review window, offscreen, on a real project file (no libvlc picture offscreen: the
playback stand-in keeps time, which is what these tests drive)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from helpers import sample_transcript

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings

from reviewer.store import Project


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from reviewer.ui.settings import Settings

    monkeypatch.setenv("REVIEWER_AUTHOR", "tester")
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "news.review"
    Project.create(path, sample_transcript(), author="importer").close()
    return path


@pytest.fixture
def window(qtbot, settings, project_file: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from reviewer.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(project_file)
    # The panels, the video pane and the features' keys come in after the first paint.
    qtbot.waitUntil(lambda: win.is_started, timeout=10000)
    win.activateWindow()
    # The window's shortcuts (Alt+Right, Ctrl+R...) act only in the active window; under Xvfb
    # the activation comes back from the X server, late on a loaded machine (Alt+Right was
    # lost once so in a whole-suite run beside a busy loop).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    win.table.setFocus()
    yield win
    win.close()


class FileView:
    """Reads the project file with plain sqlite3, as any SQLite tool would: proof it was saved."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(self.path)
        try:
            return conn.execute(sql, args).fetchall()
        finally:
            conn.close()

    def segment(self, segment_id: int) -> dict[str, Any]:
        rows = self.query(
            "SELECT s.start_ms, s.end_ms, p.name, s.source, s.translation, s.status, s.note"
            " FROM segments s LEFT JOIN speakers p ON p.id = s.speaker_id WHERE s.id = ?",
            segment_id,
        )
        keys = ("start_ms", "end_ms", "speaker", "source", "translation", "status", "note")
        return dict(zip(keys, rows[0], strict=True)) if rows else {}

    def ids(self) -> list[int]:
        return [r[0] for r in self.query("SELECT id FROM segments ORDER BY start_ms, id")]


@pytest.fixture
def saved(project_file: Path) -> FileView:
    return FileView(project_file)
