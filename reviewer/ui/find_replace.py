"""Find and replace (Ctrl+H): plain, whole word, regular expression or fuzzy, in the source,
the translation or both, Chinese in either script; matches lit in the table as you type;
replace one, or replace all after a preview as one undoable step.

The window's find box (Ctrl+F) keeps filtering rows; its text is lit in the table too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reviewer.store.fixing import apply_plan, replace_plan
from reviewer.text.search import Finder, Query, SearchError
from reviewer.ui.action_spec import ANYWHERE, ActionSpec
from reviewer.ui.change_preview import ChangePreview
from reviewer.ui.i18n import QT_TR_NOOP, tr
from reviewer.ui.match_delegate import delegate_of

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

MODES = {
    QT_TR_NOOP("Plain text"): "plain",
    QT_TR_NOOP("Whole words"): "word",
    QT_TR_NOOP("Regular expression"): "regex",
    QT_TR_NOOP("Fuzzy (misspellings)"): "fuzzy",
}
FIELDS = {
    QT_TR_NOOP("Source and translation"): ("source", "translation"),
    QT_TR_NOOP("Translation"): ("translation",),
    QT_TR_NOOP("Source"): ("source",),
}


class FindReplaceDialog(QDialog):
    """Non-modal: the table stays usable while it is open."""

    def __init__(self, window: Window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window.widget)
        self.setObjectName("findReplaceDialog")
        self.setWindowTitle(tr("Find and replace"))
        self.setModal(False)
        self.window_ = window
        self.finder = Finder()
        self.find_text = QLineEdit()
        self.find_text.setObjectName("findText")
        self.find_text.setPlaceholderText(tr("Find (Chinese in either script)"))
        self.replace = QLineEdit()
        self.replace.setObjectName("replaceText")
        self.mode = QComboBox()
        for label, value in MODES.items():
            self.mode.addItem(tr(label), value)
        self.fields = QComboBox()
        for label, fields in FIELDS.items():
            self.fields.addItem(tr(label), fields)
        self.match_case = QCheckBox(tr("Match &case"))
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = QPushButton(tr("Find &next"))
        self.next_button.setDefault(True)
        self.replace_button = QPushButton(tr("&Replace"))
        self.replace_all_button = QPushButton(tr("Replace &all…"))
        close = QPushButton(tr("Cl&ose"))
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.reject)
        options = QHBoxLayout()
        options.addWidget(self.mode)
        options.addWidget(self.fields)
        options.addWidget(self.match_case)
        buttons = QHBoxLayout()
        for b in (self.next_button, self.replace_button, self.replace_all_button, close):
            buttons.addWidget(b)
        mode_label = QLabel(tr("&Mode"))
        mode_label.setBuddy(self.mode)
        in_label = QLabel(tr("&In"))
        in_label.setBuddy(self.fields)
        options.insertWidget(0, mode_label)
        options.insertWidget(2, in_label)
        form = QFormLayout(self)
        form.addRow(tr("&Find"), self.find_text)  # Alt+F, Alt+W: the label's mnemonic, its box
        form.addRow(tr("Replace &with"), self.replace)
        form.addRow(options)
        form.addRow(self.count)
        form.addRow(buttons)
        self.find_text.textChanged.connect(self.update_matches)
        self.mode.currentIndexChanged.connect(self.update_matches)
        self.fields.currentIndexChanged.connect(self.update_matches)
        self.match_case.toggled.connect(self.update_matches)
        self.finished.connect(lambda _r: delegate_of(window).set_query(None))

    def query(self) -> Query:
        return Query(
            self.find_text.text(),
            self.mode.currentData(),
            tuple(self.fields.currentData()),
            self.match_case.isChecked(),
        )

    def done(self, result: int) -> None:
        super().done(result)
        self.window_.editor.light_matches({})

    def matching_ids(self) -> list[int]:
        project = self.window_.project
        if project is None:
            return []
        return self.finder.matching_ids(project.transcript.segments, self.query())

    def update_matches(self) -> None:
        """Light the matches in the table and count them (find as you type)."""
        query = self.query()
        try:
            ids = self.matching_ids()
        except SearchError as exc:
            self.count.setText(str(exc))
            delegate_of(self.window_).set_query(None)
            return
        delegate_of(self.window_).set_query(query if query else None)
        matches = tr("1 segment matches") if len(ids) == 1 else tr("{n} segments match")
        self.count.setText(matches.format(n=len(ids)) if query else "")
        self.light_editor()

    def light_editor(self) -> None:
        """Light the matches in the current segment's text boxes too."""
        window, project = self.window_, self.window_.project
        current = window.current_id()
        if project is None or current is None:
            return
        query, segment = self.query(), project.segment(current)
        try:
            spans = {f: self.finder.spans(getattr(segment, f), query) for f in query.fields}
        except SearchError:
            spans = {}
        window.editor.light_matches(spans if query else {})

    def find_next(self) -> int | None:
        """Select the next matching segment after the current one (wrapping); return its id."""
        project = self.window_.project
        try:
            ids = self.matching_ids()
        except SearchError as exc:
            self.count.setText(str(exc))
            return None
        if project is None or not ids:
            self.count.setText(tr("No match"))
            return None
        current = self.window_.current_id()
        here = project.row_of(current) if current is not None else -1
        target = next((i for i in ids if project.row_of(i) > here), ids[0])
        self.window_.select_id(target)
        self.light_editor()
        return target

    def replace_one(self) -> None:
        """Replace the matches in the current segment, then go to the next match."""
        project, current = self.window_.project, self.window_.current_id()
        if project is None:
            return
        query, replacement = self.query(), self.replace.text()
        if current is None or current not in self.matching_ids():
            self.find_next()
            return
        segment = project.segment(current)
        try:
            edits = [
                (current, f, self.finder.replace_in(getattr(segment, f), query, replacement))
                for f in query.fields
            ]
        except SearchError as exc:
            self.count.setText(str(exc))
            return
        self.window_.edit(lambda p: p.edit(edits, f"Replace “{query.text}”"))
        self.update_matches()
        self.find_next()

    def replace_all(self) -> None:
        """Show every replacement, then apply them as one step."""
        project = self.window_.project
        if project is None:
            return
        self.window_.editor.flush()
        query, replacement = self.query(), self.replace.text()
        try:
            plan = replace_plan(project, query, replacement, self.finder)
        except SearchError as exc:
            self.count.setText(str(exc))
            return
        label = f"Replace “{query.text}” with “{replacement}”"

        def apply(chosen: list[tuple[int, str, str, str]]) -> None:
            self.window_.edit(lambda p: apply_plan(p, chosen, label))
            self.update_matches()

        preview = ChangePreview(label, plan, apply, self)
        self.preview = preview
        preview.open()


def _open(window: Window) -> None:
    dialog = window.part(FindReplaceDialog)
    if dialog is None:
        dialog = window.add_part(FindReplaceDialog(window))
    selected = window.editor.translation.textCursor().selectedText()
    if selected and "\u2029" not in selected:
        dialog.find_text.setText(selected)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.find_text.setFocus()
    dialog.find_text.selectAll()
    dialog.update_matches()


def _light_filter_text(window: Window, text: str) -> None:
    dialog = window.part(FindReplaceDialog)
    if dialog is None or not dialog.isVisible():
        delegate_of(window).set_query(Query(text.strip()) if text.strip() else None)


def install(window: Window) -> None:
    delegate_of(window)
    window.add_action(
        ActionSpec(
            "find_replace",
            "Find and replace…",
            "Edit",
            ("Ctrl+H",),
            ANYWHERE,
            "Find (plain, whole word, regex, fuzzy) and replace, one or all",
        ),
        lambda: _open(window),
    )
    window.find_box.textChanged.connect(lambda text: _light_filter_text(window, text))
