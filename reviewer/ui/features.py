"""Features that plug into the review window.

Each module named here has ``install(window: Window) -> None``, which adds its actions
(``window.add_action(spec, handler)``), panels (``window.add_dock(...)``) and listens to
``window.project_opened`` / ``project_closing`` / ``current_segment_changed``. The window
itself stays the review core; a feature is one module, added here with one line.

The window imports them one per turn of the event loop after its first paint, installs them
all in one later turn, then tells them the project it opened meanwhile (``project_opened``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

FEATURES: tuple[str, ...] = (
    "reviewer.ui.problems_panel",
    "reviewer.ui.glossary_panel",
    "reviewer.ui.find_replace",
    "reviewer.ui.script_tools",
    "reviewer.ui.check_preferences",
    "reviewer.ui.saving",
    "reviewer.ui.history_panel",
    "reviewer.ui.timeline",
    "reviewer.ui.checkpoint_actions",
    "reviewer.ui.welcome",
    "reviewer.ui.list_layout",
    "reviewer.ui.language_menu",
    "reviewer.ui.audio_lane",
    "reviewer.ui.audio_tracks",
    "reviewer.ui.seek_copies",
    "reviewer.ui.keyboard_paths",  # last: it gives keys to the panels the others made
)


def load(name: str) -> None:
    """Import the feature module ``name`` (the window's start does it a module a turn)."""
    importlib.import_module(name)


def install_all(window: Window) -> None:
    """Install every feature into ``window``, in the order listed."""
    for name in FEATURES:
        importlib.import_module(name).install(window)
