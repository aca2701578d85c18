"""Counts as an editor reads them: "1 segment", "2 segments", "1 glossary term"."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """Return ``n`` and ``noun`` in agreement.

    >>> count(1, "segment"), count(38, "segment"), count(0, "match", "matches")
    ('1 segment', '38 segments', '0 matches')
    """
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
