"""The window's staged start: the first paint, then the rest one step a turn, and keys pressed
before the part they are for is in.

The constructor of the window builds only what the first paint shows and needs (the table, the
editor, the speakers, the menus and the window's own keys). Once the table has painted, each
later turn of the event loop runs one named step of :class:`StagedStart`: the features (a module
a turn, then every panel at once), the video pane, libvlc, the Problems column.
:meth:`StagedStart.finish` runs what is left at once; the window's ``started`` says when all is
in place. A key no action took while the features are not in yet is kept, the rest is built at
once, and the key is played to the action that now has it (:meth:`StagedStart.early_key`).
"""

from __future__ import annotations

import traceback
from collections import deque
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from reviewer.ui.i18n import tr

# The start goes on after this long even if the table never paints (a window kept hidden).
START_FALLBACK_MS = 500

Step = tuple[str, Callable[[], None]]


class _FirstPaint(QObject):
    """Calls ``then`` once, when the watched widget has painted for the first time."""

    def __init__(self, watched: QWidget, then: Callable[[], None]) -> None:
        super().__init__(watched)
        self._then: Callable[[], None] | None = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            then()
        return False


class StagedStart(QObject):
    """Runs named steps one per turn of the event loop, from the first paint of ``watched``.

    ``done(name)`` says whether a step has run; ``finished`` is emitted once, after the last.
    A step that fails is reported through ``failed`` (the start goes on without it).
    """

    finished = Signal()
    failed = Signal(str)  # what the editor reads: the part that could not be set up, and why

    def __init__(
        self,
        parent: QObject,
        watched: QWidget,
        steps: Iterable[Step],
        actions: Mapping[str, QAction],
        early_until: str,
    ) -> None:
        """``actions``: the window's actions by name (those present now are the core ones);
        ``early_until``: the step before which a key no action took builds the rest at once."""
        super().__init__(parent)
        self._steps: deque[Step] = deque(steps)
        self._done: set[str] = set()
        self._over = False
        self._actions = actions
        self._core = set(actions)
        self._early_until = early_until
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)
        # Watched on the table, painted in the same pass as its rows: not on its viewport,
        # whose private Qt class PySide cannot place without setting up every QtWidgets type
        # (6-11 ms, the first time Python touches it).
        _FirstPaint(watched, lambda: self._timer.start(0))

    @property
    def is_over(self) -> bool:
        """True once every step has run (or the start was stopped after the last)."""
        return self._over

    def done(self, name: str) -> bool:
        """True once the step ``name`` has run."""
        return name in self._done

    def shown(self) -> None:
        """The window is shown: go on after a while even if the table never paints."""
        if self._steps and not self._timer.isActive():
            self._timer.start(START_FALLBACK_MS)  # the first paint starts it sooner

    def finish(self) -> None:
        """Run every step still waiting for its turn, now."""
        self._timer.stop()
        while self._steps:
            self._run(self._steps.popleft())

    def stop(self) -> None:
        """Drop the steps not run yet (the window closes before the start was over)."""
        self._timer.stop()
        self._steps.clear()

    def early_key(self, event: QKeyEvent) -> bool:
        """Take a key no action took before step ``early_until`` ran: build the rest at once
        and play the key to the action that has it now. False once the step has run."""
        if self.done(self._early_until):
            return False
        combination = event.keyCombination()
        event.accept()
        self.finish()
        self._play(combination)
        return True

    def _play(self, combination: QKeyCombination) -> None:
        sequence = QKeySequence(combination)
        for name, action in self._actions.items():
            late = name not in self._core
            if late and action.isEnabled() and sequence in action.shortcuts():
                action.trigger()
                return

    def _next(self) -> None:
        if self._steps:
            self._run(self._steps.popleft())
        if self._steps:
            self._timer.start(0)

    def _run(self, step: Step) -> None:
        """Run one step; one that fails is reported, and the start goes on (the rest of the
        window, ``finished``) without what it would have added."""
        name, run = step
        try:
            run()
        except Exception as exc:  # a bug in one panel must not leave the window half-built
            traceback.print_exc()
            self.failed.emit(
                tr("Part of the window could not be set up ({error})").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
        self._done.add(name)
        if not self._steps and not self._over:
            self._over = True
            self.finished.emit()
