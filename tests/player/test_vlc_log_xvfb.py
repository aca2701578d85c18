"""libvlc's own log, followed on a thread of ours (reviewer.player.vlc_log), with real libvlc.

The player takes libvlc's paused seek as drawn when the log says its decoder handed the frame on
("end of video preroll" after "Stream buffering done"). That the pre-roll's end comes in the
app's own sequence (a move, then Space) is tested through the player in
tests/ui_playback/test_encodes_xvfb.py (a play whose guess is 5 s starts at once). Raw, a seek
asked just after a pause logs no pre-roll end (the player then goes by its guess), so this
checks the follower itself: the lines asked for, only those, and a reader that ends.
"""

from __future__ import annotations

import queue
from pathlib import Path

import pytest

from reviewer.player.libvlc import import_vlc, new_instance
from reviewer.player.vlc_log import SEEK_BUFFERED, follow

pytestmark = pytest.mark.xvfb


def _next_line(lines: queue.Queue[tuple[str, float]], timeout: float = 5.0) -> str:
    try:
        return lines.get(timeout=timeout)[0]
    except queue.Empty:
        raise AssertionError("libvlc logged no awaited line within 5 s") from None


def test_follow_hands_on_only_the_lines_asked_for(numbered_video: Path) -> None:
    vlc, _why = import_vlc()
    instance = new_instance(vlc, ("--aout=dummy",))  # its own window on the X display
    lines: queue.Queue[tuple[str, float]] = queue.Queue()
    log = follow(vlc, instance, (SEEK_BUFFERED,), lambda *got: lines.put(got))
    assert log is not None
    mp = instance.media_player_new()
    media = instance.media_new_path(str(numbered_video))
    mp.set_media(media)
    try:
        mp.play()  # libvlc logs much more than this while it starts
        seen = [_next_line(lines)]
        mp.set_time(5_400)
        seen.append(_next_line(lines))
        while not lines.empty():
            seen.append(lines.get_nowait()[0])
    finally:
        log.close()
        mp.stop()
        mp.release()
        media.release()
        instance.release()
    assert all(line.startswith(SEEK_BUFFERED) for line in seen), seen
    assert not log._thread.is_alive()  # closing ends the reader
