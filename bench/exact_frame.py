"""What the exact paused picture costs: per encode, from a request to its RGB picture ready.

    .venv/bin/python bench/exact_frame.py [--size 1080] [--texture] [--no-threads]
                                          [--encodes NAME ...]

Makes each picture encode of reviewer.player.encodes (24 s, frame-numbered; --size 1080 scales
them to 1920x1080: the long-GOP file is then an agency's 1080p file, a keyframe every 10 s, three
B-frames; --texture puts a camera's moving, grainy picture under the number, at 10 Mbit/s at
most), reads its frame table (reviewer.player.packets) and times ExactFrames: 12 moves to
random times (a fresh seek each, decoding from the keyframe before), then 8 neighbouring moves
(frame steps forwards and back, and a move 0.5 s on: the decoder goes on, or the cache answers).
Every picture's frame number is read back from its pixels: "exact" counts those that are the
frame whose span holds the time. No Qt, no libvlc: the decoder alone (bench/sync.py times the
window, from the move to the picture on screen).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reviewer.player.base import Picture
from reviewer.player.encodes import ENCODES, by_name, make
from reviewer.player.framecode import read_number


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def number_in(picture: Picture) -> int | None:
    rgb, stride = picture.rgb, picture.stride
    return read_number(lambda x, y: rgb[y * stride + x * 3 + 1], picture.width, picture.height)


def one(path: Path, threads: bool) -> tuple[list[float], list[float], int, float]:
    """Return (move ms, neighbour ms, exact count, table ms) for one file."""
    from reviewer.player.exact_frame import ExactFrames
    from reviewer.player.packets import read_frame_table

    begun = time.monotonic()
    table = read_frame_table(path)
    table_ms = (time.monotonic() - begun) * 1000
    pictures: list[Picture] = []
    arrived = threading.Event()

    def deliver(picture: Picture) -> None:
        pictures.append(picture)
        arrived.set()

    exact_frames = ExactFrames(table, deliver, threads=threads)
    rng = random.Random(11)
    end = int(table.end_ms()) - 1
    moves: list[float] = []
    near: list[float] = []
    exact = 0

    def ask(ms: int, into: list[float]) -> None:
        nonlocal exact
        arrived.clear()
        begun = time.monotonic()
        request = exact_frames.request(ms)
        while not (pictures and pictures[-1].request == request):
            if not arrived.wait(10):
                raise RuntimeError(f"{path}: no picture for {ms} ms in 10 s")
            arrived.clear()
        into.append((time.monotonic() - begun) * 1000)
        exact += number_in(pictures[-1]) == table.frame_at(ms)

    try:
        for _ in range(12):
            target = rng.randrange(0, end)
            ask(target, moves)
            index = table.frame_at(target)
            for step in (1, 2, 1, 0, -1, -2):  # frame steps
                ask(int(table.start_ms(max(0, min(len(table) - 1, index + step)))) + 1, near)
            ask(min(end, target + 500), near)  # half a second on
            ask(target, near)  # and back to where the move was
    finally:
        exact_frames.close()
    return moves, near, exact, table_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--size", type=int, choices=[0, 576, 720, 1080], default=0,
        help="scale each encode to this height (16:9); 0: as the tests make it",
    )  # fmt: skip
    parser.add_argument("--no-threads", action="store_true", help="decode on one thread")
    parser.add_argument(
        "--texture", action="store_true",
        help="a moving, grainy picture under the number, at 10 Mbit/s at most",
    )  # fmt: skip
    parser.add_argument("--encodes", nargs="*", metavar="NAME", help="only these encodes")
    args = parser.parse_args()
    chosen = [by_name(n) for n in args.encodes] if args.encodes else list(ENCODES)
    chosen = [e for e in chosen if e.picture]
    tmp = Path(tempfile.mkdtemp(prefix="reviewer-exact-"))
    import av  # noqa: F401 - imported once here, not inside the first table's time

    load = os.getloadavg()[0]
    size = f"{args.size * 16 // 9}x{args.size}" if args.size else "as made"
    threads = "one thread" if args.no_threads else "threads AUTO"
    texture = "; moving grainy picture" if args.texture else ""
    print(
        f"exact paused picture, decoder alone ({size}, {threads}{texture}); load average {load:.2f}"
    )
    print(f"{'encode':<16} {'size':>9} {'table':>6} | {'move med':>8} {'p95':>5} | "
          f"{'near med':>8} {'p95':>5} | exact  (ms)")  # fmt: skip
    for encode in chosen:
        if args.size:
            encode = dataclasses.replace(encode, size=(args.size * 16 // 9, args.size))
        encode = dataclasses.replace(encode, texture=args.texture)
        path = make(encode, tmp)
        moves, near, exact, table_ms = one(path, threads=not args.no_threads)
        width, height = encode.size
        total = len(moves) + len(near)
        print(
            f"{encode.name:<16} {f'{width}x{height}':>9} {table_ms:6.1f} | "
            f"{statistics.median(moves):8.0f} {pct(moves, 95):5.0f} | "
            f"{statistics.median(near):8.0f} {pct(near, 95):5.0f} | {exact}/{total}"
        )
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
