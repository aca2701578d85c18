"""Times in ``history``, the changes CSV and the changes Word file are in the local zone with
its offset; the project file keeps UTC."""

from __future__ import annotations

import csv
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import pytest

from reviewer.cli import main
from reviewer.core.models import Segment, Transcript
from reviewer.store import Project


@pytest.fixture
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "news.review"
    transcript = Transcript(segments=[Segment(0, 2000, "你好", "Hello", id=1)])
    with Project.create(path, transcript, author="Chen Jing") as project:
        project.checkpoint("desk")
        project.set_speaker([1], "Sergey Lavrov")  # a speaker added, and the segment's speaker
        project.set_translation(1, "Hello there")
    return path


def _expected(stamp: str, zone: str) -> str:
    local = datetime.fromisoformat(stamp).astimezone(ZoneInfo(zone))
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:]}"


ZONES = ["Asia/Hong_Kong", "America/New_York", "Europe/Moscow", "UTC"]


@pytest.mark.parametrize("zone", ZONES, indirect=True)
def test_history_and_changes_show_local_time_with_offset(
    zone: str, project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(project_path)
    stored = conn.execute("SELECT time FROM revisions ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.close()
    assert stored.endswith("+00:00")  # UTC in the file
    local = _expected(stored, zone)

    assert main(["history", str(project_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith(local + "  "), (lines[-1], local)

    assert main(["history", str(project_path), "--since", "desk"]) == 0
    assert f", {local})" in capsys.readouterr().out

    out = tmp_path / "changes.csv"
    assert main(["history", str(project_path), "--since", "desk", "--csv", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    assert all(row["when"][-6:] == local[-6:] for row in table)
    assert local in {row["when"] for row in table}
    added = next(row for row in table if row["field"] == "speaker added")
    assert (added["segment"], added["new"]) == ("", "Sergey Lavrov")
    assert next(row for row in table if row["field"] == "speaker")["segment"] == "1"

    word = tmp_path / "changes.docx"
    assert main(["history", str(project_path), "--since", "desk", "--docx", str(word)]) == 0
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert f"Chen Jing, {local})" in text
