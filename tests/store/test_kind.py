"""A project's kind (transcript or subtitles): set from the imported format, stored in meta,
switched as one undoable step, kept after reopening; it decides which checks apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.app.importing import import_transcript
from reviewer.core.errors import EditError
from reviewer.store import Project
from reviewer.store.glossary import check_project, kind_of, set_kind

LINE = "A line far too long for a subtitle, more than two lines of forty-two would hold, " * 2
SRT = f"1\n00:00:01,000 --> 00:00:01,400\n{LINE}\n"
PAGE = f"Talks in Beijing\n\nTranscript\n0:01 {LINE}\n"


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [("clip.srt", SRT, "subtitles"), ("clip.txt", PAGE, "transcript")],
)
def test_the_import_format_sets_the_kind_and_the_checks_follow(
    tmp_path: Path, name: str, text: str, kind: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    transcript, _ = import_transcript(path)
    assert transcript.kind == kind
    with Project.create(tmp_path / "clip.review", transcript) as project:
        assert kind_of(project) == kind
        checks = {p.check for p in check_project(project)}
        assert ("line-length" in checks) == (kind == "subtitles")
        assert ("duration" in checks) == (kind == "subtitles")


def test_an_explicit_kind_wins_over_the_format(tmp_path: Path) -> None:
    path = tmp_path / "clip.srt"
    path.write_text(SRT, encoding="utf-8")
    transcript, _ = import_transcript(path, kind="transcript")
    assert transcript.kind == "transcript"


def test_switching_the_kind_is_undoable_and_kept(project: Project, project_path: Path) -> None:
    assert kind_of(project) == "transcript"  # made before kinds: its import label has no file
    set_kind(project, "subtitles")
    assert kind_of(project) == "subtitles"
    project.undo()
    assert kind_of(project) == "transcript"
    project.redo()
    assert set_kind(project, "subtitles") is None  # no change, no revision
    with pytest.raises(EditError):
        set_kind(project, "karaoke")
    project.close()
    with Project.open(project_path) as again:
        assert kind_of(again) == "subtitles"


def test_a_project_from_before_kinds_is_told_by_its_import(tmp_path: Path) -> None:
    path = tmp_path / "clip.srt"
    path.write_text(SRT, encoding="utf-8")
    transcript, _ = import_transcript(path)
    transcript.kind = ""  # as written before kinds were stored
    Project.write_new(tmp_path / "old.review", transcript, label="Import clip.srt")
    with Project.open(tmp_path / "old.review") as project:
        assert kind_of(project) == "subtitles"
