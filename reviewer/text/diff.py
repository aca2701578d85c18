"""Character diffs between two versions of a text, from rapidfuzz's edit operations.

>>> diff("Lavrof said", "Lavrov said")
[('equal', 'Lavro'), ('delete', 'f'), ('insert', 'v'), ('equal', ' said')]
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

Piece = tuple[str, str]  # ("equal" | "delete" | "insert", text)


def diff(old: str, new: str) -> list[Piece]:
    """Return the pieces that turn ``old`` into ``new``: kept, deleted and inserted text.

    A replacement is a deletion followed by an insertion, as a reader of tracked changes
    expects; Indel (insertions and deletions only) gives exactly that.
    """
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
