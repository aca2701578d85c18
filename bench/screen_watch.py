"""Watch the frame number a window shows, from a process of its own (bench/sync.py's moves).

    python bench/screen_watch.py WINDOW_ID POLL_MS TURNS

While told to (a line "on" on its standard input, until "off"), grabs the X window WINDOW_ID
every POLL_MS (its picture shown TURNS quarter turns clockwise: a phone's, 1) and prints
"MONOTONIC FRAME" (FRAME -1: unreadable) for the first look and each time what it shows
changes, flushed at once; it ends with its input. PySide6's grabWindow holds
the GIL (0.56 ms for a 320x180 window under Xvfb; a spinning thread got 5 % of its pace
meanwhile): looking from the app's own process every 3 ms held back the exact picture's decoder
thread, which takes the GIL between packets, and a move on a long-GOP file measured slower than
it is. Looking all the time, even from here, took a core's fifth from libvlc and the decoders
(bench/README.md). time.monotonic() is the system's CLOCK_MONOTONIC on Linux: the same clock in
both processes.
"""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reviewer.player.framecode import read_image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    window, poll_ms, turns = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    app = QGuiApplication([])
    screen = app.primaryScreen()
    watching, last = False, -2
    while True:
        ready, _, _ = select.select([0], [], [], 0 if watching else None)
        if ready:
            said = os.read(0, 4096)
            if not said:
                return 0  # bench/sync.py is done
            watching, last = said.split()[-1] == b"on", -2
        if watching:
            found = read_image(screen.grabWindow(window).toImage(), turns)
            number = -1 if found is None else found
            if number != last:
                print(f"{time.monotonic():.6f} {number}", flush=True)
                last = number
            time.sleep(poll_ms / 1000)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (BrokenPipeError, KeyboardInterrupt):
        sys.exit(0)
