"""Inserting the parts of a body where the cursor is: one undo step each, valid, the cursor in the new field."""

from __future__ import annotations

from editor.editing import body
from editor.model.body import Cell, Figure, Heading, Part, Picture, Table
from editor.model.nodes import Annex, Clause, Document, Note
from editor.model.session import EditSession
from editor.model.views import project
from tests.factories import FIXED_DATE, assert_valid, body_document, png


def _session(tracking: bool = False) -> tuple[Document, EditSession]:
    doc = body_document()
    return doc, EditSession(doc, author="ARB", tracking=tracking, clock=lambda: FIXED_DATE)


def test_a_heading_note_table_and_figure_come_after_the_paragraph_at_the_cursor() -> None:
    doc, session = _session()
    first = doc.proposals[0].resolution.parts[0]  # type: ignore[union-attr]
    provision = first.paragraphs[1]
    item = provision.items[0]  # type: ignore[union-attr]
    place = body.new_heading(session, item, 3)  # the cursor in a list item: after its provision
    assert place is not None and isinstance(place[0], Heading) and place[1:] == ("label", 0)
    assert first.paragraphs[2] is place[0] and place[0].depth == 3
    note = body.new_note(session, place[0])
    assert note is not None and isinstance(note[0], Note) and note[0].text.text() == "NOTE – " and note[2] == len("NOTE – ")
    table = body.new_table(session, note[0], 3, 4)
    assert table is not None and isinstance(table[0], Cell)
    grid = table[0].parent.parent  # type: ignore[union-attr]
    assert isinstance(grid, Table) and len(grid.rows) == 3 and grid.columns == 4 and grid.rows[0].header
    figure = body.new_figure(session, grid.rows[1].cells[2], Picture(png(), "image/png", 30, 20))
    assert figure is not None and isinstance(figure[0], Figure) and figure[1] == "title"
    kinds = [type(p).__name__ for p in first.paragraphs]
    assert kinds[:6] == ["Clause", "Clause", "Heading", "Note", "Table", "Figure"]
    assert_valid(doc)
    for _ in range(4):
        session.undo()
    assert [type(p).__name__ for p in first.paragraphs] == ["Clause", "Clause", "Heading", "Clause", "Note"]


def test_nothing_is_inserted_outside_a_body_section_or_an_annex() -> None:
    doc, session = _session()
    clause = doc.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    assert body.new_heading(session, clause) is None and body.new_table(session, clause) is None
    assert body.new_row(session, clause) is None
    assert not session.undo_stack


def test_a_row_goes_after_the_row_at_the_cursor_with_as_many_cells() -> None:
    doc, session = _session()
    table = next(p for p in doc.proposals[0].resolution.parts[1].paragraphs if isinstance(p, Table))  # type: ignore[union-attr]
    place = body.new_row(session, table.rows[1].cells[1])
    assert place is not None and table.rows[2].cells[0] is place[0] and len(table.rows[2].cells) == 2
    assert_valid(doc)


def test_a_body_section_is_numbered_on_and_an_appendix_in_roman() -> None:
    doc, session = _session()
    res = doc.proposals[0].resolution
    assert res is not None
    place = body.new_part(session, res.parts[1].paragraphs[0])
    assert place is not None and isinstance(place[0], Part)
    new = place[0]
    assert res.parts[2] is new and new.heading.text() == "Section 2" and new.paragraphs[0].label.text() == "2.1"  # type: ignore[union-attr]
    appendix = body.new_appendix(session, new)
    assert appendix is not None and isinstance(appendix[0], Annex)
    assert appendix[0].heading.text() == "APPENDIX II" and appendix[0].kind == "appendix" and appendix[1:] == ("heading", 11)
    assert isinstance(appendix[0].paragraphs[0], Clause)
    assert_valid(doc)


def test_in_a_mod_each_insertion_is_a_block_mark() -> None:
    doc, session = _session(tracking=True)
    doc.proposals[0].action = "MOD"
    first = doc.proposals[0].resolution.parts[0]  # type: ignore[union-attr]
    place = body.new_table(session, first.paragraphs[0])
    assert place is not None
    table = first.paragraphs[1]
    assert isinstance(table, Table) and table.change is not None and table.change.kind == "ins" and table.change.author == "ARB"
    original = project(doc, "original").proposals[0].resolution.parts[0]  # type: ignore[union-attr]
    assert not any(isinstance(p, Table) for p in original.paragraphs)
