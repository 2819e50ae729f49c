"""Reviewing revision marks: list them, move between them, accept or reject them.

A change is one Mark: an inline insertion or deletion (possibly in several
pieces, when later typing split it) or a whole inserted or deleted block.
Accepting keeps what the final view shows, rejecting what the original view
shows.  Every accept or reject runs as one session transaction, so it is
one undo step, and joins an enclosing transaction when there is one.

As in Word, a selection decides only the part of a change it covers (the
rest stays pending under fresh ids), and a footnote's own mark and the marks
on its references are one decision: deciding either decides both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Literal

from editor.model.body import Figure, Row, Table
from editor.model.inline import Inline, Span, normalize, split_at
from editor.model.marks import Mark, MarkKind, View
from editor.model.nodes import Clause, Document, Node, Proposal, Resolution, Section
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
    `partial` says the entry stands for the selected part [start, end) of
    the change only (from `changes_in`): accepting or rejecting it leaves the
    rest of the change pending, as Word does.
    """

    mark: Mark
    node: Node
    field: str | None
    start: int
    end: int
    location: str
    text: str
    partial: bool = False

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
    if isinstance(node, Row | Table | Figure):  # a row reads as its cells, a table as its title, a figure as its title
        own = " ".join(i.text(view) for i in node.inlines() if i.text(view))
        return own or " ".join(i.text(view) for n in node.walk() for i in n.inlines() if i.text(view)) or type(node).__name__.lower()
    return " ".join(i.text(view) for i in node.inlines() if i.text(view))


def _span_text(span: Span) -> str:
    """How a change's text reads in the list: a footnote reference as "[footnote 1]"."""
    return span.text if span.footnote is None else f"[footnote {span.footnote}]"


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
            texts[span.mark].append(_span_text(span))
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
    """The changes a selection covers, cut to the selection as Word does.

    A collapsed selection (the cursor) takes the change it stands in or
    touches as a whole.  A real selection takes the part of each inline
    change it covers: a change covered only in part comes back `partial`,
    with `start`/`end`/`text` of the covered part, so that accepting or
    rejecting it decides that part only.  Block changes count as a whole.
    """
    order = _Order(document)
    lo = order.key(start.node, start.field, start.offset)
    hi = order.key(end.node, end.field, end.offset)
    if hi < lo:
        lo, hi = hi, lo
    out = []
    for change in list_changes(document):
        first, last = order.span(change)
        if first > hi or last < lo:
            continue
        if lo == hi or change.is_block:
            out.append(change)
            continue
        a = lo[2] if lo > first else change.start
        b = hi[2] if hi < last else change.end
        if a == b and change.start != change.end:
            continue  # the selection only touches its edge
        out.append(change if (a, b) == (change.start, change.end) else _part(change, a, b))
    return out


def _part(change: Change, start: int, end: int) -> Change:
    """The entry for the part [start, end) of an inline change."""
    inline: Inline = getattr(change.node, change.field or "")
    part = _Scope(set(), {id(inline): [(change.mark, start, end)]}, set())
    text = "".join(_span_text(s) for s, decided in _pieces(inline, part) if decided)
    return replace(change, start=start, end=end, text=text, partial=True)


# -- accept and reject ---------------------------------------------------------------------


def _kept(mark: Mark, decision: Decision) -> bool:
    """Whether content carrying `mark` stays: accepted insertions and rejected deletions."""
    return (mark.kind == "ins") == (decision == "accept")


Part = tuple[Mark, int, int]
NoteKey = tuple[int, str, MarkKind]


@dataclass
class _Scope:
    """What one accept or reject decides.

    `marks` are changes decided as a whole (None: every change); `parts`
    the selected pieces of changes, by inline, as markup ranges; `notes`
    the footnotes (resolution uid, key, kind) whose mark and references go
    together, as one decision, the way Word treats a note and its reference.
    """

    marks: set[Mark] | None
    parts: dict[int, list[Part]]
    notes: set[NoteKey]

    def decides(self, inline: Inline, span: Span, pos: int) -> bool:
        mark = span.mark
        if mark is None:
            return False
        if self.marks is None or mark in self.marks:
            return True
        if span.footnote is not None and self._note_key(inline, span.footnote, mark.kind) in self.notes:
            return True
        end = pos + len(span.text)  # a footnote reference (zero width) counts at either edge of a range
        return any(m == mark and a <= pos and end <= b for m, a, b in self.parts.get(id(inline), ()))

    @staticmethod
    def _note_key(inline: Inline, key: str, kind: MarkKind) -> NoteKey:
        res = inline.owner.ancestor(Resolution) if inline.owner is not None else None
        return (res.uid if res is not None else -1, key, kind)


def _pieces(inline: Inline, scope: _Scope) -> list[tuple[Span, bool]]:
    """The inline's spans cut at the selected ranges, each with whether this decision resolves it."""
    cuts = sorted({x for _, a, b in scope.parts.get(id(inline), ()) for x in (a, b)})
    spans = inline.spans
    for offset in reversed(cuts):
        left, right = split_at(spans, offset)
        spans = left + right
    out: list[tuple[Span, bool]] = []
    pos = 0
    for span in spans:
        out.append((span, scope.decides(inline, span, pos)))
        pos += len(span.text)
    return out


def _resolve_inline(inline: Inline, scope: _Scope, decision: Decision, fresh: Callable[[], int]) -> list[Span]:
    """The spans after the decision: decided pieces kept plain or dropped.

    What is left of a change decided only in part stays pending with its
    author and date, each remaining run under a fresh id (one id, one run).
    """
    pieces = _pieces(inline, scope)
    split = {s.mark for s, decided in pieces if decided} & {s.mark for s, decided in pieces if not decided}
    out: list[Span] = []
    run: Mark | None = None
    renamed: Mark | None = None
    for span, decided in pieces:
        mark = span.mark
        if mark is not None and mark in split and not decided:
            if run != mark or renamed is None:
                renamed = replace(mark, id=fresh())
            out.append(replace(span, mark=renamed))
            run = mark
            continue
        run = None
        if not decided:
            out.append(span)
        elif mark is not None and _kept(mark, decision):
            out.append(replace(span, mark=None))
    return normalize(out)


def _linked_notes(document: Document, scope: _Scope) -> set[NoteKey]:
    """Footnotes this decision touches, through their own block mark or a marked reference to them."""
    notes: set[NoteKey] = set()
    for res in document.resolutions():
        for note in res.footnotes:
            if note.change is not None and scope.marks is not None and note.change in scope.marks:
                notes.add((res.uid, note.key, note.change.kind))
        for node in res.walk():
            for inline in node.inlines():
                if not any(s.footnote is not None and s.mark is not None for s in inline.spans):
                    continue
                for span, decided in _pieces(inline, scope):
                    if decided and span.footnote is not None and span.mark is not None:
                        notes.add((res.uid, span.footnote, span.mark.kind))
    return notes


def _note_marks(document: Document, notes: set[NoteKey]) -> set[Mark]:
    """The block marks of the linked footnotes (same key, same kind of change)."""
    out: set[Mark] = set()
    for res in document.resolutions():
        for note in res.footnotes:
            if note.change is not None and (res.uid, note.key, note.change.kind) in notes:
                out.add(note.change)
    return out


def _resolve(session: EditSession, scope: _Scope, decision: Decision, label: str) -> None:
    if scope.marks is not None:
        scope.notes = _linked_notes(session.document, scope)
        scope.marks |= _note_marks(session.document, scope.notes)
    removals: list[Node] = []
    with session.transaction(label):

        def visit(node: Node) -> None:
            mark = node.change
            if mark is not None and (scope.marks is None or mark in scope.marks):
                if not _kept(mark, decision):
                    removals.append(node)
                    return
                session.run(SetAttr(node, "change", None))
            for inline in node.inlines():
                if inline.has_marks():
                    spans = _resolve_inline(inline, scope, decision, session.fresh_id)
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


def _scope_of(changes: Changes) -> _Scope:
    """Whole changes by mark; the parts a selection cut (`partial`) by inline and range."""
    if isinstance(changes, Change | Mark):
        changes = [changes]
    marks: set[Mark] = set()
    parts: dict[int, list[Part]] = {}
    for c in changes:
        if isinstance(c, Change) and c.partial:
            inline: Inline = getattr(c.node, c.field or "")
            parts.setdefault(id(inline), []).append((c.mark, c.start, c.end))
        else:
            marks.add(c.mark if isinstance(c, Change) else c)
    return _Scope(marks, parts, set())


def accept(session: EditSession, changes: Changes) -> None:
    """Accept one change or several (one undo step): insertions become plain text, deletions go."""
    _resolve(session, _scope_of(changes), "accept", "Accept change")


def reject(session: EditSession, changes: Changes) -> None:
    """Reject one change or several (one undo step): insertions go, deletions come back as plain text."""
    _resolve(session, _scope_of(changes), "reject", "Reject change")


def accept_all(session: EditSession) -> None:
    """Accept every change: the document becomes exactly its final view."""
    _resolve(session, _Scope(None, {}, set()), "accept", "Accept all changes")


def reject_all(session: EditSession) -> None:
    """Reject every change: the document becomes exactly its original view."""
    _resolve(session, _Scope(None, {}, set()), "reject", "Reject all changes")


def change_summary(change: Change) -> str:
    """One line for a list or a tooltip: "Inserted "Geneva, 2022" (ARB, 2022-02-01) – MOD ARB/36A2/1, number line"."""
    verb = "Inserted" if change.kind == "ins" else "Deleted"
    text = change.text if len(change.text) <= 60 else change.text[:57] + "…"
    return f"{verb} \u201c{text}\u201d ({change.author or 'unknown author'}, {change.date[:10]}) – {change.location}"


__all__ = [
    "Change", "Position", "accept", "accept_all", "change_summary", "changes_in", "list_changes",
    "next_change", "previous_change", "reject", "reject_all",
]
