"""Glossary changes are revisions: who changed which term, when, from what to what; they stay
off the undo stack (Ctrl+Z takes back transcript edits only)."""

from __future__ import annotations

from pathlib import Path

from reviewer.store import Project
from reviewer.store.glossary import add_term, delete_terms, import_csv, terms, update_term
from reviewer.text.glossary import Term


def _glossary_history(project: Project) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (r.op_label, r.author, r.old, r.new) for r in project.history() if r.entity == "glossary"
    ]


def test_add_edit_delete_are_in_the_history_with_author(project: Project) -> None:
    project.set_translation(3, "Lavrov said the talks went well")
    term_id = add_term(project, Term(["真主党"], "Hezbollah", ["Hizbollah"]))
    update_term(project, term_id, Term(["真主党", "真主黨"], "Hezbollah", ["Hizbollah"], "party"))
    delete_terms(project, [term_id])
    assert _glossary_history(project) == [
        ("Glossary: add 真主党", "tester", None, "真主党 = Hezbollah (not Hizbollah)"),
        (
            "Glossary: edit 真主党",
            "tester",
            "真主党 = Hezbollah (not Hizbollah)",
            "真主党 / 真主黨 = Hezbollah (not Hizbollah; party)",
        ),
        (
            "Glossary: delete 真主党",
            "tester",
            "真主党 / 真主黨 = Hezbollah (not Hizbollah; party)",
            None,
        ),
    ]
    assert all(r.time for r in project.history() if r.entity == "glossary")
    # Undo takes back the text edit, not a glossary change.
    assert project.undo_label == "Edit translation"


def test_the_glossary_history_survives_reopening(project: Project, project_path: Path) -> None:
    add_term(project, Term(["拉夫罗夫"], "Lavrov", ["Lavrof"]))
    project.close()
    with Project.open(project_path, author="second") as reopened:
        assert _glossary_history(reopened) == [
            ("Glossary: add 拉夫罗夫", "tester", None, "拉夫罗夫 = Lavrov (not Lavrof)")
        ]
        assert not reopened.can_undo or reopened.undo_label != "Glossary: add 拉夫罗夫"


def test_an_import_is_one_operation_listing_each_term(project: Project, tmp_path: Path) -> None:
    add_term(project, Term(["王毅"], "Wang Yee"))
    csv_path = tmp_path / "desk.csv"
    csv_path.write_text(
        "source,translation,avoid,note\n王毅,Wang Yi,Wang Yee,\n拉夫罗夫,Lavrov,Lavrof,\n",
        encoding="utf-8",
    )
    assert import_csv(project, csv_path) == 2
    imported = [h for h in _glossary_history(project) if h[0] == "Glossary: import desk.csv"]
    assert [(old, new) for _label, _who, old, new in imported] == [
        ("王毅 = Wang Yee", "王毅 = Wang Yi (not Wang Yee)"),
        (None, "拉夫罗夫 = Lavrov (not Lavrof)"),
    ]
    assert [t.translation for t in terms(project)] == ["Wang Yi", "Lavrov"]


def test_restoring_a_checkpoint_keeps_the_glossary_and_takes_the_transcript_back(
    project: Project,
) -> None:
    first = project.ids[0]
    before = project.segment(first).translation
    project.checkpoint("sent")
    project.set_translation(first, "changed since")
    add_term(project, Term(["新词"], "New word", []))
    assert project.restore_checkpoint("sent") is not None  # raised on the glossary revision
    assert project.segment(first).translation == before
    assert any(t.translation == "New word" for t in terms(project))
    add_term(project, Term(["另一个"], "Another", []))
    project.checkpoint("later")
    add_term(project, Term(["第三"], "Third", []))
    assert project.restore_checkpoint("later") is None  # only the glossary changed: nothing to do


def test_the_changes_report_heads_a_glossary_change_as_the_glossary(
    project: Project, tmp_path: Path
) -> None:
    import docx

    from reviewer.store.change_report import write_docx

    project.checkpoint("sent")
    add_term(project, Term(["新词"], "New word", []))
    out = write_docx(
        project.changes_since("sent"), tmp_path / "changes.docx", title="News", checkpoint="sent"
    )
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.runs and p.runs[0].bold]
    assert any(h.startswith("Glossary") for h in headings), headings
    assert not any(h.startswith("#") for h in headings), headings
