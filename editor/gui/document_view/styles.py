"""Qt formats for the ITU paragraph styles (../shared/docs/itu-conventions.md, section 1.5).

Values are the 12-pt conference variant, in points (1 pt = 20 twips), so
the screen reads like the printed page.  Revision marks use Word's colours:
insertions underlined, deletions struck through.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextFormat, QTextOption

from editor.model.marks import Mark

FONT_FAMILIES = ["Times New Roman", "Liberation Serif", "DejaVu Serif", "serif"]
INSERTION = QColor("#1a5fb4")
DELETION = QColor("#c01c28")
CHANGE_BAR = QColor("#5e5c64")
TAB_PT = 794 / 20  # the ITU tab stop after a label: 1.40 cm


@dataclass(frozen=True)
class Style:
    size: float = 12
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignJustify
    before: float = 6
    left: float = 0
    hanging: float = 0
    bold: bool = False
    italic: bool = False
    caps: bool = False


STYLES: dict[str, Style] = {
    "Proposal": Style(before=12, bold=True, align=Qt.AlignmentFlag.AlignLeft),
    "ResNo": Style(size=14, align=Qt.AlignmentFlag.AlignHCenter, before=12),
    "Restitle": Style(size=14, align=Qt.AlignmentFlag.AlignHCenter, before=18, bold=True),
    "Resref": Style(align=Qt.AlignmentFlag.AlignHCenter, italic=True),
    "Normalaftertitle": Style(before=18),
    "Call": Style(before=8, left=TAB_PT, italic=True, align=Qt.AlignmentFlag.AlignLeft),
    "Clause": Style(),
    "enumlev1": Style(before=4, left=TAB_PT, hanging=TAB_PT),
    "enumlev2": Style(before=4, left=1191 / 20, hanging=397 / 20),
    "enumlev3": Style(before=4, left=1588 / 20, hanging=397 / 20),
    "Reasons": Style(),
    "AnnexNo": Style(size=14, align=Qt.AlignmentFlag.AlignHCenter, before=24),
    "Annextitle": Style(size=14, align=Qt.AlignmentFlag.AlignHCenter, before=12, bold=True),
    "FootnoteText": Style(size=11, before=4, left=255 / 20, hanging=255 / 20),
    "Note": Style(italic=True),
}


class Formats:
    """Block and character formats for one screen resolution (points to pixels)."""

    def __init__(self, dpi: float) -> None:
        self.px = dpi / 72
        self.font = QFont()
        self.font.setFamilies(FONT_FAMILIES)
        self.font.setStyleHint(QFont.StyleHint.Serif)
        self._blocks: dict[str, QTextBlockFormat] = {}
        self._chars: dict[tuple[object, ...], QTextCharFormat] = {}

    def block(self, style: str) -> QTextBlockFormat:
        fmt = self._blocks.get(style)
        if fmt is None:
            s = STYLES.get(style, STYLES["Clause"])
            fmt = QTextBlockFormat()
            fmt.setAlignment(s.align)
            fmt.setTopMargin(s.before * self.px)
            fmt.setLeftMargin(s.left * self.px)
            fmt.setTextIndent(-s.hanging * self.px)
            tab = (s.left if s.hanging else TAB_PT) * self.px
            fmt.setTabPositions([QTextOption.Tab(tab, QTextOption.TabType.LeftTab)])
            self._blocks[style] = fmt
        return fmt

    def footnote_marker(self, style: str, mark: Mark | None) -> QTextCharFormat:
        """A footnote reference: its key as a superscript, as Word prints it."""
        fmt = QTextCharFormat(self.char(style, mark=mark))
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        fmt.setToolTip("Footnote reference")
        return fmt

    def filler(self) -> QTextCharFormat:
        """The empty blocks Qt keeps around frames: as low as possible."""
        fmt = QTextCharFormat()
        fmt.setFontPointSize(1)
        return fmt

    def char(self, style: str, *, italic: bool = False, bold: bool = False, mark: Mark | None = None) -> QTextCharFormat:
        key = (style, italic, bold, mark.kind if mark else None)
        fmt = self._chars.get(key)
        if fmt is None:
            s = STYLES.get(style, STYLES["Clause"])
            fmt = QTextCharFormat()
            fmt.setFontFamilies(FONT_FAMILIES)
            fmt.setFontPointSize(s.size)
            fmt.setFontWeight(QFont.Weight.Bold if (s.bold or bold) else QFont.Weight.Normal)
            fmt.setFontItalic(s.italic or italic)
            if s.caps:
                fmt.setFontCapitalization(QFont.Capitalization.AllUppercase)
            if mark is not None:
                colour = INSERTION if mark.kind == "ins" else DELETION
                fmt.setForeground(QBrush(colour))
                if mark.kind == "ins":
                    fmt.setFontUnderline(True)
                else:
                    fmt.setFontStrikeOut(True)
            self._chars[key] = fmt
        if mark is not None:
            tagged = QTextCharFormat(fmt)
            tagged.setToolTip(f"{'Inserted' if mark.kind == 'ins' else 'Deleted'} by {mark.author or 'unknown'}, {mark.date}")
            tagged.setProperty(QTextFormat.Property.UserProperty, mark.id)
            return tagged
        return fmt
