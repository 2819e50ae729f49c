"""Track Changes records inserted and deleted footnotes as block marks, and the views resolve them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

from footnotedocs import DELETED_NOTE, INSERTED_NOTE, KEPT_NOTE, footnoted_base

from editor.model import Footnote, Resolution, View, project
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

