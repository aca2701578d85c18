"""Files with nothing importable fail with one clear ImportError_ naming the file; encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.errors import ImportError_
from reviewer.formats import decode, read_transcript
from reviewer.formats.base import split_speaker


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.srt", b"", "the file is empty"),
        ("blank.txt", b" \r\n\r\n\t", "the file is empty"),
        ("image.srt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary"),
        ("words.srt", b"just some words\nno cues here\n", "no subtitle cues"),
        ("words.vtt", b"WEBVTT\n\nNOTE only a note\n", "no cues"),
        ("list.json", b"[1, 2, 3]", "not a reviewer transcript"),
        ("broken.json", b'{"format": "reviewer-transcript",\n "version": ', "not valid JSON"),
        ("future.json", b'{"format": "reviewer-transcript", "version": 9, "segments": []}',
         "version 9"),
        ("table.csv", b"a,b,c\n1,2,3\n", "needs a start column"),
        ("page.txt", b"Title\nTranscript\n0:00\n\nRecommended\n", "no text"),
        ("clip.docx", b"PK\x03\x04 whatever", "not a readable Word document"),
        ("sub.ass", b"[Script Info]\n\n[Events]\nFormat: Start, End, Text\n", "no dialogue"),
    ],
)  # fmt: skip
def test_nothing_importable_is_one_clear_error(
    name: str, data: bytes, message: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportError_) as caught:
        read_transcript(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))
    assert caught.value.path == str(path)


def test_json_syntax_error_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(b'{"format": "reviewer-transcript",\n\n "version": }')
    with pytest.raises(ImportError_) as caught:
        read_transcript(path)
    assert caught.value.line == 3


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportError_, match="no such file"):
        read_transcript(tmp_path / "nothing.srt")
    with pytest.raises(ImportError_, match="this is a folder, not a transcript file"):
        read_transcript(tmp_path)


@pytest.mark.parametrize(
    ("text", "encoding", "codec"),
    [
        ("1\n00:00:01,000 --> 00:00:02,000\n天文台今晚发出八号烈风信号。荃湾的学校明天停课。\n",
         "gbk", "gb18030"),
        ("1\n00:00:01,000 --> 00:00:02,000\n天文台今晚發出八號烈風信號。荃灣的學校明天停課。\n",
         "big5", "big5hkscs"),
        ("1\n00:00:01,000 --> 00:00:02,000\nМинистр иностранных дел Лавров заявил сегодня.\n",
         "cp1251", "cp1251"),
        ("Lavrov 拉夫罗夫\n", "utf-16-le", "utf-16-le"),  # no BOM
        ("Lavrov 拉夫罗夫\n", "utf-16-be", "utf-16-be"),
        ("Lavrov 拉夫罗夫\n", "utf-8-sig", "utf-8-sig"),
        ("Lavrov 拉夫罗夫\n", "utf-8", "utf-8"),
    ],
)  # fmt: skip
def test_encodings_detected(text: str, encoding: str, codec: str) -> None:
    data = text.replace("\n", "\r\n").encode(encoding)
    assert decode(data) == (text, codec)


def test_utf16_with_bom_and_utf8_preferred_when_valid() -> None:
    assert decode("\ufeffА\r\nB".encode("utf-16"))[0] == "А\nB"
    # valid UTF-8 that a legacy code page would also accept stays UTF-8
    assert decode("Café 咖啡".encode())[1] == "utf-8"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Wang Yi: We oppose it.", "Wang Yi"),
        ("王毅: 我们坚决反对。", "王毅"),
        ("SPEAKER_01: hello", "SPEAKER_01"),
        ("Ursula von der Leyen: Thank you.", "Ursula von der Leyen"),
        ("Сергей Лавров: Да.", "Сергей Лавров"),
        ("他说：我们反对。", None),  # Chinese text's own full-width colon
        ("Note: the minister left.", None),
        ("BREAKING NEWS: a storm.", None),
        ("At 10:30: the meeting began.", None),
        ("the minister: said", None),
        ("Chapter 1: Typhoon", None),
        ("Wang Yi:no space", None),
        ("http://example.com", None),
    ],
)
def test_srt_speaker_prefix_rule(line: str, speaker: str | None) -> None:
    assert split_speaker(line)[0] == speaker
