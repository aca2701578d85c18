"""Character diffs between two versions of a text, from rapidfuzz's edit operations.

>>> diff("Lavrof said", "Lavrov said")
[('equal', 'Lavro'), ('delete', 'f'), ('insert', 'v'), ('equal', ' said')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import Indel

Piece = tuple[str, str]  # ("equal" | "delete" | "insert", text)
# Indel compares every character of one text with every other of the other, past their common
# start and end (bit-parallel, and it keeps the whole matrix): two texts of 60,000 characters
# that differ throughout took 4.5 s and 450 MB, of 150,000 18 s and 2.7 GB. Past this product
# of lengths the common start and end are kept and the middle is one deletion and one insertion.
MAX_CELLS = 400_000_000  # two texts of 20,000 characters: 0.2 s, 60 MB


def diff(old: str, new: str) -> list[Piece]:
    """Return the pieces that turn ``old`` into ``new``: kept, deleted and inserted text.

    A replacement is a deletion followed by an insertion, as a reader of tracked changes
    expects; Indel (insertions and deletions only) gives exactly that.
    """
    if len(old) * len(new) > MAX_CELLS:
        return _coarse(old, new)
    pieces: list[Piece] = []
    for op in Indel.opcodes(old, new):
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag == "equal":
            _add(pieces, "equal", old[i1:i2])
            continue
        if tag in ("delete", "replace"):
            _add(pieces, "delete", old[i1:i2])
        if tag in ("insert", "replace"):
            _add(pieces, "insert", new[j1:j2])
    return _group(pieces)


def _coarse(old: str, new: str) -> list[Piece]:
    """Return the diff of two long texts as their common start, the middle deleted and
    inserted, and their common end (in time linear in the texts)."""
    start = _common_length(old, new, lambda k: old[:k] == new[:k])
    rest = min(len(old), len(new)) - start
    end = _common_length(old[start:], new[start:], lambda k: k == 0 or old[-k:] == new[-k:], rest)
    pieces = [
        ("equal", old[:start]),
        ("delete", old[start : len(old) - end]),
        ("insert", new[start : len(new) - end]),
        ("equal", old[len(old) - end :]),
    ]
    return [(kind, text) for kind, text in pieces if text]


def _common_length(a: str, b: str, same: Callable[[int], bool], most: int | None = None) -> int:
    """Return the largest k <= ``most`` for which ``same(k)`` (a binary search: slices are
    compared in C, so a 50 MB text takes milliseconds)."""
    low, high = 0, min(len(a), len(b)) if most is None else most
    while low < high:
        mid = (low + high + 1) // 2
        if same(mid):
            low = mid
        else:
            high = mid - 1
    return low


def _add(pieces: list[Piece], kind: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1][0] == kind:
        pieces[-1] = (kind, pieces[-1][1] + text)
    else:
        pieces.append((kind, text))


def _group(pieces: list[Piece]) -> list[Piece]:
    """Put the deletions of a run of changes before its insertions (d i d i -> d i)."""
    out: list[Piece] = []
    run: list[Piece] = []
    for piece in [*pieces, ("equal", "")]:
        if piece[0] != "equal":
            run.append(piece)
            continue
        for kind in ("delete", "insert"):
            text = "".join(t for k, t in run if k == kind)
            if text:
                out.append((kind, text))
        run = []
        if piece[1]:
            _add(out, "equal", piece[1])
    return out


def as_text(pieces: list[Piece]) -> str:
    """Return a plain rendering: [-deleted-]{+inserted+} (for logs and the command line)."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return "".join(marks[kind].format(text) for kind, text in pieces)


# A word of an alphabetic script is one token; anything else (a Han character, a space, a
# punctuation mark) is a token of its own.
_TOKEN = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff'’-]+|\s+|.", re.DOTALL)


def word_diff(old: str, new: str) -> list[Piece]:
    """Return the pieces that turn ``old`` into ``new``, changing whole words ("Wang Yee" to
    "Wang Yi" is [-Yee-]{+Yi+}, not Y[-ee-]{+i+}); Chinese changes character by character."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    pieces: list[Piece] = []
    for op in Indel.opcodes(a, b):
        i1, i2, j1, j2 = op.src_start, op.src_end, op.dest_start, op.dest_end
        if op.tag == "equal":
            _add(pieces, "equal", "".join(a[i1:i2]))
            continue
        if op.tag in ("delete", "replace"):
            _add(pieces, "delete", "".join(a[i1:i2]))
        if op.tag in ("insert", "replace"):
            _add(pieces, "insert", "".join(b[j1:j2]))
    return _group(pieces)


def in_context(old: str, new: str, context: int = 20) -> str:
    """Return the change from ``old`` to ``new`` as :func:`as_text` marks it, whole words
    changed, with about ``context`` characters of unchanged text around each change.

    >>> in_context("Chinese Foreign Minister Wang Yee met Russian Foreign Minister Lavrof",
    ...            "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Lavrof")
    '…Minister Wang [-Yee-]{+Yi+} met Russian Foreign…'
    """
    pieces = word_diff(old, new)
    if len(pieces) == 1 and pieces[0][0] == "equal":
        return _clip(pieces[0][1], 2 * context)
    out: list[Piece] = []
    for i, (kind, text) in enumerate(pieces):
        if kind != "equal":
            out.append((kind, text))
        elif i == 0:
            out.append(("equal", text if len(text) <= context else "…" + _tail(text, context)))
        elif i == len(pieces) - 1:
            out.append(("equal", text if len(text) <= context else _head(text, context) + "…"))
        elif len(text) <= 2 * context + 3:
            out.append(("equal", text))
        else:
            out.append(("equal", _head(text, context) + " … " + _tail(text, context)))
    return as_text(out)


def _head(text: str, n: int) -> str:
    """The first ``n`` or so characters of ``text``, cut after a word where there is one."""
    cut = text[: n + 1]
    space = cut.rfind(" ", n // 2)
    return cut[:space] if space > 0 else cut[:n]


def _tail(text: str, n: int) -> str:
    """The last ``n`` or so characters of ``text``, cut before a word where there is one."""
    cut = text[-(n + 1) :]
    space = cut.find(" ", 0, n // 2)
    return cut[space + 1 :] if space >= 0 else cut[-n:]


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
