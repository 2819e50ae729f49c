"""Printing and PDF: the same blocks and styles as the DOCX, laid out by a QTextDocument.

`render(document, printer, view, progress)` is what the window calls for
Print and Print Preview (QPrinter) and what `main.py pdf` calls with a
QPdfWriter.  The page follows the ITU layout: A4, 2 cm margins, Times, the
styles of editor.export.styles; in the markup and print views insertions are
underlined and deletions struck through in colour, and the markup view adds
change bars in the left margin; from page 2 a running header carries the
page number and the document reference.

Importing this module needs no QApplication; calling it needs a
QGuiApplication (`ensure_gui_application()` makes one for the command line).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextOption,
)

from editor.export.blocks import BREAK, PROGRESS_TOTAL, Block, ExportView, Layout, Progress, Run, layout, stepper
from editor.export.styles import (
    CHANGE_BAR_COLOR,
    DELETE_COLOR,
    FONT,
    FOOTNOTE_REFERENCE_SIZE,
    INSERT_COLOR,
    PAGE,
    ParagraphStyle,
    resolved,
)
from editor.model.marks import Mark
from editor.model.nodes import Document
from editor.qtcompat import protect_none
from editor.xmlio.writer import atomic_write

_ALIGN = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
          "right": Qt.AlignmentFlag.AlignRight, "both": Qt.AlignmentFlag.AlignJustify}


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new headless one when there is no display (command line)."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["resolution-editor"])
    protect_none()
    return app  # type: ignore[return-value]


def layout_dpi() -> float:
    """The resolution a QTextDocument lays out at when it has no paint device (Qt's default DPI).

    Laying out at this resolution and scaling the painter to the printer's
    keeps fonts, margins and tab stops in one unit; giving the layout the
    printer as paint device instead scales some lengths (tabs, vertical
    margins) twice.
    """
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 96.0


class _Metrics:
    """Converts the twips and points of the style table into layout pixels."""

    def __init__(self, dpi: float) -> None:
        self.dpi = dpi

    def twips(self, value: float) -> float:
        return value * self.dpi / 1440

    def points(self, value: float) -> float:
        return value * self.dpi / 72


class _TextBuilder:
    """Fills a QTextDocument from blocks; remembers which blocks carry marks (for change bars)."""

    def __init__(self, doc: QTextDocument, metrics: _Metrics, view: ExportView) -> None:
        self.doc = doc
        self.m = metrics
        self.show_marks = view in ("markup", "print")
        self.cursor = QTextCursor(doc)
        self.block_formats: dict[tuple[str, bool], QTextBlockFormat] = {}
        self.char_formats: dict[tuple[object, ...], QTextCharFormat] = {}
        self.marked_blocks: list[int] = []
        self.references: list[tuple[int, int]] = []  # (footnote number, document position)
        self.count = 0

    def block_format(self, style: ParagraphStyle, page_break: bool) -> QTextBlockFormat:
        key = (style.style_id, page_break)
        fmt = self.block_formats.get(key)
        if fmt is None:
            fmt = QTextBlockFormat()
            fmt.setAlignment(_ALIGN[style.align])
            fmt.setTopMargin(self.m.points(style.before))
            fmt.setBottomMargin(self.m.points(style.after))
            fmt.setLeftMargin(self.m.twips(style.left))
            fmt.setTextIndent(-self.m.twips(style.hanging))
            tabs = [QTextOption.Tab(self.m.twips(t), QTextOption.TabType.LeftTab) for t in style.tabs]
            tabs += [QTextOption.Tab(self.m.twips(t), QTextOption.TabType.RightTab) for t in style.right_tabs]
            fmt.setTabPositions(tabs)
            if page_break:
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.block_formats[key] = fmt
        return fmt

    def char_format(self, style: ParagraphStyle, run: Run, ins: bool, dele: bool) -> QTextCharFormat:
        key = (style.style_id, run.italic, run.bold, run.caps_off, run.footnote is not None, ins, dele)
        fmt = self.char_formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            font = QFont(FONT)
            font.setPointSizeF(FOOTNOTE_REFERENCE_SIZE if run.footnote is not None else style.size)
            font.setBold(style.bold or run.bold)
            font.setItalic((style.italic or run.italic) and run.footnote is None)
            if style.caps and not run.caps_off:
                font.setCapitalization(QFont.Capitalization.AllUppercase)
            fmt.setFont(font)
            if run.footnote is not None:
                fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            if dele:
                fmt.setFontStrikeOut(True)
                fmt.setForeground(QColor("#" + DELETE_COLOR))
            elif ins:
                fmt.setFontUnderline(True)
                fmt.setForeground(QColor("#" + INSERT_COLOR))
            self.char_formats[key] = fmt
        return fmt

    def add(self, block: Block) -> None:
        style = resolved(block.style)
        fmt = self.block_format(style, block.page_break)
        if self.count == 0:
            self.cursor.setBlockFormat(fmt)
        else:
            self.cursor.insertBlock(fmt)
        if self.show_marks and any(True for _ in block.marks()):
            self.marked_blocks.append(self.count)
        self.count += 1
        for run in block.runs:
            ins, dele = _mark_kinds(block.mark, run.mark) if self.show_marks else (False, False)
            if run.footnote is not None:
                self.references.append((run.footnote, self.cursor.position()))
            text = run.text.replace(BREAK, "\u2028")
            self.cursor.insertText(text, self.char_format(style, run, ins, dele))


def _mark_kinds(block_mark: Mark | None, run_mark: Mark | None) -> tuple[bool, bool]:
    kinds = {m.kind for m in (block_mark, run_mark) if m is not None}
    return "ins" in kinds, "del" in kinds


def _footnote_documents(lay: Layout, metrics: _Metrics, width: float) -> dict[int, QTextDocument]:
    """Each footnote as its own small text ("n TAB text" in FootnoteText), printed at the foot of its page."""
    notes: dict[int, QTextDocument] = {}
    for fn in lay.footnotes:
        note = QTextDocument()
        note.setDocumentMargin(0)
        note.setTextWidth(width)
        runs = [Run(str(fn.number), footnote=fn.number), Run("\t"), *fn.runs]
        _TextBuilder(note, metrics, lay.view).add(Block("FootnoteText", runs, fn.mark))
        notes[fn.number] = note
    return notes


def _page_of(top: float, bottom: float, page_height: float) -> int:
    """The page a laid-out line is printed on.

    A line pushed to the next page starts at that page's top rounded to
    whole pixels, a hair above the boundary, so its middle decides.
    """
    return int((top + bottom) / 2 // page_height)


def _line_extent(doc: QTextDocument, position: int) -> tuple[float, float]:
    """Top and bottom (document coordinates) of the laid-out line holding a document position."""
    block = doc.findBlock(position)
    text_layout = block.layout()
    line = text_layout.lineForTextPosition(position - block.position())
    top = text_layout.position().y() + line.y()
    return top, top + line.height()


def _place_footnotes(doc: QTextDocument, references: list[tuple[int, int]], notes: dict[int, QTextDocument],
                     page_height: float, separator: float) -> dict[int, list[int]]:
    """Page -> the footnotes printed at its foot.

    Text that would run into a page's footnote area starts the next page
    (a whole paragraph moves, as QTextDocument pages by paragraph); then the
    pages are looked at again, since a moved reference takes its note along.
    """
    placed: dict[int, list[int]] = {}
    for _ in range(3 * len(references) + 3):
        placed = {}
        for number, position in references:
            placed.setdefault(_page_of(*_line_extent(doc, position), page_height), []).append(number)
        overflow = next((b for page, numbers in sorted(placed.items())
                         if (b := _overflowing_block(doc, references, numbers, page, page_height,
                                                     separator + sum(notes[n].size().height() for n in numbers))) is not None), None)
        if overflow is None:
            break
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(overflow).mergeBlockFormat(fmt)
        doc.pageCount()
    return placed


def _overflowing_block(doc: QTextDocument, references: list[tuple[int, int]], numbers: list[int], page: int,
                       page_height: float, area: float) -> QTextBlock | None:
    """The first paragraph, from the page's first reference on, with a line inside the footnote area."""
    limit = (page + 1) * page_height - area
    first = min(position for number, position in references if number in numbers)
    block = doc.findBlock(first)
    while block.isValid():
        text_layout = block.layout()
        origin = text_layout.position().y()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            top = origin + line.y()
            if top >= (page + 1) * page_height:
                return None
            if top + line.height() > limit:
                starts_page = origin + text_layout.lineAt(0).y() <= page * page_height + 1
                return None if starts_page else block
        block = block.next()
    return None


def _setup_page(printer: QPagedPaintDevice) -> None:
    """A4 portrait without device margins: the ITU margins are applied by this module."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    if hasattr(printer, "setFullPage"):  # QPrinter: paint from the paper's corner, not the printable area's
        printer.setFullPage(True)


def render(document: Document, printer: QPagedPaintDevice, view: ExportView = "markup", progress: Progress | None = None) -> int:
    """Print `document` in `view` on `printer` (QPrinter or QPdfWriter); returns the number of pages.

    `progress(done, PROGRESS_TOTAL)` is called now and then so that a window
    can keep its progress dialog and event loop alive.
    """
    return render_layout(layout(document, view), printer, progress)


def render_layout(lay: Layout, printer: QPagedPaintDevice, progress: Progress | None = None) -> int:
    protect_none()  # some ten thousand void Qt calls follow (see editor.qtcompat)
    _setup_page(printer)
    metrics = _Metrics(layout_dpi())
    scale = printer.logicalDpiY() / metrics.dpi
    width, height = metrics.twips(PAGE.text_width), metrics.twips(PAGE.height - 2 * PAGE.margin)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width, height))
    builder = _TextBuilder(doc, metrics, lay.view)
    blocks = lay.blocks
    built = stepper(len(blocks), progress, 0, PROGRESS_TOTAL // 2)  # building the text: the first half
    for i, block in enumerate(blocks):
        builder.add(block)
        built(i)
    doc.pageCount()  # lay the whole text out once: the keep-with-next pass reads positions across it
    _keep_with_next(doc, [resolved(b.style).keep_next for b in blocks], height)
    notes = _footnote_documents(lay, metrics, width)
    separator = metrics.points(12)
    placed = _place_footnotes(doc, builder.references, notes, height, separator) if notes else {}
    pages = doc.pageCount()
    bars = _change_bars(doc, builder.marked_blocks, height) if lay.view == "markup" else {}
    lines = _lines_by_page(doc, height)
    painted = stepper(pages, progress, PROGRESS_TOTAL // 2)  # painting the pages: the second half
    painter = QPainter(printer)
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            painter.resetTransform()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(metrics.twips(PAGE.margin), metrics.twips(PAGE.margin) - page * height)
            for text_layout, index in lines.get(page, []):
                text_layout.lineAt(index).draw(painter, text_layout.position())
            painter.restore()
            _draw_bars(painter, metrics, bars.get(page, []))
            _draw_footnotes(painter, metrics, [notes[n] for n in placed.get(page, [])], height, separator)
            if page:
                painter.resetTransform()
                _draw_header(painter, _Metrics(printer.logicalDpiY()), page + 1, lay.header)
            painted(page)
    finally:
        painter.end()
    return pages


def _line_page(doc: QTextDocument, block: QTextBlock, page_height: float, last: bool = False) -> int:
    """The page of a paragraph's first (or last) laid-out line."""
    rect = doc.documentLayout().blockBoundingRect(block)  # also lays the paragraph out if needed
    text_layout = block.layout()
    if text_layout.lineCount() == 0:
        return int(rect.top() // page_height)
    line = text_layout.lineAt(text_layout.lineCount() - 1 if last else 0)
    top = text_layout.position().y() + line.y()
    return _page_of(top, top + line.height(), page_height)


def _keep_with_next(doc: QTextDocument, keep: list[bool], page_height: float) -> None:
    """Word's keep-with-next, which QTextDocument lacks: a proposal line, number line, title or
    keyword that would end a page starts the next one, with the paragraph it belongs to."""
    block, index = doc.begin(), 0
    chain: QTextBlock | None = None
    while block.isValid():
        following = block.next()
        if not following.isValid() or not keep[index]:
            chain = None
        else:
            chain = chain if chain is not None else block
            start = _line_page(doc, chain, page_height)
            if start != _line_page(doc, following, page_height) and chain.previous().isValid() \
                    and _line_page(doc, chain.previous(), page_height, last=True) == start:
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(chain).mergeBlockFormat(fmt)
                chain = None
        block, index = following, index + 1


def _lines_by_page(doc: QTextDocument, page_height: float) -> dict[int, list[tuple[QTextLayout, int]]]:
    """Every laid-out line, by the page it is printed on.

    Pages are painted line by line rather than with drawContents: drawContents
    draws a paragraph that straddles two pages whole on both, clipped, so its
    hidden lines would still be in the PDF (found by search, copied, read aloud).
    """
    pages: dict[int, list[tuple[QTextLayout, int]]] = {}
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        origin = text_layout.position().y()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            pages.setdefault(_page_of(origin + line.y(), origin + line.y() + line.height(), page_height), []).append((text_layout, i))
        block = block.next()
    return pages


def _change_bars(doc: QTextDocument, marked: list[int], page_height: float) -> dict[int, list[tuple[float, float]]]:
    """Per page, the vertical extents (page coordinates) of the lines of paragraphs that hold a change."""
    bars: dict[int, list[tuple[float, float]]] = {}
    for number in marked:
        text_layout = doc.findBlockByNumber(number).layout()
        origin = text_layout.position().y()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            top = origin + line.y()
            page = _page_of(top, top + line.height(), page_height)
            bars.setdefault(page, []).append((top - page * page_height, top + line.height() - page * page_height))
    return bars


def _draw_bars(painter: QPainter, metrics: _Metrics, extents: list[tuple[float, float]]) -> None:
    if not extents:
        return
    pen = QPen(QColor("#" + CHANGE_BAR_COLOR))
    pen.setWidthF(metrics.points(1.0))
    painter.setPen(pen)
    x = metrics.twips(PAGE.margin) - metrics.twips(284)
    y0 = metrics.twips(PAGE.margin)
    for top, bottom in extents:
        painter.drawLine(QPointF(x, y0 + top), QPointF(x, y0 + bottom))


def _draw_footnotes(painter: QPainter, metrics: _Metrics, notes: list[QTextDocument], page_height: float, separator: float) -> None:
    """A short rule, then the page's footnotes, ending at the bottom margin."""
    if not notes:
        return
    left, top = metrics.twips(PAGE.margin), metrics.twips(PAGE.margin)
    y = top + page_height - separator - sum(n.size().height() for n in notes)
    pen = QPen(QColor("black"))
    pen.setWidthF(metrics.points(0.5))
    painter.setPen(pen)
    painter.drawLine(QPointF(left, y + separator / 2), QPointF(left + metrics.twips(2880), y + separator / 2))
    y += separator
    for note in notes:
        painter.save()
        painter.translate(left, y)
        note.drawContents(painter)
        painter.restore()
        y += note.size().height()


def _draw_header(painter: QPainter, metrics: _Metrics, number: int, reference: str) -> None:
    """"- n -" and the document reference, centred in the top margin (1 cm from the edge)."""
    style = resolved("Header")
    font = QFont(FONT)
    font.setPointSizeF(style.size)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    line = metrics.points(style.size * 1.2)
    left, top = metrics.twips(PAGE.margin), metrics.twips(PAGE.header)
    width = metrics.twips(PAGE.text_width)
    for i, text in enumerate(t for t in (f"- {number} -", reference) if t):
        painter.drawText(QRectF(left, top + i * line, width, line), int(Qt.AlignmentFlag.AlignHCenter), text)


def to_pdf_bytes(document: Document, view: ExportView = "markup", progress: Progress | None = None) -> bytes:
    """The PDF file's bytes (needs a QGuiApplication)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(layout_title(document))
    writer.setCreator("Resolution Editor")
    render(document, writer, view, progress)
    del writer
    buffer.close()
    return bytes(data.data())


def layout_title(document: Document) -> str:
    if document.cover is not None and document.cover.title:
        return document.cover.title
    res = next(document.resolutions(), None)
    return res.number_line() if res is not None else "Resolution"


def write_pdf(document: Document, path: str | Path, view: ExportView = "markup", progress: Progress | None = None) -> None:
    """Write a PDF atomically (the previous file stays whole until the new one is complete)."""
    atomic_write(path, to_pdf_bytes(document, view, progress), keep_backup=False)
