"""The wavy underline sits on the spot a problem is about: the label, the final mark, the date spot."""

from __future__ import annotations

from editor.controller import DocumentController
from editor.gui.document_view import DocumentView
from editor.model import Inline, Resolution
from editor.model.nodes import Document
from tests.factories import assert_valid, base_document


def _view(qtbot, doc: Document) -> tuple[DocumentView, DocumentController]:  # type: ignore[no-untyped-def]
    controller = DocumentController(doc, author="T")
    view = DocumentView(controller)
    qtbot.addWidget(view)
    return view, controller


def _underlined(view: DocumentView) -> list[tuple[str, str]]:
    """(paragraph text, underlined text) of every squiggle."""
    return [(s.cursor.block().text(), s.cursor.selectedText()) for s in view.decorations.selections()]


def _res(doc: Document) -> Resolution:
    res = doc.proposals[0].resolution
    assert res is not None
    return res


def _set(node, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    setattr(node, field, Inline.plain(text))
    node._adopt()


def test_a_wrong_label_is_underlined_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = base_document()
    wrong = _res(doc).sections[1].clauses[1]
    _set(wrong, "label", "c)")
    view, controller = _view(qtbot, doc)
    lettering = [p for p in controller.problems() if p.rule.startswith("lettering.") and p.node_uid == wrong.uid]
    assert lettering
    on_clause = [u for t, u in _underlined(view) if t.startswith("c)\t")]
    assert on_clause == ["c)"] * len(lettering)
    assert_valid(doc)


def test_a_date_problem_underlines_the_preamble_spot_not_the_number_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = base_document()
    res = _res(doc)
    preamble = res.preamble.text()
    assert "(Hammamet, 2016)" in preamble
    _set(res, "preamble", preamble.replace("(Hammamet, 2016)", "(Geneva, 2012)"))
    view, controller = _view(qtbot, doc)
    dates = [p for p in controller.problems() if p.rule.startswith("dates.") and p.field == "preamble"]
    assert dates
    underlined = _underlined(view)
    assert [u for t, u in underlined if "(Geneva, 2012)" in t] == ["(Geneva, 2012)"] * len(dates)
    assert not [u for t, u in underlined if t.startswith("RESOLUTION ")]  # the number line is right
    selections = view.decorations.selections()
    rect = view.cursorRect(next(s.cursor for s in selections if "Geneva" in s.cursor.selectedText()))
    assert {p.message for p in view.problems_at(rect.center())} == {p.message for p in dates}
    assert_valid(doc)


def test_a_problem_without_a_text_field_underlines_its_first_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = base_document()
    doc.proposals[0].action, doc.proposals[0].identifier = "MOD", "ARB/36A2/1"
    doc.proposals[0].reasons = Inline.plain("Why.")
    doc.proposals[0]._adopt()
    view, controller = _view(qtbot, doc)
    wrong = [p for p in controller.problems() if p.field == "action"]
    assert wrong, "a MOD proposal without revision marks"
    assert ("MOD\tARB/36A2/1", "MOD\tARB/36A2/1") in _underlined(view)
    assert_valid(doc)


def test_a_missing_preamble_date_is_underlined_where_it_belongs(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = base_document()
    res = _res(doc)
    _set(res, "preamble", "The World Telecommunication Standardization Assembly,")
    view, controller = _view(qtbot, doc)
    assert [p for p in controller.problems() if p.rule == "dates.missing" and p.field == "preamble"]
    assert [u for t, u in _underlined(view) if t.startswith("The World")] == [","]
    assert_valid(doc)


def test_a_reference_to_a_missing_clause_underlines_its_labels_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = base_document()
    res = _res(doc)
    clause = res.sections[-1].clauses[0]
    keyword = res.sections[0].keyword.text().split()[0]
    text = f"that {keyword} a) and q) above and the rest of this clause apply;"
    _set(clause, "text", text)
    view, controller = _view(qtbot, doc)
    missing = [p for p in controller.problems() if p.rule == "xref.missing" and p.node_uid == clause.uid]
    assert len(missing) == 1 and missing[0].length == 2
    assert [u for t, u in _underlined(view) if "and q) above" in t] == ["q)"]
    assert_valid(doc)


def test_squiggles_after_an_edit_far_from_the_view_and_after_undo_are_those_a_fresh_view_shows(qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.model.views import clone

    doc = base_document()
    for _ in range(3):  # a few pages: most paragraphs are off screen
        doc.proposals.append(clone(doc.proposals[0]))
    doc._adopt()
    view, controller = _view(qtbot, doc)
    view.resize(700, 220)
    view.show()
    far = doc.proposals[-1].resolution.sections[-1].clauses[-1]  # type: ignore[union-attr]

    def fresh_view_shows() -> list[tuple[str, str]]:
        fresh = DocumentView(controller)
        qtbot.addWidget(fresh)
        fresh.resize(700, 220)
        fresh.show()
        fresh.verticalScrollBar().setValue(view.verticalScrollBar().value())
        return _underlined(fresh)

    top = _underlined(view)
    assert view.verticalScrollBar().maximum() > 0
    controller.perform("Label", lambda: controller.session.set_text(far.label, "z)"))  # a wrong label below the view
    assert _underlined(view) == top == fresh_view_shows()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert ("z)\t" + far.text.text(), "z)") in _underlined(view)
    assert _underlined(view) == fresh_view_shows()
    controller.undo()
    assert ("z)\t" + far.text.text(), "z)") not in _underlined(view)
    assert _underlined(view) == fresh_view_shows()
    view.verticalScrollBar().setValue(0)
    assert _underlined(view) == top
    # a paragraph near the top grows by several lines, then shrinks back: other paragraphs leave the view and come back
    for clause in (c for p in doc.proposals for c in p.resolution.sections[1].clauses):  # type: ignore[union-attr]
        controller.perform("Label", lambda clause=clause: controller.session.set_text(clause.label, "z)"))
    controller.perform("Label", lambda: controller.session.set_text(far.label, "z)"))
    shown = _underlined(view)
    assert shown and shown == fresh_view_shows()
    first = _res(doc).sections[0].clauses[0]
    controller.perform("Type", lambda: controller.session.insert_text(first.text, 0, "a long insertion " * 40))
    assert _underlined(view) == fresh_view_shows()
    controller.undo()
    assert _underlined(view) == fresh_view_shows()
    assert_valid(doc)
