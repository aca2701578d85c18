"""Every edit: its new state, its revision rows, undo and redo, and the same after reopening."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from reviewer.core.errors import EditError
from reviewer.core.models import Status
from reviewer.store import Project


@dataclass
class Case:
    name: str
    do: Callable[[Project], object]
    check: Callable[[Project], None]


def _seg(p: Project, row: int):  # type: ignore[no-untyped-def]
    return p.transcript.segments[row]


def _check_translation(p: Project) -> None:
    s = p.segment(2)
    assert s.translation == "Lebanon's Hezbollah said"
    assert s.status == Status.EDITED  # an unreviewed segment becomes edited


def _check_split(p: Project) -> None:
    assert [s.id for s in p.transcript.segments] == [1, 2, 5, 3, 4]
    first, second = p.segment(2), p.segment(5)
    assert (first.start_ms, first.end_ms, second.start_ms, second.end_ms) == (
        2500,
        4000,
        4000,
        6000,
    )
    assert (first.source, second.source) == ("黎巴嫩", "真主党表示")
    assert (first.translation, second.translation) == ("Lebanon's", "真主党 said")
    assert second.tags == ["VO"] and second.status == Status.EDITED


def _check_merge(p: Project) -> None:
    assert [s.id for s in p.transcript.segments] == [1, 2, 4]
    merged = p.segment(2)
    assert (merged.start_ms, merged.end_ms) == (2500, 9000)
    assert merged.source == "黎巴嫩真主党表示拉夫罗夫说"  # Chinese joins without a space
    assert merged.translation == "Lebanon's 真主党 said Lavrof said the talks went well"


def _check_merge_speakers(p: Project) -> None:
    assert p.speaker("Anchor") is None
    assert [s.speaker for s in p.transcript.segments] == ["Wang Yi", "Wang Yi", None, None]


CASES = [
    Case(
        "set translation",
        lambda p: p.set_translation(2, "Lebanon's Hezbollah said"),
        _check_translation,
    ),
    Case(
        "set source",
        lambda p: p.set_source(3, "拉夫罗夫表示"),
        lambda p: p.segment(3).source == "拉夫罗夫表示" or pytest.fail("source"),
    ),
    Case(
        "set note",
        lambda p: p.set_note(4, "check the name"),
        lambda p: p.segment(4).note == "check the name" or pytest.fail("note"),
    ),
    Case(
        "set speaker, new name",
        lambda p: p.set_speaker([3, 4], "Lavrov"),
        lambda p: (
            (p.segment(3).speaker, p.segment(4).speaker, p.speaker("Lavrov").slot)  # type: ignore[union-attr]
            == ("Lavrov", "Lavrov", 2)
            or pytest.fail("speaker")
        ),
    ),
    Case(
        "clear speaker",
        lambda p: p.set_speaker([1], None),
        lambda p: p.segment(1).speaker is None or pytest.fail("clear"),
    ),
    Case(
        "set tags",
        lambda p: p.set_tags([1, 3], ["SOT", "needs-legal"]),
        lambda p: p.segment(3).tags == ["SOT", "needs-legal"] or pytest.fail("tags"),
    ),
    Case(
        "toggle tag off",
        lambda p: p.toggle_tag([2], "VO"),
        lambda p: p.segment(2).tags == [] or pytest.fail("toggle"),
    ),
    Case(
        "approve",
        lambda p: p.approve([1, 2]),
        lambda p: (
            [s.status for s in p.transcript.segments[:2]] == [Status.APPROVED] * 2
            or pytest.fail("approve")
        ),
    ),
    Case(
        "flag",
        lambda p: p.set_status([4], "flagged"),
        lambda p: p.segment(4).status == Status.FLAGGED or pytest.fail("flag"),
    ),
    Case(
        "retime",
        lambda p: p.retime(3, 6200, 8800),
        lambda p: (
            (p.segment(3).start_ms, p.segment(3).end_ms) == (6200, 8800) or pytest.fail("retime")
        ),
    ),
    Case(
        "retime reorders",
        lambda p: p.retime(4, 100, 400),
        lambda p: [s.id for s in p.transcript.segments] == [1, 4, 2, 3] or pytest.fail("order"),
    ),
    Case("split", lambda p: p.split(2, 4000, source_pos=3, translation_pos=9), _check_split),
    Case("merge with next", lambda p: p.merge_with_next(2), _check_merge),
    Case(
        "insert",
        lambda p: p.insert(12000, 14000, "谢谢", "Thank you", speaker="陈嘉怡"),
        lambda p: (
            (p.transcript.segments[-1].translation, p.transcript.segments[-1].id)
            == ("Thank you", 5)
            or pytest.fail("insert")
        ),
    ),
    Case("delete", lambda p: p.delete([2, 3]), lambda p: p.ids == [1, 4] or pytest.fail("delete")),
    Case(
        "add speaker",
        lambda p: p.add_speaker("Wang Yi", role="minister"),
        lambda p: (
            (p.speaker("Wang Yi").slot, p.speaker("Wang Yi").role)  # type: ignore[union-attr]
            == (2, "minister")
            or pytest.fail("add")
        ),
    ),
    Case(
        "rename speaker",
        lambda p: p.rename_speaker("陈嘉怡", "Chan Ka-yi"),
        lambda p: (
            (p.segment(1).speaker, p.speaker("Chan Ka-yi").slot)  # type: ignore[union-attr]
            == ("Chan Ka-yi", 1)
            or pytest.fail("rename")
        ),
    ),
    Case(
        "recolour speaker",
        lambda p: p.recolour_speaker("陈嘉怡", "#ff0000"),
        lambda p: p.speaker("陈嘉怡").color == "#ff0000" or pytest.fail("colour"),
    ),  # type: ignore[union-attr]
    Case(
        "move speaker key",
        lambda p: p.set_speaker_slot("陈嘉怡", 5),
        lambda p: p.speaker("陈嘉怡").slot == 5 or pytest.fail("slot"),
    ),  # type: ignore[union-attr]
    Case(
        "merge speakers",
        lambda p: (
            p.set_speaker([1], "Anchor"),
            p.set_speaker([2], "Wang Yi"),
            p.merge_speakers("Anchor", "Wang Yi"),
        ),
        _check_merge_speakers,
    ),
    Case(
        "delete speaker",
        lambda p: p.delete_speaker("陈嘉怡"),
        lambda p: (
            (p.segment(1).speaker, p.transcript.speakers) == (None, [])
            or pytest.fail("delete speaker")
        ),
    ),
    Case(
        "set title",
        lambda p: p.set_meta("title", "Late news"),
        lambda p: p.transcript.title == "Late news" or pytest.fail("title"),
    ),
    Case(
        "replace all as one edit",
        lambda p: p.edit(
            [
                (s.id, "translation", s.translation.replace("said", "stated"))
                for s in p.transcript.segments
                if s.id
            ],
            "Replace all",
        ),
        lambda p: (
            sum("stated" in s.translation for s in p.transcript.segments) == 2
            or pytest.fail("replace")
        ),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_operation_state_undo_redo_and_reopen(
    case: Case, project: Project, project_path: Path, snapshot
) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(project)
    ops_before = len(project.undo_log.undo)
    case.do(project)
    case.check(project)
    after = snapshot(project)
    assert after != before

    # Revisions carry author and time, and reopening gives the same state.
    rows = project.db.execute("SELECT author, time FROM revisions").fetchall()
    assert rows and all(author == "tester" and time for author, time in rows)
    project.close()
    reopened = Project.open(project_path, author="tester")
    assert snapshot(reopened) == after
    case.check(reopened)

    # Undo every step this case made (after the restart), then redo them.
    steps = len(reopened.undo_log.undo) - ops_before
    for _ in range(steps):
        assert reopened.undo() is not None
    assert snapshot(reopened) == before
    reopened.close()
    again = Project.open(project_path, author="tester")
    assert snapshot(again) == before
    for _ in range(steps):
        assert again.redo() is not None
    assert snapshot(again) == after
    case.check(again)
    # Undo and redo were themselves recorded, never deletions.
    kinds = {k for (k,) in again.db.execute("SELECT kind FROM operations")}
    assert {"undo", "redo"} <= kinds
    again.close()


def test_new_edit_clears_redo(project: Project) -> None:
    project.set_translation(1, "Hello")
    project.undo()
    assert project.can_redo
    project.set_note(1, "x")
    assert not project.can_redo
    assert project.undo_label == "Edit note"


def test_speaker_slots_never_reorder(project: Project) -> None:
    project.add_speaker("Zhang")
    project.add_speaker("Ahmed")
    slots = {s.name: s.slot for s in project.transcript.speakers}
    assert slots == {"陈嘉怡": 1, "Zhang": 2, "Ahmed": 3}
    project.delete_speaker("Zhang")
    assert project.add_speaker("Bo").slot == 2  # the freed key is taken again, not renumbered
    project.set_speaker_slot("Ahmed", 1)
    slots = {s.name: s.slot for s in project.transcript.speakers}
    assert slots == {"陈嘉怡": 3, "Bo": 2, "Ahmed": 1}  # moving onto a taken key swaps


def test_segment_ids_are_never_reused(project: Project) -> None:
    project.delete([4])
    new = project.insert(20000, 21000, translation="new")
    assert new == 5
    project.undo()
    project.undo()
    assert 4 in project.ids and 5 not in project.ids
    assert project.insert(22000, 23000) == 6


@pytest.mark.parametrize(
    "bad",
    [
        lambda p: p.split(1, 2500),
        lambda p: p.split(1, 0),
        lambda p: p.retime(1, 500, 500),
        lambda p: p.merge_with_next(4),
        lambda p: p.add_speaker("陈嘉怡"),
        lambda p: p.rename_speaker("陈嘉怡", " "),
        lambda p: p.set_speaker_slot("陈嘉怡", 10),
        lambda p: p.set_speaker([1], "  "),
        lambda p: p.insert(5, 1),
    ],
)
def test_impossible_edits_are_refused_and_change_nothing(bad, project: Project, snapshot) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(project)
    with pytest.raises(EditError):
        bad(project)
    assert snapshot(project) == before
    assert project.db.execute("SELECT COUNT(*) FROM revisions").fetchone()[0] == 0


def test_an_edit_that_changes_nothing_records_nothing(project: Project) -> None:
    assert project.set_translation(1, "Good evening.") is None
    assert not project.can_undo
