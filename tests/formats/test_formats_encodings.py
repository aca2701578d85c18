"""Transcripts in the encodings editors receive, read right, and a guess never silent.

The texts are written here in the languages those encodings serve (Croatian and Czech names for
cp1250, Russian, French and Spanish, Simplified and Traditional Chinese, Japanese) and saved as
SRT in each encoding, as Subtitle Edit's "Save as" encodings list offers them.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reviewer.cli import main as cli_main
from reviewer.core.errors import ImportError_
from reviewer.formats import read_transcript
from reviewer.formats.encoding import decode_guessed, preview

CROATIAN = [
    "Đino Šimić je rekao da će Željko doći u Zagreb.",
    "Često pričamo o tome, ali ništa se ne mijenja.",
    "Hvala, Đurđica, i laku noć iz Čakovca.",
]
CZECH = ["Prezident Petr Pavel řekl, že Česko pomůže.", "Příliš žluťoučký kůň úpěl ďábelské ódy."]
RUSSIAN = ["Сергей Лавров заявил журналистам,", "что Москва ответит симметрично.", "Спасибо."]
WESTERN = ["Le ministre a déclaré à la presse : « Nous répondrons ».", "Ça suffit, señor Muñoz."]
SIMPLIFIED = ["晚上好，欢迎收看新闻联播。", "外交部长王毅今天表示，中方呼吁各方保持克制。"]
TRADITIONAL = ["天文台表示，颱風「山竹」正向香港逼近。", "學校明天停課，市民應留在室內。"]
JAPANESE = ["東京は今日、晴れのち曇りでしょう。", "ありがとうございます。"]


def srt(lines: list[str]) -> str:
    return "".join(
        f"{i}\r\n00:00:{i:02d},000 --> 00:00:{i:02d},900\r\n{line}\r\n\r\n"
        for i, line in enumerate(lines, 1)
    )


def texts(path: Path, **kwargs: str) -> list[str]:
    segments = read_transcript(path, **kwargs).transcript.segments  # type: ignore[arg-type]
    return [s.source or s.translation for s in segments]


@pytest.mark.parametrize(
    ("lines", "codec", "detected"),
    [
        (CROATIAN, "cp1250", "cp1250"),
        (CZECH, "cp1250", "cp1250"),
        (RUSSIAN, "cp1251", "cp1251"),
        (WESTERN, "cp1252", "cp1252"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (TRADITIONAL, "big5", "big5hkscs"),
        (JAPANESE, "shift_jis", "cp932"),
    ],
    ids=["cp1250-hr", "cp1250-cs", "cp1251", "cp1252", "gb18030", "gbk", "big5", "shift_jis"],
)
def test_legacy_encodings_are_read_right(
    tmp_path: Path, lines: list[str], codec: str, detected: str
) -> None:
    path = tmp_path / "clip.srt"
    path.write_bytes(srt(lines).encode(codec))
    result = read_transcript(path)
    assert result.encoding == detected
    assert [s.source or s.translation for s in result.transcript.segments] == lines
    if result.encodings:  # unsure: said in a warning, the right one first
        assert result.encodings[0] == detected
        assert "encoding is a guess" in str(result.warnings[0])


@pytest.mark.parametrize(
    ("codec", "bom", "detected"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32-be"),
        ("utf-32-le", b"", "utf-32-le"),
        ("utf-32-be", b"", "utf-32-be"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ],
)
def test_unicode_with_and_without_a_byte_order_mark(
    tmp_path: Path, codec: str, bom: bytes, detected: str
) -> None:
    lines = [SIMPLIFIED[0], RUSSIAN[0], CROATIAN[0], JAPANESE[1]]
    path = tmp_path / "clip.srt"
    path.write_bytes(bom + srt(lines).encode(codec))
    result = read_transcript(path)
    assert (result.encoding, result.encodings) == (detected, ())
    assert texts(path) == lines


def test_a_short_central_european_file_is_a_guess_that_says_so(tmp_path: Path) -> None:
    path = tmp_path / "short.srt"
    path.write_bytes(srt(["Đino je došao kući.", "Hvala, Đino!"]).encode("cp1250"))
    result = read_transcript(path)
    assert result.encoding == "cp1250"  # the language heard decides between the code pages
    assert texts(path) == ["Đino je došao kući.", "Hvala, Đino!"]
    assert result.encodings[:1] == ("cp1250",) and "cp1252" in result.encodings
    assert str(result.warnings[0]).startswith(f"{path}: the text encoding is a guess")
    # the other candidate reads it as the issue saw it, and the preview shows the difference
    assert preview(path.read_bytes(), "cp1252").startswith("Ðino je došao kuæi.")


def test_the_encoding_asked_for_wins(tmp_path: Path) -> None:
    path = tmp_path / "short.srt"
    path.write_bytes(srt(["Đino je došao kući.", "Hvala, Đino!"]).encode("cp1250"))
    result = read_transcript(path, encoding="cp1252")
    assert (result.encoding, result.encodings) == ("cp1252", ())
    assert texts(path, encoding="cp1252")[0] == "Ðino je došao kuæi."
    assert texts(path, encoding="windows-1250")[0] == "Đino je došao kući."


def test_a_wrong_or_unknown_encoding_is_one_sentence_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "ru.srt"
    path.write_bytes(srt(RUSSIAN).encode("cp1251"))
    with pytest.raises(ImportError_) as caught:
        read_transcript(path, encoding="utf-8")
    assert str(caught.value) == (
        f"{path}:3: the text is not valid utf-8 (choose its encoding with --encoding)"
    )
    with pytest.raises(ImportError_, match="unknown text encoding 'klingon'"):
        read_transcript(path, encoding="klingon")


def test_the_command_line_takes_an_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "short.srt"
    path.write_bytes(srt(["Đino je došao kući.", "Hvala, Đino!"]).encode("cp1250"))
    assert cli_main(["import", str(path), "-o", str(tmp_path / "a.review")]) == 0
    assert "the text encoding is a guess: read as cp1250" in capsys.readouterr().err
    out = tmp_path / "b.review"
    assert cli_main(["import", str(path), "--encoding", "cp1252", "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    assert cli_main(["export", str(out), "-f", "txt", "-o", "-", "--no-timecodes"]) == 0
    assert capsys.readouterr().out.startswith("Ðino je došao kuæi.")
    assert (
        cli_main(["import", str(path), "--encoding", "nope", "-o", str(tmp_path / "c.review")]) == 2
    )
    assert capsys.readouterr().err == f"reviewer: {path}: unknown text encoding 'nope'\n"


def test_decoding_a_guess_keeps_the_candidates_best_first() -> None:
    text, guess = decode_guessed(srt(WESTERN).encode("cp1252"))
    assert text.startswith("1\n00:00:01,000")
    assert guess.codec == "cp1252" and guess.candidates[0] == "cp1252"
