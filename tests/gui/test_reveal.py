"""Revealing a place (a problem's double-click, the outline) shows it with the text around it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from editor.gui.main_window import MainWindow
from tests.factories import assert_valid


def test_a_revealed_clause_below_the_view_is_shown_a_third_down_not_on_the_edge(window: MainWindow, root: Path) -> None:
    assert window.open_path(root / "examples" / "ARB-36A2-1.xml")
    window.resize(900, 420)
    QApplication.processEvents()
    view = window.view
    clauses = [c for r in window.controller.session.document.resolutions() for s in r.sections for c in s.clauses]
    height = view.viewport().height()
    layout = view.document().documentLayout()

    def top_of(uid: int) -> float:
        position = view.position_of(uid, "text", 0)
        assert position is not None
        return layout.blockBoundingRect(view.document().findBlock(position)).top()

    # the first clause that starts below the view, with room after it to scroll it up
    below = next((c for c in clauses if height < top_of(c.uid) < view.verticalScrollBar().maximum()), None)
    assert below is not None, "the test needs a document longer than the view"
    view.verticalScrollBar().setValue(0)
    view.reveal(below.uid)
    rect = view.cursorRect()
    assert height // 10 <= rect.top() and rect.bottom() <= height * 3 // 4, (rect.top(), height)
    assert view.textCursor().block().text().endswith(below.text.text("markup"))

    view.reveal(clauses[0].uid)
    top = view.verticalScrollBar().value()
    view.reveal(clauses[1].uid)  # already well inside the view: nothing moves
    assert view.verticalScrollBar().value() == top
    assert_valid(window.controller.session.document)
