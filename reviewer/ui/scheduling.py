"""The window's Scheduler for players (reviewer.player.base.Scheduler): the GUI thread, by Qt.

Not a Signal: PySide6 6.12's SignalInstance.emit() drops a reference to True on every call
(Python 3.11 aborts with "bool_dealloc" after a few thousand). A queue and a queued
QMetaObject.invokeMethod carry libvlc's events from its threads instead.
"""

from __future__ import annotations

import queue
from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, Slot


class QtScheduler(QObject):
    """Runs callables on the GUI thread: soon (from any thread) or after a delay."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._closed = False

    def call_soon_threadsafe(self, fn: Callable[[], None]) -> None:
        self._queue.put(fn)
        QMetaObject.invokeMethod(self, "drain", Qt.ConnectionType.QueuedConnection)

    def call_later(self, ms: int, fn: Callable[[], None]) -> None:
        if not self._closed:
            QTimer.singleShot(ms, self, fn)  # with a context: never after this is deleted

    def close(self) -> None:
        """Drop what is still queued, and run nothing more."""
        self._closed = True
        self.deleteLater()

    @Slot()
    def drain(self) -> None:
        while True:
            try:
                fn = self._queue.get_nowait()
            except queue.Empty:
                return
            if not self._closed:
                fn()
