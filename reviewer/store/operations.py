"""The edits an editor makes, each built as a list of changes and committed as one operation.

The UI calls these and nothing else to change a transcript; each call is one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from reviewer.core.errors import EditError, say
from reviewer.core.limits import time_problem
from reviewer.core.models import (
    Segment,
    Speaker,
    Status,
    colour_for,
    next_free_slot,
)
from reviewer.store.changes import EXISTS, Change, segment_record, speaker_record
from reviewer.store.writer import TRANSCRIPT_META

if TYPE_CHECKING:
    from reviewer.store.project_file import ProjectFile

TEXT_FIELDS = ("source", "translation")
# What the editor approves: a later change to one of these sends an approved segment back to
# "edited" (approval means the editor saw this version). A note is a remark on the segment.
SEEN_FIELDS = (*TEXT_FIELDS, "speaker", "tags", "start_ms", "end_ms")


class Operations:
    """The edit operations, built on an open :class:`ProjectFile`'s :meth:`~ProjectFile.commit`
    (callers reach them through :class:`~reviewer.store.project.Project`)."""

    def __init__(self, file: ProjectFile):
        self.file = file

    # -- text -----------------------------------------------------------------------------

    def set_text(self, segment_id: int, field: str, text: str) -> int | None:
        """Set the source or translation of one segment (an unreviewed or approved segment
        becomes edited)."""
        return self.edit([(segment_id, field, text)], f"Edit {field}")

    def set_source(self, segment_id: int, text: str) -> int | None:
        return self.set_text(segment_id, "source", text)

    def set_translation(self, segment_id: int, text: str) -> int | None:
        return self.set_text(segment_id, "translation", text)

    def set_note(self, segment_id: int, note: str) -> int | None:
        return self.edit([(segment_id, "note", note)], "Edit note")

    def edit(self, edits: Iterable[tuple[int, str, Any]], label: str) -> int | None:
        """Set any fields of any segments as one operation (a replace-all is one call).

        ``edits`` holds (segment id, field, new value). A text change marks an unreviewed
        segment as edited; a change to what an approved segment's approval covers (text,
        speaker, tags) marks it edited again, in the same operation (one undo step).
        """
        edits = list(edits)
        explicit_status = {i for i, field, _ in edits if field == "status"}
        marked: set[int] = set()
        changes: list[Change] = []
        for segment_id, field, value in edits:
            segment = self.file.segment(segment_id)
            if field not in ("source", "translation", "note", "status", "tags", "speaker"):
                raise EditError(f"cannot edit the field {field!r} this way")
            old = getattr(segment, field)
            if field == "status":
                value = Status(value)
            if old == value:
                continue
            changes.append(Change("segment", segment_id, field, _plain(old), _plain(value)))
            if segment_id not in explicit_status and segment_id not in marked:
                reopened = _status_after(segment, field)
                if reopened is not None:
                    marked.add(segment_id)
                    changes.append(reopened)
        return self.file.commit(changes, label)

    # -- speakers, tags and status of segments --------------------------------------------

    def set_speaker(self, segment_ids: Iterable[int], name: str | None) -> int | None:
        """Give the segments speaker ``name`` (made in the next free slot if new); None clears."""
        changes: list[Change] = []
        if name is not None:
            name = name.strip()
            if not name:
                raise EditError(say("a speaker needs a name"))
            if self.file.transcript.speaker(name) is None:
                changes.append(self._new_speaker_change(name))
        for segment_id in segment_ids:
            segment = self.file.segment(segment_id)
            if segment.speaker == name:
                continue
            changes.append(Change("segment", segment_id, "speaker", segment.speaker, name))
            reopened = _status_after(segment, "speaker")
            if reopened is not None:
                changes.append(reopened)
        label = f"Speaker {name}" if name else "Clear speaker"
        return self.file.commit(changes, label)

    def set_tags(self, segment_ids: Iterable[int], tags: list[str]) -> int | None:
        return self.edit([(i, "tags", list(tags)) for i in segment_ids], "Set tags")

    def toggle_tag(self, segment_ids: Iterable[int], tag: str) -> int | None:
        """Add ``tag`` to the segments, or remove it when every one of them has it already."""
        segments = [self.file.segment(i) for i in segment_ids]
        if segments and all(tag in s.tags for s in segments):
            edits = [(s.id, "tags", [t for t in s.tags if t != tag]) for s in segments]
            return self.edit(_ids(edits), f"Remove tag {tag}")
        edits = [(s.id, "tags", [*s.tags, tag]) for s in segments if tag not in s.tags]
        return self.edit(_ids(edits), f"Tag {tag}")

    def set_status(self, segment_ids: Iterable[int], status: Status | str) -> int | None:
        status = Status(status)
        return self.edit([(i, "status", status) for i in segment_ids], f"Mark {status}")

    def approve(self, segment_ids: Iterable[int]) -> int | None:
        return self.set_status(segment_ids, Status.APPROVED)

    # -- timing and structure -------------------------------------------------------------

    def retime(self, segment_id: int, start_ms: int, end_ms: int) -> int | None:
        """Move a segment's boundaries."""
        _check_times(start_ms, end_ms)
        segment = self.file.segment(segment_id)
        changes = [
            Change("segment", segment_id, "start_ms", segment.start_ms, start_ms),
            Change("segment", segment_id, "end_ms", segment.end_ms, end_ms),
        ]
        changes = [c for c in changes if c.old != c.new]
        reopened = _status_after(segment, "start_ms")
        if changes and reopened is not None:
            changes.append(reopened)
        return self.file.commit(changes, "Retime")

    def split(
        self,
        segment_id: int,
        at_ms: int,
        source_pos: int | None = None,
        translation_pos: int | None = None,
    ) -> int:
        """Split a segment at ``at_ms``; the text splits at the given positions (or in proportion
        to time, at a word boundary). Returns the new second segment's id."""
        segment = self.file.segment(segment_id)
        if not segment.start_ms < at_ms < segment.end_ms:
            raise EditError(say("the split point must fall inside the segment"))
        share = (at_ms - segment.start_ms) / segment.duration_ms
        src_at = _split_point(segment.source, share) if source_pos is None else source_pos
        tr_at = (
            _split_point(segment.translation, share) if translation_pos is None else translation_pos
        )
        new_id = self.file.allocate_id("segments")
        second = Segment(
            start_ms=at_ms,
            end_ms=segment.end_ms,
            source=segment.source[src_at:].strip(),
            translation=segment.translation[tr_at:].strip(),
            speaker=segment.speaker,
            tags=list(segment.tags),
            status=_after_edit(segment.status),
            note="",
            id=new_id,
        )
        changes = [
            Change("segment", segment_id, "end_ms", segment.end_ms, at_ms),
            Change(
                "segment", segment_id, "source", segment.source, segment.source[:src_at].rstrip()
            ),
            Change(
                "segment",
                segment_id,
                "translation",
                segment.translation,
                segment.translation[:tr_at].rstrip(),
            ),
            Change(
                "segment",
                segment_id,
                "status",
                str(segment.status),
                str(_after_edit(segment.status)),
            ),
            Change("segment", new_id, EXISTS, None, segment_record(second)),
        ]
        self.file.commit(changes, "Split")
        return new_id

    def merge_with_next(self, segment_id: int) -> int | None:
        """Join a segment and the one after it into the first; the second's id is retired."""
        segments = self.file.transcript.segments
        row = next((i for i, s in enumerate(segments) if s.id == segment_id), None)
        if row is None or row + 1 >= len(segments):
            raise EditError(say("there is no next segment to merge with"))
        first, second = segments[row], segments[row + 1]
        assert first.id is not None and second.id is not None
        changes = [
            Change("segment", first.id, "end_ms", first.end_ms, max(first.end_ms, second.end_ms)),
            Change("segment", first.id, "source", first.source, _join(first.source, second.source)),
            Change(
                "segment",
                first.id,
                "translation",
                first.translation,
                _join(first.translation, second.translation),
            ),
            Change(
                "segment",
                first.id,
                "tags",
                first.tags,
                first.tags + [t for t in second.tags if t not in first.tags],
            ),
            Change("segment", first.id, "note", first.note, _join(first.note, second.note)),
            Change(
                "segment", first.id, "status", str(first.status), str(_merged_status(first, second))
            ),
        ]
        if first.speaker is None and second.speaker is not None:
            changes.append(Change("segment", first.id, "speaker", None, second.speaker))
        changes.append(Change("segment", second.id, EXISTS, segment_record(second), None))
        return self.file.commit(changes, "Merge")

    def insert(
        self,
        start_ms: int,
        end_ms: int,
        source: str = "",
        translation: str = "",
        speaker: str | None = None,
    ) -> int:
        """Add a new segment; returns its id."""
        _check_times(start_ms, end_ms)
        changes: list[Change] = []
        if speaker and self.file.transcript.speaker(speaker) is None:
            changes.append(self._new_speaker_change(speaker))
        new_id = self.file.allocate_id("segments")
        segment = Segment(
            start_ms, end_ms, source, translation, speaker, id=new_id, status=Status.EDITED
        )
        changes.append(Change("segment", new_id, EXISTS, None, segment_record(segment)))
        self.file.commit(changes, "Insert segment")
        return new_id

    def delete(self, segment_ids: Iterable[int]) -> int | None:
        changes = [
            Change("segment", i, EXISTS, segment_record(self.file.segment(i)), None)
            for i in segment_ids
        ]
        return self.file.commit(
            changes, "Delete" if len(changes) == 1 else f"Delete {len(changes)}"
        )

    # -- the speaker list -----------------------------------------------------------------

    def add_speaker(
        self, name: str, color: str | None = None, role: str = "", slot: int | None = None
    ) -> Speaker:
        """Add a speaker in ``slot`` (default: the next free one); returns it."""
        name = name.strip()
        if not name:
            raise EditError(say("a speaker needs a name"))
        if self.file.transcript.speaker(name):
            raise EditError(say("there is a speaker called {name} already", name=name))
        change = self._new_speaker_change(name, color=color, role=role, slot=slot)
        self.file.commit([change], f"Add speaker {name}")
        return self._speaker(name)

    def rename_speaker(self, old: str, new: str) -> int | None:
        speaker = self._speaker(old)
        new = new.strip()
        if not new:
            raise EditError(say("a speaker needs a name"))
        if new != old and self.file.transcript.speaker(new):
            raise EditError(
                say("there is a speaker called {name} already: merge them instead", name=new)
            )
        return self.file.commit(
            [Change("speaker", _id(speaker), "name", old, new)], f"Rename {old}"
        )

    def recolour_speaker(self, name: str, color: str) -> int | None:
        speaker = self._speaker(name)
        return self.file.commit(
            [Change("speaker", _id(speaker), "color", speaker.color, color)], f"Recolour {name}"
        )

    def set_speaker_role(self, name: str, role: str) -> int | None:
        speaker = self._speaker(name)
        return self.file.commit(
            [Change("speaker", _id(speaker), "role", speaker.role, role)], f"Role of {name}"
        )

    def set_speaker_slot(self, name: str, slot: int | None) -> int | None:
        """Put a speaker on key ``slot``; a speaker already there swaps to the old slot."""
        speaker = self._speaker(name)
        if slot is not None and not 1 <= slot <= 9:
            raise EditError(say("speaker keys are 1 to 9"))
        changes = []
        holder = next(
            (s for s in self.file.transcript.speakers if s.slot == slot and s is not speaker), None
        )
        if holder is not None and slot is not None:
            changes.append(Change("speaker", _id(holder), "slot", slot, speaker.slot))
        changes.append(Change("speaker", _id(speaker), "slot", speaker.slot, slot))
        return self.file.commit(changes, f"Key of {name}")

    def merge_speakers(self, name: str, into: str) -> int | None:
        """Give all of ``name``'s segments to ``into`` and remove ``name``: one undo step."""
        gone, kept = self._speaker(name), self._speaker(into)
        if gone is kept:
            return None
        changes = [
            Change("segment", _id(s), "speaker", name, kept.name)
            for s in self.file.transcript.segments
            if s.speaker == name
        ]
        changes.append(Change("speaker", _id(gone), EXISTS, speaker_record(gone), None))
        return self.file.commit(changes, f"Merge {name} into {into}")

    def delete_speaker(self, name: str) -> int | None:
        """Remove a speaker; their segments are left without one."""
        speaker = self._speaker(name)
        changes = [
            Change("segment", _id(s), "speaker", name, None)
            for s in self.file.transcript.segments
            if s.speaker == name
        ]
        changes.append(Change("speaker", _id(speaker), EXISTS, speaker_record(speaker), None))
        return self.file.commit(changes, f"Remove speaker {name}")

    def set_meta(self, key: str, value: str) -> int | None:
        old = getattr(self.file.transcript, key, None) if key in TRANSCRIPT_META else None
        return self.file.commit([Change("meta", 0, key, old, value)], f"Set {key}")

    # -- undo and redo --------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self.file.undo_log.undo)

    @property
    def can_redo(self) -> bool:
        return bool(self.file.undo_log.redo)

    @property
    def undo_label(self) -> str:
        return (
            self.file.undo_log.labels.get(self.file.undo_log.undo[-1], "") if self.can_undo else ""
        )

    @property
    def redo_label(self) -> str:
        return (
            self.file.undo_log.labels.get(self.file.undo_log.redo[-1], "") if self.can_redo else ""
        )

    def undo(self) -> str | None:
        """Undo the last operation (recorded as new revisions); returns its label, or None."""
        if not self.can_undo:
            return None
        target = self.file.undo_log.undo[-1]
        label = self.file.undo_log.labels.get(target, "")
        inverse = [c.inverted() for c in reversed(self.file.revisions_of(target))]
        self.file.commit(inverse, f"Undo {label}", kind="undo", target=target)
        return label

    def redo(self) -> str | None:
        """Redo the last undone operation; returns its label, or None."""
        if not self.can_redo:
            return None
        target = self.file.undo_log.redo[-1]
        label = self.file.undo_log.labels.get(target, "")
        self.file.commit(
            self.file.revisions_of(target), f"Redo {label}", kind="redo", target=target
        )
        return label

    # -- helpers --------------------------------------------------------------------------

    def _speaker(self, name: str) -> Speaker:
        speaker = self.file.transcript.speaker(name)
        if speaker is None:
            raise EditError(say("there is no speaker called {name}", name=name))
        return speaker

    def _new_speaker_change(
        self, name: str, *, color: str | None = None, role: str = "", slot: int | None = None
    ) -> Change:
        return new_speaker_change(self.file, name, color=color, role=role, slot=slot)


def new_speaker_change(
    file: ProjectFile,
    name: str,
    *,
    color: str | None = None,
    role: str = "",
    slot: int | None = None,
) -> Change:
    """Return the change that adds speaker ``name`` to ``file`` in ``slot`` (default: the next
    free one), with a fresh id; the caller commits it with the rest of its operation."""
    speakers = file.transcript.speakers
    if slot is None:
        slot = next_free_slot(speakers)
    elif any(s.slot == slot for s in speakers):
        raise EditError(say("key {slot} belongs to another speaker", slot=slot))
    new_id = file.allocate_id("speakers")
    speaker = Speaker(
        name=name,
        slot=slot,
        role=role,
        id=new_id,
        color=color or colour_for(slot, len(speakers)),
    )
    return Change("speaker", new_id, EXISTS, None, speaker_record(speaker))


def _check_times(start_ms: int, end_ms: int) -> None:
    """Raise EditError unless ``start_ms`` < ``end_ms``, both within core.limits' bounds."""
    problem = time_problem(start_ms, end_ms)
    if problem:
        raise EditError(f"a segment cannot have {problem}")
    if end_ms <= start_ms:
        raise EditError(
            say(
                "a segment must start before it ends ({start} ms, {end} ms)",
                start=start_ms,
                end=end_ms,
            )
        )


def _plain(value: Any) -> Any:
    if isinstance(value, Status):
        return value.value
    if isinstance(value, list):
        return list(value)
    return value


def _ids(edits: list[tuple[int | None, str, Any]]) -> list[tuple[int, str, Any]]:
    return [(i, f, v) for i, f, v in edits if i is not None]


def _id(entity: Segment | Speaker) -> int:
    assert entity.id is not None
    return entity.id


def _status_after(segment: Segment, field: str) -> Change | None:
    """Return the status change a change to ``field`` brings, if any: an unreviewed segment
    whose text changes, or an approved one whose text, speaker, tags or timing changes, becomes
    edited (a flagged one stays flagged until the editor unflags it)."""
    if segment.id is None:
        return None
    if (segment.status == Status.UNREVIEWED and field in TEXT_FIELDS) or (
        segment.status == Status.APPROVED and field in SEEN_FIELDS
    ):
        return Change("segment", segment.id, "status", str(segment.status), "edited")
    return None


def _after_edit(status: Status) -> Status:
    """A split segment's status: a flag stays; anything else is a new version, edited."""
    return status if status == Status.FLAGGED else Status.EDITED


def _merged_status(first: Segment, second: Segment) -> Status:
    """A merged segment is new text on new timing: edited, unless either half was flagged."""
    if Status.FLAGGED in (first.status, second.status):
        return Status.FLAGGED
    return Status.EDITED


def _join(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    from reviewer.text.scripts import has_han  # here: opening a project needs no script tools

    if has_han(a[-1]) or has_han(b[0]):
        return a + b  # Chinese runs on without a space
    return f"{a} {b}"


def _split_point(text: str, share: float) -> int:
    """Return where to cut ``text`` to give its first part about ``share`` of it: at a space
    nearest that point when the text has spaces, else at that character."""
    target = round(len(text) * share)
    spaces = [m.start() for m in re.finditer(r"\s", text)]
    if not spaces:
        return max(0, min(len(text), target))
    return min(spaces, key=lambda i: abs(i - target))
