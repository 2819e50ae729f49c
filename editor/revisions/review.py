"""Reviewing revision marks: list them, move between them, accept or reject them.

A change is one Mark: an inline insertion or deletion (possibly in several
pieces, when later typing split it) or a whole inserted or deleted block.
Accepting keeps what the final view shows, rejecting what the original view
shows.  Every accept or reject runs as one session transaction, so it is
one undo step, and joins an enclosing transaction when there is one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from editor.model.inline import Inline, Span, normalize
from editor.model.marks import Mark, MarkKind, View
from editor.model.nodes import Clause, Document, Node, Proposal, Section
from editor.model.operations import RemoveNode, SetAttr, SetSpans
from editor.model.session import EditSession, locate
from editor.revisions.location import location

Decision = Literal["accept", "reject"]
_AFTER_ALL = 1 << 62


@dataclass(frozen=True)
class Position:
    """A place in the document: a node, one of its inline fields (None: the block) and a markup offset."""

    node: Node
    field: str | None = None
    offset: int = 0


@dataclass(frozen=True)
class Change:
    """One entry of the Changes panel.

    `start`/`end` are the markup offsets of the mark's first piece in
    `inline` (0, 0 for a block mark); `text` is what was inserted or deleted.
    """

    mark: Mark
    node: Node
    field: str | None
    start: int
    end: int
    location: str
    text: str

    @property
    def kind(self) -> MarkKind:
        return self.mark.kind

    @property
    def author(self) -> str:
        return self.mark.author

    @property
    def date(self) -> str:
        return self.mark.date

    @property
    def is_block(self) -> bool:
        return self.field is None

    @property
    def position(self) -> Position:
        """Where the view puts the cursor to show this change."""
        return Position(self.node, self.field, self.start)


def _block_text(node: Node, kind: MarkKind) -> str:
    view: View = "final" if kind == "ins" else "original"
    if isinstance(node, Clause):
        return " ".join(p for p in (node.label.text(view), node.text.text(view)) if p)
    if isinstance(node, Section):
        return node.keyword.text(view)
    if isinstance(node, Proposal):
        return node.heading()
    return " ".join(i.text(view) for i in node.inlines() if i.text(view))


def _inline_changes(node: Node, field: str, inline: Inline) -> list[Change]:
    pieces: dict[Mark, list[int]] = {}
    texts: dict[Mark, list[str]] = {}
    pos = 0
    for span in inline.spans:
        end = pos + len(span.text)
        if span.mark is not None:
            if span.mark not in pieces:
                pieces[span.mark] = [pos, end]
                texts[span.mark] = []
            elif pieces[span.mark][1] == pos:
                pieces[span.mark][1] = end
            texts[span.mark].append(span.text if span.footnote is None else f"[footnote {span.footnote}]")
        pos = end
    where = location(node, field)
    return [Change(m, node, field, s, e, where, "".join(texts[m])) for m, (s, e) in pieces.items()]


def list_changes(document: Document) -> list[Change]:
    """Every change in document order."""
    out: list[Change] = []
    for node in document.walk():
        if node.change is not None:
            out.append(Change(node.change, node, None, 0, 0, location(node), _block_text(node, node.change.kind)))
        for name in node.INLINE_FIELDS:
            inline: Inline = getattr(node, name)
            if inline.has_marks():
                out.extend(_inline_changes(node, name, inline))
    return out


# -- order and navigation ------------------------------------------------------------------

Key = tuple[int, int, int]


class _Order:
    """Document-order keys for positions: (node index, field index or -1, offset)."""

    def __init__(self, document: Document) -> None:
        self.index: dict[int, int] = {}
        self.last: dict[int, int] = {}
        self._number(document, 0)

    def _number(self, node: Node, n: int) -> int:
        self.index[node.uid] = n
        n += 1
        for child in node.children():
            n = self._number(child, n)
        self.last[node.uid] = n - 1
        return n

    def key(self, node: Node, field: str | None, offset: int) -> Key:
        fields = node.INLINE_FIELDS
        return (self.index.get(node.uid, -1), fields.index(field) if field in fields else -1, offset)

    def span(self, change: Change) -> tuple[Key, Key]:
        """First and last key a change covers (a block covers its whole subtree)."""
        if change.is_block:
            return self.key(change.node, None, 0), (self.last.get(change.node.uid, -1), _AFTER_ALL, _AFTER_ALL)
        return self.key(change.node, change.field, change.start), self.key(change.node, change.field, change.end)


def next_change(document: Document, position: Position) -> Change | None:
    """The first change starting after `position`, None at the end."""
    order = _Order(document)
    here = order.key(position.node, position.field, position.offset)
    return next((c for c in list_changes(document) if order.span(c)[0] > here), None)


def previous_change(document: Document, position: Position) -> Change | None:
    """The last change starting before `position`, None at the beginning."""
    order = _Order(document)
    here = order.key(position.node, position.field, position.offset)
    before = [c for c in list_changes(document) if order.span(c)[0] < here]
    return before[-1] if before else None


def changes_in(document: Document, start: Position, end: Position) -> list[Change]:
    """The changes a selection touches (a collapsed selection: the change at the cursor).

    A change touched anywhere counts as a whole, as in the Changes panel.
    """
    order = _Order(document)
    lo = order.key(start.node, start.field, start.offset)
    hi = order.key(end.node, end.field, end.offset)
    if hi < lo:
        lo, hi = hi, lo
    out = []
    for change in list_changes(document):
        first, last = order.span(change)
        if first <= hi and last >= lo:
            out.append(change)
    return out


# -- accept and reject ---------------------------------------------------------------------


def _kept(mark: Mark, decision: Decision) -> bool:
    """Whether content carrying `mark` stays: accepted insertions and rejected deletions."""
    return (mark.kind == "ins") == (decision == "accept")


def _resolve_spans(spans: list[Span], marks: set[Mark] | None, decision: Decision) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if span.mark is None or (marks is not None and span.mark not in marks):
            out.append(span)
        elif _kept(span.mark, decision):
            out.append(replace(span, mark=None))
    return normalize(out)


def _resolve(session: EditSession, marks: set[Mark] | None, decision: Decision, label: str) -> None:
    removals: list[Node] = []
    with session.transaction(label):

        def visit(node: Node) -> None:
            mark = node.change
            if mark is not None and (marks is None or mark in marks):
                if not _kept(mark, decision):
                    removals.append(node)
                    return
                session.run(SetAttr(node, "change", None))
            for inline in node.inlines():
                if inline.has_marks():
                    spans = _resolve_spans(inline.spans, marks, decision)
                    if spans != inline.spans:
                        session.run(SetSpans(inline, spans))
            for child in list(node.children()):
                visit(child)

        visit(session.document)
        for node in reversed(removals):
            assert node.parent is not None
            field, index = locate(node)
            session.run(RemoveNode(node.parent, field, index))


Changes = Change | Mark | Iterable[Change | Mark]


def _marks_of(changes: Changes) -> set[Mark]:
    if isinstance(changes, Change | Mark):
        changes = [changes]
    return {c.mark if isinstance(c, Change) else c for c in changes}


def accept(session: EditSession, changes: Changes) -> None:
    """Accept one change or several (one undo step): insertions become plain text, deletions go."""
    _resolve(session, _marks_of(changes), "accept", "Accept change")


def reject(session: EditSession, changes: Changes) -> None:
    """Reject one change or several (one undo step): insertions go, deletions come back as plain text."""
    _resolve(session, _marks_of(changes), "reject", "Reject change")


def accept_all(session: EditSession) -> None:
    """Accept every change: the document becomes exactly its final view."""
    _resolve(session, None, "accept", "Accept all changes")


def reject_all(session: EditSession) -> None:
    """Reject every change: the document becomes exactly its original view."""
    _resolve(session, None, "reject", "Reject all changes")


def change_summary(change: Change) -> str:
    """One line for a list or a tooltip: "Inserted "Geneva, 2022" (ARB, 2022-02-01) – MOD ARB/36A2/1, number line"."""
    verb = "Inserted" if change.kind == "ins" else "Deleted"
    text = change.text if len(change.text) <= 60 else change.text[:57] + "…"
    return f"{verb} \u201c{text}\u201d ({change.author or 'unknown author'}, {change.date[:10]}) – {change.location}"


__all__ = [
    "Change", "Position", "accept", "accept_all", "change_summary", "changes_in", "list_changes",
    "next_change", "previous_change", "reject", "reject_all",
]
