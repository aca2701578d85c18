"""VlcPlayer: libvlc drawing into a native Qt widget, its playhead kept by PlayheadClock.

libvlc calls its event callbacks on its own threads and must not be called back from them. The
callbacks here only stamp the time and hand the event to the Scheduler the window gave; the work
happens on the GUI thread. No Qt here: the scheduler is the window's (reviewer.ui.scheduling).
"""

from __future__ import annotations

import math
import os
import sys
import time
from functools import partial
from typing import Any

from reviewer.player.base import (
    Picture,
    PlayerCallbacks,
    PlayerState,
    PlayerUnavailable,
    Scheduler,
    clamp_rate,
)
from reviewer.player.clock import PlayheadClock
from reviewer.player.exact_frame import ExactFrames
from reviewer.player.libvlc import import_vlc, install_hint, new_instance
from reviewer.player.packets import FrameTable, FrameTableLoader
from reviewer.player.vlc_log import PREROLL_END, SEEK_BUFFERED, follow

END_MARGIN_MS = 40  # seeking to the very end ends the input; stop a frame short
CONFIRM_SEEK_MS = 40  # a paused seek made a second time (bench/sync.py: 20 ms is swallowed too)
# libvlc's first reports after play trail the playhead by 0-60 ms; this far ahead, libvlc
# resumed from what it decoded ahead while paused (see play()).
RESUME_AHEAD_MS = 150
# Resumed with no seek, libvlc reports this far behind the playhead: its paused seek was
# swallowed (see _seek_paused) and it plays from where it was; ask for the time again.
RESUME_BEHIND_MS = 400
# When get_time() is asked after play, should libvlc's first time event (mostly 2-6 ms after
# play, now and then 0.5 s) not have told already.
RESUME_CHECK_MS = 40
LAST_SEEK_MS = 400  # and a last time, should libvlc have swallowed both (about 1 in 100)
# ... but not while libvlc's log says it decodes the seek (made, its pre-roll not ended: up to
# 2 s at 1080p on a 10-s GOP), which asking again would start over from the keyframe; then
# not at all once the end is logged, and at this long after the second request at the latest.
# A play waits as long for such a seek (see _drawn_due).
LIBVLC_DECODING_MAX_MS = 2000
# Played on from a move in a transport stream, libvlc is asked for this long before the keyframe
# before the playhead (libavformat's TS seek lands on the packet nearest the time asked, after
# the keyframe when asked for its very time: 7.2 s and 7.199 s did, 7.1 s did not), in frames.
LEAD_IN_FRAMES = 3.5
# A lead-in (see play()) gives up waiting for libvlc's report this long after the time it needs.
LEAD_IN_SPARE_MS = 1500
# A pre-roll (see _start_preroll) takes a time report for libvlc's own when it reads no earlier
# than this before the time asked (and no later than the playhead plus LEAD_IN_SPARE_MS).
PREROLL_REPORT_SLACK_MS = 100
# ... and is not made this close to the end (should its pause come late, libvlc would end).
PREROLL_END_MARGIN_MS = 1000
# Played on from a pre-roll, libvlc's first report this far behind the playhead says it paused
# short of it (see _catch_up); libvlc's first reports after a play trail by 0-60 ms.
PREROLL_BEHIND_MS = 60
# A cued player (reviewer.ui.replay_cue) pre-rolls from this much further back and is timed by
# libvlc's reports alone: its Playing event came at once, before libvlc had moved (paused by
# it, it sat at the pre-roll's start), and libvlc reports its time about every 0.25 s. Without
# a report on the way the pre-roll is lost (not in place) and Ctrl+R plays as without a cue.
CUED_PREROLL_LEAD_MS = 500
CUED_MOVED_MS = 20  # ... by reports past the time asked (the first one echoes it)
# Played on from a pre-roll, libvlc's paused picture is one it decoded ahead (1-2 frames past the
# playhead in probes, up to 4 under load; it shows it until its clock gets there, its first new
# frame 30-100 ms after Space): the exact picture stays up this many frames, stepping on to the
# next frame as the playhead reaches it (see _follow_playhead).
HOLD_PREROLLED_FRAMES = 2.0
# With the exact picture, libvlc's own paused seek waits for it (both decode from the keyframe,
# on the same cores: at 1080p together they took twice as long), this long at most.
LIBVLC_SEEK_AFTER_MS = 250
# Played straight after a paused move, libvlc may not have drawn that move yet: its window still
# holds an older picture (the first frame, after opening) until its first new frame. The exact
# picture stays over it until libvlc reports playing time, or (libvlc in place, see play())
# regardless of reports, this long at most (the playhead runs on meanwhile: at 200 ms the still
# picture lagged it by 6 frames at 29.97 fps).
HOLD_PICTURE_MAX_MS = 150
# ... and asked for the time as it is unpaused, until libvlc's first report of playing, this
# long at most (see play()).
HOLD_FOR_REPORT_MAX_MS = 600
# Played on with libvlc in place and its move drawn, the exact picture stays up this many frames:
# libvlc's first new frame comes 10-40 ms after unpausing (its paused one can be frames off).
HOLD_IN_PLACE_FRAMES = 1.0
# libvlc's paused seek is taken as drawn this long after it was asked: a base, and the frames
# from the keyframe at LIBVLC_COST_FACTOR times what each cost the exact picture's decoder
# lately (ExactFrames.frame_cost_ms; libvlc decodes B-frames too, the exact decoder skips most:
# on the 1080p long-GOP encode libvlc drew 0.9-1.0 ms a frame after its seek, the exact decoder
# measured 1.0-1.2 ms a frame with its seeks and libvlc beside it). LIBVLC_DRAWN_MS at most,
# and before any cost is known (its last retry is at LAST_SEEK_MS). See docs/playback.md.
LIBVLC_SEEK_BASE_MS = 40
LIBVLC_COST_FACTOR = 1.2
LIBVLC_DRAWN_MS = 450
# The guess is an upper bound: libvlc's log says when its decoder hands the seek's frame to
# the video output (reviewer.player.vlc_log), and the picture is taken as drawn this long after
# that line is read (6-8 ms in probes at 1080p).
LIBVLC_DRAW_AFTER_LOG_MS = 10
# ... but a play waiting for that end starts only this long after it is read: libvlc's decoder
# puts out the seek's first pictures just after logging it, and a play unpaused meanwhile
# showed a frame three early for 1-2 s (see _drawn_due).
LIBVLC_IDLE_AFTER_LOG_MS = 50
# Played from paused with libvlc elsewhere, the playhead waits for libvlc's seek when that
# should take this long or more (see _play_when_drawn); shorter, both start at once.
WAIT_FOR_DRAW_MS = 80
DEFAULT_FPS = 25.0
MATROSKA = (".mkv", ".webm", ".mka", ".mk3d")  # blocks without durations: see _frame_shown_for
# MPEG transport streams go through libavformat's demuxer: libvlc's own TS demuxer counts time
# from the first PCR, not the first frame (ffmpeg's TS: 0.74 s ahead of the picture, always), and
# lands its seeks by a PCR estimate; with libavformat the playhead is within 10 ms of the picture
# while playing (bench/sync.py --encodes mpeg2-ts-25i). See docs/playback.md.
TRANSPORT_STREAM = (".ts", ".m2ts", ".mts", ".m2t", ".trp", ".tp")

# libvlc event name -> our event kind
_EVENTS = {
    "MediaPlayerOpening": "opening",
    "MediaPlayerPlaying": "playing",
    "MediaPlayerPaused": "paused",
    "MediaPlayerStopped": "stopped",
    "MediaPlayerEndReached": "end",
    "MediaPlayerEncounteredError": "error",
    "MediaPlayerTimeChanged": "time",
    "MediaPlayerLengthChanged": "length",
}


class VlcPlayer(PlayerCallbacks):
    """The real player. Create it on the GUI thread with the window's Scheduler; pass
    `int(widget.winId())` of a native widget.

    Raises PlayerUnavailable when libvlc cannot start (call libvlc.probe() first to avoid it).
    """

    is_stand_in = False

    def __init__(
        self,
        scheduler: Scheduler,
        window_id: int | None = None,
        extra_args: tuple[str, ...] = (),
    ):
        super().__init__()
        self._scheduler = scheduler
        vlc, why = import_vlc()
        instance = None if vlc is None else new_instance(vlc, extra_args)
        if instance is None:
            raise PlayerUnavailable(f"{why or 'libvlc cannot start'}: {install_hint()}")
        self._vlc = vlc
        self._instance = instance
        self._mp: Any = instance.media_player_new()
        self._media: Any = None
        self._mp.video_set_mouse_input(False)  # clicks and keys go to Qt, not libvlc
        self._mp.video_set_key_input(False)
        self._clock = PlayheadClock()
        self._state = PlayerState.EMPTY
        self._want_playing = False
        self._pending_seek: int | None = None  # applied once a restarted input is open
        self._confirm_seek: int | None = None  # a paused seek to make again (see seek())
        self._deferred_seek: int | None = None  # libvlc's paused seek, after the exact picture
        self._resuming = False  # played from paused; libvlc has not reported where it plays
        self._plays = 0  # play() calls from paused: a check is for the play that asked it
        self._moved_since_pause = False  # a seek asked for since pause(): see _opened
        # Paused, libvlc would play on from the playhead with no seek: it paused from playing,
        # or its paused seek to the playhead has been asked twice (see play()).
        self._in_place = False
        # ... but not while its log has not said it made that seek (see _seek_libvlc_paused).
        self._seek_unmade = False
        self._plain_resume = False  # the last play() resumed libvlc without a seek
        self._prerolled_resume = False  # ... from where a pre-roll paused it
        # Played from paused with libvlc not in place: the play whose start waits, libvlc
        # paused and the playhead still under the exact picture, until libvlc has drawn the
        # playhead's frame (see _play_when_drawn).
        self._waiting: int | None = None
        # Played on in a transport stream: the playhead libvlc plays up to under the exact
        # picture, the clock still, before it shows its own picture (see play()).
        self._lead_in: int | None = None
        self._muted, self._volume = False, 100
        self._fps = DEFAULT_FPS
        self._path: str | None = None
        self._blocks_without_duration = False  # Matroska/WebM: see _frame_shown_for
        self._transport_stream = False  # played on with a lead-in: see _play_with_lead_in
        self._lead_in_due: int | None = None  # the play whose lead-in end is scheduled
        # Paused after a move in a transport stream: the playhead libvlc is playing up to,
        # muted under the exact picture, to pause there (see _start_preroll), and when it
        # should get there (monotonic); the playhead it was paused at by its last pre-roll.
        self._preroll: int | None = None
        self._preroll_due_at = 0.0
        self._preroll_from = 0  # ... from this time, asked at this moment (monotonic)
        self._preroll_asked_at = 0.0
        self._preroll_timed = ""  # its arrival was timed from libvlc's "playing" or "report"
        self._prerolls = 0  # pre-rolls begun or ended: a scheduled pause is for its own
        self._prerolled: int | None = None
        self._silenced = False  # libvlc muted by a lead-in or a pre-roll, not by the editor
        self._audio_track = 0  # which audio track libvlc plays (set_audio_track)
        # The file's frame table (reviewer.player.packets), read on a thread after load, and the
        # exact pictures decoded from it while paused (reviewer.player.exact_frame).
        self._table: FrameTable | None = None
        self._table_loader: FrameTableLoader | None = None
        self._exact: ExactFrames | None = None
        self._exact_request = 0  # the request whose picture may be shown
        self._showing_picture = False  # on_picture was last given a Picture, not None
        self._picture: Picture | None = None  # ... that Picture
        self._hold_picture = False  # playing, the exact picture kept until libvlc's first report
        self._hold_past_reports = False  # ... or for HOLD_IN_PLACE_FRAMES, reports or not
        self._hold_for_report = 0.0  # ... and past it until libvlc reports, up to then (monotonic)
        self._libvlc_drawn_at = -1.0  # ... and when it should have drawn it (see _libvlc_asked)
        self._libvlc_asked_at = 0.0  # when libvlc was last asked for a paused seek (monotonic)
        self._seek_buffered = False  # ... and its log said since that the seek was made
        self._seek_ended = False  # ... and then that its pre-roll ended (its frame is drawn)
        self._end_first = False  # ... or an end came before its buffering line (an older seek's)
        # ... and whether a play waits for that end (see _drawn_due): asked with libvlc's
        # pause settled, in a file whose seeks log one.
        self._end_awaited = False
        # libvlc's own pause: its Paused event came, and it has not been unpaused since (see
        # _unpause). A seek asked before that logs no pre-roll end while libvlc is paused.
        self._pause_settled = False
        self._unpaused_at = 0.0  # when libvlc was last unpaused (monotonic)
        self.exact_problem = ""  # why the exact picture is not available, for the log
        # Kept paused at a time to play from at once, drawing unseen (reviewer.ui.replay_cue):
        # libvlc's paused seek is made at once, beside the exact picture's decoding, and not a
        # third time (see _seek_last): the player is ready sooner; nobody looks meanwhile.
        self.cueing = False
        self.asked_at = 0.0  # when play(), pause() or seek() was last called (monotonic)
        self._offered: Picture | None = None  # seek()'s picture, for _seek_paused
        self._version = vlc.libvlc_get_version().decode(errors="replace").split(" ")[0]
        self._attached: list[Any] = []
        manager = self._mp.event_manager()
        for name, kind in _EVENTS.items():
            event_type = getattr(vlc.EventType, name)
            manager.event_attach(event_type, self._from_libvlc, kind)
            self._attached.append(event_type)
        self._log = follow(vlc, instance, (SEEK_BUFFERED, PREROLL_END), self._from_log)
        if window_id is not None:
            self.set_window(window_id)

    # -- libvlc's threads --------------------------------------------------------------------

    def _from_libvlc(self, event: Any, kind: str) -> None:
        """On a libvlc thread: read the event's value, stamp it, hand it to the GUI thread."""
        at = time.monotonic()
        value = 0.0
        if kind == "time":
            value = float(event.u.new_time)
        elif kind == "length":
            value = float(event.u.new_length)
        self._scheduler.call_soon_threadsafe(partial(self._on_event, kind, value, at))

    def _from_log(self, line: str, at: float) -> None:
        """On our log reader's thread (reviewer.player.vlc_log): hand the line on."""
        self._scheduler.call_soon_threadsafe(partial(self._on_log, line, at))

    # -- the GUI thread ----------------------------------------------------------------------

    def _on_event(self, kind: str, value: float, at: float) -> None:
        if self._mp is None:
            return  # closed: a late event still in Qt's queue
        if kind == "time":
            if self._waiting is not None:
                return  # libvlc paused for a play that waits: the playhead is still
            if self._preroll is not None:
                self._preroll_report(value, at)
                return
            if self._lead_in is not None:
                self._lead_in_report(value, at)
                return
            if self._hold_picture and not self._hold_past_reports:
                self._release_picture(self._plays)  # libvlc plays: its own picture is new
            if self._resuming and self._resumed_elsewhere(value, at):
                return  # asked again: this report is not where the playhead is
            if self._clock.report(value, at):
                self._resuming = False
        elif kind == "length":
            self._set_length(int(value))
        elif kind == "opening":
            self._set_state(PlayerState.OPENING)
        elif kind in ("playing", "paused"):
            if self._audio_track:  # its streams are known now; the first: libvlc's own choice
                self._hear_audio_track()
            self._pause_settled = kind == "paused" and at >= self._unpaused_at
            self._opened(playing=kind == "playing", at=at)
        elif kind == "end":
            self._want_playing = False
            self._clock.pause(at)
            self._clock.seek(self._clock.duration)
            self._set_state(PlayerState.ENDED)
            # libvlc closes its picture with the input: what its window then shows is not the
            # last frame (black, when it had not drawn since a move a frame before the end).
            self._hold_picture = self._hold_past_reports = False  # a play's hold is over
            self._request_picture(int(self._clock.position()))
            self.on_end()
        elif kind == "error":
            self._want_playing = False
            self._clock.pause(at)
            self._set_state(PlayerState.ERROR)
            self.on_error(f"{self._path}: libvlc cannot play this file")

    def _on_log(self, line: str, at: float) -> None:
        """libvlc logged, read at ``at``: a seek made (SEEK_BUFFERED), or its frame handed to
        the video output (PREROLL_END). A pre-roll's end that follows a seek made since the last
        paused seek was asked is that seek's: its picture is drawn (LIBVLC_DRAW_AFTER_LOG_MS
        on), sooner than the guess, and a play waiting for it starts (see _start_when_drawn).
        An end read before that seek was made is an earlier seek's (flushed by the last); none
        counts after a seek asked playing (a pre-roll: see _libvlc_asked)."""
        if self._mp is None or at < self._libvlc_asked_at:
            return
        if line.startswith(SEEK_BUFFERED):
            self._seek_buffered = True
            self._seek_unmade = False
            if self._end_first:
                self._end_awaited = False  # its end may be the one read: go by the guess
        elif not self._seek_buffered:
            self._end_first = True
        else:
            self._seek_buffered, self._seek_ended = False, True
            if self._end_awaited:
                self._libvlc_drawn_at = at + LIBVLC_IDLE_AFTER_LOG_MS / 1000
            else:
                drawn_at = at + LIBVLC_DRAW_AFTER_LOG_MS / 1000
                self._libvlc_drawn_at = min(self._libvlc_drawn_at, drawn_at)
            if self._waiting is not None:
                self._start_when_drawn(self._waiting)

    def _check_resume(self, play: int) -> None:
        """A moment after play from paused, should libvlc not have reported yet: ask where it
        plays (when a seek is still the playhead's truth, see _resumed_elsewhere)."""
        if play != self._plays:
            return  # paused and played again since: that play has its own check
        if self._resuming and self._mp is not None and self._state is PlayerState.PLAYING:
            self._resumed_elsewhere(float(self._mp.get_time()), time.monotonic())

    def _resumed_elsewhere(self, reported: float, at: float) -> bool:
        """Played from paused after a seek, libvlc reports a time well ahead of where that
        seek asked: it resumed from frames it decoded ahead. Ask once more (the picture comes
        back in step a moment later) and return True; the playhead stays where it was."""
        if self._state is not PlayerState.PLAYING:
            return False  # paused since: a seek now would move libvlc without drawing
        expected = self._clock.expected(at)
        if expected is None:
            return False
        if self._prerolled_resume and PREROLL_BEHIND_MS < expected - reported <= RESUME_BEHIND_MS:
            self._catch_up(reported, at)
            return True
        behind = self._plain_resume and expected - reported > RESUME_BEHIND_MS
        if reported - expected <= RESUME_AHEAD_MS and not behind:
            return False
        self._resuming = False
        self._mp.set_time(int(self._clock.position()))
        return True

    def _catch_up(self, reported: float, at: float) -> None:
        """Played on from a pre-roll, libvlc reports ``reported`` at ``at``, short of the
        playhead: the pre-roll paused early. Its timing came from libvlc's Playing event, which
        can come before libvlc has made the pre-roll's seek (a move during a pre-roll: the
        Playing event of the first came after the second was asked, and the pause came 150 ms
        early). The playhead stops where it is, under the exact picture, and moves on when
        libvlc gets there (a lead-in, see _lead_in_report), rather than snapping back."""
        self._resuming = False
        self._clock.pause()
        here = int(self._clock.position())
        self._lead_in, self._lead_in_due = here, None
        self._hold_picture = False  # held until the lead-in ends (see _end_lead_in)
        if not self._showing_picture:
            self._request_picture(here)
        self._lead_in_report(reported, at)

    def _opened(self, playing: bool, at: float) -> None:
        """A Playing/Paused event: finish opening, and hold libvlc to what was last asked."""
        libvlc_paused = not playing
        opening = self._state in (PlayerState.EMPTY, PlayerState.OPENING, PlayerState.ENDED)
        if self._waiting is not None and not opening:
            return  # paused on purpose until it has drawn the playhead's frame (see play())
        if self._preroll is not None and not opening:
            # libvlc plays its pre-roll (the pause the editor asked for comes at its end).
            if playing:
                self._preroll_playing(at)
            return
        if opening:
            self._input_ready()
        if self._pending_seek is not None:
            target, self._pending_seek = self._pending_seek, None
            self._mp.set_time(target)
        if playing != self._want_playing:
            # libvlc is behind the request (or coalesced it): ask again, keep the state asked.
            if self._want_playing:
                self._unpause()
            else:
                self._mp.set_pause(1)
            playing = self._want_playing
        if playing:
            if self._lead_in is None:  # leading in, the playhead waits for libvlc
                self._clock.play(at)
        else:
            # No get_time() here: paused, it still returns the last coarse report.
            self._clock.pause(at)
            if libvlc_paused and (opening or self._moved_since_pause):
                # Seeks asked for while libvlc was still pausing may not have drawn (nor the
                # first frame of a file): now that it is paused, show the frame at the
                # playhead (the clock is the truth). Not after a plain pause: libvlc holds the
                # frame it stopped on, within a frame of the playhead, and a seek there could
                # land half a second later (the requests made again) and move the picture
                # back a frame while paused.
                self._moved_since_pause = False
                self._seek_paused(int(self._clock.position()))
        self._set_state(PlayerState.PLAYING if playing else PlayerState.PAUSED)

    def _input_ready(self) -> None:
        self._silenced = False
        self._mp.audio_set_mute(self._muted)  # libvlc forgets these without an audio output
        self._mp.audio_set_volume(self._volume)
        self._mp.set_rate(self._clock.rate)
        fps = self._mp.get_fps() or 0.0
        self._fps = fps if 1.0 <= fps <= 300.0 else DEFAULT_FPS
        length = self._mp.get_length()
        if length > 0:
            self._set_length(length)

    def _set_length(self, ms: int) -> None:
        if ms > 0 and ms != self._clock.duration:
            self._clock.set_duration(ms)
            self.on_length(ms)

    def _set_state(self, state: PlayerState) -> None:
        if state is not PlayerState.PLAYING:
            self._cancel_lead_in()
            self._waiting = None
        if state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._preroll = self._prerolled = None  # the input ended, or was closed
        held = self._lead_in is not None or self._hold_picture or self._waiting is not None
        if state is PlayerState.PLAYING and held:
            pass  # the exact picture stays up until libvlc reaches it (see play())
        elif state is not PlayerState.PAUSED:
            self._drop_picture()
        if state is not self._state:
            self._state = state
            self.on_state(state)

    # -- the exact picture -------------------------------------------------------------------

    def _table_read(self, path: str, table: FrameTable | None, message: str) -> None:
        """On the GUI thread: the frame table of `path` is read (or could not be)."""
        if self._mp is None or path != self._path:
            return  # closed, or another file loaded since
        self._table_loader = None
        self._table = table
        self.exact_problem = message
        if table is None:
            return  # no video (a radio piece), or PyAV cannot read it: libvlc's picture stays
        # Paused, libvlc 3's picture is not always the frame the playhead reads: with B-frames
        # up to 3 frames early, in a transport stream or MXF near it, after a pause up to 3
        # frames ahead (decoded ahead while playing), at a frame's very start the frame before.
        # So every paused picture of a video is drawn from the frame table (docs/playback.md).
        self._exact = ExactFrames(table, self._picture_decoded)
        if self._state is PlayerState.PAUSED:
            self._request_picture(int(self._clock.position()))

    def _picture_decoded(self, picture: Picture) -> None:
        """On the decoding thread: hand the picture to the GUI thread."""
        self._scheduler.call_soon_threadsafe(partial(self._picture_ready, picture))

    def _picture_ready(self, picture: Picture) -> None:
        stale = picture.request != self._exact_request or self._exact is None
        leading_in = self._lead_in is not None
        paused = self._waiting is not None or (
            not self._want_playing and self._state in (PlayerState.PAUSED, PlayerState.ENDED)
        )
        held = self._hold_picture and self._state is PlayerState.PLAYING  # _follow_playhead
        if stale or self._mp is None or not (paused or leading_in or held):
            return
        self._showing_picture = True
        self._picture = picture
        self.on_picture(picture)
        self._libvlc_seek()

    def _request_picture(self, ms: int) -> None:
        if self._exact is not None:
            self._exact_request = self._exact.request(ms)

    def _drop_picture(self) -> None:
        """No exact picture: cancel the one asked for, and hide the one shown."""
        if self._exact is not None:
            self._exact.cancel()
        self._exact_request = -1
        self._picture = None
        if self._showing_picture:
            self._showing_picture = False
            self.on_picture(None)

    def _close_exact(self) -> None:
        if self._table_loader is not None:
            self._table_loader.cancel()
            self._table_loader = None
        self._drop_picture()
        exact, self._exact = self._exact, None
        if exact is not None:
            exact.close()
        self._table = None

    @property
    def frame_table(self) -> FrameTable | None:
        """The loaded file's frame table, once read (None before, or without video)."""
        return self._table

    @property
    def exact_pictures(self) -> bool:
        """True when paused pictures are drawn from the frame table (see _table_read)."""
        return self._exact is not None

    @property
    def frame_table_pending(self) -> bool:
        """True while the loaded file's frame table is being read."""
        return self._table_loader is not None

    @property
    def picture(self) -> Picture | None:
        """The exact picture last given to on_picture, while it is up (else None)."""
        return self._picture if self._showing_picture else None

    def drop_picture(self) -> None:
        """Show no exact picture, and decode none (a player handed back to be cued)."""
        self._drop_picture()

    def trade_exact(self, other: VlcPlayer) -> None:
        """Swap exact-picture decoders with ``other`` (the same file's): the one that plays on
        keeps the decoder that was decoding where the editor worked (its frames kept, and a move
        further on in the same group of pictures goes on from there). Requests under way are
        dropped; the pictures shown stay."""
        if self._exact is None or other._exact is None or self._table is not other._table:
            return
        self._exact.cancel()
        other._exact.cancel()
        self._exact, other._exact = other._exact, self._exact
        self._exact.learn_cost(other._exact)  # the same file on the same machine
        other._exact.learn_cost(self._exact)
        self._exact.deliver = self._picture_decoded
        other._exact.deliver = other._picture_decoded
        self._exact_request = other._exact_request = -1

    def prefetch(self, ms: int) -> bool:
        """Decode the exact picture at ``ms`` ahead of a move there, while paused (see
        ExactFrames.prefetch; the caller asks when the machine is quiet, reviewer.ui.playback).
        True when it is decoded and kept already."""
        if self._exact is None or self._state is not PlayerState.PAUSED or self._want_playing:
            return False
        if self._exact.prefetched(ms):
            return True
        self._exact.prefetch(ms)
        return False

    def show_exact(self) -> None:
        """Paused, show the exact picture at the playhead (a cued player taken paused: it
        was handed no picture, and libvlc's own can be frames off)."""
        if self._exact is not None and self._state is PlayerState.PAUSED:
            self._request_picture(int(self._clock.position()))

    def decoded_ahead(self, ms: int) -> bool:
        """True when the exact picture at ``ms`` is decoded and kept (tests, the benchmark)."""
        return self._exact is not None and self._exact.prefetched(ms)

    @property
    def cued_at(self) -> int | None:
        """The playhead, when play() would start from it at once: paused in place, libvlc's
        paused seek drawn, and (where paused pictures are exact) the exact picture up."""
        if not self.in_place or time.monotonic() < self._libvlc_drawn_at:
            return None
        return self.placed_at

    @property
    def placed_at(self) -> int | None:
        """The playhead, when play() starts from it with no new seek: paused in place and
        (where paused pictures are exact) the exact picture up. libvlc's paused seek may still
        be decoding: play() then waits for it under that picture (see _wait_in_place). In a
        transport stream, also while libvlc pre-rolls there, its arrival timed: play() then
        waits for the rest of the pre-roll (see _lead_in_from_preroll)."""
        if self._exact is not None and not self._showing_picture:
            return None
        timed = self._preroll_timed in ("playing", "report")
        if self.prerolling and timed and self._state is PlayerState.PAUSED:
            return self._preroll
        if not self.in_place:
            return None
        return int(self._clock.position())

    def can_place(self, ms: int) -> bool:
        """True unless a paused move to ``ms`` can never leave libvlc in place there (see
        placed_at): past the end less END_MARGIN_MS (a move stops short of the end), or in a
        transport stream within PREROLL_END_MARGIN_MS of it (no pre-roll is made there)."""
        duration = self._clock.duration
        margin = PREROLL_END_MARGIN_MS if self.moves_by_preroll else END_MARGIN_MS
        return not duration or ms <= duration - margin

    @property
    def moves_by_preroll(self) -> bool:
        """True when a paused move plays libvlc up to the playhead (a transport stream with
        exact pictures; see _start_preroll) rather than asking it to decode there."""
        return self._transport_stream and self._exact is not None

    @property
    def prerolling(self) -> bool:
        """True while libvlc plays, muted and hidden, up to the paused playhead of a transport
        stream (see _start_preroll)."""
        return self._preroll is not None and self._lead_in is None

    @property
    def in_place(self) -> bool:
        """True when, paused, libvlc would play on from the playhead without a seek: paused
        from playing, its paused seek made twice, or pre-rolled there (see play())."""
        return self._state is PlayerState.PAUSED and self._in_place and self._deferred_seek is None

    # -- the Player protocol -----------------------------------------------------------------

    @property
    def description(self) -> str:
        return f"libvlc {self._version}"

    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def path(self) -> str | None:
        return self._path

    def set_window(self, window_id: int) -> None:
        """Draw into the native window `window_id` (int(widget.winId()) of a native widget)."""
        if sys.platform.startswith("win"):
            self._mp.set_hwnd(window_id)
        elif sys.platform == "darwin":
            self._mp.set_nsobject(window_id)
        else:
            self._mp.set_xwindow(window_id)

    def load(self, path: str, table: FrameTable | None = None) -> None:
        """Open ``path``, paused at its first frame; ``table``, when given, is its frame table
        (read already for another player), else it is read on a thread."""
        self._path = str(path)
        self._blocks_without_duration = os.path.splitext(path)[1].lower() in MATROSKA
        self._transport_stream = os.path.splitext(path)[1].lower() in TRANSPORT_STREAM
        self._want_playing = False
        self._pending_seek = None
        self._resuming = False
        self._in_place = self._seek_unmade = False
        self._hold_picture = False
        self._lead_in = None
        self._preroll = self._prerolled = None
        self._prerolls += 1
        self._clock.reset()
        self._close_exact()
        self._mp.stop()
        if self._media is not None:
            self._media.release()
            self._media = None
        if not os.path.isfile(path):
            self._set_state(PlayerState.ERROR)
            self.on_error(f"{path}: no such file")
            return
        self._media = self._instance.media_new_path(str(path))
        if os.path.splitext(path)[1].lower() in TRANSPORT_STREAM:
            self._media.add_option(":demux=avformat,any")
        # Not ":start-paused": with it libvlc 3 draws nothing until played. Play, and pause on
        # the first Playing event (a frame or two in; a set_time(0) there upsets later seeks).
        self._mp.set_media(self._media)
        self._set_state(PlayerState.OPENING)
        self._mp.play()
        loaded = self._path

        def table_read(table: FrameTable | None, message: str) -> None:  # the loader's thread
            self._scheduler.call_soon_threadsafe(partial(self._table_read, loaded, table, message))

        if table is not None:
            self._scheduler.call_soon_threadsafe(partial(self._table_read, loaded, table, ""))
        else:
            self._table_loader = FrameTableLoader(loaded, table_read)

    def play(self) -> None:
        if self._media is None:
            return
        self.asked_at = time.monotonic()
        self._want_playing = True
        if self._state is PlayerState.ENDED:
            self._restart(0)
        elif self._state is PlayerState.PAUSED:
            unmade = self._deferred_seek is not None or self._seek_unmade
            undrawn = unmade or time.monotonic() < self._drawn_due()
            in_place = self._in_place and not unmade
            prerolled = in_place and self._prerolled is not None
            self._confirm_seek = self._deferred_seek = None
            self._in_place = self._seek_unmade = False
            self._hold_for_report = 0.0
            self._prerolled = None
            self._plays += 1
            if self._preroll is not None:
                self._lead_in_from_preroll()  # libvlc is on its way to the playhead
                return
            if not in_place and (self._play_with_lead_in() or self._play_when_drawn()):
                return
            if in_place and undrawn and not prerolled and self._wait_in_place():
                return
            self._unsilence()
            if in_place and self._showing_picture:
                # libvlc's own paused picture can be frames off (see _table_read) until it
                # draws its first new frame, 10-40 ms after unpausing (its first time report
                # comes before that and says nothing of it): the exact picture stays over it
                # for a frame, in step with the playhead that long (after a pre-roll,
                # HOLD_PREROLLED_FRAMES, the exact picture moving on with the playhead);
                # should libvlc still be decoding its paused seek (undrawn),
                # HOLD_PICTURE_MAX_MS, moving on likewise.
                self._hold_picture = self._hold_past_reports = True
                frames = HOLD_PREROLLED_FRAMES if prerolled else HOLD_IN_PLACE_FRAMES
                hold = HOLD_PICTURE_MAX_MS if undrawn else frames * 1000 / self._fps
                if prerolled or undrawn:
                    self._follow_playhead(self._plays)
                self._scheduler.call_later(round(hold), partial(self._release_picture, self._plays))
            elif undrawn and self._showing_picture:
                # libvlc, asked for the time now, draws it within WAIT_FOR_DRAW_MS (else
                # _play_when_drawn waits for it): the exact picture stays up that long, moving
                # on with the playhead (a busy machine's guess reaches HOLD_PICTURE_MAX_MS, four
                # frames at 25 fps: held still, it fell four behind); and on until libvlc's
                # first report of playing, HOLD_FOR_REPORT_MAX_MS at most: on a loaded machine
                # libvlc drew its first picture 0.2-0.35 s after such a play, its window
                # showing the frame from before the move meanwhile (docs/playback.md).
                self._hold_picture = self._hold_past_reports = True
                self._hold_for_report = time.monotonic() + HOLD_FOR_REPORT_MAX_MS / 1000
                hold = min(HOLD_PICTURE_MAX_MS, self._draw_guess_ms(int(self._clock.position())))
                self._follow_playhead(self._plays)
                self._scheduler.call_later(round(hold), partial(self._release_picture, self._plays))
            else:
                self._drop_picture()
            # libvlc, paused where the playhead is (it paused there, or its paused seek there
            # was made and made again), plays on from that frame within 10-40 ms of unpausing,
            # on every encode (a 1080p long-GOP file too: the seek's decoding from the keyframe
            # is done, or goes on, while paused). Asked for the time again instead, it decodes
            # from the keyframe once more before its first new frame: 0.2-0.45 s at 1080p
            # (docs/playback.md). So the time is set only when libvlc has not been asked for
            # the playhead yet. Should it resume elsewhere all the same (a seek swallowed), its
            # first report, or get_time() RESUME_CHECK_MS on, gets the time asked again
            # (see _resumed_elsewhere).
            if not in_place:
                self._mp.set_time(int(self._clock.position()))
            self._plain_resume = in_place
            self._prerolled_resume = prerolled
            self._unpause()
            # Optimistic, like pause(): libvlc may coalesce requests and send no event.
            self._clock.play()
            self._resuming = True
            self._scheduler.call_later(RESUME_CHECK_MS, partial(self._check_resume, self._plays))
            self._set_state(PlayerState.PLAYING)

    def _follow_playhead(self, play: int) -> None:
        """While play ``play`` holds the exact picture, show the next frame when the playhead
        reaches it (the exact decoder goes on from the frame shown, a few ms: at 25 fps a
        picture held two frames would be two frames behind the playhead at its end)."""
        table = self._table
        if play != self._plays or not self._hold_picture or table is None:
            return
        ms = int(self._clock.position())
        index = table.frame_at(ms)
        if index + 1 < len(table):
            rest = (table.start_ms(index + 1) - ms) / self._clock.rate
            self._scheduler.call_later(max(0, math.ceil(rest)) + 1, partial(self._held_frame, play))

    def _held_frame(self, play: int) -> None:
        """The playhead of play ``play`` reached a new frame under the held picture: show it."""
        if play == self._plays and self._hold_picture and self._state is PlayerState.PLAYING:
            self._request_picture(int(self._clock.position()))
            self._follow_playhead(play)

    def _play_when_drawn(self) -> bool:
        """Play from the playhead once libvlc, paused, has drawn its frame; True when begun.

        Asked for a time and unpaused at once, libvlc decodes from the keyframe before it
        playing no frame (up to 0.45 s at 1080p on a 10-s GOP) while a running playhead left it
        behind: Ctrl+R from half a second on showed frames behind the playhead in 12 plays of 12
        (docs/playback.md). So the playhead stays still under the exact picture, libvlc makes its
        paused seek there, and when it should have drawn it (_libvlc_asked's guess) it is
        unpaused in place: the picture moves on from the frame asked, in step.
        """
        if self._exact is None or self._transport_stream:
            return False
        ms = int(self._clock.position())
        if self._draw_guess_ms(ms) < WAIT_FOR_DRAW_MS:
            return False  # libvlc draws it about as soon as the playhead moves: play at once
        self._waiting = self._plays
        self._set_state(PlayerState.PLAYING)
        if not self._showing_picture:
            self._request_picture(ms)
        # Once: should libvlc swallow it, its first report after unpausing says so and the
        # time is asked again (_resumed_elsewhere); waiting to make it twice cost 40-90 ms.
        ms = self._frame_shown_for(ms)
        self._libvlc_asked(ms)  # before: its log's lines are stamped when read
        # By the guess, not the logged end (see _drawn_due): a seek asked as Space is pressed
        # now and then logs its end only once unpaused, and the play waited the full
        # LIBVLC_DECODING_MAX_MS (Space straight after Down: 2 s, in one run of three).
        self._end_awaited = False
        self._mp.set_time(ms)
        self._start_when_drawn(self._plays)
        return True

    def _wait_in_place(self) -> bool:
        """Play from the playhead, in place (its paused seek made twice) but with libvlc still
        decoding it: wait under the exact picture until it should have drawn, then unpause
        (_start_when_drawn); True when waiting. Unpaused at once instead, libvlc would show no
        new frame until its decoding is done while the playhead ran on (and asked again, it
        would decode from the keyframe once more). A wait shorter than WAIT_FOR_DRAW_MS is
        not made: the exact picture is held over it instead (see play())."""
        if self._exact is None or self._transport_stream or not self._showing_picture:
            return False
        if (self._drawn_due() - time.monotonic()) * 1000 < WAIT_FOR_DRAW_MS:
            return False
        self._waiting = self._plays
        self._set_state(PlayerState.PLAYING)
        self._start_when_drawn(self._plays)
        return True

    def _start_when_drawn(self, play: int) -> None:
        """Unpause libvlc in place for play ``play`` once its paused seek is made twice and
        drawn (see _play_when_drawn); else look again then."""
        if play != self._waiting or self._mp is None:
            return
        now = time.monotonic()
        if self._deferred_seek is not None:  # moved while waiting: its seek is not made yet
            self._scheduler.call_later(CONFIRM_SEEK_MS, partial(self._start_when_drawn, play))
            return
        due = self._drawn_due()  # sooner, or later, when libvlc's log says (see _on_log)
        if now < due:
            wait = math.ceil((due - now) * 1000)
            self._scheduler.call_later(wait, partial(self._start_when_drawn, play))
            return
        self._waiting = None
        if self._showing_picture:
            self._hold_picture = self._hold_past_reports = True
            hold = round(HOLD_IN_PLACE_FRAMES * 1000 / self._fps)
            self._scheduler.call_later(hold, partial(self._release_picture, play))
        self._in_place = False
        self._plain_resume = True
        self._prerolled_resume = False
        self._unpause()
        self._clock.play()
        self._resuming = True
        self._scheduler.call_later(RESUME_CHECK_MS, partial(self._check_resume, play))

    def _unpause(self) -> None:
        """Unpause libvlc (its pause is unsettled until its next Paused event)."""
        self._pause_settled = False
        self._unpaused_at = time.monotonic()
        self._mp.set_pause(0)

    def _libvlc_paused(self) -> bool:
        """True while libvlc is meant to be paused: the player paused, or a play waiting."""
        return self._state is PlayerState.PAUSED or self._waiting is not None

    def _play_with_lead_in(self) -> bool:
        """Play on in a transport stream from the frame the playhead reads; True when begun.

        libavformat's TS seek lands on the packet nearest the time asked, after the keyframe
        before it, and libvlc's MPEG-2 decoder then waits for the next I-frame: played on from
        a move, libvlc showed the next keyframe's picture, up to a GOP ahead of the playhead
        (docs/playback.md; seeking again once playing lands there too). So libvlc is asked for
        a moment before that keyframe and plays from there under the exact picture, muted and
        hidden, while the playhead stays still; when its clock reaches the playhead
        (its reports say when), the playhead moves on and libvlc's own picture shows: the same
        frame. The editor waits the keyframe's distance (a GOP at most) before the picture moves.
        """
        target = int(self._clock.position())
        ask = self._lead_in_start(target)
        if ask is None:
            return False
        self._lead_in = target
        self._resuming = False
        self._silence()  # the lead-in is not heard
        if not self._showing_picture:
            self._request_picture(target)  # shown when decoded, over libvlc's lead-in
        self._mp.set_time(ask)
        self._unpause()
        self._set_state(PlayerState.PLAYING)
        plays = self._plays
        wait_ms = (target - ask) / self._clock.rate + LEAD_IN_SPARE_MS
        self._scheduler.call_later(int(wait_ms), partial(self._end_lead_in, plays))
        self._scheduler.call_later(RESUME_CHECK_MS, partial(self._check_lead_in, plays))
        return True

    def _lead_in_start(self, target: int) -> int | None:
        """In a transport stream with a frame table, return the time to ask libvlc for to play
        into ``target`` from the keyframe before it (see _play_with_lead_in); else None."""
        table = self._table
        if table is None or self._exact is None or not self._transport_stream:
            return None
        index = table.frame_at(target)
        keyframe_ms = table.start_ms(table.keyframe_before(index))
        frame_ms = 1000.0 / self._fps
        ask = max(0, math.floor(keyframe_ms - LEAD_IN_FRAMES * frame_ms))
        if target - ask <= frame_ms:
            return None  # at the file's start: nothing to lead in from
        return ask

    def _start_preroll(self, target: int) -> bool:
        """Paused after a move in a transport stream: put libvlc in place for the next play.

        Played on from a paused seek, libvlc would wait for the next I-frame (see
        _play_with_lead_in). So once the exact picture is up, libvlc plays from before the
        keyframe, muted and hidden under it, and is paused when it reaches the playhead: then
        it is in place, and play() resumes it plainly (its first new frame 10-40 ms on), as
        after a pause from playing. Its arrival is timed from its Playing event (its clock runs
        from the time asked from then on; it can come 0.2 s after the request while libvlc
        finishes an earlier seek), and from its first time report (it reads the time asked
        plus the time since, within 10 ms). A play before it gets there takes it as its lead-in
        (the exact picture and the playhead stay until then); a move, a pause during that
        lead-in or a rate change pre-roll again. True when begun.
        """
        if self._want_playing or self._state is not PlayerState.PAUSED:
            return False
        if not self._showing_picture:
            return False  # libvlc's picture would show: nothing is over it
        duration = self._clock.duration
        if duration and target > duration - PREROLL_END_MARGIN_MS:
            return False  # paused late, libvlc could play into the end of the file
        ask = self._lead_in_start(target)
        if ask is None:
            return False
        if self.cueing:
            ask = max(0, ask - CUED_PREROLL_LEAD_MS)  # a report on the way: see the constant
        self._prerolls += 1
        self._preroll = target
        self._preroll_from = ask
        self._prerolled = None
        self._preroll_timed = ""
        self._in_place = False
        self._confirm_seek = None  # the pre-roll is libvlc's move
        self._moved_since_pause = False
        self._silence()
        self._mp.set_time(ask)
        self._unpause()
        self._libvlc_asked(target, paused=False)
        self._preroll_asked_at = time.monotonic()
        # Until libvlc says it plays: should it never say, give up that long after.
        self._preroll_due_at = self._preroll_asked_at + (target - ask) / self._clock.rate / 1000
        give_up = (target - ask) / self._clock.rate + LEAD_IN_SPARE_MS
        self._scheduler.call_later(round(give_up), partial(self._preroll_lost, self._prerolls))
        return True

    def _preroll_lost(self, preroll: int) -> None:
        """libvlc never said it plays its pre-roll: pause it (not in place: play() leads in
        again), or end the lead-in it became."""
        if preroll == self._prerolls and self._preroll is not None and not self._preroll_timed:
            self._preroll_timed = "lost"
            self._time_preroll(time.monotonic(), self._preroll)

    def _time_preroll(self, at: float, media_ms: float) -> None:
        """libvlc plays ``media_ms`` at ``at``: schedule its arrival at the pre-roll's target."""
        if self._preroll is None:
            return
        self._preroll_due_at = at + (self._preroll - media_ms) / self._clock.rate / 1000
        delay = max(0, round((self._preroll_due_at - time.monotonic()) * 1000))
        due = partial(self._preroll_reached, self._prerolls, self._preroll_due_at)
        self._scheduler.call_later(delay, due)

    def _preroll_playing(self, at: float) -> None:
        """libvlc's Playing event during a pre-roll: its clock starts at the time asked (not
        for a cued player: see CUED_PREROLL_LEAD_MS)."""
        if not self._preroll_timed and at >= self._preroll_asked_at and not self.cueing:
            self._preroll_timed = "playing"
            self._time_preroll(at, self._preroll_from)

    def _preroll_report(self, reported: float, at: float) -> None:
        """libvlc, pre-rolling, reports ``reported`` at ``at``: time its arrival from it (from
        each report: should libvlc stall on the way, the next one says so)."""
        target = self._preroll
        if target is None or self._preroll_timed == "lost" or reported <= 0:
            return
        if at < self._preroll_asked_at:
            return  # sent before the pre-roll's seek
        low, high = self._preroll_from - PREROLL_REPORT_SLACK_MS, target + LEAD_IN_SPARE_MS
        if self.cueing:
            low = self._preroll_from + CUED_MOVED_MS  # its seek's own echo says nothing
        if not low <= reported <= high:
            return  # not the pre-roll's time (an earlier seek's)
        self._preroll_timed = "report"
        self._time_preroll(at, reported)

    def _preroll_reached(self, preroll: int, due_at: float) -> None:
        """libvlc's pre-roll has reached the playhead: pause it there, in place; or, played
        since, end the lead-in it became."""
        if preroll != self._prerolls or self._preroll is None or due_at != self._preroll_due_at:
            return  # ended since, or timed again
        if self._mp is None:
            return
        target, self._preroll = self._preroll, None
        self._prerolls += 1
        if self._lead_in is not None:
            self._end_lead_in(self._plays)
            return
        self._mp.set_pause(1)  # still muted: unmuted at play()
        if self._preroll_timed != "lost":
            self._prerolled = target
            self._in_place, self._seek_unmade = True, False
            self._libvlc_drawn_at = time.monotonic()

    def _cancel_preroll(self) -> None:
        """A move, a pause, a rate change while pre-rolling: libvlc pauses where it is (still
        muted) unless the editor plays (a move during the lead-in it became plays on)."""
        self._prerolled = None
        if self._preroll is None:
            return
        self._preroll = None
        self._prerolls += 1
        self._in_place = False
        if self._mp is not None and not self._want_playing:
            self._mp.set_pause(1)

    def _lead_in_from_preroll(self) -> None:
        """Play pressed during a pre-roll: libvlc is already playing towards the playhead,
        muted under the exact picture; the pre-roll becomes the play's lead-in, ending when
        it reaches the playhead (see _preroll_reached)."""
        self._lead_in = self._preroll
        self._lead_in_due = self._plays  # timed by the pre-roll, not by _lead_in_report
        self._resuming = False
        self._set_state(PlayerState.PLAYING)

    def _silence(self) -> None:
        """Mute libvlc for a lead-in or a pre-roll (the editor's mute is kept aside)."""
        self._silenced = True
        self._mp.audio_set_mute(True)

    def _unsilence(self) -> None:
        if self._silenced and self._mp is not None:
            self._silenced = False
            self._mp.audio_set_mute(self._muted)

    def _check_lead_in(self, play: int) -> None:
        """Should libvlc not have reported since play: ask it where it plays."""
        if play == self._plays and self._lead_in is not None and self._mp is not None:
            self._lead_in_report(float(self._mp.get_time()), time.monotonic())

    def _lead_in_report(self, reported: float, at: float) -> None:
        """libvlc, playing under the exact picture, reports ``reported`` at ``at``: schedule
        the moment it reaches the playhead (the first report that says where it plays does)."""
        target = self._lead_in
        if target is None or self._lead_in_due is not None or reported <= 0:
            return
        if reported - target > RESUME_AHEAD_MS and self._mp is not None:
            # Resumed from frames decoded ahead while paused (see play()): ask again.
            self._mp.set_time(target)
            return
        remaining = (target - reported) / self._clock.rate
        if remaining <= 0:
            self._end_lead_in(self._plays)
            return
        due_ms = remaining - (time.monotonic() - at) * 1000.0
        self._lead_in_due = self._plays
        self._scheduler.call_later(max(0, int(due_ms)), partial(self._end_lead_in, self._plays))

    def _end_lead_in(self, play: int) -> None:
        """libvlc has reached the playhead: the playhead moves on, libvlc's picture shows."""
        if play != self._plays or self._lead_in is None or self._mp is None:
            return
        self._cancel_lead_in()
        if self._state is PlayerState.PLAYING:
            self._clock.play()
            self._drop_picture()

    def _cancel_lead_in(self, unmute: bool = True) -> None:
        """A pause or a move while leading in: the playhead is where the editor left it."""
        if self._lead_in is not None and unmute:
            self._unsilence()
        self._lead_in = self._lead_in_due = None

    def _release_picture(self, play: int) -> None:
        """End the hold of play number ``play`` on the exact picture (see play())."""
        if play == self._plays and self._hold_picture:
            playing = self._state is PlayerState.PLAYING
            if playing and self._resuming and time.monotonic() < self._hold_for_report:
                # libvlc has not reported playing yet: look again a frame on.
                frame = round(1000 / self._fps)
                self._scheduler.call_later(frame, partial(self._release_picture, play))
                return
            self._hold_picture = False
            if self._state is not PlayerState.PAUSED:
                self._drop_picture()

    def pause(self) -> None:
        self.asked_at = time.monotonic()
        # libvlc stops within a frame of the playhead, unless it was still leading in or had
        # not yet said where it plays after a seek.
        in_place = self._lead_in is None and not self._resuming
        waiting = self._waiting is not None
        if waiting:
            in_place = self._in_place  # its paused seek made twice, or not yet
        leading_in = self._lead_in is not None
        self._want_playing = False
        self._hold_picture = False
        self._resuming = False
        self._cancel_lead_in(unmute=False)  # muted until the next play: see below
        if self._state is PlayerState.PLAYING:
            self._cancel_preroll()  # played during a pre-roll: pre-rolled again below
        self._moved_since_pause = False
        if self._state is PlayerState.PLAYING:
            self._mp.set_pause(1)
            self._clock.pause()
            self._in_place = in_place
            if not waiting:
                self._seek_unmade = False  # libvlc played: it stops where it is
            self._set_state(PlayerState.PAUSED)
            if leading_in:
                # libvlc stopped short of the playhead: pre-roll it there again, under the
                # exact picture (see _start_preroll).
                self._seek_paused(int(self._clock.position()))
            else:
                # libvlc holds the frame it stopped on, within a frame of the playhead: where
                # its paused pictures are not exact, show the frame the playhead reads.
                self._request_picture(int(self._clock.position()))

    def toggle(self) -> None:
        if self._want_playing:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int, picture: Picture | None = None) -> None:
        """Move to ``ms``. ``picture``: its exact picture, decoded already (by another
        player); a cued player keeps it instead of decoding its own (see cueing)."""
        if self._media is None:
            return
        self.asked_at = time.monotonic()
        self._offered = picture if self.cueing else None
        self._resuming = False  # a new place: nothing left to check of the last play
        self._cancel_preroll()  # libvlc pauses; the move pre-rolls it again
        self._moved_since_pause = True
        self._in_place = False
        if self._hold_picture:
            self._hold_picture = False
            if self._state is PlayerState.PLAYING:
                self._drop_picture()
        if self._lead_in is not None:
            # Moved while leading in: play on from the new place (libvlc is playing).
            self._cancel_lead_in()
            if self._state is PlayerState.PLAYING:
                self._clock.play()
                self._drop_picture()
        duration = self._clock.duration
        ms = max(0, min(int(ms), duration - END_MARGIN_MS) if duration else int(ms))
        self._clock.seek(ms)
        if self._state is PlayerState.ENDED:
            self._restart(ms)
        elif self._state is PlayerState.OPENING:
            self._pending_seek = ms
        else:
            if self._libvlc_paused():
                self._seek_paused(ms)  # a play waiting starts when this seek is drawn
            else:
                self._mp.set_time(ms)

    def _frame_shown_for(self, ms: int) -> int:
        """Return the time to ask libvlc for so that, paused, it shows the frame holding ``ms``.

        libvlc prerolls (decodes, does not show) a block whose start + duration is before the
        time asked. Matroska/WebM blocks carry no duration, so a frame that starts before the
        time asked is prerolled and the next one shown: there, ask for the frame's start.
        """
        if not self._blocks_without_duration:
            return ms
        frame_ms = 1000.0 / self._fps
        return round(int(ms // frame_ms) * frame_ms)

    def _libvlc_seek(self) -> None:
        """Make the paused seek that waited for the exact picture (see _seek_paused)."""
        ms, self._deferred_seek = self._deferred_seek, None
        paused = self._mp is not None and self._libvlc_paused()
        if ms is not None and paused and not self._start_preroll(ms):
            self._seek_libvlc_paused(ms)

    def _seek_paused(self, ms: int) -> None:
        """Show the frame at ``ms`` while paused.

        A plain set_time: libvlc 3 decodes from the keyframe before ``ms`` and draws the first
        picture past its preroll, paused. Never next_frame() here: it ends that preroll (es_out
        forgets the seek's display time), so on a long-GOP file the picture and the next play
        start from the keyframe, up to 10 s early, while the playhead reads ``ms``. The first
        request after a pause is now and then swallowed, leaving the old picture; the same seek
        made again a moment later lands, and when the first one landed it redraws the same frame.
        """
        offered, self._offered = self._offered, None
        if self._exact is not None:
            # The exact picture first: libvlc's seek (under it; for the play that follows)
            # when the picture is shown, or LIBVLC_SEEK_AFTER_MS on. A cued player given the
            # picture decoded already keeps it (only libvlc decodes: half the work).
            if offered is not None and offered.ms == ms:
                self._drop_picture()
                self._picture, self._showing_picture = offered, True
            else:
                self._request_picture(ms)
            if self._transport_stream and self._start_preroll(ms):
                # A transport stream's pre-roll begins at once, under the picture shown (the
                # last one): MPEG-2 decodes cheaply, and Space soon after the move waits for
                # the rest of the pre-roll (docs/playback.md).
                self._deferred_seek = None
                return
            # A cued player makes its seek at once (nobody looks at it), except in a transport
            # stream: there libvlc is put in place by a pre-roll under the exact picture,
            # begun when that picture is up (a plain paused seek would play on from the next
            # I-frame).
            if not self.cueing or self._transport_stream:
                if self._deferred_seek is None:
                    self._scheduler.call_later(LIBVLC_SEEK_AFTER_MS, self._libvlc_seek)
                self._deferred_seek = ms
                return
        self._seek_libvlc_paused(ms)

    def _seek_libvlc_paused(self, ms: int) -> None:
        """Ask libvlc, paused, for ``ms``, and again CONFIRM_SEEK_MS on (see _seek_paused).

        Until libvlc's log says it made the seek (its buffering line, 5-20 ms on), a play does
        not take libvlc for in place and asks for the time itself: now and then both requests
        were swallowed (right after the window's muted start, under load), libvlc played from
        where it was, and the picture showed that until the check after play asked again."""
        ms = self._frame_shown_for(ms)
        self._libvlc_asked(ms)  # before: its log's lines are stamped when read
        self._seek_unmade = self._log is not None
        self._mp.set_time(ms)
        if self._confirm_seek is None:
            self._scheduler.call_later(CONFIRM_SEEK_MS, self._seek_again)
        self._confirm_seek = ms

    def _libvlc_asked(self, ms: int, paused: bool = True) -> None:
        """libvlc was asked for ``ms``: note when it should have drawn it, at the latest when
        asked paused (its log may say sooner: see _on_log). A pre-roll (``paused`` False) plays
        from before ``ms``: its log's pre-roll end is not ``ms`` drawn."""
        now = time.monotonic()
        self._libvlc_asked_at = now if paused else math.inf
        self._seek_buffered = self._seek_ended = self._end_first = False
        self._libvlc_drawn_at = now + self._draw_guess_ms(ms) / 1000
        table, onto_keyframe = self._table, False  # onto a keyframe: no pre-roll, no end logged
        if table is not None:
            index = table.frame_at(ms)
            onto_keyframe = table.keyframe_before(index) == index
        self._end_awaited = (
            paused
            and self._pause_settled
            and self._log is not None
            and not self._transport_stream
            and not onto_keyframe
        )

    def _drawn_due(self) -> float:
        """When a play may unpause libvlc after its last paused seek (monotonic): when that
        should be drawn by the guess (_libvlc_asked), sooner should its log say so (_on_log).

        Later while the log says the seek was made and its pre-roll has not ended, for a seek
        asked with libvlc's pause settled (_end_awaited; one asked just after a pause logs no
        end while paused): LIBVLC_IDLE_AFTER_LOG_MS after that end, or LIBVLC_DECODING_MAX_MS
        after the seek was asked should none be read. Unpaused meanwhile, libvlc now and then
        held a frame three early for 1-2 s while the playhead ran on, then dropped the frames
        behind it as late (bench/sync.py at 1080p: about one play or replay in 16 after
        distant moves, nearly all unpaused within 25 ms of the end). libvlc 3's source
        suggests why (docs/playback.md): the input's clock is shifted by the time paused at
        once, the video output's queued pictures only when its decoder thread gets to it, so
        a picture dated between the two is shifted twice."""
        if self._end_awaited and self._seek_buffered:
            return max(self._libvlc_drawn_at, self._libvlc_asked_at + LIBVLC_DECODING_MAX_MS / 1000)
        return self._libvlc_drawn_at

    def _draw_guess_ms(self, ms: int) -> float:
        """How long libvlc should take to draw ``ms`` after a seek (see LIBVLC_COST_FACTOR)."""
        table, exact = self._table, self._exact
        cost = None if exact is None else exact.frame_cost_ms
        if table is None or cost is None:
            return float(LIBVLC_DRAWN_MS)
        index = table.frame_at(ms)
        frames = index - table.keyframe_before(index) + 1
        return min(LIBVLC_DRAWN_MS, LIBVLC_SEEK_BASE_MS + LIBVLC_COST_FACTOR * cost * frames)

    def _seek_again(self) -> None:
        ms, self._confirm_seek = self._confirm_seek, None
        if ms is not None and self._mp is not None and self._libvlc_paused():
            self._libvlc_asked(ms)  # before: its log's lines are stamped when read
            self._mp.set_time(ms)
            # Not in a transport stream: played on from a paused seek, libvlc would show the
            # next I-frame (see _play_with_lead_in); only a pre-roll puts it in place there.
            here = ms == self._frame_shown_for(int(self._clock.position()))
            self._in_place = here and not self._transport_stream
            if not self.cueing:
                self._scheduler.call_later(LAST_SEEK_MS, lambda: self._seek_last(ms))

    def _seek_last(self, ms: int) -> None:
        """The same paused seek once more, unless the editor moved or played since: now and
        then libvlc swallowed both requests and the old picture stayed; when one landed, this
        redraws the same frame. Not while a play waits for that seek to be drawn (see
        _wait_in_place): asked again, libvlc would decode from the keyframe once more, and the
        wait went from 0.2 to 0.6 s (a play whose seek was swallowed after all is caught by
        _resumed_elsewhere).

        Nor once libvlc's log says the second request's frame is drawn; nor, while it says
        libvlc still decodes it, until it is or LIBVLC_DECODING_MAX_MS after it was asked:
        made 400 ms on at 1080p, the last request started that decoding over from the keyframe,
        and a Space soon after waited for the whole of it (bench/sync.py: 200-540 ms)."""
        still = self._mp is not None and self._state is PlayerState.PAUSED
        still = still and self._preroll is None and self._prerolled is None
        if not still or self._confirm_seek is not None or int(self._clock.position()) != ms:
            return
        if self._seek_ended:
            return  # its log says the second request's frame is drawn
        if self._seek_buffered:  # made and still decoding: wait for its end (see _on_log)
            due = self._libvlc_asked_at + LIBVLC_DECODING_MAX_MS / 1000
            if time.monotonic() < due:
                wait = min(LAST_SEEK_MS, math.ceil((due - time.monotonic()) * 1000))
                self._scheduler.call_later(wait, lambda: self._seek_last(ms))
                return
        self._libvlc_asked(ms)  # before: its log's lines are stamped when read
        self._mp.set_time(ms)

    def _restart(self, ms: int) -> None:
        """Reopen the input after the end (libvlc cannot seek an ended input)."""
        self._resuming = False
        self._in_place = False
        self._prerolled = None
        self._clock.seek(ms)
        self._pending_seek = ms
        self._mp.stop()
        self._set_state(PlayerState.OPENING)
        self._mp.play()

    def set_rate(self, rate: float) -> None:
        if self._mp is None:
            return
        rate = clamp_rate(rate)
        self._clock.set_rate(rate)
        preroll = self._preroll if self._preroll is not None else self._prerolled
        if preroll is not None and self._state is PlayerState.PAUSED:
            # Pre-rolled at the old speed (libvlc changes speed with a pause of its own, and
            # played on from a pause at another speed it ran at the old one for a while):
            # pre-roll again at the new one.
            self._cancel_preroll()
            self._mp.set_rate(rate)
            if not self._start_preroll(preroll):
                self._seek_libvlc_paused(preroll)
            return
        if self._preroll is not None:
            # Played during a pre-roll (its lead-in): timed again from libvlc's next report.
            self._preroll_timed = ""
            self._preroll_due_at = math.inf
            self._scheduler.call_later(
                LEAD_IN_SPARE_MS, partial(self._preroll_lost, self._prerolls)
            )
        self._mp.set_rate(rate)

    def rate(self) -> float:
        return self._clock.rate

    def position(self) -> int:
        return self._clock.position()

    def duration(self) -> int:
        return self._clock.duration

    def is_playing(self) -> bool:
        return self._want_playing

    def frame_step(self, frames: int = 1) -> None:
        if self._media is None or self._state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return
        self.pause()
        # A paused seek into that frame, not next_frame(): right after a paused seek it ends
        # libvlc's preroll (see _seek_paused), and it cannot go back.
        table = self._table
        if table is not None:
            # The file's own frame times: exact on NTSC and variable rates too. 1 ms past the
            # frame's start (at the start itself libvlc would show the frame before).
            index = table.frame_at(self._clock.position()) + frames
            index = max(0, min(len(table) - 1, index))
            self.seek(math.floor(table.start_ms(index)) + 1)
            return
        frame_ms = 1000.0 / self._fps
        current = int(self._clock.position() // frame_ms)
        self.seek(round(max(0, current + frames) * frame_ms) + 1)

    def set_muted(self, muted: bool) -> None:
        if self._mp is None:
            return
        self._muted = bool(muted)
        if not self._silenced:  # else set when the lead-in or pre-roll is over
            self._mp.audio_set_mute(self._muted)

    def is_muted(self) -> bool:
        return self._muted

    def audio_tracks(self) -> list[str]:
        if self._mp is None or self._media is None:
            return []
        described = self._mp.audio_get_track_description() or []
        return [_text(name) for track_id, name in described if track_id >= 0]

    def set_audio_track(self, track: int) -> None:
        track = max(0, int(track))
        changed, self._audio_track = track != self._audio_track, track
        if changed or track:  # the first, as it was: libvlc's own choice, not touched
            self._hear_audio_track()

    def _hear_audio_track(self) -> None:
        """Play the audio track chosen, once libvlc has found it (when it plays or pauses: the
        ":audio-track" option left a second track of an MP4 disabled). A track the file does
        not have: the first."""
        if self._mp is None or self._media is None:
            return
        ids = [track_id for track_id, _name in self._mp.audio_get_track_description() or []]
        ids = [track_id for track_id in ids if track_id >= 0]
        if not ids:
            return
        wanted = ids[self._audio_track] if self._audio_track < len(ids) else ids[0]
        if self._mp.audio_get_track() != wanted:
            self._mp.audio_set_track(wanted)

    @property
    def audio_track(self) -> int:
        """The audio track asked for (set_audio_track), for the cued players to follow."""
        return self._audio_track

    def set_volume(self, percent: int) -> None:
        if self._mp is None:
            return
        self._volume = max(0, min(100, int(percent)))
        self._mp.audio_set_volume(self._volume)

    def volume(self) -> int:
        return self._volume

    def set_lag(self, ms: float) -> None:
        """Set how far (ms) the frame on screen trails libvlc's reports (see bench/sync.py)."""
        self._clock.lag_ms = ms

    def close(self) -> None:
        """Stop, detach events, release the player, the media, the instance. Safe to repeat."""
        if self._mp is not None:
            self._close_exact()
        mp, self._mp = self._mp, None
        self._resuming = False
        self._waiting = None
        self._hold_picture = False
        self._preroll = self._prerolled = None
        self._prerolls += 1
        if mp is None:
            return
        mp.stop()
        manager = mp.event_manager()
        for event_type in self._attached:
            manager.event_detach(event_type)
        self._attached.clear()
        if self._log is not None:
            self._log.close()
            self._log = None
        mp.release()
        if self._media is not None:
            self._media.release()
            self._media = None
        self._instance.release()
        self._instance = None
        self._state = PlayerState.EMPTY


def _text(name: bytes | str) -> str:
    """Return a name libvlc gives (bytes in python-vlc 3) as text."""
    return name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
