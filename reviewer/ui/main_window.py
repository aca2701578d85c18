"""The review window: video, segment table, editor, speakers, all driven from the keyboard.

The window starts in steps, the way large editors do: the constructor builds only what the first
paint shows and needs (the table, the editor, the speakers, the menus and the window's own keys);
once the table has painted, each later turn of the event loop adds one more part: the features
(their panels and keys, the docks' saved layout), the video pane, libvlc, the Problems column.
:meth:`MainWindow.finish_start` does the rest at once; ``started`` says when all is in place.
"""

from __future__ import annotations

import bisect
import operator
import traceback
from collections import deque
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QKeyCombination,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError, SaveError
from reviewer.core.models import Segment, Status
from reviewer.core.timecode import format_timecode
from reviewer.store import Notice, Project
from reviewer.ui import features, heap, opening
from reviewer.ui.actions import ACTIONS, EDITOR, LIST, ActionSpec, make_action
from reviewer.ui.editor_pane import EditorPane
from reviewer.ui.playback import Playback
from reviewer.ui.segment_filter import STATUS_FILTERS, SegmentFilter
from reviewer.ui.segment_model import (
    COL_END,
    COL_ID,
    COL_PROBLEMS,
    COL_SOURCE,
    COL_SPEAKER,
    COL_START,
    COL_STATUS,
    COL_TRANSLATION,
    SegmentTableModel,
)
from reviewer.ui.settings import Settings
from reviewer.ui.speaker_panel import SpeakerPanel
from reviewer.ui.tally import Tally

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from reviewer.ui.video_pane import VideoPane

MENU_ORDER = ("File", "Edit", "Review", "Translation", "Playback", "View", "Help")
NUDGE_MS = 100
JUMP_MS = 2000
# The start goes on after this long even if the table never paints (a window kept hidden).
START_FALLBACK_MS = 500
SCROLL_MARGIN = 3  # rows kept in view above and below the current one
# Actions that act on the current segment: enabled only when there is one.
SEGMENT_ACTIONS = frozenset(
    {
        "approve_next", "flag", "split", "merge", "delete_segments", "clear_speaker",
        "clear_speaker_alt", "new_speaker", "start_at_playhead", "end_at_playhead",
        "nudge_start_earlier", "nudge_start_later", "nudge_end_earlier", "nudge_end_later",
        "edit_note", "edit_translation", "edit_source",
    }
)  # fmt: skip


class SegmentTable(QTableView):
    """The segment list: one row per segment, fixed row height so 20,000 rows scroll smoothly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)

    def keyboardSearch(self, search: str) -> None:
        """Typed letters are keys (speakers, tags), not a jump to a matching row."""

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End (with or without Ctrl) go to the first and last segment: a row is
        the unit here, so there is no first or last cell of a row to go to."""
        action = QAbstractItemView.CursorAction
        if cursorAction in (action.MoveHome, action.MoveEnd) and self.model() is not None:
            rows = self.model().rowCount()
            if rows:
                row = 0 if cursorAction == action.MoveHome else rows - 1
                column = max(self.currentIndex().column(), 0)
                return self.model().index(row, column)
        return super().moveCursor(cursorAction, modifiers)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """A move with Ctrl (Ctrl+Home, Ctrl+End) selects the row it lands on, as a move
        without it does: the selection is the segment the keys and the editor act on."""
        flags = super().selectionCommand(index, event)
        if (
            isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
        ):
            return (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
        return flags

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Keep the row in view with ``SCROLL_MARGIN`` rows of context above and below it
        (where the list has them), so the next segment is always in sight."""
        if hint == QAbstractItemView.ScrollHint.EnsureVisible and index.isValid():
            rows = self.model().rowCount()
            for row in (index.row() + SCROLL_MARGIN, index.row() - SCROLL_MARGIN):
                if 0 <= row < rows and row != index.row():
                    super().scrollTo(self.model().index(row, index.column()), hint)
        super().scrollTo(index, hint)


class _FirstPaint(QObject):
    """Calls ``then`` once, when the watched widget has painted for the first time."""

    def __init__(self, watched: QWidget, then: Callable[[], None]) -> None:
        super().__init__(watched)
        self._then: Callable[[], None] | None = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            then()
        return False


class MainWindow(QMainWindow):
    """One project at a time; every edit goes to the project and comes back as a notice."""

    project_opened = Signal(object)  # the Project, once the window shows it
    project_closing = Signal(object)  # the Project, before it closes
    current_segment_changed = Signal(object)  # the current segment's id, or None
    started = Signal()  # every deferred part of the start is in place (see finish_start)

    video: VideoPane  # made by the start's first deferred step

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.project: Project | None = None
        self.model: SegmentTableModel | None = None
        self._starts: list[int] = []
        self._following = False  # set while the window moves the selection itself
        self._last_playhead = 0  # ms: Follow playback moves on only when playback crosses a start
        self._last_id: int | None = None  # the last current segment (Esc selects it again)
        self._statuses = Tally("status")  # for "Reviewed N of M"
        self._speakers = Tally("speaker")  # for "Without speaker (N)"
        self._save_error = ""
        self._dialog: QWidget | None = None  # the open non-modal dialog (palette, export...)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Reviewer")
        self.setAcceptDrops(True)
        self.resize(1400, 860)

        self.playback = Playback(self)
        # The video pane's place until the start builds it: the same black, no transport yet.
        self._video_slot = QWidget()
        self._video_slot.setObjectName("videoSlot")
        self._video_slot.setStyleSheet("QWidget#videoSlot { background: black; }")
        self.table = SegmentTable()
        self.filter = SegmentFilter(self)
        self.table.setModel(self.filter)
        self.editor = EditorPane()
        self.speakers = SpeakerPanel()
        self._build_filter_bar()
        self._build_layout()
        self._build_status_bar()
        self.actions_by_name: dict[str, QAction] = {}
        self._segment_actions: list[QAction] | None = None
        self.specs: list[ActionSpec] = []
        self._build_actions()
        self._connect()
        self._restore_geometry()
        self._update_enabled()
        self._start_parts()

    # -- the start, in steps --------------------------------------------------------------

    def _start_parts(self) -> None:
        """Queue what the first paint does not need, one step per turn of the event loop."""
        self._started = False
        self._core_actions = set(self.actions_by_name)
        self._features_in = False  # their actions, docks and keys (set by _start_panels)
        self._problems_in = False  # the table's Problems column (set by _start_problems)
        self._start_steps: deque[Callable[[], None]] = deque(
            [
                # The features first: a long project's checks then run (a slice a turn, see
                # reviewer.ui.problems_panel) between the steps that follow. Imports a module a
                # turn; then every panel and dock in one step, so the window is laid out and
                # painted again once, not once per panel.
                *(partial(features.load, name) for name in features.FEATURES),
                self._start_features,
                self._start_panels,
                # Its icon comes from the style's files: 4 ms the first paint need not wait for.
                partial(self.find_box.setClearButtonEnabled, True),
                self._start_video,
                self.playback.prepare,  # libvlc loads its plugins
                self._start_player,
                self._start_problems,
                self._start_done,
            ]
        )
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self._start_next)
        # Watched on the table, painted in the same pass as its rows: not on its viewport,
        # whose private Qt class PySide cannot place without setting up every QtWidgets type
        # (6-11 ms, the first time Python touches it).
        _FirstPaint(self.table, lambda: self._start_timer.start(0))

    @property
    def is_started(self) -> bool:
        """True once every part of the window is in place."""
        return self._started

    def finish_start(self) -> None:
        """Build every part of the window still waiting for its turn, now."""
        self._start_timer.stop()
        while self._start_steps:
            self._run_step(self._start_steps.popleft())

    def _run_step(self, step: Callable[[], None]) -> None:
        """Run one step of the start; one that fails is reported, and the start goes on (the
        rest of the window, ``started``) without what it would have added."""
        try:
            step()
        except Exception as exc:  # a bug in one panel must not leave the window half-built
            traceback.print_exc()
            self.statusBar().showMessage(
                f"Part of the window could not be set up ({type(exc).__name__}: {exc})", 20000
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._start_steps and not self._start_timer.isActive():
            self._start_timer.start(START_FALLBACK_MS)  # the first paint starts it sooner

    def _start_next(self) -> None:
        if self._start_steps:
            self._run_step(self._start_steps.popleft())
        if self._start_steps:
            self._start_timer.start(0)

    def _start_video(self) -> None:
        from reviewer.ui.video_pane import VideoPane

        self.video = VideoPane(self.playback, attach_on_show=False)
        self.video.loop_button.setDefaultAction(self.actions_by_name["loop"])
        self.video.relink_requested.connect(self.do_relink_media)
        self.left.replaceWidget(self.left.indexOf(self._video_slot), self.video)
        self._video_slot.deleteLater()

    def _start_player(self) -> None:
        self.playback.attach(self.video.surface)  # libvlc: the picture, or why there is none

    def _start_features(self) -> None:
        features.install_all(self)
        for menu in self.menus.values():
            menu.menuAction().setVisible(not menu.isEmpty())
        self._default_dock_layout()
        state = self.settings.state("windowState")
        if state is not None:
            self.restoreState(state)
        self._update_enabled()

    def _start_panels(self) -> None:
        """The features came after the project: tell them what the window shows."""
        self._features_in = True
        if self.project is not None:
            self.project_opened.emit(self.project)
            self.current_segment_changed.emit(self.current_id())

    def _start_problems(self) -> None:
        self._problems_in = True
        if self.model is not None:
            self.model.show_problems()

    def _start_done(self) -> None:
        self._started = True
        self.started.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key no action took while the features are not in yet (F8 in the first moment):
        the rest of the window is built at once, so that this key reaches the feature it is
        for, and the keys after it come after it."""
        if not self._features_in:
            combination = event.keyCombination()
            event.accept()
            self.finish_start()
            self._play_early_key(combination)
            return
        super().keyPressEvent(event)

    def _play_early_key(self, combination: QKeyCombination) -> None:
        sequence = QKeySequence(combination)
        for name, action in self.actions_by_name.items():
            late = name not in self._core_actions
            if late and action.isEnabled() and sequence in action.shortcuts():
                action.trigger()
                return

    # -- building -------------------------------------------------------------------------

    def _build_filter_bar(self) -> None:
        self.find_box = QLineEdit()
        self.find_box.setObjectName("findBox")
        self.find_box.setPlaceholderText("Find in source or translation (Ctrl+F), any script")
        self.status_filter = QComboBox()
        for label, value in STATUS_FILTERS.items():
            self.status_filter.addItem(label, value)
        self.speaker_filter = QComboBox()
        self.speaker_filter.addItem("All speakers", "")
        self.progress = QLabel()
        self.progress.setObjectName("reviewProgress")
        self.progress.setMinimumWidth(
            self.progress.fontMetrics().horizontalAdvance("Reviewed 00000 of 00000") + 8
        )

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.find_box, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.speaker_filter, 1)
        bar.addWidget(self.progress)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table, 1)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(top)
        self.right.addWidget(self.editor)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("leftSplitter")
        self.left.addWidget(self._video_slot)
        self.left.addWidget(self.speakers)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 1)
        self.main = QSplitter(Qt.Orientation.Horizontal)
        self.main.setObjectName("mainSplitter")
        self.main.addWidget(self.left)
        self.main.addWidget(self.right)
        self.main.setStretchFactor(0, 2)
        self.main.setStretchFactor(1, 3)
        self.main.setSizes([520, 880])
        self.setCentralWidget(self.main)

    def _build_status_bar(self) -> None:
        self.saved_label = QLabel("No project")
        self.saved_label.setObjectName("savedState")
        self.playhead_label = QLabel("0:00.000")
        self.rate_label = QLabel("1.0x")
        bar = self.statusBar()
        bar.addWidget(self.saved_label, 1)
        bar.addPermanentWidget(self.playhead_label)
        bar.addPermanentWidget(self.rate_label)

    def _build_actions(self) -> None:
        self.menus = {name: self.menuBar().addMenu("&" + name) for name in MENU_ORDER}
        for spec in ACTIONS:
            handler = getattr(self, f"do_{spec.name}", None) or self._dispatch(spec.name)
            self.add_action(spec, handler)
        self.recent_menu = self.menus["File"].addMenu("Open recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.actions_by_name["follow"].setChecked(self.settings.flag("follow", True))
        typing = self.settings.flag("pause_while_typing", False)
        self.actions_by_name["pause_while_typing"].setChecked(typing)
        self.playback.set_pause_while_typing(typing)

    def add_action(self, spec: ActionSpec, handler: Callable[[], object]) -> QAction:
        """Add an action: its keys in its scope, its menu entry, the palette and Help list it.

        Features (see :mod:`reviewer.ui.features`) call this from their ``install(window)``.
        """
        action = make_action(spec, self)
        action.triggered.connect(lambda _checked=False, h=handler: self._run(h))
        self.actions_by_name[spec.name] = action
        self._segment_actions = None  # made again with this one in view
        self.specs.append(spec)
        target = {LIST: self.table, EDITOR: self.editor}.get(spec.scope, self)
        target.addAction(action)
        if spec.menu:
            menu = self.menus.get(spec.menu)
            if menu is None:
                menu = self.menus[spec.menu] = self.menuBar().addMenu("&" + spec.menu)
            if spec.name.startswith(("speaker_", "tag_")):
                title = "Speakers" if spec.name.startswith("speaker") else "Tags"
                key = f"{spec.menu}/{title}"
                if key not in self.menus:
                    self.menus[key] = menu.addMenu(title)
                menu = self.menus[key]
            menu.addAction(action)
        return action

    def place_under_video(self, widget: QWidget) -> None:
        """Put ``widget`` under the video, above the speakers (the audio lane)."""
        self.left.insertWidget(1, widget)
        self.left.setStretchFactor(1, 0)

    def add_dock(
        self,
        widget: QWidget,
        title: str,
        name: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """Add a panel the editor can move, close and reopen from the View menu."""
        from PySide6.QtWidgets import QDockWidget  # here: the panels come after the first paint

        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.menus["View"].addAction(dock.toggleViewAction())
        return dock

    def _dispatch(self, name: str) -> Callable[[], object]:
        """Handlers for the numbered actions (speaker_3, speaker_alt_3, tag_2)."""
        if name.startswith("speaker_"):
            slot = int(name.rsplit("_", 1)[1])
            return lambda: self.assign_slot(slot)
        if name.startswith("tag_"):
            n = int(name.rsplit("_", 1)[1])
            return lambda: self.toggle_tag_key(n)
        if name == "clear_speaker_alt":
            return self.do_clear_speaker
        if name == "play_pause_anywhere":
            return self.do_play_pause
        raise AttributeError(f"no handler for action {name}")

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_enabled())
        # Queued: a seek can come from inside a filter change (the current row moved), and
        # lighting a row then would re-enter the proxy model in the middle of its update.
        self.playback.position_changed.connect(
            self._playhead_moved, Qt.ConnectionType.QueuedConnection
        )
        self.playback.rate_changed.connect(lambda r: self.rate_label.setText(f"{r:g}x"))
        # The media's length as libvlc measured it: exports end no cue after it.
        self.playback.duration_changed.connect(self._media_measured)
        self.editor.error.connect(self.show_save_error)
        self.editor.saved.connect(self._show_saved)
        self.editor.typing_started.connect(self.playback.typing_started)
        self.speakers.error.connect(self.show_error)
        self.speakers.assign_requested.connect(
            lambda name: self._edit(lambda p: p.set_speaker(self.selected_ids(), name))
        )
        self.find_box.textChanged.connect(self.filter.set_text)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.filter.set_status(self.status_filter.currentData())
        )
        self.speaker_filter.currentIndexChanged.connect(
            lambda _i: self.filter.set_speaker(self.speaker_filter.currentData() or "")
        )
        self.actions_by_name["follow"].toggled.connect(
            lambda on: self.settings.set_flag("follow", on)
        )
        self.actions_by_name["pause_while_typing"].toggled.connect(self._set_pause_while_typing)
        self.actions_by_name["loop"].toggled.connect(lambda _on: self._update_loop())

    def _default_dock_layout(self) -> None:
        """Panels start as tabs in one strip under the table, so the texts keep their width;
        the editor moves them anywhere, and the window remembers where."""
        from PySide6.QtWidgets import QDockWidget

        docks = self.findChildren(QDockWidget)
        if not docks:
            return
        first = docks[0]
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, first)
        for dock in docks[1:]:
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.tabifyDockWidget(first, dock)
        problems = self.findChild(QDockWidget, "problemsDock")
        (problems or first).raise_()
        self.resizeDocks([first], [200], Qt.Orientation.Vertical)

    def _restore_geometry(self) -> None:
        """The window's size and splitters as the editor left them (the docks: _start_features)."""
        geometry = self.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for splitter in (self.main, self.left, self.right):
            state = self.settings.state(splitter.objectName())
            if state is not None:
                splitter.restoreState(state)

    # -- opening --------------------------------------------------------------------------

    def open_path(
        self, path: str | Path, encoding: str | None = None, *, break_lock: bool = False
    ) -> bool:
        """Open a project, or a transcript or video (making a project); False on failure.
        A transcript whose text encoding is only a guess asks first (unless ``encoding``)."""
        from reviewer.ui import project_trust  # here: its dialogs are not part of the start

        if encoding is None:
            from reviewer.ui.encoding_dialog import ask_encoding

            chosen = ask_encoding(self, Path(path))
            if chosen is False:
                return False
            encoding = chosen if isinstance(chosen, str) else None
        try:
            project, warnings = opening.open_anything(
                Path(path),
                author=self.settings.author or None,
                encoding=encoding,
                break_lock=break_lock,
            )
        except ReviewerError as exc:
            if getattr(exc, "rescuable", False):
                project_trust.offer_rescue(self, Path(exc.path or path), exc)
            else:
                self.show_error(str(exc))
            return False
        self.set_project(project)
        project_trust.tell_opening(self, project, Path(path))
        if warnings:
            # Nothing is skipped silently: the editor sees which cues of the file were not read.
            listed = "\n".join(str(w) for w in warnings[:20])
            more = f"\n… and {len(warnings) - 20} more" if len(warnings) > 20 else ""
            self.show_error(
                f"{len(warnings)} part(s) of the file could not be read as they were: left"
                f" out, repaired or read as a guess, as each line says:\n{listed}{more}"
            )
        return True

    def set_project(self, project: Project) -> None:
        heap.thaw()  # the project closing here was frozen with the start (reviewer.ui.heap)
        self.close_project()
        self.project = project
        # During the start the Problems column fills in after the first paint (_start_problems).
        self.model = SegmentTableModel(project, self, problems=self._problems_in)
        # The table keeps the proxy and its selection model (connected once in _connect).
        self.filter.setSourceModel(self.model)
        self._size_columns()
        self.editor.set_project(project)
        self.speakers.set_project(project)
        project.subscribe(self._on_notice)
        self._refresh_starts()
        self._refresh_speaker_filter()
        self._statuses.rebuild(project)
        self._speakers.rebuild(project)
        self._refresh_progress()
        moved = project.relink_moved_media()
        media = project.media_path
        duration = max(map(operator.attrgetter("end_ms"), project.transcript.segments), default=0)
        self.playback.load(str(media) if media else None, duration_hint_ms=duration)
        title = project.transcript.title or project.path.stem
        self.setWindowTitle(f"{title} — {project.path.name} — Reviewer")
        self.settings.add_recent(str(project.path))
        self.settings.last_project = str(project.path)
        if project.read_only:
            self.saved_label.setText(f"Read-only: {project.read_only_reason}")
            self.saved_label.setStyleSheet("color: #d9534f; font-weight: bold")
        else:
            self._show_saved()
        if moved is not None:
            self.statusBar().showMessage(f"The video had moved: found it at {moved}", 10000)
        if project.transcript.segments:
            self.select_row(0)
        self.table.setFocus()
        self._update_enabled()
        self.project_opened.emit(project)

    def _size_columns(self) -> None:
        """Narrow columns for numbers, times and marks; source and translation share the rest."""
        header = self.table.horizontalHeader()
        digit = self.table.fontMetrics().horizontalAdvance("0")
        widths = {COL_ID: 4, COL_START: 9, COL_END: 9, COL_SPEAKER: 11, COL_STATUS: 2}
        widths[COL_PROBLEMS] = 15
        for column, chars in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, digit * chars + 12)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TRANSLATION, QHeaderView.ResizeMode.Stretch)

    def close_project(self) -> None:
        if self.project is None:
            return
        self.editor.flush()
        self.project_closing.emit(self.project)
        self.editor.set_project(None)
        self.speakers.set_project(None)
        if self.model is not None:
            # The table must not ask a closed project for rows: it shows none until the next.
            self.filter.setSourceModel(None)  # type: ignore[arg-type]
            self.model.detach()
            self.model.deleteLater()
            self.model = None
        self.project.close()
        self.project = None
        self.setWindowTitle("Reviewer")

    # -- the current segment and the playhead ---------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model is None:
            return None
        return self.model.id_at(self.filter.mapToSource(index).row())

    def selected_ids(self) -> list[int]:
        if self.model is None:
            return []
        rows = sorted(
            {self.filter.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        )
        ids = [self.model.id_at(r) for r in rows]
        current = self.current_id()
        return ids or ([current] if current is not None else [])

    def select_row(self, source_row: int, *, seek: bool = True) -> None:
        """Make ``source_row`` current and selected, scrolled into view."""
        if self.model is None:
            return
        index = self.filter.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return
        self._following = not seek
        try:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._following = False

    def select_id(self, segment_id: int, *, seek: bool = True) -> None:
        row = self.model.row_of(segment_id) if self.model else None
        if row is not None:
            self.select_row(row, seek=seek)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        segment_id = self.current_id()
        if segment_id is not None:
            self._last_id = segment_id
        self.editor.show_segment(segment_id)
        if segment_id is not None and self.project is not None and not self._following:
            self.playback.seek(self.project.segment(segment_id).start_ms)
        self._update_loop()
        self._update_enabled()
        self.current_segment_changed.emit(segment_id)

    def _playhead_moved(self, ms: int) -> None:
        self.playhead_label.setText(format_timecode(ms))
        if self.project is None or self.model is None:
            return
        row = bisect.bisect_right(self._starts, ms) - 1
        playing = None
        if row >= 0:
            segment = self.model.segment_at(row)
            if segment.start_ms <= ms < segment.end_ms:
                playing = segment.id
        self.model.set_playing(playing)
        before, self._last_playhead = self._last_playhead, ms
        follow = self.actions_by_name["follow"].isChecked()
        # Only when playback moves on into the segment (its start crossed going forwards): a
        # playhead that steps back (libvlc correcting itself after a seek) never moves the
        # selection that the editor's next key acts on.
        if (
            follow
            and playing is not None
            and before < self.model.segment_at(row).start_ms <= ms
            and playing != self.current_id()
            and self.playback.is_playing()
            and not self.editor.has_pending
            and not self.actions_by_name["loop"].isChecked()
        ):
            self.select_id(playing, seek=False)

    def _update_loop(self) -> None:
        segment_id = self.current_id()
        if self.actions_by_name["loop"].isChecked() and segment_id is not None and self.project:
            segment = self.project.segment(segment_id)
            self.playback.set_loop(segment.start_ms, segment.end_ms)
        else:
            self.playback.set_loop(None, None)

    def _media_measured(self, ms: int) -> None:
        """Keep the length libvlc found (not the stand-in's guess from the transcript)."""
        if self.project is not None and not self.playback.is_stand_in:
            self.project.record_media_duration(ms)

    def _refresh_starts(self) -> None:
        self._starts = (
            [s.start_ms for s in self.project.transcript.segments] if self.project else []
        )

    # -- notices from the project ---------------------------------------------------------

    def _on_notice(self, notice: Notice) -> None:
        if notice.kind in ("inserted", "removed", "reset") or "start_ms" in notice.fields:
            self._refresh_starts()
        if notice.kind == "speakers":
            self._refresh_speaker_filter()
        if self.project is not None:
            statuses = self._statuses.update(self.project, notice)
            if self._speakers.update(self.project, notice) or statuses:
                self._refresh_progress()
        if "start_ms" in notice.fields or "end_ms" in notice.fields:
            self._update_loop()
        self._show_saved()
        self._update_enabled()

    def _refresh_speaker_filter(self) -> None:
        chosen = self.speaker_filter.currentData()
        self.speaker_filter.blockSignals(True)
        self.speaker_filter.clear()
        self.speaker_filter.addItem("All speakers", "")
        for s in self.project.transcript.speakers if self.project else []:
            self.speaker_filter.addItem(s.name, s.name)
        self.speaker_filter.setCurrentIndex(max(0, self.speaker_filter.findData(chosen)))
        self.speaker_filter.blockSignals(False)

    def _refresh_progress(self) -> None:
        if self.project is None:
            self.progress.setText("")
            return
        segments = self.project.transcript.segments
        counts = self._statuses
        done = counts[Status.APPROVED]
        self.progress.setText(f"Reviewed {done} of {len(segments)}")
        # A missing speaker is review progress, counted here and in the filter, not a problem.
        unnamed = self._speakers[None] + self._speakers[""]
        # Edited since approval, or edited and not yet approved: the desk has not seen it.
        self.progress.setToolTip(
            f"{done} approved, {counts[Status.EDITED]} edited and not approved, "
            f"{counts[Status.FLAGGED]} flagged, {unnamed} without a speaker; "
            "a change to an approved segment makes it edited again"
        )
        row = self.status_filter.findData("no-speaker")
        if row >= 0:
            self.status_filter.setItemText(row, f"Without speaker ({unnamed})")

    def _show_saved(self) -> None:
        if self.project is None or self.project.read_only:
            return
        if self.project.pending:  # held in memory, not in the file (see reviewer.ui.saving)
            from reviewer.ui.saving import unsaved_text

            self.show_save_error(unsaved_text(self.project))
            return
        self._save_error = ""
        self.saved_label.setStyleSheet("")
        self.saved_label.setText("All changes saved")

    def show_save_error(self, message: str) -> None:
        self._save_error = message
        self.saved_label.setStyleSheet(
            "color: white; background: #c9302c; font-weight: bold; padding: 0 6px"
        )
        self.saved_label.setText(f"NOT SAVED: {message}")

    def set_dialog(self, dialog: QWidget) -> None:
        """Keep ``dialog`` (open, non-modal) as the window's current one."""
        self._dialog = dialog

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # here: dialogs are not part of the start

        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Reviewer", message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and text are never markup
        box.open()
        self._dialog = box

    def _update_enabled(self) -> None:
        has = self.project is not None and not self.project.read_only
        current = self.current_id() is not None
        if self._segment_actions is None:  # the actions that need a current segment
            self._segment_actions = [
                action
                for name, action in self.actions_by_name.items()
                if name.startswith(("speaker_", "tag_")) or name in SEGMENT_ACTIONS
            ]
        for action in self._segment_actions:
            action.setEnabled(has and current)
        self.actions_by_name["insert_segment"].setEnabled(has)
        self.actions_by_name["export"].setEnabled(self.project is not None)
        self.actions_by_name["import_other_language"].setEnabled(has)
        self.actions_by_name["relink_media"].setEnabled(has)
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        undo.setEnabled(has and bool(self.project and self.project.can_undo))
        redo.setEnabled(has and bool(self.project and self.project.can_redo))
        if self.project is not None:
            undo.setText(f"Undo {self.project.undo_label}".strip())
            redo.setText(f"Redo {self.project.redo_label}".strip())

    # -- running edits --------------------------------------------------------------------

    def _run(self, handler: Callable[[], object]) -> None:
        try:
            handler()
        except ReviewerError as exc:
            self._report(exc)

    def _report(self, exc: ReviewerError) -> None:
        """A failed write goes to the saved-state label, loudly; a refused edit, the status bar."""
        if isinstance(exc, SaveError):
            self.show_save_error(str(exc))
        else:
            self.statusBar().showMessage(str(exc), 8000)

    def _edit(self, action: Callable[[Project], object]) -> object:
        """Run one store operation on the project (flushing typed text first)."""
        if self.project is None:
            return None
        self.editor.flush()
        try:
            return action(self.project)
        except ReviewerError as exc:
            self._report(exc)
            return None

    def _current_segment(self) -> Segment | None:
        segment_id = self.current_id()
        return self.project.segment(segment_id) if self.project and segment_id else None

    # -- actions: file --------------------------------------------------------------------

    def do_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            "Open a project, transcript or video",
            self.start_folder(),
            opening.open_filter(),
        )
        if path:
            self.open_path(path)

    def window_focus(self) -> QWidget:
        """Return the widget of this window that has, or last had, the keyboard."""
        return self.focusWidget() or self.table

    def start_folder(self) -> str:
        """Return where a file dialog starts: the open project's folder, else the last
        project's, else the home folder."""
        if self.project is not None:
            return str(self.project.path.parent)
        last = Path(self.settings.last_project) if self.settings.last_project else None
        if last is not None and last.parent.is_dir():
            return str(last.parent)
        return str(Path.home())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent:
            self.recent_menu.addAction(path, partial(self.open_path, path))
        if not self.settings.recent:
            self.recent_menu.addAction("(none yet)").setEnabled(False)

    def do_import_other_language(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.project is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            "The other language",
            str(self.project.path.parent),
            opening.transcript_filter(),
        )
        if path:
            from reviewer.ui.encoding_dialog import ask_encoding

            chosen = ask_encoding(self, Path(path), opening=False)
            if chosen is not False:
                encoding = chosen if isinstance(chosen, str) else None
                self._edit(lambda p: opening.add_other_language(p, Path(path), encoding))

    def do_relink_media(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.project is None:
            return
        start = (
            self.project.media_path.parent if self.project.media_path else self.project.path.parent
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Where is the video?",
            str(start),
            "Video and audio (*.mp4 *.mkv *.mov *.webm *.m4v *.ts "
            "*.avi *.mp3 *.wav *.m4a);;All files (*)",
        )
        if path:
            self._edit(lambda p: p.set_media(path))
            duration = max((s.end_ms for s in self.project.transcript.segments), default=0)
            self.playback.load(path, duration_hint_ms=duration)

    def do_export(self) -> None:
        if self.project is None:
            return
        from reviewer.ui.export_dialog import ExportDialog

        self._dialog = ExportDialog(self.project, self)
        self._dialog.open()

    def do_saved_state(self) -> None:
        if self._save_error:
            self.statusBar().showMessage(f"Not saved: {self._save_error}", 8000)
        else:
            self.editor.flush()
            self.statusBar().showMessage(
                "Nothing to save: every change is in the project file.", 5000
            )

    def do_quit(self) -> None:
        self.close()

    # -- actions: edit --------------------------------------------------------------------

    def do_undo(self) -> None:
        label = self._edit(lambda p: p.undo())
        if label:
            self.statusBar().showMessage(f"Undid {label}", 4000)
        self._reselect_after_undo()

    def do_redo(self) -> None:
        label = self._edit(lambda p: p.redo())
        if label:
            self.statusBar().showMessage(f"Redid {label}", 4000)
        self._reselect_after_undo()

    def _reselect_after_undo(self) -> None:
        if self.current_id() is None and self.model and self.model.rowCount():
            self.select_row(0, seek=False)

    def do_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def do_edit_translation(self) -> None:
        self.editor.translation.setFocus()
        self.editor.translation.moveCursor(self.editor.translation.textCursor().MoveOperation.End)

    def do_edit_source(self) -> None:
        self.editor.source.setFocus()

    def do_back_to_list(self) -> None:
        """Back to the list (from the editor, a box, a panel), the same segment selected."""
        self.editor.flush()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        current = self.table.currentIndex()
        if current.isValid():
            if not self.table.selectionModel().isRowSelected(current.row()):
                self.select_row(self.filter.mapToSource(current).row(), seek=False)
        elif self._last_id is not None:
            self.select_id(self._last_id, seek=False)  # if the filter still shows it

    def do_edit_note(self) -> None:
        self.editor.note.setFocus()
        self.editor.note.selectAll()

    def do_split(self) -> None:
        segment = self._current_segment()
        if segment is None:
            return
        at = self.playback.position()
        if not segment.start_ms < at < segment.end_ms:
            self.statusBar().showMessage("Put the playhead inside the segment to split it", 6000)
            return
        src, tr = self.editor.cursor_positions()
        new_id = self._edit(lambda p: p.split(segment.sid, at, src, tr))
        if isinstance(new_id, int):
            self.select_id(segment.sid, seek=False)

    def do_merge(self) -> None:
        segment = self._current_segment()
        if segment is not None:
            self._edit(lambda p: p.merge_with_next(segment.sid))

    def do_insert_segment(self) -> None:
        at = self.playback.position()
        new_id = self._edit(lambda p: p.insert(at, at + 2000))
        if isinstance(new_id, int):
            self.select_id(new_id, seek=False)
            self.do_edit_translation()

    def do_delete_segments(self) -> None:
        ids = self.selected_ids()
        if ids:
            row = self.model.row_of(ids[0]) if self.model else None
            self._edit(lambda p: p.delete(ids))
            if row is not None and self.model and self.model.rowCount():
                self.select_row(min(row, self.model.rowCount() - 1), seek=False)

    def _retime(self, start: Callable[[int, int], int], end: Callable[[int, int], int]) -> None:
        segment = self._current_segment()
        if segment is None:
            return
        at = self.playback.position()
        self._edit(
            lambda p: p.retime(segment.sid, start(segment.start_ms, at), end(segment.end_ms, at))
        )

    def do_start_at_playhead(self) -> None:
        self._retime(lambda _s, at: at, lambda e, _at: e)

    def do_end_at_playhead(self) -> None:
        self._retime(lambda s, _at: s, lambda _e, at: at)

    def do_nudge_start_earlier(self) -> None:
        self._retime(lambda s, _at: max(0, s - NUDGE_MS), lambda e, _at: e)

    def do_nudge_start_later(self) -> None:
        self._retime(lambda s, _at: s + NUDGE_MS, lambda e, _at: e)

    def do_nudge_end_earlier(self) -> None:
        self._retime(lambda s, _at: s, lambda e, _at: e - NUDGE_MS)

    def do_nudge_end_later(self) -> None:
        self._retime(lambda s, _at: s, lambda e, _at: e + NUDGE_MS)

    # -- actions: review ------------------------------------------------------------------

    def do_approve_next(self) -> None:
        segment_id = self.current_id()
        if segment_id is None:
            return
        self._edit(lambda p: p.approve([segment_id]))
        self._move(+1)

    def _move(self, step: int) -> None:
        index = self.table.currentIndex()
        row = index.row() + step if index.isValid() else 0
        if 0 <= row < self.filter.rowCount():
            self.select_row(self.filter.mapToSource(self.filter.index(row, 0)).row())

    def do_flag(self) -> None:
        segment = self._current_segment()
        if segment is not None:
            status = Status.EDITED if segment.status == Status.FLAGGED else Status.FLAGGED
            self._edit(lambda p: p.set_status(self.selected_ids(), status))

    def do_next_unreviewed(self) -> None:
        if self.model is None:
            return
        start = self.table.currentIndex().row() + 1
        for row in [*range(start, self.filter.rowCount()), *range(0, start)]:
            source_row = self.filter.mapToSource(self.filter.index(row, 0)).row()
            if self.model.segment_at(source_row).status == Status.UNREVIEWED:
                self.select_row(source_row)
                return
        self.statusBar().showMessage("Every segment has been reviewed", 5000)

    def assign_slot(self, slot: int) -> None:
        if self.project is None:
            return
        speaker = next((s for s in self.project.transcript.speakers if s.slot == slot), None)
        if speaker is None:
            self.statusBar().showMessage(
                f"No speaker on key {slot} yet: add one in the speaker panel, or Alt+N", 6000
            )
            return
        self._edit(lambda p: p.set_speaker(self.selected_ids(), speaker.name))

    def do_clear_speaker(self) -> None:
        self._edit(lambda p: p.set_speaker(self.selected_ids(), None))

    def do_new_speaker(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self, "New speaker", "Name (given to the selected segments):"
        )
        if ok and name.strip():
            self._edit(lambda p: p.set_speaker(self.selected_ids(), name.strip()))

    def toggle_tag_key(self, n: int) -> None:
        tags = self.settings.tags
        if n <= len(tags):
            self._edit(lambda p: p.toggle_tag(self.selected_ids(), tags[n - 1]))
        else:
            self.statusBar().showMessage(f"No tag on Ctrl+{n}", 4000)

    # -- actions: playback ----------------------------------------------------------------

    def do_play_pause(self) -> None:
        self.playback.toggle()

    def do_replay(self) -> None:
        segment = self._current_segment()
        if segment is not None:
            self.playback.play_segment(segment.start_ms, segment.end_ms)

    def do_loop(self) -> None:
        self._update_loop()
        if self.actions_by_name["loop"].isChecked() and not self.playback.is_playing():
            self.do_replay()

    def do_jump_back(self) -> None:
        self.playback.jump(-JUMP_MS)

    def do_jump_forward(self) -> None:
        self.playback.jump(JUMP_MS)

    def do_slower(self) -> None:
        self.playback.step_rate(-1)

    def do_faster(self) -> None:
        self.playback.step_rate(+1)

    def do_normal_speed(self) -> None:
        self.playback.set_rate(1.0)

    def do_frame_step(self) -> None:
        self.playback.frame_step()

    def do_frame_back(self) -> None:
        self.playback.frame_step(-1)

    def do_follow(self) -> None:
        pass  # the checked state is the setting; _playhead_moved reads it

    def do_pause_while_typing(self) -> None:
        pass  # handled by the toggled signal

    def _set_pause_while_typing(self, on: bool) -> None:
        self.settings.set_flag("pause_while_typing", on)
        self.playback.set_pause_while_typing(on)

    # -- actions: help --------------------------------------------------------------------

    def do_palette(self) -> None:
        from reviewer.ui.command_palette import CommandPalette

        self._dialog = CommandPalette(list(self.actions_by_name.values()), self)
        self._dialog.open()

    def do_shortcuts(self) -> None:
        from reviewer.ui.help_dialogs import ShortcutsDialog

        self._dialog = ShortcutsDialog(self.specs, self)
        self._dialog.open()

    def do_about(self) -> None:
        from reviewer.ui.help_dialogs import AboutDialog

        self._dialog = AboutDialog(self)
        self._dialog.open()

    # -- window events --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            QTimer.singleShot(0, lambda: self.open_path(urls[0]))
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.flush()
        guard = getattr(self, "close_guard", None)  # reviewer.ui.saving: unsaved work
        if not (guard() if guard else not self._save_error or self._confirm_close_unsaved()):
            event.ignore()
            return
        self.settings.set_state("geometry", self.saveGeometry())
        if self._features_in:  # before, there are no docks yet: keep the layout saved last
            self.settings.set_state("windowState", self.saveState())
        for splitter in (self.main, self.left, self.right):
            self.settings.set_state(splitter.objectName(), splitter.saveState())
        self._start_timer.stop()  # closed before the start was over: the rest is not needed
        self._start_steps.clear()
        self.playback.close()
        self.close_project()
        super().closeEvent(event)

    def _confirm_close_unsaved(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self,
            "Changes not saved",
            f"Some changes could not be saved:\n{self._save_error}\n\nClose anyway?",
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close


__all__ = ["MainWindow", "QKeySequence"]
