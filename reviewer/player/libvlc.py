"""Find libvlc at start-up and say plainly what is missing; make libvlc instances.

`import vlc` is not proof of libvlc: on Linux it succeeds with no libvlc at all (the first call
then fails with NameError), it calls sys.exit() when PYTHON_VLC_LIB_PATH is wrong, and with a
partial install `vlc.Instance()` returns None. probe() tries all of it and never raises; the
instance it started is handed to the next new_instance() (the player), not started twice.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# --no-xlib is deliberately absent: Qt's xcb platform calls XInitThreads(), and libvlc's
# Xlib-based outputs (GL via EGL/GLX, VA-API) are the fast ones.
INSTANCE_ARGS = (
    "--quiet",
    "--no-video-title-show",  # the file name drawn over the video on start
    "--no-osd",
    "--no-snapshot-preview",
    "--no-stats",
    "--no-lua",
    "--no-interact",
    "--no-keyboard-events",  # the editor's keys belong to the app, not to libvlc
    "--no-mouse-events",
    "--no-disable-screensaver",
    "--no-sub-autodetect-file",  # the transcript is ours; don't burn in a .srt found beside
)


@dataclass(frozen=True)
class LibvlcStatus:
    """What probe() found: ok, libvlc's version, and if not ok why and how to fix it."""

    ok: bool
    version: str = ""
    reason: str = ""
    install_hint: str = ""

    @property
    def message(self) -> str:
        """Return one line for the banner: the reason and the fix."""
        if self.ok:
            return f"libvlc {self.version}"
        return f"{self.reason}: {self.install_hint}" if self.install_hint else self.reason


def install_hint(platform: str = sys.platform) -> str:
    """Return how to install libvlc on this platform."""
    if platform.startswith("linux"):
        return "sudo apt install libvlc5 vlc-plugin-base vlc-plugin-video-output"
    if platform.startswith("win"):
        return "install VLC 3 (64-bit, like Python) from https://www.videolan.org/vlc/"
    if platform == "darwin":
        return "install VLC 3 into /Applications from https://www.videolan.org/vlc/"
    return "install libvlc 3 (VLC media player) from your system's packages"


def import_vlc() -> tuple[Any, str]:
    """Return (the vlc module, "") or (None, why it could not be imported)."""
    try:
        import vlc
    except SystemExit:  # python-vlc exits on a bad PYTHON_VLC_LIB_PATH/PYTHON_VLC_MODULE_PATH
        return None, (
            "python-vlc could not load libvlc from PYTHON_VLC_LIB_PATH="
            f"{os.environ.get('PYTHON_VLC_LIB_PATH', '')!r} / PYTHON_VLC_MODULE_PATH="
            f"{os.environ.get('PYTHON_VLC_MODULE_PATH', '')!r}"
        )
    except ImportError:
        return None, "python-vlc is not installed (pip install python-vlc)"
    except Exception as exc:  # OSError, NotImplementedError: no libvlc
        return None, f"libvlc not found ({exc})"
    return vlc, ""


# The instance probe() started, kept for the player that usually follows at once (starting
# libvlc loads its plugins: making a second instance costs as much again).
_spare: Any = None


def new_instance(vlc: Any, extra: tuple[str, ...] = ()) -> Any:
    """Return a libvlc instance with our arguments, or None when libvlc cannot start."""
    global _spare
    if not extra and _spare is not None:
        instance, _spare = _spare, None
        return instance
    try:
        return vlc.Instance([*INSTANCE_ARGS, *extra])
    except Exception:
        return None


def _keep_spare(instance: Any) -> None:
    """Keep ``instance`` for the next new_instance() (releasing one kept before)."""
    global _spare
    drop_spare()
    _spare = instance


def drop_spare() -> None:
    """Release the instance probe() kept, if no player took it."""
    global _spare
    if _spare is not None:
        with contextlib.suppress(Exception):
            _spare.release()
        _spare = None


def _plugin_dir() -> Path | None:
    """Return libvlc's plugin folder on Linux (from the loaded libvlccore), if it can be told."""
    env = os.environ.get("PYTHON_VLC_MODULE_PATH") or os.environ.get("VLC_PLUGIN_PATH")
    if env:
        return Path(env)
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return None
    for line in maps.splitlines():
        if "libvlccore.so" in line:
            lib = Path(line.split()[-1])
            return lib.parent / "vlc" / "plugins"
    return None


def _missing_video_output() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    plugins = _plugin_dir()
    if plugins is None or not plugins.is_dir():
        return False  # cannot tell: don't cry wolf
    outputs = plugins / "video_output"
    return not any(outputs.glob("libxcb_*_plugin.so")) and not any(outputs.glob("libgl*.so"))


def probe() -> LibvlcStatus:
    """Return whether libvlc can play video here, its version, or what to install. Never raises."""
    hint = install_hint()
    vlc, why = import_vlc()
    if vlc is None:
        return LibvlcStatus(False, reason=why, install_hint=hint)
    try:
        version = vlc.libvlc_get_version().decode(errors="replace").split(" ")[0]
    except Exception:  # NameError: python-vlc imported, but no libvlc behind it
        return LibvlcStatus(False, reason="libvlc not found", install_hint=hint)
    instance = new_instance(vlc)
    if instance is None:
        return LibvlcStatus(
            False, version, f"libvlc {version} cannot start (plugins missing?)", hint
        )
    problem = ""
    if not version.startswith("3."):
        problem = f"libvlc {version} is not version 3"
    elif _missing_video_output():
        problem = f"libvlc {version} has no video output plugin"
    if problem:
        with contextlib.suppress(Exception):
            instance.release()
        return LibvlcStatus(False, version, problem, hint)
    _keep_spare(instance)  # for the VlcPlayer that follows a good probe
    return LibvlcStatus(True, version)
