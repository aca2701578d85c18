"""Random streams of edits: the file always matches memory, and undoing all restores the start."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from helpers import sample_transcript, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.core.errors import EditError
from reviewer.store import Project

TEXT = st.text(alphabet=st.sampled_from("abc 王毅真主党Лавров,."), max_size=12)
NAMES = st.sampled_from(["Wang Yi", "Lavrov", "陈嘉怡", "Anchor"])

EDIT = st.one_of(
    st.tuples(st.just("translation"), st.integers(0, 20), TEXT),
    st.tuples(st.just("source"), st.integers(0, 20), TEXT),
    st.tuples(st.just("speaker"), st.integers(0, 20), st.one_of(st.none(), NAMES)),
    st.tuples(
        st.just("status"), st.integers(0, 20), st.sampled_from(["approved", "flagged", "edited"])
    ),
    st.tuples(st.just("tag"), st.integers(0, 20), st.sampled_from(["SOT", "VO"])),
    st.tuples(st.just("split"), st.integers(0, 20), st.floats(0.05, 0.95)),
    st.tuples(st.just("merge"), st.integers(0, 20), st.none()),
    st.tuples(st.just("retime"), st.integers(0, 20), st.integers(-3000, 3000)),
    st.tuples(st.just("delete"), st.integers(0, 20), st.none()),
    st.tuples(st.just("insert"), st.integers(0, 20), TEXT),
    st.tuples(st.just("rename"), st.integers(0, 20), NAMES),
    st.tuples(st.just("merge_speakers"), st.integers(0, 20), NAMES),
    st.tuples(st.just("undo"), st.integers(0, 3), st.none()),
    st.tuples(st.just("redo"), st.integers(0, 3), st.none()),
)


def apply(project: Project, kind: str, n: int, value: object) -> None:
    segments = project.transcript.segments
    if kind in ("undo", "redo"):
        for _ in range(n):
            getattr(project, kind)()
        return
    if not segments:
        project.insert(0, 1000, translation=str(value))
        return
    s = segments[n % len(segments)]
    assert s.id is not None
    if kind in ("translation", "source"):
        project.set_text(s.id, kind, str(value))
    elif kind == "speaker":
        project.set_speaker([s.id], value)  # type: ignore[arg-type]
    elif kind == "status":
        project.set_status([s.id], str(value))
    elif kind == "tag":
        project.toggle_tag([s.id], str(value))
    elif kind == "split" and s.duration_ms > 1:
        at = s.start_ms + max(1, min(s.duration_ms - 1, int(s.duration_ms * float(value))))  # type: ignore[arg-type]
        project.split(s.id, at)
    elif kind == "merge":
        project.merge_with_next(s.id)
    elif kind == "retime":
        start = max(0, s.start_ms + int(value))  # type: ignore[call-overload]
        project.retime(s.id, start, max(start + 1, s.end_ms + int(value)))  # type: ignore[call-overload]
    elif kind == "delete":
        project.delete([s.id])
    elif kind == "insert":
        project.insert(s.end_ms, s.end_ms + 500, translation=str(value))
    elif kind == "rename" and s.speaker:
        project.rename_speaker(s.speaker, str(value))
    elif kind == "merge_speakers" and s.speaker and project.speaker(str(value)):
        project.merge_speakers(s.speaker, str(value))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EDIT, min_size=1, max_size=25))
def test_random_edits_persist_and_undo_to_the_start(edits: list) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.review"
        project = Project.create(path, sample_transcript(), author="h")
        start = snapshot(project)
        for kind, n, value in edits:
            # Refused edits (a merge of the last segment, a taken name) change nothing.
            with contextlib.suppress(EditError):
                apply(project, kind, n, value)
        state = snapshot(project)
        project.close()
        project = Project.open(path, author="h")
        assert snapshot(project) == state
        undone = 0
        while project.can_undo:
            project.undo()
            undone += 1
        assert snapshot(project) == start
        for _ in range(undone):
            project.redo()
        assert snapshot(project) == state
        project.close()
