"""The words of data in the window's language: checks' names and messages, action texts.

Checks produce data (reviewer.text.checks: a Problem with its Wording); the window words it
here. The action table is data too, translated where it is shown (reviewer.ui.actions).

lupdate sees only literal ``tr("...")`` calls, so the strings kept as data are written out as
such calls in reviewer/ui/catalogue_sources.py by reviewer.ui.catalogue_maker.
"""

from __future__ import annotations

from typing import Any

from reviewer.core.errors import WORD_VALUES, Said
from reviewer.text.checks import Problem, Wording
from reviewer.ui.i18n import QT_TR_NOOP, tr

# Values of a wording that are words of the window themselves ("source: 3 lines").
_WORD_VALUES = ("side",)
SIDES = (QT_TR_NOOP("source"), QT_TR_NOOP("translation"))
SEVERITIES = {"error": QT_TR_NOOP("error"), "warning": QT_TR_NOOP("warning")}
# The short forms the segment list's Problems column shows before a colon ("untranslated: 真主党").
MARKS = (
    QT_TR_NOOP("empty"),
    QT_TR_NOOP("no translation"),
    QT_TR_NOOP("no source"),
    QT_TR_NOOP("no speech"),
    QT_TR_NOOP("untranscribed speech"),
    QT_TR_NOOP("after the end"),
    QT_TR_NOOP("runs past the end"),
)


def wording(words: Wording | Said, word_values: tuple[str, ...] = _WORD_VALUES) -> str:
    """Return ``words`` in the window's language (its template from the catalogue)."""
    values: dict[str, Any] = {}
    for name, value in words.values:
        if isinstance(value, Wording | Said):
            value = wording(value, word_values)
        elif name in word_values and isinstance(value, str):
            value = tr(value)
        values[name] = value
    return tr(words.template).format(**values)


def error(exc: BaseException) -> str:
    """Return an error's message in the window's language: the file (and line) it names, then
    what is wrong, from the catalogue when it was raised with ``say()`` (reviewer.core.errors);
    any other error reads as its English text."""
    said = getattr(exc, "said", None)
    if not isinstance(said, Said):
        return str(exc)
    path, line = getattr(exc, "path", None), getattr(exc, "line", None)
    where = ""
    if path:
        where = (path if line is None else f"{path}:{line}") + ": "
    return where + wording(said, WORD_VALUES)


def message(problem: Problem) -> str:
    """Return the problem's message in the window's language."""
    return wording(problem.wording) if problem.wording is not None else problem.message


def check_name(check: str) -> str:
    """Return the name of a check ("line-length") as the window shows it."""
    return tr(check)


def severity(level: str) -> str:
    return tr(SEVERITIES.get(level, level))


def short(problem: Problem) -> str:
    """Return the problem in a few words (``Problem.short``) in the window's language."""
    mark = problem.short
    head, colon, rest = mark.partition(": ")
    if colon:
        return tr("{check}: {text}").format(check=tr(head), text=rest)
    return tr(mark)


def kind(name: str) -> str:
    """Return a project kind ("subtitles", "transcript") in the window's language."""
    return tr(name)
