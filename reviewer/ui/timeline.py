"""The project timeline: every revision, newest first, filtered by author and time range;
double-click a row to go to its segment."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.store import Project
from reviewer.store.change_report import as_text
from reviewer.store.checkpoints import authors, read_timeline
from reviewer.ui.action_spec import ActionSpec
from reviewer.ui.history_panel import local_time
from reviewer.ui.i18n import count as counted
from reviewer.ui.i18n import step, tr
from reviewer.ui.segment_model import plain_tooltip

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

LIMIT = 5000  # newest revisions shown; the command line has them all
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _utc(edit: QDateTimeEdit) -> str:
    stamp = edit.dateTime().toSecsSinceEpoch()
    return datetime.fromtimestamp(stamp, timezone.utc).isoformat(timespec="milliseconds")


class TimelineDialog(QDialog):
    """All revisions of the project, by author and within a time range."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setObjectName("timelineDialog")
        self.setWindowTitle(tr("Project timeline"))
        self.resize(900, 560)
        self.author = QComboBox()
        self.author.addItem(tr("Everyone"), "")
        for name in authors(project.db):
            self.author.addItem(name, name)
        now = QDateTime.currentDateTime()
        self.use_since, self.use_until = QCheckBox(tr("&From")), QCheckBox(tr("&Until"))
        self.since = QDateTimeEdit(now.addDays(-1))
        self.until = QDateTimeEdit(now)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.count = QLabel()
        self.list = QTreeWidget()
        self.list.setObjectName("timelineList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                tr("When"),
                tr("Who"),
                tr("Action"),
                tr("What"),
                tr("Field"),
                tr("Old"),
                tr("New"),
            ]
        )
        filters = QHBoxLayout()
        author_label = QLabel(tr("&Author"))
        author_label.setBuddy(self.author)
        filters.addWidget(author_label)
        filters.addWidget(self.author)
        for box, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            filters.addWidget(box)
            filters.addWidget(edit)
        filters.addStretch(1)
        filters.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.author.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.use_since, self.use_until):
            box.toggled.connect(lambda _on: self.refresh())
        for edit in (self.since, self.until):
            edit.dateTimeChanged.connect(lambda _t: self.refresh())
        self.list.itemActivated.connect(self._go_to)
        self.refresh()

    def refresh(self) -> None:
        revisions = read_timeline(
            self.project.db,
            author=self.author.currentData() or None,
            since=_utc(self.since) if self.use_since.isChecked() else None,
            until=_utc(self.until) if self.use_until.isChecked() else None,
            limit=LIMIT,
        )
        self.list.clear()
        items = []
        for r in reversed(revisions):
            what = f"#{r.entity_id}" if r.entity == "segment" else r.entity
            field = "segment" if r.field == "*" else r.field
            old, new = as_text(r.field, r.old), as_text(r.field, r.new)
            item = QTreeWidgetItem(
                [
                    local_time(r.time),
                    r.author,
                    step(r.op_label),
                    what,
                    field,
                    old[:80],
                    new[:80],
                ]
            )
            item.setToolTip(5, plain_tooltip(old))  # bounded, and never read as markup
            item.setToolTip(6, plain_tooltip(new))
            if r.entity == "segment":
                item.setData(0, ID_ROLE, r.entity_id)
            items.append(item)
        self.list.addTopLevelItems(items)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        more = tr(" (newest shown)") if len(revisions) >= LIMIT else ""
        self.count.setText(counted(len(revisions), "revision") + more)

    def _go_to(self, item: QTreeWidgetItem) -> None:
        segment_id = item.data(0, ID_ROLE)
        select = getattr(self.parent(), "select_id", None)
        if segment_id is not None and select is not None:
            select(int(segment_id))


def install(window: Window) -> None:
    def open_timeline() -> None:
        if window.project is None:
            return
        window.editor.flush()
        dialog = TimelineDialog(window.project, window.widget)
        window.set_dialog(dialog)
        dialog.open()

    window.add_action(
        ActionSpec(
            "timeline",
            "Project timeline…",
            "View",
            ("Ctrl+Shift+H",),  # not Ctrl+Alt+T: Ubuntu opens a terminal on it
            tip="Every revision of the project, filtered by author and time",
        ),
        open_timeline,
    )
