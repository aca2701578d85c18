"""Where the clip has speech: spans in milliseconds, found by the speech detector
(reviewer.audio.speech) and read by the checks, the snapping key and the audio lane.

>>> speech = SpeechMap([(1000, 2500), (4000, 6000)])
>>> speech.coverage(2000, 4500), speech.nearest_onset(3700), speech.nearest_offset(2300)
(1000, 4000, 2500)
>>> [(s.start_ms, s.end_ms) for s in speech.uncovered([(900, 2600)], min_ms=1000)]
[(4000, 6000)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """One stretch of speech, ``start_ms`` to ``end_ms``."""

    start_ms: int
    end_ms: int

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


class SpeechMap:
    """Spans of speech in time order, not overlapping (overlapping or touching ones given are
    joined; empty ones dropped)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        joined: list[list[int]] = []
        for start, end in sorted((int(a), int(b)) for a, b in spans):
            if end <= start:
                continue
            if joined and start <= joined[-1][1]:
                joined[-1][1] = max(joined[-1][1], end)
            else:
                joined.append([start, end])
        self._starts = [s for s, _ in joined]
        self._ends = [e for _, e in joined]

    def __len__(self) -> int:
        return len(self._starts)

    def __iter__(self) -> Iterator[Span]:
        return (Span(s, e) for s, e in zip(self._starts, self._ends, strict=True))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SpeechMap) and self.pairs() == other.pairs()

    def __repr__(self) -> str:
        return f"SpeechMap({self.pairs()!r})"

    def pairs(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, self._ends, strict=True))

    def within(self, start_ms: int, end_ms: int) -> list[Span]:
        """Return the spans that overlap ``start_ms``–``end_ms`` (clipped to it)."""
        i = bisect.bisect_right(self._ends, start_ms)
        found = []
        while i < len(self._starts) and self._starts[i] < end_ms:
            found.append(Span(max(self._starts[i], start_ms), min(self._ends[i], end_ms)))
            i += 1
        return found

    def coverage(self, start_ms: int, end_ms: int) -> int:
        """Return how many milliseconds of ``start_ms``–``end_ms`` have speech."""
        return sum(s.duration_ms for s in self.within(start_ms, end_ms))

    def _nearest(self, points: list[int], ms: int) -> int | None:
        if not points:
            return None
        i = bisect.bisect_left(points, ms)
        near = [points[j] for j in (i - 1, i) if 0 <= j < len(points)]
        return min(near, key=lambda p: (abs(p - ms), p))

    def nearest_onset(self, ms: int) -> int | None:
        """Return the start of speech nearest ``ms`` (None if there is no speech)."""
        return self._nearest(self._starts, ms)

    def nearest_offset(self, ms: int) -> int | None:
        """Return the end of speech nearest ``ms`` (None if there is no speech)."""
        return self._nearest(self._ends, ms)

    def next_span(self, ms: int) -> Span | None:
        """Return the first span starting after ``ms``."""
        i = bisect.bisect_right(self._starts, ms)
        return Span(self._starts[i], self._ends[i]) if i < len(self._starts) else None

    def previous_span(self, ms: int) -> Span | None:
        """Return the last span starting before ``ms``."""
        i = bisect.bisect_left(self._starts, ms) - 1
        return Span(self._starts[i], self._ends[i]) if i >= 0 else None

    def uncovered(self, covered: Iterable[tuple[int, int]], min_ms: int = 1000) -> list[Span]:
        """Return the stretches of speech longer than ``min_ms`` that no interval of
        ``covered`` (the segments' times) lies over."""
        cover = SpeechMap(covered)
        found: list[Span] = []
        for span in self:
            at = span.start_ms
            for c in cover.within(span.start_ms, span.end_ms):
                if c.start_ms - at > min_ms:
                    found.append(Span(at, c.start_ms))
                at = max(at, c.end_ms)
            if span.end_ms - at > min_ms:
                found.append(Span(at, span.end_ms))
        return found
