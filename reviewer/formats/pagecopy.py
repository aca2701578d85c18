"""The page copy of a video site's transcript (.txt): what an editor gets by select-all, copy.

Layout (invented example)::

    Typhoon signal No. 8 raised 八号风球今晚生效        <- title: the first line
      • 3 hours ago                                    <- metadata ("•" lines) is dropped
    晚间新闻 | 天文台今晚发出八号烈风信号。(主播:陈嘉怡)   <- description, up to "Category"
    Category
    News
    Transcript                                         <- a line that is exactly this
    00:00Good evening, the Observatory ...             <- M:SS, MM:SS or H:MM:SS, text glued,
    0:05 Schools in 荃湾 will close tomorrow.             after a space,
    1:02:07                                            or on the next line (YouTube)
    The Secretary said police will patrol the coast.
    Recommended                                        <- after the transcript: not segments

The copy of the transcript panel alone (nothing around it: the first line a timecode, or a
chapter title and then a timecode) is read the same way. YouTube's chapters, listed in the
description as ``0:00 Intro`` lines, show in the panel as title lines between the entries:
such a line becomes the note "Chapter: TITLE" of the segment it heads (as does a line before
the first timecode of a bare copy), not text. A sound tag that is the whole text or starts or
ends it ("[Music]", "[Applause]", "[音乐]", "（掌声）") becomes a tag of the segment.
Bilibili's and other Chinese sites' subtitle lists copy the same way (``00:01`` then the line),
sometimes with the time in brackets (``[00:01.50] 大家好``, as lyric-style lists write it).

A segment ends where the next starts; the last at the media's end when known, else after its
reading time (at least two seconds). Names credited in the description (主播:NAME, 记者：NAME,
Reporter: NAME, Anchor: NAME) become speakers with the role anchor or reporter; no segment is
assigned to them (they are suggestions for the editor).
"""

from __future__ import annotations

import re

from reviewer.core.errors import ImportError_, say
from reviewer.core.models import Segment, Transcript
from reviewer.formats.base import (
    ExportOptions,
    Format,
    ImportWarning,
    Parsed,
    add_segment,
    sound_tags,
)

_LINE_TIME = re.compile(
    r"^[\[(]?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?[\])]?(?![\d:])[ \t]*(.*)$"
)
_HEADINGS = frozenset({
    "transcript", "文字记录", "转写文稿", "文字稿", "轉錄稿", "文字記錄", "字幕列表",
    "транскрипция", "расшифровка", "текст видео", "文字起こし",
})  # fmt: skip
_CHAPTER = re.compile(r"^(?:chapter|part|section|第.{1,4}[章节部分集])\b", re.IGNORECASE)
_SPOKEN_TIME = re.compile(r"^\d+ (?:hours?|minutes?|seconds?)(?:,? \d+ (?:minutes?|seconds?))*$")
_ENDS = frozenset({
    "recommended", "up next", "related", "related videos", "more videos", "comments",
    "show less", "show more", "you may also like", "more from this channel", "相关视频",
    "推荐", "相關影片", "推薦", "更多视频", "评论", "留言",
})  # fmt: skip
_PAGE_BUTTONS = frozenset({"show less", "show more", "...more", "…more", "展开", "收起"})
_ROLES = {"主播": "anchor", "主持": "anchor", "主持人": "anchor", "anchor": "anchor",
          "presenter": "anchor", "host": "anchor", "記者": "reporter", "记者": "reporter",
          "reporter": "reporter", "correspondent": "reporter"}  # fmt: skip
_CREDIT = re.compile(
    r"(主持人|主播|主持|記者|记者|(?i:anchor|presenter|host|reporter|correspondent))\s*[:：]\s*"
    r"([^()（）\[\]【】,，;；|/\n]+)"
)
_NAME_SPLIT = re.compile(r"[、]|\s+and\s+|\s*&\s*")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A line that opens with a time range in brackets: the plain-text export's, not a page's.
_RANGE = re.compile(r"^(?:[^\[\]\n]{1,40}:\s*)?\[\s*[\d:.,]+\s*(?:-|–|-->)\s*[\d:.,]+\s*\]")


def _start_at(lines: list[str]) -> int | None:
    """Return the index of the "Transcript" line that a timecoded line follows, -1 for a bare
    copy of the panel (see the module's notes), or None."""
    for i, line in enumerate(lines):
        if line.strip().lower().rstrip(":：") in _HEADINGS:
            after = [t.strip() for t in lines[i + 1 : i + 6] if t.strip()][:2]
            if any(_LINE_TIME.match(t) for t in after):  # a chapter title may come first
                return i
    filled = [line.strip() for line in lines[:200] if line.strip()][:40]
    timed = sum(1 for line in filled if _LINE_TIME.match(line))
    first_timed = next((i for i, line in enumerate(filled) if _LINE_TIME.match(line)), None)
    if first_timed is not None and first_timed <= 1 and timed >= 2 and 3 * timed >= len(filled):
        return -1
    return None


def chapters(description: str) -> set[str]:
    """Return the chapter titles listed in a description (``0:00 Intro`` lines)."""
    found = set()
    for line in description.split("\n"):
        match = _LINE_TIME.match(line.strip())
        if match and match[5].strip():
            found.add(match[5].strip().lstrip("-–— ").strip())
    return found


def reading_ms(text: str) -> int:
    """Return how long ``text`` takes to read: 4 Han characters or 15 others a second, >= 2 s."""
    han = len(_HAN.findall(text))
    return max(2000, int(1000 * (han / 4 + (len(text) - han) / 15)))


def credits(description: str) -> list[tuple[str, str]]:
    """Return (name, role) for each person credited in ``description``."""
    found = []
    for match in _CREDIT.finditer(description):
        role = _ROLES[match[1].lower()]
        for name in _NAME_SPLIT.split(match[2].strip()):
            name = name.strip(" .。")
            if name and len(name) <= 40:
                found.append((name, role))
    return found


class PageCopyFormat(Format):
    name = "pagecopy"
    label = "Video page transcript (copied text)"
    extensions = (".txt",)
    can_write = False

    def sniff(self, text: str) -> bool:
        lines = text.split("\n")
        first = next((line.strip() for line in lines[:50] if line.strip()), "")
        if _RANGE.match(first):
            return False  # "[0:00:01.000 - 0:00:03.400] text": Reviewer's own plain text
        return _start_at(lines) is not None

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        lines = text.split("\n")
        at = _start_at(lines)
        if at is None:
            raise ImportError_(say('no "Transcript" line followed by timecoded lines'), path)
        if at < 0:
            at = -1
        transcript, warnings = Transcript(), list[ImportWarning]()
        head = [line.strip() for line in lines[: max(at, 0)]]
        self._read_head(head, transcript)
        titles = chapters(transcript.description)
        cues: list[tuple[int, list[str], str]] = []  # start, text lines, chapter
        blank_before = False
        chapter = ""
        for number, raw in enumerate(lines[at + 1 :], at + 2):
            line = raw.strip()
            if not line:
                blank_before = True
                continue
            match = _LINE_TIME.match(line)
            if match:
                h, m, s, fraction = (int(g) if g else None for g in match.groups()[:4])
                hours, minutes, seconds = (h, m, s) if s is not None else (0, h, m)
                if (
                    minutes is None
                    or seconds is None
                    or seconds >= 60
                    or (s is not None and minutes >= 60)
                ):
                    message = f"skipped a line with an impossible time {line[:20]!r}"
                    warnings.append(ImportWarning(number, message, path))
                    continue
                ms = ((hours or 0) * 3600 + minutes * 60 + seconds) * 1000
                if fraction is not None:
                    ms += int(match[4].ljust(3, "0"))
                cues.append((ms, [match[5].strip()] if match[5].strip() else [], chapter))
                chapter = ""
            elif line.lower().rstrip(":：") in _ENDS or (blank_before and cues and cues[-1][1]):
                break
            elif self._is_chapter(line, lines, number, titles, bool(cues)):
                chapter = line
            elif cues and not _SPOKEN_TIME.match(line):
                cues[-1][1].append(line)
            blank_before = False
        for i, (start, texts, heading) in enumerate(cues):
            tags, body = sound_tags("\n".join(texts))
            if i + 1 < len(cues) and cues[i + 1][0] > start:
                end = cues[i + 1][0]
            elif media_duration_ms and media_duration_ms > start:
                end = media_duration_ms
            else:
                end = start + reading_ms(body or "x")
            if body or tags:
                note = heading if _CHAPTER.match(heading) else f"Chapter: {heading}"
                note = note if heading else ""
                add_segment(transcript, Segment(start, end, source=body, tags=tags, note=note))
        if not transcript.segments:
            raise ImportError_(say("the transcript has no text"), path)
        return Parsed(transcript, warnings)

    @staticmethod
    def _is_chapter(
        line: str, lines: list[str], number: int, titles: set[str], timed: bool
    ) -> bool:
        """Return True when ``line`` (at 1-based ``number``) is a chapter title: one the
        description lists, or a line before a timecode that opens a bare copy or reads as one."""
        following = next((t.strip() for t in lines[number:] if t.strip()), "")
        if not _LINE_TIME.match(following):
            return False
        return line in titles or not timed or bool(_CHAPTER.match(line))

    def _read_head(self, head: list[str], transcript: Transcript) -> None:
        """Fill title, description and credited speakers from the lines before "Transcript"."""
        filled = [line for line in head if line]
        if not filled:
            return
        transcript.title = filled[0]
        rest = filled[1:]
        if "Category" in rest:
            rest = rest[: rest.index("Category")]
        description = [
            line
            for line in rest
            if not line.startswith(("•", "·")) and line.lower() not in _PAGE_BUTTONS
        ]
        transcript.description = "\n".join(description)
        for name, role in credits(transcript.description):
            transcript.ensure_speaker(name, role)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        raise NotImplementedError("page copy is an import format")
