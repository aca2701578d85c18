"""libvlc's own log, followed on a thread of ours (reviewer.player.vlc_log), with real libvlc.

The player takes libvlc's paused seek as drawn when the log says its decoder handed the frame on
("end of video preroll" after "Stream buffering done"); these lines are libvlc's, not ours, so a
libvlc that stopped writing them would leave the player on its guesses: this says so first.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

import pytest

from reviewer.player.libvlc import import_vlc, new_instance
from reviewer.player.vlc_log import PREROLL_END, SEEK_BUFFERED, follow

pytestmark = pytest.mark.xvfb


def _next_line(lines: queue.Queue[tuple[str, float]], timeout: float = 5.0) -> str:
    try:
        return lines.get(timeout=timeout)[0]
    except queue.Empty:
        raise AssertionError("libvlc logged no awaited line within 5 s") from None


def test_a_paused_seek_logs_its_buffering_then_its_preroll_end(numbered_video: Path) -> None:
    vlc, _why = import_vlc()
    instance = new_instance(vlc, ("--vout=dummy", "--aout=dummy"))
    lines: queue.Queue[tuple[str, float]] = queue.Queue()
    log = follow(vlc, instance, (SEEK_BUFFERED, PREROLL_END), lambda *got: lines.put(got))
    assert log is not None
    mp = instance.media_player_new()
    media = instance.media_new_path(str(numbered_video))
    mp.set_media(media)
    playing = threading.Event()
    mp.event_manager().event_attach(vlc.EventType.MediaPlayerPlaying, lambda _e: playing.set())
    try:
        mp.play()
        assert playing.wait(5.0)
        mp.set_pause(1)
        while not lines.empty():  # the start's own lines
            lines.get_nowait()
        # 5.4 s: 10 frames after the keyframe at 5.0 s (a keyframe every 25 frames): a pre-roll
        mp.set_time(5_400)
        first = _next_line(lines)
        assert first.startswith(SEEK_BUFFERED), first
        line = _next_line(lines)
        while line.startswith(SEEK_BUFFERED):  # libvlc may buffer more than once
            line = _next_line(lines)
        assert line.startswith(PREROLL_END), line
    finally:
        log.close()
        mp.stop()
        mp.release()
        media.release()
        instance.release()
    assert not log._thread.is_alive()  # closing ends the reader


def test_follow_hands_on_only_the_lines_asked_for(numbered_video: Path) -> None:
    vlc, _why = import_vlc()
    instance = new_instance(vlc, ("--vout=dummy", "--aout=dummy"))
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
