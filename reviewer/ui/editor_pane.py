"""The editor for the current segment: source and translation side by side, speaker, tags,
status and note. Typing is written to the project within half a second, one revision per edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.core.models import Segment, Status
from reviewer.core.timecode import format_timecode
from reviewer.store import Notice, NoticeKind, Project
from reviewer.ui.i18n import count as counted
from reviewer.ui.i18n import tr
from reviewer.ui.project_signals import ProjectSignals

MATCH_COLOUR = "#ffd54f"  # a found word in the text boxes: marker yellow, as in the list
COALESCE_MS = 400  # typing pauses this long become one revision; well inside the 0.5 s promise
# Qt lays out a text box's whole paragraph: 2 million characters take 2 s, 50 MB a minute.
# A longer text is shown in part, read-only, and kept whole in the project.
EDIT_LIMIT = 100_000  # characters a text box loads to edit (about 0.1 s)
PREVIEW_CHARS = 10_000  # characters shown of a longer text


class TextBox(QPlainTextEdit):
    """A plain-text box whose own undo is off: Ctrl+Z is the project's persistent undo."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        # Let the window's Undo/Redo/Approve shortcuts through instead of the text box's own.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
                if event.matches(key):
                    event.ignore()
                    return False
        return super().event(event)


class EditorPane(QWidget):
    """Edits one segment at a time; everything it changes goes through the project."""

    typing_started = Signal()
    error = Signal(str)  # a write failed: the message names the file and why
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.segment_id: int | None = None
        self._loading = False
        self._pending: set[str] = set()
        self._speaker_items: list[tuple[str, str]] = []  # what the speaker box holds

        self.header = QLabel(tr("No segment"))
        self.header.setObjectName("segmentHeader")
        self.source = TextBox(tr("Source (what is said)"))
        self.translation = TextBox(tr("Translation"))
        self.source.setObjectName("sourceEditor")
        self.translation.setObjectName("translationEditor")
        self.speaker = QComboBox()
        self.speaker.setEditable(True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker.setToolTip(
            tr("Type a new name to make a speaker; keys 1-9 in the list, Alt+1-9 here")
        )
        self._speaker_edit().setPlaceholderText(tr("no speaker"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("tags, comma separated (SOT, VO, needs-legal)"))
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(tr(status.value.capitalize()), status.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("note for the desk"))

        texts = QHBoxLayout()
        for label, box in (("Source", self.source), ("Translation", self.translation)):
            column = QVBoxLayout()
            caption = QLabel(tr(label))
            caption.setBuddy(box)
            column.addWidget(caption)
            column.addWidget(box)
            texts.addLayout(column)
        fields = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.speaker, 2)
        row.addWidget(QLabel(tr("Status")))
        row.addWidget(self.status, 1)
        fields.addRow(tr("Speaker"), row)
        fields.addRow(tr("Tags"), self.tags)
        fields.addRow(tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.header)
        layout.addLayout(texts, 1)
        layout.addLayout(fields)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.flush)
        self.source.textChanged.connect(lambda: self._typed("source"))
        self.translation.textChanged.connect(lambda: self._typed("translation"))
        self.note.textEdited.connect(lambda _text: self._typed("note"))
        self.tags.editingFinished.connect(self._commit_tags)
        self.speaker.activated.connect(self._commit_speaker_choice)
        self._speaker_edit().returnPressed.connect(self._commit_speaker_text)
        self.status.activated.connect(self._commit_status)
        for box in (self.source, self.translation):
            box.installEventFilter(self)
        self.setEnabled(False)

    def _speaker_edit(self) -> QLineEdit:
        edit = self.speaker.lineEdit()
        assert edit is not None  # the combo box is editable
        return edit

    # -- what is shown --------------------------------------------------------------------

    def set_project(self, project: Project | None, signals: ProjectSignals | None = None) -> None:
        """Show ``project``, following its notices through ``signals`` (the window's adapter,
        which disconnects this pane when the project closes)."""
        self.flush()
        self.project = project
        self.segment_id = None
        if project is not None and signals is not None:
            signals.notice.connect(self._on_notice)
        self.show_segment(None)

    def show_segment(self, segment_id: int | None) -> None:
        """Show ``segment_id`` (writing any pending edit of the previous one first)."""
        if segment_id != self.segment_id:
            self.flush()
            self.light_matches({})
        self.segment_id = segment_id
        self._load()

    def light_matches(self, spans: dict[str, list[tuple[int, int]]]) -> None:
        """Light the found text in the source and translation boxes (``spans``: field ->
        (start, end) positions), and bring the first into view, without taking the focus."""
        for field, box in (("source", self.source), ("translation", self.translation)):
            lit = []
            length = len(box.toPlainText())
            for start, end in spans.get(field, []):
                if not 0 <= start < end <= length:
                    continue
                selection = QTextEdit.ExtraSelection()
                cursor = box.textCursor()
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format.setBackground(QColor(MATCH_COLOUR))
                selection.format.setForeground(QColor("black"))
                lit.append(selection)
            box.setExtraSelections(lit)
            if lit:
                shown = QTextCursor(lit[0].cursor)
                shown.clearSelection()
                box.setTextCursor(shown)
                box.ensureCursorVisible()

    def _segment(self) -> Segment | None:
        if self.project is None or self.segment_id is None:
            return None
        try:
            return self.project.segment(self.segment_id)
        except ReviewerError:
            return None

    def _load(self) -> None:
        segment = self._segment()
        self._loading = True
        try:
            self.setEnabled(
                segment is not None and self.project is not None and not self.project.read_only
            )
            self._refresh_speakers()
            if segment is None:
                self.header.setText(tr("No segment selected"))
                for box in (self.source, self.translation):
                    box.setPlainText("")
                self.note.setText("")
                self.tags.setText("")
                return
            header = (
                f"#{segment.id}   {format_timecode(segment.start_ms)} → "
                f"{format_timecode(segment.end_ms)}   ({segment.duration_ms / 1000:.1f} s)"
            )
            too_long = []
            for field, box in (("source", self.source), ("translation", self.translation)):
                text = getattr(segment, field)
                box.setReadOnly(len(text) > EDIT_LIMIT)
                if len(text) > EDIT_LIMIT:
                    too_long.append(
                        (
                            tr("the source ({count})")
                            if field == "source"
                            else tr("the translation ({count})")
                        ).format(count=counted(len(text), "character"))
                    )
                    _set_text_keeping_cursor(box, text[:PREVIEW_CHARS] + " …")
                elif field not in self._pending:
                    _set_text_keeping_cursor(box, text)
            self.note.setReadOnly(len(segment.note) > EDIT_LIMIT)
            if len(segment.note) > EDIT_LIMIT:
                too_long.append(
                    tr("the note ({count})").format(count=counted(len(segment.note), "character"))
                )
                self.note.setText(segment.note[:PREVIEW_CHARS] + " …")
            elif "note" not in self._pending:
                self.note.setText(segment.note)
            if too_long:
                header += "   " + tr(
                    "Too long to edit here: {what}; the start is shown, and the whole text"
                    " is kept (at most {limit} to edit)"
                ).format(what=tr(" and ").join(too_long), limit=counted(EDIT_LIMIT, "character"))
            self.header.setText(header)
            self.tags.setText(", ".join(segment.tags))
            self.speaker.setCurrentIndex(self.speaker.findData(segment.speaker or ""))
            self.status.setCurrentIndex(self.status.findData(str(segment.status)))
        finally:
            self._loading = False

    def _refresh_speakers(self) -> None:
        """Fill the speaker box, when the speakers changed (not on every segment shown)."""
        speakers = (
            sorted(self.project.transcript.speakers, key=lambda s: (s.slot or 99, s.name))
            if self.project is not None
            else []
        )
        items = [(tr("(none)"), "")] + [(f"{s.slot or '-'}  {s.name}", s.name) for s in speakers]
        if items == self._speaker_items:
            return
        self._speaker_items = items
        self.speaker.blockSignals(True)
        self.speaker.clear()
        for text, name in items:
            self.speaker.addItem(text, name)
        self.speaker.blockSignals(False)

    def _on_notice(self, notice: Notice) -> None:
        if notice.kind in (NoticeKind.SPEAKERS, NoticeKind.RESET) or self.segment_id in notice.ids:
            self._load()

    # -- writing --------------------------------------------------------------------------

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def _typed(self, field: str) -> None:
        if self._loading:
            return
        if not self._pending:
            self.typing_started.emit()
        self._pending.add(field)
        self._timer.start()

    def flush(self) -> None:
        """Write what was typed and not yet written (called on a pause, a move, undo, close)."""
        self._timer.stop()
        if not self._pending or self.project is None or self.segment_id is None:
            self._pending.clear()
            return
        pending, self._pending = self._pending, set()
        edits = []
        for field in sorted(pending):
            box = {"source": self.source, "translation": self.translation}.get(field)
            value = box.toPlainText() if box is not None else self.note.text()
            edits.append((self.segment_id, field, value))
        label = "Edit " + " and ".join(sorted(pending))
        self._write(lambda p: p.edit(edits, label))

    def _write(self, action: Callable[[Project], object]) -> None:
        if self.project is None:
            return
        try:
            action(self.project)
        except ReviewerError as exc:
            from reviewer.ui import translated

            self.error.emit(translated.error(exc))
        else:
            self.saved.emit()

    def _commit_tags(self) -> None:
        segment = self._segment()
        if segment is None or self._loading:
            return
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if tags != segment.tags:
            self._write(lambda p: p.set_tags([segment.sid], tags))

    def _commit_speaker_choice(self, index: int) -> None:
        segment = self._segment()
        if segment is None:
            return
        name = self.speaker.itemData(index) or None
        if name != segment.speaker:
            self._write(lambda p: p.set_speaker([segment.sid], name))

    def _commit_speaker_text(self) -> None:
        """A typed name: an existing speaker by name, or a new one on the next free key."""
        segment = self._segment()
        text = self.speaker.currentText().strip()
        if segment is None or not text:
            return
        index = self.speaker.findData(text)
        if index < 0:
            index = self.speaker.findText(text)
        name = self.speaker.itemData(index) if index >= 0 else text
        if name and name != segment.speaker:
            self._write(lambda p: p.set_speaker([segment.sid], name))

    def _commit_status(self, index: int) -> None:
        segment = self._segment()
        value = self.status.itemData(index)
        if segment is not None and value != str(segment.status):
            self._write(lambda p: p.set_status([segment.sid], value))

    def cursor_positions(self) -> tuple[int | None, int | None]:
        """Return where the text cursors stand in source and translation (for a split),
        None for a box the editor is not in."""
        src = self.source.textCursor().position() if self.source.hasFocus() else None
        tr = self.translation.textCursor().position() if self.translation.hasFocus() else None
        return src, tr

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.source, self.translation):
            self.flush()
        return super().eventFilter(watched, event)


def _set_text_keeping_cursor(box: QPlainTextEdit, text: str) -> None:
    if box.toPlainText() == text:
        return
    position = box.textCursor().position()
    box.setPlainText(text)
    cursor = box.textCursor()
    cursor.setPosition(min(position, len(text)))
    box.setTextCursor(cursor)
