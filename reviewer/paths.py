"""Where Reviewer's bundled resources (demo clip, icons) and per-user data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the ``resources/`` folder: beside the package in a checkout, or in a bundle."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """Return the per-user data folder (XDG_DATA_HOME/reviewer), made if missing."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    folder = Path(base) / "reviewer"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cache_dir() -> Path:
    """Return the per-user cache folder (XDG_CACHE_HOME/reviewer): what can be made again."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reviewer"
