"""A quiet terminal: what native libraries write to file descriptor 2 goes to the log, Python's
own messages stay on the terminal, and ALSA's error lines are dropped (reviewer --verbose keeps
them all)."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent("""
    import ctypes, ctypes.util, os, sys
    from pathlib import Path
    from reviewer.ui.terminal import quiet_native_output
    quiet = sys.argv[1] == "quiet"
    if quiet:
        quiet_native_output(Path(sys.argv[2]))
    os.write(2, b"native: a library's line\\n")  # as libvlc or libvdpau write, below Python
    print("python: Reviewer's own message", file=sys.stderr)
    name = ctypes.util.find_library("asound")
    if name:
        asound = ctypes.CDLL(name)
        handle = ctypes.c_void_p()
        # An unknown device: ALSA prints "ALSA lib ... Unknown PCM" through its error handler.
        asound.snd_pcm_open(ctypes.byref(handle), b"no_such_device_k13", 0, 0)
""")


def _run(mode: str, log: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode, str(log)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stderr


def test_native_output_goes_to_the_log_python_messages_stay(tmp_path: Path) -> None:
    log = tmp_path / "native-output.log"
    terminal = _run("quiet", log)
    assert "python: Reviewer's own message" in terminal
    assert "native:" not in terminal and "ALSA" not in terminal
    assert "native: a library's line" in log.read_text(encoding="utf-8")


@pytest.mark.skipif(ctypes.util.find_library("asound") is None, reason="no libasound")
def test_alsa_lines_are_dropped_unless_verbose(tmp_path: Path) -> None:
    log = tmp_path / "native-output.log"
    assert "ALSA lib" in _run("verbose", log)  # what the editor saw on every start
    _run("quiet", log)
    assert "ALSA lib" not in log.read_text(encoding="utf-8")  # dropped, not only moved
