"""NullPlayer: keeps the playhead without showing video, for machines without libvlc or media."""

from __future__ import annotations

import time
from collections.abc import Callable

from reviewer.player.base import PlayerCallbacks, PlayerState, clamp_rate
from reviewer.player.clock import PlayheadClock

FRAME_MS = 40  # frame step when there is no video to ask: 25 fps


class NullPlayer(PlayerCallbacks):
    """A stand-in player: play, pause, seek and rate move a clock, so the UI works without video.

    `reason` says what is missing and how to fix it; the UI shows it in a banner.
    """

    is_stand_in = True

    def __init__(
        self,
        reason: str = "No video player",
        duration_ms: int = 0,
        now: Callable[[], float] = time.monotonic,
    ):
        super().__init__()
        self.reason = reason
        self._clock = PlayheadClock(now=now)
        self._clock.set_duration(duration_ms)
        self._state = PlayerState.EMPTY
        self._muted = False
        self._volume = 100
        self._path: str | None = None

    @property
    def description(self) -> str:
        return self.reason

    @property
    def state(self) -> PlayerState:
        # Reaching the end is noticed when asked: there is no thread to notice it.
        if self._state is PlayerState.PLAYING and self._at_end():
            self._clock.pause()
            self._set_state(PlayerState.ENDED)
            self.on_end()
        return self._state

    @property
    def path(self) -> str | None:
        return self._path

    def _at_end(self) -> bool:
        return 0 < self._clock.duration <= self._clock.position()

    def _set_state(self, state: PlayerState) -> None:
        if state is not self._state:
            self._state = state
            self.on_state(state)

    def set_duration(self, ms: int) -> None:
        """Give the stand-in a length (e.g. the transcript's last end time, or the file's)."""
        self._clock.set_duration(ms)
        self.on_length(self._clock.duration)

    def load(self, path: str) -> None:
        self._path = path
        self._clock.pause()
        self._clock.seek(0)
        self._set_state(PlayerState.PAUSED)

    def play(self) -> None:
        if self._state is PlayerState.ENDED or self._at_end():
            self._clock.seek(0)
        self._clock.play()
        self._set_state(PlayerState.PLAYING)

    def pause(self) -> None:
        self._clock.pause()
        if self._state is not PlayerState.EMPTY:
            self._set_state(PlayerState.PAUSED)

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        self._clock.seek(ms)
        self._clock.report(self._clock.position())  # nothing will report: settle at once
        if self._state is PlayerState.ENDED:
            self._set_state(PlayerState.PAUSED)

    def set_rate(self, rate: float) -> None:
        self._clock.set_rate(clamp_rate(rate))

    def rate(self) -> float:
        return self._clock.rate

    def position(self) -> int:
        return self._clock.position()

    def duration(self) -> int:
        return self._clock.duration

    def is_playing(self) -> bool:
        return self.state is PlayerState.PLAYING

    def frame_step(self, frames: int = 1) -> None:
        self.pause()
        self.seek(max(0, self.position() + frames * FRAME_MS))

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)

    def is_muted(self) -> bool:
        return self._muted

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))

    def volume(self) -> int:
        return self._volume

    def audio_tracks(self) -> list[str]:
        return []  # nothing is heard

    def set_audio_track(self, track: int) -> None:
        pass

    def close(self) -> None:
        self._clock.pause()
        self._state = PlayerState.EMPTY
