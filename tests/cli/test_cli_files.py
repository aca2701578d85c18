"""The command line's files: what it refuses to read, what it refuses to replace, and what it
never leaves behind. Each hostile file or planted link is made by a fixture here."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.core.models import Segment, Transcript
from reviewer.store import Project
from reviewer.store.glossary import add_term
from reviewer.text.glossary import Term, read_csv


def run(*args: str) -> int:
    return main(list(args))


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``reviewer ARGS`` in a child process, as a shell would (with a time limit)."""
    return subprocess.run(
        [sys.executable, "-m", "reviewer", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small project whose glossary and text hold what a spreadsheet would run."""
    path = tmp_path / "clip.review"
    transcript = Transcript(
        [
            Segment(0, 2000, "真主党表示", "=HYPERLINK(\"http://evil.example\",\"Hezbollah\")"),
            Segment(2000, 4000, "拉夫罗夫", "Lavrov said"),
        ]
    )  # fmt: skip
    with Project.create(path, transcript, author="test") as opened:
        add_term(opened, Term(["真主党"], '=HYPERLINK("http://evil.example","x")', ["＋cmd"]))
    return path


def test_import_of_a_surrogate_escape_warns_and_leaves_no_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "whisper.json"
    source.write_text('{"segments": [{"start": 0, "end": 1, "text": "a\\ud800b"}]}')
    assert run("import", str(source)) == 0
    err = capsys.readouterr().err
    assert "whisper.json: cue 1 (at 0:00:00.000): replaced 1 invalid or control" in err
    with Project.open(tmp_path / "whisper.review", read_only=True) as opened:
        assert opened.transcript.segments[0].translation == "a\ufffdb"
    assert leftovers(tmp_path) == []


def test_import_of_absurd_hours_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "absurd.csv"
    hours = "9" * 20
    source.write_text(f"start,end,text\n{hours}:00:00,{hours}:00:01,late\n")
    done = cli("import", str(source))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "absurd.csv: every cue" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["absurd.csv"]


def test_a_failing_project_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reviewer.store.project_open as project_module

    def broken(*_args: object) -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(project_module, "write_transcript_rows", broken)
    with pytest.raises(OverflowError):
        Project.write_new(tmp_path / "x.review", Transcript([Segment(0, 1, "a")]))
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.srt"
    os.mkfifo(path)
    return path


def test_import_and_glossary_import_refuse_a_fifo_at_once(fifo: Path, project: Path) -> None:
    done = cli("import", str(fifo))
    assert done.returncode == 2
    assert done.stderr == (
        f"reviewer: {fifo}: this is a named pipe (FIFO), not a transcript file; nothing was read\n"
    )
    done = cli("glossary", str(project), "import", str(fifo))
    assert done.returncode == 2 and "named pipe (FIFO), not a glossary file" in done.stderr


def test_import_refuses_a_device_and_a_file_too_large(tmp_path: Path) -> None:
    zero = tmp_path / "zero.srt"
    zero.symlink_to("/dev/zero")
    assert "this is a device, not a transcript file" in cli("import", str(zero)).stderr
    big = tmp_path / "big.srt"
    with big.open("wb") as f:
        f.truncate(300 * 1024 * 1024)  # sparse
    done = cli("import", str(big))
    assert done.returncode == 2
    assert "big.srt: the file is 300 MB, more than the 200 MB a transcript may be" in done.stderr


def test_export_needs_force_to_replace_and_never_replaces_what_is_not_a_file(
    project: Path, tmp_path: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = tmp_path / "clip.srt"  # the transcript the project was made from
    original.write_text("the original transcript\n")
    assert run("export", str(project), "-f", "srt") == 2
    err = capsys.readouterr().err
    assert "clip.srt: the file exists already; add --force to replace it" in err
    assert original.read_text() == "the original transcript\n"
    assert run("export", str(project), "-f", "srt", "--force") == 0
    assert "Lavrov said" in original.read_text()

    for target in (fifo, tmp_path):  # a FIFO and a folder stand for /dev/null and the like
        assert run("export", str(project), "-f", "csv", "-o", str(target), "--force") == 2
        assert "only a regular file is ever replaced" in capsys.readouterr().err
    assert fifo.exists() and not fifo.is_file()
    assert leftovers(tmp_path) == []


def test_glossary_export_neutralises_formulas_and_reads_back(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "glossary.csv"
    assert run("glossary", str(project), "export", str(out)) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[1][1] == '\'=HYPERLINK("http://evil.example","x")'
    assert rows[1][2] == "'＋cmd"
    term = read_csv(out)[0]
    assert (term.translation, term.avoid) == ('=HYPERLINK("http://evil.example","x")', ["＋cmd"])
    assert run("glossary", str(project), "export", str(out)) == 2  # exists: needs --force
    assert run("glossary", str(project), "export", str(out), "--force") == 0


def test_glossary_export_never_follows_a_link_planted_at_a_temporary_name(
    project: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out = tmp_path / "glossary.csv"
    # The names a writer might use: the old fixed one, and mkstemp's shape.
    for name in (".glossary.csv.tmp", ".glossary.csv.tmp.tmp", "glossary.csv.tmp"):
        (tmp_path / name).symlink_to(victim)
    assert run("glossary", str(project), "export", str(out)) == 0
    assert victim.read_text() == "precious\n"
    assert out.is_file() and not out.is_symlink()


def test_history_writes_changes_with_control_characters_to_csv_and_word(
    project: Path, tmp_path: Path
) -> None:
    with Project.open(project, author="test") as opened:
        opened.checkpoint("sent")
        opened.set_translation(2, "Lavrov\x00 said \x1b[2J\x07 today")
    csv_out, docx_out = tmp_path / "changes.csv", tmp_path / "changes.docx"
    done = cli(
        "history", str(project), "--since", "sent", "--csv", str(csv_out), "--docx", str(docx_out)
    )
    assert done.returncode == 0, done.stderr
    import docx

    text = "\n".join(p.text for p in docx.Document(str(docx_out)).paragraphs)
    assert "\x00" not in text and "#2" in text
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["new"] == "Lavrov\ufffd said \ufffd[2J\ufffd today"
    again = cli("history", str(project), "--since", "sent", "--csv", str(csv_out))
    assert again.returncode == 2 and "add --force" in again.stderr


def test_two_imports_to_the_same_new_project_cannot_both_succeed(tmp_path: Path) -> None:
    source = tmp_path / "clip.srt"
    source.write_text("1\n00:00:00,000 --> 00:00:01,000\nHello\n")
    out = tmp_path / "same.review"
    args = [sys.executable, "-m", "reviewer", "import", str(source), "-o", str(out)]
    first = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    second = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in (first, second)]
    assert sorted(code for code, _ in results) == [0, 2]
    refused = next(err for code, err in results if code == 2)
    assert "same.review: a project of that name exists already; add --force" in refused
    assert leftovers(tmp_path) == []


def test_a_project_made_meanwhile_is_never_replaced_by_an_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race the check before the work cannot see: the other import finishes first."""
    import reviewer.store.project_open as project_module
    from reviewer.files import FileExistsRefused

    target = tmp_path / "race.review"
    real = project_module.write_transcript_rows

    def other_import_finishes_first(db: object, transcript: Transcript) -> None:
        monkeypatch.setattr(project_module, "write_transcript_rows", real)
        Project.write_new(target, Transcript([Segment(0, 1, "theirs")]), replace=False)
        real(db, transcript)  # type: ignore[arg-type]

    monkeypatch.setattr(project_module, "write_transcript_rows", other_import_finishes_first)
    with pytest.raises(FileExistsRefused):
        Project.write_new(target, Transcript([Segment(0, 1, "mine")]), replace=False)
    monkeypatch.undo()
    with Project.open(target, read_only=True) as opened:
        assert opened.transcript.segments[0].source == "theirs"
    assert leftovers(tmp_path) == []


def test_what_a_project_holds_reaches_the_terminal_as_text_not_escapes(tmp_path: Path) -> None:
    path = tmp_path / "t.review"
    transcript = Transcript([Segment(0, 1000, "x", "y", "Evil\x1b[2J")], title="T\x1b]0;owned\x07")
    Project.write_new(path, transcript)
    done = cli("info", str(path))
    assert done.returncode == 0
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "T\ufffd]0;owned\ufffd" in done.stdout and "Evil\ufffd[2J" in done.stdout
    csv_out = cli("export", str(path), "-f", "csv", "-o", "-").stdout
    assert "\x1b" not in csv_out and "Evil\ufffd[2J" in csv_out


def test_an_export_never_replaces_its_own_project(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hard_link = tmp_path / "same.json"
    os.link(project, hard_link)
    before = project.read_bytes()
    for target in (project, hard_link):
        assert run("export", str(project), "-f", "json", "-o", str(target), "--force") == 2
        assert "this is the project itself; choose another name" in capsys.readouterr().err
    assert run("glossary", str(project), "export", str(hard_link), "--force") == 2
    assert project.read_bytes() == before


def test_import_force_through_a_link_replaces_the_project_it_points_to(tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    real = elsewhere / "clip.review"
    Project.write_new(real, Transcript([Segment(0, 1000, "", "Old")]))
    link = tmp_path / "clip.review"
    link.symlink_to(real)
    source = tmp_path / "clip.srt"
    source.write_text("1\n00:00:00,000 --> 00:00:01,000\nNew\n")
    assert run("import", str(source)) == 2  # exists: needs --force
    assert run("import", str(source), "--force") == 0
    assert link.is_symlink()
    with Project.open(real, read_only=True) as opened:
        assert opened.transcript.segments[0].translation == "New"
    assert leftovers(tmp_path) == [] and leftovers(elsewhere) == []
