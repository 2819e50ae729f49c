"""An editing session over one document: the verbs every edit goes through, and the one edit history.

The GUI, quick fixes, paste, the command line and the tests all call these
verbs; each runs inside a transaction that applies primitive operations,
records revision marks when Track Changes is on, keeps the inverses for
undo, and announces one change notice to the listeners (checks, views).
The session's undo and redo stacks are the document's only history: the
window's Undo and Redo commands, their labels and the "modified" state all
read it (`can_undo`, `undo_label`, `is_clean` …).  Text entering through a
verb is passed through editor.model.text.xml_safe, so the document can
always be saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from editor.model.comments import Anchor, Comment, Reply, SetComment, SetComments, anchored_in, initials_of, shift_anchor
from editor.model.inline import Inline, Span, markup_offset, normalize, split_at
from editor.model.marks import Mark, MarkKind, now_iso
from editor.model.nodes import Document, Footnote, Node, Resolution, attached
from editor.model.operations import (
    ChangeNotice,
    InsertNode,
    Operation,
    RemoveNode,
    SetAttr,
    SetSpans,
    Step,
)
from editor.model.text import has_unsafe, xml_safe
from editor.model.text_change import changed_range
from editor.model.tracking import default_tracking, inside_insertion, renumber_marks, tracking_allowed
from editor.model.views import clone, project

Listener = Callable[[ChangeNotice], None]


class EditSession:
    """Owns a document's edits: transactions, undo/redo, tracking, listeners."""

    def __init__(self, document: Document, author: str = "", tracking: bool | None = False, clock: Callable[[], str] = now_iso) -> None:
        """`tracking=None` takes the document's default (on when it holds a MOD proposal), as the window does."""
        self.document = document
        self._author = xml_safe(author)
        self.tracking = default_tracking(document) if tracking is None else tracking
        self.clock = clock
        self.undo_stack: list[Step] = []
        self.redo_stack: list[Step] = []
        self._listeners: list[Listener] = []
        self._open: list[Operation] | None = None
        self._notice: ChangeNotice | None = None
        self._label = ""
        self._merge_key: object = None
        self._next_mark = document.next_mark_id()
        self._serials = 0
        self._clean_serial: int | None = 0

    @property
    def author(self) -> str:
        """The name revision marks carry (whatever is given, only what a document can hold)."""
        return self._author

    @author.setter
    def author(self, name: str) -> None:
        self._author = xml_safe(name)

    # -- listeners and transactions -------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _announce(self, notice: ChangeNotice) -> None:
        for listener in list(self._listeners):
            listener(notice)

    @contextmanager
    def transaction(self, label: str = "", merge_key: object = None) -> Iterator[None]:
        """Group the operations inside into one undo step and one notice.

        Nested transactions join the outer one.  If the body raises, what it
        applied is rolled back and nothing is announced.  Steps with equal,
        non-None `merge_key` that follow each other merge (typing in one clause).
        """
        if self._open is not None:
            yield
            return
        self._open, self._notice, self._label = [], ChangeNotice(), label
        try:
            yield
            if self._notice.structural and self.document.comments:
                self._drop_orphaned_comments()
        except BaseException:
            for op in reversed(self._open):
                op.apply()
            raise
        finally:
            inverses, notice = self._open, self._notice
            self._open = self._notice = None
        if not inverses:
            return
        top = self.undo_stack[-1] if self.undo_stack else None
        if merge_key is not None and top is not None and self._merge_key == merge_key and not self.redo_stack:
            top.operations.extend(inverses)
            top.serial = self._next_serial()  # the document differs from the state the step had reached
            for obj in notice.nodes:
                if not any(obj is n for n in top.notice.nodes):
                    top.notice.nodes.append(obj)
        else:
            self.undo_stack.append(Step(inverses, notice, label, self._next_serial()))
        self._merge_key = merge_key
        if self.redo_stack and self._clean_serial in {step.serial for step in self.redo_stack}:
            self._clean_serial = None  # the saved state was undone and is now out of reach
        self.redo_stack.clear()
        self._announce(notice)

    def _drop_orphaned_comments(self) -> None:
        """A comment goes with the block it was left on when that block leaves the document, as in Word
        (in the same step, so undo brings both back); a block moved elsewhere keeps its comments."""
        gone = [c for c in self.document.comments if not attached(c.anchor.node, self.document)]
        if gone:
            self.run(SetComments(self.document, [c for c in self.document.comments if c not in gone], tuple(gone)))

    def _next_serial(self) -> int:
        self._serials += 1
        return self._serials

    def break_merge(self) -> None:
        """End typing merge (cursor moved, another command ran)."""
        self._merge_key = None

    def run(self, op: Operation) -> None:
        """Apply one primitive operation inside the open transaction."""
        if self._open is None:
            with self.transaction():
                self.run(op)
            return
        assert self._notice is not None
        covering = anchored_in(self.document.comments, op.inline) if isinstance(op, SetSpans) and self.document.comments else []
        old = op.inline.text("markup") if covering and isinstance(op, SetSpans) else ""
        self._open.append(op.apply())
        self._notice.add(op)
        if covering and isinstance(op, SetSpans):
            new = op.inline.text("markup")
            for comment in covering:  # the comment stays over the text it was left on
                self._open.append(SetComment(comment, "anchor", shift_anchor(comment.anchor, old, new)).apply())

    def undo(self) -> ChangeNotice | None:
        """Take the last step back; its notice (marked `replayed`), None when there is nothing to undo."""
        if not self.undo_stack:
            return None
        redo = self.undo_stack.pop().apply()
        self.redo_stack.append(redo)
        self._merge_key = None
        self._announce(redo.notice)
        return redo.notice

    def redo(self) -> ChangeNotice | None:
        """Do the last undone step again; its notice, None when there is nothing to redo."""
        if not self.redo_stack:
            return None
        undo = self.redo_stack.pop().apply()
        self.undo_stack.append(undo)
        self._merge_key = None
        self._announce(undo.notice)
        return undo.notice

    # -- the history as the window shows it ----------------------------------------------------

    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    def can_redo(self) -> bool:
        return bool(self.redo_stack)

    def undo_label(self) -> str:
        """The name of the step Undo would take back ("Typing", "New clause" …), "" when none."""
        return self.undo_stack[-1].label if self.undo_stack else ""

    def redo_label(self) -> str:
        return self.redo_stack[-1].label if self.redo_stack else ""

    def _state(self) -> int:
        return self.undo_stack[-1].serial if self.undo_stack else 0

    def mark_clean(self) -> None:
        """The document as it now stands is the saved one (called after a save)."""
        self._merge_key = None  # typing after a save is a new step, so undoing it comes back to "as saved"
        self._clean_serial = self._state()

    def is_clean(self) -> bool:
        """Whether the document is as it was when last marked clean (undo and redo included)."""
        return self._clean_serial == self._state()

    # -- revision marks ---------------------------------------------------------------

    def fresh_id(self) -> int:
        mark_id = self._next_mark
        self._next_mark += 1
        return mark_id

    def new_mark(self, kind: MarkKind) -> Mark:
        return Mark(kind, self.author, self.clock(), self.fresh_id())

    def records_at(self, node: Node | None) -> bool:
        """Whether an edit at `node` is recorded as a mark now (for the status bar)."""
        return self._tracks(node)

    def _tracks(self, node: Node | None) -> bool:
        """Whether an edit inside `node` must be recorded as a mark.

        Inside a block that is itself a tracked insertion the block mark
        already says everything, so its content is edited directly; inside
        an ADD proposal or outside a resolution nothing is tracked.
        """
        return self.tracking and tracking_allowed(node) and not inside_insertion(node)

    def _reusable(self, span: Span | None, kind: MarkKind) -> Mark | None:
        """The neighbour's mark when this edit extends the same author's change."""
        if span is not None and span.mark is not None and span.mark.kind == kind and span.mark.author == self.author:
            return span.mark
        return None

    # -- text ---------------------------------------------------------------------------

    def insert_text(self, inline: Inline, offset: int, text: str, italic: bool | None = None, bold: bool | None = None) -> None:
        """Insert `text` at a markup offset, taking the format of the text before it."""
        text = xml_safe(text)
        if not text:
            return
        left, right = split_at(inline.spans, offset)
        textual = [s for s in left if s.footnote is None]
        before = textual[-1] if textual else None
        after = next((s for s in right if s.footnote is None), None)
        template = before or after or Span("")
        mark: Mark | None = None
        if self._tracks(inline.owner):
            mark = self._reusable(before, "ins") or self._reusable(after, "ins") or self.new_mark("ins")
        elif template.mark is not None and template.mark.kind == "ins":
            mark = template.mark
        new = Span(
            text,
            italic=template.italic if italic is None else italic,
            bold=template.bold if bold is None else bold,
            mark=mark,
            xref=template.xref if template is before and before is not None and before.xref else None,
        )
        right = self._split_off(left, right, mark)
        with self.transaction("Typing", merge_key=("type", id(inline))):
            self.run(SetSpans(inline, [*left, new, *right]))

    def _split_off(self, left: list[Span], right: list[Span], inserted: Mark | None) -> list[Span]:
        """Text typed inside a change cuts it in two: the part after the cut becomes a change of its own.

        So one mark id is always one run of text, as Word numbers its
        revisions, and each part can be accepted or rejected alone.
        """
        cut = left[-1].mark if left else None
        if cut is None or cut == inserted or not right or right[0].mark != cut:
            return right
        fresh = replace(cut, id=self.fresh_id())
        out = list(right)
        for k, span in enumerate(out):
            if span.mark != cut:
                break
            out[k] = replace(span, mark=fresh)
        return out

    def delete_text(self, inline: Inline, start: int, end: int) -> int:
        """Delete markup offsets [start, end): struck through when tracking, else removed.

        Deleting tracked inserted text removes it outright; already deleted
        text stays as it is.  Returns the markup offset just after what is
        left of the range, where a replacement goes.
        """
        if end <= start:
            return start
        left, rest = split_at(inline.spans, start)
        middle, right = split_at(rest, end - start)
        if self._tracks(inline.owner):
            middle = self._struck(middle, left[-1] if left else None, right[0] if right else None)
        else:
            middle = []
        with self.transaction("Delete", merge_key=("delete", id(inline))):
            self.run(SetSpans(inline, [*left, *middle, *right]))
        return start + sum(len(s.text) for s in middle)

    def _struck(self, middle: list[Span], before: Span | None, after: Span | None) -> list[Span]:
        """The deleted range as tracked: inserted text goes, base text gets a deletion mark.

        Each unbroken run of newly deleted text joins the same author's
        deletion it touches, or becomes a new one, so that one mark is
        always one run of text.
        """
        pieces = [s for s in middle if s.mark is None or s.mark.kind != "ins"]
        out: list[Span] = []
        previous, run = before, None
        for k, span in enumerate(pieces):
            if span.mark is not None:
                previous, run = span, None
                out.append(span)
                continue
            if run is None:
                touches_after = all(p.mark is None for p in pieces[k:])
                run = self._reusable(previous, "del") or (self._reusable(after, "del") if touches_after else None) or self.new_mark("del")
            previous = replace(span, mark=run)
            out.append(previous)
        return out

    def replace_text(self, inline: Inline, start: int, end: int, text: str) -> None:
        """Replace a range: a deletion followed by an insertion, as Word records it."""
        with self.transaction("Replace"):
            after_deleted = self.delete_text(inline, start, end)
            self.insert_text(inline, after_deleted, text)

    def set_text(self, inline: Inline, text: str) -> None:
        """Make the final text of `inline` equal `text` (a label change, a field edit)."""
        text = xml_safe(text)
        if inline.text("final") == text and not (not self._tracks(inline.owner) and inline.has_marks()):
            return
        with self.transaction("Change text"):
            if self._tracks(inline.owner):
                self.delete_text(inline, 0, len(inline.text("markup")))
                self.insert_text(inline, len(inline.text("markup")), text)
            else:
                self.run(SetSpans(inline, [Span(text)]))

    def change_text(self, inline: Inline, new: str) -> None:
        """Make the final text of `inline` read `new` with the smallest edit: only the changed words are replaced.

        A form field or a quick fix gives the whole new text; in a MOD only
        the words that differ become a deletion and an insertion.
        """
        new = xml_safe(new)
        old = inline.text("final")
        if old == new:
            return
        start, old_end, new_end = changed_range(old, new)
        begin = markup_offset(inline, start)
        finish = markup_offset(inline, old_end, end=True) if old_end > start else begin
        self.replace_text(inline, begin, max(begin, finish), new[start:new_end])

    def set_spans(self, inline: Inline, spans: list[Span]) -> None:
        """Replace an inline's spans wholesale (import, paste, accept/reject)."""
        with self.transaction("Change text"):
            self.run(SetSpans(inline, normalize(_safe_spans(spans))))

    def set_format(self, inline: Inline, start: int, end: int, *, italic: bool | None = None, bold: bool | None = None) -> None:
        """Switch italic or bold on or off for a range (formatting is not tracked)."""
        left, rest = split_at(inline.spans, start)
        middle, right = split_at(rest, end - start)
        middle = [
            replace(s, italic=s.italic if italic is None else italic, bold=s.bold if bold is None else bold)
            for s in middle
        ]
        with self.transaction("Format"):
            self.run(SetSpans(inline, [*left, *middle, *right]))

    # -- structure ---------------------------------------------------------------------

    def insert_node(self, parent: Node, field: str, index: int, node: Node) -> None:
        """Insert a clause, sub-item, section or proposal; a block mark when tracking."""
        with self.transaction("Insert"):
            if node.parent is None:
                renumber_marks(node, self.fresh_id)
                _make_safe(node)
            if self._tracks(parent):
                node.change = self.new_mark("ins")
            self.run(InsertNode(parent, field, index, node))

    def delete_node(self, node: Node) -> None:
        """Delete a block: struck through when tracking, removed when not (or when it was a tracked insertion)."""
        parent = node.parent
        if parent is None:
            return
        field, index = locate(node)
        with self.transaction("Delete"):
            if self._tracks(parent) and (node.change is None or node.change.kind != "ins"):
                if node.change is None:
                    self.run(SetAttr(node, "change", self.new_mark("del")))
            else:
                self.run(RemoveNode(parent, field, index))
            if isinstance(node, Footnote) and isinstance(parent, Resolution):
                self._delete_references(parent, node.key)

    def _delete_references(self, resolution: Resolution, key: str) -> None:
        """A deleted footnote takes its references along, as deleting a reference mark in Word deletes the note.

        Each reference is deleted as text is: struck through where edits are
        recorded, removed where they are not or where it was itself inserted.
        """
        for node in resolution.walk():
            for inline in node.inlines():
                spans = inline.spans
                if not any(s.footnote == key for s in spans):
                    continue
                tracked = self._tracks(inline.owner)
                out: list[Span] = []
                for k, span in enumerate(spans):
                    if span.footnote != key:
                        out.append(span)
                    elif tracked:
                        out.extend(self._struck([span], out[-1] if out else None, spans[k + 1] if k + 1 < len(spans) else None))
                self.run(SetSpans(inline, normalize(out)))

    def move_node(self, node: Node, parent: Node, field: str, index: int) -> Node:
        """Move a block; when tracking, a deletion here and an insertion there.

        Returns the node now standing at the new place (a copy when tracked,
        holding the block's final text without marks, as Word records a move).
        `index` is counted in the destination list before the move.
        """
        old_parent = node.parent
        assert old_parent is not None
        old_field, old_index = locate(node)
        with self.transaction("Move"):
            if self._tracks(old_parent) and (node.change is None or node.change.kind != "ins"):
                moved = clone(project(node, "final"))
                self.delete_node(node)
                self.insert_node(parent, field, index, moved)
                return moved
            self.run(RemoveNode(old_parent, old_field, old_index))
            if parent is old_parent and field == old_field and index > old_index:
                index -= 1
            self.run(InsertNode(parent, field, index, node))
            return node

    def set_attr(self, target: Any, name: str, value: Any) -> None:
        """Set a plain attribute (action, identifier, section kind, cover field); not tracked."""
        if isinstance(value, str):
            value = xml_safe(value)
        if getattr(target, name) == value:
            return
        with self.transaction("Change " + name.replace("_", " ")):
            self.run(SetAttr(target, name, value))

    # -- comments (never text, never a revision mark) ------------------------------------

    def add_comment(self, anchor: Anchor, text: str) -> Comment:
        """Leave a comment by the session's author on `anchor`; returns it."""
        comment = Comment(
            id=max((c.id for c in self.document.comments), default=0) + 1,
            author=self.author, initials=initials_of(self.author), date=self.clock(), text=xml_safe(text), anchor=anchor,
        )
        with self.transaction("New comment"):
            self.run(SetComments(self.document, [*self.document.comments, comment], (comment,)))
        return comment

    def reply_to_comment(self, comment: Comment, text: str) -> Reply:
        """Add the session's author's answer to a comment's thread."""
        reply = Reply(self.author, self.clock(), xml_safe(text), initials_of(self.author))
        with self.transaction("Reply to comment"):
            self.run(SetComment(comment, "replies", (*comment.replies, reply)))
        return reply

    def resolve_comment(self, comment: Comment, resolved: bool = True) -> None:
        """Mark a comment resolved (or open it again); it stays in the document."""
        if comment.resolved != resolved:
            with self.transaction("Resolve comment" if resolved else "Reopen comment"):
                self.run(SetComment(comment, "resolved", resolved))

    def edit_comment(self, comment: Comment, text: str) -> None:
        text = xml_safe(text)
        if comment.text != text:
            with self.transaction("Edit comment"):
                self.run(SetComment(comment, "text", text))

    def delete_comment(self, comment: Comment) -> None:
        """Remove a comment and its replies."""
        if comment in self.document.comments:
            with self.transaction("Delete comment"):
                self.run(SetComments(self.document, [c for c in self.document.comments if c is not comment], (comment,)))


def locate(node: Node) -> tuple[str, int]:
    """The field and index of `node` in its parent."""
    parent = node.parent
    assert parent is not None
    for name in parent.CHILD_LISTS:
        items = getattr(parent, name)
        for i, child in enumerate(items):
            if child is node:
                return name, i
    raise ValueError(f"{node!r} is not a child of {parent!r}")


def _safe_spans(spans: list[Span]) -> list[Span]:
    return [replace(s, text=xml_safe(s.text)) if has_unsafe(s.text) else s for s in spans]


def _make_safe(node: Node) -> None:
    """A block entering the document (paste, import into an open document) holds only what XML can hold."""
    for n in node.walk():
        for inline in n.inlines():
            if any(has_unsafe(s.text) for s in inline.spans):
                inline.spans = normalize(_safe_spans(inline.spans))
