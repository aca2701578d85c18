"""The project's glossary table and check profiles, and the checker made from them.

Glossary edits are plain transactions on the ``glossary`` table, not operations on the undo
stack: the glossary is the desk's reference list, not the transcript, and Ctrl+Z must not take
back a term added between two text edits. Check profiles are project meta, set through
:meth:`Project.set_meta` (so they are revisions, and undoable).

>>> add_term(project, Term(["真主党"], "Hezbollah", ["Hizbollah"]))  # doctest: +SKIP
>>> checker_of(project).all(project.transcript)                     # doctest: +SKIP
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.core.errors import EditError
from reviewer.files import refuse_same_file
from reviewer.text.checks import Checker, Problem, ProblemCache
from reviewer.text.glossary import Glossary, GlossaryError, Term, read_csv, write_csv
from reviewer.text.profiles import META_KEY, Profiles

if TYPE_CHECKING:
    from reviewer.store.project import Notice, Project

GLOSSARY_NOTICE = "glossary"  # the label of the "meta" notice sent when the glossary changes
_checkers: weakref.WeakKeyDictionary[Project, ProblemCache] = weakref.WeakKeyDictionary()


_INSERT = (
    "INSERT INTO glossary (source, translation, avoid, note)"
    " VALUES (:source, :translation, :avoid, :note)"
)


def _row(term: Term) -> dict[str, Any]:
    return {
        "source": "|".join(term.sources),
        "translation": "|".join(term.renderings),
        "avoid": "|".join(term.avoid),
        "note": term.note,
    }


def _split(cell: str | None) -> list[str]:
    return [f.strip() for f in (cell or "").split("|") if f.strip()]


def terms(project: Project) -> list[Term]:
    """Return the glossary's terms in the order they were added."""
    found = []
    for row_id, source, translation, avoid, note in project.db.execute(
        "SELECT id, source, translation, avoid, note FROM glossary ORDER BY id"
    ):
        renderings = _split(translation)
        found.append(
            Term(
                _split(source),
                renderings[0] if renderings else "",
                _split(avoid),
                note or "",
                also=renderings[1:],
                id=row_id,
            )
        )
    return found


def glossary_of(project: Project) -> Glossary:
    return Glossary(terms(project))


def _changed(project: Project) -> None:
    _checkers.pop(project, None)
    from reviewer.store.project import Notice

    project._notify([Notice("meta", label=GLOSSARY_NOTICE)])


def _check(term: Term) -> None:
    if not [s for s in term.sources if s.strip()]:
        raise EditError("a glossary term needs a source form")
    if not term.translation.strip():
        raise EditError("a glossary term needs a translation")


def add_term(project: Project, term: Term) -> int:
    """Add ``term`` to the glossary; returns its id."""
    _check(term)
    project._require_writable()
    with project._writing():
        new_id = project.db.execute(_INSERT, _row(term)).lastrowid or 0
    _changed(project)
    return int(new_id)


def update_term(project: Project, term_id: int, term: Term) -> None:
    """Replace the glossary term ``term_id`` with ``term``."""
    _check(term)
    project._require_writable()
    with project._writing():
        project.db.execute(
            "UPDATE glossary SET source = ?, translation = ?, avoid = ?, note = ? WHERE id = ?",
            [*_row(term).values(), term_id],
        )
    _changed(project)


def delete_terms(project: Project, term_ids: Iterable[int]) -> None:
    """Remove the glossary terms ``term_ids``."""
    project._require_writable()
    with project._writing():
        for term_id in term_ids:
            project.db.execute("DELETE FROM glossary WHERE id = ?", [term_id])
    _changed(project)


def import_csv(project: Project, path: str | Path, *, replace: bool = False) -> int:
    """Add the terms of a glossary CSV (a term whose first source form is known replaces it;
    ``replace`` empties the glossary first); returns how many terms were read.

    The file is read whole before anything is written: a bad row changes nothing.
    """
    new_terms = read_csv(path)
    project._require_writable()
    existing = {t.sources[0]: t.id for t in terms(project) if t.sources}
    with project._writing():
        if replace:
            project.db.execute("DELETE FROM glossary")
            existing = {}
        for term in new_terms:
            term_id = existing.get(term.sources[0])
            if term_id is None:
                project.db.execute(_INSERT, _row(term))
            else:
                project.db.execute(
                    "UPDATE glossary SET source = ?, translation = ?, avoid = ?, note = ?"
                    " WHERE id = ?",
                    [*_row(term).values(), term_id],
                )
    _changed(project)
    return len(new_terms)


def export_csv(project: Project, path: str | Path, *, replace: bool = True) -> int:
    """Write the glossary to a CSV file (over an existing one only with ``replace``: the
    command line's --force, the window's save dialog; never over the project itself);
    returns how many terms it holds."""
    refuse_same_file(path, project.path, "the project", error=GlossaryError)
    found = terms(project)
    write_csv(path, found, replace=replace)
    return len(found)


def profiles_of(project: Project) -> Profiles:
    """Return the project's check profiles (defaults until an editor changes them)."""
    return Profiles.from_json(project.meta(META_KEY))


def set_profiles(project: Project, profiles: Profiles) -> int | None:
    """Store ``profiles`` in the project: one undoable operation."""
    return project.set_meta(META_KEY, profiles.to_json())


def checker_of(project: Project) -> ProblemCache:
    """Return the project's problem cache, built on first use and again after the glossary or
    the profiles change."""
    cache = _checkers.get(project)
    if cache is None:
        t = project.transcript
        checker = Checker(
            glossary_of(project),
            profiles_of(project),
            t.source_language or "zh",
            t.target_language or "en",
        )
        cache = ProblemCache(checker)
        _checkers[project] = cache

        def forget(notice: Notice) -> None:
            if notice.kind == "meta":
                _checkers.pop(project, None)
                unsubscribe()

        unsubscribe = project.subscribe(forget)
    return cache


def problems_of_segment(project: Project, segment_id: int) -> list[Problem]:
    """Return the problems of one segment of ``project`` (cached)."""
    row = project.row_of(segment_id)
    segments = project.transcript.segments
    return checker_of(project).of(
        segments[row],
        segments[row - 1] if row > 0 else None,
        segments[row + 1] if row + 1 < len(segments) else None,
    )


def check_project(project: Project) -> list[Problem]:
    """Return every problem of ``project``'s transcript, in time order."""
    return checker_of(project).all(project.transcript)
