"""The one author setting: whose name goes with every revision, from the command line and the
window alike.

The name is, in order: what the command was given (``--author``), ``REVIEWER_AUTHOR``, the name
the editor stored (the window's welcome and preferences write it; ``reviewer`` commands read
it), and the account's user name. It is stored in a small UTF-8 file,
``$XDG_CONFIG_HOME/reviewer/author`` (``%APPDATA%\\Reviewer\\author`` on Windows), which both
halves read without Qt.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

ENVIRONMENT = "REVIEWER_AUTHOR"
MAX_LENGTH = 200  # a name, not a document: longer is cut


def config_dir() -> Path:
    """Return the per-user settings folder for Reviewer (not made)."""
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "Reviewer"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "reviewer"


def _file() -> Path:
    return config_dir() / "author"


def _clean(name: str | None) -> str:
    """Return ``name`` on one line, trimmed and cut to MAX_LENGTH ("" for nothing)."""
    return " ".join((name or "").split())[:MAX_LENGTH]


def stored_author() -> str:
    """Return the name the editor stored, or "" (none, or the file unreadable)."""
    try:
        return _clean(_file().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return ""


def store_author(name: str) -> None:
    """Store ``name`` as the editor's name ("" forgets it). Raises OSError if it cannot."""
    path = _file()
    name = _clean(name)
    if not name:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".author.{os.getpid()}")
    temp.write_text(name + "\n", encoding="utf-8")
    os.replace(temp, path)


def user_name() -> str:
    """Return the account's user name ("editor" when the system has none)."""
    try:
        return _clean(getpass.getuser()) or "editor"
    except (KeyError, OSError):
        return "editor"


def author_name(given: str | None = None) -> str:
    """Return the author to record: ``given``, else REVIEWER_AUTHOR, else the stored name, else
    the user name.

    >>> author_name("  Chen   Jiayi ")
    'Chen Jiayi'
    """
    return _clean(given) or _clean(os.environ.get(ENVIRONMENT)) or stored_author() or user_name()
