"""The ITU styles as QTextDocument formats, and blocks written into a QTextDocument: the screen's and the print's one way.

editor.export.styles holds the facts (sizes, indents, tabs, capitals,
colours); this module is their only translation into Qt, used by the
document view on screen and by the print/PDF path, so the two cannot
disagree on a size, a capital or a colour.  Lengths are laid out at one
resolution (`layout_dpi`); the screen zooms and the printer scales from it.

Importing this module needs no QApplication; building formats needs a
QGuiApplication (fonts).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextOption,
)

from editor.export.blocks import BREAK, LRI, PDI, Block, Run
from editor.export.styles import (
    DELETE_COLOR,
    FONT,
    FONT_FALLBACKS,
    FOOTNOTE_REFERENCE_SIZE,
    INSERT_COLOR,
    PICTURE_WIDTH,
    ParagraphStyle,
    Typography,
    left_to_right_run,
    picture_extent,
    resolved,
    right_to_left,
    typography,
)
from editor.model.body import Picture
from editor.model.marks import Mark

_ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
          "right": Qt.AlignmentFlag.AlignRight, "both": Qt.AlignmentFlag.AlignJustify}
FAMILIES = [FONT, *FONT_FALLBACKS]


def families(kind: Typography) -> list[str]:
    """Font families in the order Qt tries them per character: Times New Roman (or its twin) for Latin text,
    then the language's own fonts, then any serif."""
    return [FONT, *FONT_FALLBACKS[:-1], *kind.cs_fallbacks, FONT_FALLBACKS[-1]]


def picture_size(picture: Picture) -> tuple[float, float]:
    """The printed width and height of a picture in points (editor.export.styles.picture_extent)."""
    extent = picture_extent(picture)
    if extent is not None:
        return extent
    image = QImage.fromData(picture.data)
    ratio = image.height() / image.width() if not image.isNull() and image.width() else 0.75
    return picture_extent(Picture(picture.data, picture.media_type, PICTURE_WIDTH, PICTURE_WIDTH * ratio)) or (0.0, 0.0)


def isolated(text: str) -> str:
    """A left-to-right run ("a)", "ITU-T", "1") isolated for a right-to-left page, so that its brackets stay where
    they are typed: without it "a)" prints as "(a" (the bracket takes the paragraph's direction and mirrors)."""
    return LRI + text + PDI if left_to_right_run(text) else text


INSERTED = QColor("#" + INSERT_COLOR)
#: The screen's shading of table cells (the print and the PDF draw the grid instead): the header row darker.
CELL_SHADES = {"Tablehead": QColor("#dfe3ea"), "Tabletext": QColor("#eef0f4")}
DELETED = QColor("#" + DELETE_COLOR)


def layout_dpi() -> float:
    """The resolution a QTextDocument lays out at when it has no paint device (Qt's default DPI).

    Laying out at this resolution and scaling the painter to the printer's
    (or to the zoom, on screen) keeps fonts, margins and tab stops in one
    unit; giving the layout the printer as paint device instead scales some
    lengths (tabs, vertical margins) twice.
    """
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 96.0


_SLASH = re.compile(r"(?<=\w)/(?=\w)")
WORD_JOINER = "\u2060"


def held_dashes(text: str) -> str:
    """A printed right-to-left line never starts with a dash: the space before " – " becomes a no-break space.

    Qt lays a right-to-left line that begins with the dash out with the dash
    apart from the words it belongs to (at the far side of the line), where
    Word and LibreOffice keep "… المؤتمر – دستور …" together; typesetting
    keeps such a dash at the end of the line before anyway.
    """
    if "\u2013" not in text and "\u2014" not in text:
        return text
    return text.replace(" \u2013", "\u00a0\u2013").replace(" \u2014", "\u00a0\u2014")


def qt_text(text: str) -> str:
    """Model text as a QTextDocument holds it inside one paragraph, character for character.

    A line break is Qt's line separator; a paragraph separator inside a
    field (from a file) is shown as a line break too, because Qt would
    otherwise start a new block and every position after it would drift.
    """
    if BREAK in text or "\u2029" in text:
        return text.replace(BREAK, "\u2028").replace("\u2029", "\u2028")
    return text


def print_text(text: str) -> str:
    """Model text as the printed page holds it: `qt_text`, and no line break after a slash inside a word.

    Qt's line breaking (the Unicode rules) may break "ISO/IEC" after the
    slash, where Word and LibreOffice keep it whole; a line cut inside a
    word also makes Qt's print preview scatter that word's letters over the
    next line.  A word joiner after the slash keeps the word whole.  The
    screen does not need it (and could not have it: its positions are the
    model's), the printed page has no positions to keep.
    """
    return _SLASH.sub("/" + WORD_JOINER, qt_text(text)) if "/" in text else qt_text(text)


def mark_kinds(block_mark: Mark | None, run_mark: Mark | None) -> tuple[bool, bool]:
    """Whether a run shows as inserted, as deleted (its own mark or its paragraph's)."""
    kinds = {m.kind for m in (block_mark, run_mark) if m is not None}
    return "ins" in kinds, "del" in kinds


class TextFormats:
    """Block and character formats for the ITU styles at `dpi` (cached: a document reuses a few dozen)."""

    def __init__(self, dpi: float | None = None, language: str = "en") -> None:
        self.dpi = dpi or layout_dpi()
        self._blocks: dict[str, QTextBlockFormat] = {}
        self._chars: dict[tuple[object, ...], QTextCharFormat] = {}
        self.language = language
        self.kind = typography(language)

    def set_language(self, language: str) -> bool:
        """Lay out for a document in `language` from now on; True when that changes the formats."""
        if language == self.language:
            return False
        self.language, self.kind = language, typography(language)
        self._blocks.clear()
        self._chars.clear()
        return True

    @property
    def direction(self) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if self.kind.direction == "rtl" else Qt.LayoutDirection.LeftToRight

    def twips(self, value: float) -> float:
        return value * self.dpi / 1440

    def points(self, value: float) -> float:
        return value * self.dpi / 72

    def block(self, style_id: str) -> QTextBlockFormat:
        fmt = self._blocks.get(style_id)
        if fmt is None:
            style = resolved(style_id)
            fmt = QTextBlockFormat()
            # Set on every paragraph: Qt's default (auto) follows the first strong letter, so an Arabic paragraph
            # opening with "ITU-T" or "(1" would run left to right.  In a right-to-left paragraph Qt mirrors the
            # alignment, the indents and the tab stops (AlignLeft is the leading edge).
            fmt.setLayoutDirection(self.direction)
            fmt.setAlignment(_ALIGN[style.align])
            fmt.setTopMargin(self.points(style.before))
            fmt.setBottomMargin(self.points(style.after))
            if self.kind.direction == "rtl":  # Qt keeps margins where they are set: the leading one is the right
                fmt.setRightMargin(self.twips(style.left))
            else:
                fmt.setLeftMargin(self.twips(style.left))
            fmt.setTextIndent(-self.twips(style.hanging))
            # Qt measures a right-to-left paragraph's tab stops from its right edge but gives a left tab no width
            # there: the leading-edge stop of a right-to-left line is Qt's right tab (and the other way round).
            # Qt lays a right-to-left line out a pixel or so past such a stop, so a stop at the far edge itself (the
            # cover's "PLENARY MEETING ⇥ Addendum …") would wrap the text after it: there it stands 2 pt inside.
            lead, trail = QTextOption.TabType.LeftTab, QTextOption.TabType.RightTab
            inset = 0.0
            if self.kind.direction == "rtl":
                lead, trail, inset = trail, lead, self.points(2)
            tabs = [QTextOption.Tab(self.twips(t), lead) for t in style.tabs]
            tabs += [QTextOption.Tab(self.twips(t) - inset, trail) for t in style.right_tabs]
            tabs += [QTextOption.Tab(self.twips(t), QTextOption.TabType.CenterTab) for t in style.center_tabs]
            tabs.sort(key=lambda tab: tab.position)
            fmt.setTabPositions(tabs)
            self._blocks[style_id] = fmt
        return fmt

    def char(self, style_id: str, run: Run, ins: bool = False, dele: bool = False) -> QTextCharFormat:
        complex_script = self.kind.cs_scale != 1.0 and right_to_left(run.text)
        key = (style_id, run.italic, run.bold, run.caps_off, run.footnote is not None, ins, dele, complex_script)
        fmt = self._chars.get(key)
        if fmt is None:
            fmt = self._make_char(resolved(style_id), run, ins, dele, self.kind if complex_script else None)
            self._chars[key] = fmt
        return fmt

    def _make_char(self, style: ParagraphStyle, run: Run, ins: bool, dele: bool, complex_script: Typography | None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font = QFont()
        font.setFamilies(families(self.kind))
        font.setStyleHint(QFont.StyleHint.Serif)
        size = FOOTNOTE_REFERENCE_SIZE if run.footnote is not None else style.size
        font.setPointSizeF(complex_script.cs_size(size) if complex_script is not None else size)
        font.setBold(style.bold or run.bold)
        font.setItalic((style.italic or run.italic) and run.footnote is None)
        if style.caps and not run.caps_off:
            font.setCapitalization(QFont.Capitalization.AllUppercase)
        fmt.setFont(font)
        if run.footnote is not None:
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        if dele:
            fmt.setFontStrikeOut(True)
            fmt.setForeground(DELETED)
        elif ins:
            fmt.setFontUnderline(True)
            fmt.setForeground(INSERTED)
        return fmt


@dataclass
class Written:
    """What writing one block left where: marked stretches (for change bars) and footnote numbers (for pagination)."""

    marked: list[tuple[int, int]] = field(default_factory=list)  # (start, length) in the block
    references: list[tuple[int, int]] = field(default_factory=list)  # (footnote number, start in the block)


class BlockWriter:
    """Writes blocks into a QTextDocument with the shared formats.

    `show_marks` colours insertions and deletions (markup and print views);
    `decorate` lets the screen add what only it needs to the format of a
    marked run (the tooltip naming who changed it and when).
    """

    def __init__(self, formats: TextFormats, show_marks: bool, decorate: Callable[[QTextCharFormat, Mark], QTextCharFormat] | None = None,
                 *, printed: bool = False) -> None:
        """`printed`: the text is laid out for the page (`print_text`), not edited on screen (`qt_text`)."""
        self.formats = formats
        self.show_marks = show_marks
        self.decorate = decorate
        self.text = print_text if printed else qt_text
        self.isolate = printed and formats.kind.direction == "rtl"  # the screen keeps the model's positions
        self.printed = printed

    def image(self, doc: QTextDocument, picture: Picture) -> QTextImageFormat:
        """The image format of a figure's picture, its bytes added to `doc` once under a name of their own."""
        name = "picture:" + hashlib.sha1(picture.data).hexdigest()
        url = QUrl(name)
        if doc.resource(QTextDocument.ResourceType.ImageResource, url) is None:
            image = QImage.fromData(picture.data)
            doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        fmt = QTextImageFormat()
        fmt.setName(name)
        width, height = picture_size(picture)
        fmt.setWidth(self.formats.points(width))
        fmt.setHeight(self.formats.points(height))
        return fmt

    def fill(self, cursor: QTextCursor, block: Block) -> Written:
        """Make the empty paragraph under `cursor` show `block` (text goes in as text, never as markup)."""
        paragraph = self.formats.block(block.style)
        if block.space_before is not None:
            paragraph = QTextBlockFormat(paragraph)
            paragraph.setTopMargin(self.formats.points(block.space_before))
        if not self.printed and block.style in CELL_SHADES:  # on screen a table's cells, one per line, stand out as cells
            paragraph = QTextBlockFormat(paragraph)
            paragraph.setBackground(CELL_SHADES[block.style])
        cursor.setBlockFormat(paragraph)
        cursor.setBlockCharFormat(self.formats.char(block.style, Run("")))
        written = Written()
        pos = 0
        for run in block.runs:
            if not run.text:
                continue
            if run.picture is not None:
                cursor.insertImage(self.image(cursor.document(), run.picture))
                pos += 1
                continue
            ins, dele = mark_kinds(block.mark, run.mark) if self.show_marks else (False, False)
            fmt = self.formats.char(block.style, run, ins, dele)
            mark = (run.mark or block.mark) if self.show_marks else None
            if mark is not None and self.decorate is not None:
                fmt = self.decorate(fmt, mark)
            text = self.text(run.text)
            if self.isolate:
                text = isolated(held_dashes(text))
            if run.footnote:
                written.references.append((run.footnote, pos))
            if ins or dele:
                written.marked.append((pos, len(text)))
            cursor.insertText(text, fmt)
            pos += len(text)
        if self.show_marks and block.mark is not None and not written.marked:
            written.marked.append((0, 1))  # an inserted or deleted empty paragraph: its mark is the paragraph's
        return written
