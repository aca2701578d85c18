"""SubRip (.srt): numbered cues, ``HH:MM:SS,mmm --> HH:MM:SS,mmm``, text, a blank line.

Read and written here rather than through pysubs2, which glues a malformed cue into the text of
the one before it (we skip it with a warning naming its line) and drops any ``{...}`` in text.

Speakers. On export the speaker is written as a prefix of the cue's first line, ``Name: text``,
only when ``ExportOptions.speaker_labels`` asks for it: off by default, since the prefix is
burnt into the subtitle the viewer reads (WebVTT and ASS have a field for the name). On import a
cue's first line is taken to start with a speaker label only when it begins with a name followed
by an ASCII colon and a space, where a name is (see ``base.is_speaker_name``): one to four
capitalised Latin or Cyrillic words with no digits (lower-case particles like "von", "al"
allowed after the first), or one to twelve Han/kana/Hangul letters, or a diarisation tag like
``SPEAKER_00``; and not a common lead-in ("Note:", "Update:", "Breaking:", "Q:" ...). Chinese
text's own full-width colon (``他说：``) never makes a label. Sentences that happen to start like
``Washington: ...`` will be read as a speaker; that is the price of round-tripping speakers
through a format that has no field.

Markup. SRT has no escape, and players take ``<i>``, ``<b>``, ``<u>``, ``<s>``, ``<font ...>`` and
``{\\an8}``-style override blocks in cue text as formatting. So on export a U+2060 WORD JOINER
(invisible, zero width) goes after the ``<`` or ``{`` of text that would read as such a tag, and
the reader takes it out again: ``<i>not italic</i>`` is drawn and read back as written.
"""

from __future__ import annotations

import re

from reviewer.core.errors import ImportError_, say
from reviewer.core.models import Segment, Transcript
from reviewer.core.timecode import subtitle_timecode, timing_ms
from reviewer.formats.base import (
    ExportOptions,
    Format,
    ImportWarning,
    Parsed,
    clean_lines,
    kept_times,
    split_speaker,
)
from reviewer.formats.rolling import unroll

# A leading minus is what Subtitle Edit and others write for a cue that starts before the video.
_TIME = r"(-?)(\d{1,3}):(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
_TAGS = re.compile(r"</?(?:i|b|u|s|font)(?:\s[^<>]*)?>|\{\\[^{}]*\}", re.IGNORECASE)
# Where text would start one of _TAGS: after the "<" or the "{".
_TAG_START = re.compile(r"(?<=<)(?=/?(?:i|b|u|s|font)(?:\s[^<>]*)?>)|(?<=\{)(?=\\)", re.IGNORECASE)
_ESCAPED = re.compile("(?<=[<{])\u2060")


def srt_time(ms: int) -> str:
    """Return ``HH:MM:SS,mmm`` for ``ms``."""
    return subtitle_timecode(ms, ",")


def parse_timing(line: str) -> tuple[int, int] | None:
    """Return (start, end) ms from an SRT timing line (negative ones too), or None."""
    match = _TIMING.match(line)
    return _times(match.groups()) if match else None


def _times(groups: tuple[str | None, ...]) -> tuple[int, int] | None:
    times = timing_ms(groups[1:5] + groups[6:10])
    if times is None or not (groups[0] or groups[5]):
        return times
    return (-times[0] if groups[0] else times[0], -times[1] if groups[5] else times[1])


# A block is a run of lines with something on them: a blank line ends a cue, as in
# base.text_blocks, which the other formats use. Found by one regular expression over the whole
# text (about a fifth of the time of going line by line in Python).
# Anchored at line starts: unanchored, a long line of spaces made it try every position.
_BLOCK = re.compile(r"^[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", re.MULTILINE)


class SrtFormat(Format):
    name = "srt"
    label = "SubRip subtitles"
    extensions = (".srt",)
    speaker_labels = False

    def sniff(self, text: str) -> bool:
        return any(parse_timing(line) for line in text.splitlines()[:20])

    def read(self, text: str, path: str, *, media_duration_ms: int | None = None) -> Parsed:
        transcript, warnings = Transcript(), list[ImportWarning]()
        segments = transcript.segments
        speakers: set[str] = set()
        timing = _TIMING.match
        counted_to, line_count = 0, 1  # a skipped cue's line: newlines counted up to it, once
        textless = False  # the block before was a cue with no text (a blank line after its times)
        for block in _BLOCK.finditer(text):
            # A cue: [number line], timing line, text lines. The timing is one of the first two.
            first, _, rest = block[0].partition("\n")
            timing_at = 0
            if "-->" not in first:
                first, _, rest = rest.partition("\n")
                timing_at = 1 if "-->" in first else -1
            match = timing(first) if timing_at >= 0 else None
            times = _times(match.groups()) if match else None
            glue, textless = textless, False
            if glue and timing_at < 0:
                # Text after a blank line under the times (ffmpeg writes a cue of YouTube's
                # automatic captions so): the text of that cue, not a cue of its own.
                times = (segments[-1].start_ms, segments[-1].end_ms)
                rest = block[0]
                segments.pop()
            if times is None or times[1] < times[0] or times[0] < 0 or media_duration_ms:
                line_count += text.count("\n", counted_to, block.start())
                counted_to = block.start()
                line = line_count + max(timing_at, 0)
                if times is None:
                    message = "skipped a cue without a valid timing line"
                    warnings.append(ImportWarning(line, message, path))
                    continue
                times = kept_times(*times, line, path, warnings, media_duration_ms)
            if "<" in rest or "{" in rest:
                rest = _ESCAPED.sub("", _TAGS.sub("", rest))
            speaker, body = split_speaker(clean_lines(rest))
            if speaker is not None and speaker not in speakers:
                speakers.add(speaker)
                transcript.ensure_speaker(speaker)
            segments.append(Segment(times[0], times[1], source=body, speaker=speaker))
            textless = not body
        if not segments:
            raise ImportError_(say("no subtitle cues found (not an SRT file?)"), path)
        unroll(transcript, warnings, path)
        return Parsed(transcript, warnings)

    def write(self, transcript: Transcript, options: ExportOptions) -> str:
        options = options.for_format(self)
        text = options.text_for(transcript)
        out: list[str] = []
        for segment in options.segments(transcript):
            lines = [_TAG_START.sub("\u2060", line) for line in options.lines(segment, text)]
            if not lines:
                continue
            speaker = options.label(segment)
            if speaker:
                lines[0] = f"{speaker}: {lines[0]}"
            out.append(
                f"{len(out) + 1}\n{srt_time(segment.start_ms)} --> "
                f"{srt_time(segment.end_ms)}\n" + "\n".join(lines) + "\n"
            )
        return "\n".join(out)
