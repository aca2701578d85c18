"""The window's use of Python's cyclic garbage collector, in one place.

While the window starts, the heap only grows (modules, Qt's types and wrappers, the open
transcript): walking it again and again as it grows delayed the first paint by 20-30 ms on a
20,000-segment project, so collection is off (:func:`hold`). Once started, what the start made
lives as long as the app: it is frozen out of the collector's way and collection goes on as
usual (:func:`settle`); full passes over 20,000 segments had stalled the event loop 50-80 ms.
When another project is opened, the one closing was part of the frozen heap: :func:`thaw`
lets it be collected once the objects still pointing at it are deleted (the old table model
goes with ``deleteLater``), then collects and freezes again.
"""

from __future__ import annotations

import gc

SETTLE_ANYWAY_MS = 10_000  # should a step of the start never end it
REFREEZE_AFTER_MS = 200


def hold() -> None:
    """No cyclic collection from now on, until :func:`settle`."""
    gc.disable()


def settle() -> None:
    """Freeze what the start made and collect as usual again (once; later calls do nothing)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def thaw() -> None:
    """Let the frozen heap be collected (a project closes), and freeze it again shortly."""
    if gc.get_freeze_count() > 0:
        from PySide6.QtCore import QTimer

        gc.unfreeze()
        QTimer.singleShot(REFREEZE_AFTER_MS, _collect_and_freeze)


def _collect_and_freeze() -> None:
    gc.collect()
    gc.freeze()
