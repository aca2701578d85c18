"""Roll-up captions (reviewer.formats.rolling): a file whose cues carry the line before on is
read as its new lines, and no other file is."""

from __future__ import annotations

from reviewer.core.models import Segment
from reviewer.formats import FORMATS
from reviewer.formats.rolling import is_rolling, unrolled


def cues(*texts: str) -> list[Segment]:
    return [Segment(i * 2000, i * 2000 + 1900, text) for i, text in enumerate(texts)]


def test_a_broadcasters_three_line_roll_up_keeps_each_line_once() -> None:
    rolled = cues(
        "THE MINISTER",
        "THE MINISTER\nSAID ON TUESDAY",
        "THE MINISTER\nSAID ON TUESDAY\nTHAT TALKS",
        "SAID ON TUESDAY\nTHAT TALKS\nWOULD GO ON",
        "THAT TALKS\nWOULD GO ON\nIN BEIJING.",
        "WOULD GO ON\nIN BEIJING.\n>> THANK YOU.",
    )
    assert is_rolling(rolled)
    assert [(s.start_ms, s.source) for s in unrolled(rolled)] == [
        (0, "THE MINISTER"),
        (2000, "SAID ON TUESDAY"),
        (4000, "THAT TALKS"),
        (6000, "WOULD GO ON"),
        (8000, "IN BEIJING."),
        (10000, ">> THANK YOU."),
    ]


def test_subtitles_that_repeat_themselves_are_not_a_roll() -> None:
    assert not is_rolling(cues("No.", "No.", "No.", "No.", "No.", "No, I said."))
    bilingual = [f"第{i}句\nline {i}" for i in range(8)] + ["line 7\nline 8"]  # one by chance
    assert not is_rolling(cues(*bilingual))
    # Two-line cues whose second line the next repeats, once in a while: a dialogue's echo.
    echo = ["- Ready?\n- Ready.", "- Ready.\n- Go.", "Then they went.", "Far away.", "Home."] * 2
    assert not is_rolling(cues(*echo))


def test_the_srt_reader_says_it_read_a_roll_and_a_plain_file_is_left_alone() -> None:
    rolled = "".join(
        f"{i + 1}\n00:00:0{i},000 --> 00:00:0{i},900\n{text}\n\n"
        for i, text in enumerate(["a b", "a b\nc d", "c d\ne f", "e f\ng h", "g h\ni j"])
    )
    parsed = FORMATS["srt"].read(rolled, "auto.srt")
    assert [s.source for s in parsed.transcript.segments] == ["a b", "c d", "e f", "g h", "i j"]
    assert [w.message.split(" (")[0] for w in parsed.warnings] == ["roll-up captions"]
    plain = rolled.replace("a b\nc d", "x y\nc d").replace("e f\ng h", "z\ng h")
    parsed = FORMATS["srt"].read(plain, "plain.srt")
    assert len(parsed.transcript.segments) == 5 and parsed.warnings == []
