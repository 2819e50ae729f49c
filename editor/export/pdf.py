"""Printing and PDF: the same blocks and styles as the DOCX, laid out by a QTextDocument.

`render(document, printer, view, progress)` is what the window calls for
Print and Print Preview (QPrinter) and what `main.py pdf` calls with a
QPdfWriter.  The page follows the ITU layout: A4, 2 cm margins, Times, the
styles of editor.export.styles; in the markup and print views insertions are
underlined and deletions struck through in colour, and the markup view adds
change bars beside the changed lines; from page 2 a running header carries
the page number and the document reference. The text is laid out as one
unpaged column and cut into pages here (`_paginate`), with Word's widow/orphan
control, keep-lines-together and keep-with-next, footnotes at the foot of the
page that refers to them.

Importing this module needs no QApplication; calling it needs a
QGuiApplication (`ensure_gui_application()` makes one for the command line).
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from editor.export.blocks import PROGRESS_TOTAL, Block, ExportView, Layout, Progress, Run, cell_rows, layout, pieces, stepper
from editor.export.comment_notes import add_comment_notes
from editor.export.styles import CHANGE_BAR_COLOR, PAGE, resolved
from editor.export.text_formats import BlockWriter, TextFormats, families, layout_dpi, picture_size
from editor.model.nodes import Document
from editor.qtcompat import protect_none
from editor.xmlio.writer import atomic_write


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new headless one when there is no display (command line)."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["resolution-editor"])
    protect_none()
    return app  # type: ignore[return-value]


class _Column:
    """The whole text as one unpaged column: blocks written with the shared formats, and where marks and notes stand."""

    def __init__(self, doc: QTextDocument, formats: TextFormats, view: ExportView) -> None:
        self.doc = doc
        self.writer = BlockWriter(formats, view in ("markup", "print"), printed=True)
        self.cursor = QTextCursor(doc)
        self.marked: dict[int, list[tuple[int, int]]] = {}  # block number -> (start, length) of marked text
        self.references: list[tuple[int, int]] = []  # (footnote number, document position)
        self.pictures: dict[int, tuple[QImage, float, float]] = {}  # block number -> picture and its size on the page
        self.formats = formats
        self.count = 0
        self.text_blocks: list[int] = []  # block number -> the number of the QTextBlock that shows it
        self.rows: dict[int, int] = {}  # block number of a table cell -> the number of its row in the whole column
        self.fresh = False  # the cursor stands in the empty paragraph Qt leaves after a table: the next block fills it
        self.row_spans: list[tuple[int, QTextTable]] = []  # each table row of the column: its index and its table

    def add(self, block: Block, cursor: QTextCursor | None = None) -> None:
        """Write `block` as the next paragraph (or into a table cell's paragraph at `cursor`)."""
        if cursor is None:
            if self.count and not self.fresh:
                self.cursor.insertBlock()
            self.fresh = False
            cursor = self.cursor
        start = cursor.position()
        self.text_blocks.append(cursor.block().blockNumber())
        written = self.writer.fill(cursor, block)
        picture = next((r.picture for r in block.runs if r.picture is not None), None)
        if picture is not None:  # a line draws its text only: the page paints the picture itself
            width, height = picture_size(picture)
            self.pictures[self.count] = (QImage.fromData(picture.data), self.formats.points(width), self.formats.points(height))
        if written.marked:
            self.marked[self.count] = written.marked
        self.references += [(number, start + at) for number, at in written.references]
        self.count += 1

    def add_table(self, cells: list[Block]) -> None:
        """The cells of one table as a Qt table with single borders and equal columns over the text width."""
        rows = list(cell_rows(cells))
        columns = max(len(blocks) for _, blocks in rows)
        fmt = QTextTableFormat()
        fmt.setBorder(self.formats.points(0.5))  # room for the lines the page draws (lines of a layout paint no frame)
        fmt.setBorderCollapse(True)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(self.formats.points(TABLE_PADDING))
        fmt.setMargin(0)
        fmt.setTopMargin(self.formats.points(6))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 100 / columns)] * columns)
        fmt.setHeaderRowCount(sum(1 for _ in itertools.takewhile(lambda r: r[0].header, rows)))
        if self.fresh:  # two tables in a row: a paragraph between them, as Word keeps one
            self.cursor.insertBlock()
        table = self.cursor.insertTable(len(rows), columns, fmt)
        for r, (_, blocks) in enumerate(rows):
            for c, block in enumerate(blocks):
                self.rows[self.count] = len(self.row_spans)
                self.add(block, table.cellAt(r, c).firstCursorPosition())
            self.row_spans.append((r, table))
        self.cursor = QTextCursor(table.lastCursorPosition())
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        self.fresh = True


def _footnote_documents(lay: Layout, formats: TextFormats, width: float) -> dict[int, QTextDocument]:
    """Each footnote as its own small text ("n TAB text" in FootnoteText), printed at the foot of its page."""
    notes: dict[int, QTextDocument] = {}
    for fn in lay.footnotes:
        note = QTextDocument()
        note.setDocumentMargin(0)
        note.setTextWidth(width)
        runs = [Run(fn.label or str(fn.number), footnote=fn.number), Run("\t"), *fn.runs]
        _Column(note, formats, lay.view).add(Block("FootnoteText", runs, fn.mark))
        notes[fn.number] = note
    return notes


def _setup_page(printer: QPagedPaintDevice) -> None:
    """A4 portrait without device margins: the ITU margins are applied by this module."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    if hasattr(printer, "setFullPage"):  # QPrinter: paint from the paper's corner, not the printable area's
        printer.setFullPage(True)


def render(document: Document, printer: QPagedPaintDevice, view: ExportView = "markup", progress: Progress | None = None,
           *, comments: bool = True) -> int:
    """Print `document` in `view` on `printer` (QPrinter or QPdfWriter); returns the number of pages.

    `progress(done, PROGRESS_TOTAL)` is called now and then so that a window
    can keep its progress dialog and event loop alive.  With `comments`, the
    document's comments are printed as numbered notes at the end, each
    number after the words it is on (editor.export.comment_notes).
    """
    commented = comments and bool(document.comments)
    lay = layout(document, view, sources=commented)
    return render_layout(add_comment_notes(document, lay) if commented else lay, printer, progress)


def render_layout(lay: Layout, printer: QPagedPaintDevice, progress: Progress | None = None) -> int:
    protect_none()  # some ten thousand void Qt calls follow (see editor.qtcompat)
    _setup_page(printer)
    metrics = TextFormats(layout_dpi(), lay.language)
    scale = printer.logicalDpiY() / metrics.dpi
    width, height = metrics.twips(PAGE.text_width), metrics.twips(PAGE.height - 2 * PAGE.margin)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setTextWidth(width)  # one long unpaged column: _paginate cuts it into pages the way Word would
    builder = _Column(doc, metrics, lay.view)
    blocks = lay.blocks
    built = stepper(len(blocks), progress, 0, PROGRESS_TOTAL // 2)  # building the text: the first half
    done = 0
    for piece in pieces(blocks):
        if isinstance(piece, list):
            builder.add_table(piece)
            done += len(piece)
        else:
            builder.add(piece)
            done += 1
        built(done - 1)
    doc.size()  # lay the whole text out once
    notes = _footnote_documents(lay, metrics, width)
    separator = metrics.points(12)
    paras = _paragraphs(doc, blocks, builder)
    pages = _paginate(paras, height, separator, {n: note.size().height() for n, note in notes.items()})
    bars = lay.view == "markup"
    painted = stepper(len(pages), progress, PROGRESS_TOTAL // 2)  # painting the pages: the second half
    painter = QPainter(printer)
    try:
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            painter.resetTransform()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(metrics.twips(PAGE.margin), metrics.twips(PAGE.margin) - page.start)
            for line in page.lines:
                text_line = line.layout.lineAt(line.index)
                origin = line.origin if line.origin is not None else line.layout.position()
                text_line.draw(painter, origin)
                if line.grid is not None:
                    _draw_grid(painter, metrics, line.grid)
                if line.picture is not None:
                    image, w, h = line.picture
                    x = origin.x() + _x_of(text_line)
                    painter.drawImage(QRectF(x, line.bottom - h, w, h), image)
            painter.restore()
            if bars:
                _draw_bars(painter, metrics, [(line.top - page.start, line.bottom - page.start) for line in page.lines if line.marked])
            _draw_footnotes(painter, metrics, [notes[n] for n in page.notes], height, separator)
            if number:
                painter.resetTransform()
                _draw_header(painter, TextFormats(printer.logicalDpiY(), lay.language), number + 1, lay.header)
            painted(number)
    finally:
        painter.end()
    return len(pages)


KEEP_TOGETHER_LINES = 4
"""A paragraph of up to this many lines is never split over two pages."""

WIDOW_ORPHAN_LINES = 2
"""Word's widow/orphan control: no page starts or ends with fewer lines of a paragraph than this."""


@dataclass(eq=False)
class _Line:
    """One laid-out line, at its place in the unpaged column, and what its page must make room for."""

    layout: QTextLayout
    index: int
    top: float
    bottom: float
    notes: tuple[int, ...]  # footnotes referred to from this line: printed at the foot of its page
    marked: bool  # holds inserted or deleted text: a change bar beside it
    picture: tuple[QImage, float, float] | None = None  # the figure's picture this line holds, painted by the page
    origin: QPointF | None = None  # where the paragraph's layout is drawn (a table cell's is not its own position)
    grid: list[QLineF] | None = None  # the borders of the table row this line is the first of, painted with it


@dataclass(eq=False)
class _Paragraph:
    lines: list[_Line]
    keep_next: bool  # on the same page as the next paragraph's first line
    keep_lines: bool  # never split over two pages
    page_break: bool
    space_before: float


@dataclass(eq=False)
class _Page:
    start: float  # where the page's top is in the unpaged column
    lines: list[_Line] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)

    def add(self, lines: list[_Line]) -> None:
        self.lines += lines
        self.notes += [n for line in lines for n in line.notes]

    def cut(self, line: _Line) -> None:
        """Take `line` and everything after it off the page (it moves to the next one)."""
        self.lines = self.lines[:self.lines.index(line)]
        self.notes = [n for kept in self.lines for n in kept.notes]


def _paragraphs(doc: QTextDocument, blocks: list[Block], builder: _Column) -> list[_Paragraph]:
    """The laid-out paragraphs, line by line, with the pagination rules of their styles."""
    notes_at: dict[tuple[int, int], list[int]] = {}
    for number, position in builder.references:
        holder = doc.findBlock(position)
        line = holder.layout().lineForTextPosition(position - holder.position())
        notes_at.setdefault((holder.blockNumber(), line.lineNumber()), []).append(number)
    paras: list[_Paragraph] = []
    geometry = doc.documentLayout()
    row_paragraph: dict[int, _Paragraph] = {}  # a table row's index -> the one paragraph its cells paginate as
    for number, block in enumerate(blocks):
        style = resolved(block.style)
        text_block = doc.findBlockByNumber(builder.text_blocks[number])
        text_layout = text_block.layout()
        origin = geometry.blockBoundingRect(text_block).topLeft()  # a cell's layout stands at its cell, not in the column
        ranges = builder.marked.get(number, [])
        lines: list[_Line] = []
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            start = line.textStart()
            end = max(start + line.textLength(), start + 1)
            top = origin.y() + line.y()
            lines.append(_Line(text_layout, i, top, top + line.height(), tuple(notes_at.get((text_block.blockNumber(), i), ())),
                               any(a < end and start < a + length for a, length in ranges),
                               builder.pictures.get(number) if i == 0 else None, origin))
        row = builder.rows.get(number)
        if row is None:
            paras.append(_Paragraph(lines, style.keep_next, style.keep_lines or style.keep_next or len(lines) <= KEEP_TOGETHER_LINES,
                                    block.page_break, text_block.blockFormat().topMargin()))
        elif row in row_paragraph:  # a row is never split over two pages; its cells' lines go together
            row_paragraph[row].lines = sorted([*row_paragraph[row].lines, *lines], key=lambda ln: ln.top)
        else:
            index, table = builder.row_spans[row]
            para = row_paragraph[row] = _Paragraph(lines, style.keep_next or index < table.format().headerRowCount(), True,
                                                   block.page_break, 0.0)
            paras.append(para)
    for row, para in row_paragraph.items():
        if para.lines:
            index, table = builder.row_spans[row]
            para.lines[0].grid = _row_grid(doc, table, index)
    return paras


def _row_grid(doc: QTextDocument, table: QTextTable, row: int) -> list[QLineF]:
    """The border lines of one table row in column coordinates: its top and bottom, and a line at each column edge."""
    geometry = doc.documentLayout()
    frame = geometry.frameBoundingRect(table)
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        first, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        tops.append(geometry.blockBoundingRect(first).top())
        bottoms.append(geometry.blockBoundingRect(last).bottom())
    padding = table.format().cellPadding()
    top, bottom = min(tops) - padding, max(bottoms) + padding
    left, right = frame.left(), frame.right()
    edges = [left + (right - left) * k / table.columns() for k in range(table.columns() + 1)]
    return [QLineF(left, top, right, top), QLineF(left, bottom, right, bottom), *(QLineF(x, top, x, bottom) for x in edges)]


def _fitting(page: _Page, lines: list[_Line], height: float, separator: float, note_height: dict[int, float]) -> int:
    """How many of `lines` fit on the page, above the footnotes they and the lines before them refer to."""
    area = separator + sum(note_height[n] for n in page.notes) if page.notes else 0.0
    for count, line in enumerate(lines):
        if line.notes:
            area += (0.0 if area else separator) + sum(note_height[n] for n in line.notes)
        if line.bottom - page.start > height - area:
            return count
    return len(lines)


def _paginate(paras: list[_Paragraph], height: float, separator: float, note_height: dict[int, float]) -> list[_Page]:
    """Cut the unpaged column into pages as Word does, which QTextDocument cannot.

    Footnotes sit at the foot of the page that refers to them and text stops
    above them; a paragraph breaks between lines, but never leaves a single
    first line at a page's foot or a single last line at the next page's top
    (widow/orphan control); a short paragraph, a title or a heading is not
    split at all (keep lines together); a proposal line, number line, title or
    keyword that would end a page starts the next one with the paragraph it
    belongs to (keep with next). The space before a paragraph that a page
    starts with is dropped, unless a page break put it there.
    """
    pages = [_Page(0.0)]
    first_page: dict[int, int] = {}
    last_page: dict[int, int] = {}
    i = 0
    while i < len(paras):
        para, page = paras[i], pages[-1]
        if not para.lines:
            i += 1
            continue
        if para.page_break and page.lines:
            page = _new_page(pages, para.lines[0].top - para.space_before)
        lines = para.lines
        fit = _fitting(page, lines, height, separator, note_height)
        if fit < len(lines) and page.lines:
            if para.keep_lines or fit < WIDOW_ORPHAN_LINES:
                fit = 0
            elif len(lines) - fit < WIDOW_ORPHAN_LINES:
                fit = len(lines) - WIDOW_ORPHAN_LINES
                fit = fit if fit >= WIDOW_ORPHAN_LINES else 0
        if fit == 0 and page.lines:
            chain = i
            while chain > 0 and paras[chain - 1].keep_next and paras[chain - 1].lines \
                    and first_page.get(chain - 1) == last_page.get(chain - 1) == len(pages) - 1:
                chain -= 1
            if chain < i and page.lines[0] is not paras[chain].lines[0]:
                page.cut(paras[chain].lines[0])
                i = chain
            _new_page(pages, paras[i].lines[0].top)
            continue
        fit = max(fit, 1)  # a line taller than an empty page is printed all the same
        first_page[i] = len(pages) - 1
        page.add(lines[:fit])
        rest = lines[fit:]
        while rest:
            page = _new_page(pages, rest[0].top)
            fit = max(_fitting(page, rest, height, separator, note_height), 1)
            if fit < len(rest) and len(rest) - fit < WIDOW_ORPHAN_LINES and fit > WIDOW_ORPHAN_LINES:
                fit = len(rest) - WIDOW_ORPHAN_LINES
            page.add(rest[:fit])
            rest = rest[fit:]
        last_page[i] = len(pages) - 1
        i += 1
    return pages


def _new_page(pages: list[_Page], start: float) -> _Page:
    pages.append(_Page(start))
    return pages[-1]


def _draw_bars(painter: QPainter, metrics: TextFormats, extents: list[tuple[float, float]]) -> None:
    if not extents:
        return
    pen = QPen(QColor("#" + CHANGE_BAR_COLOR))
    pen.setWidthF(metrics.points(1.0))
    painter.setPen(pen)
    x = metrics.twips(PAGE.margin) - metrics.twips(284)
    y0 = metrics.twips(PAGE.margin)
    for top, bottom in extents:
        painter.drawLine(QPointF(x, y0 + top), QPointF(x, y0 + bottom))


def _draw_footnotes(painter: QPainter, metrics: TextFormats, notes: list[QTextDocument], page_height: float, separator: float) -> None:
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


def _draw_header(painter: QPainter, metrics: TextFormats, number: int, reference: str) -> None:
    """"- n -" and the document reference, centred in the top margin (1 cm from the edge)."""
    style = resolved("Header")
    font = QFont()
    font.setFamilies(families(metrics.kind))
    font.setPointSizeF(style.size)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    line = metrics.points(style.size * 1.2)
    left, top = metrics.twips(PAGE.margin), metrics.twips(PAGE.header)
    width = metrics.twips(PAGE.text_width)
    for i, text in enumerate(t for t in (f"- {number} -", reference) if t):
        painter.drawText(QRectF(left, top + i * line, width, line), int(Qt.AlignmentFlag.AlignHCenter), text)


def to_pdf_bytes(document: Document, view: ExportView = "markup", progress: Progress | None = None, *, comments: bool = True) -> bytes:
    """The PDF file's bytes (needs a QGuiApplication); the comments as numbered notes unless `comments` is false."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(layout_title(document))
    writer.setCreator("Resolution Editor")
    render(document, writer, view, progress, comments=comments)
    del writer
    buffer.close()
    return bytes(data.data())


def layout_title(document: Document) -> str:
    if document.cover is not None and document.cover.title:
        return document.cover.title
    res = next(document.resolutions(), None)
    return res.number_line() if res is not None else "Resolution"


def write_pdf(document: Document, path: str | Path, view: ExportView = "markup", progress: Progress | None = None,
              *, comments: bool = True) -> None:
    """Write a PDF atomically (the previous file stays whole until the new one is complete)."""
    atomic_write(path, to_pdf_bytes(document, view, progress, comments=comments), keep_backup=False)


#: Space between a table cell's border and its text (points).
TABLE_PADDING = 2.0


def _draw_grid(painter: QPainter, metrics: TextFormats, lines: list[QLineF]) -> None:
    painter.save()
    pen = QPen(QColor("#000000"))
    pen.setWidthF(metrics.points(0.5))
    painter.setPen(pen)
    painter.drawLines(lines)
    painter.restore()


def _x_of(line: object) -> float:
    """Where a line's first character starts (PySide6 gives QTextLine.cursorToX as an (x, position) pair)."""
    found = line.cursorToX(0)  # type: ignore[attr-defined]
    return float(found[0] if isinstance(found, tuple) else found)
