# Replaces PyInstaller's hook for PySide6.QtGui: the same, with only the plugins Reviewer uses.
from __future__ import annotations

import os
import sys

from PyInstaller.utils.hooks.qt import get_qt_library_info

sys.path.insert(0, os.path.dirname(__file__))
from qt_plugins import wanted

hiddenimports, binaries, datas = get_qt_library_info("PySide6").collect_module("PySide6.QtGui")
binaries = [b for b in binaries if wanted(b)]
