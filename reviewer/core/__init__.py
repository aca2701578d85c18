"""Plain data: segments, speakers, transcripts, timecodes and errors. No I/O, no Qt."""

from __future__ import annotations

from reviewer.core.errors import ImportError_, ProjectError, ReviewerError
from reviewer.core.models import Segment, Speaker, Status, Transcript
from reviewer.core.timecode import format_timecode, parse_timecode

__all__ = [
    "ImportError_",
    "ProjectError",
    "ReviewerError",
    "Segment",
    "Speaker",
    "Status",
    "Transcript",
    "format_timecode",
    "parse_timecode",
]
