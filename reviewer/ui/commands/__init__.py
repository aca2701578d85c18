"""The review window's commands, grouped by menu (file, edit, review, playback, help), and the
predicates that say when an action can be done.

Each command is a function of the window; :mod:`reviewer.ui.actions` pairs it with its keys,
menu and ``when`` in one table entry. Commands reach the window only through its public members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window


def has_project(window: Window) -> bool:
    """A project is open (read-only or not)."""
    return window.project is not None


def writable(window: Window) -> bool:
    """A project is open and may be changed."""
    return window.project is not None and not window.project.read_only


def on_segment(window: Window) -> bool:
    """A changeable project with a current segment."""
    return writable(window) and window.current_id() is not None


def can_undo(window: Window) -> bool:
    return writable(window) and bool(window.project and window.project.can_undo)


def can_redo(window: Window) -> bool:
    return writable(window) and bool(window.project and window.project.can_redo)
