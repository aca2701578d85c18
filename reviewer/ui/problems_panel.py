"""The problems panel: every check's findings, errors first and grouped by check with counts,
stepped through with F8 / Shift+F8, fixed one segment at a time (Ctrl+.) or all at once after a
preview. A warning on an approved segment is hidden (the editor judged it) unless asked for, so
the count reaches zero when the review is done. The project's kind (transcript or subtitles)
is shown and switched here: it decides which checks apply."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.app.checking import all_problems, approved_ids, fix_all, fix_plan
from reviewer.core.timecode import format_timecode
from reviewer.store import Notice, NoticeKind, Project
from reviewer.store.fixing import apply_plan
from reviewer.store.glossary import checker_of, glossary_loading, kind_of, set_kind
from reviewer.text.checks import CHECKS, ERROR, KINDS, Problem, still_open
from reviewer.ui.action_spec import ANYWHERE, ActionSpec
from reviewer.ui.change_preview import ChangePreview
from reviewer.ui.glossary_loading import GlossaryLoader
from reviewer.ui.i18n import QT_TR_NOOP, tr
from reviewer.ui.segment_model import plain_tooltip
from reviewer.ui.translated import check_name, message, severity
from reviewer.ui.translated import kind as kind_word

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

HEADERS = ("#", QT_TR_NOOP("Time"), QT_TR_NOOP("Check"), QT_TR_NOOP("Problem"))
SEVERITY_COLOURS = {ERROR: QColor("#d9534f"), "warning": QColor("#c98a1b")}
SHOW = {
    QT_TR_NOOP("All problems"): "",
    QT_TR_NOOP("Errors"): ERROR,
    QT_TR_NOOP("Warnings"): "warning",
}
Index = QModelIndex | QPersistentModelIndex
WARM_SLICE = 1000  # segments checked per turn of the event loop when a long project opens


_CHECK_ORDER = {name: i for i, name in enumerate(CHECKS)}


def listed_order(problems: list[Problem], rows: dict[int, int]) -> list[Problem]:
    """Return ``problems`` as the panel lists them: errors first, then grouped by check (in
    the order of :data:`CHECKS`), then in time order (``rows``: segment id to its row)."""
    return sorted(
        problems,
        key=lambda p: (
            p.severity != ERROR,
            _CHECK_ORDER.get(p.check, len(_CHECK_ORDER)),
            rows.get(p.segment_id, 0),
        ),
    )


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        self._group_sizes: dict[tuple[str, str], int] = {}

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = problems
        sizes: dict[tuple[str, str], int] = {}
        for p in problems:
            sizes[(p.severity, p.check)] = sizes.get((p.severity, p.check), 0) + 1
        self._group_sizes = sizes
        self.endResetModel()

    def _group_label(self, row: int) -> str:
        """The Check column names a group on its first row, with its count; the rows under it
        leave it blank, so the groups read as groups."""
        p = self.problems[row]
        if row > 0:
            before = self.problems[row - 1]
            if (before.severity, before.check) == (p.severity, p.check):
                return ""
        return f"{check_name(p.check)} ({self._group_sizes.get((p.severity, p.check), 0)})"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(p.segment_id),
                format_timecode(p.start_ms),
                self._group_label(index.row()),
                message(p),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (2, 3):
            return SEVERITY_COLOURS.get(p.severity) if index.column() == 2 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            fix = "\n" + tr("Fix (Ctrl+.): {fix}").format(fix=p.fix) if p.fix else ""
            return plain_tooltip(f"{severity(p.severity)}: {message(p)}{fix}")
        return None


class ProblemsPanel(QWidget):
    """Lists the project's problems; follows its notices (debounced)."""

    def __init__(self, window: Window) -> None:
        super().__init__()
        self.setObjectName("problemsPanel")
        self.main = window
        self.project: Project | None = None
        self.all: list[Problem] = []
        self.model = ProblemsModel(self)
        self.view = QTableView()
        self.view.setObjectName("problemsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Sized from the rows in view and 100 more, not from 1,000 (Qt's default): a 20,000-
        # segment project lists as many problems, and every reset measured them all.
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda index: self.go_to(index.row()))
        self.view.clicked.connect(lambda index: self.go_to(index.row()))
        self.show_box = QComboBox()
        for label, value in SHOW.items():
            self.show_box.addItem(tr(label), value)
        self.show_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("problemsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.show_approved = QCheckBox(tr("Include approved"))
        self.show_approved.setObjectName("showApprovedWarnings")
        self.show_approved.setToolTip(
            tr(
                "Also list the warnings of approved segments (approving a segment says its"
                " warnings were judged)"
            )
        )
        self.show_approved.toggled.connect(lambda _on: self._list(self.all))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindBox")
        for kind in KINDS:
            self.kind_box.addItem(tr("Checked as {kind}").format(kind=kind_word(kind)), kind)
        self.kind_box.setToolTip(
            tr(
                "What the project is for: subtitles are also checked for line length, lines,"
                " reading speed, durations and gaps; a transcript is not"
            )
        )
        self.kind_box.activated.connect(self._kind_chosen)
        self.fix_button = QPushButton(tr("Fix segment"))
        self.fix_button.setToolTip(tr("Apply the glossary fixes of the current segment (Ctrl+.)"))
        self.fix_button.clicked.connect(lambda: window.actions_by_name["fix_problem"].trigger())
        self.fix_all_button = QPushButton(tr("Fix all…"))
        self.fix_all_button.setToolTip(
            tr("Preview every glossary fix, then apply them as one step")
        )
        self.fix_all_button.clicked.connect(
            lambda: window.actions_by_name["fix_all_problems"].trigger()
        )
        bar = QHBoxLayout()
        bar.addWidget(self.kind_box)
        bar.addWidget(self.show_box)
        bar.addWidget(self.show_approved)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.fix_button)
        bar.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        # A new project is checked a slice at a time between events (see set_project).
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_step)
        self._warm_row = 0
        self.loader = GlossaryLoader(self)  # a large glossary: indexed off the GUI thread

    @property
    def problems(self) -> list[Problem]:
        return self.model.problems

    def set_project(self, project: Project | None) -> None:
        self.project = project
        signals = self.main.project_signals
        if project is not None and signals is not None:
            signals.notice.connect(self._on_notice)  # disconnected when the project closes
            self.loader.start(project)
        self._show_kind()
        if project is None or len(project.transcript.segments) <= WARM_SLICE:
            self.refresh()
            return
        # A long transcript takes a while to check (20,000 segments: most of a second), so the
        # window shows first and the checks fill the cache a slice per turn of the event loop;
        # then what the slices found is listed. F8 or a change meanwhile checks the rest at once.
        self.model.set_problems([])
        self.all = []
        self._warm()

    def _warm(self) -> None:
        """Check every segment again, a slice a turn of the event loop, then list them."""
        self._timer.stop()
        self.summary.setText(tr("Checking…"))
        self._warm_row = 0
        self._warm_timer.start()

    def _warm_step(self) -> None:
        project = self.project
        if project is None:
            self._warm_timer.stop()
            return
        segments = project.transcript.segments
        cache = checker_of(project)
        end = min(len(segments), self._warm_row + WARM_SLICE)
        for i in range(self._warm_row, end):
            cache.of(
                segments[i],
                segments[i - 1] if i > 0 else None,
                segments[i + 1] if i + 1 < len(segments) else None,
            )
        self._warm_row = end
        if end < len(segments):
            return
        # Every row is in the cache now: listing them all (with the names spelt two ways, a
        # finding about the whole transcript) is quick.
        self.refresh()

    def _on_notice(self, notice: Notice) -> None:
        if notice.kind in (NoticeKind.META, NoticeKind.GLOSSARY, NoticeKind.MEDIA):
            self._show_kind()
            project = self.project
            if project is not None and len(project.transcript.segments) > WARM_SLICE:
                # A new glossary, kind or profile: every row is checked again, a slice a turn.
                self._warm()
                return
        if not self._warm_timer.isActive():
            self._timer.start()

    def _show_kind(self) -> None:
        self.kind_box.setEnabled(self.project is not None and not self.project.read_only)
        if self.project is not None:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind_of(self.project))))

    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind_box.currentData()
        if self.project is not None and kind != kind_of(self.project):
            self.main.edit(lambda p: set_kind(p, kind))
            self.main.show_message(
                tr("Checked as {kind} (Ctrl+Z takes it back)").format(kind=kind_word(kind)), 6000
            )
        self._show_kind()

    def refresh(self) -> None:
        """Run the checks again (cached per segment) and keep the selected problem selected."""
        self._list(all_problems(self.project) if self.project else [])

    def _list(self, found: list[Problem]) -> None:
        """List ``found`` (every problem of the project, in time order)."""
        self._timer.stop()
        self._warm_timer.stop()
        chosen = self.current()
        self.all = found
        project = self.project
        open_ = found
        if project is not None and not self.show_approved.isChecked():
            open_ = still_open(found, approved_ids(project))
        show = self.show_box.currentData()
        shown = [p for p in open_ if not show or p.severity == show]
        rows = {s.id or 0: i for i, s in enumerate(project.transcript.segments)} if project else {}
        self.model.set_problems(listed_order(shown, rows))
        text = summary(open_, hidden=len(found) - len(open_))
        if project is not None and glossary_loading(project):
            text += tr("; loading the glossary…")
        self.summary.setText(text)
        if chosen is not None:
            key = (chosen.segment_id, chosen.check, chosen.message)
            for row, p in enumerate(shown):
                if (p.segment_id, p.check, p.message) == key:
                    self.view.selectRow(row)
                    break

    def current(self) -> Problem | None:
        index = self.view.currentIndex()
        if index.isValid() and index.row() < len(self.problems):
            return self.problems[index.row()]
        return None

    def go_to(self, row: int) -> None:
        """Select problem ``row`` here and its segment in the window."""
        if not 0 <= row < len(self.problems):
            return
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        problem = self.problems[row]
        self.main.select_id(problem.segment_id)
        self.main.show_message(
            f"#{problem.segment_id} {severity(problem.severity)}: {message(problem)}", 8000
        )

    def step(self, forward: bool) -> None:
        """Go to the next (or previous) problem from the selected one or the current segment."""
        if self.timer_pending:
            self.refresh()
        problems = self.problems
        if not problems or self.project is None:
            self.main.show_message(tr("No problems"), 4000)
            return
        chosen = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        current_id = self.main.current_id()
        on_segment = 0 <= chosen < len(problems) and problems[chosen].segment_id == current_id
        if on_segment:
            row = (chosen + (1 if forward else -1)) % len(problems)
        else:
            # From the current segment: the first problem listed (errors first) at or after it.
            here = self.project.row_of(current_id) if current_id is not None else -1
            rows = [self.project.row_of(p.segment_id) for p in problems]
            if forward:
                row = next((i for i, r in enumerate(rows) if r >= here), 0)
            else:
                row = next((i for i in reversed(range(len(rows))) if rows[i] < here), len(rows) - 1)
        self.go_to(row)

    @property
    def timer_pending(self) -> bool:
        return self._timer.isActive() or self._warm_timer.isActive()


def summary(problems: list[Problem], hidden: int = 0) -> str:
    """Return the panel's one-line summary: errors and warnings, each check with its count, and
    how many warnings of approved segments are hidden."""
    if not problems:
        text = tr("No problems")
    else:
        errors = sum(1 for p in problems if p.severity == ERROR)
        counts: dict[str, int] = {}
        for p in listed_order(problems, {}):  # as the list shows them: errors' checks first
            counts[p.check] = counts.get(p.check, 0) + 1
        # The list's separator and brackets are the language's own ("、", "（）").
        by_check = tr(", ").join(f"{check_name(check)} {n}" for check, n in counts.items())
        text = tr("{errors}, {warnings}").format(
            errors=_errors(errors), warnings=_warnings(len(problems) - errors)
        )
        text += tr(" ({checks})").format(checks=by_check)
    if hidden:
        text += tr("; {warnings} of approved segments hidden").format(warnings=_warnings(hidden))
    return text


def _errors(n: int) -> str:
    return (tr("1 error") if n == 1 else tr("{n} errors")).format(n=n)


def _warnings(n: int) -> str:
    return (tr("1 warning") if n == 1 else tr("{n} warnings")).format(n=n)


def _fix_segment(window: Window) -> None:
    project, segment_id = window.project, window.current_id()
    if project is None or segment_id is None:
        return
    window.editor.flush()
    plan = fix_plan(project, [segment_id])
    if not plan:
        window.show_message(tr("No glossary fix for #{id}").format(id=segment_id), 5000)
        return
    window.edit(lambda p: apply_plan(p, plan, f"Fix #{segment_id} from the glossary"))
    window.show_message(tr("Fixed #{id}: {text}").format(id=segment_id, text=plan[0][3]), 8000)


def _fix_all(window: Window) -> None:
    if window.project is None:
        return
    window.editor.flush()
    plan = fix_plan(window.project)
    dialog = ChangePreview(
        tr("Fix all glossary, name and untranslated-text problems"),
        plan,
        lambda chosen: window.edit(lambda p: fix_all(p, chosen)),
        window.widget,
    )
    window.set_dialog(dialog)
    dialog.open()


def install(window: Window) -> None:
    panel = ProblemsPanel(window)
    window.add_part(panel)
    window.add_dock(panel, tr("Problems"), "problemsDock", Qt.DockWidgetArea.BottomDockWidgetArea)
    window.add_action(
        ActionSpec(
            "next_problem",
            "Next problem",
            "Review",
            ("F8",),
            ANYWHERE,
            "Go to the next problem of any kind",
        ),
        lambda: panel.step(True),
    )
    window.add_action(
        ActionSpec("previous_problem", "Previous problem", "Review", ("Shift+F8",), ANYWHERE),
        lambda: panel.step(False),
    )
    window.add_action(
        ActionSpec(
            "fix_problem",
            "Fix from the glossary",
            "Review",
            ("Ctrl+.",),
            ANYWHERE,
            "Apply the glossary form (or the form the transcript uses most) to the current"
            " segment's translation",
        ),
        lambda: _fix_segment(window),
    )
    window.add_action(
        ActionSpec(
            "fix_all_problems",
            "Fix all from the glossary…",
            "Review",
            ("Ctrl+Shift+.",),
            ANYWHERE,
            "Preview every glossary fix, then apply them as one step",
        ),
        lambda: _fix_all(window),
    )
    window.project_opened.connect(panel.set_project)
    window.project_closing.connect(lambda _p: panel.set_project(None))
