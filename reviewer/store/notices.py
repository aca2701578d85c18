"""What the project tells its readers after each change: typed notices.

Every change to an open project (an operation, a glossary edit, a relink, a failed or
recovered save) ends in one or more :class:`Notice` sent to the project's subscribers
(:meth:`~reviewer.store.project_file.ProjectFile.subscribe`). The window hears them through one
Qt adapter per project (``reviewer.ui.project_signals``), never by subscribing widget by widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class NoticeKind(str, Enum):
    """What a notice is about."""

    SEGMENTS = "segments"  # rows first..last changed in place (``ids``, ``fields``)
    INSERTED = "inserted"  # one row added at ``first``
    REMOVED = "removed"  # one row removed at ``first``
    RESET = "reset"  # order or many rows changed: read everything again
    SPEAKERS = "speakers"  # the speaker list changed
    META = "meta"  # project meta: title, description, kind, check profiles, the media's length
    GLOSSARY = "glossary"  # a glossary term was added, changed or removed, or the glossary built
    MEDIA = "media"  # the project points at another media file (a relink), or another track
    SAVING = "saving"  # save state: ``label`` says why work is unsaved, "" when all is saved

    def __str__(self) -> str:
        return self.value


# The kinds after which rows are where they were no longer: read the order again.
ROWS_MOVED = frozenset({NoticeKind.INSERTED, NoticeKind.REMOVED, NoticeKind.RESET})


@dataclass(frozen=True)
class Notice:
    """What changed, for the views: its :class:`NoticeKind` and, for segments, which rows,
    which ids and which fields; ``label`` is the operation's label (for ``SAVING``, the reason
    the work is unsaved)."""

    kind: NoticeKind
    first: int = -1
    last: int = -1
    ids: frozenset[int] = field(default_factory=frozenset)
    label: str = ""
    fields: frozenset[str] = field(default_factory=frozenset)  # segment fields changed


__all__ = ["ROWS_MOVED", "Notice", "NoticeKind"]
