"""Regular expressions are the editor's own input, and bounded: a pattern that backtracks for
ever is stopped within the time limit and named; one that would unroll to gigabytes is refused
before it is compiled; ordinary patterns (and the regex package's extras) work as before."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from reviewer.core.models import Segment
from reviewer.text.search import (
    Deadline,
    Finder,
    PatternTooSlow,
    Query,
    SearchError,
    unrolled_size,
)

EVIL = Query(r"(a+)+$", mode="regex")
# A long run of a's that does not end the text: (a+)+$ tries every way to split it.
STUCK = [Segment(0, 1000, "拉夫罗夫说", "a" * 5000 + "!", id=1)]


def test_backtracking_pattern_is_stopped_and_named() -> None:
    finder = Finder(time_limit=0.2)
    for search in (
        lambda: finder.matching_ids(STUCK, EVIL),
        lambda: finder.find(STUCK, EVIL),
        lambda: finder.replacements(STUCK, EVIL, "x"),
        lambda: finder.spans(STUCK[0].translation, EVIL),
    ):
        with pytest.raises(PatternTooSlow, match=r"This pattern takes too long \(stopped after"):
            search()


def test_the_time_limit_is_for_the_whole_search_not_each_text() -> None:
    def segments() -> Iterator[Segment]:
        # Each text is quick; the search as a whole outlives its limit before the third.
        for n in range(1, 4):
            if n == 3:
                time.sleep(0.06)
            yield Segment(n * 1000, n * 1000 + 900, "", f"Wang Yi {n}", id=n)

    with pytest.raises(PatternTooSlow):
        Finder(time_limit=0.05).matching_ids(segments(), Query(r"Wang \w+", mode="regex"))


def test_an_expired_deadline_stops_even_a_quick_pattern() -> None:
    with pytest.raises(PatternTooSlow):
        Finder().spans("Wang Yi met Lavrov", Query("Wang", mode="regex"), deadline=Deadline(0))


def test_nested_counted_repeats_are_refused_before_they_are_compiled() -> None:
    assert unrolled_size(r"(x{1000}){1000}") == 1_000_000
    assert unrolled_size(r"(?:\d{1,3}\.){3}\d{1,3}") < 100
    assert unrolled_size(r"\p{Han}{2,4}") == 4
    assert unrolled_size("a{" + "9" * 5000 + "}") >= 10**10  # no int() of 5,000 digits
    with pytest.raises(PatternTooSlow, match="too large: its counted repeats unroll to"):
        Finder().compile(Query(r"((a{1000}){1000}){100}", mode="regex"))  # 4 GB in regex


def test_ordinary_patterns_still_find_and_replace() -> None:
    segments = [
        Segment(0, 1000, "王毅外长会见拉夫罗夫", "Wang Yee met 10.0.0.1", id=1),
        Segment(1000, 2000, "", "wang yee said", id=2),
    ]
    finder = Finder()
    assert finder.matching_ids(segments, Query(r"\p{Han}{4}", mode="regex")) == [1]
    assert finder.matching_ids(segments, Query(r"(?:\d{1,3}\.){3}\d{1,3}", mode="regex")) == [1]
    assert finder.matching_ids(segments, Query(r"^wang", mode="regex")) == [1, 2]
    assert finder.matching_ids(segments, Query(r"^wang", mode="regex", match_case=True)) == [2]
    plan = finder.replacements(segments, Query(r"(\w+) Yee", mode="regex"), r"\1 Yi")
    assert [new for *_, new in plan] == ["Wang Yi met 10.0.0.1", "wang Yi said"]
    with pytest.raises(SearchError, match="replacement does not fit"):
        finder.replacements(segments, Query(r"Yee", mode="regex"), r"\2")
