"""The changes since a checkpoint as Word tracked changes, accepted and rejected in LibreOffice
(headless, through python-uno): Accept All gives exactly the new text of every change, line
breaks included, and Reject All exactly the old. One soffice for the run (the ``office``
fixture of tests/conftest.py)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from libreoffice import Office

from reviewer.core.models import Segment, Transcript
from reviewer.store import Project
from reviewer.store.change_report import as_text, write_docx

Edit = Callable[[Project], object]
EDITS: dict[str, Edit] = {
    "rewrite": lambda p: p.set_translation(1, "We achieve a goal."),
    "spelling": lambda p: p.set_translation(1, "Sergey Lavrov said the talks went well."),
    "lines added": lambda p: p.set_translation(1, "Lavrov said\nthe talks\nwent well"),
    "lines joined": lambda p: p.set_translation(2, "first line and second line"),
    "break moved": lambda p: p.set_translation(2, "first line and\nsecond line"),
    "chinese": lambda p: p.set_source(1, "俄罗斯外长拉夫罗夫表示\n会谈顺利。"),
    "status": lambda p: p.approve([1]),
    "speaker": lambda p: p.set_speaker([1, 2], "Sergey Lavrov"),
    "times": lambda p: p.retime(2, 4200, 6800),
    "hostile": lambda p: p.set_translation(1, "Q&A: <Breaking> {note}\n=SUM(A1) C:\\News\\N\x07"),
}


def _transcript() -> Transcript:
    return Transcript(
        segments=[
            Segment(
                0, 3000, "拉夫罗夫说会谈很好。", "Sergei Lavrof said\nthe talks went well.", id=1
            ),
            Segment(4000, 7000, "第一行\n第二行", "first line\nsecond line", id=2),
        ]
    )


def _subsequence(wanted: list[str], paragraphs: list[str]) -> bool:
    found = iter(paragraphs)
    return all(any(p == w for p in found) for w in wanted)


@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_accept_all_gives_the_new_text_and_reject_all_the_old(
    edit: str, office: Office, tmp_path: Path
) -> None:
    with Project.create(tmp_path / "p.review", _transcript(), author="Chen Jing") as project:
        project.checkpoint("desk")
        EDITS[edit](project)
        changes = project.changes_since("desk")
    assert changes
    docx = write_docx(changes, tmp_path / "changes.docx", title="News", checkpoint="desk")
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    assert "\n" not in xml.split("<w:body>")[1].replace("\r", ""), "a raw newline in the text"
    marked = office.read(docx)
    assert marked["redlines"] > 0
    accepted, rejected = office.read(docx, "accept"), office.read(docx, "reject")
    assert accepted["redlines"] == rejected["redlines"] == 0
    clean = str.maketrans({"\x07": "\ufffd"})  # the sanitiser's stand-in for a control character
    new = [as_text(c.field, c.new).translate(clean) for c in changes]
    old = [as_text(c.field, c.old).translate(clean) for c in changes]
    assert _subsequence(new, accepted["paragraphs"]), (new, accepted["paragraphs"])
    assert _subsequence(old, rejected["paragraphs"]), (old, rejected["paragraphs"])
