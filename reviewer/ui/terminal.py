"""A quiet terminal: what native libraries print goes to a log file, not over the editor's shell.

libvlc and the libraries it loads write straight to the process's standard error, below
Python: ALSA's "ALSA lib pcm.c:... unknown PCM" lines (some 50 on a machine without a sound
card, each time audio opens), libvdpau's "Failed to open VDPAU backend", Qt's own warnings.
Unless the editor asks for them (``reviewer --verbose``), :func:`quiet_native_output` gives
ALSA an error handler that drops its messages, and points file descriptor 2 at a log file in
the user's data folder, while Python's ``sys.stderr`` keeps the terminal: a Python traceback
or one of Reviewer's own messages is still seen there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from pathlib import Path

LOG_NAME = "native-output.log"
# ALSA's handler type: void (*)(const char *file, int line, const char *function, int err,
# const char *fmt, ...). The variadic rest is not read: the handler drops the message.
_ALSA_HANDLER = ctypes.CFUNCTYPE(
    None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
)
_kept: list[object] = []  # the handler must outlive every call ALSA makes to it


def silence_alsa() -> bool:
    """Give ALSA an error handler that prints nothing; False when there is no libasound."""
    name = ctypes.util.find_library("asound")
    if name is None:
        return False
    try:
        asound = ctypes.CDLL(name)
        handler = _ALSA_HANDLER(lambda *_args: None)
        asound.snd_lib_error_set_handler(handler)
    except (OSError, AttributeError):
        return False
    _kept.append(handler)
    return True


def quiet_native_output(log: Path) -> Path | None:
    """Send native output (file descriptor 2) to ``log``, keep Python's stderr on the
    terminal; return the log's path, or None when it could not be opened (then nothing
    changes)."""
    silence_alsa()
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        log_fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    except OSError:
        return None
    try:
        sys.stderr.flush()
        terminal = os.dup(2)
        os.dup2(log_fd, 2)
    except OSError:
        return None
    finally:
        os.close(log_fd)
    sys.stderr = open(terminal, "w", buffering=1, encoding="utf-8", errors="replace")  # noqa: SIM115
    return log


def default_log() -> Path:
    """Return where native output goes: the user's data folder (see reviewer.paths)."""
    from reviewer.paths import data_dir

    return data_dir() / LOG_NAME
