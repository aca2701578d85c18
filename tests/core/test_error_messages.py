"""Errors raised below the window carry their template and values (reviewer.core.errors.say):
the command line prints the English, the window words the same template in its language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from reviewer.app import opening
from reviewer.core import errors
from reviewer.core.errors import ImportError_, ReviewerError, say

ROOT = Path(__file__).resolve().parents[2]


def said_templates() -> list[tuple[str, int, str]]:
    """Return (file, line, template) of every say() of reviewer.core.errors below the window."""
    found = []
    for path in sorted((ROOT / "reviewer").rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.parts[1] == "ui" or relative.name == "checks.py":  # checks: their own say()
            continue
        text = path.read_text(encoding="utf-8")
        if "from reviewer.core.errors import" not in text:
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say":
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{relative}:{node.lineno}: a literal"
                found.append((str(relative), node.lineno, first.value))
    return found


def test_every_template_is_in_the_table_the_catalogue_reads() -> None:
    found = said_templates()
    assert len(found) > 80
    assert [f for f in found if f[2] not in errors.MESSAGES] == []
    assert len(set(errors.MESSAGES)) == len(errors.MESSAGES)


def test_the_english_is_the_template_filled_in() -> None:
    exc = ImportError_(say("not valid JSON ({reason})", reason="Expecting value"), "a.json", 3)
    assert str(exc) == "a.json:3: not valid JSON (Expecting value)"
    assert exc.message == "not valid JSON (Expecting value)"
    assert exc.said is not None and exc.said.template == "not valid JSON ({reason})"
    plain = ReviewerError("something English", "b.srt")
    assert (str(plain), plain.said) == ("b.srt: something English", None)


def test_opening_a_missing_or_binary_file_says_which_template(tmp_path: Path) -> None:
    with pytest.raises(ReviewerError) as missing:
        opening.open_anything(tmp_path / "gone.srt")
    assert str(missing.value) == f"{tmp_path / 'gone.srt'}: no such file"
    assert missing.value.said == say("no such file")
    garbage = tmp_path / "clip.srt"
    garbage.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ReviewerError) as binary:
        opening.open_anything(garbage)
    assert binary.value.said is not None
    assert binary.value.said.template in errors.MESSAGES
    assert str(binary.value) == f"{garbage}: {binary.value.said.text}"
