"""The page on screen: its width and margins as printed, centred in the view, and the zoom.

The text column is always the printed one (17 cm at 100 %), so lines break
on screen where they break on paper.  The page (the column and a gap on
each side) is the text edit's viewport, centred by viewport margins: a view
wider than the page shows it in the middle with the window's colour around
it, a narrower one scrolls sideways, as Word does.  Zooming changes the
resolution the layout works at (a 1x1 image with that many dots per metre
as the layout's paint device): fonts, indents and tab stops all scale
together, nothing is built again and nothing but the page width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QTextEdit

from editor.export.styles import PAGE
from editor.export.text_formats import TextFormats

ZOOMS = (50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300)
PAGE_GAP_PT = 18  # white on each side of the text column, part of the page


class Sheet:
    """The page geometry of one text edit."""

    def __init__(self, edit: QTextEdit, formats: TextFormats) -> None:
        self.edit = edit
        self.formats = formats
        self.zoom = 100
        self._device = QImage(1, 1, QImage.Format.Format_Mono)
        self._side = -1
        edit.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)

    @property
    def scale(self) -> float:
        return self.zoom / 100

    def set_zoom(self, percent: int) -> int:
        """Scale the page to `percent` (kept between 50 and 300); the zoom now in force.

        The line at the top of the view stays at the top, as in Word: the
        scroll position is kept in the text, not in pixels.
        """
        top = self.edit.cursorForPosition(QPoint(self.left() + 1, 0))
        self.zoom = max(ZOOMS[0], min(ZOOMS[-1], percent))
        dpm = round(self.formats.dpi * self.scale / 0.0254)
        device = QImage(1, 1, QImage.Format.Format_Mono)
        device.setDotsPerMeterX(dpm)
        device.setDotsPerMeterY(dpm)
        self._device = device  # the layout keeps a pointer only: the image must live as long as it is used
        bar = self.edit.verticalScrollBar()
        scrolled = bar.value()
        if scrolled:
            # Qt lays out again down to the view's old scroll position (in pixels of the old zoom): from the
            # top it lays out only the first screen, then down to the top line, which is all that is needed
            # (zooming out in the middle of a long document laid out half as much again before).
            bar.setValue(0)
        self.edit.document().documentLayout().setPaintDevice(device)
        self.fit()
        if scrolled:
            bar.setValue(self.edit.cursorRect(top).top())
        return self.zoom

    def step(self, up: bool) -> int:
        """The zoom step above or below this one (Ctrl+= / Ctrl+-, the wheel with Ctrl)."""
        if up:
            return next((z for z in ZOOMS if z > self.zoom), ZOOMS[-1])
        return next((z for z in reversed(ZOOMS) if z < self.zoom), ZOOMS[0])

    def page_width(self) -> int:
        """The page on screen in pixels: the text column and its two gaps, at the zoom."""
        return round((self.formats.twips(PAGE.text_width) + 2 * self.formats.points(PAGE_GAP_PT)) * self.scale)

    def fit(self) -> None:
        """The page's width for the layout, and the page in the middle of the view (after a resize, a zoom, a new text)."""
        gap = self.formats.points(PAGE_GAP_PT)
        root = self.edit.document().rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() != gap:  # the gaps are in layout units: the zoom scales them; a cleared document loses them
            for set_margin in (fmt.setLeftMargin, fmt.setRightMargin, fmt.setTopMargin, fmt.setBottomMargin):
                set_margin(gap)
            root.setFrameFormat(fmt)
        width = self.page_width()
        if self.edit.lineWrapColumnOrWidth() != width:
            self.edit.setLineWrapColumnOrWidth(width)
        if self.edit.document().textWidth() != width:
            self.edit.document().setTextWidth(width)  # as QTextEdit does when it lays out, also before the first show
        bar = self.edit.verticalScrollBar()
        room = self.edit.contentsRect().width() - (bar.sizeHint().width() if bar.isVisible() else 0)
        side = max(0, (room - width) // 2)
        if side != self._side:
            self._side = side
            self.edit.setViewportMargins(side, 0, side, 0)

    def on_page(self, e: QMouseEvent, outside: bool = False) -> QMouseEvent:
        """A mouse event beside the text, moved to the nearest point of the text column (so a click lands on that line).

        `outside`: the event came to the edit itself, beside the page (in
        the viewport margins), in the edit's coordinates rather than the
        viewport's.
        """
        position = e.position()
        if outside:
            position -= QPointF(self.edit.viewport().geometry().topLeft())
        x, y = position.x(), min(max(position.y(), 0.0), self.edit.viewport().height() - 1.0)
        left, right = self.left(), self.right()
        if left <= x <= right and not outside:
            return e
        inside = QPointF(min(max(x, left + 1), right - 1), y)
        return QMouseEvent(e.type(), inside, e.scenePosition(), e.globalPosition(), e.button(), e.buttons(), e.modifiers())

    def left(self) -> int:
        """Where the text column starts, in viewport pixels."""
        return round(self.formats.points(PAGE_GAP_PT) * self.scale) - self.edit.horizontalScrollBar().value()

    def right(self) -> int:
        return self.left() + round(self.formats.twips(PAGE.text_width) * self.scale)
