"""The time as the project files write it, for the store and whoever else stamps a record.

>>> now_iso()                 # doctest: +SKIP
'2026-12-05T05:31:07.412+00:00'
>>> file_stamp()              # doctest: +SKIP
'2026-12-05T05-31-07'
"""

from __future__ import annotations

from datetime import datetime, timezone


def now_iso() -> str:
    """Return the time now in UTC, ISO 8601 to the millisecond (what operations record)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def file_stamp() -> str:
    """Return the time now, to the second, as a file name can hold it (no colons)."""
    return now_iso()[:19].replace(":", "-")
