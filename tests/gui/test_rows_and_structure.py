"""The Qt-free parts of the document view: rows, offset mapping, structural commands, paste."""

from __future__ import annotations

import pytest

from editor.gui.document_view.paste import clauses_from_text, paragraphs
from editor.gui.document_view.rows import Part, rows_for
from editor.gui.document_view.structure import indent, join_with_previous, next_footnote_key, next_label, outdent, split_clause
from editor.model import Clause, Footnote, Inline, Resolution, Span
from editor.model.session import EditSession
from tests.factories import base_document, mod_document
from tests.gui.conftest import assert_valid


@pytest.mark.parametrize(("label", "expected"), [
    ("a)", "b)"), ("y)", "z)"), ("z)", "aa)"), ("1", "2"), ("9", "10"), ("2.", "3."), ("–", "–"), ("•", "•"),
    ("b)bis", ""), ("", ""),
])
def test_next_label(label: str, expected: str) -> None:
    assert next_label(label) == expected


def _footnoted() -> Part:
    clause = Clause("a)", Inline([Span("abc"), Span("", footnote="12"), Span("de")]))
    return Part(node=clause, field="text")


@pytest.mark.parametrize(("markup", "view"), [(0, 0), (3, 3), (4, 6), (5, 7)])
def test_markup_to_view_skips_the_marker(markup: int, view: int) -> None:
    assert _footnoted().to_view(markup) == view


@pytest.mark.parametrize(("view", "markup"), [(0, 0), (3, 3), (4, 3), (5, 3), (6, 4), (7, 5)])
def test_view_to_markup_maps_the_marker_to_the_reference(view: int, markup: int) -> None:
    """View "abc¹²de": before, inside and after the marker are all the reference's place, markup 3."""
    part = _footnoted()
    assert part.to_markup(view) == markup
    assert part.length() == 7


def test_rows_follow_the_printed_order_and_carry_their_ancestors() -> None:
    doc = base_document()
    rows = list(rows_for(doc))
    assert [r.style for r in rows[:5]] == ["ResNo", "Restitle", "Resref", "Normalaftertitle", "Call"]
    res = doc.proposals[0].resolution
    assert res is not None
    sub = res.sections[2].clauses[1].items[0]
    row = next(r for r in rows if r.node is sub)
    assert row.style == "enumlev1" and {res.uid, res.sections[2].uid, res.sections[2].clauses[1].uid} <= row.path
    assert not any(r.has_marks() for r in rows)
    marked = list(rows_for(mod_document()[0]))
    assert any(r.has_marks() for r in marked) and marked[0].style == "Proposal"


def test_split_indent_outdent_join_as_one_step_each_and_valid() -> None:
    doc = base_document()
    session = EditSession(doc, author="T")
    res = doc.proposals[0].resolution
    assert res is not None
    noting = res.sections[1]
    first = noting.clauses[0]
    new, _, _ = split_clause(session, first, 9)
    assert [c.text.text() for c in noting.clauses[:2]] == ["that the ", "working methods are not the same;"]
    assert isinstance(new, Clause) and new.label.text() == "b)"
    moved, _, _ = indent(session, new)  # type: ignore[misc]
    assert first.items == [moved] and moved.level == 1
    back, _, _ = outdent(session, moved)  # type: ignore[misc]
    assert noting.clauses[1] is back
    place = join_with_previous(session, back, first)
    assert place == (first, "text", 9)
    assert first.text.text() == "that the working methods are not the same;"
    assert len(session.undo_stack) == 4
    assert_valid(doc)
    while session.undo_stack:
        session.undo()
    assert noting.clauses[0].text.text() == "that the working methods are not the same;" and len(noting.clauses) == 2


def test_paste_fallback_splits_labels() -> None:
    assert paragraphs("a\r\n\r\nb\rc\n") == ["a", "b", "c"]
    clauses = clauses_from_text("x)\tfirst;\n12 second,\nno label here")
    assert [(c.label.text(), c.text.text()) for c in clauses][-1] == ("", "no label here")


def test_labels_and_keys_no_number_can_hold_never_break_enter_or_a_new_footnote() -> None:
    """A 5,000-digit label is more than Python reads as a number, and "²" is a digit that is no number."""
    assert next_label("9" * 5000) == ""
    assert next_label("41") == "42"
    res = Resolution(footnotes=[Footnote("²", "x"), Footnote("9" * 5000, "y"), Footnote("3", "z")])
    assert next_footnote_key(res) == "4"
