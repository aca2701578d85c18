"""Which writing system a text is in, and runs of foreign letters left in a translation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

# Han (CJK unified, extension A, compatibility), kana, Hangul, Cyrillic.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff"
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_CYRILLIC = "\u0400-\u04ff\u0500-\u052f"
_FOREIGN = f"{_HAN}{_KANA}{_HANGUL}{_CYRILLIC}"

_NOT_LETTERS = re.compile(r"[\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")


class _Patterns:
    """The patterns over the scripts above, each compiled when first used: a class of tens of
    thousands of code points takes Python's re milliseconds to compile (12 ms for these), and
    opening a project needs none of them before the window shows."""

    @cached_property
    def foreign_run(self) -> re.Pattern[str]:
        return re.compile(f"[{_FOREIGN}]+(?:[\\s·・-]*[{_FOREIGN}]+)*")

    @cached_property
    def han_char(self) -> re.Pattern[str]:
        return re.compile(f"[{_HAN}]")

    @cached_property
    def foreign_chars(self) -> re.Pattern[str]:
        return re.compile(f"[{_FOREIGN}]+")

    @cached_property
    def han_chars(self) -> re.Pattern[str]:
        return re.compile(f"[{_HAN}]+")

    @cached_property
    def other_letter(self) -> re.Pattern[str]:  # a letter of no script above
        return re.compile(f"[^\\W\\d_{_FOREIGN}]")

    @cached_property
    def each_script(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple(
            (name, re.compile(f"[{chars}]+"))
            for name, chars in (  # kana before Han: a tie between them is Japanese
                ("kana", _KANA),
                ("han", _HAN),
                ("hangul", _HANGUL),
                ("cyrillic", _CYRILLIC),
            )
        )


_P = _Patterns()


@dataclass(frozen=True)
class ForeignRun:
    """A run of Han, kana, Hangul or Cyrillic letters at ``start``:``end`` of a text."""

    start: int
    end: int
    text: str
    script: str  # "han", "kana", "hangul" or "cyrillic"


def main_script(text: str) -> str | None:
    """Return the script ("han", "kana", "hangul" or "cyrillic") most of ``text``'s letters of
    those four are in, or None when it has none of them; Japanese mixes kana and Han, so a tie
    between them is "kana"."""
    counts = [(len(text) - len(chars.sub("", text)), name) for name, chars in _P.each_script]
    best = max(counts, key=lambda c: c[0])
    return best[1] if best[0] else None


def script_of(char: str) -> str:
    """Return "han", "kana", "hangul", "cyrillic" or "other" for one character."""
    for name, chars in (  # kana before Han: a tie between them is Japanese
        ("kana", _KANA),
        ("han", _HAN),
        ("hangul", _HANGUL),
        ("cyrillic", _CYRILLIC),
    ):
        if re.match(f"[{chars}]", char):
            return name
    return "other"


def foreign_runs(text: str) -> list[ForeignRun]:
    """Return the runs of Han, kana, Hangul or Cyrillic letters in ``text``.

    >>> [r.text for r in foreign_runs("Lebanon's 真主党 said")]
    ['真主党']
    """
    return [
        ForeignRun(m.start(), m.end(), m.group(), script_of(m.group()[0]))
        for m in _P.foreign_run.finditer(text)
    ]


def is_mostly_foreign(text: str) -> bool:
    """Return True when most letters of ``text`` are Han, kana, Hangul or Cyrillic.

    Such text is the spoken (source) side of a transcript; the rest is the translation.
    A Han character counts twice: one carries about as much as a short English word.
    """
    if not _P.other_letter.search(text):  # a line of Chinese, say: no need to count
        return has_letter(text)
    # Counted by deleting runs (not a match per character): a 20,000-cue file takes ~30 ms.
    letters = _NOT_LETTERS.sub("", text)
    if not letters:
        return False
    latin = len(_P.foreign_chars.sub("", letters))
    han = len(letters) - len(_P.han_chars.sub("", letters))
    foreign = len(letters) - latin + han  # a Han letter counts twice
    return foreign > latin


def weighted_letters(text: str) -> int:
    """Return how many letters ``text`` has, a Han letter counting as two (as in
    :func:`is_mostly_foreign`)."""
    letters = _NOT_LETTERS.sub("", text)
    return 2 * len(letters) - len(_P.han_chars.sub("", letters))


def has_letter(text: str) -> bool:
    """Return True when ``text`` holds a letter of any script (not only digits, punctuation)."""
    return _LETTER.search(text) is not None


def has_han(text: str) -> bool:
    """Return True when ``text`` holds at least one Han character."""
    return _P.han_char.search(text) is not None
