"""ReplayCue: a second libvlc player kept paused at the start of the editor's segment, so that
Ctrl+R, and a loop going round, play from there at once.

libvlc 3 decodes from the keyframe before any time it is asked for: on a 1080p file with a
keyframe every 10 s that is 0.3-0.5 s with no new picture (docs/playback.md). Reviewer asks for
the time while the editor looks at the paused frame after a move, so Space plays on at once; but
replaying the segment from elsewhere in it had to wait for that decoding. So, as a playout
server cues the next clip on a second channel, a second player (drawing into its own window
under the first) is kept paused, muted and ready at the current segment's start. Playback takes
it when it is asked to play from there (``take``): its window is raised and it plays; the
player it replaces pauses and is cued in turn (``give``).

The cued player does its work while the editor watches or reads: its seek waits until the
playing player's own move has settled, so a move's picture is not slowed by it.

Playback keeps a second ReplayCue (``for_next``) with a third player at the start of the segment
after the editor's (Playback.prefetch): a move there takes it, paused, and Space plays at once.
And a third (the next replay's) with a fourth player there too, cued last, while the editor
reads: the move hands it to Ctrl+R's cue (``trade``), so a replay soon after the move finds its
player placed, not starting a decode from the keyframe beside the play.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from reviewer.player import PlayerState
from reviewer.player.base import Picture, PlayerUnavailable

if TYPE_CHECKING:
    from reviewer.player.vlc_player import VlcPlayer

# Until the playing player's frame table is read, or its move has settled: look again this often.
POLL_MS = 100
# A new file's first paused seeks are not reliable in libvlc 3 (see reviewer.ui.playback): the
# cued player plays muted this long after opening, pauses, and waits this long before its seek.
PRIME_MS = 200
PRIME_SETTLE_MS = 150
# The cued player's seek (libvlc's decoding from the keyframe, and the exact picture's) waits
# until the playing player has been left alone this long, paused with its own move drawn or
# playing: on two cores, made beside a move or the start of a play it slowed them by half.
QUIET_MS = 200


class ReplayCue(QObject):
    """Keeps a second VlcPlayer paused at ``cue(ms)``'s time in the playing player's file.

    ``make_player()`` returns a new VlcPlayer drawing into its own hidden window (or raises
    PlayerUnavailable); ``active()`` returns the player Playback plays with, or None while a
    stand-in plays.
    """

    def __init__(
        self,
        make_player: Callable[[], VlcPlayer],
        active: Callable[[], VlcPlayer | None],
        parent: QObject | None = None,
        for_next: bool = False,
        others_busy: Callable[[], bool] | None = None,
        made_when_cued: bool = False,
    ) -> None:
        super().__init__(parent)
        # Ctrl+R's cue (the current segment's start) seeks while the playing player plays (a
        # replay follows a play), and not while it is paused at that very time (Ctrl+R plays
        # it from there with no seek) and ``others_busy()`` (the next segment's player is on
        # its way and goes first). The next segment's cue (``for_next``, see
        # Playback.prefetch) seeks only while the playing player is paused (a move follows a
        # pause; while playing, its decoding would take the cores from the playing picture),
        # and not while ``others_busy()`` (Ctrl+R's player is on its way and goes first:
        # Playback says which).
        self._for_next = for_next
        # Its player made at its first cue(), not at the file's load (the next replay's: made
        # for an editor who replays; the others' open with the file, ahead of the first cue).
        self._made_when_cued = made_when_cued
        self._others_busy = others_busy or (lambda: False)
        self._make_player = make_player
        self._active = active
        self._player: VlcPlayer | None = None
        self._unavailable = False  # no second player can be made: nothing is cued, ever
        self._phase = ""  # "opening", "priming", "settling", "ready", "failed" (this file)
        self._wanted: int | None = None  # where the editor's segment starts (cue())
        self._target: int | None = None  # ... when a move can place a player there, else None
        self._asked: int | None = None  # the time the cued player was last moved to
        self._rate = 1.0
        self._picture: Picture | None = None  # the target's exact picture, from the other player
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    @property
    def player(self) -> VlcPlayer | None:
        """The cued (or cueing) player, for tests and the benchmark."""
        return self._player

    def ready_at(self) -> int | None:
        """The time the cued player would play from at once, or None."""
        player = self._player
        if player is None or self._phase != "ready" or self._asked is None:
            return None
        return player.cued_at

    def placed_at(self) -> int | None:
        """The time the cued player would play from with no new seek, or None: at once when
        its seek is drawn (ready_at), else when it should be (VlcPlayer.placed_at). Taking it
        then still beats asking the playing player: libvlc decodes that seek already, and two
        decodes from the keyframe side by side on two cores each took twice as long."""
        player = self._player
        if player is None or self._phase != "ready" or self._asked is None:
            return None
        return player.placed_at

    @property
    def usable(self) -> bool:
        """False when no cued player can be made, or this file failed in it."""
        return not self._unavailable and self._phase != "failed"

    @property
    def settled(self) -> bool:
        """True when the cued player has no seek to make or decode (cued where asked, or
        nothing to cue): the machine is left to the playing player."""
        if self._unavailable or self._phase == "failed" or self._target is None:
            return True
        return self._phase == "ready" and self.ready_at() == self._target

    # -- Playback's side -------------------------------------------------------------------------

    def cue(self, ms: int | None) -> None:
        """Keep a player ready at ``ms`` (the start of the editor's segment); None: nowhere."""
        self._wanted = None if ms is None else max(0, int(ms))
        self._target = self._reachable(self._wanted)
        if self._picture is not None and self._picture.ms != self._target:
            self._picture = None
        self._later(0)

    def _reachable(self, ms: int | None) -> int | None:
        """``ms``, or None when no paused move puts a player in place there (VlcPlayer.
        can_place: at or past the video's end, as when a transcript is longer than its clip,
        or in a transport stream's last second): a player cued there would never be placed,
        and the other cues, waiting for this one, never cued."""
        active = self._active()
        if ms is None or active is None or active.can_place(ms):
            return ms
        return None

    def offer(self, picture: Picture) -> None:
        """An exact picture the playing player showed: kept when it is the target's (the move
        to the segment's), so the cued player need not decode it again."""
        if picture.ms == self._target:
            self._picture = picture

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        if self._player is not None:
            self._player.set_rate(rate)

    def take(self, ms: int, path: str | None) -> VlcPlayer | None:
        """Return the cued player, paused in place at ``ms`` in ``path`` (its seek drawn, or
        still decoding: see placed_at), and forget it; None when it is not there (yet)."""
        player = self._player
        if player is None or path is None or player.path != path or self.placed_at() != ms:
            return None
        if abs(player.rate() - self._rate) > 1e-6:
            return None
        self._player = None
        self._phase, self._asked = "", None
        player.cueing = False
        return player

    def give(self, player: VlcPlayer) -> None:
        """Take back the player a swap replaced: pause it, mute it, cue it."""
        self._wire(player)
        player.cueing = True
        player.set_muted(True)
        player.pause()
        player.drop_picture()  # no picture of where it paused: nobody sees it
        player.set_rate(self._rate)
        if self._player is not None:  # should one be cueing still, it goes
            self._player.close()
        self._player = player
        self._phase, self._asked = "ready", None
        self._later(QUIET_MS)

    def trade(self, other: ReplayCue) -> bool:
        """Swap players with ``other``, each cue keeping its own target; True when done.
        Playback's: the move onto the segment whose Ctrl+R player was cued ahead (its next
        replay's) takes that player, already placed there, for Ctrl+R. Not while this cue's own
        player is still opening (its states would reach the wrong cue)."""
        if self._phase not in ("", "ready") or other._phase != "ready":
            return False
        self._player, other._player = other._player, self._player
        self._phase, other._phase = other._phase, self._phase
        self._asked, other._asked = other._asked, self._asked
        self._traded()
        other._traded()
        return True

    def _traded(self) -> None:
        if self._player is not None:
            self._wire(self._player)
        self._later(0)

    def forget(self) -> None:
        """A new file is loaded: the cued player opens it when the playing one has."""
        self._phase, self._asked = "", None
        self._picture = None
        self._later(POLL_MS)

    def close(self) -> None:
        self._timer.stop()
        self._wanted = self._target = None
        player, self._player = self._player, None
        if player is not None:
            player.close()

    # -- the cued player ---------------------------------------------------------------------

    def _later(self, ms: int) -> None:
        self._timer.start(ms)

    def _step(self) -> None:
        active = self._active()
        if active is None or self._unavailable or active.path is None:
            return
        if getattr(active, "frame_table", None) is None:
            if getattr(active, "frame_table_pending", False):
                self._later(POLL_MS)
            # Else no video (a radio piece) or none PyAV reads: nothing decodes from keyframes
            # that a second player would save.
            return
        self._target = self._reachable(self._wanted)  # the video's length may be new
        if self._player is None and self._made_when_cued and self._target is None:
            return
        unopened = self._player is None or self._player.path != active.path or not self._phase
        if self._made_when_cued and unopened and (self._others_busy() or active.is_playing()):
            self._later(POLL_MS)  # opened after the others are cued, and not beside a play
            return
        if self._player is None:
            try:
                self._player = self._wire(self._make_player())
            except PlayerUnavailable:
                self._unavailable = True
                return
            self._player.cueing = True
        player = self._player
        if player.path != active.path or not self._phase:
            self._open(player, active)
            return
        if self._phase != "ready" or self._target is None:
            return  # its states move it on (see _state); opened before the first cue
        if self._target == self._asked and player.state is PlayerState.PAUSED:
            return
        # The playing player's move or play first: the editor is looking. Not in a transport
        # stream: the cued player's pre-roll plays up to its time, mostly waiting (MPEG-2
        # decodes cheaply), and a wait first would leave it short of a quick Ctrl+R.
        quiet = time.monotonic() - active.asked_at
        shown = active.picture  # the target's, when the playing player shows it (moved there)
        if self._picture is None and shown is not None and shown.ms == self._target:
            self._picture = shown  # kept for the seek: its own decoder need not decode it
        settled = (not self._for_next and active.is_playing()) or active.cued_at is not None
        there = not active.is_playing() and active.position() == self._target
        if (self._for_next or there) and self._others_busy():
            self._later(POLL_MS)  # see __init__
            return
        if not active.moves_by_preroll and (quiet * 1000 < QUIET_MS or not settled):
            self._later(max(POLL_MS // 2, QUIET_MS - int(quiet * 1000)))
            return
        if player.is_playing():
            player.pause()
        player.seek(self._target, picture=self._picture)
        self._asked = self._target

    def _open(self, player: VlcPlayer, active: VlcPlayer) -> None:
        self._phase, self._asked = "opening", None
        player.set_muted(True)
        player.set_rate(self._rate)
        player.set_audio_track(active.audio_track)  # swapped in, it is heard
        player.load(active.path or "", table=active.frame_table)

    def _wire(self, player: VlcPlayer) -> VlcPlayer:
        player.on_state = lambda state: self._state(player, state)
        player.on_error = lambda _message: self._failed(player)
        player.on_length = lambda _ms: None
        player.on_end = lambda: None
        player.on_picture = lambda _picture: None
        return player

    def _state(self, player: VlcPlayer, state: PlayerState) -> None:
        """The cued player's states move its opening on: paused after opening, it plays muted
        PRIME_MS, pauses, and PRIME_SETTLE_MS later is ready for its seek."""
        if player is not self._player:
            return
        if self._phase == "opening" and state is PlayerState.PAUSED:
            self._phase = "priming"
            player.play()
        elif self._phase == "priming" and state is PlayerState.PLAYING:
            self._phase = "settling"
            QTimer.singleShot(PRIME_MS, self, lambda: self._settle(player))
        elif state in (PlayerState.ENDED, PlayerState.ERROR):
            self._asked = None  # libvlc reopens an ended input when asked again

    def _settle(self, player: VlcPlayer) -> None:
        if player is self._player and self._phase == "settling":
            player.pause()
            QTimer.singleShot(PRIME_SETTLE_MS, self, lambda: self._primed(player))

    def _primed(self, player: VlcPlayer) -> None:
        if player is self._player and self._phase == "settling":
            self._phase = "ready"
            self._step()

    def _failed(self, player: VlcPlayer) -> None:
        if player is self._player:
            self._phase = "failed"  # until the next file: Ctrl+R plays as without a cue
