"""`reviewer check` and `reviewer glossary`: output, JSON, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import sample_transcript

from reviewer.cli import main
from reviewer.core.models import Segment, Speaker, Transcript
from reviewer.store import Project


@pytest.fixture
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.review"
    Project.create(path, sample_transcript(), author="tester").close()
    return path


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    path = tmp_path / "clean.review"
    transcript = Transcript(
        speakers=[Speaker("Anchor", slot=1)],
        segments=[Segment(0, 2000, "晚上好", "Good evening", speaker="Anchor")],
        source_language="zh",
        target_language="en",
    )
    Project.create(path, transcript).close()
    return path


def test_check_prints_one_problem_a_line_and_exits_1_on_errors(
    news: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(news)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{news}: #2 00:02.500 error untranslated: “真主党” left untranslated" in out
    assert f"{news}: #1 00:00.000 warning duration: " not in "\n".join(out)
    assert all(line.startswith(f"{news}: #") for line in out)


def test_check_json_and_exit_0_without_errors(
    clean: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(clean), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_check_json_lists_the_contract_fields(
    news: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(news), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert {tuple(sorted(p)) for p in problems} == {
        ("check", "message", "segment_id", "severity", "start_ms")
    }
    assert {
        "segment_id": 2,
        "start_ms": 2500,
        "check": "untranslated",
        "severity": "error",
        "message": "“真主党” left untranslated",
    } in problems


def test_check_warnings_only_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "w.review"
    transcript = Transcript(segments=[Segment(0, 2000, "晚上好", "Good evening")])
    Project.create(path, transcript).close()
    assert main(["check", str(path)]) == 0  # "no speaker" is a warning


def test_check_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "missing.review")]) == 2
    assert "no such project file" in capsys.readouterr().err
    junk = tmp_path / "junk.review"
    junk.write_text("hello")
    assert main(["check", str(junk)]) == 2


def test_glossary_import_then_check_uses_it_then_export(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_in = tmp_path / "g.csv"
    csv_in.write_text(
        "\ufeffsource,translation,avoid,note\n真主党|真主黨,Hezbollah,,\n", encoding="utf-8"
    )
    assert main(["glossary", str(news), "import", str(csv_in)]) == 0
    assert "1 glossary term read" in capsys.readouterr().out
    main(["check", str(news)])
    assert "left untranslated: “Hezbollah”" in capsys.readouterr().out
    csv_out = tmp_path / "out.csv"
    assert main(["glossary", str(news), "export", str(csv_out)]) == 0
    assert csv_out.read_text(encoding="utf-8").splitlines() == [
        "source,translation,avoid,note",
        "真主党|真主黨,Hezbollah,,",
    ]


def test_glossary_bad_input_exits_2(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["glossary", str(news), "import", str(tmp_path / "none.csv")]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("source,translation\n王毅,\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["glossary", str(news), "import", str(bad)]) == 2
    assert f"{bad}:2: no translation for 王毅" in capsys.readouterr().err
