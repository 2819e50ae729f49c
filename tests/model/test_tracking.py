"""Track Changes in the session: every recording rule of issue 5."""

from __future__ import annotations

import pytest

from editor.model import Clause, Document, Inline, Mark, Proposal, Section, Span
from editor.model.session import EditSession
from editor.model.tracking import default_tracking, tracking_allowed
from editor.revisions.review import accept, list_changes
from editor.xmlio import read_bytes, to_bytes
from tests.factories import base_document, base_resolution, mod_document
from tests.revisions.checks import FIXED, assert_unique_ids, mark_table, saved_and_reopened


def _mod() -> tuple[Document, EditSession]:
    doc = Document([Proposal("MOD", "ARB/36A2/1", base_resolution())])
    return doc, EditSession(doc, author="ARB", tracking=None, clock=lambda: FIXED)


def _res(doc: Document):  # type: ignore[no-untyped-def]
    res = doc.proposals[0].resolution
    assert res is not None
    return res


def _marks(inline: Inline) -> list[tuple[str, str]]:
    return [(s.mark.kind, s.text) for s in inline.spans if s.mark is not None]


def test_tracking_is_on_by_default_in_mod_and_off_elsewhere() -> None:
    doc, session = _mod()
    assert default_tracking(doc) and session.tracking
    assert not EditSession(base_document(), tracking=None).tracking
    assert not EditSession(Document([Proposal("ADD", "ARB/1/1", base_resolution())]), tracking=None).tracking
    assert not EditSession(doc).tracking, "without tracking=None a session starts with Track Changes off"


def test_typed_text_is_an_insertion_with_author_and_date() -> None:
    doc, session = _mod()
    clause = _res(doc).sections[0].clauses[0]
    session.insert_text(clause.text, 4, "very ")
    assert clause.text.text("final").startswith("the very purposes")
    assert clause.text.text("original") == "the purposes of the Union set forth in Article 1 of the ITU Constitution;"
    (span,) = [s for s in clause.text.spans if s.mark]
    assert (span.mark.kind, span.mark.author, span.mark.date, span.text) == ("ins", "ARB", FIXED, "very ")
    saved_and_reopened(doc)


def test_deleted_base_text_stays_visible_struck_through() -> None:
    doc, session = _mod()
    clause = _res(doc).sections[0].clauses[0]
    session.delete_text(clause.text, 4, 13)
    assert clause.text.text("markup") == clause.text.text("original")
    assert "purposes" not in clause.text.text("final")
    assert _marks(clause.text) == [("del", "purposes ")]
    saved_and_reopened(doc)


def test_deleting_inside_an_own_insertion_removes_it_outright() -> None:
    doc, session = _mod()
    clause = _res(doc).sections[0].clauses[0]
    session.insert_text(clause.text, 4, "very ")
    session.delete_text(clause.text, 4, 6)
    assert _marks(clause.text) == [("ins", "ry ")]
    session.delete_text(clause.text, 4, 7)
    assert not clause.text.has_marks()
    assert clause.text.text("markup") == clause.text.text("original")
    saved_and_reopened(doc)


def test_replace_is_a_deletion_followed_by_an_insertion() -> None:
    doc, session = _mod()
    clause = _res(doc).sections[2].clauses[0]
    session.replace_text(clause.text, 3, 9, "request")
    assert _marks(clause.text) == [("del", "invite"), ("ins", "request")]
    assert clause.text.text("final").startswith("to request ISO")
    assert len(session.undo_stack) == 1
    saved_and_reopened(doc)


@pytest.mark.parametrize("where", ["clause", "item", "section"])
def test_inserting_and_deleting_blocks_are_block_marks(where: str) -> None:
    doc, session = _mod()
    res = _res(doc)
    if where == "clause":
        parent, field, new, existing = res.sections[1], "clauses", Clause("c)", "new text,"), res.sections[1].clauses[0]
    elif where == "item":
        clause = res.sections[2].clauses[1]
        parent, field, new, existing = clause, "items", Clause("–", "another item;"), clause.items[0]
    else:
        parent, field, new, existing = res, "sections", Section("recognizing", "preambular", [Clause("", "a fact,")]), res.sections[1]
    session.insert_node(parent, field, 1, new)
    session.delete_node(existing)
    assert new.change is not None and new.change.kind == "ins"
    assert existing.change is not None and existing.change.kind == "del"
    assert existing in getattr(parent, field), "a deleted block stays, struck through"
    assert new.change.author == "ARB" and new.change.date == FIXED
    again = saved_and_reopened(doc)
    assert mark_table(again) == mark_table(doc)


def test_deleting_an_inserted_block_removes_it_and_edits_inside_it_are_not_marked() -> None:
    doc, session = _mod()
    noting = _res(doc).sections[1]
    session.insert_node(noting, "clauses", 2, Clause("c)", "new,"))
    added = noting.clauses[2]
    session.insert_text(added.text, 3, " text")
    assert not added.text.has_marks()
    session.delete_node(added)
    assert added not in noting.clauses
    assert list_changes(doc) == []
    saved_and_reopened(doc)


def test_move_is_a_deletion_here_and_an_insertion_there() -> None:
    doc, session = _mod()
    resolves = _res(doc).sections[2]
    first = resolves.clauses[0]
    session.insert_text(first.text, 0, "firstly ")
    moved = session.move_node(first, resolves, "clauses", 3)
    assert first.change is not None and first.change.kind == "del"
    assert moved.change is not None and moved.change.kind == "ins"
    assert resolves.clauses[-1] is moved
    assert moved.text.text("markup") == "firstly to invite ISO and IEC to examine the study programme;"
    assert not moved.text.has_marks(), "the moved copy holds the final text"
    assert_unique_ids(doc)
    saved_and_reopened(doc)


def test_label_change_is_deletion_of_old_and_insertion_of_new() -> None:
    doc, session = _mod()
    clause = _res(doc).sections[1].clauses[1]
    session.set_text(clause.label, "c)")
    session.set_text(clause.label, "d)")
    assert _marks(clause.label) == [("del", "b)"), ("ins", "d)")]
    assert clause.label.text("original") == "b)"
    saved_and_reopened(doc)


def test_deleted_footnote_reference_is_marked() -> None:
    doc, session = _mod()
    clause = _res(doc).sections[0].clauses[0]
    session.set_spans(clause.text, [Span("see"), Span("", footnote="1"), Span(" below;")])
    session.delete_text(clause.text, 0, len(clause.text.text()))
    assert all(s.mark is not None and s.mark.kind == "del" for s in clause.text.spans)
    assert [s.footnote for s in clause.text.projected("final")] == []


def test_nothing_is_tracked_inside_an_add_proposal_or_in_reasons() -> None:
    doc = Document([Proposal("ADD", "ARB/36A2/2", base_resolution(), reasons="New."), Proposal("MOD", "ARB/36A2/1", base_resolution())])
    session = EditSession(doc, author="ARB", tracking=None, clock=lambda: FIXED)
    assert session.tracking
    add_clause = doc.proposals[0].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    assert not tracking_allowed(add_clause)
    assert not session.records_at(add_clause)
    session.insert_text(add_clause.text, 0, "x")
    session.delete_node(doc.proposals[0].resolution.sections[1].clauses[0])  # type: ignore[union-attr]
    session.insert_text(doc.proposals[0].reasons, 0, "Entirely ")
    session.insert_text(doc.proposals[1].reasons, 0, "Because.")
    assert list_changes(doc) == []
    mod_clause = doc.proposals[1].resolution.sections[0].clauses[0]  # type: ignore[union-attr]
    assert tracking_allowed(mod_clause) and session.records_at(mod_clause)
    saved_and_reopened(doc)


def test_mark_ids_stay_unique_after_reopening() -> None:
    doc, _ = mod_document()
    reopened = read_bytes(to_bytes(doc))
    session = EditSession(reopened, author="B", tracking=True, clock=lambda: FIXED)
    clause = _res(reopened).sections[0].clauses[0]
    session.insert_text(clause.text, 0, "x ")
    session.delete_text(clause.text, 5, 10)
    assert_unique_ids(reopened)
    assert len({c.mark.id for c in list_changes(reopened)}) == len(list_changes(reopened))
    saved_and_reopened(reopened)


def test_pasted_block_with_marks_gets_fresh_ids() -> None:
    doc, session = mod_document()
    session.tracking = False
    used = {c.mark.id for c in list_changes(doc)}
    pasted = Clause("d)", Inline([Span("pasted "), Span("text", mark=Mark("ins", "X", FIXED, min(used)))]))
    session.insert_node(_res(doc).sections[1], "clauses", 3, pasted)
    assert_unique_ids(doc)
    saved_and_reopened(doc)


def test_fresh_ids_are_unused_in_a_reopened_document() -> None:
    """What review gives the rest of a change cut in two must not collide with a saved change."""
    reopened = read_bytes(to_bytes(mod_document()[0]))
    session = EditSession(reopened, author="ARB", tracking=True, clock=lambda: FIXED)
    used = {c.mark.id for c in list_changes(reopened)}
    first, second = session.fresh_id(), session.fresh_id()
    assert first != second and not {first, second} & used
    session.insert_text(_res(reopened).title, 0, "On ")
    assert session.new_mark("ins").id not in used | {first, second}
    saved_and_reopened(reopened)


def test_undo_and_redo_cover_recording_and_reviewing() -> None:
    doc, session = _mod()
    start = to_bytes(doc)
    clause = _res(doc).sections[2].clauses[0]
    session.replace_text(clause.text, 3, 9, "request")
    marked = to_bytes(doc)
    accept(session, list_changes(doc)[:1])
    assert len(list_changes(doc)) == 1
    session.undo()
    assert to_bytes(doc) == marked
    session.undo()
    assert to_bytes(doc) == start
    session.redo()
    session.redo()
    assert len(list_changes(doc)) == 1
    saved_and_reopened(doc)


def test_typing_inside_a_deletion_cuts_it_into_two_changes() -> None:
    doc, session = _mod()
    clause = _res(doc).sections[0].clauses[0]
    session.delete_text(clause.text, 4, 12)
    session.insert_text(clause.text, 8, "X")
    pieces = [(s.mark.kind, s.text, s.mark.id) for s in clause.text.spans if s.mark]
    assert [(k, t) for k, t, _ in pieces] == [("del", "purp"), ("ins", "X"), ("del", "oses")]
    assert len({i for _, _, i in pieces}) == 3, "one id, one run of text"
    assert_unique_ids(doc)
    saved_and_reopened(doc)


def test_naming_oneself_renames_only_the_marks_this_session_made_under_the_old_name() -> None:
    doc, _earlier = mod_document()  # marks by "ARB" from an earlier session
    kept = all_marks(doc)
    session = EditSession(doc, author="", tracking=True, clock=lambda: "2026-12-03T10:00:00Z")
    res = doc.proposals[0].resolution
    assert res is not None
    session.insert_text(res.sections[0].clauses[0].text, 0, "new ")
    session.insert_node(res.sections[0], "clauses", 1, Clause("b)", "an added clause;"))
    assert session.rename_author("", "Arab States") == 2  # one inline insertion, one block insertion
    marks = all_marks(doc)
    assert {m.author for m in marks - kept} == {"Arab States"}
    assert kept <= marks  # the earlier session's marks are untouched
    session.undo()
    assert {m.author for m in all_marks(doc) - kept} == {""}
    assert session.rename_author("Arab States", "Arab States") == 0


def all_marks(doc: Document) -> set[Mark]:
    """Every revision mark in `doc`, inline and whole-block."""
    inline = {s.mark for n in doc.walk() for text in n.inlines() for s in text.spans if s.mark is not None}
    return inline | {n.change for n in doc.walk() if n.change is not None}
