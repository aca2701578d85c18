"""Media playback: the Player protocol, VlcPlayer (libvlc), NullPlayer (a stand-in), the clock.

Importing this package imports neither Qt nor libvlc. The UI does:

    player = create_player(scheduler, int(video_widget.winId()))
    player.on_state = ...; player.on_error = ...   # called on the GUI thread
    if player.is_stand_in: show_banner(player.description)
"""

from __future__ import annotations

from reviewer.player.base import (
    MAX_RATE,
    MIN_RATE,
    Player,
    PlayerCallbacks,
    PlayerState,
    Scheduler,
)
from reviewer.player.clock import PlayheadClock
from reviewer.player.libvlc import LibvlcStatus, probe
from reviewer.player.null import NullPlayer

__all__ = [
    "MAX_RATE",
    "MIN_RATE",
    "LibvlcStatus",
    "NullPlayer",
    "Player",
    "PlayerCallbacks",
    "PlayerState",
    "PlayheadClock",
    "Scheduler",
    "create_player",
    "probe",
]


def create_player(
    scheduler: Scheduler, window_id: int | None, extra_args: tuple[str, ...] = ()
) -> Player:
    """Return a VlcPlayer drawing into `window_id`, or a NullPlayer saying what is missing.

    Call on the GUI thread, after the QApplication exists.
    """
    status = probe()
    if not status.ok:
        return NullPlayer(status.message)
    from reviewer.player.base import PlayerUnavailable
    from reviewer.player.vlc_player import VlcPlayer

    try:
        return VlcPlayer(scheduler, window_id, extra_args)
    except PlayerUnavailable as exc:
        return NullPlayer(str(exc))
