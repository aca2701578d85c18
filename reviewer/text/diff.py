"""Diffs between two versions of a text as a person reads them, from rapidfuzz's edit operations.

Word by word, as Word's own compare shows them: a rewritten phrase is one deletion and one
insertion (the spaces between changed words go with them), never letters picked out of words
("realchizeve thea"), and a name respelt is the old name struck and the new one inserted
("Lavrof" to "Lavrov"). Only inside a long word changed by a letter or two in one place
("internationalisation" to "internationalization") is the change shown by character, which
reads better there than twenty letters struck and twenty inserted. Each Han, kana or Hangul
character counts as a word, as Word counts them.

>>> diff("Lavrof said", "Lavrov said")
[('delete', 'Lavrof'), ('insert', 'Lavrov'), ('equal', ' said')]
>>> diff("we realize the plan", "we achieve a plan")
[('equal', 'we '), ('delete', 'realize the'), ('insert', 'achieve a'), ('equal', ' plan')]
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


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
# A token: one CJK character, a run of white space, a word (letters and digits, with an
# apostrophe or a hyphen inside: "Lebanon's", "Jean-Luc"), or any other single character.
_LETTERS = rf"(?:(?![{_CJK}])[^\W_])+"
_TOKEN = re.compile(rf"[{_CJK}]|\s+|{_LETTERS}(?:['’-]{_LETTERS})*|.", re.DOTALL)
# A word of at least LONG_WORD letters changed by at most FEW letters in one place is shown by
# character; any other changed word whole.
LONG_WORD = 8
FEW = 2
MAX_WORD = 100  # longer "words" (URLs, base64) are shown whole


def diff(old: str, new: str) -> list[Piece]:
    """Return the pieces that turn ``old`` into ``new``: kept, deleted and inserted text, word by
    word (see the module's docstring).

    A replacement is a deletion followed by an insertion, as a reader of tracked changes
    expects; Indel (insertions and deletions only) gives exactly that.
    """
    # Bounded by characters, not tokens: one long token (a URL, text without spaces) is one
    # word to the word diff but every character of it to _alike's character diff.
    if len(old) * len(new) > MAX_CELLS:
        return _coarse(old, new)
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    pieces: list[Piece] = []
    runs: list[tuple[str, list[str], list[str]]] = []  # equal / change, old tokens, new tokens
    for op in Indel.opcodes(a, b):
        kind = "equal" if op.tag == "equal" else "change"
        gone, came = a[op.src_start : op.src_end], b[op.dest_start : op.dest_end]
        if runs and runs[-1][0] == kind == "change":
            runs[-1][1].extend(gone)
            runs[-1][2].extend(came)
        else:
            runs.append((kind, gone, came))
    for kind, gone, came in _join_changes(runs):
        if kind == "equal":
            _add(pieces, "equal", "".join(gone))
        elif len(gone) == len(came) and all(
            g == c or _alike(g, c) for g, c in zip(gone, came, strict=True)
        ):
            # Each long word changed by a letter or two ("organisation's internationalisation").
            for g, c in zip(gone, came, strict=True):
                for piece in _characters(g, c):
                    _add(pieces, *piece)
        else:
            _add(pieces, "delete", "".join(gone))
            _add(pieces, "insert", "".join(came))
    return _group(pieces)


def _join_changes(
    runs: list[tuple[str, list[str], list[str]]],
) -> list[tuple[str, list[str], list[str]]]:
    """Return ``runs`` with a kept stretch of only white space or punctuation between two
    changes taken into them (deleted and inserted again), so a rewritten phrase is one change."""
    out: list[tuple[str, list[str], list[str]]] = []
    for i, run in enumerate(runs):
        between = 0 < i < len(runs) - 1 and out and out[-1][0] == "change"
        if run[0] == "equal" and between and all(not _is_word(t) for t in run[1]):
            out[-1][1].extend(run[1])
            out[-1][2].extend(run[1])
            continue
        if run[0] == "change" and out and out[-1][0] == "change":
            out[-1][1].extend(run[1])
            out[-1][2].extend(run[2])
            continue
        out.append((run[0], list(run[1]), list(run[2])))
    return out


def _is_word(token: str) -> bool:
    return bool(token) and (token[0].isalnum() or "\u3040" <= token[0] <= "\ud7af")


def _alike(old: str, new: str) -> bool:
    """Return whether one word changed into another reads better by character: both long,
    and a letter or two changed in one place."""
    if not (_is_word(old) and _is_word(new)) or min(len(old), len(new)) < LONG_WORD:
        return False
    if abs(len(old) - len(new)) > 2 * FEW or len(old) > MAX_WORD:
        return False  # more than a letter or two, or no word a reader compares letter by letter
    changes = [op for op in Indel.opcodes(old, new) if op.tag != "equal"]
    changed = sum(op.src_end - op.src_start + op.dest_end - op.dest_start for op in changes)
    one_place = len(changes) == 1 or (
        len(changes) == 2 and changes[0].src_end == changes[1].src_start
    )
    return one_place and changed <= 2 * FEW


def _characters(old: str, new: str) -> list[Piece]:
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
    return pieces


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


def word_diff(old: str, new: str) -> list[Piece]:
    """Return :func:`diff` of ``old`` and ``new``: whole words changed ("Wang Yee" to "Wang Yi" is
    [-Yee-]{+Yi+}, not Y[-ee-]{+i+}); Chinese character by character."""
    return diff(old, new)


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
