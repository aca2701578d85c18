"""Telling the source's script from the translation's, letter by letter."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reviewer.text.scripts import _FOREIGN, _HAN, is_mostly_foreign

FOREIGN = re.compile(f"[{_FOREIGN}]")
HAN = re.compile(f"[{_HAN}]")


def counted_one_by_one(text: str) -> bool:
    """is_mostly_foreign's rule, a letter (a word character, not a digit or _) at a time."""
    letters = [c for c in text if c.isalnum() and not c.isdecimal()]
    foreign = sum(1 for c in letters if FOREIGN.fullmatch(c))
    han = sum(1 for c in letters if HAN.fullmatch(c))
    return foreign + han > len(letters) - foreign


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="天文台今晚发出ア한лавровWang Yi é,.・-—0１²_ \n\t“”", max_size=30) | st.text()
)
@example("王毅：我们")
@example("Reporter (CCTV): 了紧以过")
@example("・・ー")
@example("Ελλάδα 中")
def test_is_mostly_foreign_counts_letters_as_its_rule_says(text: str) -> None:
    assert is_mostly_foreign(text) == counted_one_by_one(text)
