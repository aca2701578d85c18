"""The glossary panel: the project's terms, edited in place, imported and exported as CSV, and
new terms made from the text selected in the editor."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.store import Notice, Project
from reviewer.store.glossary import (
    add_term,
    delete_terms,
    export_csv,
    import_csv,
    term_count,
    terms,
    update_term,
)
from reviewer.text.glossary import Term
from reviewer.ui.action_spec import ANYWHERE, ActionSpec
from reviewer.ui.i18n import QT_TR_NOOP, tr
from reviewer.ui.i18n import count as counted

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

HEADERS = (
    QT_TR_NOOP("Source forms"),
    QT_TR_NOOP("Translation"),
    QT_TR_NOOP("Avoid"),
    QT_TR_NOOP("Note"),
)
Index = QModelIndex | QPersistentModelIndex


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
        self.setWindowTitle(tr("New glossary term"))
        self.project = project
        self.source = QLineEdit(source)
        self.translation = QLineEdit()
        self.avoid = QLineEdit()
        self.note = QLineEdit()
        for box, tip in (
            (self.source, tr("One or more forms, separated by |: 真主党|真主黨")),
            (self.translation, tr("The agreed rendering (others accepted after |)")),
            (self.avoid, tr("Wrong renderings the checks flag, separated by |")),
        ):
            box.setPlaceholderText(tip)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #d9534f")
        form = QFormLayout(self)
        form.addRow(tr("&Source"), self.source)
        form.addRow(tr("&Translation"), self.translation)
        form.addRow(tr("&Avoid"), self.avoid)
        form.addRow(tr("&Note"), self.note)
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
            from reviewer.ui import translated

            self.error.setText(translated.error(exc))
            return
        super().accept()


class GlossaryModel(QAbstractTableModel):
    """The terms as table rows, made as Qt paints them: 100,000 terms are a list, not 400,000
    items. An edited cell goes straight to the project's glossary."""

    PAGE = 1000  # terms read at a time, as the table is scrolled to them

    def __init__(self, panel: GlossaryPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.terms: list[Term] = []
        self.total = 0

    def reset(self, project: Project | None) -> None:
        """Show ``project``'s terms: the first page now, the rest as the view asks."""
        self.beginResetModel()
        self.total = term_count(project) if project else 0
        self.terms = terms(project, limit=self.PAGE) if project else []
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.terms) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        project = self.panel.project
        if parent.isValid() or project is None:
            return
        more = terms(project, offset=len(self.terms), limit=self.PAGE)
        if not more:
            self.total = len(self.terms)
            return
        first = len(self.terms)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.terms += more
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.terms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        return _cells(self.terms[index.row()])[index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        old = self.terms[index.row()]
        cells = list(_cells(old))
        cells[index.column()] = str(value)
        return self.panel.store_edit(old, cells)


def _cells(t: Term) -> tuple[str, str, str, str]:
    return ("|".join(t.sources), "|".join(t.renderings), "|".join(t.avoid), t.note)


class GlossaryPanel(QWidget):
    """The terms as an editable table; edits go straight to the project's glossary. The terms
    are read when the panel is first shown, not when the window opens."""

    def __init__(self, window: Window) -> None:
        super().__init__()
        self.setObjectName("glossaryPanel")
        self.main = window
        self.project: Project | None = None
        self._stale = True  # the terms are read again when the panel is next shown
        self.model = GlossaryModel(self)
        self.table = QTableView()
        self.table.setObjectName("glossaryTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for text, slot in (
            (tr("New…"), lambda: self.new_term("")),
            (tr("Delete"), self.delete_selected),
            (tr("Import CSV…"), self._ask_import),
            (tr("Export CSV…"), self._ask_export),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    @property
    def terms(self) -> list[Term]:
        """The terms read so far (all of them, once the table was scrolled to its end)."""
        if self._stale:
            self.reload()
        return self.model.terms

    def set_project(self, project: Project | None) -> None:
        self.project = project
        signals = self.main.project_signals
        if project is not None and signals is not None:
            signals.glossary.connect(self._on_glossary)  # disconnected when the project closes
        self._changed()

    def _on_glossary(self, _notice: Notice) -> None:
        self._changed()

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()
        else:
            self.model.reset(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.model.reset(self.project)

    def store_edit(self, old: Term, cells: list[str]) -> bool:
        """Store the term ``old`` as edited to ``cells``; False (and said why) when refused."""
        if self.project is None or old.id is None:
            return False
        try:
            update_term(self.project, old.id, _term_from(cells, old.id))
        except ReviewerError as exc:
            from reviewer.ui import translated

            self.main.show_error(translated.error(exc))
            return False
        return True

    def new_term(self, source: str) -> None:
        if self.project is None:
            return
        dialog = TermDialog(self.project, source, self.main.widget)
        self.main.set_dialog(dialog)
        dialog.open()

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        found = self.terms
        ids = [found[r].id for r in rows if r < len(found)]
        if self.project is not None and ids:
            delete_terms(self.project, [i for i in ids if i is not None])

    def import_from(self, path: str | Path) -> None:
        if self.project is None:
            return
        try:
            count = import_csv(self.project, path)
        except ReviewerError as exc:
            from reviewer.ui import translated

            self.main.show_error(translated.error(exc))
            return
        self.main.show_message(
            tr("{terms} read from {file}").format(terms=counted(count, "glossary term"), file=path),
            8000,
        )

    def export_to(self, path: str | Path) -> None:
        if self.project is None:
            return
        try:
            count = export_csv(self.project, path)
        except ReviewerError as exc:
            from reviewer.ui import translated

            self.main.show_error(translated.error(exc))
            return
        self.main.show_message(
            tr("{terms} written to {file}").format(
                terms=counted(count, "glossary term"), file=path
            ),
            8000,
        )

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import glossary"), self.main.start_folder(), "CSV (*.csv)"
        )
        if path:
            self.import_from(path)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export glossary"),
            str(Path(self.main.start_folder()) / "glossary.csv"),
            "CSV (*.csv)",
        )
        if path:
            self.export_to(path)


def selected_text(window: Window) -> str:
    """Return the text selected in the source or translation editor (the focused one first)."""
    boxes = [window.editor.source, window.editor.translation]
    boxes.sort(key=lambda b: not b.hasFocus())
    for box in boxes:
        text = box.textCursor().selectedText().replace("\u2029", " ").strip()
        if text:
            return text
    return ""


def install(window: Window) -> None:
    panel = GlossaryPanel(window)
    window.add_part(panel)
    window.add_dock(panel, tr("Glossary"), "glossaryDock", Qt.DockWidgetArea.BottomDockWidgetArea)
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
