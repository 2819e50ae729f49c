"""Inserting the parts of a long resolution's body: sections, headings, notes, tables, rows, figures, appendices.

Each command is one session verb (an insertion, so a block mark in a MOD)
placed after the paragraph the cursor is in, and returns where the cursor
goes: into the new element's first field, ready for typing.  No Qt here;
the window's Insert > Body menu calls these through EditCommands.
"""

from __future__ import annotations

from editor.languages import load_or_english
from editor.model.body import Cell, Figure, Heading, Paragraph, Part, Picture, Row, Table
from editor.model.labels import Label, to_roman
from editor.model.nodes import Annex, Clause, Division, Document, Node, Note, Resolution
from editor.model.session import EditSession, locate

#: A place in the model: a node, one of its inline fields, a markup offset.
Place = tuple[Node, str, int]

#: What a new note starts with, as the ITU types notes.
NOTE_START = "NOTE – "


def division_paragraph(node: Node | None) -> tuple[Division, int] | None:
    """The body section or annex the cursor is in, and the index of the paragraph it is in there (None outside one)."""
    while node is not None and not isinstance(node.parent, Division):
        if isinstance(node, Division):
            return node, len(node.paragraphs) - 1
        node = node.parent
    if node is None or not isinstance(node.parent, Division):
        return None
    division = node.parent
    return division, locate(node)[1]


def _insert_after(session: EditSession, node: Node | None, new: Paragraph) -> bool:
    found = division_paragraph(node)
    if found is None:
        return False
    division, index = found
    session.insert_node(division, "paragraphs", index + 1, new)
    return True


def new_heading(session: EditSession, node: Node | None, depth: int = 2) -> Place | None:
    """A heading after the paragraph at the cursor, the cursor in its number."""
    heading = Heading("", "", depth)
    return (heading, "label", 0) if _insert_after(session, node, heading) else None


def new_note(session: EditSession, node: Node | None) -> Place | None:
    """A note ("NOTE – ") after the paragraph at the cursor, the cursor after its dash."""
    note = Note(NOTE_START)
    return (note, "text", len(NOTE_START)) if _insert_after(session, node, note) else None


def new_table(session: EditSession, node: Node | None, rows: int = 2, columns: int = 2) -> Place | None:
    """A table of a header row and `rows - 1` rows of `columns` empty cells, the cursor in its first cell."""
    table = Table([Row([Cell() for _ in range(columns)], header=n == 0) for n in range(max(rows, 1))])
    return (table.rows[0].cells[0], "text", 0) if _insert_after(session, node, table) else None


def new_row(session: EditSession, node: Node | None) -> Place | None:
    """A row of empty cells after the row the cursor is in (as many as the table has columns)."""
    row = node if isinstance(node, Row) else node.ancestor(Row) if node is not None else None
    table = row.parent if row is not None else node if isinstance(node, Table) else None
    if not isinstance(table, Table):
        return None
    index = table.rows.index(row) + 1 if row is not None else len(table.rows)
    new = Row([Cell() for _ in range(max(table.columns, 1))])
    session.insert_node(table, "rows", index, new)
    return new.cells[0], "text", 0


def new_figure(session: EditSession, node: Node | None, picture: Picture) -> Place | None:
    """A figure with `picture` after the paragraph at the cursor, the cursor in its title."""
    figure = Figure(picture)
    return (figure, "title", 0) if _insert_after(session, node, figure) else None


def new_part(session: EditSession, node: Node | None) -> Place | None:
    """A body section after the one the cursor is in (or after the last), numbered on, with one provision."""
    res = node if isinstance(node, Resolution) else node.ancestor(Resolution) if node is not None else None
    if res is None:
        return None
    current = node if isinstance(node, Part) else node.ancestor(Part) if node is not None else None
    index = res.parts.index(current) + 1 if current is not None else len(res.parts)
    previous = res.parts[index - 1].heading.text("final").split() if index else []
    label = Label.parse(previous[-1], "number") if previous else None
    number = label.next().text if label is not None else "" if previous else "1"
    word = previous[0] if len(previous) > 1 else "SECTION"  # "Section 1bis" goes on as "Section 2"
    part = Part(f"{word} {number}".strip(), "", [Clause(f"{number}.1" if number else "", "")])
    session.insert_node(res, "parts", index, part)
    return part, "title", 0


def new_appendix(session: EditSession, node: Node | None) -> Place | None:
    """An appendix after the annexes and appendices of the resolution ("APPENDIX II" in the document's language),
    the cursor at the end of its heading, where the reference to the resolution is typed."""
    res = node if isinstance(node, Resolution) else node.ancestor(Resolution) if node is not None else None
    if res is None:
        return None
    doc = res.ancestor(Document)
    word = load_or_english(doc.language if doc is not None else "en").filled("appendix")
    count = sum(1 for a in res.annexes if a.kind == "appendix")
    heading = f"{word} {to_roman(count + 1).upper()}"
    appendix = Annex(heading, "", [Clause("", "")], kind="appendix")
    session.insert_node(res, "annexes", len(res.annexes), appendix)
    return appendix, "heading", len(heading)

