"""A MOD proposal whose footnotes were deleted and inserted with Track Changes on (export and reader tests)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factories import FIXED_DATE, base_resolution

from editor.model import Document, Footnote, Proposal, Resolution, Span
from editor.model.session import EditSession

DELETED_NOTE = "Article 1 of the Constitution as revised in 2018."
INSERTED_NOTE = "See also Resolution 44 (Rev. Geneva, 2022)."
KEPT_NOTE = "Previously published (Malaga-Torremolinos, 1984)."


def footnoted_base() -> Document:
    """The in-force text with two footnotes: "1" in considering a), "2" after the history line."""
    return Document([Proposal("MOD", "ARB/36A2/1", footnoted_resolution())])


def footnoted_resolution() -> Resolution:
    """The resolution of `footnoted_base`, on its own (to build other documents on)."""
    res = base_resolution()
    session = EditSession(Document([Proposal(resolution=res)]), tracking=False)
    first = res.sections[0].clauses[0]
    session.set_spans(first.text, [Span(first.text.text()[:-1]), Span("", footnote="1"), Span(";")])
    session.set_spans(res.history, [*res.history.spans, Span("", footnote="2")])
    session.insert_node(res, "footnotes", 0, Footnote("1", DELETED_NOTE))
    session.insert_node(res, "footnotes", 1, Footnote("2", KEPT_NOTE))
    return res


def tracked_footnotes_document() -> tuple[Document, EditSession]:
    """Footnote 1 deleted and footnote 3 (referenced in noting b)) inserted, both recorded as block marks.

    Deleting footnote 1 strikes its reference too; the reference of footnote 3
    carries no mark of its own, so the footnote's mark is what says it is new.
    """
    doc = footnoted_base()
    session = EditSession(doc, author="ARB", tracking=True, clock=lambda: FIXED_DATE)
    res = doc.proposals[0].resolution
    assert res is not None
    session.delete_node(res.footnotes[0])
    b = res.sections[1].clauses[1]
    session.set_spans(b.text, [*b.text.spans, Span("", footnote="3")])
    session.insert_node(res, "footnotes", 2, Footnote("3", INSERTED_NOTE))
    session.undo_stack.clear()
    return doc, session
