"""The real application, typed into with real keys (xdotool under Xvfb), killed with SIGKILL:
every edit older than half a second is in the file, and the file is sound.

Runs where there is an X display and xdotool (the whole suite runs under xvfb-run)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import sample_transcript

from reviewer.store import Project

pytestmark = pytest.mark.skipif(
    not os.environ.get("DISPLAY") or shutil.which("xdotool") is None,
    reason="needs an X display (xvfb-run) and xdotool",
)

EDITS = ["Good evening Beirut", "Hezbollah said", "Lavrov said the talks went well"]


def xdotool(*args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, timeout=20, check=False
    )
    return done.stdout.strip()


def find_window(pid: int, title: str, timeout: float = 40) -> str:
    """Return the X window of ``pid`` whose title names ``title`` (set once the project is
    shown: before that, keys would reach a window without it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool("search", "--onlyvisible", "--pid", str(pid), "--name", title)
        if found:
            return found.splitlines()[-1]
        time.sleep(0.2)
    raise AssertionError(f"no window showing {title} appeared")


def focus(window: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        xdotool("windowfocus", "--sync", window)
        if xdotool("getwindowfocus") == window:
            return
        time.sleep(0.2)
    raise AssertionError("the window did not take the keyboard focus")


def translations(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT translation FROM segments ORDER BY start_ms")]
    finally:
        conn.close()


@pytest.mark.timeout(120)
def test_typed_edits_survive_sigkill_of_the_app(tmp_path: Path) -> None:
    path = tmp_path / "news.review"
    Project.create(path, sample_transcript(), author="importer").close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "REVIEWER_AUTHOR": "killer",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "reviewer", "open", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        window = find_window(app.pid, path.name)
        focus(window)
        time.sleep(1.0)  # the first paint and the table's focus
        for i, text in enumerate(EDITS):
            xdotool("key", "--clearmodifiers", "F2")  # edit the translation
            xdotool("key", "--clearmodifiers", "ctrl+a")
            xdotool("type", "--delay", "15", text)
            xdotool("key", "Escape")  # back to the list, keeping the edit
            if i < len(EDITS) - 1:
                xdotool("key", "Down")
        time.sleep(0.7)  # every edit above is now older than half a second
        xdotool("key", "Down", "F2", "ctrl+a")
        xdotool("type", "--delay", "5", "typed just before the kill")
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == -signal.SIGKILL
    saved = translations(path)
    assert saved[:3] == EDITS, app.stderr.read().decode() if app.stderr else ""
    # The lock of the killed app is stale: the file opens for writing again.
    with Project.open(path, author="after") as project:
        assert not project.read_only
        assert {r.author for r in project.history()} == {"killer"}
