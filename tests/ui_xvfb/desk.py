"""A desk for the end-to-end tests: its own X server (Xvfb), optionally a window manager
(openbox), the real app started as the editor starts it, and real key presses (xdotool),
counted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

XVFB_SCREEN = ("-screen", "0", "1600x1000x24")
WAIT_S = 20.0


def tools_missing(window_manager: str | None) -> str | None:
    """Return what is missing to run the desk, or None."""
    for tool in ("Xvfb", "xdotool", "xprop", *([window_manager] if window_manager else [])):
        if shutil.which(tool) is None:
            return f"needs {tool}"
    return None


def wait_for(what: str, check: Callable[[], object], timeout: float = WAIT_S) -> object:
    """Poll ``check`` until it returns something true (another process: no Qt signal to
    await); fail naming ``what``."""
    end = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


class Desk:
    """An X display with the app on it, driven by keys."""

    def __init__(self, home: Path, window_manager: str | None) -> None:
        self.home = home
        self.keys = 0  # every key press the editor made (a combination counts one)
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", *XVFB_SCREEN],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        self.env = dict(
            os.environ,
            DISPLAY=self.display,
            QT_QPA_PLATFORM="xcb",
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            HOME=str(home),
        )
        self.env.pop("REVIEWER_AUTHOR", None)  # a first start: the welcome asks the name
        self.wm: subprocess.Popen[bytes] | None = None
        if window_manager:
            self.wm = subprocess.Popen(
                [window_manager], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            wait_for("the window manager", lambda: "window id" in self._xprop_root())
        self.app: subprocess.Popen[str] | None = None

    def _xprop_root(self) -> str:
        done = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        return done.stdout

    def start_app(self, *args: str) -> None:
        self.app = subprocess.Popen(
            [sys.executable, "-m", "reviewer", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, check=False
        )
        return done.stdout.strip()

    def window(self, name: str) -> str:
        """Wait for a visible window whose title matches ``name``; return its id."""
        found = wait_for(
            f"a window named {name!r}",
            lambda: self.xdotool("search", "--onlyvisible", "--name", name).split("\n")[-1],
        )
        return str(found)

    def focused_on(self, name: str) -> str:
        """Wait until the window named ``name`` has the keyboard; return its id."""
        wid = self.window(name)
        wait_for(f"{name!r} to have the keyboard", lambda: self.xdotool("getwindowfocus") == wid)
        return wid

    def key(self, *combinations: str) -> None:
        """Press each combination ("1", "ctrl+Return", "alt+n"), one after the other."""
        for combination in combinations:
            self.xdotool("key", "--clearmodifiers", combination)
            self.keys += 1

    def type(self, text: str) -> None:
        """Type ``text`` (a key per character)."""
        self.xdotool("type", "--delay", "8", text)
        self.keys += len(text)

    def screenshot(self, path: Path) -> None:
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env, check=False, timeout=30
        )

    def close(self) -> tuple[int | None, str]:
        """Stop the app (if still running), the window manager and the X server; return the
        app's exit status and what it printed on standard error."""
        status, err = None, ""
        if self.app is not None:
            try:
                _out, err = self.app.communicate(timeout=15)
                status = self.app.returncode
            except subprocess.TimeoutExpired:
                self.app.kill()
                _out, err = self.app.communicate()
        for process in (self.wm, self.xvfb):
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        return status, err
