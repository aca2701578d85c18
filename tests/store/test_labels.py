"""Every undo step the store writes has a label of a known form (reviewer.store.labels), so that
the window can word it in its language; the stored label stays English."""

from __future__ import annotations

import sqlite3

from reviewer.core.models import Status
from reviewer.store import Project
from reviewer.store.glossary import add_term, delete_terms, terms
from reviewer.store.labels import LABELS, parse
from reviewer.text.glossary import Term


def test_every_label_a_session_writes_is_of_a_known_form(project: Project) -> None:
    ids = [s.id for s in project.transcript.segments]
    project.set_translation(ids[0], "Good evening, everyone.")
    project.set_note(ids[0], "check the name")
    project.set_status([ids[1]], Status.APPROVED)
    project.set_status([ids[1]], Status.FLAGGED)
    project.toggle_tag([ids[2]], "SOT")
    project.toggle_tag([ids[2]], "SOT")
    project.set_tags([ids[2]], ["VO"])
    project.add_speaker("Wang Yi")
    project.set_speaker([ids[3]], "Wang Yi")
    project.rename_speaker("Wang Yi", "王毅")
    project.merge_speakers("王毅", "陈嘉怡")
    project.split(ids[0], 1000)
    project.merge_with_next(ids[0])
    project.retime(ids[1], 2600, 6000)
    project.insert(20000, 21000, "新段落", "A new segment")
    project.checkpoint("sent to the desk")
    project.delete([ids[2], ids[3]])
    project.restore_checkpoint("sent to the desk")
    project.undo()
    project.redo()
    add_term(project, Term(["真主党"], "Hezbollah"))
    delete_terms(project, [t.id for t in terms(project) if t.id is not None])
    path = project.path
    project.close()
    with sqlite3.connect(path) as db:
        labels = [row[0] for row in db.execute("SELECT label FROM operations WHERE label != ''")]
    assert len(labels) > 20
    assert [label for label in labels if parse(label) is None] == []
    assert "Undo Restore checkpoint sent to the desk" in labels
    assert parse("Undo Restore checkpoint sent to the desk") == (
        "Undo {label}",
        {"label": "Restore checkpoint sent to the desk"},
    )
    assert len(set(LABELS)) == len(LABELS)
