"""Reviewer's icon (resources/icons: an SVG and PNGs of every size a desktop asks for)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from reviewer.paths import resources_dir

SIZES = (16, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    """Return the application icon, made of its PNG sizes (Qt scales the nearest for others)."""
    folder = resources_dir() / "icons"
    icon = QIcon()
    for size in SIZES:
        png = folder / f"reviewer-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon
