"""The project's glossary table and check profiles, and the checker made from them.

Glossary edits are transactions on the ``glossary`` table, not operations on the undo stack:
the glossary is the desk's reference list, not the transcript, and Ctrl+Z must not take back a
term added between two text edits. Each is still kept in the revision log, in the same
transaction, as an operation of kind "glossary" (which the undo log passes over) with a
revision per term (entity "glossary", field "term", the term as text before and after): the
history says who changed the glossary, when, and how. Check profiles are project meta, set through
:meth:`Project.set_meta` (so they are revisions, and undoable).

>>> add_term(project, Term(["真主党"], "Hezbollah", ["Hizbollah"]))  # doctest: +SKIP
>>> checker_of(project).all(project.transcript)                     # doctest: +SKIP
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.core.clock import now_iso
from reviewer.core.errors import EditError, say
from reviewer.core.speech import SpeechMap
from reviewer.files import refuse_same_file
from reviewer.store import schema
from reviewer.store.notices import Notice, NoticeKind
from reviewer.text.checks import (
    KIND_META_KEY,
    KINDS,
    TRANSCRIPT,
    Problem,
    ProblemCache,
    checker_for,
    kind_of_format,
)
from reviewer.text.glossary import (
    Glossary,
    GlossaryError,
    Term,
    prepare_terms,
    read_csv,
    write_csv,
)
from reviewer.text.profiles import META_KEY, Profiles

if TYPE_CHECKING:
    from reviewer.store.project import Project

_checkers: weakref.WeakKeyDictionary[Project, ProblemCache] = weakref.WeakKeyDictionary()
# Where each open project's clip has speech, once its sound is analysed (reviewer.audio).
_speech: weakref.WeakKeyDictionary[Project, SpeechMap] = weakref.WeakKeyDictionary()
# The glossary with its indexes outlives a checker: a new title, kind or profile makes a new
# checker, but only a glossary edit makes a new glossary (100,000 terms take seconds to index).
_glossaries: weakref.WeakKeyDictionary[Project, Glossary] = weakref.WeakKeyDictionary()
_loading: weakref.WeakSet[Project] = weakref.WeakSet()  # built off the GUI thread meanwhile


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
    if not cell:
        return []
    if "|" not in cell:  # most cells: one form (100,000 terms are read at start)
        form = cell.strip()
        return [form] if form else []
    return [f.strip() for f in cell.split("|") if f.strip()]


def terms(project: Project, *, offset: int = 0, limit: int = -1) -> list[Term]:
    """Return the glossary's terms in the order they were added (``limit`` of them from the
    ``offset``-th: the glossary panel reads a large glossary as it is scrolled)."""
    return _read_terms(project.db, offset, limit)


def _read_terms(db: sqlite3.Connection, offset: int = 0, limit: int = -1) -> list[Term]:
    found = []
    for row_id, source, translation, avoid, note in db.execute(
        "SELECT id, source, translation, avoid, note FROM glossary ORDER BY id LIMIT ? OFFSET ?",
        [limit, offset],
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


def term_count(project: Project) -> int:
    """Return how many terms the glossary holds."""
    return int(project.db.execute("SELECT count(*) FROM glossary").fetchone()[0])


def glossary_loading(project: Project) -> bool:
    """True while the glossary is being built off the GUI thread (the checks run without)."""
    return project in _loading


def glossary_of(project: Project) -> Glossary:
    """Return the project's glossary (read once, kept until a term changes); an empty one
    while :func:`glossary_loader`'s build is under way."""
    glossary = _glossaries.get(project)
    if glossary is None:
        if project in _loading:
            return Glossary()
        glossary = _glossaries[project] = Glossary(terms(project))
    return glossary


def glossary_loader(project: Project) -> Callable[[], Glossary] | None:
    """Return a function that reads the glossary (through a read-only connection of its own)
    and builds it with all its indexes, to run on another thread: a 100,000-term glossary takes
    seconds. Until :func:`install_glossary` the checks run without it. None when it is built
    already."""
    if project in _glossaries:
        return None
    path = project.path
    _loading.add(project)
    _checkers.pop(project, None)

    def build() -> Glossary:
        db = schema.connect(path, read_only=True)
        try:
            found = _read_terms(db)
        finally:
            db.close()
        prepare_terms(found, own_converter=True)  # OpenCC's shared converter stays on its thread
        glossary = Glossary(found)
        glossary.build_indexes()
        return glossary

    return build


def install_glossary(project: Project, glossary: Glossary) -> bool:
    """Make ``glossary`` (from :func:`glossary_loader`) the project's and tell its readers;
    False (and nothing done) when a term changed meanwhile or the project was closed."""
    if project not in _loading:
        return False
    _loading.discard(project)
    _glossaries[project] = glossary
    _changed(project, keep_glossary=True)
    return True


def _changed(project: Project, *, keep_glossary: bool = False) -> None:
    _checkers.pop(project, None)
    if not keep_glossary:
        _glossaries.pop(project, None)
        _loading.discard(project)  # a build under way would miss this change
    project.file.notify([Notice(NoticeKind.GLOSSARY, label="glossary")])


def _check(term: Term) -> None:
    if not [s for s in term.sources if s.strip()]:
        raise EditError(say("a glossary term needs a source form"))
    if not term.translation.strip():
        raise EditError(say("a glossary term needs a translation"))


def term_text(term: Term | None) -> str | None:
    """Return a term as the history shows it: "真主党 = Hezbollah (not Hizbollah; note)"."""
    if term is None:
        return None
    rest = [f"not {', '.join(term.avoid)}"] if term.avoid else []
    if term.note:
        rest.append(term.note)
    renderings = " / ".join([term.translation, *term.also])
    tail = f" ({'; '.join(rest)})" if rest else ""
    return f"{' / '.join(term.sources)} = {renderings}{tail}"


def _record(
    project: Project, label: str, changes: list[tuple[int, str | None, str | None]]
) -> None:
    """Write the revisions of a glossary edit (the caller holds the transaction): one
    operation of kind "glossary", a revision per (term id, before, after) that changed."""
    changes = [c for c in changes if c[1] != c[2]]
    if not changes:
        return
    when = now_iso()
    op_id = project.db.execute(
        "INSERT INTO operations (label, kind, target, author, time)"
        " VALUES (?, 'glossary', NULL, ?, ?)",
        [label, project.author, when],
    ).lastrowid
    project.db.executemany(
        "INSERT INTO revisions (op_id, entity, entity_id, field, old, new, author, time)"
        " VALUES (?, 'glossary', ?, 'term', ?, ?, ?, ?)",
        [(op_id, term_id, old, new, project.author, when) for term_id, old, new in changes],
    )


def _term(project: Project, term_id: int) -> Term | None:
    return next((t for t in terms(project) if t.id == term_id), None)


def add_term(project: Project, term: Term) -> int:
    """Add ``term`` to the glossary; returns its id."""
    _check(term)
    project.require_writable()
    with project.file.writing():
        new_id = int(project.db.execute(_INSERT, _row(term)).lastrowid or 0)
        _record(project, f"Glossary: add {term.sources[0]}", [(new_id, None, term_text(term))])
    _changed(project)
    return new_id


def update_term(project: Project, term_id: int, term: Term) -> None:
    """Replace the glossary term ``term_id`` with ``term``."""
    _check(term)
    project.require_writable()
    before = term_text(_term(project, term_id))
    with project.file.writing():
        project.db.execute(
            "UPDATE glossary SET source = ?, translation = ?, avoid = ?, note = ? WHERE id = ?",
            [*_row(term).values(), term_id],
        )
        label = f"Glossary: edit {term.sources[0]}"
        _record(project, label, [(term_id, before, term_text(term))])
    _changed(project)


def delete_terms(project: Project, term_ids: Iterable[int]) -> None:
    """Remove the glossary terms ``term_ids``."""
    project.require_writable()
    known = {t.id: t for t in terms(project)}
    ids = [i for i in term_ids if i in known]
    with project.file.writing():
        for term_id in ids:
            project.db.execute("DELETE FROM glossary WHERE id = ?", [term_id])
        label = "Glossary: delete " + (
            known[ids[0]].sources[0] if len(ids) == 1 else f"{len(ids)} terms"
        )
        _record(project, label, [(i, term_text(known[i]), None) for i in ids])
    _changed(project)


def import_csv(project: Project, path: str | Path, *, replace: bool = False) -> int:
    """Add the terms of a glossary CSV (a term whose first source form is known replaces it;
    ``replace`` empties the glossary first); returns how many terms were read.

    The file is read whole before anything is written: a bad row changes nothing.
    """
    new_terms = read_csv(path)
    project.require_writable()
    old_terms = terms(project)
    existing = {t.sources[0]: t for t in old_terms if t.sources}
    revisions: list[tuple[int, str | None, str | None]] = []
    with project.file.writing():
        if replace:
            project.db.execute("DELETE FROM glossary")
            revisions += [(t.id, term_text(t), None) for t in old_terms if t.id is not None]
            existing = {}
        for term in new_terms:
            old = existing.get(term.sources[0])
            if old is None or old.id is None:
                new_id = int(project.db.execute(_INSERT, _row(term)).lastrowid or 0)
                revisions.append((new_id, None, term_text(term)))
            else:
                project.db.execute(
                    "UPDATE glossary SET source = ?, translation = ?, avoid = ?, note = ?"
                    " WHERE id = ?",
                    [*_row(term).values(), old.id],
                )
                revisions.append((old.id, term_text(old), term_text(term)))
        _record(project, f"Glossary: import {Path(path).name}", revisions)
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


def kind_of(project: Project) -> str:
    """Return what the project is for, "transcript" or "subtitles": as stored, or for a
    project made before kinds were stored, told from the file it was imported from."""
    kind = project.transcript.kind
    if kind in KINDS:
        return kind
    row = project.db.execute(
        "SELECT label FROM operations WHERE kind = 'import' ORDER BY id LIMIT 1"
    ).fetchone()
    label = str(row[0]) if row and row[0] else ""
    if "." in label:
        return kind_of_format(label.rsplit(".", 1)[1].strip().lower())
    return TRANSCRIPT


def set_kind(project: Project, kind: str) -> int | None:
    """Make the project a transcript or subtitles: one undoable operation (None: no change)."""
    if kind not in KINDS:
        raise EditError(f"a project is a transcript or subtitles, not {kind!r}")
    if project.transcript.kind == kind:
        return None
    return project.set_meta(KIND_META_KEY, kind)


def checker_of(project: Project, kind: str | None = None) -> ProblemCache:
    """Return the project's problem cache, built on first use and again after the glossary,
    the profiles, the kind, the title or the description change. ``kind`` checks the project
    as that kind instead of its own (``reviewer check --kind``), without caching."""
    cache = _checkers.get(project) if kind is None else None
    if cache is None:
        checker = checker_for(
            project.transcript,
            glossary_of(project),
            profiles_of(project),
            kind or kind_of(project),
            _speech.get(project),
            project.media_duration_ms,
        )
        checker.names_check = project not in _loading
        cache = ProblemCache(checker)
        if kind is not None:
            return cache
        _checkers[project] = cache

        def forget(notice: Notice) -> None:
            if notice.kind in (NoticeKind.META, NoticeKind.GLOSSARY, NoticeKind.MEDIA):
                _checkers.pop(project, None)
                unsubscribe()

        # Kept by forget itself; a closed project lets go of its subscribers (ProjectFile.close).
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


def set_speech(project: Project, speech: SpeechMap | None) -> None:
    """Give the checks where ``project``'s clip has speech (None: not known, and the speech
    checks say nothing); the problems are checked again."""
    if speech is None:
        _speech.pop(project, None)
    else:
        _speech[project] = speech
    _checkers.pop(project, None)


def speech_of(project: Project) -> SpeechMap | None:
    return _speech.get(project)


def check_project(project: Project, kind: str | None = None) -> list[Problem]:
    """Return every problem of ``project``'s transcript, in time order (checked as ``kind``
    when given, else as the project's own kind)."""
    return checker_of(project, kind).all(project.transcript)
