"""A long project's problems are checked a slice at a time after it opens, with the same result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewer.core.models import Segment, Transcript
from reviewer.store import Project
from reviewer.store.glossary import check_project
from reviewer.ui.problems_panel import WARM_SLICE, ProblemsPanel


def test_long_project_is_checked_in_slices(qtbot: Any, window: Any, tmp_path: Path) -> None:
    n = WARM_SLICE * 2 + 10
    path = tmp_path / "long.review"
    segments = [
        Segment(i * 2000, i * 2000 + 1500, "晚上好。", "Good evening." if i % 7 else "晚上好")
        for i in range(n)
    ]
    Project.create(path, Transcript(segments=segments), author="t").close()
    panel = window.part(ProblemsPanel)
    assert window.open_path(str(path))
    assert panel.timer_pending and panel.summary.text() == "Checking…"
    qtbot.waitUntil(lambda: not panel.timer_pending, timeout=20_000)
    expected = check_project(window.project)
    assert [(p.segment_id, p.check) for p in panel.all] == [
        (p.segment_id, p.check) for p in expected
    ]
    assert len(panel.problems) == len(expected) > 0


def test_f8_while_checking_checks_the_rest_at_once(qtbot: Any, window: Any, tmp_path: Path) -> None:
    n = WARM_SLICE + 5
    path = tmp_path / "long.review"
    segments = [Segment(i * 2000, i * 2000 + 1500, "晚上好。", "") for i in range(n)]
    Project.create(path, Transcript(segments=segments), author="t").close()
    panel = window.part(ProblemsPanel)
    assert window.open_path(str(path))
    panel.step(True)
    assert not panel.timer_pending
    assert panel.current() is not None and panel.current().check == "empty"
