"""The bar above the segment table: find, the status and speaker filters, and the review
progress ("Reviewed N of M"), kept up to date from the project's notices."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit

from reviewer.core.models import Status
from reviewer.store import Notice, NoticeKind, Project
from reviewer.ui.i18n import tr
from reviewer.ui.segment_filter import STATUS_FILTERS, SegmentFilter
from reviewer.ui.tally import Tally


class FilterBar:
    """The bar's widgets in one layout (``bar``), driving the table's ``filter``."""

    def __init__(self, filter: SegmentFilter) -> None:
        self.find_box = QLineEdit()
        self.find_box.setObjectName("findBox")
        self.find_box.setPlaceholderText(tr("Find in source or translation (Ctrl+F), any script"))
        self.status_filter = QComboBox()
        for label, value in STATUS_FILTERS.items():
            self.status_filter.addItem(tr(label), value)
        self.speaker_filter = QComboBox()
        self.speaker_filter.addItem(tr("All speakers"), "")
        self.progress = QLabel()
        self.progress.setObjectName("reviewProgress")
        self.progress.setMinimumWidth(
            self.progress.fontMetrics().horizontalAdvance(
                tr("Reviewed {done} of {count}").format(done="00000", count="00000")
            )
            + 8
        )
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)
        self.bar.addWidget(self.find_box, 3)
        self.bar.addWidget(self.status_filter, 1)
        self.bar.addWidget(self.speaker_filter, 1)
        self.bar.addWidget(self.progress)
        self._statuses = Tally("status")  # for "Reviewed N of M"
        self._speakers = Tally("speaker")  # for "Without speaker (N)"
        self.find_box.textChanged.connect(filter.set_text)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: filter.set_status(self.status_filter.currentData())
        )
        self.speaker_filter.currentIndexChanged.connect(
            lambda _i: filter.set_speaker(self.speaker_filter.currentData() or "")
        )

    def set_project(self, project: Project) -> None:
        """Count and list the newly opened ``project``."""
        self._refresh_speakers(project)
        self._statuses.rebuild(project)
        self._speakers.rebuild(project)
        self._refresh_progress(project)

    def on_notice(self, project: Project, notice: Notice) -> None:
        if notice.kind == NoticeKind.SPEAKERS:
            self._refresh_speakers(project)
        statuses = self._statuses.update(project, notice)
        if self._speakers.update(project, notice) or statuses:
            self._refresh_progress(project)

    def _refresh_speakers(self, project: Project) -> None:
        chosen = self.speaker_filter.currentData()
        self.speaker_filter.blockSignals(True)
        self.speaker_filter.clear()
        self.speaker_filter.addItem(tr("All speakers"), "")
        for s in project.transcript.speakers:
            self.speaker_filter.addItem(s.name, s.name)
        self.speaker_filter.setCurrentIndex(max(0, self.speaker_filter.findData(chosen)))
        self.speaker_filter.blockSignals(False)

    def _refresh_progress(self, project: Project) -> None:
        segments = project.transcript.segments
        counts = self._statuses
        done = counts[Status.APPROVED]
        self.progress.setText(
            tr("Reviewed {done} of {count}").format(done=done, count=len(segments))
        )
        # A missing speaker is review progress, counted here and in the filter, not a problem.
        unnamed = self._speakers[None] + self._speakers[""]
        # Edited since approval, or edited and not yet approved: the desk has not seen it.
        self.progress.setToolTip(
            tr(
                "{approved} approved, {edited} edited and not approved, {flagged} flagged,"
                " {unnamed} without a speaker; a change to an approved segment makes it edited"
                " again"
            ).format(
                approved=done,
                edited=counts[Status.EDITED],
                flagged=counts[Status.FLAGGED],
                unnamed=unnamed,
            )
        )
        row = self.status_filter.findData("no-speaker")
        if row >= 0:
            self.status_filter.setItemText(row, f"{tr('Without speaker')} ({unnamed})")
