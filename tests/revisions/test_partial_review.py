"""A selection that covers part of a change accepts or rejects that part only, as Word does."""

from __future__ import annotations

from editor.model import Document, Mark, Resolution
from editor.model.inline import Inline
from editor.model.session import EditSession
from editor.revisions.review import Position, accept, changes_in, list_changes, reject
from editor.xmlio import to_bytes
from tests.factories import mod_document
from tests.revisions.checks import FIXED, assert_unique_ids, saved_and_reopened

# The adoption line of `mod_document` in markup: "Rev. " + [-Hammamet, 2016-] (5-19) + [+Geneva, 2022+] (19-31).
DELETED = (5, 19)
INSERTED = (19, 31)


def _runs(inline: Inline) -> list[tuple[str, str | None, str, str, int | None]]:
    """The inline as (text, kind, author, date, id) runs."""
    return [
        (s.text, s.mark.kind, s.mark.author, s.mark.date, s.mark.id) if s.mark else (s.text, None, "", "", None)
        for s in inline.spans
    ]


def _document() -> tuple[Document, EditSession, Resolution]:
    doc, session = mod_document()
    res = doc.proposals[0].resolution
    assert res is not None
    return doc, session, res


def _ids(doc: Document) -> set[int]:
    return {mark.id for _, mark, _ in doc.marks()}


def test_accepting_the_middle_of_an_insertion_leaves_both_ends_pending_with_fresh_ids() -> None:
    doc, session, res = _document()
    before, old_ids = to_bytes(doc), _ids(doc)
    inserted: Mark = res.adoption.spans[2].mark  # type: ignore[assignment]
    selected = changes_in(doc, Position(res, "adoption", 21), Position(res, "adoption", 25))  # "neva"
    assert [(c.kind, c.text, c.partial) for c in selected] == [("ins", "neva", True)]

    accept(session, selected)

    runs = _runs(res.adoption)
    assert [(t, k) for t, k, *_ in runs] == [("Rev. ", None), ("Hammamet, 2016", "del"), ("Ge", "ins"), ("neva", None), (", 2022", "ins")]
    assert all((a, d) == ("ARB", FIXED) for _, k, a, d, _ in runs if k), "the rest keeps its author and date"
    left, right = runs[2][4], runs[4][4]
    assert left != right and inserted.id not in (left, right) and not {left, right} & old_ids
    assert [c.text for c in list_changes(doc) if c.node is res and c.field == "adoption"] == ["Hammamet, 2016", "Ge", ", 2022"]
    assert len(session.undo_stack) == 1
    assert_unique_ids(doc)
    saved_and_reopened(doc)
    session.undo()
    assert to_bytes(doc) == before
    session.redo()
    assert res.adoption.text("final") == "Rev. Geneva, 2022"
    saved_and_reopened(doc)


def test_rejecting_part_of_a_deletion_restores_that_part_only() -> None:
    doc, session, res = _document()
    before = to_bytes(doc)
    reject(session, changes_in(doc, Position(res, "adoption", 5), Position(res, "adoption", 13)))  # "Hammamet"

    assert res.adoption.text("original") == "Rev. Hammamet, 2016"
    assert res.adoption.text("final") == "Rev. HammametGeneva, 2022"
    assert [(t, k) for t, k, *_ in _runs(res.adoption)] == [("Rev. Hammamet", None), (", 2016", "del"), ("Geneva, 2022", "ins")]
    assert_unique_ids(doc)
    session.undo()
    assert to_bytes(doc) == before
    saved_and_reopened(doc)


def test_a_selection_across_two_changes_decides_the_covered_end_of_each() -> None:
    doc, session, res = _document()
    selected = changes_in(doc, Position(res, "adoption", 15), Position(res, "adoption", 25))  # "2016" + "Geneva"
    assert [(c.kind, c.text, c.partial) for c in selected] == [("del", "2016", True), ("ins", "Geneva", True)]
    accept(session, selected)
    assert [(t, k) for t, k, *_ in _runs(res.adoption)] == [("Rev. ", None), ("Hammamet, ", "del"), ("Geneva", None), (", 2022", "ins")]
    assert res.adoption.text("final") == "Rev. Geneva, 2022"
    assert_unique_ids(doc)
    saved_and_reopened(doc)


def test_a_selection_covering_a_whole_change_decides_it_whole_and_its_edge_is_not_a_touch() -> None:
    doc, session, res = _document()
    whole = changes_in(doc, Position(res, "adoption", 0), Position(res, "adoption", 19))
    assert [(c.kind, c.text, c.partial) for c in whole] == [("del", "Hammamet, 2016", False)], "the insertion after it is not selected"
    kept = res.adoption.spans[2].mark
    reject(session, whole)
    assert res.adoption.spans[-1].mark == kept, "the other change keeps its id"
    assert res.adoption.text("markup") == "Rev. Hammamet, 2016Geneva, 2022"
    saved_and_reopened(doc)


def test_the_cursor_still_takes_the_whole_change_it_stands_in() -> None:
    doc, session, res = _document()
    (change,) = changes_in(doc, Position(res, "adoption", 24), Position(res, "adoption", 24))
    assert (change.text, change.partial) == ("Geneva, 2022", False)
    accept(session, change)
    assert res.adoption.text("markup") == "Rev. Hammamet, 2016Geneva, 2022"
    assert [k for _, k, *_ in _runs(res.adoption)] == [None, "del", None]
    saved_and_reopened(doc)


def test_a_selection_from_one_field_into_another_cuts_the_changes_at_both_ends() -> None:
    doc, session, res = _document()
    start = res.history.text("markup").index("; Geneva") + 2  # inside the history insertion
    end = res.preamble.text("markup").index("2016")  # inside the preamble deletion
    selected = changes_in(doc, Position(res, "history", start), Position(res, "preamble", end))
    assert [(c.location.split(", ")[1], c.text, c.partial) for c in selected] == [
        ("history line", "Geneva, 2022", True),
        ("preamble", "Hammamet, ", True),
    ]
    reject(session, selected)
    assert res.history.text("markup").endswith("Hammamet, 2016; ")
    assert res.history.text("final").endswith("Hammamet, 2016; ")
    assert res.preamble.text("final") == "The World Telecommunication Standardization Assembly (Hammamet, Geneva, 2022),"
    assert_unique_ids(doc)
    saved_and_reopened(doc)
