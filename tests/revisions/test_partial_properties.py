"""Property: deciding a random selection decides exactly the selected characters, whatever the edits were.

After random tracked edits, a random range of one inline is accepted (or
rejected); then everything else is rejected (or accepted).  The inline must
read as the original view outside the range and the final view inside it
(or the other way round), the characters outside the range keep their marks'
kind, author and date, ids stay unique, a footnote and its marked reference
are never decided apart, undo restores the bytes exactly, and the document
still saves and validates.  Half the runs first delete a footnote, so that
selections cut through struck references.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

from footnotedocs import footnoted_resolution

from editor.model import Document, Node, Resolution, View
from editor.model.inline import Inline
from editor.revisions.review import Decision, Position, accept, accept_all, changes_in, reject, reject_all
from editor.xmlio import to_bytes
from tests.factories import base_resolution
from tests.revisions.checks import assert_unique_ids, saved_and_reopened
from tests.revisions.edits import randomly_edited

Char = tuple[str, str | None, str, str]


def _chars(inline: Inline) -> list[Char]:
    """The markup text character by character, with the kind, author and date of its mark."""
    return [(ch, s.mark.kind, s.mark.author, s.mark.date) if s.mark else (ch, None, "", "") for s in inline.spans for ch in s.text]


def _shown(chars: list[Char], view: View) -> list[Char]:
    """The characters of `view`, unmarked, as they read once decided that way."""
    dropped = "del" if view == "final" else "ins"
    return [(c, None, "", "") for c, kind, *_ in chars if kind != dropped]


def _undecided_inlines(doc: Document) -> list[tuple[Node, str]]:
    """Inline fields with marks whose node and ancestors carry no block mark (a block is decided whole)."""
    out = []
    for node in doc.walk():
        chain = [node]
        while chain[-1].parent is not None:
            chain.append(chain[-1].parent)  # type: ignore[arg-type]
        if any(n.change is not None for n in chain):
            continue
        out += [(node, f) for f in node.INLINE_FIELDS if getattr(node, f).has_marks()]
    return out


def _marked_reference(inline: Inline) -> int | None:
    """The markup offset of the first footnote reference that carries a mark, None without one."""
    pos = 0
    for span in inline.spans:
        if span.footnote is not None and span.mark is not None:
            return pos
        pos += len(span.text)
    return None


def _linked(doc: Document) -> dict[tuple[str, str], tuple[bool, bool]]:
    """For each footnote key and kind of change: whether the note carries it, whether a reference does."""
    res = doc.proposals[0].resolution
    assert res is not None
    refs = {(s.footnote, s.mark.kind) for n in res.walk() for i in n.inlines() for s in i.spans if s.footnote and s.mark}
    notes = {(f.key, f.change.kind) for f in res.footnotes if f.change is not None}
    return {k: (k in notes, k in refs) for k in notes | refs}


@pytest.mark.parametrize("make_base", [base_resolution, footnoted_resolution], ids=["plain", "footnoted"])
@pytest.mark.parametrize("decision", ["accept", "reject"])
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 10))
def test_deciding_a_random_selection_decides_exactly_its_characters(
    make_base: Callable[[], Resolution], decision: Decision, data: st.DataObject, steps: int
) -> None:
    tracked, _ = randomly_edited(data, make_base, steps)
    doc = tracked.document
    res = doc.proposals[0].resolution
    assert res is not None
    standing = [f for f in res.footnotes if f.change is None]
    if standing and data.draw(st.booleans()):  # a deleted note with its struck reference, to cut through
        tracked.delete_node(data.draw(st.sampled_from(standing)))
    candidates = _undecided_inlines(doc)
    if not candidates:
        return
    with_refs = [(n, f) for n, f in candidates if _marked_reference(getattr(n, f)) is not None]
    around_reference = bool(with_refs) and data.draw(st.booleans())
    node, field = data.draw(st.sampled_from(with_refs if around_reference else candidates))
    inline: Inline = getattr(node, field)
    size = len(inline.text("markup"))
    ref = _marked_reference(inline) if around_reference else None
    a = data.draw(st.integers(0, size - 1 if ref is None else min(ref, size - 1)))
    b = data.draw(st.integers(a + 1 if ref is None else max(a + 1, ref), size))
    before, chars, steps_before = to_bytes(doc), _chars(inline), len(tracked.undo_stack)
    paired = {k for k, both in _linked(doc).items() if all(both)}
    selected = changes_in(doc, Position(node, field, a), Position(node, field, b))
    decided = "final" if decision == "accept" else "original"
    other = "original" if decision == "accept" else "final"

    (accept if decision == "accept" else reject)(tracked, selected)
    assert len(tracked.undo_stack) == steps_before + bool(selected), "one undo step, none when no change is selected"
    assert _chars(inline) == chars[:a] + _shown(chars[a:b], decided) + chars[b:]
    assert_unique_ids(doc)
    assert all(_linked(doc).get(k, (False, False)) in {(True, True), (False, False)} for k in paired), "a note and its reference are one decision"
    remaining = {m.id for _, m, _ in doc.marks()}
    assert not {c.mark.id for c in selected if c.partial} & remaining, "what is left of a change cut in two has fresh ids"
    saved_and_reopened(doc)

    (reject_all if decision == "accept" else accept_all)(tracked)
    assert inline.text("markup") == "".join(c for c, *_ in _shown(chars[:a], other) + _shown(chars[a:b], decided) + _shown(chars[b:], other))
    saved_and_reopened(doc)

    while len(tracked.undo_stack) > steps_before:
        tracked.undo()
    assert to_bytes(doc) == before
