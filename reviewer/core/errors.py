"""Errors that reach the editor: each names the file (and line) and says what is wrong."""

from __future__ import annotations

from pathlib import Path


class ReviewerError(Exception):
    """An error with a message fit to show an editor: no traceback, the file named."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return where + self.message


class ImportError_(ReviewerError):
    """A file could not be read as a transcript."""


class ExportError(ReviewerError):
    """A transcript could not be written."""


class ProjectError(ReviewerError):
    """A project file could not be opened, upgraded or written."""


class SaveError(ProjectError):
    """A write to the project file failed (full disk, read-only file, file removed or replaced):
    what could not be saved is kept in memory and retried."""


class ReadOnlyProjectError(ProjectError):
    """A write was asked of a project opened read-only."""


class EditError(ReviewerError):
    """An edit that cannot be made (a split outside the segment, a duplicate speaker name)."""
