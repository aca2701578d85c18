"""libvlc's own log, read on a thread of ours: the few lines a player waits for.

libvlc 3 sends no event when its paused seek is drawn, but its core logs one line as the
decoder hands the seek's first frame to the video output: "end of video preroll"
(src/input/decoder.c). In probes at 1080p on a 10-s GOP it came 63-179 ms after the seek
(101-241 frames past the keyframe) and the picture was on screen 6-8 ms after it was read. Each
seek the input makes logs "Stream buffering done" first (src/input/es_out.c), 1-6 ms after it
is asked, for every demuxer. A seek landing on a keyframe has no pre-roll and logs no end of it,
nor does VLC's own TS demuxer (Reviewer plays TS through libavformat's, and on a path of its
own that waits for no draw: see VlcPlayer._play_with_lead_in).

libvlc writes its log to a stdio stream (libvlc_log_set_file): here the write end of a pipe,
line-buffered and non-blocking (should we fall behind, libvlc loses lines, never waits on us),
so no Python runs on libvlc's threads. A thread of ours reads the other end and hands on the
lines that start with one of the prefixes asked for, stamped with when they were read. Linux
and other systems with a C library that ctypes finds; elsewhere follow() returns None and the
player goes by its guesses.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import threading
import time
from collections.abc import Callable
from typing import Any

PREROLL_END = "end of video preroll"
SEEK_BUFFERED = "Stream buffering done"

_IOLBF = 1  # glibc's and musl's value for line buffering (setvbuf)


def _libc() -> Any:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    libc = ctypes.CDLL(name)
    libc.fdopen.restype = ctypes.c_void_p
    libc.fdopen.argtypes = [ctypes.c_int, ctypes.c_char_p]
    libc.setvbuf.restype = ctypes.c_int
    libc.setvbuf.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_size_t]
    libc.fclose.restype = ctypes.c_int
    libc.fclose.argtypes = [ctypes.c_void_p]
    return libc


class LogFollower:
    """An instance's log lines that start with one of ``prefixes``, handed to
    ``on_line(line, at)`` on our reader thread (``at``: time.monotonic() when read)."""

    def __init__(
        self,
        vlc: Any,
        instance: Any,
        libc: Any,
        prefixes: tuple[str, ...],
        on_line: Callable[[str, float], None],
    ) -> None:
        self._vlc, self._instance, self._libc = vlc, instance, libc
        self._prefixes = tuple(p.encode() for p in prefixes)
        self._on_line = on_line
        self._read_fd, write_fd = os.pipe()
        os.set_blocking(write_fd, False)
        self._stream = libc.fdopen(write_fd, b"w")
        if not self._stream:
            os.close(write_fd)
            os.close(self._read_fd)
            raise OSError("fdopen failed")
        self._thread = threading.Thread(target=self._read, name="libvlc-log", daemon=True)
        try:
            libc.setvbuf(self._stream, None, _IOLBF, 0)
            vlc.libvlc_log_set_file(instance, ctypes.cast(self._stream, vlc.FILE_ptr))
            self._thread.start()
        except BaseException:
            with contextlib.suppress(Exception):
                vlc.libvlc_log_unset(instance)
            libc.fclose(self._stream)
            os.close(self._read_fd)
            raise

    def _read(self) -> None:
        rest = b""
        while True:
            try:
                data = os.read(self._read_fd, 65536)
            except OSError:
                return
            if not data:
                return  # closed
            at = time.monotonic()
            *lines, rest = (rest + data).split(b"\n")
            for line in lines:
                if line.startswith(self._prefixes):
                    self._on_line(line.decode(errors="replace"), at)

    def close(self) -> None:
        """Stop libvlc writing, then end the reader (before the instance is released)."""
        if self._stream is None:
            return
        with contextlib.suppress(Exception):
            self._vlc.libvlc_log_unset(self._instance)
        self._libc.fclose(self._stream)  # closes the write end: the reader sees the end
        self._stream = None
        self._thread.join(timeout=1.0)
        os.close(self._read_fd)


def follow(
    vlc: Any, instance: Any, prefixes: tuple[str, ...], on_line: Callable[[str, float], None]
) -> LogFollower | None:
    """Follow ``instance``'s log (see LogFollower), or None where it cannot be read."""
    try:
        libc = _libc()
        if libc is None or not hasattr(vlc, "libvlc_log_set_file"):
            return None
        return LogFollower(vlc, instance, libc, prefixes, on_line)
    except Exception:  # OSError, python-vlc's NameError for a missing symbol, RuntimeError, ...
        return None
