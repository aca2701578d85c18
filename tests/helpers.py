"""Helpers shared by the tests (importable as ``helpers``: pytest puts tests/ on the path)."""

from __future__ import annotations

from typing import Any

from reviewer.core.models import Segment, Speaker, Transcript
from reviewer.store import Project
from reviewer.store.changes import segment_record


def sample_transcript() -> Transcript:
    """A small bilingual news transcript with the usual machine errors."""
    return Transcript(
        title="Evening news",
        description="主播:陈嘉怡",
        source_language="zh-Hans",
        target_language="en",
        speakers=[Speaker("陈嘉怡", slot=1, color="#4e79a7", role="anchor")],
        segments=[
            Segment(0, 2500, "晚上好。", "Good evening.", speaker="陈嘉怡"),
            Segment(2500, 6000, "黎巴嫩真主党表示", "Lebanon's 真主党 said", tags=["VO"]),
            Segment(6000, 9000, "拉夫罗夫说", "Lavrof said the talks went well"),
            Segment(9000, 12000, "王毅外长会见", "Foreign Minister Wang Yee met"),
        ],
    )


def snapshot(project: Project) -> dict[str, Any]:
    """The whole visible state of a project, to compare before/after and across reopening."""
    t = project.transcript
    return {
        "segments": [segment_record(s) for s in t.segments],
        "speakers": sorted((s.id, s.name, s.slot, s.color, s.role) for s in t.speakers),
        "meta": (t.title, t.description, t.source_language, t.target_language),
    }
