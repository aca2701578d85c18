"""The transcript as plain data: what the store keeps, the formats read and write, the UI shows."""

from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass, field
from enum import Enum


class Status(str, Enum):
    """Where a segment is in review."""

    UNREVIEWED = "unreviewed"
    EDITED = "edited"
    APPROVED = "approved"
    FLAGGED = "flagged"

    def __str__(self) -> str:
        return self.value


# Colours for speakers in slot order (Tableau 10: distinct, readable on light and dark).
SPEAKER_COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip


@dataclass
class Speaker:
    """A person who speaks; ``slot`` 1-9 is the key that assigns them and never moves."""

    name: str
    slot: int | None = None
    color: str = ""
    role: str = ""
    id: int | None = None


@dataclass
class Segment:
    """One timed piece of the transcript: the spoken text (source) and its translation."""

    start_ms: int
    end_ms: int
    source: str = ""
    translation: str = ""
    speaker: str | None = None  # the speaker's name; names are unique in a transcript
    tags: list[str] = field(default_factory=list)
    status: Status = Status.UNREVIEWED
    note: str = ""
    id: int | None = None  # stable in a project: never reused, survives split and merge

    @property
    def sid(self) -> int:
        """The id of a segment that is in a project (where it is always set)."""
        if self.id is None:
            raise ValueError("this segment is not in a project yet: it has no id")
        return self.id

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass
class Transcript:
    """A whole transcript: segments in time order, the speakers, and what it is about."""

    segments: list[Segment] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    title: str = ""
    description: str = ""
    media: str | None = None
    source_language: str = ""
    target_language: str = ""
    # What the project is for: "transcript" or "subtitles" (which checks apply); "" unknown.
    kind: str = ""

    def sort(self) -> None:
        """Put segments in time order (start, then end, then id); stable for equal times."""
        times = list(map(_START_END, self.segments))
        if all(map(operator.lt, times, times[1:])):
            return  # in order already, no two with the same times (a file just read, mostly)
        self.segments.sort(key=segment_order_key)

    def speaker(self, name: str) -> Speaker | None:
        """Return the speaker called ``name``, or None."""
        return next((s for s in self.speakers if s.name == name), None)

    def ensure_speaker(self, name: str, role: str = "") -> Speaker:
        """Return the speaker called ``name``, adding them in the next free slot if new."""
        found = self.speaker(name)
        if found is not None:
            return found
        slot = next_free_slot(self.speakers)
        speaker = Speaker(
            name=name, slot=slot, color=colour_for(slot, len(self.speakers)), role=role
        )
        self.speakers.append(speaker)
        return speaker

    def index_at(self, ms: int) -> int | None:
        """Return the index of the segment playing at ``ms`` (the latest that started), or None."""
        starts = [s.start_ms for s in self.segments]
        i = bisect.bisect_right(starts, ms) - 1
        if i >= 0 and self.segments[i].start_ms <= ms < self.segments[i].end_ms:
            return i
        return None


_START_END = operator.attrgetter("start_ms", "end_ms")


def segment_order_key(segment: Segment) -> tuple[int, int, int]:
    return (segment.start_ms, segment.end_ms, segment.id if segment.id is not None else 0)


def colour_for(slot: int | None, index: int) -> str:
    """Return the default colour of a speaker in ``slot`` (or the ``index``-th without a slot)."""
    n = (slot - 1) if slot else index
    return SPEAKER_COLOURS[n % len(SPEAKER_COLOURS)]


def next_free_slot(speakers: list[Speaker]) -> int | None:
    """Return the lowest slot 1-9 no speaker holds, or None when all nine are taken."""
    taken = {s.slot for s in speakers}
    return next((slot for slot in range(1, 10) if slot not in taken), None)
