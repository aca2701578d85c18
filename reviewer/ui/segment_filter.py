"""Which segments the table shows: by status, by speaker, by text (any script)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from reviewer.core.models import Segment
from reviewer.text.chinese import fold  # OpenCC itself is loaded when the editor first searches
from reviewer.ui.i18n import QT_TR_NOOP
from reviewer.ui.segment_model import SegmentTableModel, problems_of

ALL = ""
STATUS_FILTERS = {
    QT_TR_NOOP("All segments"): ALL,
    QT_TR_NOOP("Unreviewed"): "unreviewed",
    QT_TR_NOOP("Not approved"): "not-approved",
    QT_TR_NOOP("Edited"): "edited",
    QT_TR_NOOP("Approved"): "approved",
    QT_TR_NOOP("Flagged"): "flagged",
    QT_TR_NOOP("With problems"): "problems",
    QT_TR_NOOP("Without speaker"): "no-speaker",
}


class SegmentFilter(QSortFilterProxyModel):
    """A filtering view of :class:`SegmentTableModel`; rows keep their time order.

    While no filter is on, the proxy is of this class, which leaves ``filterAcceptsRow`` to
    Qt: every row passes without a call into Python. Qt asks it of each row whenever it maps
    them, 20,000 calls (14 ms) when a long project opens. A filter turns the proxy into a
    :class:`_FilteringSegments` (same object, same layout: Python lets ``__class__`` change),
    which answers in Python; clearing the filter turns it back.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = ALL
        self._speaker = ALL
        self._text = ""
        # Folded text per segment id, with the texts it was folded from (OpenCC is not free).
        self._folded: dict[int, tuple[str, str, str]] = {}
        self._fold: Callable[[str], str] = str  # reviewer.text.chinese.fold, from set_text()

    def source(self) -> SegmentTableModel:
        model = self.sourceModel()
        assert isinstance(model, SegmentTableModel)
        return model

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the filter settings and filter the rows again."""

        def apply() -> None:
            change()
            filtering = self._status or self._speaker or self._text
            self.__class__ = _FilteringSegments if filtering else SegmentFilter

        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:
            apply()
            self.invalidateRowsFilter()

    def set_status(self, status: str) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def set_speaker(self, name: str) -> None:
        self._refilter(lambda: setattr(self, "_speaker", name))

    def set_text(self, text: str) -> None:
        """Show segments whose source or translation holds ``text`` (case- and script-blind)."""
        self._fold = fold
        folded = fold(text.strip()).casefold()
        self._refilter(lambda: setattr(self, "_text", folded))

    def accepts(self, row: int) -> bool:
        """Whether source row ``row`` passes the filter that is on."""
        segment = self.source().segment_at(row)
        status = str(segment.status)
        if self._status == "not-approved" and status == "approved":
            return False
        if (
            self._status in ("unreviewed", "edited", "approved", "flagged")
            and status != self._status
        ):
            return False
        if self._status == "problems" and not problems_of(segment, self.source().project):
            return False
        if self._status == "no-speaker" and segment.speaker:
            return False
        if self._speaker and segment.speaker != self._speaker:
            return False
        return not self._text or self._text in self._haystack(segment)

    def _haystack(self, segment: Segment) -> str:
        key = segment.id or 0
        cached = self._folded.get(key)
        if cached and cached[0] == segment.source and cached[1] == segment.translation:
            return cached[2]
        folded = self._fold(f"{segment.source}\n{segment.translation}").casefold()
        self._folded[key] = (segment.source, segment.translation, folded)
        return folded


class _FilteringSegments(SegmentFilter):
    """A :class:`SegmentFilter` with a filter on (see there)."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self.accepts(row)
