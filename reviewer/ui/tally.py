"""Counts of one segment field over the transcript (statuses, speakers), kept up to date from
the project's notices by looking only at the segments a notice names: on 20,000 segments a
recount is about 2 ms, too much to pay on every key."""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Hashable

from reviewer.store import Notice, NoticeKind, Project
from reviewer.store.notices import ROWS_MOVED


class Tally:
    """How many segments have each value of ``field``."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.counts: Counter[Hashable] = Counter()
        self._value_of: dict[int, Hashable] = {}

    def rebuild(self, project: Project | None) -> None:
        segments = project.transcript.segments if project is not None else []
        get = operator.attrgetter(self.field)
        self._value_of = {s.id: get(s) for s in segments if s.id is not None}
        self.counts = Counter(self._value_of.values())

    def update(self, project: Project, notice: Notice) -> bool:
        """Follow ``notice``; return True when a count may have changed."""
        if notice.kind in ROWS_MOVED:
            self.rebuild(project)
            return True
        if notice.kind != NoticeKind.SEGMENTS or self.field not in notice.fields:
            return False
        for segment_id in notice.ids:
            new = getattr(project.segment(segment_id), self.field)
            old = self._value_of.get(segment_id)
            if old != new:
                self.counts[old] -= 1
                self.counts[new] += 1
                self._value_of[segment_id] = new
        return True

    def __getitem__(self, value: Hashable) -> int:
        return self.counts[value]
