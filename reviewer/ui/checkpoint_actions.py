"""Checkpoints in the window: name the current state, compare now with a checkpoint, export
the changes since it (tracked-changes Word, CSV) and restore it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from reviewer.core.errors import ReviewerError
from reviewer.store import Project
from reviewer.store.change_report import as_text, field_name, write_csv, write_docx
from reviewer.store.checkpoints import NetChange
from reviewer.ui.action_spec import ActionSpec
from reviewer.ui.history_panel import diff_html, local_time
from reviewer.ui.i18n import count as counted
from reviewer.ui.i18n import tr

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window


class CompareDialog(QDialog):
    """Now against a checkpoint: one row per changed field, its diff, export and restore."""

    def __init__(self, window: Window, project: Project) -> None:
        super().__init__(window.widget)
        self.main = window
        self.project = project
        self.changes: list[NetChange] = []
        self.setObjectName("compareDialog")
        self.setWindowTitle(tr("Compare with a checkpoint"))
        self.resize(900, 600)
        self.choice = QComboBox()
        for point in reversed(project.checkpoints()):
            self.choice.addItem(
                f"{point.name}  ({local_time(point.time)}, {point.author})", point.name
            )
        self.summary = QLabel()
        self.list = QTreeWidget()
        self.list.setObjectName("compareList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [tr("Segment"), tr("Time"), tr("Field"), tr("Was"), tr("Now"), tr("By")]
        )
        self.diff = QTextBrowser()
        self.export_docx = QPushButton(tr("Export &Word (tracked changes)…"))
        self.export_csv = QPushButton(tr("Export &CSV…"))
        self.restore = QPushButton(tr("&Restore this checkpoint"))
        self.restore.setToolTip(
            tr("Puts the whole project back as it was (one undo step; a backup first)")
        )
        top = QHBoxLayout()
        label = QLabel(tr("C&heckpoint"))
        label.setBuddy(self.choice)
        top.addWidget(label)
        top.addWidget(self.choice, 1)
        top.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.export_docx, self.export_csv, self.restore):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.diff, 1)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.currentItemChanged.connect(lambda *_: self._show_diff())
        self.export_docx.clicked.connect(lambda: self.ask_file("docx"))
        self.export_csv.clicked.connect(lambda: self.ask_file("csv"))
        self.restore.clicked.connect(self.restore_checkpoint)
        self._file_dialog: QFileDialog | None = None
        self.refresh()

    @property
    def checkpoint(self) -> str:
        return str(self.choice.currentData() or "")

    def refresh(self) -> None:
        self.list.clear()
        self.diff.clear()
        name = self.checkpoint
        self.changes = self.project.changes_since(name) if name else []
        for c in self.changes:
            segment = f"#{c.entity_id}" if c.entity == "segment" else c.entity
            was, now = as_text(c.field, c.old), as_text(c.field, c.new)
            item = QTreeWidgetItem(
                [segment, c.segment_time, field_name(c), was[:80], now[:80], ", ".join(c.authors)]
            )
            item.setToolTip(3, was)
            item.setToolTip(4, now)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        for column in (3, 4):
            self.list.setColumnWidth(column, 280)
        self.summary.setText(
            tr("{changes} since").format(changes=counted(len(self.changes), "change"))
            if name
            else tr("no checkpoints yet")
        )
        has = bool(self.changes)
        for button in (self.export_docx, self.export_csv):
            button.setEnabled(has)
        self.restore.setEnabled(has and not self.project.read_only)
        if has:
            self.list.setCurrentItem(self.list.topLevelItem(0))  # type: ignore[arg-type]

    def _show_diff(self) -> None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        if 0 <= row < len(self.changes):
            c = self.changes[row]
            self.diff.setHtml(diff_html(c.field, c.old, c.new))

    def ask_file(self, kind: str) -> None:
        stem = self.project.path.with_name(f"{self.project.path.stem} changes.{kind}")
        dialog = QFileDialog(self, tr("Export the changes since the checkpoint"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(tr("Word (*.docx)") if kind == "docx" else "CSV (*.csv)")
        dialog.setDefaultSuffix(kind)
        dialog.setDirectory(str(stem.parent))
        dialog.selectFile(stem.name)
        dialog.fileSelected.connect(lambda path: self.export(kind, path))
        self._file_dialog = dialog
        dialog.open()

    def export(self, kind: str, path: str) -> None:
        from reviewer.files import refuse_same_file

        try:
            # The save dialog has asked before replacing a file; never the project itself.
            refuse_same_file(path, self.project.path, tr("the project"))
            if kind == "docx":
                title = self.project.transcript.title or self.project.path.stem
                written = write_docx(self.changes, path, title=title, checkpoint=self.checkpoint)
            else:
                written = write_csv(self.changes, path)
        except ReviewerError as exc:
            from reviewer.ui import translated

            self.main.show_error(translated.error(exc))
            return
        self.main.show_message(tr("Wrote the changes to {file}").format(file=written), 8000)

    def restore_checkpoint(self) -> None:
        name = self.checkpoint
        if name and self.main.edit(lambda p: p.restore_checkpoint(name)) is not None:
            self.main.show_message(
                tr(
                    "Restored the checkpoint “{name}” (a backup copy is beside the project;"
                    " Ctrl+Z undoes it)"
                ).format(name=name),
                10000,
            )
            self.refresh()


def name_checkpoint(window: Window) -> None:
    if window.project is None:
        return
    window.editor.flush()
    dialog = QInputDialog(window.widget)
    dialog.setObjectName("checkpointName")
    dialog.setWindowTitle(tr("Name a checkpoint"))
    dialog.setLabelText(tr("Name this state of the project (e.g. “sent to the desk 14:05”):"))
    dialog.setTextValue(f"checkpoint {len(window.project.checkpoints()) + 1}")

    def named(text: str) -> None:
        if window.project is None:
            return
        try:
            point = window.project.checkpoint(text)
        except ReviewerError as exc:
            from reviewer.ui import translated

            window.show_error(translated.error(exc))
            return
        window.show_message(tr("Checkpoint “{name}” named").format(name=point.name), 8000)

    dialog.textValueSelected.connect(named)
    window.set_dialog(dialog)
    dialog.open()


def compare(window: Window) -> None:
    if window.project is None:
        return
    window.editor.flush()
    if not window.project.checkpoints():
        window.show_message(tr("No checkpoints yet: File > Name a checkpoint…"), 8000)
        return
    dialog = CompareDialog(window, window.project)
    window.set_dialog(dialog)
    dialog.open()


def install(window: Window) -> None:
    window.add_action(
        ActionSpec(
            "name_checkpoint",
            "Name a checkpoint…",
            "File",
            ("Ctrl+Shift+K",),
            tip="Name the project's state now, to compare with or send changes since later",
        ),
        lambda: name_checkpoint(window),
    )
    window.add_action(
        ActionSpec(
            "compare_checkpoint",
            "Compare with a checkpoint…",
            "File",
            tip="What changed since a checkpoint; export it as Word tracked changes or CSV",
        ),
        lambda: compare(window),
    )
