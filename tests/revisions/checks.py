"""Assertions the revision tests share: validity, round trip, views of a resolution."""

from __future__ import annotations

from collections import defaultdict

from editor.model import Document, Mark, Proposal, View, project
from editor.model.inline import Inline
from editor.model.marks import visible
from editor.revisions.review import list_changes
from editor.xmlio import read_bytes, to_bytes

FIXED = "2022-02-01T10:00:00Z"


def saved_and_reopened(doc: Document) -> Document:
    """Serialise (which validates against the schema) and read back; bytes must be stable."""
    data = to_bytes(doc)
    again = read_bytes(data)
    assert to_bytes(again) == data
    return again


def mark_table(doc: Document) -> list[tuple[str, str, str, int, str, str]]:
    return [(c.kind, c.author, c.date, c.mark.id, c.text, c.location) for c in list_changes(doc)]


def assert_unique_ids(doc: Document) -> None:
    """One id, one change, one place: a block, or one unbroken run of one inline."""
    by_id: dict[int, set[Mark]] = defaultdict(set)
    places: dict[int, int] = defaultdict(int)
    for node, mark, inline in doc.marks():
        by_id[mark.id].add(mark)
        places[mark.id] += 1
        if inline is not None:
            runs = [k for k, s in enumerate(inline.spans) if s.mark == mark]
            assert runs == list(range(runs[0], runs[-1] + 1)), f"mark {mark.id} is cut in pieces in {node!r}"
    assert all(len(marks) == 1 for marks in by_id.values()), dict(by_id)
    assert all(n == 1 for n in places.values()), dict(places)


def resolution_bytes(doc: Document, view: View, index: int = 0) -> bytes:
    """One resolution of `doc` in `view`, written as a standalone resolution file."""
    res = project(doc, view).proposals[index].resolution
    assert res is not None
    return to_bytes(Document([Proposal(resolution=res)]))


def markup_offset(inline: Inline, final_offset: int) -> int:
    """The markup offset just after the `final_offset`-th character of the final view."""
    if final_offset == 0:
        return 0
    pos = seen = 0
    for span in inline.spans:
        if visible(span.mark, "final"):
            if seen + len(span.text) >= final_offset:
                return pos + final_offset - seen
            seen += len(span.text)
        pos += len(span.text)
    return pos
