"""Comments in the model: anchors that follow the text, undo, the XML round trip, text and marks untouched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model.comments import Anchor, in_text_order, shift_anchor
from editor.model.nodes import Clause, Document
from editor.model.session import EditSession
from editor.xmlio.errors import DocumentError
from editor.xmlio.reader import read_bytes
from editor.xmlio.writer import to_bytes
from tests.factories import FIXED_DATE, assert_valid, mod_document


def _first_clause(doc: Document) -> Clause:
    return next(n for n in doc.walk() if isinstance(n, Clause))


def _commented() -> tuple[Document, EditSession, Clause]:
    doc, session = mod_document()
    session.author = "Arab States"
    clause = _first_clause(doc)
    return doc, session, clause


def test_a_comment_changes_neither_the_text_nor_the_marks() -> None:
    doc, session, clause = _commented()
    before = to_bytes(doc)
    marks = list(doc.marks())
    comment = session.add_comment(Anchor(clause, "text", 4, 12), "Say which purposes.")
    session.reply_to_comment(comment, "Those of Article 1.")
    session.resolve_comment(comment)
    assert list(doc.marks()) == marks
    after = to_bytes(doc)
    assert after.split(b"<comments>")[0].rstrip() == before.split(b"</contribution>")[0].rstrip()


def test_comments_round_trip_byte_for_byte_with_replies_and_resolved() -> None:
    doc, session, clause = _commented()
    first = session.add_comment(Anchor(clause, "text", 4, 12), "Say which purposes.\nAnd cite them.")
    session.reply_to_comment(first, "Those of Article 1.")
    second = session.add_comment(Anchor(doc), "General remark")
    session.resolve_comment(second)
    assert clause.parent is not None
    session.add_comment(Anchor(clause.parent), "On the whole section")
    reread = assert_valid(doc)
    assert [(c.id, c.author, c.initials, c.text, c.resolved, c.quoted()) for c in in_text_order(reread)] == [
        (c.id, c.author, c.initials, c.text, c.resolved, c.quoted()) for c in in_text_order(doc)
    ]
    got = next(c for c in reread.comments if c.id == first.id)
    assert got.replies[0].text == "Those of Article 1." and got.replies[0].author == "Arab States"
    assert got.quoted() == clause.text.text("markup")[4:12]


def test_undo_and_redo_cover_every_comment_verb() -> None:
    doc, session, clause = _commented()
    comment = session.add_comment(Anchor(clause, "text", 0, 3), "First")
    session.reply_to_comment(comment, "Reply")
    session.resolve_comment(comment)
    session.edit_comment(comment, "First, edited")
    assert session.undo_label() == "Edit comment"
    session.undo()
    assert comment.text == "First"
    session.undo()
    assert not comment.resolved
    session.undo()
    assert comment.replies == ()
    session.undo()
    assert doc.comments == []
    session.redo()
    assert doc.comments == [comment]
    session.delete_comment(comment)
    assert doc.comments == []
    session.undo()
    assert doc.comments == [comment]


def test_deleting_the_commented_block_takes_the_comment_and_undo_brings_both_back() -> None:
    doc, session, clause = _commented()
    session.tracking = False
    comment = session.add_comment(Anchor(clause, "text", 0, 3), "On a clause that goes")
    session.delete_node(clause)
    assert doc.comments == []
    assert_valid(doc)
    session.undo()
    assert doc.comments == [comment] and comment.anchor.node is clause


@pytest.mark.parametrize(("edit", "expected"), [
    (("insert", 0, "New "), "purposes"),  # before: the anchor moves with its words
    (("insert", 30, " more"), "purposes"),  # after: nothing moves
    (("delete", 0, 4), "purposes"),
    (("insert", 8, "X"), "purpXoses"),  # inside: the anchor grows
    (("insert", 4, "Y"), "purposes"),  # at its start: typed text stays outside
    (("insert", 12, "Z"), "purposes"),  # at its end: typed text stays outside
])
@pytest.mark.parametrize("tracking", [False, True])
def test_anchors_follow_their_text_through_edits_around_them(edit: tuple[str, int, object], expected: str, tracking: bool) -> None:
    doc, session, clause = _commented()
    session.tracking = tracking
    session.set_text(clause.text, "the purposes of the Union set out in Article 1")
    session.undo_stack.clear()
    comment = session.add_comment(Anchor(clause, "text", 4, 12), "purposes?")
    kind, at, arg = edit
    if kind == "insert":
        session.insert_text(clause.text, at, str(arg))
    else:
        session.delete_text(clause.text, at, int(str(arg)))
    quoted = comment.quoted()
    if tracking and kind == "delete":
        assert quoted == "purposes"  # struck text stays in markup, so the anchor does not move
    else:
        assert quoted == expected
    assert_valid(doc)


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.text(alphabet="ab ", max_size=8),
    suffix=st.text(alphabet="ab ", max_size=8),
    cut=st.integers(0, 40),
    inserted=st.text(alphabet="abc", max_size=5),
    removed=st.integers(0, 6),
)
def test_an_edit_outside_the_anchor_leaves_its_text_as_it_was(prefix: str, suffix: str, cut: int, inserted: str, removed: int) -> None:
    """Whatever is typed or deleted before or after the anchored text, the anchor still covers exactly that text."""
    core = "XYZW"
    old = prefix + core + suffix
    anchor = Anchor(Clause(text=old), "text", len(prefix), len(prefix) + len(core))
    if cut <= len(prefix):
        at, end = cut, min(len(prefix), cut + removed)
    else:
        at = len(prefix) + len(core) + (cut - len(prefix)) % (len(suffix) + 1)
        end = min(len(old), at + removed)
    new = old[:at] + inserted + old[end:]
    moved = shift_anchor(anchor, old, new)
    assert new[moved.start:moved.end] == core


def test_an_anchor_leading_nowhere_is_refused_naming_the_comment() -> None:
    doc, session, clause = _commented()
    session.add_comment(Anchor(clause, "text", 0, 3), "x")
    data = to_bytes(doc).replace(b'anchor="proposals[0]/resolutions[0]/sections[0]/clauses[0]"', b'anchor="proposals[7]"')
    with pytest.raises(DocumentError, match="comment 1 anchored to proposals"):
        read_bytes(data, "bad.xml")
    data = to_bytes(doc).replace(b'end="3"', b'end="9999"')
    with pytest.raises(DocumentError, match="characters 0 to 9999"):
        read_bytes(data, "bad.xml")


def test_comment_dates_come_from_the_session_clock() -> None:
    _doc, session, clause = _commented()
    comment = session.add_comment(Anchor(clause), "x")
    assert comment.date == FIXED_DATE and comment.initials == "AS"
