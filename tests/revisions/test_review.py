"""Reviewing: the Changes list, next/previous, accept and reject one, a selection, or all."""

from __future__ import annotations

import pytest

from editor.model import Clause, project
from editor.revisions.review import (
    Position,
    accept,
    accept_all,
    change_summary,
    changes_in,
    list_changes,
    next_change,
    previous_change,
    reject,
    reject_all,
)
from editor.xmlio import to_bytes
from tests.factories import mod_document
from tests.revisions.checks import FIXED, saved_and_reopened


@pytest.fixture
def marked() -> tuple:  # type: ignore[type-arg]
    doc, session = mod_document()
    res = doc.proposals[0].resolution
    session.delete_node(res.sections[0].clauses[1])  # type: ignore[union-attr]
    session.undo_stack.clear()
    return doc, session


def test_changes_list_says_kind_author_date_text_and_location(marked: tuple) -> None:  # type: ignore[type-arg]
    doc, _ = marked
    rows = [(c.kind, c.author, c.date, c.text, c.location) for c in list_changes(doc)]
    assert rows == [
        ("del", "ARB", FIXED, "Hammamet, 2016", "MOD ARB/36A2/1, number line"),
        ("ins", "ARB", FIXED, "Geneva, 2022", "MOD ARB/36A2/1, number line"),
        ("ins", "ARB", FIXED, "; Geneva, 2022", "MOD ARB/36A2/1, history line"),
        ("del", "ARB", FIXED, "Hammamet, 2016", "MOD ARB/36A2/1, preamble"),
        ("ins", "ARB", FIXED, "Geneva, 2022", "MOD ARB/36A2/1, preamble"),
        ("del", "ARB", FIXED, "b) the duties of the ITU Telecommunication Standardization Sector,", "MOD ARB/36A2/1, considering b)"),
        ("del", "ARB", FIXED, ",", "MOD ARB/36A2/1, noting b)"),
        ("ins", "ARB", FIXED, ";", "MOD ARB/36A2/1, noting b)"),
        ("ins", "ARB", FIXED, "c) the increasing cost of developing standards,", "MOD ARB/36A2/1, noting c)"),
    ]
    assert change_summary(list_changes(doc)[0]).startswith("Deleted \u201cHammamet, 2016\u201d (ARB, 2022-02-01)")


def test_sub_item_location_names_its_clause() -> None:
    doc, session = mod_document()
    clause = doc.proposals[0].resolution.sections[2].clauses[1]  # type: ignore[union-attr]
    session.insert_text(clause.items[1].text, 0, "all ")
    (change,) = [c for c in list_changes(doc) if c.node is clause.items[1]]
    assert change.location == "MOD ARB/36A2/1, resolves 2, item 2"


def test_next_and_previous_walk_the_changes_in_order(marked: tuple) -> None:  # type: ignore[type-arg]
    doc, _ = marked
    res = doc.proposals[0].resolution
    changes = list_changes(doc)
    seen = []
    pos = Position(doc)
    while (change := next_change(doc, pos)) is not None:
        seen.append(change.mark)
        pos = change.position
    assert seen == [c.mark for c in changes]
    back = []
    pos = Position(res.sections[2].clauses[0], "text", 0)
    while (change := previous_change(doc, pos)) is not None:
        back.append(change.mark)
        pos = change.position
    assert back == [c.mark for c in reversed(changes)]
    first_noting = res.sections[1].clauses[0]
    nxt = next_change(doc, Position(first_noting, "text", 0))
    assert nxt is not None and nxt.text == ","


def test_accept_one_keeps_the_rest_and_is_one_undo_step(marked: tuple) -> None:  # type: ignore[type-arg]
    doc, session = marked
    before = to_bytes(doc)
    first = list_changes(doc)[0]
    accept(session, first)
    res = doc.proposals[0].resolution
    assert res.adoption.text("markup") == "Rev. Geneva, 2022"
    assert len(list_changes(doc)) == 8
    assert len(session.undo_stack) == 1
    session.undo()
    assert to_bytes(doc) == before
    saved_and_reopened(doc)


def test_reject_block_insertion_and_deletion(marked: tuple) -> None:  # type: ignore[type-arg]
    doc, session = marked
    res = doc.proposals[0].resolution
    blocks = [c for c in list_changes(doc) if c.is_block]
    reject(session, blocks)
    assert [c.label.text() for c in res.sections[1].clauses] == ["a)", "b)"]
    assert res.sections[0].clauses[1].change is None
    saved_and_reopened(doc)


def test_accept_a_selection(marked: tuple) -> None:  # type: ignore[type-arg]
    doc, session = marked
    res = doc.proposals[0].resolution
    inside = changes_in(doc, Position(res, "history", 0), Position(res, "preamble", 80))
    assert [c.location.split(", ")[1] for c in inside] == ["history line", "preamble", "preamble"]
    with session.transaction("outer"):
        accept(session, inside)
        session.insert_text(res.title, 0, "On ")
    assert len(session.undo_stack) == 1, "accepting joins the enclosing transaction"
    assert res.history.text("markup").endswith("; Geneva, 2022")
    assert not res.history.has_marks() and not res.preamble.has_marks()
    at_cursor = changes_in(doc, Position(res.sections[0].clauses[1], "text", 5), Position(res.sections[0].clauses[1], "text", 5))
    assert [c.is_block for c in at_cursor] == [True]
    saved_and_reopened(doc)


def test_accept_all_is_the_final_view_and_reject_all_the_original(marked: tuple) -> None:  # type: ignore[type-arg]
    doc, session = marked
    final, original = to_bytes(project(doc, "final")), to_bytes(project(doc, "original"))
    accept_all(session)
    assert to_bytes(doc) == final and not list_changes(doc)
    session.undo()
    reject_all(session)
    assert to_bytes(doc) == original and not list_changes(doc)
    saved_and_reopened(doc)


def test_accepting_a_deleted_clause_with_marked_content_removes_it_whole() -> None:
    doc, session = mod_document()
    noting = doc.proposals[0].resolution.sections[1]  # type: ignore[union-attr]
    clause = noting.clauses[1]
    session.delete_node(clause)
    session.insert_node(noting, "clauses", 0, Clause("z)", "first,"))
    accept(session, [c for c in list_changes(doc) if c.node is clause and c.is_block])
    assert clause not in noting.clauses
    assert all(c.node is not clause for c in list_changes(doc))
    saved_and_reopened(doc)
