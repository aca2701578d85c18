"""The history panel: every revision of the current segment, newest first, with author, time
and a character diff; revert the segment to any of them (a new operation, one undo step)."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.timecode import format_timecode
from reviewer.store import Notice, NoticeKind, Project
from reviewer.store.change_report import as_text
from reviewer.store.history import Revision
from reviewer.text.diff import diff
from reviewer.ui.action_spec import ActionSpec
from reviewer.ui.i18n import count as counted
from reviewer.ui.i18n import step, tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

REVISION_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(stamp: str, *, short: bool = False) -> str:
    """Return an ISO UTC stamp as local "YYYY-MM-DD HH:MM:SS" (``short``: only the time of
    day for today)."""
    try:
        when = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp[:19].replace("T", " ")
    if short and when.date() == datetime.now().astimezone().date():
        return when.strftime("%H:%M:%S")
    return when.strftime("%Y-%m-%d %H:%M" if short else "%Y-%m-%d %H:%M:%S")


DIFF_PIECE_LIMIT = 2_000  # characters shown of one kept, deleted or inserted stretch
# Fields whose values are prose: shown as a character diff. The others (status, speaker, tags,
# times) are values: shown whole, old -> new ("edited → approved", not "~~edit~~approved").
PROSE_FIELDS = ("source", "translation", "note")


def diff_html(field: str, old: Any, new: Any) -> str:
    """Return the change as HTML: deletions red and struck through, insertions green.

    Text from the project is escaped: it is never markup.
    """
    if field not in PROSE_FIELDS:
        before = html.escape(_value(field, old)) or "<i>" + html.escape(tr("(none)")) + "</i>"
        after = html.escape(_value(field, new)) or "<i>" + html.escape(tr("(none)")) + "</i>"
        return (
            f'<span style="color:#c9302c;text-decoration:line-through">{before}</span>'
            f' &rarr; <span style="color:#2e7d32">{after}</span>'
        )
    parts = []
    for kind, text in diff(as_text(field, old), as_text(field, new)):
        if len(text) > DIFF_PIECE_LIMIT:  # Qt lays out the whole HTML: 50 MB froze the panel
            half = DIFF_PIECE_LIMIT // 2
            text = (
                f"{text[:half]} … ({counted(len(text) - 2 * half, 'character')}) … {text[-half:]}"
            )
        safe = html.escape(text).replace("\n", "<br>")
        if kind == "delete":
            parts.append(f'<span style="color:#c9302c;text-decoration:line-through">{safe}</span>')
        elif kind == "insert":
            parts.append(f'<span style="color:#2e7d32;text-decoration:underline">{safe}</span>')
        else:
            parts.append(safe)
    return "".join(parts) or "<i>" + html.escape(tr("(empty)")) + "</i>"


def _value(field: str, value: Any) -> str:
    if field in ("start_ms", "end_ms") and isinstance(value, int):
        return format_timecode(value)
    return as_text(field, value)


class HistoryPanel(QWidget):
    """Revisions of one segment; the window tells it which (``show_segment``)."""

    def __init__(self, window: Window) -> None:
        super().__init__()
        self.main = window
        self.project: Project | None = None
        self.segment_id: int | None = None
        self.revisions: list[Revision] = []
        self._stale = False  # a refresh waits for the panel to be seen
        self.setObjectName("historyPanel")
        self.title = QLabel(tr("No segment"))
        self.list = QTreeWidget()
        self.list.setObjectName("historyList")
        self.list.setHeaderLabels([tr("When"), tr("Who"), tr("Action"), tr("Field")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.diff = QTextBrowser()
        self.diff.setObjectName("historyDiff")
        self.diff.setOpenLinks(False)
        self.revert = QPushButton(tr("Revert the segment to this revision"))
        self.revert.setObjectName("revertButton")
        self.revert.setToolTip(tr("Puts every field of the segment back as it was just after it"))
        self.revert.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.diff, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.revert.clicked.connect(self.revert_selected)
        window.project_opened.connect(self.set_project)
        window.project_closing.connect(lambda _p: self.set_project(None))
        window.current_segment_changed.connect(self.show_segment)

    def set_project(self, project: Project | None) -> None:
        self.project = project
        signals = self.main.project_signals
        if project is not None and signals is not None:
            signals.notice.connect(self._on_notice)  # disconnected when the project closes
        self.show_segment(self.main.current_id() if project else None)

    def _on_notice(self, notice: Notice) -> None:
        if self.segment_id in notice.ids or notice.kind in (NoticeKind.RESET, NoticeKind.SAVING):
            self._refresh_when_seen()

    def show_segment(self, segment_id: int | None) -> None:
        self.segment_id = segment_id
        self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        """Refresh now if the panel is in sight, else when it comes into sight: reading the
        history on every key (Down, Ctrl+Enter) is 1-2 ms of a frame for a panel behind a tab."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.list.clear()
        self.diff.clear()
        project, sid = self.project, self.segment_id
        if project is None or project.db is None or sid is None:
            self.revisions = []
            self.title.setText(tr("No segment"))
            self.revert.setEnabled(False)
            return
        self.revisions = list(reversed(project.history(sid)))
        self.title.setText(
            tr("Segment #{id}: {revisions}").format(
                id=sid, revisions=counted(len(self.revisions), "revision")
            )
            if self.revisions
            else tr("Segment #{id}: as imported, no revisions yet").format(id=sid)
        )
        for r in self.revisions:
            field = "segment" if r.field == "*" else r.field
            shown = step(r.op_label)
            item = QTreeWidgetItem([local_time(r.time, short=True), r.author, shown, field])
            item.setData(0, REVISION_ROLE, r.id)
            item.setToolTip(0, local_time(r.time))
            item.setToolTip(
                2,
                tr("revision {revision}, operation {operation} ({kind})").format(
                    revision=r.id, operation=r.op_id, kind=r.op_kind
                ),
            )
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if self.revisions:
            self.list.setCurrentItem(self.list.topLevelItem(0))  # type: ignore[arg-type]

    def selected(self) -> Revision | None:
        item = self.list.currentItem()
        if item is None:
            return None
        rid = item.data(0, REVISION_ROLE)
        return next((r for r in self.revisions if r.id == rid), None)

    def _selected(self) -> None:
        r = self.selected()
        if r is None:
            self.diff.clear()
            self.revert.setEnabled(False)
            return
        head = html.escape(
            tr("{step} by {author}, {time}: {field}").format(
                step=step(r.op_label),
                author=r.author,
                time=local_time(r.time),
                field=r.field,
            )
        )
        self.diff.setHtml(f"<p><b>{head}</b></p><p>{diff_html(r.field, r.old, r.new)}</p>")
        writable = self.project is not None and not self.project.read_only
        self.revert.setEnabled(writable)

    def revert_selected(self) -> None:
        r = self.selected()
        if r is None or self.segment_id is None:
            return
        sid = self.segment_id
        if self.main.edit(lambda p: p.revert_to(sid, r.id)) is not None:
            self.main.show_message(
                tr(
                    "Segment #{id} is back as it was after revision {revision} (Ctrl+Z undoes it)"
                ).format(id=sid, revision=r.id),
                8000,
            )


def install(window: Window) -> None:
    panel = HistoryPanel(window)
    dock = window.add_dock(panel, tr("History"), "historyDock")
    window.add_part(panel)

    def show_history() -> None:
        dock.show()
        dock.raise_()
        panel.list.setFocus()

    window.add_action(
        ActionSpec(
            "show_history",
            "Segment history",
            "View",
            ("Ctrl+Alt+H",),
            tip="Every revision of the current segment, with what changed; revert to any",
        ),
        show_history,
    )
