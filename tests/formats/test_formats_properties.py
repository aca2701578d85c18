"""Property tests: SRT, VTT and JSON round trips; no bytes make an importer raise anything else."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from formats_support import FIXTURES
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reviewer.core.cleaning import clean_text
from reviewer.core.errors import ImportError_
from reviewer.core.models import Segment, Speaker, Status, Transcript
from reviewer.formats import FORMATS, ExportOptions, Format, read_transcript, write_transcript
from reviewer.formats.base import is_speaker_name, split_speaker

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
HAN = "天文台今晚发出八号烈风信号荃湾学校明天停课警方会加强沿岸巡逻我们作回应真主党"
CYRILLIC = "абвгдежзиклмнопрстуфхцчшщыэюяЛавровМСК"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
PUNCT = " ,.!?'\"()%-:;，。、「」0123456789"

names = st.one_of(
    st.sampled_from(["Wang Yi", "王毅", "Sergey Lavrov", "Сергей Лавров", "SPEAKER_01",
                     "Ursula von der Leyen", "陈嘉怡", "Mao Ning", "谢尔盖·拉夫罗夫"]),
    st.lists(st.text(LATIN[:26], min_size=1, max_size=8).map(str.capitalize), min_size=1,
             max_size=3).map(" ".join),
    st.text(HAN, min_size=2, max_size=4),
).filter(is_speaker_name)  # fmt: skip


def lines(alphabet: str) -> st.SearchStrategy[str]:
    """Return a strategy for 1-3 stripped, non-empty lines of text."""
    line = st.text(alphabet, min_size=1, max_size=40).map(str.strip).filter(bool)
    return st.lists(line, min_size=1, max_size=3).map("\n".join)


@st.composite
def cues(draw: st.DrawFn, alphabet: str, prefix_safe: bool) -> Transcript:
    """Return a one-sided transcript (text in source) in time order with speakers."""
    transcript = Transcript()
    start = 0
    for _ in range(draw(st.integers(1, 6))):
        start += draw(st.integers(0, 600_000))
        end = start + draw(st.integers(0, 30_000))
        speaker = draw(st.none() | names)
        text = draw(lines(alphabet))
        if prefix_safe and speaker is None and split_speaker(text)[0] is not None:
            text = "- " + text
        if speaker:
            transcript.ensure_speaker(speaker)
        transcript.segments.append(Segment(start, end, source=text, speaker=speaker))
    transcript.sort()
    return transcript


def _round_trip(transcript: Transcript, fmt: str, tmp_path: Path) -> Transcript:
    out = tmp_path / f"round.{fmt}"
    # Speaker labels asked for: the round trip keeps speakers (SRT leaves them out by default).
    write_transcript(transcript, out, fmt, ExportOptions(text="source", speaker_labels=True))
    return read_transcript(out, as_side="source").transcript


def _key(transcript: Transcript) -> list[tuple[int, int, str | None, str]]:
    return [(s.start_ms, s.end_ms, s.speaker, s.source) for s in transcript.segments]


@SETTINGS
@given(transcript=cues(HAN + CYRILLIC + LATIN + PUNCT, prefix_safe=True))
def test_srt_round_trip_keeps_times_speakers_text(transcript: Transcript, tmp_path: Path) -> None:
    back = _round_trip(transcript, "srt", tmp_path)
    assert _key(back) == _key(transcript)
    # speakers in the order they first speak, in slots 1, 2, 3...
    first_spoken = list(dict.fromkeys(s.speaker for s in transcript.segments if s.speaker))
    assert [s.name for s in back.speakers] == first_spoken
    assert [s.slot for s in back.speakers] == list(range(1, len(first_spoken) + 1))


@SETTINGS
@given(transcript=cues(HAN + CYRILLIC + LATIN + PUNCT + "<>&", prefix_safe=False))
def test_vtt_round_trip_keeps_times_speakers_text(transcript: Transcript, tmp_path: Path) -> None:
    back = _round_trip(transcript, "vtt", tmp_path)
    assert _key(back) == _key(transcript)


# What an editor's text can hold: everything but the characters every export replaces
# (control characters, lone surrogates, U+FFFE/U+FFFF; see core.cleaning).
KEPT = st.characters(
    exclude_categories=("Cs", "Cc"), include_characters="\t\n", exclude_characters="\ufffe\uffff"
)


def kept_text(min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    return st.text(KEPT, min_size=min_size, max_size=max_size)


@st.composite
def full_transcripts(draw: st.DrawFn) -> Transcript:
    """Return any transcript the JSON form must carry unchanged."""
    speaker_names = draw(st.lists(kept_text(min_size=1, max_size=12).map(str.strip).filter(bool),
                                  max_size=4, unique=True))  # fmt: skip
    slots = draw(st.permutations(range(1, 10)))
    speakers = [
        Speaker(name, slots[i] if draw(st.booleans()) else None, f"#{i:06x}",
                draw(kept_text(max_size=8)))
        for i, name in enumerate(speaker_names)
    ]  # fmt: skip
    segments = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, 10**8))
        segments.append(Segment(
            start, start + draw(st.integers(0, 10**6)), draw(kept_text(max_size=30)),
            draw(kept_text(max_size=30)), draw(st.sampled_from([None, *speaker_names])),
            draw(st.lists(kept_text(min_size=1, max_size=8), max_size=3)),
            draw(st.sampled_from(list(Status))), draw(kept_text(max_size=10)),
            draw(st.none() | st.integers(1, 10**6)),
        ))  # fmt: skip
    transcript = Transcript(
        segments, speakers, [], draw(kept_text(max_size=20)), draw(kept_text(max_size=20)),
        draw(st.none() | kept_text(min_size=1, max_size=10)), draw(kept_text(max_size=6)),
        draw(kept_text(max_size=6)),
    )  # fmt: skip
    transcript.sort()
    return transcript


@SETTINGS
@given(transcript=full_transcripts())
def test_json_round_trip_keeps_everything(transcript: Transcript, tmp_path: Path) -> None:
    out = tmp_path / "round.json"
    write_transcript(transcript, out, "json", ExportOptions(text="both"))
    result = read_transcript(out)
    assert result.warnings == []
    assert result.transcript == transcript


@SETTINGS
@given(
    transcript=full_transcripts(), bad=st.lists(st.characters(categories=("Cc", "Cs")), min_size=1)
)
def test_json_round_trip_cleans_controls_and_keeps_the_rest(
    transcript: Transcript, bad: list[str], tmp_path: Path
) -> None:
    """Text with control characters and lone surrogates in it comes back with U+FFFD in their
    places (CR as a line end), everything else as it was."""
    dirty = "".join(bad)
    transcript.title = "t" + dirty
    transcript.segments.append(Segment(0, 1, "dirty-" + dirty, dirty, note=dirty, tags=[dirty]))
    out = tmp_path / "dirty.json"
    write_transcript(transcript, out, "json", ExportOptions(text="both"))
    result = read_transcript(out)
    assert result.warnings == []  # the export wrote nothing the import had to repair
    back = result.transcript
    assert back.title == clean_text(transcript.title)
    assert "\ufffd" in back.title or set(dirty) <= {"\r", "\n", "\t"}
    new = next(s for s in back.segments if s.start_ms == 0 and s.source.startswith("dirty-"))
    assert new.source == clean_text("dirty-" + dirty)
    assert (new.note, new.tags) == (clean_text(dirty), [clean_text(dirty)])


EXTENSIONS = [".srt", ".vtt", ".ass", ".ssa", ".txt", ".json", ".csv", ".tsv", ".bin"]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(data=st.binary(max_size=600), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes_raise_only_import_error(data: bytes, ext: str, tmp_path: Path) -> None:
    path = tmp_path / f"random{ext}"
    path.write_bytes(data)
    try:
        read_transcript(path)
    except ImportError_ as exc:
        assert str(exc).startswith(str(path))


FIXTURE_BYTES = sorted(p for p in FIXTURES.iterdir() if p.is_file() and ".expected." not in p.name)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """Return a fixture's name and its bytes with a few random cuts, flips and insertions."""
    path = draw(st.sampled_from(FIXTURE_BYTES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b"-->", b"\n\n", b"\r", b":", b",", b"{", b"}", b"<v ", b"[Events]", b'"', b"\x00"]
            ))  # fmt: skip
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        elif action == "truncate":
            del data[at:]
    return path.name, bytes(data)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(case=mutated())
def test_mutated_fixtures_raise_only_import_error(case: tuple[str, bytes], tmp_path: Path) -> None:
    name, data = case
    path = tmp_path / name
    path.write_bytes(data)
    try:
        result = read_transcript(path)
    except ImportError_:
        return
    assert all(s.end_ms >= s.start_ms >= 0 for s in result.transcript.segments)


READERS = [f for f in FORMATS.values() if f.can_read]


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.sampled_from([
    "WEBVTT\n\n00:01.000 --> 00:00.000\n<v>", "1\n99:99:99,999 --> 00:00:00,000\nx",
    '{"format": "reviewer-transcript", "version": 1, "segments": [{"start_ms": 1e400}]}',
    '{"segments": [{"start": NaN, "end": 1, "text": "x"}]}', "[Events]\nDialogue: 0,,,,",
    "Transcript\n99:99 x", "start,end,text\n1e999,inf,x", '[[[[[[[[[[[[[[[[[[', "start\n",
]))  # fmt: skip
@pytest.mark.parametrize("fmt", READERS, ids=[f.name for f in READERS])
def test_readers_raise_only_import_error_on_any_text(fmt: Format, text: str) -> None:
    # straight into each reader, past the safety net of read_transcript
    with contextlib.suppress(ImportError_):
        fmt.read(text, "x")


def line_by_line_srt(text: str) -> tuple[list[tuple[int, int, str | None, str]], list[str]]:
    """The SRT reader's rules written the plain way, a line at a time (base.text_blocks): the
    definition the fast reader (one regular expression for the blocks) must agree with."""
    from reviewer.formats.base import clean_lines, text_blocks
    from reviewer.formats.srt import _TAGS, parse_timing

    cues, warnings = [], []
    textless = False  # the block before was a cue with no text
    for first_line, block in text_blocks(text.split("\n")):
        at = next((i for i, line in enumerate(block[:2]) if "-->" in line), None)
        times = parse_timing(block[at]) if at is not None else None
        glue, textless = textless, False
        if glue and at is None:  # text after a blank line under a cue's times: its text
            start, end, _, _ = cues.pop()
            speaker, body = split_speaker(clean_lines(_TAGS.sub("", "\n".join(block))))
            cues.append((start, end, speaker, body))
            continue
        if at is None or times is None:
            warnings.append(f"{first_line + (at or 0)}: no timing")
            continue
        if times[0] < 0 or times[1] < times[0]:
            warnings.append(f"{first_line + at}: kept, times made playable")
            start = max(0, times[0])
            times = (start, max(start, times[1]))
        speaker, body = split_speaker(clean_lines(_TAGS.sub("", "\n".join(block[at + 1 :]))))
        cues.append((times[0], times[1], speaker, body))
        textless = not body
    return cues, warnings


timing_lines = st.sampled_from([
    "00:00:01,000 --> 00:00:02,500", "0:0:3.5 --> 0:0:4", " 00:00:07,25 --> 00:00:09,1  x:1",
    "00:00:05,000 --> 00:00:04,000", "00:61:00,000 --> 00:62:00,000", "-->", "1 --> 2",
    "-00:00:01,500 --> 00:00:02,000", "-00:00:03,000 --> -00:00:01,000",
])  # fmt: skip
text_lines = st.one_of(
    st.sampled_from([
        "Wang Yi: 我们作回应", " 天文台 ", "<i>italic</i>", "{\\an8}top", "<b></b>", "Note: x",
        "\u3000", "line\u2028break", "a\rb", "王毅: 好", "Reporter (CCTV): 了", "1",
    ]),
    st.text(HAN + LATIN + PUNCT + " \t\u3000\xa0<>{}", max_size=20),
)  # fmt: skip
cues = st.tuples(
    st.sampled_from(["", "7\n", " 12 \n", "x\n"]), timing_lines, st.lists(text_lines, max_size=3)
).map(lambda c: c[0] + c[1] + "".join("\n" + line for line in c[2]))
srt_texts = st.lists(
    st.tuples(cues, st.sampled_from(["\n\n", "\n \n", "\n\t\n\n", "\n", "\n\u3000\n"])),
    max_size=12,
).map(lambda parts: "".join(cue + gap for cue, gap in parts))


@SETTINGS
@given(srt_texts)
@example(
    "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}top\n<i> a </i>\n\n2\n00:00:03,000 --> 00:00:04,000"
)
@example("x\n\n\u3000\n7\n0:0:3.5 --> 0:0:4\nWang Yi: 我们\n<b></b>\nb\u2028c \n\t\n-->\nq")
@example("00:00:05,000 --> 00:00:04,000\na\n\n00:61:00,000 --> 00:62:00,000\nb")
@example("1\n00:00:01,000 --> 00:00:02,000\n\ngood evening\n\n2\n00:00:02,000 --> 00:00:02,010\nx")
def test_the_srt_reader_keeps_the_line_by_line_rules(text: str) -> None:
    cues, warnings = line_by_line_srt(text)
    try:
        parsed = FORMATS["srt"].read(text, "t.srt")
    except ImportError_:
        assert cues == []
        return
    got = [(s.start_ms, s.end_ms, s.speaker, s.source) for s in parsed.transcript.segments]
    assert got == cues
    assert [w.line for w in parsed.warnings] == [int(w.split(":")[0]) for w in warnings]
