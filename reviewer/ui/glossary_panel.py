"""The glossary panel: the project's terms, edited in place, imported and exported as CSV, and
new terms made from the text selected in the editor."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import wording
from reviewer.core.errors import ReviewerError
from reviewer.store import Notice, Project
from reviewer.store.glossary import (
    GLOSSARY_NOTICE,
    add_term,
    delete_terms,
    export_csv,
    import_csv,
    terms,
    update_term,
)
from reviewer.text.glossary import Term
from reviewer.ui.actions import ANYWHERE, ActionSpec

if TYPE_CHECKING:
    from reviewer.ui.main_window import MainWindow

HEADERS = ("Source forms", "Translation", "Avoid", "Note")


def _forms(text: str) -> list[str]:
    return [f.strip() for f in text.split("|") if f.strip()]


def _term_from(cells: list[str], term_id: int | None = None) -> Term:
    renderings = _forms(cells[1])
    return Term(
        _forms(cells[0]),
        renderings[0] if renderings else "",
        _forms(cells[2]),
        cells[3].strip(),
        also=renderings[1:],
        id=term_id,
    )


class TermDialog(QDialog):
    """A new glossary term: source forms, translation, renderings to avoid, note."""

    def __init__(self, project: Project, source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("termDialog")
        self.setWindowTitle("New glossary term")
        self.project = project
        self.source = QLineEdit(source)
        self.translation = QLineEdit()
        self.avoid = QLineEdit()
        self.note = QLineEdit()
        for box, tip in (
            (self.source, "One or more forms, separated by |: 真主党|真主黨"),
            (self.translation, "The agreed rendering (others accepted after |)"),
            (self.avoid, "Wrong renderings the checks flag, separated by |"),
        ):
            box.setPlaceholderText(tip)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #d9534f")
        form = QFormLayout(self)
        form.addRow("&Source", self.source)
        form.addRow("&Translation", self.translation)
        form.addRow("&Avoid", self.avoid)
        form.addRow("&Note", self.note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.translation if source else self.source).setFocus()

    def accept(self) -> None:
        term = _term_from(
            [self.source.text(), self.translation.text(), self.avoid.text(), self.note.text()]
        )
        try:
            add_term(self.project, term)
        except ReviewerError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class GlossaryPanel(QWidget):
    """The terms as an editable table; edits go straight to the project's glossary."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("glossaryPanel")
        self.main = window
        self.project: Project | None = None
        self._unsubscribe: Any = None
        self._loading = False
        self.terms: list[Term] = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("glossaryTable")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        buttons = QHBoxLayout()
        for text, slot in (
            ("New…", lambda: self.new_term("")),
            ("Delete", self.delete_selected),
            ("Import CSV…", self._ask_import),
            ("Export CSV…", self._ask_export),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_project(self, project: Project | None) -> None:
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        self.project = project
        if project is not None:
            self._unsubscribe = project.subscribe(self._on_notice)
        self.reload()

    def _on_notice(self, notice: Notice) -> None:
        if notice.kind == "meta" and notice.label == GLOSSARY_NOTICE:
            self.reload()

    def reload(self) -> None:
        self._loading = True
        self.terms = terms(self.project) if self.project else []
        self.table.setRowCount(len(self.terms))
        for row, t in enumerate(self.terms):
            cells = ("|".join(t.sources), "|".join(t.renderings), "|".join(t.avoid), t.note)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._loading = False

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or self.project is None or item.row() >= len(self.terms):
            return
        row = item.row()
        cells = [(self.table.item(row, c) or QTableWidgetItem("")).text() for c in range(4)]
        old = self.terms[row]
        try:
            assert old.id is not None
            update_term(self.project, old.id, _term_from(cells, old.id))
        except ReviewerError as exc:
            self.main.show_error(str(exc))
            self.reload()

    def new_term(self, source: str) -> None:
        if self.project is None:
            return
        dialog = TermDialog(self.project, source, self.main)
        self.main._dialog = dialog
        dialog.open()

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        ids = [self.terms[r].id for r in rows if r < len(self.terms)]
        if self.project is not None and ids:
            delete_terms(self.project, [i for i in ids if i is not None])

    def import_from(self, path: str | Path) -> None:
        if self.project is None:
            return
        try:
            count = import_csv(self.project, path)
        except ReviewerError as exc:
            self.main.show_error(str(exc))
            return
        self.main.statusBar().showMessage(
            f"{wording.count(count, 'glossary term')} read from {path}", 8000
        )

    def export_to(self, path: str | Path) -> None:
        if self.project is None:
            return
        try:
            count = export_csv(self.project, path)
        except ReviewerError as exc:
            self.main.show_error(str(exc))
            return
        self.main.statusBar().showMessage(
            f"{wording.count(count, 'glossary term')} written to {path}", 8000
        )

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import glossary", self.main.start_folder(), "CSV (*.csv)"
        )
        if path:
            self.import_from(path)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export glossary",
            str(Path(self.main.start_folder()) / "glossary.csv"),
            "CSV (*.csv)",
        )
        if path:
            self.export_to(path)


def selected_text(window: MainWindow) -> str:
    """Return the text selected in the source or translation editor (the focused one first)."""
    boxes = [window.editor.source, window.editor.translation]
    boxes.sort(key=lambda b: not b.hasFocus())
    for box in boxes:
        text = box.textCursor().selectedText().replace("\u2029", " ").strip()
        if text:
            return text
    return ""


def install(window: MainWindow) -> None:
    panel = GlossaryPanel(window)
    window.glossary_panel = panel  # type: ignore[attr-defined]
    window.add_dock(panel, "Glossary", "glossaryDock", Qt.DockWidgetArea.BottomDockWidgetArea)
    window.add_action(
        ActionSpec(
            "new_term",
            "New glossary term from selection…",
            "Translation",
            ("Ctrl+Shift+T",),
            ANYWHERE,
            "Make a glossary term of the text selected in the editor; type its translation",
        ),
        lambda: panel.new_term(selected_text(window)),
    )
    window.project_opened.connect(panel.set_project)
    window.project_closing.connect(lambda _p: panel.set_project(None))
