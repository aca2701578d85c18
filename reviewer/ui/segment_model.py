"""The segment table's Qt model: a thin adapter over the project and its change notices.

It keeps only the row order (segment ids), which it updates between Qt's begin/end calls so
views and proxies see consistent counts; the segments themselves are the project's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from reviewer.core.lazy import lazy
from reviewer.core.models import Segment, Status
from reviewer.core.timecode import format_timecode
from reviewer.store import Notice, NoticeKind, Project
from reviewer.ui.i18n import QT_TR_NOOP, tr
from reviewer.ui.i18n import count as counted
from reviewer.ui.project_signals import ProjectSignals

if TYPE_CHECKING:
    import html

    from reviewer.store import glossary
    from reviewer.text import checks
    from reviewer.text.checks import Problem
else:  # reviewer.core.lazy.COMMANDS
    html = lazy("html")
    glossary = lazy("reviewer.store.glossary")
    checks = lazy("reviewer.text.checks")

COLUMNS = (
    "#",
    QT_TR_NOOP("Start"),
    QT_TR_NOOP("End"),
    QT_TR_NOOP("Speaker"),
    QT_TR_NOOP("Source"),
    QT_TR_NOOP("Translation"),
    "✓",
    QT_TR_NOOP("Problems"),
)
(COL_ID, COL_START, COL_END, COL_SPEAKER, COL_SOURCE, COL_TRANSLATION, COL_STATUS,
 COL_PROBLEMS) = range(len(COLUMNS))  # fmt: skip

SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLAYING_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

STATUS_MARKS = {
    Status.UNREVIEWED: "",
    Status.EDITED: "✎",
    Status.APPROVED: "✓",
    Status.FLAGGED: "⚑",
}
STATUS_COLOURS = {Status.APPROVED: "#3a9d5d", Status.FLAGGED: "#d9534f", Status.EDITED: "#c98a1b"}
# Looked up once: data() and flags() run for every cell painted, and an enum member lookup or
# an | of two flags costs Python a microsecond each time (a third of a repaint).
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
# The roles this model answers. A painted cell is asked some ten roles (decoration, check
# state, size hint...): the others are answered None before any other work, which takes a
# list's repaint on 20,000 segments from about 9 ms to about 6 (bench/keys.py).
_ANSWERED = frozenset(
    int(r)
    for r in (
        _DISPLAY, _TOOLTIP, _BACKGROUND, _FOREGROUND, _FONT, _ALIGNMENT,
        SEGMENT_ID_ROLE, PLAYING_ROLE, STATUS_ROLE,
    )
)  # fmt: skip
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
PLAYING_BACKGROUND = QColor(255, 196, 0, 90)  # translucent amber: readable on light and dark

Index = QModelIndex | QPersistentModelIndex


def problems_of(segment: Segment, project: Project | None = None) -> list[str]:
    """Return the problems the table marks, errors first, from the checks
    (:mod:`reviewer.text.checks`, cached per segment text and times in the project)."""
    from reviewer.ui.translated import check_name, message

    found = _problems(segment, project)
    ordered = sorted(found, key=lambda p: p.severity != "error")
    return [
        f"{'!' if p.severity == 'error' else '·'} {check_name(p.check)}: {message(p)}"
        for p in ordered
    ]


def _problems(segment: Segment, project: Project | None) -> list[Problem]:
    if project is not None and segment.id is not None:
        return glossary.problems_of_segment(project, segment.id)
    return checks.Checker().segment(segment)


def problem_marks(segment: Segment, project: Project | None = None) -> str:
    """Return the Problems column: each problem in a few words, errors first."""
    found = _problems(segment, project)
    ordered = sorted(found, key=lambda p: p.severity != "error")
    if not ordered:
        return ""
    from reviewer.ui.translated import short

    return tr("; ").join(dict.fromkeys(short(p) for p in ordered))


DISPLAY_LIMIT = 1_000  # characters of a text a table cell shows: more than the widest cell holds
TOOLTIP_LIMIT = 2_000  # characters of a text a tooltip shows


def plain_tooltip(text: str) -> str:
    """Return ``text`` as a tooltip that shows its characters as they are.

    Qt guesses rich text in tooltips from a leading tag, so a subtitle reading ``<b>`` or
    ``<img src=...>`` would be rendered; escaped inside ``<qt>`` it never is.
    """
    if not text:
        return ""
    if len(text) > TOOLTIP_LIMIT:  # Qt lays a tooltip out whole: 50 MB took minutes
        text = f"{text[:TOOLTIP_LIMIT]}…\n" + tr("({count} in all)").format(
            count=counted(len(text), "character")
        )
    return "<qt><p style='white-space:pre-wrap'>" + html.escape(text) + "</p></qt>"


def one_line(text: str, limit: int = DISPLAY_LIMIT) -> str:
    """Return ``text`` as a table cell shows it: line breaks as ⏎, and no more than ``limit``
    characters (then an ellipsis). Qt measures and elides a cell's whole text at each paint,
    so one 50 MB line froze the window; the text itself is never cut, only its display."""
    cut = len(text) > limit
    if cut:
        text = text[:limit]
    shown = text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ")
    return shown + "…" if cut else shown


class SegmentTableModel(QAbstractTableModel):
    """Rows are segments in time order; columns are :data:`COLUMNS`.

    With ``problems=False`` the Problems column stays empty until :meth:`show_problems`: the
    window paints its first rows before the checks (glossary, OpenCC, rapidfuzz) are loaded.
    """

    def __init__(
        self,
        project: Project,
        parent: Any = None,
        *,
        problems: bool = True,
        signals: ProjectSignals | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._problems_shown = problems
        self._ids: list[int] = project.ids
        self._rows: dict[int, int] = {i: r for r, i in enumerate(self._ids)}
        self._playing: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        # The window's adapter; a model on its own (a script, a test) makes one of its own,
        # which keeps the model as long as the project, as a subscriber would be kept.
        self._own_signals = signals is None
        if signals is None:
            self.signals = ProjectSignals(project)
            self.signals.notice.connect(lambda notice: self._on_notice(notice))
        else:
            self.signals = signals
            self.signals.notice.connect(self._on_notice)

    def detach(self) -> None:
        """Stop listening to the project (before it closes)."""
        if self._own_signals:
            self.signals.close()
        elif not self.signals.closed:
            self.signals.notice.disconnect(self._on_notice)

    # -- lookups --------------------------------------------------------------------------

    def segment_at(self, row: int) -> Segment:
        return self.project.segment(self._ids[row])

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, segment_id: int) -> int | None:
        return self._rows.get(segment_id)

    @property
    def problems_shown(self) -> bool:
        return self._problems_shown

    def show_problems(self) -> None:
        """Fill the Problems column (left empty by ``problems=False``)."""
        if self._problems_shown:
            return
        self._problems_shown = True
        if self._ids:
            self.dataChanged.emit(
                self.index(0, COL_PROBLEMS), self.index(len(self._ids) - 1, COL_PROBLEMS)
            )

    @property
    def playing_id(self) -> int | None:
        return self._playing

    def set_playing(self, segment_id: int | None) -> None:
        """Light up the segment under the playhead (None: none)."""
        if segment_id == self._playing:
            return
        old, self._playing = self._playing, segment_id
        for sid in (old, segment_id):
            row = self.row_of(sid) if sid is not None else None
            if row is not None:
                self.dataChanged.emit(
                    self.index(row, 0),
                    self.index(row, len(COLUMNS) - 1),
                    [Qt.ItemDataRole.BackgroundRole, PLAYING_ROLE],
                )

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self._ids) or not index.isValid():
            return None
        segment = self.project.segment(self._ids[row])
        column = index.column()
        if column == COL_PROBLEMS and not self._problems_shown:
            return None
        if role == _DISPLAY:
            if column == COL_PROBLEMS:
                return problem_marks(segment, self.project)
            return self._display(segment, column)
        if role == _TOOLTIP:
            if column in (COL_SOURCE, COL_TRANSLATION):
                return plain_tooltip(
                    getattr(segment, "source" if column == COL_SOURCE else "translation")
                )
            if column == COL_PROBLEMS:
                return plain_tooltip("\n".join(problems_of(segment, self.project)))
            if column == COL_STATUS:
                return str(segment.status).capitalize()
            return None
        if role == _BACKGROUND:
            if segment.id == self._playing:
                return PLAYING_BACKGROUND
            if column == COL_SPEAKER and segment.speaker:
                speaker = self.project.speaker(segment.speaker)
                if speaker and speaker.color:
                    colour = QColor(speaker.color)
                    colour.setAlpha(110)
                    return colour
            return None
        if role == _FOREGROUND:
            if column == COL_STATUS and segment.status in STATUS_COLOURS:
                return QColor(STATUS_COLOURS[segment.status])
            if column == COL_PROBLEMS:
                marks = problems_of(segment, self.project)
                return QColor("#d9534f" if marks and marks[0].startswith("!") else "#c98a1b")
            return None
        if role == _FONT and segment.id == self._playing and column == COL_ID:
            return self._bold
        if role == _ALIGNMENT:
            if column in (COL_ID, COL_START, COL_END):
                return _RIGHT
            return _CENTRE if column == COL_STATUS else None
        if role == SEGMENT_ID_ROLE:
            return segment.id
        if role == PLAYING_ROLE:
            return segment.id == self._playing
        if role == STATUS_ROLE:
            return str(segment.status)
        return None

    @staticmethod
    def _display(segment: Segment, column: int) -> str:
        if column == COL_ID:
            return str(segment.id)
        if column == COL_START:
            return format_timecode(segment.start_ms)
        if column == COL_END:
            return format_timecode(segment.end_ms)
        if column == COL_SPEAKER:
            return segment.speaker or ""
        if column == COL_SOURCE:
            return one_line(segment.source)
        if column == COL_TRANSLATION:
            return one_line(segment.translation)
        if column == COL_STATUS:
            return STATUS_MARKS[segment.status]
        return ""

    # -- following the project ------------------------------------------------------------

    def _on_notice(self, notice: Notice) -> None:
        last_column = len(COLUMNS) - 1
        if notice.kind == NoticeKind.SEGMENTS:
            first, last = notice.first, notice.last
            if notice.fields & {"start_ms", "end_ms"}:  # a neighbour's gap or overlap changed
                first, last = max(0, first - 1), min(len(self._ids) - 1, last + 1)
            if 0 <= first <= last < len(self._ids):
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        elif notice.kind == NoticeKind.INSERTED:
            self.beginInsertRows(QModelIndex(), notice.first, notice.first)
            self._sync_ids()
            self.endInsertRows()
        elif notice.kind == NoticeKind.REMOVED:
            self.beginRemoveRows(QModelIndex(), notice.first, notice.first)
            self._sync_ids()
            self.endRemoveRows()
        elif notice.kind == NoticeKind.RESET:
            self._relayout()
        elif notice.kind in (NoticeKind.META, NoticeKind.GLOSSARY, NoticeKind.MEDIA) and self._ids:
            self.dataChanged.emit(
                self.index(0, COL_PROBLEMS), self.index(len(self._ids) - 1, COL_PROBLEMS)
            )
        elif notice.kind == NoticeKind.SPEAKERS and self._ids:
            self.dataChanged.emit(
                self.index(0, COL_SPEAKER), self.index(len(self._ids) - 1, COL_PROBLEMS)
            )

    def _sync_ids(self) -> None:
        self._ids = self.project.ids
        self._rows = {i: r for r, i in enumerate(self._ids)}

    def _relayout(self) -> None:
        """Rows moved (a retime) or many came and went: keep selections on their segments."""
        new_ids = self.project.ids
        if set(new_ids) != set(self._ids):
            self.beginResetModel()
            self._sync_ids()
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._sync_ids()
        for index in self.persistentIndexList():
            new_row = self._rows[old_ids[index.row()]]
            self.changePersistentIndex(index, self.index(new_row, index.column()))
        self.layoutChanged.emit()
