"""A large glossary is built off the GUI thread: reading 100,000 terms takes a moment, indexing
their sounds and source forms takes seconds, and the window must not freeze for either.

The terms are read (and their Chinese forms folded by OpenCC) on the GUI thread; a Python
thread builds the glossary's indexes; a queued signal brings it back, and the store tells every
reader (the problems panel, the table's Problems column) that the glossary changed. Meanwhile
the checks run without the glossary, and the problems panel says it is loading.
"""

from __future__ import annotations

import gc
import sys
import threading
import traceback
from typing import Any

from PySide6.QtCore import QObject, Signal

from reviewer.store import Project
from reviewer.store.glossary import glossary_loader, install_glossary, term_count

# Below this many terms the glossary is built where it is first needed: in a few milliseconds.
BACKGROUND_TERMS = 2000


class GlossaryLoader(QObject):
    """Builds a project's large glossary on a thread; ``done`` when it is in use."""

    built = Signal(object, object)  # project, glossary (None: the build failed)
    done = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.built.connect(self._install)
        self.pending: Project | None = None

    def start(self, project: Project) -> bool:
        """Start building ``project``'s glossary when it is large; True when it was started."""
        if term_count(project) < BACKGROUND_TERMS:
            return False
        build = glossary_loader(project)
        if build is None:
            return False
        self.pending = project

        def run() -> None:
            # While it builds: the GUI thread gets the interpreter back sooner (1 ms, not 5),
            # and no full collection looks over the objects being made, a million or more.
            switch = sys.getswitchinterval()
            sys.setswitchinterval(0.001)
            gc.disable()
            try:
                glossary = build()
            except Exception:  # reported; the checks then build it where it is needed
                traceback.print_exc()
                glossary = None
            finally:
                gc.enable()
                sys.setswitchinterval(switch)
            self.built.emit(project, glossary)  # queued: the slot runs on the GUI thread

        threading.Thread(target=run, name="glossary-index", daemon=True).start()
        return True

    def _install(self, project: Project, glossary: Any) -> None:
        if self.pending is project:
            self.pending = None
        if glossary is not None and project.db is not None:  # not closed meanwhile
            # The indexes are millions of small objects that live as long as the project:
            # kept out of the collector's full passes, which would otherwise stop the window
            # for a second now and then to look them all over again.
            gc.freeze()
            install_glossary(project, glossary)
        self.done.emit()
