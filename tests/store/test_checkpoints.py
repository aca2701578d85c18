"""Checkpoints, comparing with one, restoring one, reverting a segment to a revision, the
timeline's filters, and the changes exported for the desk (CSV and tracked-changes Word)."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from reviewer.core.errors import EditError
from reviewer.store import Project
from reviewer.store.change_report import write_csv, write_docx
from reviewer.store.checkpoints import read_timeline


def test_changes_since_a_checkpoint_fold_each_field(project: Project) -> None:
    project.set_translation(3, "Lavrov said")
    point = project.checkpoint("sent to the desk 14:05")
    assert [c.name for c in project.checkpoints()] == ["sent to the desk 14:05"]
    project.set_translation(2, "Lebanon's Hezbollah said")
    project.set_translation(2, "Lebanon's Hezbollah says")
    project.set_note(1, "check")
    project.set_note(1, "")  # back where it was: not a change
    new = project.split(4, 11000)
    project.delete([new])  # made and removed since: not a change
    changes = project.changes_since(point.name)
    assert [(c.entity_id, c.field) for c in changes] == [
        (2, "translation"),
        (2, "status"),
        (4, "end_ms"),
        (4, "source"),
        (4, "translation"),
        (4, "status"),
    ]
    assert (changes[0].old, changes[0].new) == ("Lebanon's 真主党 said", "Lebanon's Hezbollah says")
    assert (changes[2].old, changes[2].new) == (12000, 11000)
    assert changes[0].authors == ("tester",) and changes[0].segment_time == "00:02.500"


def test_checkpoint_names_are_unique_and_needed(project: Project) -> None:
    project.checkpoint("a")
    with pytest.raises(EditError, match="already"):
        project.checkpoint("a")
    with pytest.raises(EditError, match="needs a name"):
        project.checkpoint("  ")
    with pytest.raises(EditError, match="no checkpoint called 'b'"):
        project.changes_since("b")


def test_restore_a_checkpoint_is_one_undoable_operation_with_a_backup(
    project: Project, project_path: Path, snapshot
) -> None:  # type: ignore[no-untyped-def]
    project.set_speaker([3], "Lavrov")
    project.checkpoint("desk")
    at_checkpoint = snapshot(project)
    project.set_translation(3, "Lavrov said the talks went badly")
    project.merge_with_next(2)
    project.set_speaker([1], "Wang Yi")
    project.delete_speaker("Lavrov")
    project.retime(4, 100, 200)
    after = snapshot(project)
    project.restore_checkpoint("desk")
    assert snapshot(project) == at_checkpoint
    assert list(project_path.parent.glob("news.before-restore-*.review"))
    assert project.undo() == "Restore checkpoint desk"
    assert snapshot(project) == after
    project.redo()
    project.close()
    with Project.open(project_path) as again:
        assert snapshot(again) == at_checkpoint
        again.undo()
        assert snapshot(again) == after


def test_revert_a_segment_to_a_revision(project: Project, project_path: Path, snapshot) -> None:  # type: ignore[no-untyped-def]
    project.set_translation(3, "Lavrov said")
    project.set_speaker([3], "Lavrov")
    first = next(r for r in project.history(3) if r.field == "translation")
    wanted = {"translation": "Lavrov said", "speaker": None}
    project.set_translation(3, "Sergei Lavrov said")
    project.retime(3, 5000, 9000)
    project.delete_speaker("Lavrov")
    project.set_speaker([3], "Someone")
    before = snapshot(project)
    project.revert_to(3, first.id)
    segment = project.segment(3)
    assert {"translation": segment.translation, "speaker": segment.speaker} == wanted
    assert (segment.start_ms, segment.end_ms) == (6000, 9000)
    reverted = snapshot(project)
    assert project.undo_label == f"Revert #3 to revision {first.id}"
    project.undo()
    assert snapshot(project) == before
    project.redo()
    project.close()
    with Project.open(project_path) as again:
        assert snapshot(again) == reverted
        again.undo()
        assert snapshot(again) == before


def test_revert_brings_back_a_speaker_removed_since(project: Project) -> None:
    project.set_speaker([3], "Lavrov")
    rev = project.history(3)[-1]
    project.delete_speaker("Lavrov")
    project.revert_to(3, rev.id)
    assert project.segment(3).speaker == "Lavrov" and project.speaker("Lavrov") is not None


def test_revert_refuses_another_segments_revision(project: Project) -> None:
    project.set_translation(2, "x")
    with pytest.raises(EditError, match="not one of segment 3"):
        project.revert_to(3, project.history(2)[-1].id)


def test_timeline_filters_by_author_and_time(project: Project, project_path: Path) -> None:
    project.set_translation(1, "by tester")
    project.close()
    with Project.open(project_path, author="desk") as other:
        other.set_translation(2, "by desk")
        everything = read_timeline(other.db)
        assert {r.author for r in everything} == {"tester", "desk"}
        assert next(r.new for r in read_timeline(other.db, author="desk")) == "by desk"
        middle = everything[-1].time
        assert all(r.time >= middle for r in read_timeline(other.db, since=middle))
        assert read_timeline(other.db, until="2000-01-01") == []
        assert len(read_timeline(other.db, limit=1)) == 1


def test_changes_export_as_csv_and_tracked_changes_word(project: Project, tmp_path: Path) -> None:
    project.checkpoint("desk")
    project.set_translation(3, "Lavrov said the talks went well")
    project.set_translation(2, "=Lebanon's Hezbollah said")
    changes = project.changes_since("desk")
    out = write_csv(changes, tmp_path / "changes.csv")
    with out.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    assert list(table[0]) == ["segment", "time", "field", "old", "new", "author", "when"]
    row = next(r for r in table if r["segment"] == "3" and r["field"] == "translation")
    assert (row["old"], row["new"], row["author"]) == (
        "Lavrof said the talks went well",
        "Lavrov said the talks went well",
        "tester",
    )
    assert row["time"] == "00:06.000" and row["when"][:2] == "20"
    assert next(r for r in table if r["segment"] == "2")["new"].startswith("'=")

    docx = write_docx(changes, tmp_path / "changes.docx", title="Evening news", checkpoint="desk")
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    assert '<w:del w:id="' in xml and 'w:author="tester"' in xml
    # A name respelt: the whole old word struck, the new one inserted (as Word's compare).
    assert '<w:delText xml:space="preserve">Lavrof</w:delText>' in xml
    assert '<w:t xml:space="preserve">Lavrov</w:t></w:r></w:ins>' in xml
    from docx import Document

    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "Changes since the checkpoint “desk”" in text
