"""Tables and pictures in the DOCX body: the parts of a resolution that are not a run of paragraphs.

The block form holds a table as one block per cell (editor.export.blocks);
here the cells of one table are put back into Word's grid (w:tbl, w:tr,
w:tc), a header row repeats on every page (w:tblHeader), and an inserted or
deleted row carries its revision on the row itself (w:trPr/w:ins|w:del) as
Word records it, besides the marks on its text.  A figure's picture goes in
as an inline drawing through python-docx, which adds the image part and its
relationship.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import docx.document
from docx.shared import Pt
from lxml import etree

from editor.export.blocks import Block, cell_rows, table_of
from editor.export.docx import oxml
from editor.export.docx.oxml import RevisionIds, w
from editor.export.styles import PAGE, PICTURE_WIDTH, picture_extent
from editor.model.body import Picture, Row
from editor.model.marks import Mark

#: Writes one paragraph into a parent element (the body writer's own, so cells get every run rule).
ParagraphWriter = Callable[[etree._Element, Block], etree._Element]


def write_table(parent: etree._Element, cells: list[Block], paragraph: ParagraphWriter, ids: RevisionIds,
                tracked: bool) -> etree._Element:
    """One w:tbl of the cell blocks of a table, with single borders and equal columns over the text width."""
    table = table_of(cells[0])
    assert table is not None
    columns = max(1, table.columns)
    width = PAGE.text_width // columns
    tbl = w(parent, "tbl")
    tblpr = w(tbl, "tblPr")
    w(tblpr, "tblW", w=str(width * columns), type="dxa")
    w(tblpr, "jc", val="center")
    borders = w(tblpr, "tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        w(borders, side, val="single", sz="4", space="0", color="auto")
    w(tblpr, "tblLayout", type="fixed")
    grid = w(tbl, "tblGrid")
    for _ in range(columns):
        w(grid, "gridCol", w=str(width))
    for row, blocks in cell_rows(cells):
        tr = w(tbl, "tr")
        trpr = w(tr, "trPr")
        if row.header:
            w(trpr, "tblHeader")
        mark = _row_mark(row, blocks)
        if tracked and mark is not None:
            oxml.revision(trpr, mark, ids)
        if len(trpr) == 0:
            tr.remove(trpr)
        for block in blocks:
            paragraph(_cell(tr, width), block)
        for _ in range(columns - len(blocks)):  # a short row is filled, as Word wants every grid column
            w(w(w(_cell(tr, width), "p"), "pPr"), "pStyle", val="Tabletext")
    return tbl


def _cell(tr: etree._Element, width: int) -> etree._Element:
    tc = w(tr, "tc")
    w(w(tc, "tcPr"), "tcW", w=str(width), type="dxa")
    return tc


def _row_mark(row: Row, blocks: list[Block]) -> Mark | None:
    """The mark of a whole inserted or deleted row: its own, or the one all its cells inherit from the table."""
    if row.change is not None:
        return row.change
    marks = {b.mark for b in blocks}
    return blocks[0].mark if len(marks) == 1 else None


def picture_drawing(package: docx.document.Document, parent: etree._Element, picture: Picture) -> None:
    """An inline drawing of `picture` at its printed size (no larger than the text width) in run `parent`."""
    extent = picture_extent(picture)
    width = Pt(extent[0] if extent else PICTURE_WIDTH)
    inline = package.part.new_pic_inline(io.BytesIO(picture.data), width, Pt(extent[1]) if extent else None)
    if picture.description:
        inline.docPr.set("descr", picture.description)
    w(parent, "drawing").append(inline)
