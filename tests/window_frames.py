"""What the review window's video surface shows, read from the frame-numbered test video."""

from __future__ import annotations

FPS = 25
SEGMENT_MS = 1000  # the sync tests' segments: one a second


def shown_frame(window) -> int | None:  # type: ignore[no-untyped-def]
    """Return the number of the frame libvlc shows in the window's video surface now."""
    from reviewer.player.framecode import read_image

    surface = window.video.surface
    image = surface.screen().grabWindow(int(surface.winId())).toImage()
    return read_image(image)
