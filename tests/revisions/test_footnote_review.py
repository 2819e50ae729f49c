"""A footnote and its marked references are one decision: accepting or rejecting either resolves both."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

import pytest
from footnotedocs import DELETED_NOTE, INSERTED_NOTE, KEPT_NOTE, footnoted_base, tracked_footnotes_document

from editor.model import Clause, Document, Resolution, View
from editor.model.session import EditSession
from editor.revisions.compare import compare
from editor.revisions.review import Change, Decision, Position, accept, accept_all, changes_in, list_changes, reject
from editor.xmlio import to_bytes
from tests.revisions.checks import FIXED, assert_unique_ids, saved_and_reopened


def _marked() -> tuple[Document, EditSession, Resolution]:
    """Footnote 1 deleted with its reference, footnote 3 inserted with its reference, all marked (from compare)."""
    edited, session = tracked_footnotes_document()
    accept_all(session)
    doc = compare(footnoted_base(), edited, "ARB", FIXED)
    res = doc.proposals[0].resolution
    assert res is not None
    return doc, EditSession(doc, author="ARB", clock=lambda: FIXED), res


def _refs(res: Resolution, view: View) -> list[str]:
    return [s.footnote for n in res.walk() for i in n.inlines() for s in i.spans if s.footnote and (s.mark is None or s.mark.visible_in(view))]


def _notes(res: Resolution, view: View) -> list[str]:
    return [f.key for f in res.footnotes if f.visible_in(view)]


def _change(doc: Document, kind: str, block: bool) -> Change:
    return next(c for c in list_changes(doc) if c.kind == kind and c.is_block == block)


def _decide(session: EditSession, change: Change, decision: Decision) -> None:
    (accept if decision == "accept" else reject)(session, change)


@pytest.mark.parametrize("decision", ["accept", "reject"])
@pytest.mark.parametrize("kind", ["del", "ins"])
@pytest.mark.parametrize("block", [True, False], ids=["the note", "the reference"])
def test_deciding_a_note_or_its_reference_resolves_both(decision: Decision, kind: str, block: bool) -> None:
    doc, session, res = _marked()
    before = to_bytes(doc)
    _decide(session, _change(doc, kind, block), decision)

    key = "1" if kind == "del" else "3"
    other = "3" if kind == "del" else "1"
    assert [c.text for c in list_changes(doc)] == [f"[footnote {other}]", DELETED_NOTE if other == "1" else INSERTED_NOTE]
    stays = (kind == "ins") == (decision == "accept")
    assert (key in _notes(res, "markup")) == stays and (key in _refs(res, "markup")) == stays
    assert all(f.change is None for f in res.footnotes if f.key == key)
    assert len(session.undo_stack) == 1
    assert_unique_ids(doc)
    saved_and_reopened(doc)
    session.undo()
    assert to_bytes(doc) == before


def test_rejecting_a_deleted_note_brings_back_its_reference_recorded_by_hand() -> None:
    doc, session = tracked_footnotes_document()
    res = doc.proposals[0].resolution
    assert res is not None
    reject(session, _change(doc, "del", True))
    assert "1" in _refs(res, "final"), "the reference is no longer struck through"
    assert [f.text.text() for f in res.footnotes if f.change is None] == [DELETED_NOTE, KEPT_NOTE]
    assert [c.kind for c in list_changes(doc)] == ["ins"]
    saved_and_reopened(doc)


def _word_and_note_deleted() -> tuple[Document, EditSession, Resolution, Clause, int]:
    """Footnote 1 deleted after "Constitution" and its reference were struck as one deletion.

    Returns the document, its tracking session, the resolution, considering a)
    and the markup offset of the reference (just before the semicolon).
    """
    doc = footnoted_base()
    res = doc.proposals[0].resolution
    assert res is not None
    first = res.sections[0].clauses[0]
    at = first.text.text("markup").index(";")
    tracking = EditSession(doc, author="ARB", tracking=True, clock=lambda: FIXED)
    tracking.delete_text(first.text, at - len("Constitution"), at)
    tracking.delete_node(res.footnotes[0])
    return doc, tracking, res, first, at


def test_deciding_the_note_leaves_deleted_text_around_its_reference_pending() -> None:
    """The reference's deletion also struck the word before it: that word stays deleted, under a fresh id."""
    doc, tracking, res, first, _ = _word_and_note_deleted()
    (struck,) = [c for c in list_changes(doc) if c.node is first]
    assert struck.text == "Constitution[footnote 1]", "one deletion: the word and the reference"
    before = to_bytes(doc)

    reject(tracking, _change(doc, "del", True))

    (rest,) = [c for c in list_changes(doc) if c.node is first]
    assert (rest.kind, rest.text, rest.author, rest.date) == ("del", "Constitution", "ARB", FIXED)
    assert rest.mark.id != struck.mark.id
    assert "1" in _refs(res, "final") and "1" in _notes(res, "final")
    assert_unique_ids(doc)
    saved_and_reopened(doc)
    tracking.undo()
    assert to_bytes(doc) == before

    accept(tracking, struck)
    assert "1" not in _refs(res, "markup") and "1" not in _notes(res, "markup"), "accepting the text deletion takes the note"
    saved_and_reopened(doc)


def test_a_selection_over_a_reference_decides_its_note_too() -> None:
    doc, session, res = _marked()
    noting_b = res.sections[1].clauses[1]
    end = len(noting_b.text.text("markup"))
    selected = changes_in(doc, Position(noting_b, "text", end - 1), Position(noting_b, "text", end))
    reject(session, selected)
    assert "3" not in _notes(res, "markup") and "3" not in _refs(res, "markup")
    assert _notes(res, "markup") == ["1", "2"]
    saved_and_reopened(doc)


def test_a_selection_ending_at_a_struck_reference_takes_it_and_its_note() -> None:
    doc, tracking, res, first, at = _word_and_note_deleted()
    before = to_bytes(doc)

    (part,) = changes_in(doc, Position(first, "text", at - len("tion")), Position(first, "text", at))
    assert (part.text, part.partial) == ("tion[footnote 1]", True)
    reject(tracking, part)

    (rest,) = [c for c in list_changes(doc) if c.node is first]
    assert (rest.kind, rest.text) == ("del", "Constitu")
    assert first.text.text("final").endswith("ITU tion;")
    assert "1" in _refs(res, "final") and _notes(res, "final") == ["1", "2"]
    assert_unique_ids(doc)
    tracking.undo()
    assert to_bytes(doc) == before
