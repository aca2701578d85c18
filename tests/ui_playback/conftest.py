"""Fixtures for Playback and VideoPane: the platform plugin, the frame-numbered video.

With a DISPLAY (xvfb-run) the xcb platform is used, so that libvlc can embed into the pane's
native surface; without one, offscreen. This must happen before the QApplication exists, which is
why it is done when this file is imported (tests/player/conftest.py does the same).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from reviewer.player import probe
from reviewer.player.framecode import ffmpeg_path, make_video

if os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "xcb"
else:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if sys.version_info < (3, 12):
    # PySide6 6.12.0 on Python < 3.12 drops a reference to True on every Signal.emit() and to
    # None on every void call, until the interpreter aborts; Playback emits on every tick. Make
    # them immortal, as Python 3.12 does (see tests/player/conftest.py, bench/sync.py).
    import ctypes

    for _obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_obj)).value += 1 << 40


@cache
def _why_no_xvfb() -> str | None:
    if not os.environ.get("DISPLAY"):
        return "needs an X display (run under xvfb-run)"
    if os.environ.get("QT_QPA_PLATFORM") != "xcb":
        return f"needs QT_QPA_PLATFORM=xcb, not {os.environ.get('QT_QPA_PLATFORM')}"
    if ffmpeg_path() is None:
        return "needs ffmpeg to make the test video"
    status = probe()
    return None if status.ok else f"needs libvlc: {status.message}"


@pytest.fixture(autouse=True)
def _skip_xvfb_without_a_screen(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("xvfb") is not None:
        reason = _why_no_xvfb()
        if reason is not None:
            pytest.skip(reason)


@pytest.fixture(scope="session")
def numbered_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 12 s, 25 fps, 320x240 H.264 video whose frames show their own number."""
    if ffmpeg_path() is None:
        pytest.skip("ffmpeg not installed: cannot make the frame-numbered video")
    return make_video(tmp_path_factory.mktemp("video") / "numbered.mp4", seconds=12.0)


@pytest.fixture
def playback(qtbot) -> Iterator[object]:
    """A Playback, closed after the test (before any widget goes)."""
    from reviewer.ui.playback import Playback

    p = Playback()
    yield p
    p.close()
