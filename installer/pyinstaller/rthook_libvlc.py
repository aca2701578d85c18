"""PyInstaller runtime hook: point python-vlc at the libvlc bundled into the app, if any.

Runs before any of the app's code, so before ``import vlc``. Windows and macOS builds carry
libvlc and its plugins in ``<bundle>/vlc`` (installer/windows/build.ps1, installer/macos/build.sh);
the Linux build carries none and python-vlc finds the system's libvlc as usual. A user who set
PYTHON_VLC_LIB_PATH themselves keeps it.
"""

from __future__ import annotations

import os
import sys


def _point_python_vlc_at_bundle() -> None:
    base = getattr(sys, "_MEIPASS", None)
    if not base or "PYTHON_VLC_LIB_PATH" in os.environ:
        return
    vlc_dir = os.path.join(base, "vlc")
    names = {"win32": "libvlc.dll", "darwin": "libvlc.dylib"}
    name = names.get(sys.platform, "libvlc.so.5")
    lib = os.path.join(vlc_dir, name)
    plugins = os.path.join(vlc_dir, "plugins")
    if not os.path.isfile(lib):
        return
    if sys.platform == "win32":
        # libvlc.dll loads libvlccore.dll from its own folder.
        os.add_dll_directory(vlc_dir)  # type: ignore[attr-defined,unused-ignore]
    os.environ["PYTHON_VLC_LIB_PATH"] = lib
    if os.path.isdir(plugins):
        os.environ["PYTHON_VLC_MODULE_PATH"] = plugins
        os.environ["VLC_PLUGIN_PATH"] = plugins


_point_python_vlc_at_bundle()
