"""Two one-language files of the same clip paired by time overlap into one bilingual transcript."""

from __future__ import annotations

from formats_support import FIXTURES, compare_with_expected, transcript_dict

from reviewer.core.models import Segment, Speaker, Transcript
from reviewer.formats import pair_transcripts, read_transcript

PAIR = FIXTURES / "pair"


def test_zh_and_en_srt_with_shifted_timings_make_one_bilingual_transcript() -> None:
    zh = read_transcript(PAIR / "zh.srt").transcript
    en = read_transcript(PAIR / "en.srt").transcript
    paired = pair_transcripts(zh, en)
    compare_with_expected(transcript_dict(paired), PAIR / "paired.expected.json")
    segments = paired.segments
    assert [(s.start_ms, s.end_ms) for s in segments[:4]] == [
        (500, 3200),
        (3400, 7900),
        (8000, 14000),
        (14500, 17000),
    ]  # fmt: skip  (the first file's timing wins)
    assert segments[0].source == "晚间新闻，我是陈嘉怡。"
    assert segments[0].translation == "Good evening, this is Chen Jiayi."
    assert segments[1].translation == "The Observatory raised the No. 8 signal tonight."
    # two English cues overlap the one long Chinese segment: both go to it, in order
    assert segments[2].translation == "We will respond,\nand the response will be symmetrical."
    assert segments[2].speaker == "谢尔盖·拉夫罗夫"  # the first file's speaker is kept
    # an English cue that overlaps nothing is kept as its own segment
    assert (segments[4].start_ms, segments[4].source, segments[4].translation) == (
        20000, "", "(music)",
    )  # fmt: skip
    assert [s.name for s in paired.speakers] == ["陈嘉怡", "谢尔盖·拉夫罗夫", "Sergey Lavrov"]
    assert zh.segments[0].translation == ""  # the inputs are not changed


def test_pairing_in_the_other_order_puts_chinese_on_the_source_side() -> None:
    zh = read_transcript(PAIR / "zh.srt").transcript
    en = read_transcript(PAIR / "en.srt").transcript
    paired = pair_transcripts(en, zh)
    assert paired.segments[0].translation == "Good evening, this is Chen Jiayi."
    assert paired.segments[0].source == "晚间新闻，我是陈嘉怡。"
    # the long Chinese segment (8.0-14.0 s) overlaps the second English cue (11.0-13.9 s) more
    # than the first (8.15-10.9 s)
    assert paired.segments[2].source == ""
    assert paired.segments[3].source == "我们会作出回应，\n而且回应会是对称的。"
    assert paired.segments[2].speaker == "Sergey Lavrov"
    assert paired.segments[3].speaker == "谢尔盖·拉夫罗夫"  # taken from its match


def test_each_second_cue_goes_to_the_segment_it_overlaps_most() -> None:
    first = Transcript(segments=[Segment(0, 1000, "一"), Segment(1000, 2000, "二")])
    second = Transcript(segments=[Segment(900, 1900, translation="mostly two"),
                                  Segment(50, 400, translation="one")])  # fmt: skip
    paired = pair_transcripts(first, second)
    assert [s.translation for s in paired.segments] == ["one", "mostly two"]


def test_speakers_merge_and_a_speakerless_segment_takes_the_match_speaker() -> None:
    first = Transcript(segments=[Segment(0, 1000, "一")], speakers=[Speaker("A", 1, "#000", "x")])
    second = Transcript(segments=[Segment(0, 1000, translation="one", speaker="B")],
                        speakers=[Speaker("B", 1, "#111", "reporter")])  # fmt: skip
    paired = pair_transcripts(first, second)
    assert [(s.name, s.slot, s.role) for s in paired.speakers] == [
        ("A", 1, "x"), ("B", 2, "reporter"),
    ]  # fmt: skip
    assert paired.segments[0].speaker == "B"
