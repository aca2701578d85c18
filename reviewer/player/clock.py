"""The playhead clock: a smooth media position between libvlc's coarse time reports.

libvlc reports the media time every 250-500 ms. Between reports the playhead is the last report
plus the monotonic time elapsed since, times the rate. Pure Python: no Qt, no libvlc.
"""

from __future__ import annotations

import time
from collections.abc import Callable

# A report this much (ms) behind the interpolated playhead during playback is jitter, not news:
# it is absorbed by running slightly slow instead of jumping back.
BACKWARD_TOLERANCE_MS = 40.0
# While absorbing such a correction the playhead runs at (1 - SLEW) of the rate: still forwards.
SLEW = 0.25
# After a seek, reports are trusted again once they are within this of the expected position...
SEEK_WINDOW_MS = 400.0
# ...or once this long (s) has passed, in case libvlc landed somewhere else (a keyframe).
SEEK_TRUST_S = 1.5


class PlayheadClock:
    """Return the interpolated media position (ms) from reports, seeks, play, pause and rate.

    >>> t = [0.0]
    >>> clock = PlayheadClock(now=lambda: t[0])
    >>> clock.set_duration(10_000); _ = clock.report(1000); clock.play()
    >>> t[0] = 0.1
    >>> clock.position()
    1100
    """

    def __init__(self, now: Callable[[], float] = time.monotonic, lag_ms: float = 0.0):
        self._now = now
        self.lag_ms = lag_ms  # subtracted while playing: display latency, from calibration
        self._duration = 0
        self._rate = 1.0
        self._playing = False
        self._anchor_ms = 0.0  # media time at _anchor_at
        self._anchor_at = now()
        self._debt_ms = 0.0  # backward correction still to absorb by running slow
        self._seek_target: float | None = None
        self._seek_at = 0.0

    # -- reading ---------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def duration(self) -> int:
        return self._duration

    @property
    def seeking(self) -> bool:
        """True while a seek's target is still the truth (libvlc has not reported it yet)."""
        return self._seek_target is not None

    def position(self) -> int:
        """Return the playhead in ms, clamped to [0, duration] (duration 0 means unknown)."""
        return round(self._clamp(self._shown(self._now())))

    # While playing, the anchor is in libvlc's report time and the playhead shown is that minus
    # lag_ms (the frame on screen trails what libvlc reports); while paused it is the playhead.

    def _reported(self, at: float) -> float:
        """Return the media time libvlc would report at `at` (playing only)."""
        ran = max(0.0, at - self._anchor_at) * 1000.0 * self._rate
        return self._anchor_ms + ran - min(self._debt_ms, ran * SLEW)

    def _shown(self, at: float) -> float:
        return self._reported(at) - self.lag_ms if self._playing else self._anchor_ms

    def _clamp(self, ms: float) -> float:
        ms = max(0.0, ms)
        return min(ms, float(self._duration)) if self._duration > 0 else ms

    def _set_anchor(self, ms: float, at: float, debt: float = 0.0) -> None:
        self._anchor_ms, self._anchor_at, self._debt_ms = ms, at, debt

    # -- feeding ---------------------------------------------------------------------------

    def set_duration(self, ms: int) -> None:
        self._duration = max(0, int(ms))

    def expected(self, at: float | None = None) -> float | None:
        """Return where a seek not yet reported asks the media to be at `at` (now), or None
        when there is none (or `at` is before it)."""
        at = self._now() if at is None else at
        if self._seek_target is None or at < self._seek_at:
            return None
        ran = (at - self._seek_at) * 1000.0 * self._rate if self._playing else 0.0
        return self._seek_target + ran

    def report(self, media_ms: float, at: float | None = None) -> bool:
        """Take a media time reported by the player, observed at monotonic time `at` (now).

        Return False when it is set aside: sent before the last seek, or not where that seek
        asked (yet) and within :data:`SEEK_TRUST_S` of it.
        """
        at = self._now() if at is None else at
        if self._seek_target is not None:
            expected = self.expected(at)
            if expected is None:
                return False  # sent before the seek: stale
            trusted = at - self._seek_at >= SEEK_TRUST_S
            if abs(media_ms - expected) > SEEK_WINDOW_MS and not trusted:
                return False  # libvlc has not got there yet
            self._seek_target = None
        elif self._playing:
            predicted = self._reported(at)
            if 0 < predicted - media_ms < BACKWARD_TOLERANCE_MS:
                # A late or jittery report: keep going forwards, absorb the difference slowly.
                self._set_anchor(predicted, at, debt=predicted - media_ms)
                return True
        self._set_anchor(float(media_ms), at)
        return True

    def seek(self, ms: float) -> None:
        """Move the playhead to `ms`; it is the truth until a report agrees with it."""
        at = self._now()
        target = self._clamp(ms)
        self._set_anchor(target + self.lag_ms if self._playing else target, at)
        self._seek_target, self._seek_at = target, at

    def play(self, at: float | None = None) -> None:
        """Start advancing from the current position."""
        if self._playing:
            return
        at = self._now() if at is None else at
        self._playing = True
        self._set_anchor(self._anchor_ms + self.lag_ms, at)
        self._restart_seek(at)

    def pause(self, at: float | None = None) -> None:
        """Stop advancing; the position stays where it is now."""
        if not self._playing:
            return
        at = self._now() if at is None else at
        here = self._clamp(self._shown(at))
        self._playing = False
        self._set_anchor(here, at)
        self._restart_seek(at)

    def set_rate(self, rate: float) -> None:
        """Change the speed (1.0 normal) from the current position on."""
        if rate <= 0:
            raise ValueError(f"rate must be positive, not {rate}")
        at = self._now()
        if self._playing:
            self._set_anchor(self._reported(at), at)
        self._restart_seek(at)
        self._rate = float(rate)

    def _restart_seek(self, at: float) -> None:
        """A seek not yet reported goes on from here: where the playhead is now, from now (what
        libvlc did while paused, or at another speed, is not what to expect of it next)."""
        if self._seek_target is not None:
            self._seek_target, self._seek_at = self._clamp(self._shown(at)), at

    def reset(self) -> None:
        """Forget everything: paused at 0, rate 1, duration unknown."""
        self._duration, self._rate, self._playing = 0, 1.0, False
        self._seek_target = None
        self._set_anchor(0.0, self._now())
