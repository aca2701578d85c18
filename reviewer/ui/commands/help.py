"""Help menu: the command palette, the keyboard shortcuts, about."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reviewer.ui.window_api import Shell


def palette(window: Shell) -> None:
    from reviewer.ui.command_palette import CommandPalette

    dialog = CommandPalette(list(window.actions_by_name.values()), window.widget)
    window.set_dialog(dialog)
    dialog.open()


def shortcuts(window: Shell) -> None:
    from reviewer.ui.help_dialogs import ShortcutsDialog

    dialog = ShortcutsDialog(window.specs, window.widget)
    window.set_dialog(dialog)
    dialog.open()


def about(window: Shell) -> None:
    from reviewer.ui.help_dialogs import AboutDialog

    dialog = AboutDialog(window.widget)
    window.set_dialog(dialog)
    dialog.open()
