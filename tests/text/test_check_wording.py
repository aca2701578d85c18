"""Checks produce data, the window words it: every message a check says is a template in
MESSAGES (the window's catalogue lists them), and its English is the template filled in."""

from __future__ import annotations

import ast
from pathlib import Path

from reviewer.core.models import Segment
from reviewer.text import checks
from reviewer.text.checks import MESSAGES, Checker, say
from reviewer.text.glossary import Glossary, Term


def test_every_literal_template_said_is_listed() -> None:
    tree = ast.parse(Path(checks.__file__).read_text(encoding="utf-8"))
    said = [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "say"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert len(said) > 15
    assert [t for t in said if t not in MESSAGES] == []


def test_the_problems_found_carry_listed_templates_whose_english_is_the_message() -> None:
    glossary = Glossary([Term(["王毅"], "Wang Yi", ["Wang Yee"]), Term(["拉夫罗夫"], "Lavrov")])
    checker = Checker(glossary)
    segments = [
        Segment(0, 3000, "王毅说", "Wang Yee said", id=1),
        Segment(2500, 5000, "拉夫罗夫", "Lavrof and 真主党", id=2),
        Segment(5000, 9000, "", "", id=3),
    ]
    found = []
    for i, segment in enumerate(segments):
        previous = segments[i - 1] if i else None
        found += checker.segment(segment, previous)
    assert {p.check for p in found} >= {"glossary", "overlap", "untranslated", "empty"}
    for problem in found:
        assert problem.wording is not None
        assert problem.wording.template in MESSAGES
        assert problem.wording.text == problem.message


def test_a_wording_inside_another_reads_as_its_text() -> None:
    others = say("; or {forms}", forms="“Lavrof”")
    assert say("x{others}", others=others).text == "x; or “Lavrof”"
