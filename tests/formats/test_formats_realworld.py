"""Files in the shapes editors receive them, each compared field by field with its expected JSON.

Each fixture in tests/fixtures/formats/realworld was written for this test in the shape of the
real files named in its case's comment (the public documentation or test suite that shows the
shape); NAME.expected.json beside it is the reviewer JSON of what must be read (checked by eye
when written: REVIEWER_UPDATE_GOLDEN=1 rewrites them). The warnings are compared by line.
"""

from __future__ import annotations

import pytest
from formats_support import FIXTURES, compare_with_expected, transcript_dict

from reviewer.formats import read_transcript

REAL = FIXTURES / "realworld"

# file, format it is read as, encoding, the lines of its warnings (None: a warning without one)
CASES: list[tuple[str, str, str, list[int | None]]] = [
    # youtube-dl/yt-dlp --write-auto-subs WebVTT: Kind/Language header lines, a cue that runs
    # into the next timing line, a timestamp without milliseconds; W3C WebVTT section 4 (cue
    # timings with any number of hour digits, character references, ruby), and Subtitle Edit's
    # habit of a comma before the milliseconds.
    ("youtube_dl.vtt", "vtt", "utf-8", [9]),
    # yt-dlp --write-auto-subs of a news clip: YouTube's automatic captions roll up, each line
    # shown under the one before (its words timed by <00:00:03.280><c> tags), then above the
    # next, with a 10-ms cue of it alone between; every cue's text starts with a line of one
    # space. Read as one segment a line. The same file as ffmpeg converts it to SRT (yt-dlp
    # --convert-subs srt): a blank line under each cue's times, then its text.
    ("youtube_auto.vtt", "vtt", "utf-8", [None]),
    ("youtube_auto.srt", "srt", "utf-8", [None]),
    # Chinese release subtitles with the two languages as separate cues at (nearly) the same
    # times, dialogue dashes, a cue before the video starts (Subtitle Edit writes the minus),
    # a note "注:" that is no speaker.
    ("release_two_cues.srt", "srt", "utf-8", [10]),
    # Bilingual cues with a separator line between the languages ("———", "-", "* * *").
    ("separator_lines.srt", "srt", "utf-8", []),
    # An Aegisub-written fansub ASS (Aegisub's own files; pysubs2's test files): CN and EN
    # styles as separate events, a style section with its fields in an unusual order, the
    # Actor field, a logo drawn with {\p1}, a Comment, a negative start.
    ("fansub_styles.ass", "ass", "utf-8-sig", [18, 22]),
    # WebVTT with the languages as separate cues, ids and voice spans (W3C WebVTT 4.1).
    ("paired_cues.vtt", "vtt", "utf-8", []),
    # openai-whisper's result.json (its README, transcribe() output) for silence: no segments;
    # and for --task translate from Russian (English text, the language named in full as
    # whisper's LANGUAGES table names it).
    ("whisper_empty.json", "whisper", "utf-8", [None]),
    ("whisper_translate.json", "whisper", "utf-8", []),
    # YouTube's "Show transcript" panel copied alone (support.google.com/youtube/answer/7296221:
    # each entry a timestamp over its line; auto-captions in lower case without punctuation,
    # "[Music]"; chapters as headings; the screen reader's "7 seconds" copied along), in its
    # two-line and one-line shapes, and with the watch page around it (the description's
    # chapter list, support.google.com/youtube/answer/9884579).
    ("youtube_panel_two_lines.txt", "pagecopy", "utf-8", []),
    ("youtube_panel_one_line.txt", "pagecopy", "utf-8", []),
    ("youtube_page_chapters.txt", "pagecopy", "utf-8", []),
    # A Chinese site's subtitle list in the lyric-style shape ("[mm:ss.xx] line"), sound tags in
    # 【】 and （）.
    ("bilibili_list.txt", "pagecopy", "utf-8", []),
    # Otter's TXT export: "Name  M:SS" headers (two spaces; help.otter.ai "Export
    # conversations"), "Speaker 2" and "Unknown Speaker" for voices not tagged, its footer.
    ("otter.txt", "services", "utf-8", []),
    # Rev's transcript download: a title, "Transcript by Rev.com", "Speaker 1 (00:00):" headers
    # (Rev's transcription style guide: speaker labels and timestamps).
    ("rev.txt", "services", "utf-8", []),
    # Trint's and Descript's text exports with timecodes: "[HH:MM:SS] Name" over the text, or
    # "[HH:MM:SS] Name: text" on one line.
    ("trint.txt", "services", "utf-8", []),
    ("descript.txt", "services", "utf-8", []),
    # Bilibili's CC subtitle JSON (its player's subtitle files: font_size, body of from/to/
    # content/location, the AI subtitles' "music" score).
    ("bilibili.json", "bilibili", "utf-8", []),
    # YouTube Studio's .sbv download (support.google.com/youtube/answer/2734698), with ">>" for
    # a change of speaker and a caption that ends before it starts.
    ("youtube_studio.sbv", "sbv", "utf-8", [11]),
    # A DFXP/TTML file with a <div xml:lang> per language (W3C TTML2 section 8; Netflix's
    # "Timed Text Style Guide" DFXP deliveries), <br/>, <span> styling and a dur attribute.
    ("bilingual.dfxp", "ttml", "utf-8", []),
    # A Scenarist SCC file (CEA-608 pop-on captions: RCL, PAC, text, EDM, EOC at 29.97 fps
    # drop-frame timecodes), written with pycaption's SCCWriter as a broadcast tool would.
    ("broadcast.scc", "scc", "utf-8", []),
]


@pytest.mark.parametrize(("name", "fmt", "encoding", "lines"), CASES, ids=[c[0] for c in CASES])
def test_real_world_file_reads_as_its_author_meant(
    name: str, fmt: str, encoding: str, lines: list[int | None]
) -> None:
    result = read_transcript(REAL / name)
    assert (result.format, result.encoding) == (fmt, encoding)
    assert [w.line for w in result.warnings] == lines, [str(w) for w in result.warnings]
    stem = name.rsplit(".", 1)[0]
    compare_with_expected(transcript_dict(result.transcript), REAL / f"{stem}.expected.json")


def test_every_real_world_fixture_has_a_case() -> None:
    inputs = {p.name for p in REAL.iterdir() if p.is_file() and ".expected." not in p.name}
    assert inputs == {c[0] for c in CASES}


def test_a_word_export_of_a_service_reads_as_its_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Rev's and Otter's Word (.docx) downloads hold the same headers as paragraphs."""
    import docx

    document = docx.Document()
    lines = (REAL / "rev.txt").read_text(encoding="utf-8").split("\n")
    for line in lines:
        document.add_paragraph(line)
    document.save(str(tmp_path / "rev.docx"))
    from_word = read_transcript(tmp_path / "rev.docx")
    from_text = read_transcript(REAL / "rev.txt")
    assert from_word.format == "services"
    assert transcript_dict(from_word.transcript) == transcript_dict(from_text.transcript)


def test_sbv_export_reads_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from formats_support import sample_transcript

    from reviewer.formats import ExportOptions, write_transcript

    original = sample_transcript()
    write_transcript(original, tmp_path / "a.sbv", options=ExportOptions(text="translation"))
    assert (
        (tmp_path / "a.sbv")
        .read_text(encoding="utf-8")
        .startswith("0:00:00.500,0:00:03.200\n>> 陈嘉怡: Good evening, this is Chen Jiayi.\n")
    )
    back = read_transcript(tmp_path / "a.sbv", as_side="translation").transcript.segments
    assert [(s.start_ms, s.end_ms, s.speaker, s.translation) for s in back] == [
        (s.start_ms, s.end_ms, s.speaker, s.translation) for s in original.segments
    ]


def test_ttml_both_sides_export_reads_back_bilingual(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from formats_support import sample_transcript

    from reviewer.formats import ExportOptions, write_transcript

    original = sample_transcript()
    write_transcript(original, tmp_path / "a.ttml", options=ExportOptions(text="both"))
    back = read_transcript(tmp_path / "a.ttml")
    assert back.format == "ttml"
    assert (back.transcript.source_language, back.transcript.target_language) == ("zh-Hans", "en")
    got = [(s.start_ms, s.end_ms, s.source, s.translation) for s in back.transcript.segments]
    want = [(s.start_ms, s.end_ms, s.source, s.translation) for s in original.segments]
    # speaker labels ride in the text ("Name: "), as in SRT, and come back as speakers
    assert [g[:2] for g in got] == [w[:2] for w in want]
    assert [g[3] for g in got] == [w[3] for w in want]
    assert [s.speaker for s in back.transcript.segments] == [s.speaker for s in original.segments]


def test_scc_export_reads_back_within_a_frame_and_refuses_chinese(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from reviewer.core.errors import ExportError
    from reviewer.core.models import Segment, Transcript
    from reviewer.formats import ExportOptions, write_transcript

    transcript = Transcript(
        segments=[
            Segment(5000, 8000, "我们会回应。", "We will respond."),
            Segment(9000, 11000, "谢谢。", "Thank you."),
        ]
    )
    write_transcript(transcript, tmp_path / "a.scc", options=ExportOptions(text="translation"))
    back = read_transcript(tmp_path / "a.scc").transcript.segments
    assert [s.translation for s in back] == ["We will respond.", "Thank you."]
    # a pop-on caption is loaded before it shows: its start within a few frames of ours
    pairs = zip(back, transcript.segments, strict=True)
    assert all(abs(b.start_ms - s.start_ms) <= 134 for b, s in pairs)
    with pytest.raises(ExportError, match="Latin letters only"):
        write_transcript(transcript, tmp_path / "b.scc", options=ExportOptions(text="source"))


def test_times_past_the_media_are_kept_and_cut_at_its_end() -> None:
    result = read_transcript(REAL / "release_two_cues.srt", media_duration_ms=12_000)
    last = result.transcript.segments[-1]
    assert (last.start_ms, last.end_ms, last.source) == (11_500, 12_000, "谢谢收看。")
    assert [w.line for w in result.warnings] == [10, 37, 41]  # before 0:00; two cues past 0:12
    assert "runs past the end of the media" in result.warnings[1].message
