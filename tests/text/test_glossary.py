"""The glossary: CSV in and out, script-blind source forms, near-miss spellings of names."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.text.glossary import (
    Glossary,
    GlossaryError,
    Term,
    format_csv,
    near_miss,
    parse_csv,
    read_csv,
    write_csv,
)

CSV = (
    "source,translation,avoid,note\n"
    "真主党|真主黨,Hezbollah,Hizbollah|Hizballah,Lebanese party\n"
    '拉夫罗夫|Лавров,Lavrov,Lavrof,"Sergei Lavrov, Russia"\n'
    "以色列,Israel|Israeli,,\n"
)


def test_csv_round_trip_keeps_every_form(tmp_path: Path) -> None:
    terms = parse_csv(CSV)
    assert terms[0].sources == ["真主党", "真主黨"]
    assert terms[0].avoid == ["Hizbollah", "Hizballah"]
    assert terms[1].note == "Sergei Lavrov, Russia"
    assert terms[2].renderings == ["Israel", "Israeli"]
    path = tmp_path / "g.csv"
    write_csv(path, terms)
    again = read_csv(path)
    assert [(t.sources, t.renderings, t.avoid, t.note) for t in again] == [
        (t.sources, t.renderings, t.avoid, t.note) for t in terms
    ]
    assert format_csv(again) == format_csv(terms)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_with_or_without_bom_and_crlf(tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(bom + CSV.replace("\n", "\r\n").encode("utf-8"))
    assert [t.translation for t in read_csv(path)] == ["Hezbollah", "Lavrov", "Israel"]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, "empty"),
        ("term,rendering\n", 1, "header"),
        ("source,translation,avoid,note\n王毅,,Wang Yee,\n", 2, "no translation for 王毅"),
        ("source,translation,avoid,note\n,Wang Yi,,\n", 2, "without a source"),
        ("source,translation,avoid,note\n北京,Beijing,,\n王毅,Wang, Yi,,\n", 3, "5 cells"),
    ],
)
def test_a_bad_row_names_the_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        read_csv(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert words in str(caught.value)


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("source,translation\n真主党,Hezbollah\n".encode("gbk"))
    with pytest.raises(GlossaryError, match="not UTF-8"):
        read_csv(path)


def test_source_forms_match_in_either_script() -> None:
    glossary = Glossary(parse_csv(CSV))
    assert [t.translation for t in glossary.terms_in("黎巴嫩真主黨表示")] == ["Hezbollah"]
    assert [t.translation for t in glossary.terms_in("Лавров сказал")] == ["Lavrov"]
    assert glossary.rendering_of("真主黨") == "Hezbollah"
    assert glossary.rendering_of("ХАМАС") is None


def test_renderings_are_found_as_words_with_their_endings() -> None:
    israel = Term(["以色列"], "Israel")
    assert israel.rendered_in("Israeli troops") and israel.rendered_in("Israel's army")
    assert not israel.rendered_in("Israelite")
    lavrov = Term(["拉夫罗夫"], "Lavrov")
    assert lavrov.rendered_in("Lavrov's visit")
    assert not lavrov.rendered_in("Lavrova said")  # another name: not the rendering


# Misspellings machine translation really makes of names: a dropped letter, a swapped pair,
# a wrong vowel, one letter for two, a letter added.
@pytest.mark.parametrize(
    ("rendering", "text", "found"),
    [
        ("Lavrov", "Russian Foreign Minister Lavrof said", "Lavrof"),  # one letter for another
        ("Lavrov", "Minister Lavorv said", "Lavorv"),  # swapped letters
        ("Wang Yi", "Foreign Minister Wang Yee met", "Wang Yee"),  # wrong vowel, two for one
        ("Hezbollah", "Lebanon's Hizbollah said", "Hizbollah"),  # wrong vowel
        ("Zelensky", "President Zelenskiy spoke", "Zelenskiy"),  # a letter added
        ("Putin", "Putn told reporters", "Putn"),  # a dropped letter
        ("Alexei", "Aleksei Navalny", "Aleksei"),  # two letters for one
        ("Shoigu", "Defence Minister Shoygu", "Shoygu"),  # y for i
    ],
)
def test_near_miss_catches_misspelt_names(rendering: str, text: str, found: str) -> None:
    miss = near_miss(rendering, text)
    assert miss is not None and miss.text == found
    assert text[miss.start : miss.end] == found


@pytest.mark.parametrize(
    ("rendering", "text"),
    [
        ("Wang Yi", "Foreign Minister Wang met"),  # the other words of the sentence
        ("China", "The Chinese side said"),  # an adjective is not a misspelling (67)
        ("Lebanon", "Lebanese troops"),
        ("Lavrov", "Pavlov's dog"),  # another name (67)
        ("Hezbollah", "Hamas said"),
    ],
)
def test_near_miss_leaves_other_words_alone(rendering: str, text: str) -> None:
    assert near_miss(rendering, text) is None


def test_near_miss_never_takes_another_terms_rendering() -> None:
    # "Lavrova" sounds like Lavrov, but where the glossary holds her, she is a name of her own.
    assert near_miss("Lavrov", "Sergei Lavrof said") is not None
    assert near_miss("Lavrov", "Sergei Lavrof said", exclude=["Lavrof"]) is None
    # "Li Qiang" is not a misspelt Li Keqiang: neither the sound nor the length agrees.
    assert near_miss("Li Keqiang", "Premier Li Qiang said") is None
