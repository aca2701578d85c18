"""Fixtures for Playback and VideoPane: xvfb tests skipped with a reason, the numbered video.

The platform (xcb with a DISPLAY, else offscreen) is chosen once in tests/conftest.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from reviewer.player import probe
from reviewer.player.framecode import ffmpeg_path, make_video


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


@pytest.fixture(scope="session")
def encoded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Return a function: encode name -> (path, frame start times) of a 24 s numbered clip,
    made once per session (reviewer.player.encodes)."""
    from reviewer.player import encodes

    if ffmpeg_path() is None:
        pytest.skip("ffmpeg not installed: cannot make the test encodes")
    folder = tmp_path_factory.mktemp("encodes")
    made: dict[str, tuple[Path, list[float]]] = {}

    def get(name: str) -> tuple[Path, list[float]]:
        if name not in made:
            encode = encodes.by_name(name)
            path = encodes.make(encode, folder)
            made[name] = (path, encodes.frame_times(path) if encode.picture else [])
        return made[name]

    return get


@pytest.fixture(autouse=True)
def _no_quick_seek_copy_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Playback makes a transport stream's quick-seek copy 2 s after loading it, and switches
    to it (reviewer.player.seek_copy): a test of the file itself would see it change under it.
    The copy's own tests ask for it sooner (COPY_AFTER_MS)."""
    from reviewer.ui import playback

    monkeypatch.setattr(playback, "COPY_AFTER_MS", 2**30)
