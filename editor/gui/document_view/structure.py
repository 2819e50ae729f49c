"""The model commands behind the structural keys: Enter, Tab, Shift+Tab, Backspace at a start.

Each runs on an EditSession inside one transaction, so it is one undo step
and is recorded as block marks when Track Changes is on.  Each returns the
node (and field, offset) where the cursor goes next.  No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from editor.model.inline import Inline, Span, slice_spans, split_at
from editor.model.nodes import Clause, Footnote, Node, Resolution, Section
from editor.model.session import EditSession, locate

Place = tuple[Node, str, int]

MAX_LEVEL = 3
_LETTER = re.compile(r"^([a-z]{1,2})\)$")
_NUMBER = re.compile(r"^(\d{1,9})(\.?)$")


def next_label(label: str) -> str:
    """The label that follows `label` in a plain sequence (a) → b), 3 → 4, – → –).

    Labels such as "b)bis" or "i)" need the drafting checks' lettering
    rules; the quick fix reletters those, here the next plain one is enough.
    """
    label = label.strip()
    if m := _LETTER.match(label):
        letters = m.group(1)
        if letters[-1] != "z":
            return letters[:-1] + chr(ord(letters[-1]) + 1) + ")"
        return "a" * (len(letters) + 1) + ")"
    if m := _NUMBER.match(label):
        return str(int(m.group(1)) + 1) + m.group(2)
    if label in ("–", "-", "•", "—"):
        return label
    return ""


def first_label(section: Section) -> str:
    """The label a new first clause of `section` takes."""
    if section.clauses and not section.clauses[0].label.spans:
        return ""
    return "a)" if section.kind == "preambular" else "1"


def _fresh(spans: list[Span]) -> Inline:
    """Text carried to a new block: as it reads now, without inline marks (the block mark says it)."""
    return Inline([replace(s, mark=None) for s in spans if s.mark is None or s.mark.kind == "ins"])


def split_clause(session: EditSession, clause: Clause, offset: int) -> Place:
    """Enter inside a clause: the text after the cursor becomes the next clause."""
    length = len(clause.text.text("markup"))
    rest = _fresh(slice_spans(clause.text.spans, offset, length))
    new = Clause(next_label(clause.label.text("final")), rest)
    parent = clause.parent
    assert parent is not None
    field, index = locate(clause)
    with session.transaction("New clause"):
        if offset < length:
            session.delete_text(clause.text, offset, length)
        session.insert_node(parent, field, index + 1, new)
    return new, "text", 0


def new_first_clause(session: EditSession, section: Section) -> Place:
    """Enter on a section keyword: a new clause at the top of the section."""
    clause = Clause(first_label(section), "")
    with session.transaction("New clause"):
        session.insert_node(section, "clauses", 0, clause)
    return clause, "text", 0


def indent(session: EditSession, clause: Clause) -> Place | None:
    """Tab: the clause becomes the last sub-item of the clause before it."""
    parent = clause.parent
    if parent is None or clause.level >= MAX_LEVEL:
        return None
    field, index = locate(clause)
    if index == 0:
        return None
    previous = getattr(parent, field)[index - 1]
    if not isinstance(previous, Clause):
        return None
    with session.transaction("Indent"):
        moved = session.move_node(clause, previous, "items", len(previous.items))
    return moved, "text", 0


def outdent(session: EditSession, clause: Clause) -> Place | None:
    """Shift+Tab: the sub-item moves up a level after its parent, taking its following siblings along as its sub-items."""
    parent = clause.parent
    if not isinstance(parent, Clause) or parent.parent is None:
        return None
    _, index = locate(clause)
    followers = parent.items[index + 1:]
    grand_field, parent_index = locate(parent)
    with session.transaction("Outdent"):
        for follower in followers:
            session.move_node(follower, clause, "items", len(clause.items))
        moved = session.move_node(clause, parent.parent, grand_field, parent_index + 1)
    return moved, "text", 0


def join_with_previous(session: EditSession, clause: Clause, previous: Node | None) -> Place | None:
    """Backspace at the start of a clause: an empty clause goes; otherwise its text joins the clause before."""
    if clause.items:
        return None
    if not clause.text.text("final"):
        place: Place | None = None
        if isinstance(previous, Clause):
            place = (previous, "text", len(previous.text.text("markup")))
        with session.transaction("Delete clause"):
            session.delete_node(clause)
        return place or (clause, "text", 0)
    if not isinstance(previous, Clause) or previous.items:
        return None
    end = len(previous.text.text("markup"))
    with session.transaction("Join clauses"):
        if session.tracking:
            session.insert_text(previous.text, end, clause.text.text("final"))
        else:
            session.set_spans(previous.text, [*previous.text.spans, *clause.text.spans])
        session.delete_node(clause)
    return previous, "text", end


def next_footnote_key(resolution: Resolution) -> str:
    """One more than the highest numeric key of the resolution's footnotes."""
    numbers = [int(f.key) for f in resolution.footnotes if f.key.isdecimal() and len(f.key) <= 9]
    return str(max(numbers, default=0) + 1)


def insert_footnote(session: EditSession, inline: Inline, offset: int) -> Place | None:
    """A footnote reference at the cursor and an empty footnote for its text (Word's Insert Footnote).

    When Track Changes records here, the reference is marked as an insertion
    and the footnote is an inserted block, so rejecting them leaves neither.
    """
    owner = inline.owner
    resolution = owner.ancestor(Resolution) if owner is not None else None
    if resolution is None or owner is None:
        return None
    key = next_footnote_key(resolution)
    left, right = split_at(inline.spans, offset)
    records = getattr(session, "records_at", session._tracks)  # records_at is the public name on the revisions branch
    mark = session.new_mark("ins") if records(owner) else None
    footnote = Footnote(key, "")
    with session.transaction("Insert footnote"):
        session.set_spans(inline, [*left, Span("", mark=mark, footnote=key), *right])
        session.insert_node(resolution, "footnotes", len(resolution.footnotes), footnote)
    return footnote, "text", 0
