"""A project file opened for review: the transcript in memory, kept in step with the file.

:class:`Project` is the facade callers use. It is composed, not inherited: the open file
(:class:`~reviewer.store.project_file.ProjectFile`: connection, lock, transactions, commits,
notices) with the edit operations (:mod:`reviewer.store.operations`), the checkpoints
(:mod:`reviewer.store.checkpoint_ops`) and the media (:mod:`reviewer.store.media`) built on its
public methods. Every edit is one call here: one transaction that writes the new state and its
revision rows together, then tells subscribers which rows changed (:mod:`reviewer.store.notices`).

>>> project = Project.create("clip.review", transcript)        # doctest: +SKIP
>>> project.set_translation(7, "Lebanon's Hezbollah said...")  # doctest: +SKIP
>>> project.undo()                                             # doctest: +SKIP
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from reviewer.author import author_name
from reviewer.core.clock import now_iso
from reviewer.core.models import Status, Transcript
from reviewer.store import project_open
from reviewer.store.checkpoint_ops import CheckpointOps
from reviewer.store.media import MediaOps
from reviewer.store.notices import Notice, NoticeKind
from reviewer.store.operations import Operations
from reviewer.store.pending import PendingOperation
from reviewer.store.project_file import ProjectFile
from reviewer.store.undo import UndoLog

EXTENSION = ".review"

P = ParamSpec("P")
R = TypeVar("R")


def default_author() -> str:
    """Return the author when none is given: REVIEWER_AUTHOR, the stored name, the user name
    (see :mod:`reviewer.author`)."""
    return author_name()


def _file(method: Callable[Concatenate[ProjectFile, P], R]) -> Callable[Concatenate[Project, P], R]:
    """``method`` of the open file, called on the project (its signature checked by mypy)."""

    @functools.wraps(method)
    def call(self: Project, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(self.file, *args, **kwargs)

    return call


def _edit(method: Callable[Concatenate[Operations, P], R]) -> Callable[Concatenate[Project, P], R]:
    """``method`` of the edit operations, called on the project."""

    @functools.wraps(method)
    def call(self: Project, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(self.operations, *args, **kwargs)

    return call


def _checkpoint(
    method: Callable[Concatenate[CheckpointOps, P], R],
) -> Callable[Concatenate[Project, P], R]:
    """``method`` of the checkpoints, called on the project."""

    @functools.wraps(method)
    def call(self: Project, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(self.checkpointing, *args, **kwargs)

    return call


def _media(method: Callable[Concatenate[MediaOps, P], R]) -> Callable[Concatenate[Project, P], R]:
    """``method`` of the media, called on the project."""

    @functools.wraps(method)
    def call(self: Project, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(self.media, *args, **kwargs)

    return call


class Project:
    """An open ``.review`` file and its transcript: what the window and the command line use.

    ``file`` is the open file, ``operations``, ``checkpointing`` and ``media`` the parts built
    on it; the methods here hand each call to the part that does it.
    """

    def __init__(self, file: ProjectFile):
        self.file = file
        self.operations = Operations(file)
        self.checkpointing = CheckpointOps(file)
        self.media = MediaOps(file)

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        transcript: Transcript,
        *,
        media: str | None = None,
        author: str | None = None,
        label: str = "Import",
        replace: bool = True,
    ) -> Project:
        """Write a new project at ``path`` holding ``transcript`` and open it.

        The file is built beside the target and renamed into place, so a failure leaves nothing
        half-written. An existing file at ``path`` is replaced, unless ``replace`` is False
        (then reviewer.files.FileExistsRefused, see :meth:`write_new`).
        """
        author = author_name(author)
        path = cls.write_new(
            path, transcript, media=media, author=author, label=label, replace=replace
        )
        return cls.open(path, author=author)

    write_new = staticmethod(project_open.write_new)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        author: str | None = None,
        read_only: bool = False,
        break_lock: bool = False,
    ) -> Project:
        """Open the project at ``path`` (see :func:`reviewer.store.project_open.open_file`):
        checked, upgraded after a backup copy, read-only with a reason when it cannot be
        written or another Reviewer has it."""
        return cls(
            project_open.open_file(path, author=author, read_only=read_only, break_lock=break_lock)
        )

    close = _file(ProjectFile.close)

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the open file ------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def db(self) -> sqlite3.Connection:
        return self.file.db

    @property
    def author(self) -> str:
        return self.file.author

    @author.setter
    def author(self, name: str) -> None:
        self.file.author = name

    @property
    def read_only_reason(self) -> str:
        return self.file.read_only_reason

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @property
    def opening_notes(self) -> list[str]:
        return self.file.opening_notes

    @property
    def transcript(self) -> Transcript:
        return self.file.transcript

    @property
    def undo_log(self) -> UndoLog:
        return self.file.undo_log

    @property
    def keep_unsaved(self) -> bool:
        """Hold operations the file refused in memory, unsaved (the window), instead of
        raising SaveError (scripts and the command line)."""
        return self.file.keep_unsaved

    @keep_unsaved.setter
    def keep_unsaved(self, keep: bool) -> None:
        self.file.keep_unsaved = keep

    @property
    def pending(self) -> list[PendingOperation]:
        return self.file.pending

    @property
    def save_error(self) -> str:
        return self.file.save_error

    @property
    def ids(self) -> list[int]:
        """Segment ids in row (time) order."""
        return self.file.ids

    segment = _file(ProjectFile.segment)
    row_of = _file(ProjectFile.row_of)
    speaker = _file(ProjectFile.speaker)
    speaker_by_id = _file(ProjectFile.speaker_by_id)
    meta = _file(ProjectFile.meta)
    history = _file(ProjectFile.history)
    revisions_of = _file(ProjectFile.revisions_of)
    allocate_id = _file(ProjectFile.allocate_id)
    subscribe = _file(ProjectFile.subscribe)
    require_writable = _file(ProjectFile.require_writable)
    commit = _file(ProjectFile.commit)
    retry_pending = _file(ProjectFile.retry_pending)
    heartbeat = _file(ProjectFile.heartbeat)
    save_copy = _file(ProjectFile.save_copy)

    # -- media --------------------------------------------------------------------------

    @property
    def media_path(self) -> Path | None:
        """The media file's path, resolved against the project's folder when relative."""
        return self.media.media_path

    @property
    def media_duration_ms(self) -> int | None:
        """The media's length as last measured (by the player), or None when never measured."""
        return self.media.media_duration_ms

    @property
    def audio_track(self) -> int:
        """Which of the media's audio tracks is heard and analysed (0: the first)."""
        return self.media.audio_track

    relink_moved_media = _media(MediaOps.relink_moved_media)
    choose_audio_track = _media(MediaOps.choose_audio_track)
    set_media = _media(MediaOps.set_media)
    record_media_duration = _media(MediaOps.record_media_duration)

    # -- edits (reviewer.store.operations) ----------------------------------------------

    set_text = _edit(Operations.set_text)
    set_source = _edit(Operations.set_source)
    set_translation = _edit(Operations.set_translation)
    set_note = _edit(Operations.set_note)
    edit = _edit(Operations.edit)
    set_speaker = _edit(Operations.set_speaker)
    set_tags = _edit(Operations.set_tags)
    toggle_tag = _edit(Operations.toggle_tag)
    set_status = _edit(Operations.set_status)
    approve = _edit(Operations.approve)
    retime = _edit(Operations.retime)
    split = _edit(Operations.split)
    merge_with_next = _edit(Operations.merge_with_next)
    insert = _edit(Operations.insert)
    delete = _edit(Operations.delete)
    add_speaker = _edit(Operations.add_speaker)
    rename_speaker = _edit(Operations.rename_speaker)
    recolour_speaker = _edit(Operations.recolour_speaker)
    set_speaker_role = _edit(Operations.set_speaker_role)
    set_speaker_slot = _edit(Operations.set_speaker_slot)
    merge_speakers = _edit(Operations.merge_speakers)
    delete_speaker = _edit(Operations.delete_speaker)
    set_meta = _edit(Operations.set_meta)
    undo = _edit(Operations.undo)
    redo = _edit(Operations.redo)

    @property
    def can_undo(self) -> bool:
        return self.operations.can_undo

    @property
    def can_redo(self) -> bool:
        return self.operations.can_redo

    @property
    def undo_label(self) -> str:
        return self.operations.undo_label

    @property
    def redo_label(self) -> str:
        return self.operations.redo_label

    # -- checkpoints (reviewer.store.checkpoint_ops) ------------------------------------

    checkpoint = _checkpoint(CheckpointOps.checkpoint)
    checkpoints = _checkpoint(CheckpointOps.checkpoints)
    find_checkpoint = _checkpoint(CheckpointOps.find_checkpoint)
    changes_since = _checkpoint(CheckpointOps.changes_since)
    restore_checkpoint = _checkpoint(CheckpointOps.restore_checkpoint)
    segment_at = _checkpoint(CheckpointOps.segment_at)
    revert_to = _checkpoint(CheckpointOps.revert_to)


__all__ = ["EXTENSION", "Notice", "NoticeKind", "Project", "Status", "default_author", "now_iso"]
