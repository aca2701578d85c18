"""Frame-numbered test video: make one with ffmpeg, and read the number back from a frame.

Used by the sync tests and bench/sync.py to prove sync from what libvlc shows, not from its clock.
Each frame carries its number as 12 big black/white blocks (binary, most significant first) and a
parity block, on a row; the row below repeats them inverted. A block is only read when the two
rows disagree clearly, so a torn, blended or half-decoded frame reads as None, never as a wrong
number. Pure Python: no numpy, no Qt.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

BITS = 12
BLOCKS = BITS + 3  # white guard, 12 bits, parity, black guard
WIDTH, HEIGHT, FPS = 320, 240, 25
# Bands as fractions of the frame height: the number, then its inverse.
_BAND = ((0.15, 0.45), (0.55, 0.85))
_MIN_CONTRAST = 80  # of 255: a clean block reads ~255 against its inverse

Pixel = Callable[[int, int], int]  # (x, y) -> grey level 0-255


def bits_of(number: int) -> list[int]:
    """Return the blocks of the top band for a frame number: guard, bits, parity, guard."""
    bits = [(number >> (BITS - 1 - i)) & 1 for i in range(BITS)]
    return [1, *bits, sum(bits) % 2, 0]


def frame_rgb(number: int, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """Return one raw RGB24 frame that shows `number`."""
    grey = b"\x60\x60\x60"
    rows = []
    for band_no, (top, bottom) in enumerate(_BAND):
        blocks = bits_of(number)
        if band_no:
            blocks = [1 - b for b in blocks]
        row = b"".join(
            b"\xff\xff\xff" if blocks[min(x * BLOCKS // width, BLOCKS - 1)] else b"\x00\x00\x00"
            for x in range(width)
        )
        rows.append((int(top * height), int(bottom * height), row))
    plain = grey * width
    out = []
    for y in range(height):
        line = plain
        for top, bottom, row in rows:
            if top <= y < bottom:
                line = row
        out.append(line)
    return b"".join(out)


def read_number(pixel: Pixel, width: int, height: int) -> int | None:
    """Return the frame number shown in an image of `width` x `height`, or None if unreadable.

    `pixel(x, y)` gives the grey level at a point; the image must be the whole video picture
    (any size, same aspect ratio).
    """
    blocks = []
    for i in range(BLOCKS):
        x0 = int((i + 0.3) * width / BLOCKS)
        x1 = int((i + 0.7) * width / BLOCKS)
        levels = []
        for top, bottom in _BAND:
            y0 = int((top + 0.25 * (bottom - top)) * height)
            y1 = int((top + 0.75 * (bottom - top)) * height)
            points = [(x, y) for x in (x0, (x0 + x1) // 2, x1) for y in (y0, (y0 + y1) // 2, y1)]
            levels.append(sum(pixel(x, y) for x, y in points) / len(points))
        if abs(levels[0] - levels[1]) < _MIN_CONTRAST:
            return None
        blocks.append(1 if levels[0] > levels[1] else 0)
    if blocks[0] != 1 or blocks[-1] != 0:
        return None
    bits = blocks[1 : 1 + BITS]
    if sum(bits) % 2 != blocks[1 + BITS]:
        return None
    return sum(bit << (BITS - 1 - i) for i, bit in enumerate(bits))


def ffmpeg_path() -> str | None:
    """Return the ffmpeg executable, or None when it is not installed."""
    return shutil.which("ffmpeg")


def make_video(
    path: Path, seconds: float = 12.0, fps: int = FPS, codec: str = "h264", gop: int = 25
) -> Path:
    """Write a frame-numbered video to `path` (codec "h264": lossless x264; "mjpeg": q 2)."""
    ffmpeg = ffmpeg_path()
    if ffmpeg is None:
        raise FileNotFoundError("ffmpeg not found")
    frames = round(seconds * fps)
    if codec == "h264":
        encode = ["-c:v", "libx264", "-qp", "0", "-preset", "ultrafast", "-g", str(gop)]
        encode += ["-pix_fmt", "yuv420p"]
    else:
        encode = ["-c:v", "mjpeg", "-q:v", "2", "-pix_fmt", "yuvj420p"]
    cmd = [
        ffmpeg, "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
        "-s", f"{WIDTH}x{HEIGHT}", "-r", str(fps), "-i", "-", *encode, str(path),
    ]  # fmt: skip
    with subprocess.Popen(cmd, stdin=subprocess.PIPE) as proc:
        assert proc.stdin is not None
        for n in range(frames):
            proc.stdin.write(frame_rgb(n))
        proc.stdin.close()
        if proc.wait() != 0:
            raise RuntimeError(f"ffmpeg failed making {path}")
    return path


def read_image(image: object, turns: int = 0) -> int | None:
    """Return the frame number in a QImage (or anything with width(), height(), pixelColor()),
    of a picture shown `turns` quarter turns clockwise (a phone's: see encodes.Encode.turns);
    a picture turned otherwise reads as None."""
    img: Any = image
    if img.width() < 8 or img.height() < 8:
        return None
    return read_number(*upright(lambda x, y: img.pixelColor(x, y).green(), img.width(),
                                img.height(), turns))  # fmt: skip


def upright(pixel: Pixel, width: int, height: int, turns: int) -> tuple[Pixel, int, int]:
    """Return (pixel, width, height) of the picture as recorded, from those of the picture as
    shown, `turns` quarter turns clockwise."""
    if turns % 2:
        width, height = height, width
    last_x, last_y = width - 1, height - 1
    recorded: Pixel = {  # where the recorded picture's (x, y) is on screen
        0: pixel,
        1: lambda x, y: pixel(last_y - y, x),
        2: lambda x, y: pixel(last_x - x, last_y - y),
        3: lambda x, y: pixel(y, last_x - x),
    }[turns % 4]
    return recorded, width, height
