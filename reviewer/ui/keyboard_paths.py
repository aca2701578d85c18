"""Keyboard paths with no dead ends: Esc from any box or panel goes back to the list with the
same segment selected; a fixed Tab order; every panel has a key and a palette entry; after any
dialog the keyboard focus goes back where it was, with or without a window manager.

One application event filter does the Esc and the dialog parts: it sees a key before the widget
that has the focus (a combo box, a tree, a line edit would each do something else with Esc, or
nothing), and it sees every dialog of the window open and close, including the ones Qt's static
functions make (QFileDialog, QInputDialog).
"""

from __future__ import annotations

from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QDockWidget, QWidget

from reviewer.ui.action_spec import ActionSpec

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

# Keys that bring up a panel and put the keyboard in it (the History panel has its own,
# Ctrl+Alt+H, from reviewer.ui.history_panel).
PANEL_KEYS = {
    "problemsDock": ("show_problems_panel", "Problems panel", "Ctrl+Alt+P"),
    "glossaryDock": ("show_glossary_panel", "Glossary panel", "Ctrl+Alt+G"),
}


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


def _editing_in_a_view(widget: QWidget) -> bool:
    """True when ``widget`` is (inside) an item view editing a cell: Esc cancels that edit."""
    parent: QWidget | None = widget
    while parent is not None:
        if (
            isinstance(parent, QAbstractItemView)
            and parent.state() == QAbstractItemView.State.EditingState
        ):
            return True
        parent = parent.parentWidget()
    return False


class KeyPaths(QObject):
    """The window's Esc and the focus after its dialogs (see the module's docstring)."""

    def __init__(self, window: Window) -> None:
        super().__init__(window.widget)
        self.window_ = window
        # By the dialog's C++ address: a dialog made by a Qt static function (QInputDialog,
        # QFileDialog) gets a new Python wrapper for each event, so no wrapper can be the key.
        self._focus_before: dict[int, QWidget] = {}
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.widget.destroyed.connect(lambda *_: app.removeEventFilter(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.Show and isinstance(watched, QDialog):
            self._dialog_shown(watched)
        elif kind == QEvent.Type.Hide and isinstance(watched, QDialog):
            self._dialog_hidden(watched)
        return False

    # -- Esc ------------------------------------------------------------------------------

    def _key(self, event: QKeyEvent) -> bool:
        if event.key() != Qt.Key.Key_Escape or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        window = self.window_
        focus = QApplication.focusWidget()
        if (
            focus is None
            or focus.window() is not window
            or focus is window.table
            or QApplication.activePopupWidget() is not None  # an open list closes first
            or _editing_in_a_view(focus)
        ):
            return False
        window.trigger("back_to_list")
        return True

    # -- dialogs --------------------------------------------------------------------------

    def _dialog_shown(self, dialog: QDialog) -> None:
        parent = dialog.parentWidget()
        if parent is None or parent.window() is not self.window_:
            return
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self.window_:
            # Shown before the window had the keyboard (the welcome at the first start, or
            # without a window manager): afterwards the list gets it.
            focus = self.window_.window_focus()
        self._focus_before[_address(dialog)] = focus

    def _dialog_hidden(self, dialog: QDialog) -> None:
        before = self._focus_before.pop(_address(dialog), None)
        if before is None:
            return
        # After the dialog is gone: without a window manager nothing gives the window the
        # X input focus back, and Qt would put the keys into the first box of the window.
        QTimer.singleShot(0, lambda: self._restore(before))

    def _restore(self, widget: QWidget) -> None:
        window = self.window_
        if QApplication.activeModalWidget() is not None:
            return  # another dialog is up; it gets the keys
        window.widget.activateWindow()
        window.widget.raise_()
        alive = shiboken6.isValid(widget) and widget.isVisible()
        target = widget if alive else window.table
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def _tab_order(window: Window) -> None:
    """The find box, the list, the texts, the segment's fields, then the filters (never
    straight from the find box into a filter, where Down would change what the list shows)."""
    editor = window.editor
    chain: list[QWidget] = [
        window.find_box,
        window.table,
        editor.translation,
        editor.source,
        editor.speaker,
        editor.status,
        editor.tags,
        editor.note,
        window.status_filter,
        window.speaker_filter,
    ]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)
    # Enter in the find box goes to the list, on the first segment found if the current one
    # is not among them.
    window.find_box.returnPressed.connect(lambda: _find_box_enter(window))


def _find_box_enter(window: Window) -> None:
    if window.current_id() is None and window.filter.rowCount():
        window.select_row(window.filter.mapToSource(window.filter.index(0, 0)).row())
    window.trigger("back_to_list")


def _show_panel(window: Window, dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()
    inner = dock.widget()
    if inner is not None:
        focusable = [
            w
            for w in inner.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(inner)
        ]
        (focusable[0] if focusable else inner).setFocus(Qt.FocusReason.ShortcutFocusReason)


def _show_speakers(window: Window) -> None:
    table = window.speakers.table
    table.setFocus()
    if table.currentRow() < 0 and table.rowCount():
        table.setCurrentCell(0, 1)


def install(window: Window) -> None:
    window.add_part(KeyPaths(window))
    _tab_order(window)
    for dock in window.widget.findChildren(QDockWidget):
        known = PANEL_KEYS.get(dock.objectName())
        if known is None:
            continue
        name, text, key = known
        window.add_action(
            ActionSpec(name, text, "View", (key,), tip=f"Show the {text} and go to it"),
            partial(_show_panel, window, dock),
        )
    window.add_action(
        ActionSpec(
            "show_speakers_panel",
            "Speakers panel",
            "View",
            ("Ctrl+Alt+S",),
            tip="Go to the speaker list (rename, re-key, recolour); Esc comes back",
        ),
        lambda: _show_speakers(window),
    )
    window.add_action(
        ActionSpec(
            "show_list",
            "Segment list",
            "View",
            ("Ctrl+Alt+0",),
            tip="Back to the segment list from anywhere, the same segment selected (or Esc)",
        ),
        partial(window.trigger, "back_to_list"),
    )
