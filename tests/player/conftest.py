"""Player test fixtures: the platform plugin, the frame-numbered video, libvlc availability.

With a DISPLAY (xvfb-run) the xcb platform is used, so that libvlc can embed into a native
widget; without one, offscreen. This must happen before the QApplication exists.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from reviewer.player import probe
from reviewer.player.framecode import ffmpeg_path, make_video

if os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "xcb"
else:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if sys.version_info < (3, 12):
    # PySide6 6.12.0 on Python < 3.12 drops a reference to None on every void call and to True
    # on every Signal.emit(), until the interpreter aborts ("none_dealloc"). Python 3.12 made
    # these objects immortal; do the same here. (Fix for real: PySide6 < 6.12 or Python 3.12.)
    import ctypes

    for _obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_obj)).value += 1 << 40


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip xvfb tests cleanly without a display, libvlc or ffmpeg."""
    reason = None
    if not os.environ.get("DISPLAY"):
        reason = "needs an X display (run under xvfb-run)"
    elif ffmpeg_path() is None:
        reason = "needs ffmpeg to make the test video"
    else:
        status = probe()
        if not status.ok:
            reason = f"needs libvlc: {status.message}"
    if reason is None:
        return
    for item in items:
        if "xvfb" in item.keywords and "tests/player" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def numbered_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 12 s, 25 fps, 320x240 H.264 video whose frames show their own number."""
    if ffmpeg_path() is None:
        pytest.skip("ffmpeg not installed: cannot make the frame-numbered video")
    return make_video(tmp_path_factory.mktemp("video") / "numbered.mp4", seconds=12.0)
