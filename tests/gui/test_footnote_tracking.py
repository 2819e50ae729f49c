"""Insert > Footnote with Track Changes on records the footnote as an inserted block."""

from __future__ import annotations

from editor.controller import DocumentController
from editor.gui.document_view import DocumentView
from editor.model import project
from editor.revisions.review import list_changes
from editor.xmlio import read_bytes, to_bytes
from tests.factories import assert_valid, mod_document


def test_inserted_footnote_is_a_tracked_block_and_its_text_is_not_marked_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc, _ = mod_document()
    controller = DocumentController(doc, author="ARB")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    res = doc.proposals[0].resolution
    assert res is not None and controller.session.tracking
    clause = res.sections[0].clauses[0]
    view.place_cursor(clause, "text", 9)
    view.edit.insert_footnote()
    qtbot.keyClicks(view, "See Resolution 1.")
    (footnote,) = res.footnotes
    assert footnote.change is not None and footnote.change.kind == "ins"
    assert footnote.change.author == "ARB"
    assert not footnote.text.has_marks(), "the block mark already says the whole note is new"
    assert [c.text for c in list_changes(doc) if c.node is footnote] == ["See Resolution 1."]
    reopened = read_bytes(to_bytes(doc))
    original = project(reopened, "original").proposals[0].resolution
    assert original is not None and original.footnotes == []
    assert_valid(doc)
