"""Reviewer's icon (resources/icons: an SVG and PNGs of every size a desktop asks for)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from reviewer.paths import resources_dir

SIZES = (16, 32, 48, 64, 128, 256, 512)


START_SIZES = (16, 32, 48, 64)  # what a window manager draws in a title bar or a task list


@cache
def app_icon(sizes: tuple[int, ...] = SIZES) -> QIcon:
    """Return the application icon, made of its PNG ``sizes`` (Qt scales the nearest for others).

    The window's icon is set with START_SIZES while it starts, and with all of them once it
    has: on X11 Qt hands every size to the window manager as pixels (_NET_WM_ICON), and
    decoding and converting the 256 and 512 px ones took 10 ms before the window could show.
    """
    folder = resources_dir() / "icons"
    icon = QIcon()
    for size in sizes:
        png = folder / f"reviewer-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon
