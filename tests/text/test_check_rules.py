"""The rules of issue 12 through the checker: what a transcript and subtitles are checked for,
glossary names with and without their Chinese form, the title and description as context, names
spelt two ways, and what an editor still has to read."""

from __future__ import annotations

from reviewer.core.models import Segment, Transcript
from reviewer.core.speech import SpeechMap
from reviewer.text.checks import (
    SUBTITLE_CHECKS,
    SUBTITLES,
    TRANSCRIPT,
    Checker,
    Problem,
    ProblemCache,
    apply_fixes,
    check_transcript,
    checker_for,
    still_open,
)
from reviewer.text.glossary import Glossary, Term

GLOSSARY = Glossary(
    [
        Term(["拉夫罗夫", "Лавров"], "Lavrov", ["Lavrof"]),
        Term(["泽连斯基"], "Zelensky"),
        Term(["埃尔多安"], "Erdogan"),
        Term(["外长"], "Foreign Minister"),
    ]
)


def page_copy(*translations: str, title: str = "", description: str = "") -> Transcript:
    """A translation-only transcript, as a page copy gives it: no source, no speakers."""
    return Transcript(
        segments=[
            Segment(i * 3000, i * 3000 + 2500, "", t, id=i + 1) for i, t in enumerate(translations)
        ],
        title=title,
        description=description,
        source_language="zh",
        target_language="en",
    )


def glossary_problems(t: Transcript, kind: str = TRANSCRIPT) -> list[tuple[str, str, str | None]]:
    return [
        (p.severity, t.segments[0].translation[p.span[0] : p.span[1]] if p.span else "", p.fix)
        for p in check_transcript(t, GLOSSARY, kind=kind)
        if p.check == "glossary"
    ]


def test_a_transcript_gets_no_subtitle_rules_and_no_noise() -> None:
    long = "A sentence far longer than any subtitle line, read in a transcript. " * 3
    t = page_copy(long, "Short.")
    t.segments[1].start_ms = t.segments[0].end_ms + 10  # a gap a subtitle would flicker at
    assert check_transcript(t, kind=TRANSCRIPT) == []  # no speaker, no source: not problems
    found = {p.check for p in check_transcript(t, kind=SUBTITLES)}
    assert found and found <= SUBTITLE_CHECKS


def test_overlaps_and_empty_text_are_problems_of_every_kind() -> None:
    t = page_copy("One.", "")
    t.segments[1].start_ms = 1000
    for kind in (TRANSCRIPT, SUBTITLES):
        checks = {(p.check, p.severity) for p in check_transcript(t, kind=kind)}
        assert {("overlap", "error"), ("empty", "error")} <= checks


def test_a_segment_the_clip_does_not_reach_is_a_problem_of_every_kind() -> None:
    t = page_copy("One.", "Two.", "Three.")  # 0-2.5 s, 3-5.5 s, 6-8.5 s

    def past_end(media_ms: int | None, kind: str) -> list[tuple[int, str, str]]:
        return [
            (p.segment_id, p.severity, p.message)
            for p in check_transcript(t, kind=kind, media_ms=media_ms)
            if p.check == "past-end"
        ]

    for kind in (TRANSCRIPT, SUBTITLES):
        assert past_end(5_000, kind) == [
            (2, "warning", "runs 0.5 s past the clip's end (00:05.000); exports cut it there"),
            (3, "error", "starts at or after the clip's end (00:05.000); exports leave it out"),
        ]
        # Up to 0.2 s over is a difference of measuring, not a cue the export cuts short.
        assert [(sid, severity) for sid, severity, _ in past_end(5_299, kind)] == [
            (2, "warning"),
            (3, "error"),
        ]
        assert [(sid, severity) for sid, severity, _ in past_end(5_300, kind)] == [(3, "error")]
        assert [(sid, severity) for sid, severity, _ in past_end(6_000, kind)] == [(3, "error")]
        assert [(sid, severity) for sid, severity, _ in past_end(6_001, kind)] == [(3, "warning")]
        assert past_end(8_300, kind) == past_end(None, kind) == []
    # No sound after the clip's end either: the past-end error says it, not a no-speech too.
    speech = SpeechMap([(0, 5_000)])
    found = {(p.segment_id, p.check) for p in check_transcript(t, speech=speech, media_ms=5_000)}
    assert (3, "past-end") in found and (3, "no-speech") not in found
    assert (3, "no-speech") in {(p.segment_id, p.check) for p in check_transcript(t, speech=speech)}


def test_a_glossary_name_is_matched_without_its_chinese_form() -> None:
    # No source, no context: the misspelling is told by sound alone, as a warning with its fix.
    t = page_copy("President Selensky and President Ardogan spoke by telephone.")
    assert glossary_problems(t) == [
        ("warning", "Selensky", "Zelensky"),
        ("warning", "Ardogan", "Erdogan"),
    ]


def test_a_known_wrong_rendering_is_an_error_anywhere() -> None:
    assert glossary_problems(page_copy("Lavrof said.")) == [("error", "Lavrof", "Lavrov")]


def test_the_source_makes_a_near_miss_an_error_and_a_missing_name_a_warning() -> None:
    t = Transcript(
        segments=[
            Segment(0, 3000, "泽连斯基说", "Selensky said", id=1),
            Segment(3000, 6000, "外长说", "The minister said", id=2),
        ]
    )
    found = [(p.segment_id, p.severity, p.fix) for p in check_transcript(t, GLOSSARY)]
    assert found == [(1, "error", "Zelensky"), (2, "warning", None)]


def test_the_title_and_description_count_as_source() -> None:
    text = "Selensky said the talks were useful."
    assert glossary_problems(page_copy(text)) == [("warning", "Selensky", "Zelensky")]
    for context in ({"title": "泽连斯基会见埃尔多安"}, {"description": "Zelensky meets Erdogan"}):
        t = page_copy(text, **context)
        assert glossary_problems(t) == [("error", "Selensky", "Zelensky")], context
    # A name the context does not hold stays a warning.
    assert glossary_problems(page_copy("Ardogan said.", title="泽连斯基")) == [
        ("warning", "Ardogan", "Erdogan")
    ]


def test_no_source_text_only_where_the_project_has_a_source_side() -> None:
    t = page_copy("Hello.", "Again.")
    assert [p for p in check_transcript(t) if p.check == "empty"] == []
    t.segments[0].source = "你好"
    assert [(p.segment_id, p.message) for p in check_transcript(t) if p.check == "empty"] == [
        (2, "no source text")
    ]


def test_a_name_spelt_two_ways_offers_the_majority_form() -> None:
    t = page_copy(
        "Foreign Minister Sergei Shoigu arrived.",
        "Shoigu met the delegation.",
        "Talks with Shoygu lasted an hour.",
    )
    [p] = [p for p in check_transcript(t) if p.check == "names"]
    assert (p.segment_id, p.severity, p.fix) == (3, "warning", "Shoigu")
    assert p.message == "“Shoygu” (once) is spelt “Shoigu” 2 times elsewhere"
    assert apply_fixes(t.segments[2].translation, [p]) == "Talks with Shoigu lasted an hour."


def test_the_cache_adds_names_found_across_the_transcript_until_the_text_changes() -> None:
    t = page_copy("Shoigu arrived.", "Then Shoigu left.", "Talks with Shoygu.")
    cache = ProblemCache(checker_for(t, GLOSSARY, kind=TRANSCRIPT))
    assert [p.check for p in cache.all(t)] == ["names"]
    third = t.segments[2]
    assert [p.check for p in cache.of(third, t.segments[1], None)] == ["names"]
    third.translation = "Talks with Shoigu."
    assert cache.of(third, t.segments[1], None) == []


def test_warnings_on_approved_segments_are_judged_errors_are_not() -> None:
    problems = [
        Problem(1, 0, "glossary", "warning", "a"),
        Problem(1, 0, "untranslated", "error", "b"),
        Problem(2, 0, "glossary", "warning", "c"),
    ]
    assert [p.message for p in still_open(problems, approved={1})] == ["b", "c"]


def test_the_checker_defaults_keep_every_rule_for_a_bare_segment() -> None:
    # Checker() with no project behind it (the table's fallback) checks as subtitles.
    found = {p.check for p in Checker().segment(Segment(0, 500, "你好", "Hello", id=1))}
    assert found == {"duration"}


def test_a_chinese_given_name_is_not_matched_alone() -> None:
    # "Sergei Lavrov" is Lavrov alone too; "Li Qiang" is never "Qiang" (so "King" is no miss).
    g = Glossary([Term(["李强"], "Li Qiang"), Term(["拉夫罗夫"], "Sergei Lavrov")])
    t = page_copy("King Abdullah met Lavrof.")
    found = [(p.fix, p.severity) for p in check_transcript(t, g) if p.check == "glossary"]
    assert found == [("Lavrov", "warning")]
