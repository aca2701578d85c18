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

A segment ends where the next starts; the last at the media's end when known, else after its
reading time (at least two seconds). Names credited in the description (主播:NAME, 记者：NAME,
Reporter: NAME, Anchor: NAME) become speakers with the role anchor or reporter; no segment is
assigned to them (they are suggestions for the editor).
"""

from __future__ import annotations

import re

from reviewer.core.errors import ImportError_
from reviewer.core.models import Segment, Transcript
from reviewer.formats.base import ExportOptions, Format, ImportWarning, Parsed, add_segment

_LINE_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)[ \t]*(.*)$")
_SPOKEN_TIME = re.compile(r"^\d+ (?:hours?|minutes?|seconds?)(?:,? \d+ (?:minutes?|seconds?))*$")
_ENDS = frozenset({
    "recommended", "up next", "related", "related videos", "more videos", "comments",
    "show less", "show more", "you may also like", "more from this channel", "相关视频",
    "推荐", "相關影片", "推薦", "更多视频", "评论", "留言",
})  # fmt: skip
_ROLES = {"主播": "anchor", "主持": "anchor", "主持人": "anchor", "anchor": "anchor",
          "presenter": "anchor", "host": "anchor", "記者": "reporter", "记者": "reporter",
          "reporter": "reporter", "correspondent": "reporter"}  # fmt: skip
_CREDIT = re.compile(
    r"(主持人|主播|主持|記者|记者|(?i:anchor|presenter|host|reporter|correspondent))\s*[:：]\s*"
    r"([^()（）\[\]【】,，;；|/\n]+)"
)
_NAME_SPLIT = re.compile(r"[、]|\s+and\s+|\s*&\s*")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _start_at(lines: list[str]) -> int | None:
    """Return the index of the "Transcript" line that a timecoded line follows, or None."""
    for i, line in enumerate(lines):
        if line.strip() == "Transcript":
            after = next((t.strip() for t in lines[i + 1 :] if t.strip()), "")
            if _LINE_TIME.match(after):
                return i
    return None


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
        return _start_at(text.split("\n")) is not None

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        lines = text.split("\n")
        at = _start_at(lines)
        if at is None:
            raise ImportError_('no "Transcript" line followed by timecoded lines', path)
        transcript, warnings = Transcript(), list[ImportWarning]()
        head = [line.strip() for line in lines[:at]]
        self._read_head(head, transcript)
        cues: list[tuple[int, list[str]]] = []
        blank_before = False
        for number, raw in enumerate(lines[at + 1 :], at + 2):
            line = raw.strip()
            if not line:
                blank_before = True
                continue
            match = _LINE_TIME.match(line)
            if match:
                h, m, s = (int(g) if g else None for g in match.groups()[:3])
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
                cues.append((ms, [match[4].strip()] if match[4].strip() else []))
            elif line.lower().rstrip(":：") in _ENDS or (blank_before and cues and cues[-1][1]):
                break
            elif cues and not _SPOKEN_TIME.match(line):
                cues[-1][1].append(line)
            blank_before = False
        for i, (start, texts) in enumerate(cues):
            body = "\n".join(texts)
            if i + 1 < len(cues) and cues[i + 1][0] > start:
                end = cues[i + 1][0]
            elif media_duration_ms and media_duration_ms > start:
                end = media_duration_ms
            else:
                end = start + reading_ms(body)
            if body:
                add_segment(transcript, Segment(start, end, source=body))
        if not transcript.segments:
            raise ImportError_("the transcript has no text", path)
        return Parsed(transcript, warnings)

    def _read_head(self, head: list[str], transcript: Transcript) -> None:
        """Fill title, description and credited speakers from the lines before "Transcript"."""
        filled = [line for line in head if line]
        if not filled:
            return
        transcript.title = filled[0]
        rest = filled[1:]
        if "Category" in rest:
            rest = rest[: rest.index("Category")]
        description = [line for line in rest if not line.startswith(("•", "·"))]
        transcript.description = "\n".join(description)
        for name, role in credits(transcript.description):
            transcript.ensure_speaker(name, role)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        raise NotImplementedError("page copy is an import format")
