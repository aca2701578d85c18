"""Edits keep times within core.limits: a segment cannot be moved or inserted past 100 hours."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import sample_transcript

from reviewer.core.errors import EditError
from reviewer.core.limits import MAX_TIME_MS
from reviewer.store import Project


def test_retime_and_insert_past_the_limit_are_refused(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.review", sample_transcript(), author="t") as project:
        first = project.transcript.segments[0]
        before = (first.start_ms, first.end_ms)
        with pytest.raises(EditError, match="a time past the 100-hour limit"):
            project.retime(first.sid, 0, MAX_TIME_MS + 1)
        with pytest.raises(EditError, match="a negative time"):
            project.insert(-5, 1000, "x")
        assert (first.start_ms, first.end_ms) == before
        project.retime(first.sid, MAX_TIME_MS - 1000, MAX_TIME_MS)  # the limit itself is fine
        assert project.segment(first.sid).end_ms == MAX_TIME_MS
