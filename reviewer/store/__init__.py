"""The project file: schema, migrations, revisions, undo log and locking (sqlite-utils)."""

from __future__ import annotations

from reviewer.store.project import EXTENSION, Notice, Project

__all__ = ["EXTENSION", "Notice", "Project"]
