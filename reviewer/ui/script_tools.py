"""Chinese script: convert the source of the selected or all segments with an OpenCC config
(one undoable step, its label naming the config and OpenCC's version), and View > Show source
as, which only changes how the table shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.store.fixing import apply_plan, convert_label, convert_plan
from reviewer.text.chinese import CONFIGS
from reviewer.ui.action_spec import ANYWHERE, ActionSpec
from reviewer.ui.change_preview import ChangePreview
from reviewer.ui.i18n import QT_TR_NOOP, tr
from reviewer.ui.match_delegate import delegate_of

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window


class ConvertScriptDialog(QDialog):
    """Which OpenCC config, and which segments; OK shows the changes before applying them."""

    def __init__(self, window: Window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window.widget)
        self.setObjectName("convertScriptDialog")
        self.setWindowTitle(tr("Convert Chinese script"))
        self.window_ = window
        self.config = QComboBox()
        for key, label in CONFIGS.items():
            self.config.addItem(f"{tr(label)} ({key})", key)
        selected = len(window.selected_ids())
        self.selected = QRadioButton(tr("S&elected segments ({count})").format(count=selected))
        self.everything = QRadioButton(tr("&All segments"))
        (self.selected if selected > 1 else self.everything).setChecked(True)
        scope = QVBoxLayout()
        scope.addWidget(self.selected)
        scope.addWidget(self.everything)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("&Conversion"), self.config)
        form.addRow(tr("Source text of"), scope)
        form.addRow(buttons)
        self.preview: ChangePreview | None = None

    def accept(self) -> None:
        super().accept()
        window, project = self.window_, self.window_.project
        if project is None:
            return
        window.editor.flush()
        config = self.config.currentData()
        ids = window.selected_ids() if self.selected.isChecked() else None
        plan = convert_plan(project, config, ids)
        label = convert_label(config)
        self.preview = ChangePreview(
            label,
            plan,
            lambda chosen: window.edit(lambda p: apply_plan(p, chosen, label)),
            window.widget,
        )
        window.set_dialog(self.preview)
        self.preview.open()


def _open(window: Window) -> None:
    dialog = ConvertScriptDialog(window)
    window.set_dialog(dialog)
    dialog.open()


def install(window: Window) -> None:
    delegate = delegate_of(window)
    window.add_action(
        ActionSpec(
            "convert_script",
            "Convert Chinese script…",
            "Translation",
            (),
            ANYWHERE,
            "Convert the source text with OpenCC (s2t, t2s, s2hk...) as one step",
        ),
        lambda: _open(window),
    )
    menu = window.menus["View"].addMenu(tr("Show source as"))
    menu.setObjectName("showSourceAsMenu")
    group = QActionGroup(menu)
    for key, label in {"": QT_TR_NOOP("As written"), **CONFIGS}.items():
        action = QAction(tr(label) if not key else f"{tr(label)} ({key})", menu)
        action.setCheckable(True)
        action.setData(key)
        action.setChecked(key == window.settings.store.value("show_source_as", ""))
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        delegate.set_script(action.data() or "")
        window.settings.store.setValue("show_source_as", action.data() or "")

    group.triggered.connect(chosen)
    checked = group.checkedAction()
    delegate.set_script(checked.data() if checked is not None else "")
