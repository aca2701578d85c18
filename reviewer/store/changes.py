"""Field changes: the unit every operation is made of, written to the file and to memory.

An operation is a list of :class:`Change` (entity, id, field, old, new). The same list is
applied to the database, recorded row by row in ``revisions``, applied to the in-memory
transcript, and inverted to undo it. ``field == "*"`` means the entity itself: ``old`` None is
a creation, ``new`` None a deletion, and the other side holds the whole record.
"""

from __future__ import annotations

import json  # the lock file is JSON: loaded at every open anyway
from dataclasses import asdict, dataclass
from typing import Any

from reviewer.core.models import Segment, Speaker, Status

EXISTS = "*"
SEGMENT_FIELDS = (
    "start_ms",
    "end_ms",
    "source",
    "translation",
    "speaker",
    "tags",
    "status",
    "note",
)
SPEAKER_FIELDS = ("name", "color", "slot", "role")
_JSON_FIELDS = {"tags", EXISTS}


@dataclass(frozen=True)
class Change:
    """One field of one entity going from ``old`` to ``new``."""

    entity: str  # "segment", "speaker" or "meta"
    entity_id: int  # the segment's or speaker's id; 0 for meta
    field: str
    old: Any
    new: Any

    def inverted(self) -> Change:
        return Change(self.entity, self.entity_id, self.field, self.new, self.old)


def encode(field: str, value: Any) -> Any:
    """Return ``value`` as stored in a revision row (JSON for lists and whole records)."""
    if value is None:
        return None
    if field in _JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, Status):
        return value.value
    return value


def decode(field: str, value: Any) -> Any:
    """Return a revision row's stored ``value`` as the in-memory value."""
    if value is None:
        return None
    if field in _JSON_FIELDS:
        return json.loads(value)
    return value


def segment_record(segment: Segment) -> dict[str, Any]:
    """Return the whole segment as a plain dict (for creation and deletion changes)."""
    record = asdict(segment)
    record["status"] = str(segment.status)
    return record


def segment_from_record(record: dict[str, Any]) -> Segment:
    data = dict(record)
    data["status"] = Status(data.get("status", "unreviewed"))
    data["tags"] = list(data.get("tags") or [])
    return Segment(**data)


def speaker_record(speaker: Speaker) -> dict[str, Any]:
    return asdict(speaker)


def speaker_from_record(record: dict[str, Any]) -> Speaker:
    return Speaker(**record)
