"""Approval means the editor saw this version: a later change to an approved segment's text,
speaker, tags or timing makes it edited again, in the same undo step as the change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import snapshot

from reviewer.core.models import Status
from reviewer.store import Project

REOPENING: dict[str, Callable[[Project], object]] = {
    "translation": lambda p: p.set_translation(3, "Lavrov said the talks went well"),
    "source": lambda p: p.set_source(3, "拉夫罗夫表示"),
    "speaker": lambda p: p.set_speaker([3], "Lavrov"),
    "speaker on key": lambda p: p.set_speaker([3], "陈嘉怡"),
    "tag": lambda p: p.toggle_tag([3], "SOT"),
    "tags": lambda p: p.set_tags([3], ["needs-legal"]),
    "timing": lambda p: p.retime(3, 6100, 9000),
}


@pytest.mark.parametrize("name", list(REOPENING))
def test_change_to_an_approved_segment_makes_it_edited_as_one_undo_step(
    project: Project, project_path: Path, name: str
) -> None:
    project.approve([3])
    approved = snapshot(project)
    REOPENING[name](project)
    assert project.segment(3).status == Status.EDITED
    after = snapshot(project)
    project.undo()  # one step takes back the change and the status together
    assert snapshot(project) == approved
    assert project.segment(3).status == Status.APPROVED
    project.redo()
    assert snapshot(project) == after
    project.close()
    reopened = Project.open(project_path)
    try:
        assert reopened.segment(3).status == Status.EDITED
        assert snapshot(reopened) == after
    finally:
        reopened.close()


def test_a_note_or_a_change_to_nothing_keeps_the_approval(project: Project) -> None:
    project.approve([3])
    project.set_note(3, "check the name with the desk")
    project.set_translation(3, project.segment(3).translation)  # the same text: no change
    project.set_speaker([3], None)  # it had none
    assert project.segment(3).status == Status.APPROVED


def test_a_flag_stays_through_an_edit(project: Project) -> None:
    project.set_status([3], Status.FLAGGED)
    project.set_translation(3, "Lavrov said")
    project.set_speaker([3], "Lavrov")
    assert project.segment(3).status == Status.FLAGGED


def test_split_and_merge_of_approved_segments_are_edited(project: Project) -> None:
    project.approve([2, 3, 4])
    new_id = project.split(4, 10500)
    assert project.segment(4).status == Status.EDITED
    assert project.segment(new_id).status == Status.EDITED
    project.merge_with_next(2)
    assert project.segment(2).status == Status.EDITED


def test_progress_counts_only_approved(project: Project) -> None:
    project.approve([1, 2, 3, 4])
    project.set_translation(2, "Lebanon's Hezbollah said")
    statuses = [s.status for s in project.transcript.segments]
    assert statuses.count(Status.APPROVED) == 3
    assert statuses.count(Status.EDITED) == 1
