"""Each check of DESIGN.md on small invented transcripts."""

from __future__ import annotations

import pytest

from reviewer.core.models import Segment, Transcript
from reviewer.text.checks import CHECKS, Checker, Problem, apply_fixes, check_transcript
from reviewer.text.glossary import Glossary, Term
from reviewer.text.profiles import LanguageProfile, Profiles

GLOSSARY = Glossary(
    [
        Term(["王毅"], "Wang Yi", ["Wang Yee"]),
        Term(["拉夫罗夫", "拉夫羅夫"], "Lavrov", ["Lavrof"]),
        Term(["真主党", "真主黨"], "Hezbollah", ["Hizballah"]),
        Term(["对话", "對話"], "dialogue", ["dialog"]),
        Term(["李克强"], "Li Keqiang"),
        Term(["李强"], "Li Qiang"),
        Term(["外长"], "Foreign Minister"),
    ]
)


def seg(
    start: int,
    end: int,
    source: str = "你好",
    translation: str = "Hello",
    speaker: str | None = "Anchor",
    id: int = 1,
) -> Segment:
    return Segment(start, end, source, translation, speaker=speaker, id=id)


def problems(*segments: Segment, glossary: Glossary = GLOSSARY, **kw: object) -> list[Problem]:
    t = Transcript(segments=list(segments), source_language="zh", target_language="en")
    return check_transcript(t, glossary, Profiles(**kw) if kw else None)  # type: ignore[arg-type]


def found(*segments: Segment, check: str, **kw: object) -> list[str]:
    return [p.message for p in problems(*segments, **kw) if p.check == check]


def test_a_clean_segment_has_no_problems() -> None:
    assert problems(seg(0, 2000)) == []


def test_empty_text() -> None:
    assert found(seg(0, 2000, "", ""), check="empty") == ["no text at all"]
    assert found(seg(0, 2000, "你好", " "), check="empty") == ["no translation"]
    # "No source text" only where the project has a source side: a translation-only page copy
    # has none, and a warning on every row would say nothing.
    assert found(seg(0, 2000, "", "Hello"), check="empty") == []
    assert found(seg(0, 2000, "", "Hello"), seg(3000, 5000, id=2), check="empty") == [
        "no source text"
    ]
    severities = {p.severity for p in problems(seg(0, 2000, "你好", "")) if p.check == "empty"}
    assert severities == {"error"}


def test_duration_between_five_sixths_and_seven_seconds() -> None:
    assert found(seg(0, 800), check="duration") == ["on screen 0.80 s (min 0.83 s)"]
    assert found(seg(0, 833), check="duration") == []
    assert found(seg(0, 7000), check="duration") == []
    assert found(seg(0, 7001), check="duration") == ["on screen 7.00 s (max 7.00 s)"]


def test_overlap_is_an_error_on_the_later_segment() -> None:
    found_ = problems(seg(0, 2000, id=1), seg(1500, 3500, id=2))
    overlap = [p for p in found_ if p.check == "overlap"]
    assert [(p.segment_id, p.severity, p.message) for p in overlap] == [
        (2, "error", "overlaps #1 by 500 ms")
    ]


def test_gap_under_two_frames() -> None:
    # 25 fps: two frames are 80 ms; a gap of 40 ms flickers, none at all or 80 ms does not.
    assert found(seg(0, 2000, id=1), seg(2040, 4000, id=2), check="gap") == [
        "gap of 40 ms to #2 (under 2 frames)"
    ]
    assert found(seg(0, 2000, id=1), seg(2000, 4000, id=2), check="gap") == []
    assert found(seg(0, 2000, id=1), seg(2080, 4000, id=2), check="gap") == []
    # At 50 fps two frames are 40 ms.
    assert found(seg(0, 2000, id=1), seg(2040, 4000, id=2), check="gap", frame_rate=50.0) == []


def test_line_length_per_language() -> None:
    english = "x" * 43
    assert found(seg(0, 5000, translation=english), check="line-length") == [
        "translation: 43 characters (max 42)"
    ]
    assert found(seg(0, 5000, translation="x" * 42), check="line-length") == []
    # Chinese subtitles (a project with no translation side show the source): 16 a line.
    chinese = "中" * 8 + "\n" + "中" * 17
    assert found(seg(0, 5000, source=chinese, translation=""), check="line-length") == [
        "source line 2: 17 characters (max 16)"
    ]
    # Text without a line break is too long only when it will not go into two lines.
    assert found(seg(0, 5000, source="中" * 32, translation=""), check="line-length") == []
    assert found(seg(0, 5000, source="中" * 33, translation=""), check="line-length") == [
        "source: 33 characters, more than 2 lines of 16 hold"
    ]
    sentence = "The two ministers will meet again in Moscow next month. Anna Lee, Beijing."
    assert found(seg(0, 5000, translation=sentence), check="line-length") == []
    assert found(seg(0, 5000, translation=sentence + " Good night."), check="line-length") == [
        "translation: 86 characters, more than 2 lines of 42 hold"
    ]
    # A Russian quote in a Chinese clip follows the Latin-script profile, not the Chinese one.
    russian = "Лавров сказал это\nМы поддерживаем"
    assert found(seg(0, 5000, source=russian, translation=""), check="line-length") == []
    # The source of a translated project is the reference, never on screen: not measured.
    assert found(seg(0, 5000, source="中" * 40, translation="Hello"), check="line-length") == []


def test_at_most_two_lines() -> None:
    text = "One\nTwo\nThree"
    assert found(seg(0, 5000, translation=text), check="lines") == ["translation: 3 lines (max 2)"]
    assert found(seg(0, 5000, translation="One\nTwo"), check="lines") == []


def test_reading_speed_per_language() -> None:
    # English: 20 characters a second; 41 characters in 2 s is 20.5.
    assert found(seg(0, 2000, translation="x" * 41), check="reading-speed") == [
        "translation: 20.5 characters a second (max 20)"
    ]
    assert found(seg(0, 2000, translation="x" * 40), check="reading-speed") == []
    # Chinese: 9 a second; 10 characters in 1 s is too fast.
    assert found(seg(0, 1000, source="中" * 10, translation=""), check="reading-speed") == [
        "source: 10.0 characters a second (max 9)"
    ]


def test_profiles_change_the_limits_and_survive_json() -> None:
    strict = Profiles().with_language("en", LanguageProfile(10, 5.0, 1))
    again = Profiles.from_json(strict.to_json())
    assert again == strict
    assert found(
        seg(0, 5000, translation="Hello there"), check="line-length", languages=again.languages
    ) == ["translation: 11 characters (max 10)"]
    assert Profiles.from_json("{not json") == Profiles()
    assert Profiles().for_language("zh-Hans").max_line_chars == 16
    assert Profiles().for_language("fr").max_line_chars == 42


def test_untranslated_runs_with_the_glossary_rendering() -> None:
    s = seg(0, 3000, "黎巴嫩真主党表示", "Lebanon's 真主党 said")
    [problem] = [p for p in problems(s) if p.check == "untranslated"]
    assert problem.severity == "error"
    assert problem.message == "“真主党” left untranslated: “Hezbollah”"
    assert apply_fixes(s.translation, [problem]) == "Lebanon's Hezbollah said"
    # Traditional script in the translation: the glossary still knows it.
    s2 = seg(0, 3000, "恢复對話", "resume 對話 soon")
    assert apply_fixes(s2.translation, problems(s2)) == "resume dialogue soon"
    # Kana, Hangul and Cyrillic too; unknown runs have no fix.
    for text in ("Tokyo ですね", "Seoul 서울", "он сказал"):
        [p] = [p for p in problems(seg(0, 3000, translation=text)) if p.check == "untranslated"]
        assert p.fix is None


def test_glossary_known_wrong_rendering_is_an_error_with_its_fix() -> None:
    s = seg(0, 5000, "王毅外长会见拉夫罗夫", "Foreign Minister Wang Yee met Lavrof")
    glossary = [p for p in problems(s) if p.check == "glossary"]
    assert [(p.severity, p.message) for p in glossary] == [
        ("error", "“Wang Yee” should be “Wang Yi” (glossary: 王毅)"),
        ("error", "“Lavrof” should be “Lavrov” (glossary: 拉夫罗夫)"),
    ]
    assert apply_fixes(s.translation, glossary) == "Foreign Minister Wang Yi met Lavrov"


def test_glossary_near_miss_is_caught() -> None:
    # "Lavorv" is in no avoid list: its spelling gives it away.
    s = seg(0, 5000, "拉夫羅夫说", "Lavorv said")
    [p] = [p for p in problems(s) if p.check == "glossary"]
    assert p.severity == "error"  # the source names 拉夫羅夫: Lavrov is expected
    assert p.message == "“Lavorv” looks like a misspelling of “Lavrov” (named in the source)"
    assert apply_fixes(s.translation, [p]) == "Lavrov said"


def test_a_similar_but_different_name_is_not_flagged() -> None:
    # Lavrova is another person: the source names 拉夫罗娃, not 拉夫罗夫.
    assert found(seg(0, 5000, "拉夫罗娃说", "Lavrova said"), check="glossary") == []
    # Li Qiang is not a misspelt Li Keqiang: his own name is in the source (and the glossary).
    assert found(seg(0, 5000, "李强总理说", "Premier Li Qiang said"), check="glossary") == []


def test_glossary_missing_rendering_is_a_warning_without_fix() -> None:
    s = seg(0, 5000, "外长说", "The minister said")
    [p] = [p for p in problems(s) if p.check == "glossary"]
    assert (p.severity, p.fix) == ("warning", None)
    assert p.message == "the source has 外长 but the translation lacks “Foreign Minister”"


def test_no_speaker_is_review_progress_not_a_problem() -> None:
    assert problems(seg(0, 2000, speaker=None)) == []


def test_every_check_is_listed_and_json_has_the_contract_keys() -> None:
    ps = problems(seg(0, 500, "", "", speaker=None, id=7))
    assert {p.check for p in ps} <= set(CHECKS)
    assert ps[0].as_json().keys() == {"segment_id", "start_ms", "check", "severity", "message"}
    assert ps[0].line("clip.review").startswith("clip.review: #7 00:00.000 error empty: ")


@pytest.mark.parametrize("target", ["zh", "ru"])
def test_no_untranslated_check_into_a_foreign_script(target: str) -> None:
    checker = Checker(GLOSSARY, Profiles(), "en", target)
    assert [
        p for p in checker.segment(seg(0, 2000, "Hello", "你好")) if p.check == "untranslated"
    ] == []
