"""A new project written in bulk: full-text index built once, ids in time order, trigger kept."""

from __future__ import annotations

from pathlib import Path

from reviewer.core.models import Segment, Transcript
from reviewer.store import Project


def transcript(n: int) -> Transcript:
    # Given out of time order: ids follow time, not the list.
    return Transcript(
        segments=[
            Segment((n - i) * 1000, (n - i) * 1000 + 900, f"第{i}句", f"line {i} word{i}")
            for i in range(n)
        ]
    )


def test_created_project_is_searchable_and_ids_follow_time(tmp_path: Path) -> None:
    path = tmp_path / "bulk.review"
    with Project.create(path, transcript(300), author="t") as project:
        assert project.ids == list(range(1, 301))
        starts = [s.start_ms for s in project.transcript.segments]
        assert starts == sorted(starts)
        hits = project.db.execute(
            "SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'word299'"
        ).fetchall()  # the trigram index matches inside words: word7 would find word70 too
        (sid,) = hits[0]
        assert len(hits) == 1 and project.segment(sid).translation == "line 299 word299"
        # The insert trigger is back: a new segment is indexed too.
        new = project.insert(400_000, 400_900, source="新句", translation="fresh wordx")
        found = project.db.execute(
            "SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'wordx'"
        ).fetchall()
        assert found == [(new,)]
    with Project.open(path) as reopened:
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        fts = reopened.db.execute(
            "INSERT INTO segments_fts (segments_fts) VALUES ('integrity-check')"
        )
        assert fts is not None


def test_empty_transcript_creates_an_empty_project(tmp_path: Path) -> None:
    with Project.create(tmp_path / "empty.review", Transcript(), author="t") as project:
        assert project.transcript.segments == []
