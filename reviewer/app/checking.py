"""Checking a project with its glossary, and fixing what the glossary knows: what the Problems
panel (F8, Fix all) and ``reviewer check`` share.

>>> problems = open_problems(project)                       # doctest: +SKIP
>>> report_lines(problems, "clip.review")[0]                 # doctest: +SKIP
'clip.review: #12 00:01:03.200 error glossary: ...'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.core import wording
from reviewer.core.lazy import lazy
from reviewer.text.checks import ERROR, Problem, still_open

if TYPE_CHECKING:
    from reviewer.store import Project, glossary
    from reviewer.store.fixing import Plan
else:
    glossary = lazy("reviewer.store.glossary")  # reviewer.core.lazy.COMMANDS


def approved_ids(project: Project) -> set[int]:
    """Return the ids of the project's approved segments (their warnings were judged)."""
    return {s.id or 0 for s in project.transcript.segments if s.status == "approved"}


def all_problems(project: Project, kind: str | None = None) -> list[Problem]:
    """Return every problem of ``project``, in time order, found with its glossary and its
    check profiles (checked as ``kind`` when given, else as the project's own kind)."""
    return glossary.check_project(project, kind)


def open_problems(
    project: Project, kind: str | None = None, *, with_approved: bool = False
) -> list[Problem]:
    """Return the problems an editor still has to read: every error, and the warnings of
    segments not approved yet (all of them with ``with_approved``)."""
    found = all_problems(project, kind)
    return found if with_approved else still_open(found, approved_ids(project))


@dataclass(frozen=True)
class Tally:
    """How many errors and warnings a list of problems holds."""

    errors: int
    warnings: int

    def __str__(self) -> str:
        return f"{wording.count(self.warnings, 'warning')}, {wording.count(self.errors, 'error')}"


def tally(problems: Iterable[Problem]) -> Tally:
    """Return the errors and warnings of ``problems``."""
    listed = list(problems)
    errors = sum(1 for p in listed if p.severity == ERROR)
    return Tally(errors, len(listed) - errors)


def report_lines(problems: Iterable[Problem], path: str = "") -> list[str]:
    """Return the report ``reviewer check`` prints: one line per problem, naming the file."""
    return [p.line(path) for p in problems]


def report_json(problems: Iterable[Problem]) -> list[dict[str, object]]:
    """Return the problems as the JSON list of ``reviewer check --json``."""
    return [p.as_json() for p in problems]


def fix_plan(project: Project, segment_ids: Iterable[int] | None = None) -> Plan:
    """Return the glossary's fixes for the project (or for ``segment_ids``): what Fix all
    previews before it applies them."""
    from reviewer.store.fixing import fix_plan as plan_of

    return plan_of(project, segment_ids)


def fix_all_label(plan: Plan) -> str:
    """Return the undo step's name for applying ``plan``."""
    return f"Fix {len(plan)} segments from the glossary"


def fix_all(project: Project, plan: Plan) -> int | None:
    """Apply ``plan`` (or the part of it the editor kept) as one undoable step; return its
    operation id, None when there was nothing to fix."""
    from reviewer.store.fixing import apply_plan

    return apply_plan(project, plan, fix_all_label(plan))
