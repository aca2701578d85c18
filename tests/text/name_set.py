"""The labelled set of names (tests/fixtures/names/) and how the checks score on it: shared by
tests/text/test_name_set.py (the targets as assertions) and bench/names.py (the figures)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.models import Segment, Transcript
from reviewer.text.checks import TRANSCRIPT, Problem, check_transcript
from reviewer.text.glossary import Glossary, read_csv

NAMES = Path(__file__).resolve().parent.parent / "fixtures" / "names"


@dataclass(frozen=True)
class Positive:
    wrong: str
    right: str
    source: str
    translation: str


def glossary() -> Glossary:
    return Glossary(read_csv(NAMES / "glossary.csv"))


def positives(name: str = "positives.tsv") -> list[Positive]:
    lines = [
        line
        for line in (NAMES / name).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    rows = list(csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Positive(*row) for row in rows]


def negatives() -> list[str]:
    text = (NAMES / "negatives.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def transcript_of(texts: list[str], sources: list[str] | None = None) -> Transcript:
    segments = [
        Segment(i * 5000, i * 5000 + 4000, (sources or [""] * len(texts))[i], text, id=i + 1)
        for i, text in enumerate(texts)
    ]
    return Transcript(segments=segments, source_language="zh", target_language="en")


@dataclass(frozen=True)
class Score:
    found: int  # positives whose misspelling was flagged with the glossary form as the fix
    positives: int
    false_alarms: int  # name flags anywhere else (on correct text or on the wrong words)
    missed: tuple[str, ...]
    wrong: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.found / self.positives if self.positives else 1.0

    @property
    def precision(self) -> float:
        flagged = self.found + self.false_alarms
        return self.found / flagged if flagged else 1.0


def name_check(
    g: Glossary | None = None,
    check: Callable[[Transcript, Glossary], list[Problem]] | None = None,
    positive_file: str = "positives.tsv",
) -> Score:
    """Score the glossary name check: each positive as a one-segment page copy (its source where
    the set gives one), the negatives as one transcript."""
    g = g or glossary()
    run = check or (lambda t, gl: check_transcript(t, gl, kind=TRANSCRIPT))
    found, false_alarms = 0, 0
    missed: list[str] = []
    wrong: list[str] = []
    cases = positives(positive_file)
    for p in cases:
        problems = [
            x
            for x in run(transcript_of([p.translation], [p.source]), g)
            if x.check == "glossary" and x.span is not None
        ]
        hits = [
            x
            for x in problems
            if x.span and p.translation[x.span[0] : x.span[1]] == p.wrong and x.fix == p.right
        ]
        if hits:
            found += 1
        else:
            missed.append(f"{p.wrong} -> {p.right}")
        others = [x for x in problems if x not in hits]
        false_alarms += len(others)
        wrong += [f"{x.message} in: {p.translation}" for x in others]
    for x in run(transcript_of(negatives()), g):
        if x.check == "glossary":
            false_alarms += 1
            wrong.append(x.message)
    return Score(found, len(cases), false_alarms, tuple(missed), tuple(wrong))


def false_alarms_on_news(g: Glossary | None = None, kind: str = TRANSCRIPT) -> list[Problem]:
    """Return every problem the whole check set finds in the correctly spelt news text."""
    return check_transcript(transcript_of(negatives()), g or glossary(), kind=kind)


DEMO = NAMES.parent.parent.parent / "resources" / "demo"
# The demo's planted errors (resources/demo/README.md): segment, check, the words at fault.
DEMO_PLANTED = {
    (2, "glossary", "Wang Yee"),
    (2, "glossary", "Lavrof"),
    (3, "untranslated", "真主党"),
    (4, "untranslated", "对话"),
    (2, "duration", ""),  # 7.6 s on screen
    (2, "line-length", ""),  # 86 characters on one line
}


def demo_findings(
    folder: Path,
) -> tuple[set[tuple[int, str, str]], set[tuple[int, str, str]], set[tuple[int, str, str]]]:
    """Return (what the checks find, what was planted, what else they find) on the demo clip,
    made into a project as the window makes it (both SRT files, the glossary)."""
    from reviewer.app.importing import import_transcript
    from reviewer.store import Project
    from reviewer.store.glossary import check_project, import_csv

    transcript, _ = import_transcript(DEMO / "demo.zh.srt", DEMO / "demo.en.srt")
    with Project.create(folder / "demo.review", transcript) as project:
        import_csv(project, DEMO / "glossary.csv")
        found = set()
        for p in check_project(project):
            text = project.segment(p.segment_id).translation
            found.add((p.segment_id, p.check, text[p.span[0] : p.span[1]] if p.span else ""))
    return found, DEMO_PLANTED, found - DEMO_PLANTED
