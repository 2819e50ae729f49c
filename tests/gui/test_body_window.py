"""The window on a long resolution: the body shows as it prints, its fields are edited in place, whole rows and
provisions selected and deleted go as blocks, the Outline lists sections and headings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.model.body import Cell, Part, Row, Table
from editor.xmlio import read_bytes, to_bytes
from tests.factories import body_document


def _load(window):  # type: ignore[no-untyped-def]
    window.load_document(read_bytes(to_bytes(body_document())))
    res = window.controller.session.document.proposals[0].resolution
    return res


def test_the_body_shows_as_it_prints(window) -> None:  # type: ignore[no-untyped-def]
    _load(window)
    text = window.view.toPlainText()
    for line in ("SECTION 1", "World Telecommunication Standardization Assembly", "1.3\tVoting", "\u2013\tin every language.",
                 "NOTE – The committees cease", "Table 1 – Texts and approval", "Resolution", "Figure 1 – Approval of texts",
                 "Appendix I"):
        assert line in text, line
    assert "\ufffc" in text  # the figure's picture


def test_typing_in_a_cell_edits_the_cell_and_undo_takes_it_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    res = _load(window)
    table = next(p for p in res.parts[1].paragraphs if isinstance(p, Table))
    cell = table.rows[1].cells[1]
    window.view.place_cursor(cell, "text", 4)
    qtbot.keyClicks(window.view, " 2024")
    assert cell.text.text() == "WTSA 2024"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell.text.text() == "WTSA"


def test_enter_at_the_end_of_a_provision_numbers_the_next_one(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    res = _load(window)
    second = res.parts[1]
    provision = second.paragraphs[2]
    window.view.place_cursor(provision, "text", len(provision.text.text()))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    new = second.paragraphs[3]
    assert new.label.text() == "1bis.1.1.2" and window.view.location()[0] is new  # type: ignore[index]


def test_a_whole_row_selected_and_deleted_goes_as_one_block(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    res = _load(window)
    table = next(p for p in res.parts[1].paragraphs if isinstance(p, Table))
    row = table.rows[1]
    view = window.view
    first, last = view.page.own(row.cells[0].uid)[0], view.page.own(row.cells[-1].uid)[0]
    view.select((first, 0), (last + 1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [[c.text.text() for c in r.cells] for r in table.rows] == [["Text", "Approval"], ["Question", "study group"]]
    assert isinstance(table.rows[1], Row) and all(isinstance(c, Cell) for c in table.rows[1].cells)


def test_the_outline_lists_the_sections_and_their_headings(qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.gui.outline_panel import OutlinePanel
    from editor.model.session import EditSession
    from tests.gui.conftest import Host

    doc = body_document()
    res = doc.proposals[0].resolution
    panel = OutlinePanel(Host(EditSession(doc, author="T")))
    qtbot.addWidget(panel)
    rows = [panel.tree.invisibleRootItem()]
    texts: list[str] = []
    while rows:
        item = rows.pop(0)
        texts.append(item.text(0))
        rows[:0] = [item.child(i) for i in range(item.childCount())]
    assert "SECTION 1 – World Telecommunication Standardization Assembly" in texts
    assert "1.3 Voting" in texts and any(t.startswith("Table: Table 1") for t in texts)
    assert any(t.startswith("Figure: Figure 1") for t in texts) and any(t.startswith("Note: NOTE") for t in texts)
    assert isinstance(res.parts[0], Part)
