"""Which Qt plugins the frozen app carries (used by the two hooks beside this file).

PyInstaller's own PySide6.QtGui hook collects every plugin type QtGui can use: Wayland, EGLFS,
VNC, the GTK theme (which drags GTK into the bundle), the virtual keyboard (which drags QtQml
and QtQuick in). Reviewer needs the X11 platform plugin and what it loads, SVG icons, and the
input method plugins through which editors type Chinese (IBus, compose).
"""

from __future__ import annotations

import os

KEEP = {
    "platforms": ("libqxcb.so", "qwindows.dll", "libqcocoa.dylib"),
    "platforms/darwin": None,  # macOS: whatever is there
    "xcbglintegrations": None,
    "platforminputcontexts": (
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    ),
    "imageformats": ("libqsvg.so", "qsvg.dll", "libqsvg.dylib", "qico.dll", "libqicns.dylib"),
    "iconengines": None,
    "styles": None,
}


def wanted(entry: tuple[str, str]) -> bool:
    """Return whether a (source, destination folder) entry from a Qt hook is to be kept."""
    source, dest = entry
    dest = dest.replace("\\", "/")
    if "/plugins/" not in dest + "/":
        return True
    kind = dest.split("/plugins/", 1)[1].strip("/") if "/plugins/" in dest else ""
    if kind not in KEEP:
        return False
    names = KEEP[kind]
    return names is None or os.path.basename(source) in names
