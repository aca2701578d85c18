"""A shown VideoPane with its Playback under Xvfb, and the frame number its surface shows.

Shared by the playback tests that judge libvlc from the picture on screen, not from its clock.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reviewer.player import PlayerState
from reviewer.player.encodes import display_turns
from reviewer.player.framecode import HEIGHT, WIDTH, read_image


class Screen:
    """A shown VideoPane with its Playback on the numbered video, and what its surface shows."""

    def __init__(self, qtbot, video: Path, duration_hint_ms: int = 12_000) -> None:
        from PySide6.QtGui import QGuiApplication

        from reviewer.ui.playback import Playback
        from reviewer.ui.video_pane import VideoPane

        if QGuiApplication.platformName() != "xcb":
            pytest.skip(f"needs the xcb platform, not {QGuiApplication.platformName()}")
        self.qtbot = qtbot
        self.playback = Playback()
        self.pane = VideoPane(self.playback)
        # The picture fills the surface, no letterbox: a phone's stands on its side.
        self.turns = display_turns(video)
        shown = (HEIGHT, WIDTH) if self.turns % 2 else (WIDTH, HEIGHT)
        self.pane.surface.setFixedSize(*shown)
        qtbot.addWidget(self.pane)
        self.pane.show()
        qtbot.waitExposed(self.pane)
        assert self.playback.attached and not self.playback.problem
        with qtbot.waitSignal(
            self.playback.state_changed, check_params_cb=lambda s: s is PlayerState.PAUSED,
            timeout=5000,
        ):  # fmt: skip
            self.playback.load(str(video), duration_hint_ms=duration_hint_ms)
        assert not self.playback.is_stand_in

    def shown(self) -> int | None:
        surface = self.pane.surface
        return read_image(surface.screen().grabWindow(int(surface.winId())).toImage(), self.turns)

    def wait_frame(self, frame: int, slack: int = 2, timeout: int = 3000) -> None:
        seen: list[int | None] = []

        def near() -> bool:
            seen.append(self.shown())
            return seen[-1] is not None and abs(seen[-1] - frame) <= slack

        try:
            self.qtbot.waitUntil(near, timeout=timeout)
        except Exception as exc:
            raise AssertionError(f"frame {frame}±{slack} never shown; last {seen[-5:]}") from exc

    def settled(self, reads: int = 12) -> int:
        """Return the frame on screen once it stopped changing (`reads` equal grabs in a row)."""
        seen: list[int | None] = []

        def still() -> bool:
            seen.append(self.shown())
            tail = seen[-reads:]
            return len(tail) == reads and tail[0] is not None and tail.count(tail[0]) == reads

        self.qtbot.waitUntil(still, timeout=3000)
        frame = seen[-1]
        assert frame is not None
        return frame

    @contextmanager
    def recording(self) -> Iterator[list[tuple[float, int, int]]]:
        """Yield a list that gets, on each playhead tick while in the block, (ms since the block
        began, the frame on screen, the playhead in ms); unreadable grabs are left out."""
        seen: list[tuple[float, int, int]] = []
        started = time.monotonic()

        def grab(_ms: int) -> None:
            n = self.shown()
            if n is not None:
                seen.append(((time.monotonic() - started) * 1000, n, self.playback.position()))

        self.playback.position_changed.connect(grab)
        try:
            yield seen
        finally:
            self.playback.position_changed.disconnect(grab)

    def close(self) -> None:
        self.playback.close()
