"""Timecodes: milliseconds to and from the H:MM:SS.mmm forms editors read."""

from __future__ import annotations

import re

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
    or None when a minute or second is out of range; a missing hour counts as 0."""
    times = []
    for h, m, s, f in (groups[0:4], groups[4:8]):
        if int(m or 0) >= 60 or int(s or 0) >= 60:
            return None
        fraction = int((f or "0").ljust(3, "0")[:3])
        times.append(((int(h or 0) * 60 + int(m or 0)) * 60 + int(s or 0)) * 1000 + fraction)
    return times[0], times[1]


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
