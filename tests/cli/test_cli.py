"""The command line as an editor or a script uses it: real files in, real files out."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pysubs2
import pytest

from reviewer.cli import main
from reviewer.store import Project


@pytest.fixture
def demo(tmp_path: Path, repo_root: Path) -> Path:
    """A copy of the demo clip's files in a scratch folder."""
    for name in ("demo.zh.srt", "demo.en.srt", "demo.mp4"):
        shutil.copy(repo_root / "resources" / "demo" / name, tmp_path / name)
    return tmp_path


def run(*args: str) -> int:
    return main(list(args))


def test_import_pairs_two_languages_and_finds_the_video(demo: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run("import", str(demo / "demo.zh.srt"), str(demo / "demo.en.srt")) == 0
    out = capsys.readouterr().out
    assert "7 segments" in out and "demo.mp4" in out
    with Project.open(demo / "demo.review", read_only=True) as project:
        first = project.transcript.segments[0]
        assert first.source.startswith("各位观众") and first.translation.startswith("Good evening")
        assert project.media_path == demo / "demo.mp4"
        assert (project.transcript.source_language, project.transcript.target_language) == (
            "zh",
            "en",
        )
    # The media path is stored relative, so the folder can move.
    stored = sqlite3.connect(demo / "demo.review").execute("SELECT path FROM media").fetchone()[0]
    assert stored == "demo.mp4"


def test_import_refuses_to_overwrite_without_force(demo: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = str(demo / "demo.en.srt")
    assert run("import", src) == 0
    assert run("import", src) == 2
    assert "exists already" in capsys.readouterr().err
    assert run("import", src, "--force") == 0


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\xff" * 200, "binary"),
        (b"just some words\nwith no times at all, but a paragraph\n", None),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_project(
    tmp_path: Path,
    capsys,
    content: bytes,  # type: ignore[no-untyped-def]
    reason: str | None,
) -> None:
    bad = tmp_path / "broken.srt"
    bad.write_bytes(content)
    status = run("import", str(bad))
    err = capsys.readouterr().err
    if reason is None:  # a .srt with no cues: nothing importable
        assert status == 2
    assert status == 2
    assert err.count("\n") == 1 and str(bad) in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.review*"))


def test_missing_files_are_named(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run("import", str(tmp_path / "nope.srt")) == 2
    assert "nope.srt: no such file" in capsys.readouterr().err
    assert run("info", str(tmp_path / "nope.review")) == 2
    assert "nope.review: no such project file" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass", "txt", "docx", "json", "csv"])
def test_export_every_format_is_read_back(demo: Path, fmt: str) -> None:
    run("import", str(demo / "demo.zh.srt"), str(demo / "demo.en.srt"))
    with Project.open(demo / "demo.review", author="ed") as project:
        project.set_speaker([1], "陈静")
        project.set_translation(
            3, "The two sides discussed the ceasefire between Lebanon's Hezbollah and Israel."
        )
        project.approve([1, 3])
    out = demo / f"out.{fmt}"
    assert run("export", str(demo / "demo.review"), "-f", fmt, "-o", str(out)) == 0
    if fmt in ("srt", "vtt", "ass"):
        subs = pysubs2.load(str(out))
        assert len(subs) == 7
        assert "Hezbollah" in subs[2].plaintext
    elif fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["format"] == "reviewer-transcript"
        assert data["segments"][0]["speaker"] == "陈静"
        assert data["segments"][0]["status"] == "approved"
    elif fmt == "docx":
        import docx

        text = "\n".join(
            c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells
        )
        assert "Hezbollah" in text and "陈静" in text
    elif fmt == "csv":
        import csv

        rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
        assert len(rows) == 7 and rows[0]["speaker"] == "陈静"
    else:
        assert "陈静" in out.read_text(encoding="utf-8")


def test_export_options_script_and_approved_only(demo: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    run("import", str(demo / "demo.zh.srt"), str(demo / "demo.en.srt"))
    with Project.open(demo / "demo.review") as project:
        project.approve([2])
    capsys.readouterr()
    assert (
        run(
            "export",
            str(demo / "demo.review"),
            "-f",
            "srt",
            "--text",
            "source",
            "--script",
            "s2hk",
            "--approved-only",
            "-o",
            "-",
        )
        == 0
    )
    out = capsys.readouterr().out
    subs = pysubs2.SSAFile.from_string(out)
    assert len(subs) == 1
    assert "外交部長" in subs[0].plaintext  # Traditional (Hong Kong) characters
    assert run("export", str(demo / "demo.review"), "-f", "srt", "--script", "nonsense") == 2
    assert "unknown OpenCC config" in capsys.readouterr().err


def test_info_and_history_json(demo: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    run("import", str(demo / "demo.zh.srt"), str(demo / "demo.en.srt"))
    with Project.open(demo / "demo.review", author="editor-a") as project:
        project.set_translation(2, "Wang Yi met Lavrov")
        project.set_speaker([2], "Anchor")
    capsys.readouterr()
    assert run("info", str(demo / "demo.review"), "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert info["segments"] == 7 and info["status"]["edited"] == 1
    assert info["speakers"][0]["name"] == "Anchor" and info["speakers"][0]["segments"] == 1
    assert run("history", str(demo / "demo.review"), "--segment", "2", "--json") == 0
    history = json.loads(capsys.readouterr().out)
    assert [(h["field"], h["author"]) for h in history] == [
        ("translation", "editor-a"),
        ("status", "editor-a"),
        ("speaker", "editor-a"),
    ]
    assert history[0]["new"] == "Wang Yi met Lavrov"
    assert run("history", str(demo / "demo.review"), "--segment", "999") == 2


def loaded_by(commands: list[list[str]], prefixes: tuple[str, ...]) -> list[str]:
    """Run ``reviewer`` with each of ``commands`` in one fresh interpreter; return the modules
    it loaded whose names start with ``prefixes``."""
    code = "import json, sys\nfrom reviewer.cli import main\n"
    code += "".join(f"main({command!r})\n" for command in commands)
    code += f"print(json.dumps([m for m in sys.modules if m.startswith({prefixes!r})]))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def test_the_command_line_loads_neither_qt_nor_libvlc(demo: Path) -> None:
    project = str(demo / "demo.review")
    commands = [
        ["import", str(demo / "demo.en.srt")],
        ["export", project, "-f", "srt", "-o", str(demo / "x.srt")],
        ["info", project],
        ["check", project],
    ]
    assert loaded_by(commands, ("PySide6", "vlc")) == []


def test_import_export_and_info_load_no_sqlite_utils(demo: Path) -> None:
    # Its import (click, pluggy, dateutil) is 70 ms of every command; new files are made from
    # the schema the migrations write (reviewer/store/schema_sql.py), current ones need no step.
    project = str(demo / "n.review")
    commands = [
        ["import", str(demo / "demo.en.srt"), "-o", project],
        ["export", project, "-f", "srt", "-o", str(demo / "x.srt")],
        ["info", project],
    ]
    assert loaded_by(commands, ("sqlite_utils",)) == []


def test_python_dash_m_entry_point(demo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reviewer", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("Reviewer ")
