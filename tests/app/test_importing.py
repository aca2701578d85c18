"""What an import names for the editor: the languages, by one vote per segment."""

from __future__ import annotations

from reviewer.app.importing import fill_in_languages
from reviewer.core.models import Segment, Transcript


def languages(*sources: str, translation: str = "") -> tuple[str, str]:
    t = Transcript(segments=[Segment(i * 1000, i * 1000 + 900, s, translation) for i, s in
                             enumerate(sources)])  # fmt: skip
    fill_in_languages(t)
    return t.source_language, t.target_language


def test_a_chinese_clip_with_one_long_russian_quote_is_chinese() -> None:
    quote = "Мы ответим симметрично, и это будет очень скоро, сказал министр Лавров"
    assert languages("王毅说", quote, "我们呼吁克制", translation="We call") == ("zh", "en")


def test_russian_japanese_korean_and_nothing_to_go_on() -> None:
    assert languages("Мы ответим", "Лавров") == ("ru", "")
    assert languages("こんにちは", "ありがとう") == ("ja", "")
    assert languages("안녕하세요") == ("ko", "")
    assert languages("Hello", translation="还是中文") == ("", "")  # a translation not in Latin


def test_languages_the_file_named_are_kept() -> None:
    t = Transcript(segments=[Segment(0, 900, "Мы")], source_language="ru-RU")
    fill_in_languages(t)
    assert t.source_language == "ru-RU"


def test_japanese_with_as_much_kanji_as_kana_is_japanese() -> None:
    assert languages("東京です") == ("ja", "")  # two kanji, two kana
