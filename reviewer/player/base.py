"""The Player protocol the UI drives, its states, and the callbacks it reports through.

No Qt and no libvlc here. Notifications are plain callables that the UI assigns; every player
calls them on the GUI thread (VlcPlayer marshals libvlc's own threads there), never from inside
libvlc, so a callback may call any player method.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

MIN_RATE, MAX_RATE = 0.25, 2.0


class Scheduler(Protocol):
    """How a player gets back onto the GUI thread: the window hands one to VlcPlayer.

    libvlc calls its callbacks on its own threads and must not be called from them; a player
    also makes a seek again a moment later. Both go through this, so the player needs no Qt
    (reviewer.ui.scheduling.QtScheduler is the window's).
    """

    def call_soon_threadsafe(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread soon; may be called from any thread."""

    def call_later(self, ms: int, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread ``ms`` milliseconds from now (called on it)."""


class PlayerUnavailable(RuntimeError):
    """libvlc cannot be used here; the message says why and what to install."""


class PlayerState(enum.Enum):
    """What the player is doing, as the UI shows it."""

    EMPTY = "empty"  # nothing loaded
    OPENING = "opening"  # loading, buffering
    PAUSED = "paused"
    PLAYING = "playing"
    ENDED = "ended"  # reached the end; seek or play to go on
    ERROR = "error"  # see on_error's message


def clamp_rate(rate: float) -> float:
    """Return `rate` limited to the speeds an editor can pick (0.25x to 2x)."""
    return min(MAX_RATE, max(MIN_RATE, float(rate)))


@dataclass
class Picture:
    """The exact picture of a frame, paused, where libvlc's own would be wrong (B-frames, MPEG
    transport streams: see reviewer.player.exact_frame). RGB24, rows `stride` bytes apart."""

    request: int  # the request's number: a newer request makes this one stale
    ms: int  # the time asked for
    frame: int  # the frame's index in the file's frame table
    start_ms: float  # when that frame starts
    width: int
    height: int
    stride: int
    rgb: bytes
    aspect: float  # the picture's display width / height (sample aspect ratio applied)
    decode_ms: float = 0.0  # from the request to the picture ready


def _ignore(*_args: object) -> None:
    pass


class PlayerCallbacks:
    """The notifications a player gives; assign a callable to each one you want.

    All are called on the GUI thread:
      on_state(PlayerState)   the state changed
      on_error(str)           playback failed; the message is fit to show the editor
      on_length(int)          the media's duration (ms) became known or changed
      on_end()                playback reached the end of the media
      on_picture(Picture|None) the exact picture to show over libvlc's while paused, or None:
                              libvlc's own picture is right (playing, or a file without
                              B-frames); see reviewer.player.exact_frame
    """

    def __init__(self) -> None:
        self.on_state: Callable[[PlayerState], None] = _ignore
        self.on_error: Callable[[str], None] = _ignore
        self.on_length: Callable[[int], None] = _ignore
        self.on_end: Callable[[], None] = _ignore
        self.on_picture: Callable[[Picture | None], None] = _ignore


@runtime_checkable
class Player(Protocol):
    """Media playback as the review window uses it. Times are milliseconds of media time."""

    on_state: Callable[[PlayerState], None]
    on_error: Callable[[str], None]
    on_length: Callable[[int], None]
    on_end: Callable[[], None]
    on_picture: Callable[[Picture | None], None]

    @property
    def is_stand_in(self) -> bool:
        """True when this player only keeps time (no video shown): see `description`."""
        ...

    @property
    def description(self) -> str:
        """Return what plays the media, or for a stand-in what is missing and how to fix it."""
        ...

    @property
    def state(self) -> PlayerState: ...

    def load(self, path: str) -> None:
        """Open a media file, paused at 0 with its first frame shown; errors go to on_error."""

    def play(self) -> None: ...

    def pause(self) -> None: ...

    def toggle(self) -> None:
        """Play if paused, pause if playing."""

    def seek(self, ms: int) -> None:
        """Move the playhead; position() returns `ms` at once."""

    def set_rate(self, rate: float) -> None:
        """Set the speed, limited to 0.25-2."""

    def rate(self) -> float: ...

    def position(self) -> int:
        """Return the playhead (ms), interpolated between libvlc's reports: cheap, call often."""
        ...

    def duration(self) -> int:
        """Return the media's length in ms, 0 while unknown."""
        ...

    def is_playing(self) -> bool: ...

    def frame_step(self, frames: int = 1) -> None:
        """Pause if playing, and show the frame `frames` on (back when negative)."""

    def set_muted(self, muted: bool) -> None: ...

    def is_muted(self) -> bool: ...

    def set_volume(self, percent: int) -> None:
        """Set the volume, 0-100."""

    def volume(self) -> int: ...

    def audio_tracks(self) -> list[str]:
        """Return the names of the media's audio tracks, in order ([] while unknown)."""
        ...

    def set_audio_track(self, track: int) -> None:
        """Hear audio track ``track`` (0: the first), now and in every file loaded after."""

    def close(self) -> None:
        """Stop and release everything; the player is unusable afterwards. Safe to repeat."""
