"""What every format shares: the Format interface, read results, warnings, export options."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import ClassVar, Literal

from reviewer.core.models import Segment, Status, Transcript
from reviewer.text.chinese import convert

Side = Literal["source", "translation"]
TextChoice = Literal["source", "translation", "both"]


@dataclass(frozen=True)
class ImportWarning:  # the builtin of this name (a warnings category) is not used here
    """Something in an imported file that was skipped or guessed, with its line when known."""

    line: int | None
    message: str
    path: str = ""

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}"


@dataclass
class Parsed:
    """What a format's reader found; ``one_sided`` text sits in ``Segment.source`` for now."""

    transcript: Transcript
    warnings: list[ImportWarning] = field(default_factory=list)
    one_sided: bool = True


@dataclass
class ReadResult:
    """A transcript read from a file, with the warnings, the format name and the encoding;
    ``encodings`` lists the encodings the guess hesitated between (best first), when it did."""

    transcript: Transcript
    warnings: list[ImportWarning]
    format: str
    encoding: str
    encodings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportOptions:
    """What an export holds.

    ``text`` None means the format's own default: both sides for the data formats (json, csv,
    docx), otherwise the translation, or the source when no segment has a translation.
    ``script`` is an OpenCC configuration (e.g. "s2hk") applied to the source text.
    ``speaker_labels`` None means the format's own default (``Format.speaker_labels``: off for
    SRT, whose only place for a name is a "Name:" prefix burnt into the subtitle; on for the
    formats with a field for it and for the text transcript). ``media_ms`` is the video's
    length: no cue is written past it (a cue that starts after it is left out, one that runs
    over it ends with it). ``reviewer`` and ``date`` head the Word document.
    """

    text: TextChoice | None = None
    script: str | None = None
    approved_only: bool = False
    speaker_labels: bool | None = None
    timecodes: bool = True
    media_ms: int | None = None
    reviewer: str = ""
    date: str = ""

    def for_format(self, fmt: Format) -> ExportOptions:
        """Return these options with the format's defaults filled in."""
        if self.speaker_labels is None:
            return replace(self, speaker_labels=fmt.speaker_labels)
        return self

    def text_for(self, transcript: Transcript, default: TextChoice | None = None) -> TextChoice:
        """Return the text to export: the one asked for, else ``default``, else what there is."""
        if self.text is not None:
            return self.text
        if default is not None:
            return default
        return "translation" if any(s.translation for s in transcript.segments) else "source"

    def _chosen(self, transcript: Transcript) -> list[Segment]:
        chosen = [
            s for s in transcript.segments
            if not self.approved_only or s.status == Status.APPROVED
        ]  # fmt: skip
        chosen.sort(key=lambda s: (s.start_ms, s.end_ms))
        return chosen

    def past_end(self, transcript: Transcript) -> tuple[list[Segment], list[Segment]]:
        """Return the segments ``segments`` leaves out (they start at or after the media's
        end) and those it cuts there, for the editor to be told (none: the end unknown)."""
        end = self.media_ms
        if not end or end <= 0:
            return [], []
        chosen = self._chosen(transcript)
        return [s for s in chosen if s.start_ms >= end], [
            s for s in chosen if s.start_ms < end < s.end_ms
        ]

    def segments(self, transcript: Transcript) -> list[Segment]:
        """Return the segments to export (approved only, when asked), in time order, none
        past the end of the media (see ``media_ms``)."""
        chosen = self._chosen(transcript)
        end = self.media_ms
        if not end or end <= 0:
            return chosen
        return [
            s if s.end_ms <= end else replace(s, end_ms=end) for s in chosen if s.start_ms < end
        ]

    def source(self, segment: Segment) -> str:
        """Return the segment's source text in the script asked for."""
        return convert(segment.source, self.script)

    def speaker(self, segment: Segment) -> str | None:
        """Return the speaker to label the segment with, or None."""
        return segment.speaker if self.speaker_labels is not False and segment.speaker else None

    def label(self, segment: Segment) -> str | None:
        """Return the speaker label to show, in the script asked for (a Chinese name too)."""
        speaker = self.speaker(segment)
        return convert(speaker, self.script) if speaker else None

    def lines(self, segment: Segment, text: TextChoice) -> list[str]:
        """Return the non-empty lines of the chosen text (source lines first for "both")."""
        parts = []
        if text in ("source", "both"):
            parts.append(self.source(segment))
        if text in ("translation", "both"):
            parts.append(segment.translation)
        return [line.strip() for part in parts for line in part.splitlines() if line.strip()]


class Format:
    """One transcript format: its name, extensions, and how to read and/or write it."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    extensions: ClassVar[tuple[str, ...]] = ()
    can_read: ClassVar[bool] = True
    can_write: ClassVar[bool] = True
    encoding: ClassVar[str] = "utf-8"  # what write()'s text is encoded as
    speaker_labels: ClassVar[bool] = True  # the default of ExportOptions.speaker_labels

    def sniff(self, text: str) -> bool:
        """Return True when ``text`` looks like this format (for ambiguous extensions)."""
        return False

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        """Return what ``text`` (decoded, LF line ends) holds; raise ImportError_ if nothing."""
        raise NotImplementedError

    def write(self, transcript: Transcript, options: ExportOptions) -> str | bytes:
        """Return the file contents for ``transcript``."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<Format {self.name}>"


# A speaker label at the start of a cue ("Wang Yi: ...", "王毅: ...", "SPEAKER_01: ..."): see
# split_speaker for the rule. Only an ASCII colon followed by a space counts.
_LABEL = re.compile(r"^(?P<name>[^:\n]{1,40}): (?=\S)")
_CJK = "\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"  # Han, kana, Hangul
_CJK_NAME = re.compile(f"[{_CJK}][{_CJK}·・\\-]{{1,11}}")  # one letter is a word: 注, 问, 答
_NAME_WORD = re.compile(r"[A-Z\u00c0-\u00de\u0400-\u042f][^\W\d_]*(?:['.\-·][^\W\d_]*)*\.?")
# Diarisation labels: SPEAKER_00, and the "Speaker 1" of Otter, Rev, Trint and Descript.
_TAG_NAME = re.compile(
    r"[A-Z]+_\d+|(?:Speaker|Unknown Speaker|Spk|Sprecher|Locuteur|Говорящий|Спикер) ?\d{1,3}|"
    r"(?:说话人|說話人|发言人|發言人|讲者|講者) ?\d{1,3}"
)
_PARTICLES = frozenset(
    {"al", "bin", "da", "de", "del", "der", "di", "du", "el", "ibn", "la", "le", "van", "von"}
)
# Capitalised lead-ins of ordinary sentences that are not people.
NOT_SPEAKERS = frozenset({
    "note", "notes", "warning", "update", "updated", "editor", "editor's", "translation",
    "translator", "source", "caption", "captions", "subtitle", "subtitles", "question", "answer",
    "q", "a", "re", "fw", "fwd", "ps", "breaking", "live", "correction", "clarification",
    "disclaimer", "summary", "transcript", "chapter", "part", "step", "episode", "example",
    "quote", "photo", "video", "audio", "music", "applause", "laughter", "nb", "n.b.", "p.s.",
    "ps.", "n.b", "attention", "important", "tip", "hint", "remark", "remarks", "comment",
    "notice", "sidenote", "примечание", "прим.", "внимание",
})  # fmt: skip
# The same lead-ins in Chinese and Japanese: a note, an editor's or translator's note, credits.
NOT_CJK_SPEAKERS = frozenset({
    "注释", "註釋", "备注", "備註", "附注", "附註", "编者按", "編者按", "编者注", "編者註", "译注",
    "譯註", "译者注", "譯者註", "字幕", "翻译", "翻譯", "校对", "校對", "时间轴", "時間軸", "来源",
    "來源", "提示", "说明", "說明", "更正", "声明", "聲明", "注意", "警告", "画面", "畫面", "音乐",
    "音樂", "歌词", "歌詞", "标题", "標題", "片名", "出典", "注記", "備考", "字幕組", "字幕组",
})  # fmt: skip


def is_speaker_name(name: str) -> bool:
    """Return True when ``name`` reads as a person's label rather than the start of a sentence.

    A name is two to twelve Han/kana/Hangul letters (with · or - inside; not a lead-in such as
    注释 or 编者按; one letter, as 注 "note" or 问 "question", is a word), or one to four words each
    starting with a capital (Latin or Cyrillic; no digits; lower-case particles such as "von" or
    "al" allowed after the first word), or a diarisation tag like SPEAKER_00; and its first
    word is not a common lead-in such as "Note", "NB", "Update", "Breaking" or "Q". A time
    ("10:30: ...") is no name: it has digits.
    """
    if _CJK_NAME.fullmatch(name):
        return name not in NOT_CJK_SPEAKERS
    if _TAG_NAME.fullmatch(name):
        return True
    words = name.split(" ")
    if not 1 <= len(words) <= 4 or words[0].lower() in NOT_SPEAKERS:
        return False
    return bool(_NAME_WORD.fullmatch(words[0])) and all(
        _NAME_WORD.fullmatch(w) or w in _PARTICLES for w in words[1:]
    )


def split_speaker(text: str) -> tuple[str | None, str]:
    """Return (speaker, rest) when ``text`` starts with a speaker label, else (None, text)."""
    match = _LABEL.match(text)
    if not match or not is_speaker_name(match["name"]):
        return None, text
    return match["name"], text[match.end() :]


def speaker_name_ok(name: str) -> bool:
    """Return True when ``name`` would be recognised as a speaker label by split_speaker."""
    return split_speaker(f"{name}: x") == (name, "x")


# A sound described in brackets, as YouTube's captions and Chinese subtitle lists write them.
_SOUND = re.compile(
    r"^\s*(?:\[([^\[\]\n]{1,30})\]|【([^【】\n]{1,12})】|[(（](音乐|掌声|笑声|欢呼|音樂|掌聲|笑聲|歡呼|"
    r"music|applause|laughter|cheering|inaudible|foreign)[)）])\s*",
    re.IGNORECASE,
)


def sound_tags(text: str) -> tuple[list[str], str]:
    """Return (tags, rest) for ``text`` whose start or end is a sound in brackets: "[Music]",
    "[Applause]", "[音乐]", "（掌声）" become the tags "Music", "Applause", "音乐", "掌声".

    >>> sound_tags("[Music] Good evening [Applause]")
    (['Music', 'Applause'], 'Good evening')
    """
    tags: list[str] = []
    while True:
        match = _SOUND.match(text)
        if not match:
            break
        tags.append(next(g for g in match.groups() if g).strip())
        text = text[match.end() :]
    lead = len(tags)
    while True:
        cut = max(text.rfind("["), text.rfind("【"), text.rfind("("), text.rfind("（"))
        match = _SOUND.fullmatch(text[cut:]) if cut >= 0 else None
        if not match:
            break
        tags.insert(lead, next(g for g in match.groups() if g).strip())
        text = text[:cut]
    return tags, text.strip()


def add_segment(transcript: Transcript, segment: Segment) -> None:
    """Append ``segment``, registering its speaker in the transcript."""
    if segment.speaker:
        transcript.ensure_speaker(segment.speaker)
    transcript.segments.append(segment)


def clean_lines(text: str) -> str:
    """Return ``text`` with each line stripped and blank lines dropped."""
    return "\n".join(filter(None, map(str.strip, text.splitlines())))


def text_blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Return the blank-line separated blocks as (1-based first line number, lines)."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def kept_times(
    start: int,
    end: int,
    line: int | None,
    path: str,
    warnings: list[ImportWarning],
    media_duration_ms: int | None = None,
) -> tuple[int, int]:
    """Return (start, end) made playable, with a warning for each change: a time before the
    video's start becomes 0:00, an end before the start becomes the start, and a time past the
    media's end (when known) becomes its end. A cue is never dropped for its times."""
    from reviewer.core.timecode import format_timecode

    def shown(ms: int) -> str:
        return format_timecode(ms, hours=True)

    if start < 0 or end < 0:
        message = f"the cue starts before the video ({shown(start)}); its start is read as 0:00"
        if end < 0:
            message = f"the cue ends before the video starts ({shown(end)}); read as 0:00"
        warnings.append(ImportWarning(line, message, path))
        start, end = max(0, start), max(0, end)
    if end < start:
        message = f"the cue ends ({shown(end)}) before it starts; its end is read as its start"
        warnings.append(ImportWarning(line, message, path))
        end = start
    if media_duration_ms and end > media_duration_ms:
        message = (
            f"the cue runs past the end of the media ({shown(end)} > "
            f"{shown(media_duration_ms)}); read up to the end"
        )
        warnings.append(ImportWarning(line, message, path))
        start, end = min(start, media_duration_ms), media_duration_ms
    return start, end
