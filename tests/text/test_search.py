"""Find and replace: plain, whole word, regex, fuzzy; fields; Chinese across scripts."""

from __future__ import annotations

import pytest

from reviewer.core.models import Segment
from reviewer.text.search import Finder, Query, SearchError

SEGMENTS = [
    Segment(0, 1000, "黎巴嫩真主黨表示", "Lebanon's 真主党 said", id=1),
    Segment(1000, 2000, "拉夫罗夫说", "Lavrof said the talks went well", id=2),
    Segment(2000, 3000, "王毅外长会见", "Foreign Minister Wang Yee met Wang Yeeling", id=3),
]


def spans(query: Query) -> list[tuple[int, str, str]]:
    finder = Finder()
    return [
        (m.segment_id, m.field, getattr(SEGMENTS[m.segment_id - 1], m.field)[m.start : m.end])
        for m in finder.find(SEGMENTS, query)
    ]


def test_plain_is_case_and_script_blind() -> None:
    assert spans(Query("真主党")) == [(1, "source", "真主黨"), (1, "translation", "真主党")]
    assert spans(Query("LAVROF")) == [(2, "translation", "Lavrof")]
    assert spans(Query("Lavrof", match_case=True)) == [(2, "translation", "Lavrof")]
    assert spans(Query("lavrof", match_case=True)) == []


def test_fields() -> None:
    assert spans(Query("真主党", fields=("source",))) == [(1, "source", "真主黨")]
    assert spans(Query("真主黨", fields=("translation",))) == [(1, "translation", "真主党")]


def test_whole_word() -> None:
    assert spans(Query("Wang Yee", mode="word")) == [(3, "translation", "Wang Yee")]
    assert len(spans(Query("Wang Yee"))) == 2  # plain also finds "Wang Yeeling"
    assert spans(Query("真主党", mode="word")) == [
        (1, "source", "真主黨"),
        (1, "translation", "真主党"),
    ]


def test_regex_and_a_bad_one() -> None:
    assert spans(Query(r"Wang \w+$", mode="regex")) == [(3, "translation", "Wang Yeeling")]
    with pytest.raises(SearchError, match="regular expression"):
        Finder().find(SEGMENTS, Query("(", mode="regex"))


def test_fuzzy_finds_a_misspelling_as_whole_words() -> None:
    assert spans(Query("Lavrov", mode="fuzzy")) == [(2, "translation", "Lavrof")]
    assert spans(Query("Hezbolah", mode="fuzzy")) == []


def test_replacements_keep_the_rest_of_the_text() -> None:
    finder = Finder()
    plan = finder.replacements(SEGMENTS, Query("wang yee", mode="word"), "Wang Yi")
    assert plan == [
        (3, "translation", SEGMENTS[2].translation, "Foreign Minister Wang Yi met Wang Yeeling")
    ]
    plan = finder.replacements(SEGMENTS, Query(r"(\w+) said", mode="regex"), r"said \1")
    assert [p[3] for p in plan] == ["Lebanon's said 真主党", "said Lavrof the talks went well"]
    plan = finder.replacements(SEGMENTS, Query("真主黨", fields=("translation",)), "Hezbollah")
    assert plan == [(1, "translation", "Lebanon's 真主党 said", "Lebanon's Hezbollah said")]


def test_matching_ids_and_an_empty_query() -> None:
    finder = Finder()
    assert finder.matching_ids(SEGMENTS, Query("said")) == [1, 2]
    assert finder.find(SEGMENTS, Query("")) == []
