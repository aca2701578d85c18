"""A subtitle file with both languages in each cue: the lines go to their sides."""

from __future__ import annotations

from pathlib import Path

from formats_support import sample_transcript

from reviewer.formats import ExportOptions, read_transcript, write_transcript

ZH_OVER_EN = """1
00:00:01,000 --> 00:00:03,000
王毅: 我们呼吁各方保持克制。
We call on all parties to exercise restraint.

2
00:00:03,500 --> 00:00:05,000
真主党发表声明
Hezbollah issued a statement,
saying it would respond.

3
00:00:05,500 --> 00:00:06,000
（掌声）

4
00:00:06,500 --> 00:00:07,000
Thank you.

5
00:00:07,500 --> 00:00:09,000
谢谢大家。
Thank you all.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_chinese_over_english_cues_are_split_into_source_and_translation(tmp_path: Path) -> None:
    segments = read_transcript(write(tmp_path, "both.srt", ZH_OVER_EN)).transcript.segments
    assert [(s.speaker, s.source, s.translation) for s in segments] == [
        ("王毅", "我们呼吁各方保持克制。", "We call on all parties to exercise restraint."),
        (None, "真主党发表声明", "Hezbollah issued a statement,\nsaying it would respond."),
        (None, "（掌声）", ""),  # one language only: to its side
        (None, "", "Thank you."),
        (None, "谢谢大家。", "Thank you all."),
    ]


def test_english_over_russian_cues_are_split_too(tmp_path: Path) -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\nWe will respond.\nМы ответим.\n\n"
        "2\n00:00:02,500 --> 00:00:04,000\nSymmetrically.\nСимметрично.\n\n"
        "3\n00:00:04,500 --> 00:00:06,000\nThe minister said so.\nТак сказал министр.\n"
    )
    segments = read_transcript(write(tmp_path, "ru.srt", text)).transcript.segments
    assert [(s.source, s.translation) for s in segments] == [
        ("Мы ответим.", "We will respond."),
        ("Симметрично.", "Symmetrically."),
        ("Так сказал министр.", "The minister said so."),
    ]


def test_a_one_language_file_with_a_few_mixed_cues_is_not_split(tmp_path: Path) -> None:
    cues = ["天文台今晚发出八号烈风信号。"] * 3 + ["荃湾学校明天停课\nTsuen Wan schools close"]
    text = "\n".join(
        f"{i}\n00:00:0{i},000 --> 00:00:0{i},900\n{cue}\n" for i, cue in enumerate(cues, 1)
    )
    segments = read_transcript(write(tmp_path, "zh.srt", text)).transcript.segments
    assert [s.translation for s in segments] == ["", "", "", ""]
    assert segments[3].source == "荃湾学校明天停课\nTsuen Wan schools close"


def test_lines_that_take_turns_go_each_to_its_side(tmp_path: Path) -> None:
    cues = ["谢谢。\nThanks."] * 3 + ["真主党发表声明\nHezbollah issued a statement,\n并说会回应"]
    text = "\n".join(
        f"{i}\n00:00:0{i},000 --> 00:00:0{i},900\n{cue}\n" for i, cue in enumerate(cues, 1)
    )
    segments = read_transcript(write(tmp_path, "both.srt", text)).transcript.segments
    assert [(s.source, s.translation) for s in segments[:3]] == [("谢谢。", "Thanks.")] * 3
    assert segments[3].source == "真主党发表声明\n并说会回应"  # each line to its own side
    assert segments[3].translation == "Hezbollah issued a statement,"


def test_as_side_keeps_everything_on_the_side_asked_for(tmp_path: Path) -> None:
    result = read_transcript(write(tmp_path, "both.srt", ZH_OVER_EN), as_side="source")
    assert result.transcript.segments[0].source.endswith("exercise restraint.")
    assert all(s.translation == "" for s in result.transcript.segments)


def test_an_export_with_both_texts_reads_back_split(tmp_path: Path) -> None:
    original = sample_transcript()
    path = tmp_path / "both.srt"
    write_transcript(original, path, "srt", ExportOptions(text="both", speaker_labels=False))
    back = read_transcript(path).transcript.segments
    expected = [(s.source, s.translation) for s in original.segments if s.source and s.translation]
    assert [(s.source, s.translation) for s in back if s.source and s.translation] == expected


def test_a_chinese_file_naming_its_channel_or_a_russian_one_its_agency_is_not_split(
    tmp_path: Path,
) -> None:
    for name, cues in {
        "zh.srt": ["央视新闻报道\nCCTV", "今天天气很好\nCCTV-13", "我们继续关注\n2024", "他说\n……"],
        "ru.srt": ["Сергей Лавров заявил\nReuters", "Москва\nTASS", "Мы ответим\nRIA"],
        "one.srt": ["好的\nOK"],
    }.items():
        text = "\n".join(
            f"{i}\n00:00:0{i},000 --> 00:00:0{i},900\n{cue}\n" for i, cue in enumerate(cues, 1)
        )
        segments = read_transcript(write(tmp_path, name, text)).transcript.segments
        assert [s.source for s in segments] == cues, name
        assert all(s.translation == "" for s in segments), name
