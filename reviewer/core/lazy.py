"""Start-up speed in one place: the modules the window's first paint needs, and those that
wait until first used, each with what it costs and why it waits.

A module in ``COMMANDS`` is bound where it is used with ``lazy``::

    if TYPE_CHECKING:
        import regex
    else:
        regex = lazy("regex")  # imported at the first ``regex.compile``

so no function carries an import of its own for speed. ``lazy`` refuses a name missing from
``COMMANDS``: the list stays whole, and installer/reviewer.spec reads it for PyInstaller's
hidden imports (a name in a string is an import PyInstaller cannot see). A test starts the
window in a fresh process and holds that its first paint loads every module of ``FIRST_PAINT``
and none of ``COMMANDS``; ``bench/window.py`` measures the start.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

# What the window imports before its first paint (the table, the editor, the speakers, the
# filter bar, the menus and the project file); everything else comes after it or on first use.
FIRST_PAINT: tuple[str, ...] = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "sqlite3",
    "reviewer.store.project",
    "reviewer.formats.catalogue",
    "reviewer.ui.main_window",
    "reviewer.ui.segment_model",
    "reviewer.ui.segment_filter",
    "reviewer.ui.editor_pane",
    "reviewer.ui.speaker_panel",
    "reviewer.ui.actions",
)

# Imported when first used, never at a start (the window's or a command's): module -> why.
COMMANDS: dict[str, str] = {
    "regex": "a search pattern or whole-word find: 10-80 ms",
    "opencc": "Chinese script conversion and script-blind search: its dictionaries, 20 ms",
    "ahocorasick": "the glossary's automaton, built with the first check",
    "charset_normalizer": "a file that is not UTF-8 (most are): 8 ms",
    "docx": "python-docx and lxml, only to read or write a Word file: 30 ms",
    "docx.enum.section": "a Word file's page set-up",
    "docx.oxml": "a Word file's raw XML elements",
    "docx.oxml.ns": "a Word file's XML names",
    "docx.shared": "a Word file's lengths",
    "docx.text.paragraph": "a Word file's tracked changes",
    "pycaption": "TTML and SCC captions",
    "pysubs2": "the ASS writer",
    "html": "the first tooltip (the first paint shows none)",
    "tempfile": "a file written safely (the command line's start does not pay for it): 3 ms",
    "socket": "this machine's name on Windows (os.uname elsewhere): 3 ms",
    "reviewer.store.migrations": "an older file's upgrade: sqlite-utils, 70 ms (click, pluggy)",
    "reviewer.text.checks": "the Problems column, filled in after the first paint: rapidfuzz",
    "reviewer.store.glossary": "the glossary's checks, with the Problems column",
}


class _Lazy(ModuleType):
    """A stand-in for a module that imports it at the first attribute asked for."""

    def __getattr__(self, name: str) -> Any:
        module = importlib.import_module(self.__name__)
        value = getattr(module, name)
        setattr(self, name, value)  # the next time without this call
        return value


def lazy(name: str) -> ModuleType:
    """Return module ``name``, imported when one of its attributes is first used.

    >>> regex = lazy("regex")          # nothing imported yet
    >>> regex.compile(r"\\w+").match("Lavrov")[0]
    'Lavrov'
    """
    if name not in COMMANDS:
        raise ValueError(
            f"{name!r} is not in reviewer.core.lazy.COMMANDS: add it there with its reason"
            " (the installer's hidden imports are read from that list)"
        )
    return _Lazy(name)
