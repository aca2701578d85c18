"""Project is a facade over the parts composed on the open file: every public method of the
edit operations, the checkpoints and the media is on it, with the same signature and the same
words, and calling it reaches that part."""

from __future__ import annotations

import inspect

import pytest

from reviewer.store import Project
from reviewer.store.checkpoint_ops import CheckpointOps
from reviewer.store.media import MediaOps
from reviewer.store.operations import Operations
from reviewer.store.project_file import ProjectFile

PARTS = [(Operations, "operations"), (CheckpointOps, "checkpointing"), (MediaOps, "media")]


def public(cls: type) -> list[str]:
    return [n for n, _ in inspect.getmembers(cls) if not n.startswith("_")]


@pytest.mark.parametrize(("part", "attribute"), PARTS)
def test_every_public_member_of_a_part_is_on_the_project(part: type, attribute: str) -> None:
    for name in public(part):
        assert hasattr(Project, name), f"Project lacks {part.__name__}.{name}"
        mine, theirs = getattr(Project, name), getattr(part, name)
        if isinstance(theirs, property):
            assert isinstance(mine, property), name
            continue
        assert inspect.signature(mine) == inspect.signature(theirs), name
        assert mine.__doc__ == theirs.__doc__, name


def test_the_file_methods_are_the_files(project: Project) -> None:
    for name in ("segment", "commit", "subscribe", "heartbeat", "require_writable", "save_copy"):
        assert inspect.signature(getattr(Project, name)) == inspect.signature(
            getattr(ProjectFile, name)
        )
    assert project.file.ids == project.ids and project.segment(1) is project.file.segment(1)


def test_a_call_reaches_the_part_that_does_it(project: Project) -> None:
    assert project.operations.file is project.file
    assert project.checkpointing.file is project.file and project.media.file is project.file
    op_id = project.approve([1])
    assert op_id is not None and project.segment(1).status == "approved"
    assert project.undo_label == "Mark approved" and project.can_undo
    project.checkpoint("sent")
    assert [c.name for c in project.checkpoints()] == ["sent"]
    assert project.media_duration_ms is None
