"""The names of undo steps and history entries, as data the window can word in its language.

A step's label is stored in the project as English text ("Edit translation", "Import clip.srt",
"Undo Merge"): the command line and every project ever written read it so. ``LABELS`` lists the
forms the store and the window write (reviewer.store.operations, checkpoint_ops, glossary,
fixing, reviewer.app.opening and checking, the editor and find/replace); ``parse`` finds which
one a stored label is and its values, so that the window can show "撤销 编辑译文" and keep the
file name or speaker as it is (reviewer.ui.translated.label). A label of no known form is shown
as it is.
"""

from __future__ import annotations

import re
from functools import cache

# Every label form; a value is kept as it is, except {label} (a step's own label, worded in
# turn) and {conversion} (OpenCC's conversions, words the window's catalogue has).
LABELS: tuple[str, ...] = (
    "Undo {label}",
    "Redo {label}",
    "Edit source",
    "Edit translation",
    "Edit note",
    "Edit note and source",
    "Edit note and translation",
    "Edit source and translation",
    "Edit note and source and translation",
    "Clear speaker",
    "Set tags",
    "Retime",
    "Split",
    "Merge",
    "Insert segment",
    "Delete",
    "Delete {count}",
    "Mark unreviewed",
    "Mark edited",
    "Mark approved",
    "Mark flagged",
    "Speaker {name}",
    "Add speaker {name}",
    "Rename {name}",
    "Recolour {name}",
    "Role of {name}",
    "Key of {name}",
    "Merge {name} into {into}",
    "Remove speaker {name}",
    "Remove tag {tag}",
    "Tag {tag}",
    "Set {key}",
    "Import",
    "Import {file}",
    "Add {file}",
    "Restore checkpoint {name}",
    "Revert #{segment} to revision {revision}",
    "Convert script {name} ({conversion}; OpenCC {version})",
    "Fix {count} segments from the glossary",
    "Fix #{segment} from the glossary",
    "Replace “{text}” with “{replacement}”",
    "Glossary: add {term}",
    "Glossary: edit {term}",
    "Glossary: delete {count} terms",
    "Glossary: delete {term}",
    "Glossary: import {file}",
)
# Values that are numbers: "Delete 3" is a count, "Delete" alone the one-segment form.
_NUMBERS = ("count", "segment", "revision")
_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for template in LABELS:
        parts, at = [], 0
        for match in _FIELD.finditer(template):
            parts.append(re.escape(template[at : match.start()]))
            name = match[1]
            parts.append(rf"(?P<{name}>\d+)" if name in _NUMBERS else rf"(?P<{name}>.+?)")
            at = match.end()
        parts.append(re.escape(template[at:]))
        found.append((template, re.compile("".join(parts) + r"\Z", re.S)))
    return found


def parse(label: str) -> tuple[str, dict[str, str]] | None:
    """Return the form of a stored label and its values, or None when it is of no known form.

    >>> parse("Import clip.srt")
    ('Import {file}', {'file': 'clip.srt'})
    >>> parse("Undo Merge")
    ('Undo {label}', {'label': 'Merge'})
    """
    for template, pattern in _patterns():
        match = pattern.match(label)
        if match:
            return template, match.groupdict()
    return None
