"""The page on screen: its width and margins as printed, centred in the view, and the zoom.

The text column is always the printed one (17 cm at 100 %), so lines break
on screen where they break on paper; a view wider than the page shows it
centred, a narrower one scrolls sideways, as Word does.  Zooming changes the
resolution the layout works at (a 1x1 image with that many dots per metre
as the layout's paint device): fonts, indents and tab stops all scale
together and nothing is built again.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTextEdit

from editor.export.styles import PAGE
from editor.export.text_formats import TextFormats

ZOOMS = (50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300)
PAGE_GAP_PT = 18  # space on each side of the text column when the view is narrower than the page


class Sheet:
    """The page geometry of one text edit."""

    def __init__(self, edit: QTextEdit, formats: TextFormats) -> None:
        self.edit = edit
        self.formats = formats
        self.zoom = 100
        self._device = QImage(1, 1, QImage.Format.Format_Mono)
        edit.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)

    @property
    def scale(self) -> float:
        return self.zoom / 100

    def set_zoom(self, percent: int) -> int:
        """Scale the page to `percent` (kept between 50 and 300); the zoom now in force."""
        self.zoom = max(ZOOMS[0], min(ZOOMS[-1], percent))
        dpm = round(self.formats.dpi * self.scale / 0.0254)
        device = QImage(1, 1, QImage.Format.Format_Mono)
        device.setDotsPerMeterX(dpm)
        device.setDotsPerMeterY(dpm)
        self._device = device  # the layout keeps a pointer only: the image must live as long as it is used
        self.edit.document().documentLayout().setPaintDevice(device)
        self.fit()
        return self.zoom

    def step(self, up: bool) -> int:
        """The next zoom step up or down (Ctrl+= / Ctrl+-, the wheel with Ctrl)."""
        if up:
            return self.set_zoom(next((z for z in ZOOMS if z > self.zoom), ZOOMS[-1]))
        return self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom), ZOOMS[0]))

    def fit(self) -> None:
        """Lay the text column out at the page's width, in the middle of the view (after a resize or a zoom)."""
        column = self.formats.twips(PAGE.text_width)
        gap = self.formats.points(PAGE_GAP_PT)
        width = max(self.edit.viewport().width(), round((column + 2 * gap) * self.scale))
        if self.edit.lineWrapColumnOrWidth() != width:
            self.edit.setLineWrapColumnOrWidth(width)
        self.edit.document().setTextWidth(width)  # as QTextEdit does on a resize, also before the first show
        margin = math.floor((width / self.scale - column) / 2)  # a whole unit less: a right tab at the column's end still fits
        root = self.edit.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - margin) > 0.25 or fmt.topMargin() != gap:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            fmt.setTopMargin(gap)
            fmt.setBottomMargin(gap)
            root.setFrameFormat(fmt)

    def left(self) -> int:
        """Where the text column starts on screen, in viewport pixels."""
        margin = self.edit.document().rootFrame().frameFormat().leftMargin()
        return round(margin * self.scale) - self.edit.horizontalScrollBar().value()

    def right(self) -> int:
        return self.left() + round(self.formats.twips(PAGE.text_width) * self.scale)
