"""`reviewer history` with checkpoints: list them, show what changed since one, write the
changes as CSV and as a tracked-changes Word file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from helpers import sample_transcript

from reviewer.cli import main
from reviewer.store import Project


def make(tmp_path: Path) -> Path:
    path = tmp_path / "news.review"
    with Project.create(path, sample_transcript(), author="importer") as project:
        project.checkpoint("sent to the desk 14:05")
        project.set_translation(3, "Lavrov said the talks went well")
        project.author = "desk"
        project.set_note(1, "check the name")
    return path


def test_checkpoints_are_listed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    assert main(["history", str(path), "--checkpoints"]) == 0
    assert "sent to the desk 14:05" in capsys.readouterr().out
    assert main(["history", str(path), "--checkpoints", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name"] == "sent to the desk 14:05"


def test_changes_since_a_checkpoint(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    assert main(["history", str(path), "--since", "sent to the desk 14:05", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["segment"], r["field"], r["author"]) for r in rows] == [
        ("1", "note", "desk"),
        ("3", "translation", "importer"),
        ("3", "status", "importer"),
    ]
    assert (
        main(["history", str(path), "--since", "sent to the desk 14:05", "--author", "desk"]) == 0
    )
    out = capsys.readouterr().out
    assert "check the name" in out and "Lavrov" not in out


def test_changes_written_as_csv_and_word(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    csv_out, docx_out = tmp_path / "changes.csv", tmp_path / "changes.docx"
    since = ["history", str(path), "--since", "sent to the desk 14:05"]
    assert main([*since, "--csv", str(csv_out), "--docx", str(docx_out)]) == 0
    assert csv_out.read_text(encoding="utf-8-sig").startswith("segment,time,field,old,new")
    assert "<w:ins " in zipfile.ZipFile(docx_out).read("word/document.xml").decode()


def test_unknown_checkpoint_is_one_line_exit_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    assert main(["history", str(path), "--since", "nope"]) == 2
    err = capsys.readouterr().err
    assert "no checkpoint called 'nope'" in err and err.count("\n") == 1
    assert main(["history", str(path), "--csv", "x.csv"]) == 2
