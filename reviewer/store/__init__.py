"""The project file: schema, migrations, revisions, undo log and locking (sqlite-utils)."""

from __future__ import annotations

from reviewer.store.notices import Notice, NoticeKind
from reviewer.store.project import EXTENSION, Project

__all__ = ["EXTENSION", "Notice", "NoticeKind", "Project"]
