"""The window's name for the editor is the command line's: what the welcome stores, ``reviewer
import`` records; a name kept only by an older version's window settings is still read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from reviewer.author import author_name, stored_author
from reviewer.cli import main


def test_name_stored_in_the_window_is_recorded_by_import(
    settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("REVIEWER_AUTHOR")
    settings.author = "陈静"
    assert stored_author() == "陈静" == author_name() == settings.author
    (tmp_path / "clip.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nHello.\n", "utf-8")
    assert main(["import", str(tmp_path / "clip.srt"), "-o", str(tmp_path / "c.review")]) == 0
    conn = sqlite3.connect(tmp_path / "c.review")
    assert conn.execute("SELECT DISTINCT author FROM operations").fetchall() == [("陈静",)]
    conn.close()


def test_older_window_setting_is_still_read(settings, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("REVIEWER_AUTHOR")
    settings.store.setValue("author", "Old Name")  # as versions before the shared file kept it
    assert settings.author == "Old Name"
    monkeypatch.setenv("REVIEWER_AUTHOR", "From Env")
    assert settings.author == "From Env"
