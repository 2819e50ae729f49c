"""How Qt lays out a line of mixed-direction text: where each character lands (what a reader sees, not the logical order)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption


def glyph_lefts(text: str, direction: Qt.LayoutDirection, font: QFont) -> list[float | None]:
    """Where each character of `text` lands on a line laid out in `direction` (None for one with no glyph)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    lefts: list[float | None] = []
    for at in range(len(text)):
        points = [p.x() for run in layout.glyphRuns(at, 1) for p in run.positions()]
        lefts.append(min(points) if points else None)
    return lefts
