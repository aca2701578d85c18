"""Reading transcripts for a new project: one file or two languages, and the video by name."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reviewer.core.models import Transcript
from reviewer.formats import ImportWarning, pair_transcripts, read_transcript
from reviewer.formats.catalogue import MEDIA_EXTENSIONS
from reviewer.text.checks import kind_of_format
from reviewer.text.scripts import is_mostly_foreign, main_script


def find_media(transcript: Path) -> Path | None:
    """Return the video beside ``transcript`` with the same name (``clip.zh.srt`` -> clip.mp4)."""
    stem = transcript.name
    while True:
        for ext in MEDIA_EXTENSIONS:
            candidate = transcript.with_name(stem + ext)
            if candidate.exists():
                return candidate
        if "." not in stem:
            return None
        stem = stem.rsplit(".", 1)[0]


def import_transcript(
    file: Path,
    file2: Path | None = None,
    *,
    side: str | None = None,
    encoding: str | None = None,
    kind: str | None = None,
) -> tuple[Transcript, list[ImportWarning]]:
    """Return (transcript, warnings) read from ``file`` (in ``encoding``, None: guessed), paired
    with ``file2`` when given; its kind is ``kind``, or what ``file``'s format makes (SRT,
    WebVTT, ASS, TTML, SCC: subtitles)."""
    first = read_transcript(file, as_side=side, encoding=encoding)  # type: ignore[arg-type]
    warnings = list(first.warnings)
    transcript = first.transcript
    if file2 is not None:
        other = "translation" if side == "source" else "source" if side == "translation" else None
        second = read_transcript(file2, as_side=other)  # type: ignore[arg-type]
        warnings += second.warnings
        if same_text(transcript, second.transcript):
            # The same transcript in another format (yt-dlp's .vtt and ffmpeg's .srt of it):
            # paired, each line would be its own "translation".
            message = "holds the same text as the first file: not read as the other language"
            warnings.append(ImportWarning(None, message, str(file2)))
        else:
            transcript = pair_transcripts(transcript, second.transcript)
    fill_in_languages(transcript)
    transcript.kind = kind or kind_of_format(first.format)
    if not transcript.title:
        transcript.title = file.name.split(".")[0]
    return transcript, warnings


def same_text(first: Transcript, second: Transcript) -> bool:
    """Return whether two transcripts are one text twice (the same file in two formats): of
    their lines with something to say (four letters or more: not "[Music]", "OK" or a name
    in a bracket), at least three, and four in five of the larger file's, are the other's too.
    A Cantonese text and its Mandarin translation share a line here and there; not so many."""

    def lines(transcript: Transcript) -> set[str]:
        said = (s.source + "\n" + s.translation for s in transcript.segments)
        found = set()
        for text in said:
            for line in text.split("\n"):
                line = " ".join(line.split()).casefold()
                if line.startswith(("[", "(", "（", "【", "♪")) and line.endswith(
                    ("]", ")", "）", "】", "♪")
                ):
                    continue  # a sound tag, as both languages write it
                if sum(c.isalpha() for c in line) >= 4:
                    found.add(line)
        return found

    ours, theirs = lines(first), lines(second)
    shared = len(ours & theirs)
    return shared >= 3 and 5 * shared >= 4 * max(len(ours), len(theirs))


def fill_in_languages(transcript: Transcript) -> None:
    """Name the languages the file did not: Chinese, Russian, Japanese or Korean by script for
    the source, English for a Latin-script translation."""
    if not transcript.source_language:
        # One vote per segment for its most common script: a clip of Chinese with one Russian
        # quote is Chinese, although Russian words have more letters.
        votes: Counter[str] = Counter()
        for segment in transcript.segments[:500]:
            script = main_script(segment.source)
            if script:
                votes[script] += 1
        if votes:
            script = votes.most_common(1)[0][0]
            transcript.source_language = {
                "han": "zh",
                "cyrillic": "ru",
                "kana": "ja",
                "hangul": "ko",
            }[script]
    if not transcript.target_language and any(s.translation for s in transcript.segments[:200]):
        sample = " ".join(s.translation for s in transcript.segments[:200])
        if not is_mostly_foreign(sample):
            transcript.target_language = "en"
