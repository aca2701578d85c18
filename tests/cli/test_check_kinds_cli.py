"""`reviewer import --kind`, `reviewer check --kind/--all/--json` on a translation-only page
copy, as a news site gives it: no source text, no speakers, names misspelt by sound."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.store import Project

PAGE = """王毅会见拉夫罗夫 Wang Yi meets Lavrov
晚间新闻 | 中俄外长在北京会谈

Transcript
0:00 Good evening, viewers.
0:03 Chinese Foreign Minister Wang Yi met Russian Foreign Minister Lavrow in Beijing today.
0:11 The two sides discussed the ceasefire between Lebanon's 真主党 and Israel.
0:19 Kremlin spokesman Dmitry Peskov said the talks were useful.
0:25 Peskov added that a date for the next meeting had not been set.
0:31 President Selensky was not mentioned, Peskoff said.
0:38 The two ministers will meet again in Moscow next month, with a long list of questions \
that no subtitle line would hold.
"""

GLOSSARY = """source,translation,avoid,note
王毅,Wang Yi,Wang Yee,
拉夫罗夫|Лавров,Lavrov,Lavrof,
真主党|真主黨,Hezbollah,,
泽连斯基,Zelensky,,
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    (tmp_path / "glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    path = tmp_path / "talks.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def check(project: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list]:
    capsys.readouterr()
    status = main(["check", str(project), "--json", *args])
    return status, json.loads(capsys.readouterr().out)


def test_a_translation_only_page_copy_lists_its_real_errors_only(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = page.with_suffix(".review")
    assert main(["import", str(page), "-o", str(project)]) == 0
    assert main(["glossary", str(project), "import", str(page.parent / "glossary.csv")]) == 0
    status, problems = check(project, capsys)
    found = [(p["segment_id"], p["check"], p["severity"], p["message"]) for p in problems]
    assert status == 1
    assert found == [
        (
            2,
            "glossary",
            "error",  # the title names 拉夫罗夫: Lavrov is expected
            "“Lavrow” looks like a misspelling of “Lavrov” (named in the title or description)",
        ),
        (3, "untranslated", "error", "“真主党” left untranslated: “Hezbollah”"),
        (
            6,
            "glossary",
            "warning",  # no Chinese form anywhere: told by sound alone
            "“Selensky” looks like a misspelling of “Zelensky” (glossary: 泽连斯基)",
        ),
        (6, "names", "warning", "“Peskoff” (once) is spelt “Peskov” 2 times elsewhere"),
    ]


def test_kind_on_import_and_on_check(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = page.with_suffix(".review")
    assert main(["import", str(page), "-o", str(project), "--kind", "subtitles"]) == 0
    with Project.open(project) as p:
        assert p.meta("kind") == "subtitles"
    _status, as_subtitles = check(project, capsys)
    assert "line-length" in {p["check"] for p in as_subtitles}
    _status, as_transcript = check(project, capsys, "--kind", "transcript")
    assert "line-length" not in {p["check"] for p in as_transcript}
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(project), "--kind", "karaoke"])
    assert exit_.value.code == 2


def test_approving_a_segment_settles_its_warnings_not_its_errors(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = page.with_suffix(".review")
    main(["import", str(page), "-o", str(project)])
    main(["glossary", str(project), "import", str(page.parent / "glossary.csv")])
    with Project.open(project) as p:
        p.approve([3, 6])
    status, problems = check(project, capsys)
    assert status == 1
    assert [(x["segment_id"], x["check"]) for x in problems] == [
        (2, "glossary"),
        (3, "untranslated"),  # an error stays until it is fixed
    ]
    _status, everything = check(project, capsys, "--all")
    assert len(everything) == 4
