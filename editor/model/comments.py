"""Comments: remarks colleagues leave on a stretch of text or on a whole block.

A comment never changes the text or its revision marks: it lives beside the
tree in `Document.comments` and points into it with an `Anchor` (a node, and
for a stretch of text one of its inline fields and two markup offsets).
The session keeps anchors where the text they cover went when it is edited
(`shift_anchor`), and every change to a comment is an EditSession verb, so
undo takes comments back like any other edit.  Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from editor.model.nodes import lineage
from editor.model.text_change import common_ends

if TYPE_CHECKING:
    from editor.model.inline import Inline
    from editor.model.nodes import Document, Node


@dataclass(frozen=True, eq=False)
class Anchor:
    """Where a comment points: a whole node (`field` None) or markup offsets [start, end) of one inline field."""

    node: Node
    field: str | None = None
    start: int = 0
    end: int = 0

    def inline(self) -> Inline | None:
        """The inline the anchor covers text of, None for a whole-block anchor."""
        return getattr(self.node, self.field) if self.field is not None else None

    def covers(self, inline: Inline) -> bool:
        return self.field is not None and getattr(self.node, self.field) is inline

    def moved(self, start: int, end: int) -> Anchor:
        return Anchor(self.node, self.field, start, end)


@dataclass(frozen=True)
class Reply:
    """An answer in a comment's thread."""

    author: str
    date: str
    text: str
    initials: str = ""


@dataclass(eq=False)
class Comment:
    """One comment: its thread of replies and whether it is resolved.

    Mutable only through the session (SetAttr on its fields), so that undo
    restores it; `id` is unique in the document and stays with the comment.
    """

    id: int
    author: str
    date: str
    text: str
    anchor: Anchor
    initials: str = ""
    replies: tuple[Reply, ...] = field(default_factory=tuple)
    resolved: bool = False

    def quoted(self) -> str:
        """The text the comment is anchored to, as it now reads in markup (the block's first words for a whole block)."""
        inline = self.anchor.inline()
        if inline is not None:
            return inline.text("markup")[self.anchor.start:self.anchor.end]
        first = next((i for n in self.anchor.node.walk() for i in n.inlines() if i.spans), None)
        return first.text("final")[:60] if first is not None else ""


def initials_of(name: str) -> str:
    """Word's initials for an author: the first letter of each word ("Arab States" → "AS"), an acronym as it is ("CEPT")."""
    words = name.split()
    if len(words) == 1 and words[0].isupper():
        return words[0][:8]
    return "".join(word[0] for word in words if word[0].isalnum()).upper()[:8]


def shift(position: int, start: int, old_end: int, new_end: int, *, is_end: bool) -> int:
    """Where a position goes when old[start:old_end] became new[start:new_end].

    Positions before the change stay, positions after it move by the change
    in length; a position inside replaced text goes to the edge of the
    replacement that keeps the anchor over it (its start for an anchor's
    start, its end for an anchor's end).  Text typed exactly at an anchor's
    edge stays outside it, as in Word.
    """
    if position < start or (is_end and position == start):
        return position
    if position >= old_end:
        return position + new_end - old_end
    return new_end if is_end else start


def shift_anchor(anchor: Anchor, old: str, new: str) -> Anchor:
    """The anchor after its inline's markup text changed from `old` to `new`."""
    head, tail = common_ends(old, new)
    old_end, new_end = len(old) - tail, len(new) - tail
    start = shift(anchor.start, head, old_end, new_end, is_end=False)
    end = shift(anchor.end, head, old_end, new_end, is_end=True)
    return anchor.moved(start, max(start, end))


def anchored_in(comments: list[Comment], inline: Inline) -> list[Comment]:
    """The comments covering text of `inline`."""
    return [c for c in comments if c.anchor.covers(inline)]


def within(comments: list[Comment], node: Node) -> list[Comment]:
    """The comments anchored to `node` or to anything inside it."""
    inside = {id(n) for n in node.walk()}
    return [c for c in comments if id(c.anchor.node) in inside]


PlaceKey = tuple[int, int, int]


def place_order(document: Document) -> Callable[[Node, str | None, int], PlaceKey]:
    """A sort key for places of `document` (node, field or None for the whole block, markup offset), in reading order."""
    order = {id(node): n for n, node in enumerate(document.walk())}

    def key(node: Node, field: str | None, offset: int) -> PlaceKey:
        index = node.INLINE_FIELDS.index(field) if field in node.INLINE_FIELDS else -1
        return (order.get(id(node), len(order)), index, offset)

    return key


def in_text_order(document: Document) -> list[Comment]:
    """The document's comments in the order their anchors stand in the text (a thread's order in Word)."""
    key = place_order(document)
    return sorted(document.comments, key=lambda c: (*key(c.anchor.node, c.anchor.field, c.anchor.start), c.id))


def covering(document: Document, node: Node, field: str | None, offset: int) -> list[Comment]:
    """The comments over a place: anchored to text around `offset` of `field`, or to the block or one it stands in."""
    around = lineage(node)
    return [c for c in in_text_order(document)
            if (c.anchor.field is None and c.anchor.node.uid in around)
            or (c.anchor.node is node and c.anchor.field == field and c.anchor.start <= offset <= c.anchor.end)]


def comment_path(document: Document, node: Node) -> str:
    """A node's place in the tree as child-list steps ("proposals[0]/resolutions[0]/sections[1]/clauses[2]")."""
    steps: list[str] = []
    current = node
    while current.parent is not None:
        parent = current.parent
        for name in parent.CHILD_LISTS:
            items = getattr(parent, name)
            index = next((i for i, child in enumerate(items) if child is current), None)
            if index is not None:
                steps.append(f"{name}[{index}]")
                break
        current = parent
    return "/".join(reversed(steps))


def node_at(document: Document, path: str) -> Node | None:
    """The node a `comment_path` names, None when the path leads nowhere."""
    node: Node = document
    for step in filter(None, path.split("/")):
        name, _, rest = step.partition("[")
        if name not in node.CHILD_LISTS or not rest.endswith("]") or not rest[:-1].isdigit():
            return None
        items = getattr(node, name)
        index = int(rest[:-1])
        if index >= len(items):
            return None
        node = items[index]
    return node


def threads(document: Document) -> Iterator[tuple[Comment, Reply | None]]:
    """Every comment and then its replies, in text order (for listings)."""
    for comment in in_text_order(document):
        yield comment, None
        for reply in comment.replies:
            yield comment, reply


@dataclass
class SetComment:
    """Set one field of a comment (its anchor, text, replies, resolved state); the inverse sets it back.

    It touches the block the comment is anchored to, so the views redraw
    that block's highlight and nothing else.
    """

    comment: Comment
    name: str
    value: object

    def apply(self) -> SetComment:
        old = getattr(self.comment, self.name)
        setattr(self.comment, self.name, self.value)
        return SetComment(self.comment, self.name, old)

    def touched(self) -> list[object]:
        return [self.comment.anchor.node]


@dataclass
class SetComments:
    """Replace a document's list of comments (`changed` added or removed); the inverse puts the old list back."""

    document: Document
    comments: list[Comment]
    changed: tuple[Comment, ...]

    def apply(self) -> SetComments:
        old = self.document.comments
        self.document.comments = list(self.comments)
        return SetComments(self.document, old, self.changed)

    def touched(self) -> list[object]:
        """The blocks the changed comments are on that stand in the document (a removed block is no one's to redraw)."""
        out: list[object] = []
        for c in self.changed:
            node = c.anchor.node
            if node.root() is self.document and not any(n is node for n in out):
                out.append(node)
        return out
