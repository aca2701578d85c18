"""The review window as features see it: a small public interface, :class:`Window`.

Features (:mod:`reviewer.ui.features` and each module it lists), saving, the welcome, the
panels and the dialogs they open take a ``Window`` and use only what it declares: never the
window's private members, never an attribute bolted onto it. A feature keeps its own state as
a *part* (``window.add_part(obj)``, found again with ``window.part(Class)``); its dialogs are
parented to ``window.widget``. :class:`reviewer.ui.main_window.MainWindow` implements it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QDockWidget, QLineEdit, QMainWindow, QMenu, QWidget

    from reviewer.core.models import Segment
    from reviewer.store import Project
    from reviewer.ui.action_spec import ActionSpec
    from reviewer.ui.editor_pane import EditorPane
    from reviewer.ui.playback import Playback
    from reviewer.ui.project_signals import ProjectSignals
    from reviewer.ui.segment_filter import SegmentFilter
    from reviewer.ui.segment_model import SegmentTableModel
    from reviewer.ui.segment_table import SegmentTable
    from reviewer.ui.settings import Settings
    from reviewer.ui.speaker_panel import SpeakerPanel

T = TypeVar("T")


class Window(Protocol):
    """What a feature may use of the review window."""

    # -- what the window shows -------------------------------------------------------------

    @property
    def widget(self) -> QMainWindow:
        """The window itself, as the parent of a feature's dialogs and panels."""

    @property
    def project(self) -> Project | None:
        """The open project, if any."""

    @property
    def project_signals(self) -> ProjectSignals | None:
        """The open project's notices as Qt signals: connect to these, never subscribe to the
        project; they are disconnected when the project closes (ui/project_signals.py)."""

    @property
    def settings(self) -> Settings: ...

    @property
    def playback(self) -> Playback:
        """The player: its position and signals, for features that follow the video."""

    @property
    def table(self) -> SegmentTable: ...

    @property
    def filter(self) -> SegmentFilter:
        """The table's filter (the table shows its rows; ``mapToSource`` gives the model's)."""

    @property
    def editor(self) -> EditorPane: ...

    @property
    def speakers(self) -> SpeakerPanel: ...

    @property
    def find_box(self) -> QLineEdit: ...

    @property
    def status_filter(self) -> QComboBox: ...

    @property
    def speaker_filter(self) -> QComboBox: ...

    @property
    def menus(self) -> dict[str, QMenu]:
        """The menus by name ("File", "View"...)."""

    @property
    def actions_by_name(self) -> dict[str, QAction]: ...

    # -- signals ---------------------------------------------------------------------------

    @property
    def project_opened(self) -> SignalInstance:
        """The Project, once the window shows it."""

    @property
    def project_closing(self) -> SignalInstance:
        """The Project, before it closes."""

    @property
    def current_segment_changed(self) -> SignalInstance:
        """The current segment's id, or None."""

    @property
    def started(self) -> SignalInstance:
        """Every part of the window is in place."""

    # -- the current segment ---------------------------------------------------------------

    def current_id(self) -> int | None: ...

    def selected_ids(self) -> list[int]: ...

    def select_row(self, source_row: int, *, seek: bool = True) -> None: ...

    def select_id(self, segment_id: int, *, seek: bool = True) -> None: ...

    def window_focus(self) -> QWidget:
        """The widget of the window that has, or last had, the keyboard."""

    # -- doing things ----------------------------------------------------------------------

    def edit(self, action: Callable[[Project], object]) -> object:
        """Run one store operation on the project (typed text flushed first); a refused edit
        or a failed write is shown, and None returned."""

    def open_path(
        self, path: str | Path, encoding: str | None = None, *, break_lock: bool = False
    ) -> bool: ...

    def set_project(self, project: Project) -> None: ...

    def start_folder(self) -> str:
        """Where a file dialog starts."""

    def trigger(self, name: str) -> None:
        """Do the action ``name`` as its key would."""

    # -- telling the editor ----------------------------------------------------------------

    def show_error(self, message: str) -> None:
        """A message box (non-modal) and the status bar."""

    def show_message(self, message: str, timeout_ms: int = 8000) -> None:
        """The status bar, for a while."""

    def show_saved(self) -> None:
        """The saved-state label, from the project's pending changes."""

    def save_error(self, message: str) -> None:
        """The saved-state label says, loudly, that changes are not saved and why."""

    @property
    def dialog(self) -> QWidget | None:
        """The window's current non-modal dialog, if any."""

    def set_dialog(self, dialog: QWidget) -> None:
        """Keep ``dialog`` (opened non-modal) as the window's current one."""

    # -- plugging in -----------------------------------------------------------------------

    def add_action(
        self, spec: ActionSpec, handler: Callable[[], object] | None = None
    ) -> QAction: ...

    def add_dock(
        self,
        widget: QWidget,
        title: str,
        name: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget: ...

    def place_under_video(self, widget: QWidget) -> None:
        """Put ``widget`` (a lane such as the audio lane) under the video, above the list."""

    def add_close_guard(self, guard: Callable[[], bool]) -> None:
        """``guard()`` is asked before the window closes: False keeps it open."""

    def add_part(self, part: T) -> T:
        """Keep a feature's object with the window, found again by ``part(type(part))``."""

    def part(self, kind: type[T]) -> T | None:
        """The window's part of type ``kind``, if a feature added one."""


class Shell(Window, Protocol):
    """The window as its own commands (:mod:`reviewer.ui.commands`) see it: the features'
    interface and the parts of the review core the menus work on."""

    @property
    def model(self) -> SegmentTableModel | None:
        """The open project's rows (in the project's order; ``filter`` maps to the table)."""

    @property
    def recent_menu(self) -> QMenu: ...

    @property
    def specs(self) -> list[ActionSpec]:
        """Every action's spec, the window's and the features', in the order added."""

    @property
    def not_saved(self) -> str:
        """Why changes are not in the project file ("" when every change is)."""

    @property
    def last_id(self) -> int | None:
        """The last segment that was current."""

    def current_segment(self) -> Segment | None: ...

    def update_loop(self) -> None:
        """Loop the current segment if Loop is on, else loop nothing."""
