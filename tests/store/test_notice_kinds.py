"""Each change to a project tells its readers what changed, by a NoticeKind: each kind is sent
by the operation that should send it (and no other kind stands in for it), and a reopened
project tells its new readers as the first did."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import sample_transcript

from reviewer.store import Notice, NoticeKind, Project
from reviewer.store.glossary import (
    add_term,
    check_project,
    checker_of,
    delete_terms,
    glossary_loader,
    install_glossary,
    set_kind,
    terms,
)
from reviewer.text.glossary import Term


class Heard:
    """The notices a project sends, kept in order."""

    def __init__(self, project: Project) -> None:
        self.notices: list[Notice] = []
        self.unsubscribe = project.subscribe(self.notices.append)

    def kinds(self) -> list[NoticeKind]:
        kinds = [n.kind for n in self.notices]
        self.notices.clear()
        return kinds

    def take(self) -> list[Notice]:
        taken = list(self.notices)
        self.notices.clear()
        return taken


def test_the_kinds_are_the_strings_they_always_were() -> None:
    assert [k.value for k in NoticeKind] == [
        "segments",
        "inserted",
        "removed",
        "reset",
        "speakers",
        "meta",
        "glossary",
        "media",
        "saving",
    ]
    assert NoticeKind("segments") is NoticeKind.SEGMENTS
    assert f"{NoticeKind.GLOSSARY}" == "glossary"


def test_an_edit_in_place_sends_segments_with_its_rows_ids_and_fields(project: Project) -> None:
    heard = Heard(project)
    project.set_translation(project.ids[1], "Lebanon's Hezbollah said")
    (notice,) = heard.take()
    assert notice.kind is NoticeKind.SEGMENTS
    assert (notice.first, notice.last, notice.ids) == (1, 1, frozenset({project.ids[1]}))
    assert notice.fields == {"translation", "status"}  # unreviewed becomes edited
    assert notice.label == "Edit translation"


def test_structure_changes_send_inserted_removed_and_reset(project: Project) -> None:
    heard = Heard(project)
    new = project.insert(12000, 13000, "新", "New")
    inserted = next(n for n in heard.take() if n.kind is not NoticeKind.SEGMENTS)
    assert inserted.kind is NoticeKind.INSERTED and inserted.first == 4 and new in inserted.ids
    project.delete([project.ids[0]])
    assert NoticeKind.REMOVED in heard.kinds()
    first, last = project.ids[0], project.ids[-1]
    project.retime(first, 20000, 21000)  # the first segment moves to the end: a new order
    kinds = heard.kinds()
    assert NoticeKind.RESET in kinds and project.ids[-1] == first != last


def test_speakers_and_meta_each_send_their_own_kind(project: Project) -> None:
    heard = Heard(project)
    project.add_speaker("王毅")
    assert heard.kinds() == [NoticeKind.SPEAKERS]
    project.set_meta("title", "Late news")
    assert heard.kinds() == [NoticeKind.META]
    set_kind(project, "subtitles")
    assert heard.kinds() == [NoticeKind.META]


def test_a_glossary_change_is_glossary_not_meta(project: Project) -> None:
    heard = Heard(project)
    term_id = add_term(project, Term(["拉夫罗夫"], "Lavrov", ["Lavrof"]))
    assert heard.kinds() == [NoticeKind.GLOSSARY]
    delete_terms(project, [term_id])
    assert heard.kinds() == [NoticeKind.GLOSSARY]
    build = glossary_loader(project)  # the window builds a large glossary off its thread
    assert build is not None
    assert install_glossary(project, build())
    assert heard.kinds() == [NoticeKind.GLOSSARY]


def test_a_relink_is_media_not_meta(project: Project, tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"not really a video")
    heard = Heard(project)
    project.set_media(video)
    assert heard.kinds() == [NoticeKind.MEDIA]
    assert project.media_path is not None and project.media_path.resolve() == video.resolve()


def test_a_measured_length_is_meta_and_the_checks_read_it_read_only_too(
    project_path: Path, tmp_path: Path
) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"not really a video")
    with Project.create(project_path, sample_transcript(), author="tester") as made:
        made.record_media_duration(8_000)  # no media yet: nothing to measure
        assert made.media_duration_ms is None
        made.set_media(video)

    def past_end(project: Project) -> list[tuple[int, str]]:
        return [(p.segment_id, p.severity) for p in check_project(project) if p.check == "past-end"]

    with Project.open(project_path, read_only=True) as shown:
        heard = Heard(shown)
        assert past_end(shown) == []
        shown.record_media_duration(8_000)  # segment 3 runs to 9 s, segment 4 starts at 9 s
        assert heard.kinds() == [NoticeKind.META]
        shown.record_media_duration(8_000)
        assert heard.kinds() == []  # the same length again tells no one
        assert past_end(shown) == [(3, "warning"), (4, "error")]
    with Project.open(project_path) as again:
        assert again.media_duration_ms is None  # read-only, it was kept for that session only
        again.record_media_duration(8_000)
    with Project.open(project_path) as later:
        heard = Heard(later)
        assert later.media_duration_ms == 8_000
        assert past_end(later) == [(3, "warning"), (4, "error")]
        later.set_media(video)  # a relink: another file, whose length is not known yet
        assert heard.kinds() == [NoticeKind.MEDIA]
        assert later.media_duration_ms is None and past_end(later) == []


def test_a_length_the_file_cannot_take_is_still_told_and_checked(
    project_path: Path, tmp_path: Path
) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"not really a video")
    with Project.create(project_path, sample_transcript(), author="tester") as project:
        project.set_media(video)
        moved = project_path.with_name("elsewhere.review")
        os.replace(project_path, moved)  # replaced under us: nothing can be written
        project_path.write_bytes(moved.read_bytes())
        heard = Heard(project)
        project.record_media_duration(8_000)  # a measurement: no error in the editor's face
        assert heard.kinds() == [NoticeKind.META] and project.media_duration_ms == 8_000
        found = [(p.segment_id, p.check) for p in check_project(project) if p.check == "past-end"]
        assert found == [(3, "past-end"), (4, "past-end")]


def test_an_audio_track_is_media_kept_in_the_file_and_no_edit(project_path: Path) -> None:
    with Project.create(project_path, sample_transcript(), author="tester") as made:
        undo_before, history_before = made.can_undo, len(made.history())
        heard = Heard(made)
        assert made.audio_track == 0
        made.choose_audio_track(1)  # the Cantonese track of a broadcast TS
        assert heard.kinds() == [NoticeKind.MEDIA] and made.audio_track == 1
        made.choose_audio_track(1)
        assert heard.kinds() == []
        assert made.can_undo == undo_before and len(made.history()) == history_before
    with Project.open(project_path, read_only=True) as shown:
        assert shown.audio_track == 1  # opened again on it
        shown.choose_audio_track(0)  # read-only: heard for this session
        assert shown.audio_track == 0
    with Project.open(project_path) as again:
        assert again.audio_track == 1
        moved = project_path.with_name("clip.ts")
        moved.write_bytes(b"a recording")
        again.set_media(moved)  # another file: its tracks are not the first one's
        assert again.audio_track == 0
        again.choose_audio_track(1)
        moved.rename(moved.with_name("moved.ts"))
        again.set_media(moved.with_name("moved.ts"))  # the same file, moved: the same tracks
        assert again.audio_track == 1


def test_saving_says_why_work_is_unsaved_and_then_that_all_is_saved(
    project: Project, project_path: Path
) -> None:
    project.keep_unsaved = True
    heard = Heard(project)
    moved = project_path.with_name("elsewhere.review")
    os.replace(project_path, moved)  # the file is replaced under us: nothing can be written
    project_path.write_bytes(moved.read_bytes())
    project.set_translation(project.ids[0], "Good evening!")
    notices = heard.take()
    assert notices[0].kind is NoticeKind.SAVING and "replaced" in notices[0].label
    assert notices[1].kind is NoticeKind.SEGMENTS  # the editor still sees the edit
    assert project.pending


def test_a_reopened_project_tells_its_readers_as_the_first_did(project_path: Path) -> None:
    with Project.create(project_path, sample_transcript(), author="tester") as first:
        first.set_translation(first.ids[2], "Lavrov said the talks went well")
        add_term(first, Term(["真主党"], "Hezbollah"))
    with Project.open(project_path) as project:
        heard = Heard(project)
        assert project.undo_label == "Edit translation"
        project.undo()  # the undo log was read back: the edit is undone as one operation
        (notice,) = heard.take()
        assert notice.kind is NoticeKind.SEGMENTS and notice.ids == {project.ids[2]}
        assert notice.label == "Undo Edit translation"
        assert [t.translation for t in terms(project)] == ["Hezbollah"]
        delete_terms(project, [t.id for t in terms(project) if t.id is not None])
        assert heard.kinds() == [NoticeKind.GLOSSARY]


def test_unsubscribing_stops_the_notices_and_is_harmless_twice(project: Project) -> None:
    heard = Heard(project)
    heard.unsubscribe()
    heard.unsubscribe()
    project.set_note(project.ids[0], "check the name")
    assert heard.notices == []


def test_a_closed_project_keeps_no_subscriber_not_even_the_checkers(project_path: Path) -> None:
    project = Project.create(project_path, sample_transcript(), author="tester")
    check_project(project)  # the cached checker listens for glossary and meta changes
    Heard(project)
    assert project.file.subscriber_count == 2
    add_term(project, Term(["王毅"], "Wang Yi"))  # the checker forgets itself and unsubscribes
    assert project.file.subscriber_count == 1
    checker_of(project)
    assert project.file.subscriber_count == 2
    project.close()
    assert project.file.subscriber_count == 0
