"""Playback: the player behind the review window, its playhead timer, loop, replay and speed.

The window talks to one Playback for its whole life. The Player behind it changes: a VlcPlayer
drawing into the video pane once attach() is called, or a NullPlayer stand-in that keeps time
over the transcript when there is no libvlc, no video file, or a file libvlc cannot play. Every
player callback arrives on the GUI thread; only the active player's are listened to.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from reviewer.player import LibvlcStatus, NullPlayer, Player, PlayerState, probe, seek_copy
from reviewer.player.base import Picture, PlayerUnavailable
from reviewer.player.libvlc import drop_spare
from reviewer.ui.media_problems import (
    libvlc_problem,
    missing_file_problem,
    no_media_problem,
    platform_problem,
    unplayable_problem,
)
from reviewer.ui.replay_cue import ReplayCue
from reviewer.ui.scheduling import QtScheduler

if TYPE_CHECKING:
    from reviewer.player.vlc_player import VlcPlayer

TICK_MS = 20
RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
JUMP_MS = 2000  # Alt+Left / Alt+Right
MAX_MS = 2**62  # the furthest seek handed to a player (libvlc takes a signed 64-bit time)
# Qt platforms whose windows libvlc can draw into (on Wayland the app runs on xcb).
EMBEDDING_PLATFORMS = ("xcb", "windows", "cocoa")
# A playhead this far (ms) before a loop's start has left the loop (a jump back): bring it in.
# Smaller gaps are the clock settling after the wrap's own seek, and are left alone.
LOOP_ENTRY_SLACK_MS = 250
# libvlc 3 paused straight after opening often draws nothing, and so can its next paused seeks;
# paused after some playback it is reliable. So a new file plays muted for PRIME_MS after it
# starts, pauses, and PRIME_SETTLE_MS later seeks back to 0 (a seek at once after the pause can
# show a frame a second ahead). The window only sees "paused at 0" at the end.
PRIME_MS = 200
PRIME_SETTLE_MS = 150
# The exact picture of the next segment's start is decoded ahead (see prefetch) once the playing
# player has been left alone this long with its own move drawn, and the cued player has made
# its seek (or this long, whichever is first): beside them on two cores each took longer.
PREFETCH_QUIET_MS = 300
PREFETCH_CUE_WAIT_MS = 3000
PREFETCH_POLL_MS = 100
# A video whose keyframes are far apart gets a quick-seek copy (reviewer.player.seek_copy),
# looked into this long after it is loaded (its own opening first), and played from the first
# moment the editor has left the paused picture alone this long (the playhead kept).
COPY_AFTER_MS = 2000
COPY_SWITCH_QUIET_MS = 1000
COPY_POLL_MS = 250
# Across that switch the paused picture stays up until the file's own is decoded (up to this
# long: a move in the original's 10-s GOP at 1080p), not libvlc's first frame meanwhile.
SWITCH_HOLD_MAX_MS = 3000
# How a file's attempt ended when it is not looked into again this session.
_SETTLED = (seek_copy.Outcome.NOT_NEEDED, seek_copy.Outcome.NO_FFMPEG, seek_copy.Outcome.FAILED)

_P = TypeVar("_P", bound=Player)


def new_vlc_player(window_id: int, scheduler: QtScheduler) -> VlcPlayer:
    """Return libvlc's player drawing into ``window_id`` (raises PlayerUnavailable).

    Its module is imported here, with the video (after the window's first paint)."""
    from reviewer.player.vlc_player import VlcPlayer

    return VlcPlayer(scheduler, window_id)


class VideoLayer(QWidget):
    """A black native window filling the video surface, for one libvlc player to draw in.

    Two players, two layers: the one raised shows (see ReplayCue). libvlc makes its own window
    inside the one it is given, anew for each file; inside a layer, that window never comes
    over the other player's.
    """

    def __init__(self, surface: QWidget) -> None:
        super().__init__(surface)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setGeometry(surface.rect())
        surface.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None and watched is parent:
            self.setGeometry(parent.rect())
        return False


class Playback(QObject):
    """Owns the Player, the ~20 ms GUI-thread playhead timer, loop and replay, rate steps."""

    # ms as Python ints, not Qt's 32-bit int (which ends at 596 hours): any time a transcript
    # holds reaches the pane
    position_changed = Signal(object)  # ms: each tick while playing, once after seek/pause/load
    state_changed = Signal(object)  # reviewer.player.PlayerState
    rate_changed = Signal(float)
    duration_changed = Signal(object)  # ms, when the media's length becomes known
    media_problem = Signal(str)  # "" when the media plays; else what is missing and the fix
    # reviewer.player.base.Picture: the exact frame to show over libvlc's picture while paused
    # (files with B-frames, transport streams, MXF); None: libvlc's own picture is right.
    picture_changed = Signal(object)
    # The quick-seek copy (reviewer.player.seek_copy): how much of it is made (0-1); how an
    # attempt ended (seek_copy.Outcome, and FFmpeg's words or the folder); whether the copy
    # plays now (True once the player has switched to it, False back to the original).
    copy_progress = Signal(float)
    copy_outcome = Signal(object, str)
    copy_in_use = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._real: VlcPlayer | None = None  # made by attach(), kept for every later load
        # The second libvlc player, paused at the editor's segment for Ctrl+R and loops (made
        # by attach() with the first); the layer each player draws in.
        self._cue: ReplayCue | None = None
        # A third, paused at the start of the segment after the editor's: Down (and approving)
        # takes it, paused, and Space then plays at once (see _swap).
        self._next_cue: ReplayCue | None = None
        # A fourth, paused there too, cued after the other two: Ctrl+R's player for the
        # segment after the editor's, handed to Ctrl+R's cue by the move there (see cue()).
        self._next_replay: ReplayCue | None = None
        self._replaying = False  # Ctrl+R used: the fourth player is made and cued from then on
        # Which of the two goes first when both have a seek to decode (two cores do one at a
        # time well, two side by side each at half speed): the editor who played the segment
        # before the last move plays this one too, and replays it more often than moving on
        # before playing it: Ctrl+R's player first. Else the next segment's.
        self._played = False  # played since the last move
        self._replay_first = False  # played before the last move
        self._surface: QWidget | None = None
        self._layers: dict[VlcPlayer, VideoLayer] = {}
        self._scheduler: QtScheduler | None = None  # the real player's way to the GUI thread
        self._attached = False
        self._closed = False
        self._embed_problem = ""  # why attach() could not make a real player
        self._status: LibvlcStatus | None = None  # what prepare() found
        self._loaded = False
        self._path: str | None = None
        self._hint_ms = 0
        self._problem = ""
        self._needs_relink = False
        self._rate = 1.0
        self._muted, self._volume = False, 100
        self._audio_track = 0
        self._loop: tuple[int, int] | None = None
        self._stop_at: int | None = None  # play_segment's end
        self._pause_while_typing = False
        self._shown = -1  # the position last emitted
        self._priming = False
        self._prime_timer = QTimer(self)
        self._prime_timer.setSingleShot(True)
        self._prime_timer.timeout.connect(self._prime_step)
        self._ahead: int | None = None  # prefetch's time
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.timeout.connect(self._prefetch_step)
        self._copies = True  # quick-seek copies wanted (Playback > Quick-seek copies)
        self._copy_of: str | None = None  # the original whose copy libvlc plays now
        self._copy_maker: seek_copy.CopyMaker | None = None
        self._copy_serial = 0  # which maker's reports are listened to (the last one made)
        self._copy_told = -1  # the percentage last told
        # Files (by seek_copy.copy_path: their path, size and time) whose copy libvlc could not
        # play, this session; and those looked into that need no copy or cannot have one (no
        # FFmpeg; FFmpeg failed on it), not looked into again at each load.
        self._copy_failed: set[Path] = set()
        self._copy_settled: set[Path] = set()
        self._switch_at: int | None = None  # the playhead held across a switch to or from it
        self._measured: int | None = None  # the file's own length, told while its copy plays
        self._held = False  # the paused picture kept up across that switch
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.timeout.connect(self._hold_over)
        self._copy_timer = QTimer(self)
        self._copy_timer.setSingleShot(True)
        self._copy_timer.timeout.connect(self._consider_copy)
        self._copy_check = QTimer(self)  # a copy loaded: until its frame table is read
        self._copy_check.setInterval(COPY_POLL_MS)
        self._copy_check.timeout.connect(self._check_copy)
        self._switch_timer = QTimer(self)
        self._switch_timer.setInterval(COPY_POLL_MS)
        self._switch_timer.timeout.connect(self._switch_step)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._player: Player = self._wire(NullPlayer(no_media_problem()))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)  # libvlc must go before the widgets do

    # -- what plays ----------------------------------------------------------------------------

    @property
    def player(self) -> Player:
        return self._player

    @property
    def is_stand_in(self) -> bool:
        return self._player.is_stand_in

    @property
    def problem(self) -> str:
        """Return what stops the video from showing and how to fix it, or "" when it plays."""
        return self._problem

    @property
    def needs_relink(self) -> bool:
        """True when the problem is the video file itself (none, missing, unplayable)."""
        return self._needs_relink

    @property
    def attached(self) -> bool:
        return self._attached

    def prepare(self) -> None:
        """Find and start libvlc ahead of attach(), which then only makes the player (the window
        does the two in separate turns of the event loop). Does nothing where video cannot
        embed."""
        if self._closed or self._attached or self._status is not None:
            return
        if QGuiApplication.platformName() in EMBEDDING_PLATFORMS:
            self._status = probe()

    def attach(self, surface: QWidget) -> None:
        """Create the player drawing into `surface` (its native window). Later calls re-target."""
        if self._closed:
            return
        if self._attached:
            if surface is not self._surface:
                self._move_layers(surface)
            return
        self._attached = True
        platform = QGuiApplication.platformName()
        if platform not in EMBEDDING_PLATFORMS:
            self._embed_problem = platform_problem(platform)
        else:
            status, self._status = self._status or probe(), None
            if not status.ok:
                self._embed_problem = libvlc_problem(status.reason, status.install_hint)
            else:
                try:
                    self._scheduler = QtScheduler(self)
                    self._surface = surface
                    layer = VideoLayer(surface)
                    self._real = self._wire(new_vlc_player(int(layer.winId()), self._scheduler))
                    self._real.set_audio_track(self._audio_track)
                    self._layers[self._real] = layer
                    self._cue = self._new_cue(others_busy=self._next_first)
                    self._next_cue = self._new_cue(
                        for_next=True, others_busy=self._replay_cue_first
                    )
                    self._next_replay = self._new_cue(
                        for_next=True, others_busy=self._next_replay_waits, made_when_cued=True
                    )
                except PlayerUnavailable as exc:
                    self._embed_problem = libvlc_problem(str(exc), "")
        if self._loaded:
            # The stand-in kept time until now (the window attaches after its first paint):
            # the playhead stays where the editor put it, playing if it played.
            at, playing = self.position(), self.is_playing()
            self.load(self._path, self._hint_ms, self._measured)
            if at > 0:
                self.seek(at)
            if playing:
                self.play()

    # -- the second player (reviewer.ui.replay_cue) -----------------------------------------------

    def _new_cue(
        self, others_busy: Callable[[], bool], for_next: bool = False, made_when_cued: bool = False
    ) -> ReplayCue:
        cue = ReplayCue(
            self._new_cued_player,
            self._cue_active,
            self,
            for_next=for_next,
            others_busy=others_busy,
            made_when_cued=made_when_cued,
        )
        cue.set_rate(self._rate)
        return cue

    def _new_cued_player(self) -> VlcPlayer:
        assert self._surface is not None and self._scheduler is not None
        layer = VideoLayer(self._surface)
        layer.lower()  # under the playing player's layer
        layer.setVisible(self._player is self._real)
        player = new_vlc_player(int(layer.winId()), self._scheduler)
        self._layers[player] = layer
        return player

    def _cue_active(self) -> VlcPlayer | None:
        return self._real if self._player is self._real and not self._priming else None

    def _move_layers(self, surface: QWidget) -> None:
        """Attached again to another surface: each player draws into a new layer there."""
        self._surface = surface
        for player, old in list(self._layers.items()):
            layer = VideoLayer(surface)
            if player is not self._real:
                layer.lower()
            player.set_window(int(layer.winId()))
            self._layers[player] = layer
            old.deleteLater()

    def _show_layers(self, shown: bool) -> None:
        """Show the players' layers (hidden while a stand-in plays: the surface says why)."""
        for layer in self._layers.values():
            layer.setVisible(shown)

    def cue(self, ms: int | None) -> None:
        """Keep the second player ready to play from ``ms``, the start of the editor's current
        segment (None: no segment), for play_segment() and loops. When the next replay's
        player is placed there (the editor moved to the segment prefetched), Ctrl+R's cue
        takes it, and gives its own to the next replay's cue, to be cued at the next prefetch.
        Not while it is still on its way: taken so, Ctrl+R found libvlc still decoding in a
        hidden window, and once showed its old picture (two segments back) for 0.9 s."""
        cue, ahead = self._cue, self._next_replay
        if cue is None:
            return
        if (
            ms is not None
            and ahead is not None
            and cue.placed_at() != ms
            and ahead.placed_at() == ms
            and cue.trade(ahead)
        ):
            ahead.cue(None)  # until prefetch() says where the segment after this one starts
        cue.cue(ms)

    @property
    def replay_cue(self) -> ReplayCue | None:
        return self._cue

    @property
    def next_cue(self) -> ReplayCue | None:
        return self._next_cue

    def _next_first(self) -> bool:
        """True while the next segment's player has a seek to make or decode and goes first."""
        busy = self._next_cue is not None and not self._next_cue.settled
        return busy and not self._replay_first

    def _replay_cue_first(self) -> bool:
        """True while Ctrl+R's player has a seek to make or decode and goes first."""
        busy = self._cue is not None and not self._cue.settled
        return busy and self._replay_first

    @property
    def next_replay(self) -> ReplayCue | None:
        return self._next_replay

    def _next_replay_waits(self) -> bool:
        """True while Ctrl+R's player or the next segment's has a seek to make or decode: the
        next replay's player goes last."""
        return any(not cue.settled for cue in (self._cue, self._next_cue) if cue is not None)

    def _cues(self) -> list[ReplayCue]:
        cues = (self._cue, self._next_cue, self._next_replay)
        return [cue for cue in cues if cue is not None]

    def prefetch(self, ms: int | None) -> None:
        """Get ready for a move to ``ms`` (the start of the segment after the editor's: the
        next move in a keyboard review) while the editor reads: the third player waits there,
        paused (taken by the move, see _swap), and, once the editor has used Ctrl+R, a fourth
        for Ctrl+R there, cued last (the move hands it to Ctrl+R's cue, see cue()). Without a
        third player its exact picture is decoded ahead (VlcPlayer.prefetch), asked again after
        each play until it is kept. None: nothing ahead."""
        if self._next_cue is not None:
            self._next_cue.cue(ms)
        if self._next_replay is not None and self._replaying:
            self._next_replay.cue(ms)
        self._ahead = ms
        if ms is None:
            self._ahead_timer.stop()
        else:
            self._ahead_timer.start(PREFETCH_POLL_MS)

    def _prefetch_step(self) -> None:
        player, ms = self._real, self._ahead
        if ms is None or player is None or self._player is not player or self._closed:
            return
        if not player.exact_pictures and not player.frame_table_pending:
            return  # no video, or none PyAV reads: nothing to decode ahead
        if self._next_cue is not None and self._next_cue.usable:
            return  # the third player decodes that picture with its own seek there
        quiet = (time.monotonic() - player.asked_at) * 1000
        cues_settled = all(cue.settled for cue in self._cues())
        cue_settled = cues_settled or quiet >= PREFETCH_CUE_WAIT_MS
        if player.cued_at is None or quiet < PREFETCH_QUIET_MS or not cue_settled:
            self._ahead_timer.start(PREFETCH_POLL_MS)  # playing, moving, or libvlc still busy
            return
        if not player.prefetch(ms):
            self._ahead_timer.start(PREFETCH_POLL_MS)  # until it is kept (a play stops it)

    def _swap(self, ms: int, cue: ReplayCue | None = None, play: bool = True) -> bool:
        """Play from ``ms`` with the second player, when it is cued there; True when done.
        With ``cue`` (the third player's) and not ``play``: move there, paused, the player cued
        there taking over (its libvlc in place: Space plays at once) and showing its exact
        picture (decoded by its own decoder while it was cued, which it keeps: the editor is
        where that decoder is now)."""
        cue, old = cue or self._cue, self._real
        if cue is None or old is None or self._player is not old or self._priming:
            return False
        new = cue.take(ms, old.path)
        if new is None:
            return False
        if play:
            new.trade_exact(old)  # the exact decoder that was decoding where the editor is
        cue.give(old)  # paused, muted and rewired first: what it says now is the cue's
        self._real = self._player = self._wire(new)
        new.set_volume(self._volume)
        new.set_muted(self._muted)
        # The start's exact frame first, over both layers; then the old layer goes under the
        # new one. Raising the new layer instead brought it over that picture until the picture
        # was painted again, and with it libvlc's paused frame, up to three frames off
        # (a loop showed frame 277 at 11.201 s, 3 frames before its start, on a busy machine).
        # Paused, the old exact picture stays over both until the new one is up (decoded
        # ahead: a few ms); libvlc's paused frame can be frames off.
        if play or new.picture is not None:
            self.picture_changed.emit(new.picture)
        layer = self._layers.get(new)
        if layer is not None:
            layer.show()
        for player, other in self._layers.items():
            if player is not new:
                other.lower()  # under the new one (three players: each other one goes under)
        if play:
            new.play()  # in place: libvlc unpauses, its first new frame within 10-40 ms
        elif new.picture is None:
            new.show_exact()  # its own was not up (a pre-roll's, or dropped)
        return True

    def load(
        self, path: str | None, duration_hint_ms: int = 0, measured_ms: int | None = None
    ) -> None:
        """Open `path` paused at 0; without video a stand-in keeps time over the hint.
        ``measured_ms``: the file's length as libvlc measured it before (the project keeps it),
        the length shown while its quick-seek copy plays (a few ms longer or shorter)."""
        self._end_hold()
        self._measured = measured_ms or None
        self._load(path, duration_hint_ms)

    def _load(self, path: str | None, duration_hint_ms: int = 0) -> None:
        if self._closed:
            return
        if path != self._path:
            self._cancel_copy()
        self._loaded, self._path, self._hint_ms = True, path, max(0, int(duration_hint_ms))
        self._copy_of = None
        self._copy_timer.stop()
        self._copy_check.stop()
        self._switch_timer.stop()
        self._stop_at = None
        self._priming = False
        self._prime_timer.stop()
        self._timer.stop()
        if path is None:
            self._use_stand_in(no_media_problem(), relink=True)
        elif not os.path.isfile(path):
            self._use_stand_in(missing_file_problem(path), relink=True)
        elif self._real is None:
            # Before attach() there is no surface yet: say nothing until there is one.
            self._use_stand_in(self._embed_problem if self._attached else "", relink=False)
        else:
            self._retire_stand_in()
            self._player = self._real
            self._show_layers(True)
            source = self._copy_for(path)
            self._copy_of = path if source != path else None
            self._real.load(source)
            if self._player is self._real:  # an error may already have put a stand-in in
                self._real.set_rate(self._rate)
                self._set_problem("", relink=False)
                self._start_priming()
                if self._copy_of is None:
                    self._copy_timer.start(COPY_AFTER_MS)
                else:
                    self._copy_check.start()
        self._emit_position(force=True)

    # -- the quick-seek copy (reviewer.player.seek_copy) ---------------------------------------

    @property
    def playing_copy(self) -> bool:
        """True while libvlc plays the video's quick-seek copy, not the file itself."""
        return self._copy_of is not None and self._player is self._real

    @property
    def making_copy(self) -> bool:
        return self._copy_maker is not None

    def set_seek_copies(self, on: bool) -> None:
        """Make and play quick-seek copies of long-GOP videos (on), or play the files
        themselves (off: a copy being made is stopped, the file itself played again from the
        next calm moment)."""
        self._copies = bool(on)
        if not self._copies:
            self._cancel_copy()
            self._copy_timer.stop()
        elif self._loaded and self._copy_of is None:
            self._copy_timer.start(COPY_AFTER_MS)
        self._switch_timer.start()

    def seek_copies(self) -> bool:
        return self._copies

    def _copy_for(self, path: str, touch: bool = True) -> str:
        """Return what libvlc should open for ``path``: its copy, when there is one and it is
        wanted, else ``path`` (``touch``: the copy is marked as used)."""
        if not self._copies or seek_copy.copy_path(path) in self._copy_failed:
            return path
        found = seek_copy.ready_copy(path) if touch else seek_copy.find_copy(path)
        return str(found) if found is not None else path

    def _consider_copy(self) -> None:
        """Make (or find) the loaded video's copy on a thread, when it needs one."""
        path, scheduler = self._path, self._scheduler
        if (
            self._closed
            or not self._copies
            or path is None
            or scheduler is None
            or self._player is not self._real
            or self._copy_of is not None
            or seek_copy.copy_path(path) in self._copy_failed | self._copy_settled
            or (self._copy_maker is not None and self._copy_maker.media == path)
        ):
            return
        self._cancel_copy()
        self._copy_told = -1
        self._copy_serial += 1
        serial = self._copy_serial

        def progress(fraction: float) -> None:  # the maker's thread
            scheduler.call_soon_threadsafe(partial(self._copy_progressed, serial, fraction))

        def done(outcome: seek_copy.Outcome, _copy: Path | None, detail: str) -> None:
            scheduler.call_soon_threadsafe(partial(self._copy_done, serial, outcome, detail))

        read = self._real.frame_table if self._real is not None else None
        table = read if read is not None and read.path == path else None  # not read twice
        self._copy_maker = seek_copy.CopyMaker(path, progress, done, table=table)

    def _copy_progressed(self, serial: int, fraction: float) -> None:
        percent = int(fraction * 100)
        current = serial == self._copy_serial and self._copy_maker is not None
        if current and percent != self._copy_told:
            self._copy_told = percent
            self.copy_progress.emit(fraction)

    def _copy_done(self, serial: int, outcome: seek_copy.Outcome, detail: str) -> None:
        maker = self._copy_maker
        if serial != self._copy_serial or maker is None:
            return  # a maker cancelled since (another file, copies off): it was told then
        self._copy_maker = None
        key = seek_copy.copy_path(maker.media)
        if key is not None and outcome in _SETTLED:
            self._copy_settled.add(key)  # said once a session
        self.copy_outcome.emit(outcome, detail)
        if outcome is seek_copy.Outcome.READY and maker.media == self._path:
            self._switch_timer.start()

    def _check_copy(self) -> None:
        """A copy was loaded: once its frame table is read, make sure PyAV could read it (libvlc
        3 opens a damaged MP4 without a word, and shows nothing)."""
        player = self._real
        if player is None or self._copy_of is None or self._player is not player:
            self._copy_check.stop()
            return
        if player.frame_table_pending:
            return
        self._copy_check.stop()
        if not player.exact_pictures:
            self._copy_broke(player.exact_problem)

    def _copy_broke(self, message: str) -> None:
        """The copy playing cannot be played (damaged since it was made): thrown away, and
        the file itself played from the playhead; no copy of it again this session."""
        copied = self._copy_of
        key = seek_copy.copy_path(copied) if copied is not None else None
        if copied is None or copied != self._path or key is None:
            return
        seek_copy.discard(copied)
        self._copy_failed.add(key)
        self._reload_at_playhead()
        self.copy_outcome.emit(seek_copy.Outcome.FAILED, message)

    def _cancel_copy(self, wait_s: float = 0.0) -> None:
        """Stop the copy being made (FFmpeg ended, its half-written file removed by the
        maker's thread, waited for up to ``wait_s``: at close, so that nothing is left). Told
        as CANCELLED (the window's progress goes), but not at close."""
        maker, self._copy_maker = self._copy_maker, None
        if maker is not None:
            maker.cancel()
            maker.join(wait_s)
            if not self._closed:
                self.copy_outcome.emit(seek_copy.Outcome.CANCELLED, "")

    def _switch_step(self) -> None:
        """Play the copy (or the file itself again) once the editor leaves the paused
        picture alone: the playhead, the loop and the rate stay as they were."""
        player, path = self._real, self._path
        if self._closed or player is None or path is None or self._player is not player:
            self._switch_timer.stop()
            return
        quiet = (time.monotonic() - player.asked_at) * 1000
        if self._priming or player.is_playing() or quiet < COPY_SWITCH_QUIET_MS:
            return  # the next poll
        self._switch_timer.stop()
        if (self._copy_for(path, touch=False) != path) == (self._copy_of is not None):
            return  # already playing what is wanted
        self._reload_at_playhead()
        self.copy_in_use.emit(self._copy_of is not None)

    def _reload_at_playhead(self) -> None:
        """Load the file again (through its copy or not, as _copy_for says), paused where the
        playhead is: the window sees the playhead stay there, not go to 0 and back."""
        assert self._path is not None
        at = self._switch_at = self.position()
        self._held = True
        self._hold_timer.start(SWITCH_HOLD_MAX_MS)
        try:
            self._load(self._path, self._hint_ms)
            if at > 0:
                self._seek(at)
        finally:
            self._switch_at = None
        self._emit_position(force=True)

    def _end_hold(self) -> None:
        self._held = False
        self._hold_timer.stop()

    def _hold_over(self) -> None:
        """No picture came in time: show what the player has (its own picture, or none)."""
        if self._held:
            self._end_hold()
            real = self._real if self._player is self._real else None
            self.picture_changed.emit(real.picture if real is not None else None)

    def _use_stand_in(self, problem: str, relink: bool) -> None:
        self._retire_stand_in()
        if self._real is not None:
            # Loading a path that is not a file stops libvlc and drops the old picture; the error
            # it reports is not listened to (the stand-in is the active player by then).
            self._player = self._wire(NullPlayer(problem, duration_ms=self._hint_ms))
            self._show_layers(False)
            self._real.load("")
        else:
            self._player = self._wire(NullPlayer(problem, duration_ms=self._hint_ms))
        self._player.set_rate(self._rate)
        self._player.set_muted(self._muted)
        self._player.set_volume(self._volume)
        self._set_problem(problem, relink)
        self._player.load(self._path or "")

    def _retire_stand_in(self) -> None:
        if self._player is not self._real:
            self._player.close()
        if not self._held:
            self.picture_changed.emit(None)

    def _set_problem(self, problem: str, relink: bool) -> None:
        self._problem, self._needs_relink = problem, relink and bool(problem)
        self.media_problem.emit(problem)

    def _start_priming(self) -> None:
        assert self._real is not None
        self._priming = True
        self._real.set_muted(True)
        self._real.play()  # PLAYING starts the prime timer

    def _prime_step(self) -> None:
        if self._priming and self._player.is_playing():
            self._player.pause()
            self._prime_timer.start(PRIME_SETTLE_MS)
        else:
            self._end_priming()

    def _end_priming(self) -> None:
        """Pause back at 0 after the muted start (or at once, when the editor acts first)."""
        if not self._priming:
            return
        self._priming = False
        self._prime_timer.stop()
        player = self._player
        player.pause()
        player.seek(0)
        player.set_muted(self._muted)
        if player is self._real:
            for cue in self._cues():
                cue.forget()  # the cued players open the file too, now the first has
        self.state_changed.emit(player.state)
        self._emit_position(force=True)

    # -- the player's callbacks (GUI thread) -------------------------------------------------

    def _wire(self, player: _P) -> _P:
        """Return `player`, its callbacks routed here (ignored while it is not the active one)."""
        player.on_state = lambda state: self._on_state(player, state)
        player.on_error = lambda message: self._on_error(player, message)
        player.on_length = lambda ms: self._on_length(player, ms)
        player.on_end = lambda: self._on_end(player)
        player.on_picture = lambda picture: self._on_picture(player, picture)
        return player

    def _on_picture(self, player: Player, picture: Picture | None) -> None:
        if self._held and player is self._player:
            if picture is None and not player.is_playing():
                return  # reloading through the copy (or back): the old picture stays up
            self._end_hold()
        if player is self._player or picture is None:
            self.picture_changed.emit(picture)
        if player is self._player and picture is not None and self._cue is not None:
            self._cue.offer(picture)

    def _on_state(self, player: Player, state: PlayerState) -> None:
        if player is not self._player:
            return
        if self._priming:
            if state is PlayerState.PLAYING:
                self._prime_timer.start(PRIME_MS)
            elif state in (PlayerState.ENDED, PlayerState.ERROR):
                self._end_priming()
            return
        if state is PlayerState.PLAYING:
            self._timer.start()
        elif not player.is_playing():
            self._timer.stop()
        self.state_changed.emit(state)
        self._emit_position(force=True)

    def _on_error(self, player: Player, message: str) -> None:
        if player is not self._player or player is not self._real:
            return
        if self._copy_of is not None:
            self._copy_broke(message)
            return
        path = self._path or ""
        self._use_stand_in(unplayable_problem(path, message), relink=True)
        self._emit_position(force=True)

    def _on_length(self, player: Player, ms: int) -> None:
        if player is not self._player:
            return
        if self._copy_of is None and player is self._real:
            self._measured = ms  # the file's own: told while its copy plays
        self.duration_changed.emit(self.duration())

    def _on_end(self, player: Player) -> None:
        if player is not self._player:
            return
        if self._loop is not None:
            if not self._swap(self._loop[0]):
                player.seek(self._loop[0])
                player.play()
            self._timer.start()
        else:
            self._stop_at = None

    # -- the timer ---------------------------------------------------------------------------

    def _tick(self) -> None:
        player = self._player
        if not player.is_playing():
            self._timer.stop()
            self._emit_position()
            return
        position = player.position()
        # Act on the tick nearest the boundary: the next one would come half a tick too late.
        ahead = position + TICK_MS * player.rate() / 2
        if self._loop is not None:
            start, end = self._loop
            if ahead >= end or position < start - LOOP_ENTRY_SLACK_MS:
                if not self._swap(start):
                    player.seek(start)
                position = self._player.position()
        elif self._stop_at is not None and ahead >= self._stop_at:
            self._stop_at = None
            player.pause()
            self._timer.stop()
            position = player.position()
        self._emit_position(position)

    def _emit_position(self, position: int | None = None, force: bool = False) -> None:
        if position is None:
            position = self.position()
        if force or position != self._shown:
            self._shown = position
            self.position_changed.emit(position)

    # -- transport ---------------------------------------------------------------------------

    def play(self) -> None:
        if self._closed:
            return
        self._end_priming()
        target = self._player.position()
        if self._loop is not None and not self._loop[0] <= target < self._loop[1]:
            target = self._loop[0]
        self._start_from(target)

    def _start_from(self, ms: int) -> None:
        """Play from `ms`."""
        self._end_hold()
        player = self._player
        self._played = True
        if ms != player.position():
            if self._swap(ms):  # the second player, paused there (reviewer.ui.replay_cue)
                self._emit_position(force=True)
                self._timer.start()
                return
            player.seek(ms)
        # At the playhead already, no seek: VlcPlayer resumes libvlc where it paused or was
        # last moved to, without decoding from the keyframe again (docs/playback.md).
        player.play()
        self._emit_position(force=True)
        self._timer.start()

    def pause(self) -> None:
        self._end_priming()
        self._stop_at = None
        self._player.pause()
        self._timer.stop()
        self._emit_position(force=True)

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def is_playing(self) -> bool:
        return not self._priming and self._player.is_playing()

    def seek(self, ms: int) -> None:
        """Move the playhead to `ms` (a replay under way is cancelled)."""
        self._end_hold()
        self._stop_at = None
        self._seek(ms)

    def _seek(self, ms: int) -> None:
        self._end_priming()
        ms = min(max(0, int(ms)), MAX_MS)
        playing = self._player.is_playing()
        if ms != self._player.position():
            self._replay_first, self._played = self._played or playing, playing
        if ms != self._player.position() and self._swap(ms, self._next_cue, play=playing):
            if playing:
                self._timer.start()
        else:
            self._player.seek(ms)
        self._emit_position(force=True)

    def position(self) -> int:
        if self._switch_at is not None:
            return self._switch_at  # reloading through the copy (or back): where it will be
        return 0 if self._priming else self._player.position()

    def duration(self) -> int:
        if self.playing_copy and self._measured:
            return self._measured  # the file's own length, not its copy's
        return self._player.duration() or self._hint_ms

    def jump(self, delta_ms: int) -> None:
        """Move the playhead by `delta_ms`, kept inside the media."""
        target = max(0, self.position() + int(delta_ms))
        duration = self.duration()
        self.seek(min(target, duration) if duration else target)

    def frame_step(self, frames: int = 1) -> None:
        """Pause and show the frame `frames` on (the previous one with -1)."""
        self._end_hold()
        self._end_priming()
        self._stop_at = None
        self._player.frame_step(frames)
        self._timer.stop()
        self._emit_position(force=True)

    def play_segment(self, start_ms: int, end_ms: int) -> None:
        """Play [start_ms, end_ms) from its start and pause at its end (unless looping)."""
        if self._closed:
            return
        self._end_priming()
        if not self._replaying:  # an editor who replays: Ctrl+R's player for the next segment too
            self._replaying = True  # (memory for a fourth player, 300 MB at 1080p)
            if self._next_replay is not None:
                self._next_replay.cue(self._ahead)
        self._stop_at = None if self._loop is not None else int(end_ms)
        self._start_from(max(0, int(start_ms)))

    def set_loop(self, start_ms: int | None, end_ms: int | None) -> None:
        """Loop inside [start_ms, end_ms) while playing; None (or an empty range) stops looping."""
        if start_ms is None or end_ms is None or end_ms <= start_ms:
            self._loop = None
        else:
            self._loop = (max(0, int(start_ms)), int(end_ms))
            self._stop_at = None

    def loop(self) -> tuple[int, int] | None:
        return self._loop

    # -- speed, sound ------------------------------------------------------------------------

    def set_rate(self, rate: float) -> None:
        """Set the speed, limited to 0.5x-2x."""
        self._player.set_rate(min(RATES[-1], max(RATES[0], float(rate))))
        rate = self._player.rate()
        for cue in self._cues():
            cue.set_rate(rate)
        if rate != self._rate:
            self._rate = rate
            self.rate_changed.emit(rate)
            self._emit_position(force=True)

    def rate(self) -> float:
        return self._rate

    def step_rate(self, direction: int) -> None:
        """Go to the next speed up (direction > 0) or down (< 0) of 0.5, 0.75 ... 2."""
        if direction > 0:
            faster = [r for r in RATES if r > self._rate + 1e-6]
            self.set_rate(faster[0] if faster else RATES[-1])
        elif direction < 0:
            slower = [r for r in RATES if r < self._rate - 1e-6]
            self.set_rate(slower[-1] if slower else RATES[0])

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        self._player.set_muted(self._muted)

    def is_muted(self) -> bool:
        return self._muted

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))
        self._player.set_volume(self._volume)

    def volume(self) -> int:
        return self._volume

    def audio_tracks(self) -> list[str]:
        """The media's audio tracks by name, in order ([] without sound or while opening)."""
        return self._player.audio_tracks()

    def set_audio_track(self, track: int) -> None:
        """Hear audio track ``track`` (0: the first) from now on, and in each file loaded;
        the cued players, which take over at Down and Ctrl+R, with the playing one."""
        self._audio_track = max(0, int(track))
        self._player.set_audio_track(self._audio_track)
        if self._real is not None and self._real is not self._player:
            self._real.set_audio_track(self._audio_track)
        for cue in self._cues():
            if cue.player is not None:
                cue.player.set_audio_track(self._audio_track)

    # -- typing --------------------------------------------------------------------------------

    def set_pause_while_typing(self, on: bool) -> None:
        self._pause_while_typing = bool(on)

    def pause_while_typing(self) -> bool:
        return self._pause_while_typing

    def typing_started(self) -> None:
        """The editor started typing: pause, if the option is on."""
        if self._pause_while_typing and self.is_playing():
            self.pause()

    # -- the end -------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop; release libvlc (stop, detach events, player, media, instance). Safe to repeat.

        Call before the video surface is destroyed: libvlc draws into its window.
        """
        if self._closed:
            return
        self._closed = True
        self._priming = False
        self._prime_timer.stop()
        self._ahead_timer.stop()
        self._copy_timer.stop()
        self._copy_check.stop()
        self._switch_timer.stop()
        self._hold_timer.stop()
        self._cancel_copy(wait_s=2.0)
        self._timer.stop()
        self._loop = self._stop_at = None
        self._retire_stand_in()
        for cue in self._cues():
            cue.close()
        self._cue = self._next_cue = self._next_replay = None
        if self._real is not None:
            self._real.close()
            self._real = None
        self._layers.clear()
        if self._scheduler is not None:  # libvlc's events still queued are dropped
            self._scheduler.close()
            self._scheduler = None
        if self._status is not None:  # prepared, never attached: libvlc's spare instance
            self._status = None
            drop_spare()
        self._player = NullPlayer("closed")
