"""Player test fixtures: the platform plugin, the frame-numbered video, libvlc availability.

The platform (xcb with a DISPLAY, else offscreen) is chosen in tests/conftest.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reviewer.player import probe
from reviewer.player.framecode import ffmpeg_path, make_video


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
