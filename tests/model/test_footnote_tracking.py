"""Track Changes records inserted and deleted footnotes as block marks, and the views resolve them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

from footnotedocs import DELETED_NOTE, INSERTED_NOTE, KEPT_NOTE, footnoted_base

from editor.model import Footnote, Resolution, Span, View, project
from editor.model.session import EditSession
from editor.revisions.review import list_changes
from editor.xmlio import to_bytes
from tests.factories import FIXED_DATE
from tests.revisions.checks import saved_and_reopened


def _session() -> tuple[EditSession, Resolution]:
    doc = footnoted_base()
    session = EditSession(doc, author="ARB", tracking=True, clock=lambda: FIXED_DATE)
    res = doc.proposals[0].resolution
    assert res is not None
    return session, res


def _notes(res: Resolution, view: View) -> list[str]:
    shown = project(res, view)
    return [f.text.text() for f in shown.footnotes]


def test_inserted_footnote_is_recorded_and_kept_over_save() -> None:
    session, res = _session()
    session.insert_node(res, "footnotes", 2, Footnote("3", INSERTED_NOTE))
    again = saved_and_reopened(session.document).proposals[0].resolution
    assert again is not None
    assert [(c.kind, c.author, c.date, c.text, c.is_block) for c in list_changes(session.document)] == [
        ("ins", "ARB", FIXED_DATE, INSERTED_NOTE, True),
    ]
    assert _notes(again, "final") == [DELETED_NOTE, KEPT_NOTE, INSERTED_NOTE]
    assert _notes(again, "original") == [DELETED_NOTE, KEPT_NOTE], "an inserted footnote is not in the base text"
    before = to_bytes(session.document)
    session.delete_node(res.footnotes[2])
    assert [f.key for f in res.footnotes] == ["1", "2"], "deleting an inserted footnote removes it outright"
    assert list_changes(session.document) == []
    session.undo()
    assert to_bytes(session.document) == before
    session.undo()
    assert list_changes(saved_and_reopened(session.document)) == []


def test_deleted_footnote_stays_struck_and_leaves_the_final_view() -> None:
    session, res = _session()
    session.delete_node(res.footnotes[0])
    again = saved_and_reopened(session.document).proposals[0].resolution
    assert again is not None
    assert _notes(again, "markup") == [DELETED_NOTE, KEPT_NOTE]
    assert _notes(again, "final") == [KEPT_NOTE], "no empty footnote is left behind"
    assert _notes(again, "original") == [DELETED_NOTE, KEPT_NOTE]



def _references(res: Resolution, key: str, view: View) -> int:
    shown = project(res, view)
    return sum(1 for node in shown.walk() for inline in node.inlines() for s in inline.spans if s.footnote == key)


def test_deleting_a_footnote_deletes_its_reference_as_word_does() -> None:
    session, res = _session()
    session.delete_node(res.footnotes[0])
    assert [(c.kind, c.text, c.is_block) for c in list_changes(session.document)] == [
        ("del", "[footnote 1]", False), ("del", DELETED_NOTE, True),
    ]
    again = saved_and_reopened(session.document).proposals[0].resolution
    assert again is not None
    assert (_references(again, "1", "final"), _references(again, "1", "original")) == (0, 1), \
        "the final view has no reference to a footnote it no longer has"
    session.undo()
    assert list_changes(session.document) == []


def test_deleting_an_untracked_or_inserted_footnote_removes_its_references_too() -> None:
    session, res = _session()
    session.tracking = False
    session.delete_node(res.footnotes[0])
    assert _references(res, "1", "markup") == 0
    session.tracking = True
    b = res.sections[1].clauses[1]
    session.insert_node(res, "footnotes", 1, Footnote("3", INSERTED_NOTE))
    session.set_spans(b.text, [*b.text.spans, Span("", footnote="3", mark=session.new_mark("ins"))])
    session.delete_node(res.footnotes[1])
    assert _references(res, "3", "markup") == 0, "an inserted reference goes with its inserted footnote"
    assert list_changes(session.document) == []
    saved_and_reopened(session.document)
