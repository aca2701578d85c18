"""Ctrl+R and loops from the second player cued at the segment's start (reviewer.ui.replay_cue).

libvlc 3 decodes from the keyframe before every time it is asked for; replaying a segment from
elsewhere in it waited for that (0.3-0.5 s at 1080p on a 10-s GOP). A second libvlc player, in
its own window under the first, is kept paused and muted at the start of the editor's segment;
Ctrl+R raises it and plays. Judged from the frames on screen, with real libvlc under Xvfb.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest
from playback_screen import Screen

from reviewer.player.base import Picture
from reviewer.player.encodes import frame_at
from reviewer.player.vlc_player import VlcPlayer

pytestmark = pytest.mark.xvfb


@pytest.fixture
def screen_on(qtbot, encoded):  # type: ignore[no-untyped-def]
    screens: list[Screen] = []

    def make(name: str) -> tuple[Screen, list[float]]:
        path, times = encoded(name)
        screens.append(Screen(qtbot, path, duration_hint_ms=24_000))
        return screens[-1], times

    yield make
    for screen in screens:
        screen.close()


def _cued_seeks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Return the list the cued players' seeks go into from now on, in order."""
    asked: list[int] = []
    seek = VlcPlayer.seek

    def spy(player: VlcPlayer, ms: int, picture: Picture | None = None) -> None:
        if player.cueing:
            asked.append(ms)
        seek(player, ms, picture)

    monkeypatch.setattr(VlcPlayer, "seek", spy)
    return asked


def _cued(screen: Screen, ms: int) -> None:
    cue = screen.playback.replay_cue
    assert cue is not None
    screen.qtbot.waitUntil(lambda: cue.ready_at() == ms, timeout=8000)


def _replayed(screen: Screen, times: list[float], start: int, end: int, paused_on: int) -> None:
    """Play [start, end) with Ctrl+R's call; the picture goes on from the start's frame, with
    the playhead, never from before it."""
    with screen.recording() as seen:
        screen.playback.play_segment(start, end)
        screen.qtbot.waitUntil(lambda: not screen.playback.is_playing(), timeout=6000)
    playheads = [at for _ms, _n, at in seen]
    assert playheads and all(b >= a - 50 for a, b in pairwise(playheads)), playheads
    moved = [(n, at) for _ms, n, at in seen if n != paused_on]
    assert len(moved) > 10, seen[:10]
    assert all(n >= frame_at(times, start) for n, _at in moved), moved[:8]
    off = [n - frame_at(times, at) for n, at in moved]
    assert all(-3 <= d <= 2 for d in off), list(zip(off, moved, strict=True))[:12]
    # Paused at the segment's end: the frame the playhead reads.
    assert screen.settled() == frame_at(times, screen.playback.position())


@pytest.mark.parametrize("name", ["h264-longgop", "hevc", "mpeg2-ts-25i"])
def test_replay_swaps_to_the_cued_player_and_cues_the_other(screen_on, name: str) -> None:
    screen, times = screen_on(name)
    playback = screen.playback
    screen.settled()
    playback.seek(7_300)  # the editor's move to a segment 7.3 s past a keyframe
    playback.cue(7_300)
    assert screen.settled() == frame_at(times, 7_300)
    _cued(screen, 7_300)
    cue = playback.replay_cue
    assert cue is not None
    first, second = playback.player, cue.player
    assert second is not None and second is not first
    assert second.is_muted() and second.cueing  # silent and unseen while it waits
    playback.play()  # half a second on, then Ctrl+R
    screen.qtbot.waitUntil(lambda: playback.position() > 7_800, timeout=4000)
    playback.pause()
    paused_on = screen.settled()
    _replayed(screen, times, 7_300, 8_300, paused_on)
    assert playback.player is second and not second.cueing and not second.is_muted()
    assert cue.player is first and first.cueing and first.is_muted()  # cued in turn
    # The player that took over shows the exact frame of a paused move too.
    playback.seek(3_000)
    assert screen.settled() == frame_at(times, 3_000)
    # Cued again at the segment's start (the old player): Ctrl+R swaps back.
    _cued(screen, 7_300)
    _replayed(screen, times, 7_300, 8_300, frame_at(times, 3_000))
    assert playback.player is first and cue.player is second


def test_paused_at_its_time_the_replay_cue_waits_for_the_next_segments_player(
    screen_on,
) -> None:
    # Paused at the segment's start, Ctrl+R plays on from there with no seek, so Ctrl+R's cue
    # gives the cores to the player getting ready at the next segment (others_busy: made busy
    # here) and is cued when the editor plays away, or once that player is ready.
    screen, times = screen_on("h264-longgop")
    playback = screen.playback
    screen.settled()
    cue = playback.replay_cue
    assert cue is not None
    cue._others_busy = lambda: True
    playback.seek(7_300)
    playback.cue(7_300)
    assert screen.settled() == frame_at(times, 7_300)
    screen.qtbot.wait(400)  # a cue would have been asked 200 ms after the move's picture
    assert cue.player is None or cue.player.position() != 7_300
    playback.play()
    screen.qtbot.waitUntil(lambda: cue.player is not None and cue.player.position() == 7_300,
                           timeout=4000)  # fmt: skip
    playback.pause()
    playback.seek(11_200)
    playback.cue(11_200)
    assert screen.settled() == frame_at(times, 11_200)
    screen.qtbot.wait(400)
    assert cue.player.position() != 11_200
    cue._others_busy = lambda: False  # the next segment's player is ready
    _cued(screen, 11_200)


def test_after_a_play_the_replay_cue_goes_before_the_next_segments_player(  # type: ignore[no-untyped-def]
    screen_on, monkeypatch
) -> None:
    # Two seeks from the keyframe side by side each take twice as long on two cores, so after
    # a move one player goes first. An editor who moved on without playing moves on again:
    # the next segment's player first. One who played the segment before plays this one and
    # replays it: Ctrl+R's player first, the next segment's once it is cued.
    asked = _cued_seeks(monkeypatch)
    screen, times = screen_on("h264-longgop")
    playback, qtbot = screen.playback, screen.qtbot
    screen.settled()
    cue, ahead = playback.replay_cue, playback.next_cue
    assert cue is not None and ahead is not None
    # No Ctrl+R yet: no fourth player cued ahead (see the next test), the move seeks Ctrl+R's.
    playback.seek(3_000)
    playback.cue(3_000)
    playback.prefetch(7_300)
    qtbot.waitUntil(lambda: ahead.ready_at() == 7_300 and cue.ready_at() == 3_000, timeout=8000)
    # Down without having played: the next segment's player seeks, Ctrl+R's after it.
    asked.clear()
    playback.seek(7_300)
    playback.cue(7_300)
    playback.prefetch(11_200)
    assert screen.settled() == frame_at(times, 7_300)
    qtbot.waitUntil(lambda: ahead.ready_at() == 11_200 and cue.ready_at() == 7_300, timeout=8000)
    assert [ms for ms in asked if ms in (7_300, 11_200)][:2] == [11_200, 7_300], asked
    # Played, then Down: Ctrl+R's player seeks first, the next segment's after it.
    playback.play()
    qtbot.waitUntil(lambda: playback.position() > 7_800, timeout=4000)
    playback.pause()
    asked.clear()
    playback.seek(11_200)
    playback.cue(11_200)
    playback.prefetch(15_000)
    assert screen.settled() == frame_at(times, 11_200)
    qtbot.waitUntil(lambda: ahead.ready_at() == 15_000 and cue.ready_at() == 11_200, timeout=8000)
    assert [ms for ms in asked if ms in (11_200, 15_000)][:2] == [11_200, 15_000], asked
    _replayed(screen, times, 11_200, 12_000, frame_at(times, 11_200))


def test_a_move_to_the_prefetched_segment_takes_ctrl_rs_player_cued_ahead(  # type: ignore[no-untyped-def]
    screen_on, monkeypatch
) -> None:
    # While the editor reads, a fourth player is cued at the next segment's start after the
    # other two: Down there hands it to Ctrl+R's cue, so a replay soon after the move (the
    # play's decode from the keyframe beside it took 1-2 s at 1080p) has none to make.
    asked = _cued_seeks(monkeypatch)
    screen, times = screen_on("h264-longgop")
    playback, qtbot = screen.playback, screen.qtbot
    screen.settled()
    cue, ahead, later = playback.replay_cue, playback.next_cue, playback.next_replay
    assert cue is not None and ahead is not None and later is not None
    playback.seek(3_000)
    playback.cue(3_000)
    playback.prefetch(7_300)
    qtbot.waitUntil(lambda: ahead.ready_at() == 7_300 and cue.ready_at() == 3_000, timeout=8000)
    assert later.player is None  # made for an editor who replays, at the first Ctrl+R
    _replayed(screen, times, 3_000, 3_500, frame_at(times, 3_000))
    playback.seek(3_000)
    qtbot.waitUntil(lambda: later.ready_at() == 7_300, timeout=12000)
    # Cued last: Ctrl+R's player and the next segment's were there first.
    assert [ms for ms in asked if ms in (3_000, 7_300)][-1:] == [7_300], asked
    assert cue.ready_at() == 3_000 and ahead.ready_at() == 7_300
    replay, spare = later.player, cue.player
    assert replay is not None and spare is not None
    assert len({id(replay), id(spare), id(ahead.player), id(playback.player)}) == 4
    asked.clear()
    playback.seek(7_300)  # Down, as the window does it
    playback.cue(7_300)
    assert cue.player is replay and cue.ready_at() == 7_300  # no seek: placed there
    assert later.player is spare
    playback.prefetch(11_200)
    assert screen.settled() == frame_at(times, 7_300)
    playback.play()
    qtbot.waitUntil(lambda: playback.position() > 7_800, timeout=4000)
    playback.pause()
    assert 7_300 not in asked, asked
    _replayed(screen, times, 7_300, 8_000, screen.settled())
    assert playback.player is replay
    # The spare is cued for the segment after, once the others are.
    qtbot.waitUntil(lambda: later.ready_at() == 11_200 and later.player is spare, timeout=12000)


def test_a_loop_goes_round_on_the_cued_player(screen_on) -> None:
    screen, times = screen_on("h264-longgop")
    playback = screen.playback
    screen.settled()
    playback.set_loop(11_200, 11_900)
    playback.seek(11_400)  # inside the loop, past its start: the cue waits at the start
    playback.cue(11_200)
    _cued(screen, 11_200)
    players = []
    with screen.recording() as seen:
        playback.play()
        for _ in range(2):  # twice round
            players.append(playback.player)
            screen.qtbot.waitUntil(lambda p=players[-1]: playback.player is not p, timeout=4000)
            _cued(screen, 11_200)  # the other player, cued again while this one plays
        playback.pause()
    assert players[0] is not players[1]
    playheads = [at for _ms, _n, at in seen]
    assert all(11_200 - 80 <= at < 11_900 + 80 for at in playheads[3:]), playheads
    wrapped = [(n, at) for _ms, n, at in seen[3:]]
    # Round again from the loop's start, in step: never a frame from before it.
    early = [(n, at) for n, at in wrapped if n < frame_at(times, 11_200) - 1]
    assert not early, (early[:12], wrapped[:40])
    off = sorted(abs(n - frame_at(times, at)) for n, at in wrapped)
    assert off[len(off) // 2] <= 1, wrapped[:12]


def test_a_stale_cue_is_not_taken(screen_on, encoded) -> None:  # type: ignore[no-untyped-def]
    # Cued at one time, Ctrl+R at another plays with the playing player (and the cue moves on);
    # a new file is opened by the cued player too before it is taken.
    screen, times = screen_on("h264-longgop")
    playback = screen.playback
    screen.settled()
    playback.seek(5_500)
    playback.cue(5_000)
    _cued(screen, 5_000)
    first = playback.player
    playback.seek(9_000)
    screen.settled()
    _replayed(screen, times, 6_000, 6_600, frame_at(times, 9_000))
    assert playback.player is first  # not cued at 6 s: no swap
    other, _times = encoded("hevc")
    playback.load(str(other), duration_hint_ms=24_000)
    cue = playback.replay_cue
    assert cue is not None and cue.take(5_000, str(other)) is None
    screen.qtbot.waitUntil(lambda: cue.player is not None and cue.player.path == str(other),
                           timeout=8000)  # fmt: skip
    playback.cue(4_000)
    _cued(screen, 4_000)


def _replay_on_its_way(
    screen: Screen, times: list[float], still: Callable[[VlcPlayer], bool]
) -> None:
    """Paused at 7.8 s, the cue on its way to the segment's start at 7.3 s (placed there while
    ``still(player)``): Ctrl+R takes the cued player and plays from 7.3 s in step."""
    playback, cue = screen.playback, screen.playback.replay_cue
    assert cue is not None

    def placed() -> bool:
        return cue.player is not None and cue.placed_at() == 7_300 and still(cue.player)

    screen.qtbot.waitUntil(placed, timeout=8000)
    first, second = playback.player, cue.player
    _replayed(screen, times, 7_300, 8_300, frame_at(times, 7_800))
    assert playback.player is second and cue.player is first


def test_replay_takes_a_cue_whose_seek_is_still_decoding(screen_on) -> None:
    # Ctrl+R while the cued player's libvlc still decodes its seek (it should not have drawn
    # yet): the cued player is taken all the same, and waits for that decoding under the
    # exact picture, rather than the playing player decoding from the keyframe beside it.
    screen, times = screen_on("h264-longgop")
    playback = screen.playback
    screen.settled()
    playback.seek(7_300)
    playback.cue(7_300)
    assert screen.settled() == frame_at(times, 7_300)
    playback.seek(7_800)  # half a second on in the segment, then Ctrl+R
    assert screen.settled() == frame_at(times, 7_800)
    _replay_on_its_way(screen, times, lambda player: player.cued_at is None)


def test_replay_in_a_transport_stream_takes_a_cue_still_prerolling(screen_on) -> None:
    # A transport stream's cued player is put in place by a pre-roll (libvlc plays muted up
    # to the time); Ctrl+R on the way takes it, and the rest of the pre-roll is the lead-in.
    # The editor moved into the segment half a second on, so the cued player has no picture
    # of its start from the playing one: it decodes its own, then pre-rolls under it.
    screen, times = screen_on("mpeg2-ts-25i")
    playback = screen.playback
    screen.settled()
    playback.seek(7_800)
    playback.cue(7_300)
    assert screen.settled() == frame_at(times, 7_800)
    _replay_on_its_way(screen, times, lambda player: player.prerolling)
    # Cued in turn, the player handed back is put in place again (in a transport stream only
    # a pre-roll does that: a plain paused seek is not in place there).
    _cued(screen, 7_300)


@pytest.mark.parametrize(
    ("name", "current", "following"),
    [("h264-longgop", -1_000, 0), ("mpeg2-ts-25i", -1_500, -500)],
)
def test_segments_where_no_player_can_be_placed_are_not_cued(  # type: ignore[no-untyped-def]
    screen_on, name: str, current: int, following: int
) -> None:
    # A transcript longer than its video (a clip trimmed after transcribing): a segment
    # starting at or past the end, where a move stops a frame short, or in a transport
    # stream's last second, where no pre-roll is made, can have no player placed at its
    # start. It is not cued; the other cues are, and settle (Ctrl+R's, paused at its own
    # segment's start, waits for the next segment's: it waited for ever).
    screen, times = screen_on(name)
    playback, qtbot = screen.playback, screen.qtbot
    screen.settled()
    cue, ahead, later = playback.replay_cue, playback.next_cue, playback.next_replay
    assert cue is not None and ahead is not None and later is not None
    end = playback.player.duration()
    assert end > 20_000
    playback.seek(3_000)
    playback.cue(3_000)
    playback.prefetch(end + 5_000)
    qtbot.waitUntil(lambda: cue.ready_at() == 3_000 and ahead.settled, timeout=8000)
    _replayed(screen, times, 3_000, 3_500, frame_at(times, 3_000))  # the fourth player's cue
    qtbot.waitUntil(lambda: cue.ready_at() == 3_000, timeout=8000)
    assert later.settled and later.player is None  # no player made for a cue dropped
    # On the last segment the video holds, the one after starting where none can be placed.
    playback.seek(end + current)
    playback.cue(end + current)
    playback.prefetch(end + following)
    assert screen.settled() == frame_at(times, end + current)
    qtbot.waitUntil(lambda: cue.ready_at() == end + current, timeout=8000)
    qtbot.waitUntil(lambda: ahead.settled and later.settled, timeout=4000)
    assert later.player is None
    # Down onto that segment: its frame (past the end: the last), from the playing player.
    playback.seek(end + following)
    playback.cue(end + following)
    last = len(times) - 1 if following >= 0 else frame_at(times, end + following)
    assert screen.settled() == last
