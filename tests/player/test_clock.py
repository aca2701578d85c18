"""PlayheadClock with a fake monotonic clock: no Qt, no libvlc."""

from __future__ import annotations

import pytest

from reviewer.player.clock import SEEK_TRUST_S, PlayheadClock


class FakeTime:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t

    def advance(self, ms: float) -> None:
        self.t += ms / 1000.0


@pytest.fixture
def t() -> FakeTime:
    return FakeTime()


@pytest.fixture
def clock(t: FakeTime) -> PlayheadClock:
    c = PlayheadClock(now=t)
    c.set_duration(60_000)
    return c


def test_starts_paused_at_zero(clock: PlayheadClock) -> None:
    assert clock.position() == 0
    assert not clock.playing
    assert clock.rate == 1.0


def test_interpolates_between_reports(clock: PlayheadClock, t: FakeTime) -> None:
    clock.report(1000)
    clock.play()
    t.advance(120)
    assert clock.position() == 1120
    clock.report(1250)  # libvlc says a little more: jump forwards
    assert clock.position() == 1250
    t.advance(30)
    assert clock.position() == 1280


def test_report_uses_its_own_timestamp(clock: PlayheadClock, t: FakeTime) -> None:
    clock.play()
    observed = t()
    t.advance(50)  # the report waited 50 ms in the GUI queue
    clock.report(500, at=observed)
    assert clock.position() == 550


def test_paused_clock_stands_still(clock: PlayheadClock, t: FakeTime) -> None:
    clock.report(2000)
    t.advance(500)
    assert clock.position() == 2000


def test_pause_freezes_and_play_resumes(clock: PlayheadClock, t: FakeTime) -> None:
    clock.play()
    t.advance(300)
    clock.pause()
    t.advance(1000)
    assert clock.position() == 300
    clock.play()
    t.advance(100)
    assert clock.position() == 400


def test_play_and_pause_twice_are_harmless(clock: PlayheadClock, t: FakeTime) -> None:
    clock.play()
    t.advance(100)
    clock.play()
    assert clock.position() == 100
    clock.pause()
    clock.pause()
    assert clock.position() == 100


def test_rate_change_reanchors(clock: PlayheadClock, t: FakeTime) -> None:
    clock.play()
    t.advance(1000)
    clock.set_rate(2.0)
    assert clock.position() == 1000
    t.advance(500)
    assert clock.position() == 2000
    clock.set_rate(0.5)
    t.advance(1000)
    assert clock.position() == 2500


def test_rate_must_be_positive(clock: PlayheadClock) -> None:
    with pytest.raises(ValueError):
        clock.set_rate(0)


def test_small_late_report_does_not_go_backwards(clock: PlayheadClock, t: FakeTime) -> None:
    clock.play()
    t.advance(1000)
    seen = [clock.position()]
    clock.report(975)  # 25 ms behind: jitter
    for _ in range(20):
        seen.append(clock.position())
        t.advance(10)
    assert seen == sorted(seen), "the playhead went backwards"
    assert seen[1] == 1000
    # ...and the difference is absorbed: after enough playback the report's timeline rules.
    t.advance(1000)
    assert clock.position() == pytest.approx(975 + 1200, abs=1)


def test_large_backward_report_is_accepted(clock: PlayheadClock, t: FakeTime) -> None:
    clock.play()
    t.advance(1000)
    clock.report(700)  # 300 ms behind: the truth changed (libvlc stalled)
    assert clock.position() == 700


def test_seek_is_the_truth_until_libvlc_catches_up(clock: PlayheadClock, t: FakeTime) -> None:
    clock.report(10_000)
    clock.seek(3000)
    assert clock.position() == 3000
    assert clock.seeking
    t.advance(20)
    assert clock.expected() == 3000  # paused: where the seek asked, however long ago
    assert not clock.report(10_020)  # the old position, reported after the seek: not there yet
    assert clock.position() == 3000
    assert clock.report(3000)
    assert not clock.seeking and clock.expected() is None
    assert clock.position() == 3000


def test_reports_older_than_the_seek_are_ignored(clock: PlayheadClock, t: FakeTime) -> None:
    clock.play()
    before = t()
    t.advance(10)
    clock.seek(5000)
    assert not clock.report(5010, at=before)  # stamped before the seek, even if plausible
    assert clock.seeking and clock.expected(at=before) is None
    t.advance(100)
    assert clock.position() == 5100
    assert clock.expected() == pytest.approx(5100)  # playing: the seek's target moves on
    clock.report(5090)
    assert not clock.seeking
    assert clock.position() == 5090


def test_seek_trusts_reports_after_a_while(clock: PlayheadClock, t: FakeTime) -> None:
    clock.seek(3000)
    t.advance(SEEK_TRUST_S * 1000 + 1)
    clock.report(2000)  # libvlc landed elsewhere (a keyframe): believe it eventually
    assert clock.position() == 2000


def test_seek_while_playing_keeps_playing(clock: PlayheadClock, t: FakeTime) -> None:
    clock.play()
    t.advance(500)
    clock.seek(8000)
    t.advance(40)
    assert clock.position() == 8040


def test_clamps_to_duration(clock: PlayheadClock, t: FakeTime) -> None:
    clock.seek(-500)
    assert clock.position() == 0
    clock.seek(99_000)
    assert clock.position() == 60_000
    clock.seek(59_900)
    clock.report(59_900)
    clock.play()
    t.advance(1000)
    assert clock.position() == 60_000


def test_unknown_duration_only_clamps_below(t: FakeTime) -> None:
    clock = PlayheadClock(now=t)
    clock.seek(123_456)
    assert clock.position() == 123_456


def test_lag_calibration_is_continuous(t: FakeTime) -> None:
    clock = PlayheadClock(now=t, lag_ms=16)
    clock.seek(1000)
    clock.report(1000)
    assert clock.position() == 1000
    clock.play()
    assert clock.position() == 1000  # no jump when playing starts
    t.advance(100)
    assert clock.position() == 1100
    clock.report(1116)  # libvlc is 16 ms ahead of the picture
    assert clock.position() == 1100
    clock.pause()
    assert clock.position() == 1100


def test_reset(clock: PlayheadClock, t: FakeTime) -> None:
    clock.play()
    clock.set_rate(2)
    t.advance(100)
    clock.reset()
    assert (clock.position(), clock.rate, clock.playing, clock.duration) == (0, 1.0, False, 0)


def test_steady_playback_with_coarse_reports_tracks_truth(t: FakeTime) -> None:
    """Reports every 250-500 ms with jitter; the playhead stays within a frame and monotonic."""
    import random

    rng = random.Random(1)
    clock = PlayheadClock(now=t)
    clock.set_duration(600_000)
    clock.play()
    start = t()
    last, next_report = 0, 0.0
    for _ in range(2000):
        t.advance(10)
        truth = (t() - start) * 1000
        if truth >= next_report:
            clock.report(truth - rng.uniform(0, 30), at=t())
            next_report = truth + rng.choice((250, 500))
        here = clock.position()
        assert here >= last
        assert abs(here - truth) < 40
        last = here


def test_a_pending_seek_goes_on_from_play_and_pause(clock: PlayheadClock, t: FakeTime) -> None:
    clock.seek(3000)  # paused: libvlc reports nothing while paused
    t.advance(5000)
    clock.play()
    t.advance(100)
    assert clock.expected() == pytest.approx(3100)  # from the play, not from the seek
    assert not clock.report(4300)  # far from there, and the seek is 0.1 s old for the clock
    assert clock.position() == 3100
    clock.pause()
    t.advance(2000)
    assert clock.expected() == pytest.approx(3100)  # where it paused, not where it sought
    assert clock.report(3110)
    assert clock.position() == 3110
