"""The whole review window with real libvlc under Xvfb (xcb), on a video whose frames carry
their own number, so tests read what the editor sees rather than libvlc's clock."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from window_frames import SEGMENT_MS, shown_frame

from reviewer.core.models import Segment, Transcript
from reviewer.player import probe
from reviewer.player.framecode import ffmpeg_path, make_video
from reviewer.store import Project


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    reason = None
    if not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") != "xcb":
        reason = "needs an X display with the xcb platform (run under xvfb-run)"
    elif ffmpeg_path() is None:
        reason = "needs ffmpeg to make the frame-numbered video"
    elif not probe().ok:
        reason = f"needs libvlc: {probe().message}"
    if reason:
        for item in items:
            if "tests/ui_xvfb" in str(item.path).replace("\\", "/"):
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_video(tmp_path_factory.mktemp("clip") / "numbered.mp4", seconds=12.0)


def window_on(qtbot, tmp_path: Path, path: Path):  # type: ignore[no-untyped-def]
    """Return the review window on the project ``path``, started, its video on screen."""
    from PySide6.QtCore import QSettings

    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: window.is_started, timeout=10000)
    qtbot.waitUntil(lambda: not window.playback.is_stand_in and shown_frame(window) is not None,
                    timeout=10000)  # fmt: skip
    return window


@pytest.fixture
def open_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Return a function: project path -> the started window on it (see window_on)."""
    return lambda path: window_on(qtbot, tmp_path, path)


@pytest.fixture
def sync_window(qtbot, tmp_path: Path, clip: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The window on a project of twelve 1-second segments over the numbered clip."""
    monkeypatch.setenv("REVIEWER_AUTHOR", "tester")
    segments = [
        Segment(i * SEGMENT_MS, (i + 1) * SEGMENT_MS, f"第{i + 1}句", f"line {i + 1}")
        for i in range(12)
    ]
    path = tmp_path / "sync.review"
    Project.create(path, Transcript(segments=segments), media=str(clip)).close()
    window = window_on(qtbot, tmp_path, path)
    yield window
    window.close()


@pytest.fixture(autouse=True)
def _no_quick_seek_copy_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Playback makes a transport stream's quick-seek copy 2 s after loading it, and switches
    to it (reviewer.player.seek_copy): a test of the file itself would see it change under it.
    The copy's own tests ask for it sooner (COPY_AFTER_MS)."""
    from reviewer.ui import playback

    monkeypatch.setattr(playback, "COPY_AFTER_MS", 2**30)
