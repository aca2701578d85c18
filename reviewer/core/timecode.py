"""Timecodes: milliseconds to and from the H:MM:SS.mmm forms editors read."""

from __future__ import annotations

import re
from datetime import datetime, timezone  # loaded anyway: sqlite3 imports it

_TIMECODE = re.compile(
    r"^\s*(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{1,2})(?:[.,](?P<f>\d{1,3}))?\s*$"
)


def parse_timecode(text: str) -> int:
    """Return milliseconds for ``H:MM:SS.mmm``, ``MM:SS``, ``M:SS,mmm`` and the like.

    >>> parse_timecode("1:02:07")
    3727000
    >>> parse_timecode("00:05,250")
    5250

    Raises ValueError for anything else.
    """
    match = _TIMECODE.match(text)
    if not match:
        raise ValueError(f"not a timecode: {text!r}")
    hours = int(match["h"] or 0)
    minutes, seconds = int(match["m"]), int(match["s"])
    if seconds >= 60 or (match["h"] is not None and minutes >= 60):
        raise ValueError(f"not a timecode: {text!r}")
    fraction = (match["f"] or "0").ljust(3, "0")
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(fraction)


def subtitle_timecode(ms: int, separator: str = ",") -> str:
    """Return ``HH:MM:SS,mmm`` (SRT) or, with ``separator="."``, ``HH:MM:SS.mmm`` (WebVTT).

    >>> subtitle_timecode(3727250)
    '01:02:07,250'
    """
    h, rest = divmod(max(0, int(ms)), 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, f = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{separator}{f:03d}"


def timing_ms(groups: tuple[str | None, ...]) -> tuple[int, int] | None:
    """Return (start, end) ms from the eight groups (h, m, s, fraction twice) of a timing line,
    or None when a minute or second is out of range; a missing hour counts as 0, digits of a
    fraction after the third are dropped ("5" is 500 ms, "05" 50)."""
    h1, m1, s1, f1, h2, m2, s2, f2 = groups[:8]
    minutes1 = int(m1) if m1 else 0
    seconds1 = int(s1) if s1 else 0
    minutes2 = int(m2) if m2 else 0
    seconds2 = int(s2) if s2 else 0
    if minutes1 >= 60 or seconds1 >= 60 or minutes2 >= 60 or seconds2 >= 60:
        return None
    # Written out rather than in a helper: this runs for every cue of every file read.
    ms1 = int(f1[:3]) * _FRACTION_SCALE[len(f1[:3])] if f1 else 0
    ms2 = int(f2[:3]) * _FRACTION_SCALE[len(f2[:3])] if f2 else 0
    return (
        ((int(h1) if h1 else 0) * 60 + minutes1) * 60_000 + seconds1 * 1000 + ms1,
        ((int(h2) if h2 else 0) * 60 + minutes2) * 60_000 + seconds2 * 1000 + ms2,
    )


_FRACTION_SCALE = (0, 100, 10, 1)  # by the number of digits: "5" is 500 ms, "05" 50


def format_timecode(ms: int, *, millis: bool = True, hours: bool | None = None) -> str:
    """Return ``H:MM:SS.mmm`` for ``ms`` (hours shown when non-zero or asked for).

    >>> format_timecode(3727250)
    '1:02:07.250'
    >>> format_timecode(65000, millis=False)
    '1:05'
    """
    sign = "-" if ms < 0 else ""
    ms = abs(int(ms))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, f = divmod(rest, 1000)
    show_hours = h > 0 if hours is None else hours
    if show_hours:
        text = f"{h}:{m:02d}:{s:02d}"
    elif millis:
        text = f"{m:02d}:{s:02d}"
    else:
        text = f"{m}:{s:02d}"
    if millis:
        text += f".{f:03d}"
    return sign + text


def local_stamp(stamp: str) -> str:
    """Return a project file's time stamp (ISO 8601, kept in UTC) in the local time zone with its
    offset, to the second (in Hong Kong "2026-12-04T10:05:12.345+00:00" reads
    "2026-12-04 18:05:12 +08:00"); a stamp that is not ISO comes back as it is."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    local = when.astimezone()
    offset = local.strftime("%z") or "+0000"
    return f"{local:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:5]}"
