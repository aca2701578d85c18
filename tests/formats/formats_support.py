"""Shared by the format tests: paths, the sample transcript, golden-file comparison."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from reviewer.core.models import Segment, Speaker, Status, Transcript

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
GOLDEN = FIXTURES / "golden"
# REVIEWER_UPDATE_GOLDEN=1 rewrites expected files instead of comparing; check them by eye.
UPDATE = os.environ.get("REVIEWER_UPDATE_GOLDEN") == "1"


def sample_transcript() -> Transcript:
    """Return a small bilingual transcript with speakers, statuses, tags and risky cells."""
    return Transcript(
        title="Typhoon signal No. 8 raised",
        description="Evening news, 8 September",
        media="clip.mp4",
        source_language="zh-Hans",
        target_language="en",
        speakers=[
            Speaker("陈嘉怡", 1, "#4e79a7", "anchor"),
            Speaker("Sergey Lavrov", 2, "#f28e2b", "minister"),
        ],
        segments=[
            Segment(500, 3200, "晚间新闻，我是陈嘉怡。", "Good evening, this is Chen Jiayi.",
                    "陈嘉怡", ["SOT"], Status.APPROVED, "", 1),
            Segment(3400, 7900, "天文台今晚发出八号烈风信号，\n预计风力会进一步增强。",
                    "The Observatory raised the No. 8 signal,\nthe wind will strengthen.",
                    None, [], Status.EDITED, "", 2),
            Segment(8000, 11500, "我们会作出回应。", "=We will respond.", "Sergey Lavrov",
                    ["VO", "needs legal"], Status.FLAGGED, "-check the quote", 3),
            Segment(3_727_000, 3_731_250, "警方会加强沿岸巡逻。", "Police will patrol the coast.",
                    "陈嘉怡", [], Status.APPROVED, "", 4),
        ],
    )  # fmt: skip


def transcript_dict(transcript: Transcript) -> dict[str, Any]:
    """Return the transcript as the reviewer JSON export (both sides) would hold it."""
    from reviewer.formats import FORMATS, ExportOptions

    text = FORMATS["json"].write(transcript, ExportOptions(text="both"))
    assert isinstance(text, str)
    result: dict[str, Any] = json.loads(text)
    return result


def compare_with_expected(actual: dict[str, Any], expected_path: Path) -> None:
    """Assert ``actual`` equals the JSON in ``expected_path`` field by field (or rewrite it)."""
    if UPDATE or not expected_path.exists():
        expected_path.write_text(
            json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if not UPDATE:
            raise AssertionError(f"{expected_path.name} did not exist; written, check it by eye")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    for key in expected:
        if key not in ("segments", "speakers"):
            assert actual.get(key) == expected[key], f"{expected_path.name}: {key}"
    assert actual["speakers"] == expected["speakers"], f"{expected_path.name}: speakers"
    assert len(actual["segments"]) == len(expected["segments"]), f"{expected_path.name}: count"
    for i, (got, want) in enumerate(zip(actual["segments"], expected["segments"], strict=True)):
        for field, value in want.items():
            assert got.get(field) == value, f"{expected_path.name}: segment {i + 1} {field}"
    assert actual == expected  # and nothing beyond what is expected


def compare_with_golden(actual: str | bytes, golden_path: Path) -> None:
    """Assert ``actual`` is byte for byte the committed golden file (or rewrite it)."""
    data = actual.encode("utf-8") if isinstance(actual, str) else actual
    if UPDATE or not golden_path.exists():
        golden_path.write_bytes(data)
        if not UPDATE:
            raise AssertionError(f"{golden_path.name} did not exist; written, check it by eye")
    assert data.decode("utf-8-sig") == golden_path.read_bytes().decode("utf-8-sig")
    assert data == golden_path.read_bytes()
