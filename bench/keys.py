"""From a key to its effect painted, on a 20,000-segment project: a speaker digit, Ctrl+Enter
(approve and next), Down, and a letter typed in the translation box. Target: p99 <= 16 ms (one
frame at 60 Hz).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python bench/keys.py [--presses 200] [--json]

The window is the real one (xcb under Xvfb, every feature in, the Problems column filled), on a
copy of bench/generate.py's project. Each press is a real key event sent to the widget with the
keyboard (QTest.keyClick: shortcuts, the action, the store's write to SQLite, the models'
notices all run as for a person's key); the clock stops when the widget that shows the effect
(the list, or the translation box) has painted and the window's backing store has gone to the X
server: the event loop is run until that paint has happened. The GUI thread's CPU time for the
same span is given beside it: on a machine shared with other work, the wall clock's tail is
mostly waiting for a core, and the CPU time says what the key itself costs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Row, emit, median, pct

TARGET_MS = 16.0


def measure(presses: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Return, per kind of key, the wall-clock and the GUI thread's CPU milliseconds from the
    key to its effect painted."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.generate import project_file

    work = Path(tempfile.mkdtemp(prefix="reviewer-bench-keys-"))
    os.environ.update(
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        REVIEWER_AUTHOR="bench",
    )
    path = work / "press.review"
    shutil.copy(project_file(), path)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reviewer.ui import heap
    from reviewer.ui.main_window import MainWindow

    # As reviewer.ui.app starts the window: no cyclic collection while it starts, then what
    # the start made is frozen out of the collector's way (reviewer.ui.heap). Without that, a
    # full collection walked the 20,000 segments during the presses: 18-74 ms pauses.
    heap.hold()
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    window.open_path(path)
    window.finish_start()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    # Steady state: the Problems panel checks a long project a slice per turn of the event loop
    # after it opens (about a second for 20,000 segments); the keys are timed after that.
    from reviewer.ui.problems_panel import ProblemsPanel

    panel = window.part(ProblemsPanel)
    deadline = time.monotonic() + 60
    while panel.summary.text() == "Checking…" and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(50):
        app.processEvents()
    heap.settle()  # the window's `started` does this in the app
    window.project.add_speaker("Bench speaker")  # on a free key
    slot = next(s.slot for s in window.project.transcript.speakers if s.name == "Bench speaker")

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    painted = Painted()
    table_view = window.table.viewport()
    text_view = window.editor.translation.viewport()
    table_view.installEventFilter(painted)
    text_view.installEventFilter(painted)

    cpu: dict[str, list[float]] = {}

    def press(
        name: str, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
    ) -> None:
        painted.seen = False
        started, cpu_started = time.perf_counter(), time.thread_time()
        QTest.keyClick(widget, key, modifier)
        deadline = started + 1.0
        while not painted.seen and time.perf_counter() < deadline:
            app.processEvents()
        app.processEvents()  # the rest of that paint pass (flush to the X server)
        times[name].append((time.perf_counter() - started) * 1000)
        cpu.setdefault(name, []).append((time.thread_time() - cpu_started) * 1000)

    times: dict[str, list[float]] = {"digit": [], "ctrl_enter": [], "down": [], "letter": []}
    digit = getattr(Qt.Key, f"Key_{slot}")
    window.select_row(5000)
    for i in range(presses):
        window.table.setFocus()
        app.processEvents()
        press("down", window.table, Qt.Key.Key_Down)
        press("digit", window.table, digit)
        press("ctrl_enter", window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if i % 4 == 0:  # typing: a few letters into the translation box, then back
            window.trigger("edit_translation")
            app.processEvents()
            for letter in (Qt.Key.Key_A, Qt.Key.Key_E, Qt.Key.Key_S):
                press("letter", window.editor.translation, letter)
            window.trigger("back_to_list")
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    return times, cpu


def rows(times: dict[str, list[float]], cpu: dict[str, list[float]]) -> list[Row]:
    names = {
        "digit": "key to painted: speaker digit, 20k segments, p99",
        "ctrl_enter": "key to painted: Ctrl+Enter (approve, next), 20k segments, p99",
        "down": "key to painted: Down, 20k segments, p99",
        "letter": "key to painted: a letter typed in the translation, 20k segments, p99",
    }
    return [
        Row(
            names[name],
            f"<= {TARGET_MS:g} ms",
            pct(values, 99),
            absolute=TARGET_MS,
            note=(
                f"median {median(values):.1f} ms, max {max(values):.1f} ms; GUI thread CPU p99"
                f" {pct(cpu[name], 99):.1f} ms, median {median(cpu[name]):.1f} ms;"
                f" {len(values)} presses; load average {os.getloadavg()[0]:.1f}"
            ),
        )
        for name, values in times.items()
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("bench/keys.py needs an X display (run under xvfb-run)", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    emit(rows(*measure(args.presses)), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
