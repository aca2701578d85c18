"""Diffs read as Word's compare shows them: whole words, a phrase rewritten as one deletion and
one insertion, characters only inside a word spelt a little differently."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.text.diff import as_text, diff

CASES = [
    ("unreviewed", "approved", "[-unreviewed-]{+approved+}"),
    ("We realize the goal.", "We achieve a goal.", "We [-realize the-]{+achieve a+} goal."),
    ("Lebanon's 真主党 said", "Lebanon's Hezbollah said", "Lebanon's [-真主党-]{+Hezbollah+} said"),
    ("拉夫罗夫说", "俄外长拉夫罗夫表示", "{+俄外长+}拉夫罗夫[-说-]{+表示+}"),
    ("line one\nline two", "line one\nline 2", "line one\nline [-two-]{+2+}"),
    ("colour of the day", "color of this day", "[-colour-]{+color+} of [-the-]{+this+} day"),
    ("Sergei Lavrof said", "Sergey Lavrov said", "[-Sergei Lavrof-]{+Sergey Lavrov+} said"),
    ("the internationalisation", "the internationalization", "the internationali[-s-]{+z+}ation"),
    ("organisation internationalisation", "organization internationalization",
     "organi[-s-]{+z+}ation internationali[-s-]{+z+}ation"),
    ("internationalisation", "nationalisation", "[-internationalisation-]{+nationalisation+}"),
    ("Lebanon's 真主党", "Lebanon’s 真主党", "Lebanon[-'-]{+’+}s 真主党"),
    ("the minister, said", "the spokesman said", "the [-minister,-]{+spokesman+} said"),
    ("Hello", "Hello world", "Hello{+ world+}"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "shown"), CASES)
def test_diff_reads_as_a_person_would_mark_it(old: str, new: str, shown: str) -> None:
    assert as_text(diff(old, new)) == shown


TEXT = st.text(alphabet=st.sampled_from("ab cd,.\n王毅说Lavrovf"), max_size=40)


@given(TEXT, TEXT)
def test_diff_turns_the_old_text_into_the_new(old: str, new: str) -> None:
    pieces = diff(old, new)
    assert "".join(t for kind, t in pieces if kind != "insert") == old
    assert "".join(t for kind, t in pieces if kind != "delete") == new
    assert all(text for _, text in pieces)
    kinds = [kind for kind, _ in pieces]
    assert all(a != b for a, b in itertools.pairwise(kinds))  # runs merged
