"""Diffs of long texts come back at once (the common start and end kept, the middle deleted and
inserted) and still turn the old text into the new."""

from __future__ import annotations

import random

from reviewer.text.diff import MAX_CELLS, diff


def _sides(pieces: list[tuple[str, str]]) -> tuple[str, str]:
    old = "".join(t for kind, t in pieces if kind != "insert")
    new = "".join(t for kind, t in pieces if kind != "delete")
    return old, new


def test_a_word_changed_in_a_text_of_400_000_characters() -> None:
    old = "王毅" * 100_000 + "Lavrof said" + "word " * 40_000
    new = "王毅" * 100_000 + "Lavrov said" + "word " * 40_000
    pieces = diff(old, new)  # Indel: 400,000 x 400,000 characters, a minute
    assert [kind for kind, _ in pieces] == ["equal", "delete", "insert", "equal"]
    assert (pieces[1][1], pieces[2][1]) == ("f", "v")
    assert _sides(pieces) == (old, new)


def test_long_texts_that_differ_throughout() -> None:
    rng = random.Random(19)
    old = "".join(rng.choice("abcdef 王毅") for _ in range(100_000))
    new = "".join(rng.choice("abcdef 王毅") for _ in range(100_000))
    pieces = diff(old, new)  # Indel: about 12 s and 1.2 GB
    assert [kind for kind, _ in pieces if kind != "equal"] == ["delete", "insert"]
    assert len(pieces) <= 4
    assert _sides(pieces) == (old, new)


def test_long_texts_with_nothing_in_common_or_one_a_prefix_of_the_other() -> None:
    a, b = "a" * 70_000, "b" * 70_000
    assert len(a) * len(b) > MAX_CELLS
    assert diff(a, b) == [("delete", a), ("insert", b)]
    assert diff(a + "tail", a) == [("equal", a), ("delete", "tail")]
    assert diff(a, "x" + a) == [("insert", "x"), ("equal", a)]
    assert diff(a, a) == [("equal", a)]


def test_short_texts_diff_by_word_and_by_character_inside_a_like_word() -> None:
    assert diff("Wang Yee met", "Wang Yi met") == [
        ("equal", "Wang "),
        ("delete", "Yee"),
        ("insert", "Yi"),
        ("equal", " met"),
    ]
    assert diff("internationalisation met", "internationalization met") == [
        ("equal", "internationali"),
        ("delete", "s"),
        ("insert", "z"),
        ("equal", "ation met"),
    ]


def test_one_long_token_changed_throughout_comes_back_whole_and_bounded() -> None:
    # One "word" of 120,000 letters (a URL, text without spaces) was one token to the word diff
    # and a full character diff to the check for a letter or two changed: 1.8 GB of rapidfuzz's
    # own (C++) memory, so measured as the process's peak, in a child.
    import subprocess
    import sys

    code = """
import random, resource
from reviewer.text.diff import diff
rng = random.Random(5)
old = "".join(rng.choice("abcdefgh") for _ in range(120_000))
new = "".join(rng.choice("abcdefgh") for _ in range(120_000))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
pieces = diff(old, new)
assert "".join(t for k, t in pieces if k != "insert") == old
assert "".join(t for k, t in pieces if k != "delete") == new
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-800:]
    assert int(result.stdout) < 200, f"{result.stdout.strip()} MB more at the peak"
