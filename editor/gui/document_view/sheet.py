"""The page on screen: its width and margins as printed, centred in the view, and the zoom.

The text column is always the printed one (17 cm), laid out once at
100 %, so lines break on screen where they break on paper at every zoom,
as in Word.  The zoom lives only between the screen and that layout: the
view draws the layout through a painter scaled by it (editor/gui/
document_view/canvas.py), and mouse positions are divided by it on their
way in.  Scroll values stay in layout units (document pixels at 100 %), so
the line at the top of the view stays there through a zoom without any
layout: a zoom in the middle of 3,000 clauses costs what drawing the view
costs.  The page (the column and a gap on each side) is the text edit's
viewport, centred by viewport margins: a view wider than the page shows it
in the middle with the window's colour around it, a narrower one scrolls
sideways.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider, QTextEdit

from editor.export.styles import PAGE
from editor.export.text_formats import TextFormats

ZOOMS = (50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300)
PAGE_GAP_PT = 18  # white on each side of the text column, part of the page
LINE_STEP = 20  # the screen pixels an arrow of a scroll bar moves by (QTextEdit's step), at every zoom


class LayoutScrollBar(QScrollBar):
    """A scroll bar in layout units whose range and steps are those of the zoomed page, whatever QTextEdit sets.

    QTextEdit sets the range to the document's size less the viewport's
    and the page step to the viewport's size, in pixels, whenever the
    document grows or the view is resized; with a zoom the viewport shows
    its size divided by the zoom of the layout.  Each such change is
    corrected as it is made, before the value is clamped to it: a view at
    the end of a document at 200 % stays there while the drafter types.

    Drawing a bar is dear (Qt's Fusion style takes about 2 ms for one as
    tall as the window: its groove is a gradient) and a new clause asked
    for it several times, to show the same pixels: each Enter grows the
    range by a line, QTextEdit sets both bars' ranges in pixels before they
    are corrected, and QAbstractScrollArea raises both bars above the
    viewport each time it lays them out (for a new document size), which
    repaints them when both show.  So a change asks for a repaint only when
    what the bar shows changes (`look`: the handle's place and size, or an
    end reached), and the bar keeps its last picture for repaints that show
    the same.
    """

    def __init__(self, orientation: Qt.Orientation, wanted: Callable[[], tuple[int, int, int]]) -> None:
        super().__init__(orientation)
        self._wanted = wanted  # the maximum, the page step and the single step, in layout units
        self._fixing = False
        self._look: tuple[object, ...] | None = None  # what the last repaint asked for showed
        self._picture: tuple[tuple[object, ...], QPixmap] | None = None  # the bar as last drawn, and what it showed

    def refit(self) -> None:
        """The range and steps for the zoom and the view now."""
        if self._fixing:
            return
        self._fixing = True
        try:
            maximum, page, single = self._wanted()
            self.setRange(0, maximum)
            self.setPageStep(page)
            self.setSingleStep(single)
        finally:
            self._fixing = False
        self._show_changes()

    def look(self) -> tuple[object, ...]:
        """What the bar shows: the handle's rectangle, and whether it stands at either end (the arrows' state)."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, self)
        return handle.getRect(), self.value() <= self.minimum(), self.value() >= self.maximum()

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        if change in (QAbstractSlider.SliderChange.SliderRangeChange, QAbstractSlider.SliderChange.SliderStepsChange):
            self.refit()
        if not self._fixing:  # the correction's own changes are shown when it ends
            self._show_changes()

    def _show_changes(self) -> None:
        """Repaint the bar if what it shows changed (QAbstractSlider repaints it at every change)."""
        look = self.look()
        if look != self._look:
            self._look = look
            self.update()

    def resizeEvent(self, e: QResizeEvent) -> None:
        self._look = None  # the handle's place is measured in the new size
        super().resizeEvent(e)

    def paintEvent(self, e: QPaintEvent) -> None:
        """The style's drawing of the bar, kept while it shows the same; under the mouse or dragged, the style draws
        it each time (the part hovered or pressed is highlighted, which only QScrollBar knows)."""
        if self.underMouse() or self.isSliderDown():
            self._picture = None
            super().paintEvent(e)
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_All
        ratio = self.devicePixelRatioF()
        key = (self.look(), self.size().toTuple(), ratio, option.state, self.palette().cacheKey())
        if self._picture is None or self._picture[0] != key:
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            self.style().drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, self)
            painter.end()
            self._picture = (key, picture)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture[1])
        painter.end()


class Sheet:
    """The page geometry of one text edit, and the mapping between its viewport's pixels and the layout."""

    def __init__(self, edit: QTextEdit, formats: TextFormats) -> None:
        self.edit = edit
        self.formats = formats
        self.zoom = 100
        dpm = round(formats.dpi / 0.0254)
        self._device = QImage(1, 1, QImage.Format.Format_Mono)  # the layout keeps a pointer only: it must live as long
        self._device.setDotsPerMeterX(dpm)
        self._device.setDotsPerMeterY(dpm)
        edit.document().documentLayout().setPaintDevice(self._device)
        self._side = -1
        edit.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.bars = (LayoutScrollBar(Qt.Orientation.Horizontal, lambda: self._range(horizontal=True)),
                     LayoutScrollBar(Qt.Orientation.Vertical, lambda: self._range(horizontal=False)))
        edit.setHorizontalScrollBar(self.bars[0])
        edit.setVerticalScrollBar(self.bars[1])

    @property
    def scale(self) -> float:
        return self.zoom / 100

    def set_zoom(self, percent: int) -> int:
        """Scale the page on screen to `percent` (kept between 50 and 300); the zoom now in force.

        Nothing is laid out again, and the scroll values (layout units)
        stay: the line at the top of the view stays at the top, as in Word.
        """
        self.zoom = max(ZOOMS[0], min(ZOOMS[-1], percent))
        self.fit()
        return self.zoom

    def step(self, up: bool) -> int:
        """The zoom step above or below this one (Ctrl+= / Ctrl+-, the wheel with Ctrl)."""
        if up:
            return next((z for z in ZOOMS if z > self.zoom), ZOOMS[-1])
        return next((z for z in reversed(ZOOMS) if z < self.zoom), ZOOMS[0])

    def layout_width(self) -> int:
        """The page in layout units: the text column and its two gaps, as printed."""
        return round(self.formats.twips(PAGE.text_width) + 2 * self.formats.points(PAGE_GAP_PT))

    def page_width(self) -> int:
        """The page on screen in pixels, at the zoom."""
        return round(self.layout_width() * self.scale)

    def fit(self) -> None:
        """The page's width for the layout, and the page in the middle of the view (after a resize, a zoom, a new text)."""
        gap = self.formats.points(PAGE_GAP_PT)
        root = self.edit.document().rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() != gap:  # a cleared document loses them
            for set_margin in (fmt.setLeftMargin, fmt.setRightMargin, fmt.setTopMargin, fmt.setBottomMargin):
                set_margin(gap)
            root.setFrameFormat(fmt)
        width = self.layout_width()
        if self.edit.lineWrapColumnOrWidth() != width:
            self.edit.setLineWrapColumnOrWidth(width)
        if self.edit.document().textWidth() != width:
            self.edit.document().setTextWidth(width)  # as QTextEdit does when it lays out, also before the first show
        bar = self.edit.verticalScrollBar()
        room = self.edit.contentsRect().width() - (bar.sizeHint().width() if bar.isVisible() else 0)
        side = max(0, (room - self.page_width()) // 2)
        if side != self._side:
            self._side = side
            self.edit.setViewportMargins(side, 0, side, 0)
        for scroll in self.bars:
            scroll.refit()

    def _range(self, horizontal: bool) -> tuple[int, int, int]:
        """A scroll bar's maximum, page step and single step in layout units: the viewport shows its size / zoom."""
        size = self.edit.document().documentLayout().documentSize()
        viewport = self.edit.viewport()
        shown = (viewport.width() if horizontal else viewport.height()) / self.scale
        whole = size.width() if horizontal else size.height()
        return max(0, math.ceil(whole - shown)), max(1, math.floor(shown)), max(1, round(LINE_STEP / self.scale))

    # -- between the viewport's pixels and the layout ------------------------------------------------

    def offset(self) -> QPointF:
        """The layout point at the viewport's top left corner (QTextEdit's offsets: a right-to-left window's
        horizontal bar counts from the right)."""
        h = self.edit.horizontalScrollBar()
        x = h.maximum() - h.value() if self.edit.isRightToLeft() else h.value()
        return QPointF(x, self.edit.verticalScrollBar().value())

    def show_x(self, x: float) -> None:
        """Scroll sideways so that layout x is at the viewport's left edge."""
        h = self.edit.horizontalScrollBar()
        h.setValue(round(h.maximum() - x) if self.edit.isRightToLeft() else round(x))

    def to_view(self, rect: QRect) -> QRect:
        """A rectangle QTextEdit gives relative to the viewport in layout units (cursorRect), in viewport pixels."""
        z = self.scale
        if z == 1:
            return rect
        return QRectF(rect.x() * z, rect.y() * z, rect.width() * z, rect.height() * z).toAlignedRect()

    def view_rect(self, rect: QRectF) -> QRect:
        """A rectangle of the layout (its own coordinates) in viewport pixels."""
        z, at = self.scale, self.offset()
        return QRectF((rect.x() - at.x()) * z, (rect.y() - at.y()) * z, rect.width() * z, rect.height() * z).toAlignedRect()

    def layout_rect(self, rect: QRect) -> QRectF:
        """Viewport pixels as a rectangle of the layout (its own coordinates)."""
        z, at = self.scale, self.offset()
        return QRectF(rect.x() / z + at.x(), rect.y() / z + at.y(), rect.width() / z, rect.height() / z)

    def on_page(self, e: QMouseEvent, outside: bool = False) -> QMouseEvent:
        """A mouse event as QTextEdit's handlers take it: at its viewport position divided by the zoom (QTextEdit
        adds its offsets, layout units), and beside the text moved to the nearest point of the text column first
        (so a click beside a line lands on that line).

        `outside`: the event came to the edit itself, beside the page (in
        the viewport margins), in the edit's coordinates rather than the
        viewport's.
        """
        position = e.position()
        if outside:
            position -= QPointF(self.edit.viewport().geometry().topLeft())
        left, right = self.left(), self.right()
        if outside or not left <= position.x() <= right:
            y = min(max(position.y(), 0.0), self.edit.viewport().height() - 1.0)
            position = QPointF(min(max(position.x(), left + 1), right - 1), y)
        inside = position / self.scale
        return QMouseEvent(e.type(), inside, e.scenePosition(), e.globalPosition(), e.button(), e.buttons(), e.modifiers())

    def column(self) -> tuple[float, float]:
        """Where the text column starts and ends, in layout units."""
        left = self.formats.points(PAGE_GAP_PT)
        return left, left + self.formats.twips(PAGE.text_width)

    def left(self) -> int:
        """Where the text column starts, in viewport pixels."""
        return round((self.column()[0] - self.offset().x()) * self.scale)

    def right(self) -> int:
        return round((self.column()[1] - self.offset().x()) * self.scale)
