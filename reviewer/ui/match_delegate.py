"""Paints the source and translation cells: find matches lit, and the source shown in another
Chinese script (View > Show source as) without changing the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reviewer.text.chinese import convert
from reviewer.text.search import Finder, PatternTooSlow, Query, SearchError
from reviewer.ui.i18n import tr
from reviewer.ui.segment_model import COL_SOURCE, COL_TRANSLATION, one_line

if TYPE_CHECKING:
    from reviewer.ui.window_api import Window

MATCH_COLOUR = QColor(255, 213, 0, 150)
CELL_TIME_LIMIT = 0.05  # seconds a regular expression may take on one painted cell


class MatchDelegate(QStyledItemDelegate):
    """Draws a text cell with the spans matching :attr:`query` on a yellow ground."""

    def __init__(self, window: Window) -> None:
        super().__init__(window.table)
        self.window = window
        self.finder = Finder(CELL_TIME_LIMIT)
        self.query: Query | None = None
        self.script = ""  # an OpenCC config for the source column, or "" for as it is

    def set_query(self, query: Query | None) -> None:
        if query != self.query:
            self.query = query if query else None
            self.attach()
            self.window.table.viewport().update()

    def set_script(self, config: str) -> None:
        self.script = config
        self.attach()
        self.window.table.viewport().update()

    def attach(self) -> None:
        """Paint the text columns only while there is something to light or convert: a cell
        painted through Python costs about 0.1 ms, some 3 ms of every repaint of the list."""
        active = self.query is not None or bool(self.script)
        table = self.window.table
        for column in (COL_SOURCE, COL_TRANSLATION):
            if (table.itemDelegateForColumn(column) is self) != active:
                table.setItemDelegateForColumn(column, self if active else None)  # type: ignore[arg-type]

    def field_of(self, column: int) -> str:
        return "source" if column == COL_SOURCE else "translation"

    def spans(self, text: str, column: int) -> list[tuple[int, int]]:
        query = self.query
        if not query or self.field_of(column) not in query.fields:
            return []
        try:
            return self.finder.spans(text, query)
        except PatternTooSlow as exc:
            # Not again for every cell of every repaint: the pattern is dropped until the
            # editor types another one, and told why nothing is lit.
            self.query = None
            self.window.show_message(tr("Matches not lit: {error}").format(error=exc), 8000)
            return []
        except SearchError:
            return []

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self.query is None and not self.script:  # nothing to light or convert: as Qt paints
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if index.column() == COL_SOURCE and self.script:
            text = one_line(convert(text, self.script))
        spans = self.spans(text, index.column())
        if not spans and text == opt.text:
            super().paint(painter, option, index)
            return
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(3, 0, -3, 0)
        metrics = opt.fontMetrics
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.save()
        painter.setFont(opt.font)
        for start, end in spans:
            if start >= len(shown):
                break
            x = rect.left() + metrics.horizontalAdvance(text[:start])
            width = metrics.horizontalAdvance(text[start : min(end, len(shown))])
            painter.fillRect(QRect(x, rect.top() + 2, width, rect.height() - 4), MATCH_COLOUR)
        selected = opt.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )
        painter.restore()


def delegate_of(window: Window) -> MatchDelegate:
    """Return the window's match delegate (made the first time; it puts itself on the text
    columns while it has something to paint)."""
    delegate = window.part(MatchDelegate)
    if delegate is None:
        delegate = window.add_part(MatchDelegate(window))
        delegate.attach()  # on the text columns once there is a query or a script
    return delegate
