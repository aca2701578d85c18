"""What the review window's video surface shows, read from the frame-numbered test video."""

from __future__ import annotations

FPS = 25
SEGMENT_MS = 1000  # the sync tests' segments: one a second


def shown_frame(window) -> int | None:  # type: ignore[no-untyped-def]
    """Return the number of the frame libvlc shows in the window's video surface now."""
    from reviewer.player.framecode import HEIGHT, WIDTH, read_image

    surface = window.video.surface
    image = surface.screen().grabWindow(int(surface.winId())).toImage()
    # libvlc fits the picture into the surface, centred, black bars at the sides or above and
    # below (the audio lane under the video makes the surface wider than the picture): read the
    # picture itself.
    scale = min(image.width() / WIDTH, image.height() / HEIGHT)
    width, height = round(WIDTH * scale), round(HEIGHT * scale)
    x, y = (image.width() - width) // 2, (image.height() - height) // 2
    return read_image(image.copy(x, y, width, height))
