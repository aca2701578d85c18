"""WebVTT's public parsing test suite: mozilla/vtt.js's cases with their expected parses.

The 151 files and expected JSON of mozilla/vtt.js (tests/, commit 42ca104e), kept outside the
project at ../shared/corpora/vttjs (REVIEWER_VTTJS overrides); the test is skipped where the
folder is absent. Each file is decoded as UTF-8, read by our WebVTT reader and compared with
vtt.js's parse by cue count, start and end (milliseconds), and text with its markup removed.
The markup is removed from vtt.js's text independently of our reader, in the simplest way the
W3C cue text rules allow: every ``<`` up to the next ``>`` (or the end of the text) goes, then
HTML character references are decoded, then each line is stripped and blank lines dropped. A
file vtt.js reads as no cues must be refused by ours (an ImportError_) or read as none.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

from reviewer.core.errors import ImportError_
from reviewer.formats.vtt import VttFormat


def _suite() -> Path:
    """Return the folder of the suite: $REVIEWER_VTTJS, else shared/corpora/vttjs beside the
    checkout or one of the folders above it (a worktree sits deeper than the main checkout)."""
    if os.environ.get("REVIEWER_VTTJS"):
        return Path(os.environ["REVIEWER_VTTJS"])
    for folder in Path(__file__).resolve().parents[2].parents:
        if (folder / "shared" / "corpora" / "vttjs").is_dir():
            return folder / "shared" / "corpora" / "vttjs"
    return Path("shared/corpora/vttjs")


ROOT = _suite()
CASES = sorted(ROOT.rglob("*.vtt")) if ROOT.is_dir() else []


def plain(text: str) -> str:
    """Return vtt.js's cue text with the markup removed (see the module's notes)."""
    text = html.unescape(re.sub(r"<[^>]*(?:>|$)", "", text))
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def expected(case: Path) -> list[tuple[int, int, str]]:
    cues = json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))["cues"]
    return [
        (round(c["startTime"] * 1000), round(c["endTime"] * 1000), plain(c["text"])) for c in cues
    ]


def read(case: Path) -> list[tuple[int, int, str]]:
    # Decoded here rather than by read_transcript, whose handling of control characters (one
    # case is "junk characters") is the entry point's business, not the WebVTT rules'.
    text = case.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    try:
        parsed = VttFormat().read(text, str(case))
    except ImportError_:
        return []
    return [(s.start_ms, s.end_ms, s.source) for s in parsed.transcript.segments]


@pytest.mark.skipif(not CASES, reason=f"the vtt.js suite is not at {ROOT}")
def test_the_whole_vttjs_suite_reads_as_vttjs_reads_it() -> None:
    failed = [str(case.relative_to(ROOT)) for case in CASES if read(case) != expected(case)]
    assert len(CASES) == 151
    assert failed == []


@pytest.mark.skipif(not CASES, reason=f"the vtt.js suite is not at {ROOT}")
@pytest.mark.parametrize(
    ("case", "cues"),
    [
        ("file-layout/cue-spacing.vtt", 4),  # a "-->" line ends the cue text
        ("cue-times/max-spots-over-sixty.vtt", 1),  # 120:00:00.000
        ("cue-times/fraction-digits.vtt", 0),  # 00:00.00 is not a timestamp
        ("cuetext/ruby/basic.vtt", 1),
    ],
)
def test_telling_cases_of_the_suite(case: str, cues: int) -> None:
    got = read(ROOT / case)
    assert len(got) == cues
    assert got == expected(ROOT / case)
