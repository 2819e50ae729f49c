"""Compare and review treat a footnote on one side only as a whole inserted or deleted block."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

from footnotedocs import DELETED_NOTE, INSERTED_NOTE, KEPT_NOTE, footnoted_base, tracked_footnotes_document

from editor.model import Document, View, project
from editor.model.session import EditSession
from editor.revisions.compare import compare
from editor.revisions.review import accept, accept_all, list_changes, reject_all
from editor.xmlio import read_bytes, to_bytes
from tests.revisions.checks import FIXED, assert_unique_ids, resolution_bytes, saved_and_reopened


def _notes(doc: Document, view: View) -> list[str]:
    res = project(doc, view).proposals[0].resolution
    assert res is not None
    return [f.text.text() for f in res.footnotes]


def _final_text_of_tracked() -> Document:
    """What the drafter meant: the tracked document with every change accepted."""
    doc, session = tracked_footnotes_document()
    accept_all(session)
    return doc


def test_one_sided_footnotes_compare_as_block_marks() -> None:
    old, new = footnoted_base(), _final_text_of_tracked()
    marked = compare(old, new, "ARB", FIXED)
    assert resolution_bytes(marked, "original") == resolution_bytes(old, "final")
    assert resolution_bytes(marked, "final") == resolution_bytes(new, "final")
    blocks = [(c.kind, c.text, c.location) for c in list_changes(marked) if c.is_block]
    assert blocks == [("del", DELETED_NOTE, "MOD ARB/36A2/1, footnote 1"), ("ins", INSERTED_NOTE, "MOD ARB/36A2/1, footnote 3")]
    assert _notes(marked, "final") == [KEPT_NOTE, INSERTED_NOTE], "no empty footnote in the final view"
    assert _notes(marked, "original") == [DELETED_NOTE, KEPT_NOTE]
    assert_unique_ids(marked)
    saved_and_reopened(marked)


def test_accept_and_reject_all_after_reopening_give_both_texts() -> None:
    doc, _ = tracked_footnotes_document()
    data = to_bytes(doc)
    accepted = read_bytes(data)
    accept_all(EditSession(accepted))
    assert _notes(accepted, "markup") == [KEPT_NOTE, INSERTED_NOTE]
    rejected = read_bytes(data)
    reject_all(EditSession(rejected))
    assert _notes(rejected, "markup") == [DELETED_NOTE, KEPT_NOTE]
    assert list_changes(accepted) == list_changes(rejected) == []
    saved_and_reopened(accepted)
    saved_and_reopened(rejected)


def test_accepting_a_deleted_footnote_takes_its_reference_and_leaves_the_other_note_marked() -> None:
    doc = read_bytes(to_bytes(tracked_footnotes_document()[0]))
    session = EditSession(doc)
    deleted = next(c for c in list_changes(doc) if c.kind == "del" and c.is_block)
    assert deleted.location == "MOD ARB/36A2/1, footnote 1"
    accept(session, deleted)
    assert [(c.kind, c.text) for c in list_changes(doc)] == [("ins", INSERTED_NOTE)], "the struck reference went with its note"
    assert _notes(doc, "markup") == [KEPT_NOTE, INSERTED_NOTE]
    saved_and_reopened(doc)
