"""Checking a project with its glossary, without a window: what stays open, the report
`reviewer check` prints, and Fix all as one undoable step kept in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.app import checking
from reviewer.core.models import Segment, Transcript
from reviewer.store import Project
from reviewer.store.glossary import add_term
from reviewer.text.glossary import Term


@pytest.fixture
def project(tmp_path: Path):  # type: ignore[no-untyped-def]
    transcript = Transcript(
        [
            Segment(0, 2000, "拉夫罗夫说", "Lavrof said."),
            Segment(2000, 4000, "拉夫罗夫表示", "He stated."),
            Segment(4000, 6000, "很好", "Fine."),
        ]
    )
    p = Project.create(tmp_path / "talks.review", transcript, author="tester")
    add_term(p, Term(["拉夫罗夫"], "Lavrov", ["Lavrof"]))
    yield p
    p.close()


def glossary_problems(problems: list) -> list[tuple[int, str]]:  # type: ignore[type-arg]
    return [(p.segment_id, p.severity) for p in problems if p.check == "glossary"]


def test_open_problems_leave_out_the_warnings_of_approved_segments(project: Project) -> None:
    first, second, _third = project.ids
    every = checking.all_problems(project)
    # Lavrof where the glossary says Lavrov: an error; no Lavrov at all for 拉夫罗夫: a warning.
    assert glossary_problems(every) == [(first, "error"), (second, "warning")]
    project.approve([first, second])
    assert checking.approved_ids(project) == {first, second}
    assert glossary_problems(checking.open_problems(project)) == [(first, "error")]
    assert checking.open_problems(project, with_approved=True) == every


def test_the_report_names_the_file_and_tallies_what_it_found(project: Project) -> None:
    problems = checking.all_problems(project)
    lines = checking.report_lines(problems, "talks.review")
    assert len(lines) == len(problems)
    assert all(line.startswith("talks.review: #") for line in lines)
    assert any("Lavrov" in line for line in lines)
    found = checking.tally(problems)
    assert found.errors + found.warnings == len(problems)
    assert found.errors == sum(1 for p in problems if p.severity == "error")
    assert str(checking.tally([])) == "0 warnings, 0 errors"
    assert [p["segment_id"] for p in checking.report_json(problems)] == [
        p.segment_id for p in problems
    ]


def test_fix_all_is_one_undo_step_kept_in_the_file(project: Project) -> None:
    plan = checking.fix_plan(project)
    assert [new for *_, new in plan] == ["Lavrov said."]
    assert checking.fix_all(project, plan) is not None
    assert project.undo_label.endswith(checking.fix_all_label(plan))
    assert checking.fix_plan(project) == []
    assert glossary_problems(checking.all_problems(project)) == [(project.ids[1], "warning")]
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        assert reopened.transcript.segments[0].translation == "Lavrov said."
        reopened.undo()
        assert reopened.transcript.segments[0].translation == "Lavrof said."
        assert checking.fix_all(reopened, []) is None
