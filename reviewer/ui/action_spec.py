"""What an action is: :class:`ActionSpec`, the QAction made from it, and its keys as text.

An action carries its handler (``run``), when it is enabled (``when``), how its text follows
the project (``retitle``) and what its checked state does (``on_toggle``), each a function of
the window (:class:`reviewer.ui.window_api.Window`). The window's own actions are listed in
:mod:`reviewer.ui.actions`, their functions in :mod:`reviewer.ui.commands`; a feature declares
its own and adds them with ``window.add_action(spec)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reviewer.ui.i18n import tr

LIST = "segment list"
EDITOR = "editor"
ANYWHERE = "anywhere"

# The window is typed loosely here (action_spec imports no window module): the review core's
# commands take window_api.Shell, a feature's window_api.Window.
Run = Callable[[Any], object]
When = Callable[[Any], bool]
Retitle = Callable[[Any], str]
OnToggle = Callable[[Any, bool], None]
Checked = Callable[[Any], bool]


@dataclass(frozen=True)
class ActionSpec:
    """One action: ``keys`` work in ``scope`` (the list only, or anywhere in the window).

    ``run(window)`` does it; ``when(window)`` says whether it can be done now (no ``when``:
    always); ``retitle(window)`` gives its text as the project changes (Undo *what*);
    ``on_toggle(window, checked)`` follows a checkable action's state, however it changes, from
    the state ``checked(window)`` gives it at the start.
    """

    name: str
    text: str
    menu: str
    keys: tuple[str, ...] = ()
    scope: str = ANYWHERE
    tip: str = ""
    checkable: bool = False
    run: Run | None = None
    when: When | None = None
    retitle: Retitle | None = None
    on_toggle: OnToggle | None = None
    checked: Checked | None = None  # a checkable action's state at the start (a setting)
    submenu: str = ""  # a submenu of ``menu`` it goes in ("Speakers", "Tags")


def key_text(spec: ActionSpec) -> str:
    """Return the keys of ``spec`` as an editor reads them ("Ctrl+Enter, F2")."""
    return ", ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys
    )


def make_action(spec: ActionSpec, parent: QWidget) -> QAction:
    """Return a QAction for ``spec``: keys, tooltip with its keys, scope."""
    action = QAction(tr(spec.text), parent)
    action.setObjectName(spec.name)
    if spec.keys:
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
    action.setShortcutContext(
        Qt.ShortcutContext.WidgetWithChildrenShortcut
        if spec.scope in (LIST, EDITOR)
        else Qt.ShortcutContext.WindowShortcut
    )
    keys = key_text(spec)
    tip = tr(spec.tip or spec.text)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.setCheckable(spec.checkable)
    return action
