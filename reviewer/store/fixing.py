"""Edits made of many changes, each ONE undoable operation: glossary fixes, replace all and
Chinese script conversion.

Each comes in two steps, so the window can show a preview: ``*_plan`` returns the changes as
(segment id, field, old text, new text), ``apply_plan`` commits them with a label.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reviewer.store.glossary import problems_of_segment
from reviewer.text.checks import apply_fixes
from reviewer.text.chinese import CONFIGS, convert, opencc_version
from reviewer.text.search import Finder, Query

if TYPE_CHECKING:
    from reviewer.store.project import Project

Plan = list[tuple[int, str, str, str]]  # (segment id, field, old, new)


def fix_plan(project: Project, segment_ids: Iterable[int] | None = None) -> Plan:
    """Return the glossary and untranslated-text fixes of the segments (default: all)."""
    ids = project.ids if segment_ids is None else list(segment_ids)
    plan: Plan = []
    for segment_id in ids:
        segment = project.segment(segment_id)
        fixable = [p for p in problems_of_segment(project, segment_id) if p.fix is not None]
        if fixable:
            new = apply_fixes(segment.translation, fixable)
            if new != segment.translation:
                plan.append((segment_id, "translation", segment.translation, new))
    return plan


def replace_plan(
    project: Project, query: Query, replacement: str, finder: Finder | None = None
) -> Plan:
    """Return the texts that replacing ``query`` by ``replacement`` would change."""
    return (finder or Finder()).replacements(project.transcript.segments, query, replacement)


def convert_plan(project: Project, config: str, segment_ids: Sequence[int] | None = None) -> Plan:
    """Return the source texts that converting with the OpenCC ``config`` would change."""
    if config.removesuffix(".json") not in CONFIGS:
        raise ValueError(f"unknown OpenCC configuration {config!r}")
    ids = project.ids if segment_ids is None else list(segment_ids)
    plan: Plan = []
    for segment_id in ids:
        source = project.segment(segment_id).source
        new = convert(source, config)
        if new != source:
            plan.append((segment_id, "source", source, new))
    return plan


def convert_label(config: str) -> str:
    """Return the revision label of a script conversion: the config and OpenCC's version."""
    name = config.removesuffix(".json")
    return f"Convert script {name} ({CONFIGS.get(name, name)}; OpenCC {opencc_version()})"


def apply_plan(project: Project, plan: Plan, label: str) -> int | None:
    """Commit ``plan`` as one operation labelled ``label``; returns its id (None: no change).

    A text that changed since the plan was made keeps its new value (the plan is stale for it).
    """
    edits = [
        (segment_id, field, new)
        for segment_id, field, old, new in plan
        if getattr(project.segment(segment_id), field) == old
    ]
    return project.edit(edits, label) if edits else None
