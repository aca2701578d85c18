"""The review window: video, segment table, editor, speakers, all driven from the keyboard.

The window is a shell: its layout, the current segment, following the playhead and the
project's notices are here; its start, in named steps, is :mod:`reviewer.ui.start`; its actions
and their commands are :mod:`reviewer.ui.actions` and :mod:`reviewer.ui.commands`; features see
it as :class:`reviewer.ui.window_api.Window`. The constructor builds only what the first paint
shows and needs (the table, the editor, the speakers, the menus and the window's own keys);
:meth:`MainWindow.finish_start` does the rest at once; ``started`` says when all is in place.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
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
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError, SaveError
from reviewer.core.models import Segment
from reviewer.core.timecode import format_timecode
from reviewer.store import Notice, Project
from reviewer.store.notices import ROWS_MOVED
from reviewer.ui import features, heap, opening
from reviewer.ui.action_spec import EDITOR, LIST, ActionSpec, make_action
from reviewer.ui.actions import ACTIONS
from reviewer.ui.commands import file as file_commands
from reviewer.ui.editor_pane import EditorPane
from reviewer.ui.filter_bar import FilterBar
from reviewer.ui.i18n import menu_title, tr
from reviewer.ui.playback import Playback
from reviewer.ui.project_signals import ProjectSignals
from reviewer.ui.segment_filter import SegmentFilter
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
from reviewer.ui.segment_table import SegmentTable
from reviewer.ui.settings import Settings
from reviewer.ui.speaker_panel import SpeakerPanel
from reviewer.ui.start import StagedStart

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from reviewer.ui.video_pane import VideoPane

T = TypeVar("T")
MENU_ORDER = ("File", "Edit", "Review", "Translation", "Playback", "View", "Help")
# The start goes on after this long even if the table never paints (a window kept hidden).
START_FALLBACK_MS = 500


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
        # The open project's notices as Qt signals: made with the project, closed with it.
        self.project_signals: ProjectSignals | None = None
        self._starts: list[int] = []
        self._following = False  # set while the window moves the selection itself
        self._last_playhead = 0  # ms: Follow playback moves on only when playback crosses a start
        self._last_id: int | None = None  # the last current segment (Esc selects it again)
        self._save_error = ""
        self._dialog: QWidget | None = None  # the open non-modal dialog (palette, export...)
        self._close_guards: list[Callable[[], bool]] = []
        self._parts: dict[type, object] = {}  # features' objects, by type (see window_api)
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
        self._governed: list[tuple[ActionSpec, QAction]] = []  # actions with a when/retitle
        self.specs: list[ActionSpec] = []
        self._build_actions()
        self._connect()
        self._restore_geometry()
        self.update_enabled()
        self._start_parts()

    # -- the start, in steps (reviewer.ui.start) -----------------------------------------

    def _start_parts(self) -> None:
        """Queue what the first paint does not need, one step per turn of the event loop."""
        self.start = StagedStart(
            self,
            self.table,
            [
                # The features first: a long project's checks then run (a slice a turn, see
                # reviewer.ui.problems_panel) between the steps that follow. Imports a module a
                # turn; then every panel and dock in one step, so the window is laid out and
                # painted again once, not once per panel.
                *((f"import {name}", partial(features.load, name)) for name in features.FEATURES),
                ("features", self._start_features),
                ("panels", self._start_panels),
                # Its icon comes from the style's files: 4 ms the first paint need not wait for.
                ("clear button", partial(self.find_box.setClearButtonEnabled, True)),
                ("video", self._start_video),
                ("libvlc", self.playback.prepare),  # libvlc loads its plugins
                ("player", self._start_player),
                ("problems", self._start_problems),
            ],
            self.actions_by_name,
            early_until="panels",
        )
        self.start.failed.connect(lambda message: self.show_message(message, 20000))
        self.start.finished.connect(self.started)

    @property
    def is_started(self) -> bool:
        """True once every part of the window is in place."""
        return self.start.is_over

    def finish_start(self) -> None:
        """Build every part of the window still waiting for its turn, now."""
        self.start.finish()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start.shown()

    def _start_video(self) -> None:
        from reviewer.ui.video_pane import VideoPane

        self.video = VideoPane(self.playback, attach_on_show=False)
        self.video.loop_button.setDefaultAction(self.actions_by_name["loop"])
        self.video.relink_requested.connect(partial(file_commands.relink_media, self))
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
        self.update_enabled()

    def _start_panels(self) -> None:
        """The features came after the project: tell them what the window shows."""
        if self.project is not None:
            self.project_opened.emit(self.project)
            self.current_segment_changed.emit(self.current_id())

    def _start_problems(self) -> None:
        if self.model is not None:
            self.model.show_problems()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key no action took while the features are not in yet (F8 in the first moment):
        the rest of the window is built at once, so that this key reaches the feature it is
        for, and the keys after it come after it."""
        if not self.start.early_key(event):
            super().keyPressEvent(event)

    # -- building -------------------------------------------------------------------------

    def _build_filter_bar(self) -> None:
        self.filter_bar = FilterBar(self.filter)
        self.find_box = self.filter_bar.find_box
        self.status_filter = self.filter_bar.status_filter
        self.speaker_filter = self.filter_bar.speaker_filter
        self.progress = self.filter_bar.progress

    def _build_layout(self) -> None:
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self.filter_bar.bar)
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
        self.saved_label = QLabel(tr("No project"))
        self.saved_label.setObjectName("savedState")
        self.playhead_label = QLabel("0:00.000")
        self.rate_label = QLabel("1.0x")
        bar = self.statusBar()
        bar.addWidget(self.saved_label, 1)
        bar.addPermanentWidget(self.playhead_label)
        bar.addPermanentWidget(self.rate_label)

    def _build_actions(self) -> None:
        self.menus = {name: self.menuBar().addMenu(menu_title(name)) for name in MENU_ORDER}
        for spec in ACTIONS:
            self.add_action(spec)
        self.recent_menu = self.menus["File"].addMenu(tr("Open recent"))
        self.recent_menu.aboutToShow.connect(partial(file_commands.fill_recent, self))

    def add_action(self, spec: ActionSpec, handler: Callable[[], object] | None = None) -> QAction:
        """Add an action: its keys in its scope, its menu entry, the palette and Help list it.
        It runs ``handler()`` if given, else ``spec.run(window)``; ``spec.when`` enables it.

        Features (see :mod:`reviewer.ui.features`) call this from their ``install(window)``.
        """
        action = make_action(spec, self)
        run = handler or (partial(spec.run, self) if spec.run else None)
        if run is not None:
            action.triggered.connect(lambda _checked=False, h=run: self._run(h))
        if spec.checked is not None:
            action.setChecked(spec.checked(self))
        if spec.on_toggle is not None:
            toggled = spec.on_toggle
            action.toggled.connect(lambda on, t=toggled: t(self, on))
            if spec.checked is not None:
                toggled(self, action.isChecked())
        self.actions_by_name[spec.name] = action
        if spec.when is not None or spec.retitle is not None:
            self._governed.append((spec, action))
        self.specs.append(spec)
        target = {LIST: self.table, EDITOR: self.editor}.get(spec.scope, self)
        target.addAction(action)
        if spec.menu:
            menu = self.menus.get(spec.menu)
            if menu is None:
                menu = self.menus[spec.menu] = self.menuBar().addMenu(menu_title(spec.menu))
            if spec.submenu:
                key = f"{spec.menu}/{spec.submenu}"
                if key not in self.menus:
                    self.menus[key] = menu.addMenu(tr(spec.submenu))
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

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        # Queued: a seek can come from inside a filter change (the current row moved), and
        # lighting a row then would re-enter the proxy model in the middle of its update.
        self.playback.position_changed.connect(
            self._playhead_moved, Qt.ConnectionType.QueuedConnection
        )
        self.playback.rate_changed.connect(lambda r: self.rate_label.setText(f"{r:g}x"))
        # The media's length as libvlc measured it: exports end no cue after it.
        self.playback.duration_changed.connect(self._media_measured)
        self.editor.error.connect(self.save_error)
        self.editor.saved.connect(self.show_saved)
        self.editor.typing_started.connect(self.playback.typing_started)
        self.speakers.error.connect(self.show_error)
        self.speakers.assign_requested.connect(
            lambda name: self.edit(lambda p: p.set_speaker(self.selected_ids(), name))
        )

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
            from reviewer.ui import translated

            if getattr(exc, "rescuable", False):
                project_trust.offer_rescue(self, Path(exc.path or path), exc)
            else:
                self.show_error(translated.error(exc))
            return False
        self.set_project(project)
        project_trust.tell_opening(self, project, Path(path))
        if warnings:
            # Nothing is skipped silently: the editor sees which cues of the file were not read.
            listed = "\n".join(str(w) for w in warnings[:20])
            more = (
                "\n" + tr("… and {count} more").format(count=len(warnings) - 20)
                if len(warnings) > 20
                else ""
            )
            self.show_error(
                tr(
                    "{count} part(s) of the file could not be read as they were: left out,"
                    " repaired or read as a guess, as each line says:"
                ).format(count=len(warnings))
                + f"\n{listed}{more}"
            )
        return True

    def set_project(self, project: Project) -> None:
        heap.thaw()  # the project closing here was frozen with the start (reviewer.ui.heap)
        self.close_project()
        self.project = project
        # During the start the Problems column fills in after the first paint (_start_problems).
        signals = self.project_signals = ProjectSignals(project, self)
        self.model = SegmentTableModel(
            project, self, problems=self.start.done("problems"), signals=signals
        )
        # The table keeps the proxy and its selection model (connected once in _connect).
        self.filter.setSourceModel(self.model)
        self._size_columns()
        self.editor.set_project(project, signals)
        self.speakers.set_project(project, signals)
        signals.notice.connect(self._on_notice)
        self._refresh_starts()
        self.filter_bar.set_project(project)
        moved = project.relink_moved_media()
        media = project.media_path
        duration = max(map(operator.attrgetter("end_ms"), project.transcript.segments), default=0)
        self.playback.set_audio_track(project.audio_track)  # the one the editor chose last time
        self.playback.load(
            str(media) if media else None,
            duration_hint_ms=duration,
            measured_ms=project.media_duration_ms,  # shown while a quick-seek copy plays
        )
        title = project.transcript.title or project.path.stem
        self.setWindowTitle(f"{title} — {project.path.name} — Reviewer")
        self.settings.add_recent(str(project.path))
        self.settings.last_project = str(project.path)
        if project.read_only:
            self.saved_label.setText(
                # The store's reasons that are words of the window ("opened read-only as
                # asked") are in the catalogue (reviewer.core.errors.WORDS); others read as is.
                tr("Read-only: {reason}").format(reason=tr(project.read_only_reason))
            )
            self.saved_label.setStyleSheet("color: #d9534f; font-weight: bold")
        else:
            self.show_saved()
        if moved is not None:
            self.statusBar().showMessage(
                tr("The video had moved: found it at {file}").format(file=moved), 10000
            )
        if project.transcript.segments:
            # Back where the editor left this project, else at its start.
            remembered = self.settings.segment_of(str(project.path.resolve()))
            row = self.model.row_of(remembered) if remembered is not None else None
            self.select_row(row if row is not None else 0)
        self.table.setFocus()
        self.update_enabled()
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
        segment_id = self.current_id()
        if segment_id is not None:
            self.settings.remember_segment(str(self.project.path.resolve()), segment_id)
        self.editor.flush()
        if self.project_signals is not None:
            # Every widget that follows the project is disconnected here, with its adapter.
            self.project_signals.close()
            self.project_signals.deleteLater()
            self.project_signals = None
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
        start = None if segment_id is None or self.project is None else (
            self.project.segment(segment_id).start_ms)  # fmt: skip
        if start is not None and not self._following:
            self.playback.seek(start)
        self.playback.cue(start)  # Ctrl+R and loops play from there at once
        # The next move's picture, decoded while the editor reads; looked up once the list is
        # settled (a split or a delete makes the current segment change mid-way).
        QTimer.singleShot(0, self, self._prefetch_next)
        self.update_loop()
        self.update_enabled()
        self.current_segment_changed.emit(segment_id)

    def _prefetch_next(self) -> None:
        """Have the playback decode the picture at the start of the segment below the current
        one in the list as shown (Down's, and the one approving moves to)."""
        current = self.table.currentIndex()
        below = current.siblingAtRow(current.row() + 1) if current.isValid() else QModelIndex()
        start = None
        if below.isValid() and self.model is not None and self.project is not None:
            try:
                start = self.model.segment_at(self.filter.mapToSource(below).row()).start_ms
            except ReviewerError:
                start = None  # a hint only: the list is being rebuilt, or the file said no
        self.playback.prefetch(start)

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

    def update_loop(self) -> None:
        segment_id = self.current_id()
        if self.actions_by_name["loop"].isChecked() and segment_id is not None and self.project:
            segment = self.project.segment(segment_id)
            self.playback.set_loop(segment.start_ms, segment.end_ms)
        else:
            self.playback.set_loop(None, None)

    def _media_measured(self, ms: int) -> None:
        """Keep the length libvlc found (not the stand-in's guess from the transcript; nor the
        quick-seek copy's, a few ms apart, where the file itself was measured)."""
        if self.project is None or self.playback.is_stand_in:
            return
        if self.playback.playing_copy and self.project.media_duration_ms:
            return  # the file's own length was told (Playback.duration), or the copy's
        self.project.record_media_duration(ms)

    def _refresh_starts(self) -> None:
        self._starts = (
            [s.start_ms for s in self.project.transcript.segments] if self.project else []
        )

    # -- notices from the project ---------------------------------------------------------

    def _on_notice(self, notice: Notice) -> None:
        if notice.kind in ROWS_MOVED or "start_ms" in notice.fields:
            self._refresh_starts()
        if self.project is not None:
            self.filter_bar.on_notice(self.project, notice)
        if "start_ms" in notice.fields or "end_ms" in notice.fields:
            self.update_loop()
        self.show_saved()
        self.update_enabled()

    def show_saved(self) -> None:
        if self.project is None or self.project.read_only:
            return
        if self.project.pending:  # held in memory, not in the file (see reviewer.ui.saving)
            from reviewer.ui.saving import unsaved_text

            self.save_error(unsaved_text(self.project))
            return
        self._save_error = ""
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(tr("All changes saved"))

    def save_error(self, message: str) -> None:
        self._save_error = message
        self.saved_label.setStyleSheet(
            "color: white; background: #c9302c; font-weight: bold; padding: 0 6px"
        )
        self.saved_label.setText(tr("NOT SAVED: {error}").format(error=message))

    @property
    def widget(self) -> QMainWindow:
        """The window itself (features parent their dialogs to it)."""
        return self

    def add_close_guard(self, guard: Callable[[], bool]) -> None:
        """``guard()`` is asked before the window closes: False keeps it open."""
        self._close_guards.append(guard)

    def add_part(self, part: T) -> T:
        """Keep a feature's object with the window, found again by ``part(type(part))``."""
        self._parts[type(part)] = part
        return part

    def part(self, kind: type[T]) -> T | None:
        """The window's part of type ``kind``, if a feature added one."""
        found = self._parts.get(kind)
        return found if isinstance(found, kind) else None

    def set_dialog(self, dialog: QWidget) -> None:
        """Keep ``dialog`` (open, non-modal) as the window's current one."""
        self._dialog = dialog

    @property
    def dialog(self) -> QWidget | None:
        """The window's current non-modal dialog (palette, export, a message...), if any."""
        return self._dialog

    @property
    def not_saved(self) -> str:
        """Why changes are not in the project file now ("" when every change is)."""
        return self._save_error

    @property
    def last_id(self) -> int | None:
        """The last segment that was current (Esc selects it again)."""
        return self._last_id

    def show_message(self, message: str, timeout_ms: int = 8000) -> None:
        """Show ``message`` in the status bar for a while."""
        self.statusBar().showMessage(message, timeout_ms)

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # here: dialogs are not part of the start

        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Reviewer", message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and text are never markup
        box.open()
        self._dialog = box

    def update_enabled(self) -> None:
        """Enable each action by its ``when`` (each predicate asked once), retitle by its
        ``retitle``."""
        answers: dict[object, bool] = {}
        for spec, action in self._governed:
            if spec.when is not None:
                enabled = answers.get(spec.when)
                if enabled is None:
                    enabled = answers[spec.when] = bool(spec.when(self))
                action.setEnabled(enabled)
            if spec.retitle is not None and self.project is not None:
                action.setText(spec.retitle(self))

    # -- running edits --------------------------------------------------------------------

    def _run(self, handler: Callable[[], object]) -> None:
        try:
            handler()
        except ReviewerError as exc:
            self._report(exc)

    def _report(self, exc: ReviewerError) -> None:
        """A failed write goes to the saved-state label, loudly; a refused edit, the status bar."""
        from reviewer.ui import translated

        if isinstance(exc, SaveError):
            self.save_error(translated.error(exc))
        else:
            self.statusBar().showMessage(translated.error(exc), 8000)

    def edit(self, action: Callable[[Project], object]) -> object:
        """Run one store operation on the project (flushing typed text first)."""
        if self.project is None:
            return None
        self.editor.flush()
        try:
            return action(self.project)
        except ReviewerError as exc:
            self._report(exc)
            return None

    def current_segment(self) -> Segment | None:
        segment_id = self.current_id()
        return self.project.segment(segment_id) if self.project and segment_id else None

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

    def trigger(self, name: str) -> None:
        """Do the action ``name`` as its key would (nothing, while it is disabled)."""
        self.actions_by_name[name].trigger()

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
        guards = self._close_guards  # reviewer.ui.saving: unsaved work
        if guards:
            may_close = all(guard() for guard in guards)
        else:
            may_close = not self._save_error or self._confirm_close_unsaved()
        if not may_close:
            event.ignore()
            return
        self.settings.set_state("geometry", self.saveGeometry())
        if self.start.done("panels"):  # before, no docks yet: keep the layout saved last
            self.settings.set_state("windowState", self.saveState())
        for splitter in (self.main, self.left, self.right):
            self.settings.set_state(splitter.objectName(), splitter.saveState())
        self.start.stop()  # closed before the start was over: the rest is not needed
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


if TYPE_CHECKING:
    from reviewer.ui.window_api import Shell

    def _is_a_shell(window: MainWindow) -> Shell:
        """mypy holds the window to the interfaces its features and commands use."""
        return window
