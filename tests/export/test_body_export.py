"""The body in the one projection and in the DOCX: styles in order, a table's cells gathered into Word's grid, a
figure's picture as an inline drawing, a whole inserted or deleted row marked on the row as Word records it."""

from __future__ import annotations

import io
import zipfile

from docxread import W
from lxml import etree

from editor.export.blocks import OBJECT, FootnoteNumbers, blocks_of, layout, page_blocks, pieces
from editor.export.docx.writer import to_bytes
from editor.model.body import Cell, Figure, Table
from tests.factories import body_document, marked_body_document


def test_the_body_prints_in_the_itu_styles_in_order() -> None:
    styles = [b.style for b in layout(body_document()).body]
    start = styles.index("SectionNo")
    assert styles[start:start + 12] == ["SectionNo", "Sectiontitle", "Normal", "Normal", "enumlev1", "enumlev1", "enumlev2",
                                        "enumlev3", "Heading2", "Normal", "Note", "SectionNo"]
    tail = styles[styles.index("TableNoTitle"):]
    assert tail[:12] == ["TableNoTitle", "Tablehead", "Tablehead", "Tabletext", "Tabletext", "Tabletext", "Tabletext", "Figure",
                         "Figurelegend", "Figurelegend", "Figuretitle", "AppendixNo"]


def test_a_legend_prints_a_paragraph_per_note_and_edits_as_one_field() -> None:
    doc = body_document()
    figure = next(n for n in doc.walk() if isinstance(n, Figure))
    printed = [b for b in layout(doc).body if b.style == "Figurelegend"]
    assert [b.text() for b in printed] == ["NOTE 1 – The study group decides.", "NOTE 2 – The Director notifies."]
    on_screen = [b for b in page_blocks(doc) if b.style == "Figurelegend"]
    assert len(on_screen) == 1 and on_screen[0].fields()[0].name == "legend"
    picture = next(b for b in blocks_of(figure, FootnoteNumbers(doc)) if b.style == "Figure")
    assert picture.shown() == OBJECT and picture.fields() == []


def test_each_cell_is_a_paragraph_of_its_own_and_writers_gather_them_by_table() -> None:
    blocks = page_blocks(body_document())
    cells = [b for b in blocks if isinstance(b.node, Cell)]
    assert [b.text() for b in cells] == ["Text", "Approval", "Resolution", "WTSA", "Question", "study group"]
    grouped = [p for p in pieces(blocks) if isinstance(p, list)]
    assert len(grouped) == 1 and grouped[0] == cells


def _body(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml"))


def test_the_docx_has_a_word_table_with_a_repeating_header_row() -> None:
    body = _body(to_bytes(body_document()))
    tables = body.findall(f".//{W}tbl")
    assert len(tables) == 1
    rows = tables[0].findall(f"{W}tr")
    assert len(rows) == 3 and rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert [len(r.findall(f"{W}tc")) for r in rows] == [2, 2, 2]
    assert len(tables[0].findall(f"{W}tblGrid/{W}gridCol")) == 2
    following = tables[0].getnext()
    assert following is not None and following.tag == f"{W}p"


def test_a_figure_is_an_inline_picture_stored_in_the_package() -> None:
    data = to_bytes(body_document())
    body = _body(data)
    drawings = body.findall(f".//{W}drawing")
    assert len(drawings) == 1
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(media) == 1 and z.read(media[0]).startswith(b"\x89PNG")


def test_inserted_and_deleted_rows_carry_their_revision_on_the_row() -> None:
    body = _body(to_bytes(marked_body_document()))
    rows = body.findall(f".//{W}tbl/{W}tr")
    marks = [(r.find(f"{W}trPr/{W}ins") is not None, r.find(f"{W}trPr/{W}del") is not None) for r in rows]
    assert marks == [(False, False), (False, True), (True, False), (False, False)]
    deleted = rows[1].find(f"{W}trPr/{W}del")
    assert deleted is not None and deleted.get(f"{W}author") == "EUR"
    assert rows[1].findall(f".//{W}delText")  # and its words, so accepting leaves no empty row behind
    in_final = to_bytes(marked_body_document(), "final")
    assert len(_body(in_final).findall(f".//{W}tbl/{W}tr")) == 3


def test_a_table_in_an_annex_is_the_same_table() -> None:
    doc = body_document()
    res = doc.proposals[0].resolution
    assert res is not None
    table = next(p for p in res.parts[1].paragraphs if isinstance(p, Table))
    res.parts[1].paragraphs.remove(table)
    res.annexes[0].paragraphs.append(table)
    res.annexes[0]._adopt()
    assert len(_body(to_bytes(doc)).findall(f".//{W}tbl")) == 1


def test_a_bis_section_number_keeps_its_suffix_small_under_the_capitals() -> None:
    heading = next(b for b in layout(body_document()).body if b.style == "SectionNo" and "1bis" in b.text())
    assert [(r.text, r.caps_off) for r in heading.runs] == [("Section 1", False), ("bis", True)]


def test_the_suffix_is_found_across_runs() -> None:
    from editor.export.blocks import Run, small_suffix

    runs = small_suffix([Run("Section 1"), Run("bis", italic=True), Run(" ")])
    assert [(r.text, r.italic, r.caps_off) for r in runs] == [("Section 1", False, False), ("bis", True, True), (" ", False, False)]
