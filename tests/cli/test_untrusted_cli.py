"""The command line on hostile project files: one line on stderr naming the file, exit status 2,
the file untouched, the way out (``reviewer rescue``) named; a WAL set aside is told."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_files import PROBES, digest, hostile, make_project, wal_of_another_database

from reviewer.store import Project
from reviewer.store.lock import lock_path


def reviewer(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewer", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.parametrize("probe", ["view_in_place_of_a_table", "trigger_on_our_writes"])
def test_info_refuses_in_one_line_and_names_the_rescue(tmp_path: Path, probe: str) -> None:
    path = hostile(tmp_path, probe)
    before = digest(path)
    result = reviewer("info", str(path), timeout=20)  # the view once ran forever
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"reviewer: {path}: its schema is not the one Reviewer makes")
    assert f"`reviewer rescue {path}` copies its data into a new project" in result.stderr
    assert digest(path) == before


def test_glossary_import_into_a_hostile_project_deletes_nothing(tmp_path: Path) -> None:
    path = hostile(tmp_path, "trigger_on_our_writes")
    terms = tmp_path / "terms.csv"
    terms.write_text("source,translation\n王毅,Wang Yi\n", encoding="utf-8")
    before = digest(path)
    result = reviewer("glossary", str(path), "import", str(terms))
    assert result.returncode == 2 and "trigger “wipe”" in result.stderr
    assert digest(path) == before


def test_rescue_writes_a_new_project_that_every_command_reads(tmp_path: Path) -> None:
    path = hostile(tmp_path, "blob_in_text_column")
    before = digest(path)
    result = reviewer("rescue", str(path))
    assert result.returncode == 0, result.stderr
    target = tmp_path / "blob_in_text_column.rescued.review"
    assert result.stdout.strip() == f"{target}: the data of {path} in a new project"
    assert "segments: 1 row(s) repaired: the translation is not text" in result.stderr
    assert digest(path) == before
    info = json.loads(reviewer("info", str(target), "--json").stdout)
    assert info["segments"] == 4
    again = reviewer("rescue", str(path), "-o", str(target))
    assert again.returncode == 2 and "exists already" in again.stderr


def test_a_foreign_wal_is_set_aside_and_said_on_stderr(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    Path(f"{path}-wal").write_bytes(wal_of_another_database(tmp_path))
    result = reviewer("info", str(path), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "Evening news"
    assert result.stderr.startswith("reviewer: warning: p.review-wal was moved aside to ")
    assert "another program's database" in result.stderr


def test_break_lock_takes_over_a_lock_another_machine_left(tmp_path: Path) -> None:
    path = make_project(tmp_path / "p.review")
    owner = {"pid": 7, "host": "desk-pc-4", "user": "anna", "since": "2026-01-05 10:00"}
    lock_path(path).write_text(json.dumps(owner), encoding="utf-8")
    terms = tmp_path / "terms.csv"
    terms.write_text("source,translation\n王毅,Wang Yi\n", encoding="utf-8")
    held = reviewer("glossary", str(path), "import", str(terms))
    assert held.returncode == 2
    assert "anna (process 7 on desk-pc-4, since 2026-01-05 10:00, " in held.stderr
    assert "its lock can be broken" in held.stderr
    broken = reviewer("glossary", str(path), "import", str(terms), "--break-lock")
    assert broken.returncode == 0, broken.stderr
    assert "broke the lock of anna (process 7 on desk-pc-4" in broken.stderr
    with Project.open(path, read_only=True) as project:
        assert project.db.execute("SELECT COUNT(*) FROM glossary").fetchone()[0] == 2


def test_every_probe_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    for probe in sorted(PROBES):
        folder = tmp_path / probe
        folder.mkdir()
        path = hostile(folder, probe)
        copy = folder / "copy.review"
        shutil.copy(path, copy)
        result = reviewer("export", str(path), "-f", "srt", "-o", str(folder / "out.srt"))
        assert result.returncode == 2, probe
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("reviewer: "), probe
        assert path.read_bytes() == copy.read_bytes(), probe
        assert not (folder / "out.srt").exists()
