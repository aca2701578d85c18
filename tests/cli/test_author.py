"""One author setting for the command line and the window: ``--author``, then REVIEWER_AUTHOR,
then the name stored (by the window's welcome or by :func:`reviewer.author.store_author`), then
the account's user name, recorded with the revisions each writing command makes."""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

import pytest

from reviewer.author import author_name, store_author, stored_author
from reviewer.cli import main

SRT = "1\n00:00:01,000 --> 00:00:02,000\nGood evening.\n"


def _authors(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    found = {row[0] for row in conn.execute("SELECT author FROM operations")}
    found |= {row[0] for row in conn.execute("SELECT author FROM revisions")}
    conn.close()
    return found


@pytest.mark.parametrize(
    ("given", "environment", "stored", "expected"),
    [
        ("Ann Lee", "Env Name", "Stored Name", "Ann Lee"),
        (None, "Env Name", "Stored Name", "Env Name"),
        (None, None, "陈静", "陈静"),
        (None, None, None, getpass.getuser()),
    ],
    ids=["--author", "REVIEWER_AUTHOR", "stored", "user name"],
)
def test_import_and_rescue_record_the_author(
    given: str | None,
    environment: str | None,
    stored: str | None,
    expected: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if environment:
        monkeypatch.setenv("REVIEWER_AUTHOR", environment)
    else:
        monkeypatch.delenv("REVIEWER_AUTHOR", raising=False)
    if stored:
        store_author(stored)
    (tmp_path / "clip.srt").write_text(SRT, encoding="utf-8")
    project = tmp_path / "clip.review"
    extra = ["--author", given] if given else []
    assert main(["import", str(tmp_path / "clip.srt"), "-o", str(project), *extra]) == 0
    assert _authors(project) == {expected}
    rescued = tmp_path / "copy.review"
    assert main(["rescue", str(project), "-o", str(rescued), *extra]) == 0
    assert _authors(rescued) == {expected}


def test_stored_name_is_one_line_and_can_be_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REVIEWER_AUTHOR", raising=False)
    store_author("  Chen\nJing  ")
    assert stored_author() == "Chen Jing" == author_name()
    store_author("")
    assert stored_author() == ""
    assert author_name() == getpass.getuser()
