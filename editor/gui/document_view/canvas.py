"""The page drawn at the zoom: the view paints the layout itself, through a painter scaled by the zoom.

The layout works at 100 % whatever the zoom (editor/gui/document_view/
sheet.py), so QTextEdit's own drawing, its repaint rectangles, its scrolling
of the viewport's pixels and its "keep the cursor visible" all speak layout
units where the screen shows them scaled.  This mixin takes those over:
`paintEvent` draws the layout with the cursor, the selection and the extra
selections as QTextEdit would, then the decorations, in one scaled painter;
the text control's repaint and visibility requests (layout coordinates) are
mapped to the viewport's pixels; `cursorRect` and `cursorForPosition`
answer in viewport pixels for the Python callers (the mouse reaches
QTextEdit through Sheet.on_page).  One path at every zoom: at 100 % the
scale is 1 and the same code runs.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SIGNAL, QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QCursor,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QAbstractSlider, QApplication, QStyle, QStyleOption

from editor.gui.document_view.sheet import Sheet

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextEdit

    from editor.gui.document_view.decorations import Decorations

    _Edit = QTextEdit
else:
    _Edit = object

PAGE_KEYS = {
    QKeySequence.StandardKey.MoveToPreviousPage: (QTextCursor.MoveOperation.Up, QTextCursor.MoveMode.MoveAnchor),
    QKeySequence.StandardKey.MoveToNextPage: (QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.MoveAnchor),
    QKeySequence.StandardKey.SelectPreviousPage: (QTextCursor.MoveOperation.Up, QTextCursor.MoveMode.KeepAnchor),
    QKeySequence.StandardKey.SelectNextPage: (QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor),
}


class ZoomedPage(_Edit):
    """The layout drawn and addressed at the sheet's zoom (mixed into DocumentView, before QTextEdit)."""

    sheet: Sheet
    decorations: Decorations

    def _take_over_the_control(self) -> None:
        """Route the text control's repaint and visibility requests (layout coordinates) through the zoom, and
        start the cursor's own blinking (the control's is private)."""
        control = next((c for c in self.children() if c.metaObject().className() == "QWidgetTextControl"), None)
        if control is not None:
            for signal, slot in (("updateRequest(QRectF)", self.update_layout), ("visibilityRequest(QRectF)", self.show_layout)):
                QObject.disconnect(control, SIGNAL(signal), None, None)  # type: ignore[call-overload]  # every receiver: QTextEdit's
                QObject.connect(control, SIGNAL(signal), slot)
        self._blink_on = True
        self._blink = QTimer(self)
        self._blink.timeout.connect(self._toggle_cursor)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self._drag = QTimer(self)
        self._drag.setInterval(50)
        self._drag.timeout.connect(self._drag_step)

    # -- mapping -----------------------------------------------------------------------------------

    def cursorRect(self, cursor: QTextCursor | None = None) -> QRect:
        """The cursor's (or `cursor`'s) rectangle in viewport pixels, at the zoom."""
        rect = super().cursorRect() if cursor is None else super().cursorRect(cursor)
        return self.sheet.to_view(rect)

    def layout_cursor_rect(self, cursor: QTextCursor | None = None) -> QRectF:
        """`cursor`'s rectangle (the text cursor's by default) in the layout's own coordinates, as painters draw."""
        rect = super().cursorRect() if cursor is None else super().cursorRect(cursor)
        return QRectF(rect).translated(self.sheet.offset())

    def cursorForPosition(self, pos: QPoint) -> QTextCursor:
        """The cursor at viewport pixel `pos`, at the zoom."""
        z = self.sheet.scale
        return super().cursorForPosition(QPoint(math.floor(pos.x() / z), math.floor(pos.y() / z)))

    def update_layout(self, rect: QRectF) -> None:
        """Repaint what the layout says changed (its coordinates); an invalid rectangle is all of it."""
        viewport = self.viewport()
        if not rect.isValid():
            viewport.update()
            return
        shown = self.sheet.view_rect(rect).adjusted(-1, -1, 1, 1).intersected(viewport.rect())
        if not shown.isEmpty():
            viewport.update(shown)

    def show_layout(self, rect: QRectF) -> None:
        """Scroll so that `rect` (layout coordinates: the cursor, after a move or an edit) is on screen."""
        z, at, viewport = self.sheet.scale, self.sheet.offset(), self.viewport()
        width, height = viewport.width() / z, viewport.height() / z
        if rect.left() < at.x():
            self.sheet.show_x(rect.left())
        elif rect.right() > at.x() + width:
            self.sheet.show_x(rect.right() - width)
        bar = self.verticalScrollBar()
        if rect.top() < at.y():
            bar.setValue(math.floor(rect.top()))
        elif rect.bottom() > at.y() + height:
            bar.setValue(math.ceil(rect.bottom() - height))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """The viewport's pixels move by the scroll (layout units) times the zoom: at 100 % Qt moves them; at any
        other zoom the view is drawn again (a millisecond), as a fractional move would leave seams."""
        if self.sheet.zoom == 100:
            super().scrollContentsBy(dx, dy)
            return
        self.viewport().update()
        QGuiApplication.inputMethod().update(Qt.InputMethodQuery.ImCursorRectangle | Qt.InputMethodQuery.ImAnchorRectangle)

    def inputMethodQuery(self, query: Qt.InputMethodQuery, argument: Any = None, /) -> Any:
        """The cursor's rectangle for an input method (where it shows its window), at the zoom."""
        answer = super().inputMethodQuery(query) if argument is None else super().inputMethodQuery(query, argument)
        if query in (Qt.InputMethodQuery.ImCursorRectangle, Qt.InputMethodQuery.ImAnchorRectangle) and isinstance(answer, QRectF | QRect):
            at = QRectF(answer).translated(-self.viewport().pos())
            answer = QRectF(self.sheet.to_view(at.toAlignedRect())).translated(self.viewport().pos())
        return answer

    def follow_drag(self, e: QMouseEvent) -> None:
        """A selection dragged beyond the top or the bottom of the view scrolls it.  QTextEdit does it itself up to
        100 %, but it tells the edge from the position it is given, the viewport's divided by the zoom: beyond the
        bottom at 200 % is still inside for it."""
        outside = not self.viewport().rect().contains(e.position().toPoint())
        if self.sheet.zoom > 100 and outside and e.buttons() & Qt.MouseButton.LeftButton:
            if not self._drag.isActive():
                self._drag.start()
        else:
            self._drag.stop()

    def _drag_step(self) -> None:
        viewport = self.viewport()
        at = viewport.mapFromGlobal(QCursor.pos())
        bar = self.verticalScrollBar()
        if not QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton or 0 <= at.y() < viewport.height():
            self._drag.stop()
            return
        bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepSub if at.y() < 0 else QAbstractSlider.SliderAction.SliderSingleStepAdd)
        self.mouseMoveEvent(QMouseEvent(QEvent.Type.MouseMove, QPointF(at), QPointF(QCursor.pos()), Qt.MouseButton.NoButton,
                                        Qt.MouseButton.LeftButton, QGuiApplication.keyboardModifiers()))

    # -- the page up and down keys: a screen of the zoomed page ------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        move = next((m for key, m in PAGE_KEYS.items() if e.matches(key)), None)
        if move is None:
            super().keyPressEvent(e)
            return
        e.accept()
        op, mode = move
        cursor = self.textCursor()
        moved, distance, height = False, 0.0, self.viewport().height() / self.sheet.scale
        last = self.layout_cursor_rect(cursor).top()
        while distance < height:  # as QTextEdit moves: a viewport's height of lines, keeping the cursor's x
            moved = cursor.movePosition(op, mode)
            if not moved:
                break
            top = self.layout_cursor_rect(cursor).top()
            distance, last = distance + abs(top - last), top
        if moved:
            back = QTextCursor.MoveOperation.Down if op == QTextCursor.MoveOperation.Up else QTextCursor.MoveOperation.Up
            cursor.movePosition(back, mode)
            self.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub if op == QTextCursor.MoveOperation.Up
                                                   else QAbstractSlider.SliderAction.SliderPageStepAdd)
        self.setTextCursor(cursor)

    # -- painting ------------------------------------------------------------------------------------

    def paintEvent(self, e: QPaintEvent) -> None:
        """The layout through a painter scaled by the zoom, then what the decorations draw over it."""
        z = self.sheet.scale
        painter = QPainter(self.viewport())
        painter.scale(z, z)
        painter.translate(-self.sheet.offset())
        clip = self.sheet.layout_rect(e.rect())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette = self.palette()
        context.cursorPosition = self.textCursor().position() if self._cursor_shown() else -1
        context.selections = self._selections()
        self.document().documentLayout().draw(painter, context)
        self.decorations.paint(painter)
        painter.end()

    def _selections(self) -> list[QAbstractTextDocumentLayout.Selection]:
        """The extra selections (underlines, comments), then the text cursor's selection in the palette's colours."""
        out = []
        for extra in self.decorations.selections():
            selection = QAbstractTextDocumentLayout.Selection()
            selection.cursor, selection.format = extra.cursor, extra.format
            out.append(selection)
        cursor = self.textCursor()
        if cursor.hasSelection():
            group = QPalette.ColorGroup.Active if self.hasFocus() else QPalette.ColorGroup.Inactive
            fmt = QTextCharFormat()
            fmt.setBackground(self.palette().brush(group, QPalette.ColorRole.Highlight))
            fmt.setForeground(self.palette().brush(group, QPalette.ColorRole.HighlightedText))
            option = QStyleOption()
            option.initFrom(self)
            if self.style().styleHint(QStyle.StyleHint.SH_RichText_FullWidthSelection, option, self):
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection = QAbstractTextDocumentLayout.Selection()
            selection.cursor, selection.format = cursor, fmt
            out.append(selection)
        return out

    # -- the cursor's blinking ------------------------------------------------------------------------------------

    def _cursor_shown(self) -> bool:
        return self._blink_on and self.hasFocus() and not self.isReadOnly()

    def _toggle_cursor(self) -> None:
        self._blink_on = not self._blink_on
        self._repaint_cursor()

    def _repaint_cursor(self) -> None:
        self.viewport().update(self.cursorRect().adjusted(-2, -1, 2, 1))

    def _restart_blink(self) -> None:
        """The cursor shown at once after a move or a focus change, blinking as the desktop says (never when 0)."""
        self._blink_on = True
        flash = QApplication.cursorFlashTime()
        if flash > 0 and self.hasFocus():
            self._blink.start(flash // 2)
        else:
            self._blink.stop()

    def _cursor_moved(self) -> None:
        self._restart_blink()
        self._repaint_cursor()

    def focusInEvent(self, e: QFocusEvent) -> None:
        super().focusInEvent(e)
        self._restart_blink()
        self._repaint_cursor()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self._blink.stop()
        self._repaint_cursor()
