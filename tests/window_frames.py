"""What the review window's video surface shows, read from the frame-numbered test video."""

from __future__ import annotations

import functools
from pathlib import Path

FPS = 25
SEGMENT_MS = 1000  # the sync tests' segments: one a second


@functools.cache
def turns_of(media: str) -> int:
    """Return the quarter turns the media's picture is shown with (a phone's file: 1)."""
    from reviewer.player.encodes import display_turns

    return display_turns(Path(media)) if Path(media).is_file() else 0


def shown_frame(window) -> int | None:  # type: ignore[no-untyped-def]
    """Return the number of the frame libvlc shows in the window's video surface now."""
    from reviewer.player.framecode import HEIGHT, WIDTH, read_image

    surface = window.video.surface
    image = surface.screen().grabWindow(int(surface.winId())).toImage()
    media = window.project.media_path if window.project is not None else None
    turns = turns_of(str(media)) if media is not None else 0
    shown_width, shown_height = (HEIGHT, WIDTH) if turns % 2 else (WIDTH, HEIGHT)
    # libvlc fits the picture into the surface, centred, black bars at the sides or above and
    # below (the audio lane under the video makes the surface wider than the picture): read the
    # picture itself.
    scale = min(image.width() / shown_width, image.height() / shown_height)
    width, height = round(shown_width * scale), round(shown_height * scale)
    x, y = (image.width() - width) // 2, (image.height() - height) // 2
    return read_image(image.copy(x, y, width, height), turns)
