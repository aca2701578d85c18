"""Glossary table, check profiles, and the many-segment edits (fix all, replace all, script
conversion): each one operation, undone and redone, in the revisions, kept after reopening."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reviewer.core.errors import EditError
from reviewer.store import Project
from reviewer.store.fixing import apply_plan, convert_label, convert_plan, fix_plan, replace_plan
from reviewer.store.glossary import (
    add_term,
    check_project,
    delete_terms,
    export_csv,
    import_csv,
    profiles_of,
    set_profiles,
    terms,
    update_term,
)
from reviewer.text.glossary import GlossaryError, Term
from reviewer.text.profiles import LanguageProfile
from reviewer.text.search import Query

GLOSSARY_CSV = (
    "source,translation,avoid,note\n"
    "王毅,Wang Yi,Wang Yee,\n"
    "拉夫罗夫|拉夫羅夫,Lavrov,Lavrof,\n"
    "真主党|真主黨,Hezbollah,Hizbollah,\n"
)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.csv"
    path.write_text(GLOSSARY_CSV, encoding="utf-8")
    return path


def test_terms_added_changed_removed_and_kept(project: Project, project_path: Path) -> None:
    term_id = add_term(project, Term(["北京"], "Beijing", ["Peking"], "capital"))
    update_term(project, term_id, Term(["北京"], "Beijing", ["Peking", "Pekin"], "capital"))
    other = add_term(project, Term(["上海"], "Shanghai"))
    delete_terms(project, [other])
    project.close()
    with Project.open(project_path) as again:
        [term] = terms(again)
        assert (term.sources, term.translation, term.avoid, term.note) == (
            ["北京"],
            "Beijing",
            ["Peking", "Pekin"],
            "capital",
        )
    with pytest.raises(EditError):
        add_term(again, Term([], "x"))


def test_import_export_round_trip_and_a_bad_file_changes_nothing(
    project: Project, csv_file: Path, tmp_path: Path
) -> None:
    assert import_csv(project, csv_file) == 3
    assert import_csv(project, csv_file) == 3  # the same terms again replace, not duplicate
    assert len(terms(project)) == 3
    out = tmp_path / "out.csv"
    assert export_csv(project, out) == 3
    assert out.read_text(encoding="utf-8").replace("\r\n", "\n") == GLOSSARY_CSV
    bad = tmp_path / "bad.csv"
    bad.write_text("source,translation,avoid,note\n北京,Beijing,,\n上海,,,\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"bad.csv:3: no translation"):
        import_csv(project, bad)
    assert len(terms(project)) == 3


def test_the_checks_use_the_project_glossary(project: Project, csv_file: Path) -> None:
    before = {p.message for p in check_project(project)}
    assert "“真主党” left untranslated" in before
    import_csv(project, csv_file)
    after = {p.message for p in check_project(project)}
    assert "“真主党” left untranslated: “Hezbollah”" in after
    assert "“Lavrof” should be “Lavrov” (glossary: 拉夫罗夫)" in after
    assert "“Wang Yee” should be “Wang Yi” (glossary: 王毅)" in after


def test_profiles_are_project_meta_and_undoable(project: Project, project_path: Path) -> None:
    strict = profiles_of(project).with_language("en", LanguageProfile(10, 20.0, 2))
    set_profiles(project, strict)
    assert any(p.check == "line-length" for p in check_project(project, "subtitles"))
    assert not any(p.check == "line-length" for p in check_project(project))  # a transcript
    project.undo()
    assert profiles_of(project).for_language("en").max_line_chars == 42
    project.redo()
    project.close()
    with Project.open(project_path) as again:
        assert profiles_of(again) == strict


def test_fix_all_is_one_operation(
    project: Project, project_path: Path, csv_file: Path, snapshot: Any
) -> None:
    import_csv(project, csv_file)
    before = snapshot(project)
    plan = fix_plan(project)
    assert [(i, new) for i, _f, _o, new in plan] == [
        (2, "Lebanon's Hezbollah said"),
        (3, "Lavrov said the talks went well"),
        (4, "Foreign Minister Wang Yi met"),
    ]
    op = apply_plan(project, plan, "Fix all glossary problems")
    after = snapshot(project)
    assert [c.entity_id for c in project.revisions_of(op) if c.field == "translation"] == [2, 3, 4]
    assert project.undo() == "Fix all glossary problems"
    assert snapshot(project) == before
    project.redo()
    assert snapshot(project) == after
    assert [r.op_label for r in project.history(3)][-1] == "Redo Fix all glossary problems"
    project.close()
    with Project.open(project_path) as again:
        assert snapshot(again) == after
        assert fix_plan(again) == []


def test_fix_one_segment(project: Project, csv_file: Path) -> None:
    import_csv(project, csv_file)
    apply_plan(project, fix_plan(project, [3]), "Fix #3")
    assert project.segment(3).translation == "Lavrov said the talks went well"
    assert project.segment(4).translation == "Foreign Minister Wang Yee met"


def test_replace_all_is_one_operation(project: Project, project_path: Path, snapshot: Any) -> None:
    before = snapshot(project)
    plan = replace_plan(project, Query("said", mode="word", fields=("translation",)), "stated")
    assert [i for i, *_ in plan] == [2, 3]
    op = apply_plan(project, plan, "Replace “said” with “stated”")
    assert (
        op is not None
        and len([c for c in project.revisions_of(op) if c.field == "translation"]) == 2
    )
    after = snapshot(project)
    project.undo()
    assert snapshot(project) == before
    project.redo()
    assert snapshot(project) == after
    project.close()
    with Project.open(project_path) as again:
        assert snapshot(again) == after
        assert again.segment(3).translation == "Lavrof stated the talks went well"


def test_script_conversion_records_config_and_version(
    project: Project, project_path: Path, snapshot: Any
) -> None:
    before = snapshot(project)
    plan = convert_plan(project, "s2hk")
    assert [(i, new) for i, _f, _o, new in plan] == [
        (2, "黎巴嫩真主黨表示"),
        (3, "拉夫羅夫説"),  # Hong Kong standard: 説, not 說
        (4, "王毅外長會見"),
    ]
    label = convert_label("s2hk")
    assert "s2hk" in label and "OpenCC" in label
    apply_plan(project, plan, label)
    converted = snapshot(project)
    assert project.segment(2).source == "黎巴嫩真主黨表示"
    assert project.history(2)[-1].op_label == label
    project.undo()
    assert snapshot(project) == before
    project.redo()
    assert snapshot(project) == converted
    project.close()
    with Project.open(project_path) as again:
        assert snapshot(again) == converted
        assert again.history(2)[-1].op_label == f"Redo {label}"
    with pytest.raises(ValueError):
        convert_plan(again, "x2y")


def test_a_stale_plan_leaves_a_changed_text_alone(project: Project) -> None:
    plan = replace_plan(project, Query("Lavrof"), "Lavrov")
    project.set_translation(3, "Lavrof said nothing")
    assert apply_plan(project, plan, "Replace") is None
    assert project.segment(3).translation == "Lavrof said nothing"
