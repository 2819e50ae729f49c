"""Word comments -> the document's comments, anchored to the text they were made on.

The reader (`paragraphs`) gives each w:comment the place its range starts
and ends: a paragraph number and a markup offset in that paragraph's text
(deleted characters counted, as the model counts them).  The builders say
at which paragraph each node starts.  A range inside one paragraph is
anchored to the inline field that holds its text: the field is found in
the paragraph (a clause's text after its label, the adoption inside the
number line's parentheses), so the offsets carry over exactly; failing that,
the one place the field holds the commented words.  A range over several
paragraphs, or over a whole paragraph with its label, is a comment on the
smallest block those paragraphs make (a section, a clause with its
sub-items), as the DOCX writer exports a whole-block comment.

Replies and the resolved state come from commentsExtended.xml (Word 2013
and later; also written by this editor): a w15:commentEx names the
comment's last paragraph by w15:paraId, its parent by w15:paraIdParent and
whether it is done.  Without that part every comment stands on its own.
A comment that cannot be anchored (in a footnote, on text the document
does not keep) is listed in the Import messages with its text and author,
never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from editor.importers.docx.paragraphs import Comment as WordComment
from editor.importers.docx.paragraphs import Paragraph
from editor.importers.docx.wordml import W15
from editor.importers.messages import ImportMessage
from editor.model.comments import Anchor, Comment, Reply
from editor.model.nodes import Document, Node, lineage

__all__ = ["anchor_comments"]


@dataclass(frozen=True)
class _Thread:
    """What commentsExtended.xml says of one comment."""

    parent: str  # the w15:paraId of the comment it answers ("" for none)
    done: bool


def _threads(extended: etree._Element | None) -> dict[str, _Thread]:
    if extended is None:
        return {}
    return {el.get(W15 + "paraId", ""): _Thread(el.get(W15 + "paraIdParent", ""), el.get(W15 + "done") in ("1", "true"))
            for el in extended.iter(W15 + "commentEx")}


def anchor_comments(document: Document, paragraphs: list[Paragraph], comments: dict[str, WordComment],
                    extended: etree._Element | None, starts: list[tuple[int, int]]) -> list[ImportMessage]:
    """Set `document.comments` from the Word comments; the messages list those that could not be anchored."""
    if not comments:
        return []
    threads = _threads(extended)
    by_para_id = {c.para_id: cid for cid, c in comments.items() if c.para_id}
    roots: dict[str, str] = {}  # comment id -> the id of the comment its thread starts with

    def root(cid: str, seen: frozenset[str] = frozenset()) -> str:
        parent = by_para_id.get(threads.get(comments[cid].para_id, _Thread("", False)).parent, "")
        return cid if not parent or parent == cid or parent in seen else root(parent, seen | {cid})

    for cid in comments:
        roots[cid] = root(cid)
    places = _Places(document, paragraphs, starts)
    messages: list[ImportMessage] = []
    heads = sorted((cid for cid in comments if roots[cid] == cid), key=lambda cid: comments[cid].start or (10**9, 0))
    for cid in heads:
        word = comments[cid]
        replies = [comments[r] for r in comments if r != cid and roots[r] == cid]
        anchor = places.anchor(word)
        if anchor is None:
            for one in (word, *replies):
                on = f" on '{one.covered.strip()}'" if one.covered.strip() else ""
                where = "in a footnote" if one.start is not None and one.start[0] == 0 else "on text the document does not keep"
                messages.append(ImportMessage(one.paragraph, f"comment by {one.author}{f' ({one.date})' if one.date else ''}{on}, "
                                              f"{where}, is not kept: {one.text}", unit="paragraph"))
            continue
        document.comments.append(Comment(
            id=len(document.comments) + 1, author=word.author, date=word.date, text=word.text, anchor=anchor,
            initials=word.initials, replies=tuple(Reply(r.author, r.date, r.text, r.initials) for r in replies),
            resolved=threads.get(word.para_id, _Thread("", False)).done))
    return messages


class _Places:
    """Paragraph numbers -> the nodes and inline fields they became."""

    def __init__(self, document: Document, paragraphs: list[Paragraph], starts: list[tuple[int, int]]) -> None:
        self.text = {p.number: p.text() for p in paragraphs}
        nodes = {node.uid: node for node in document.walk()}
        begun = sorted(((n, node) for n, uid in starts if (node := nodes.get(uid)) is not None), key=lambda pair: pair[0])
        self.begun = begun
        self.last: dict[int, int] = {}  # node uid -> the last paragraph it holds
        for k, (_, node) in enumerate(begun):
            inside = {n.uid for n in node.walk()}
            after = next((n for n, other in begun[k + 1:] if other.uid not in inside), None)
            self.last[node.uid] = after - 1 if after is not None else 10**9

    def at(self, number: int) -> Node | None:
        """The node begun last at or before paragraph `number`."""
        found: Node | None = None
        for n, node in self.begun:
            if n > number:
                break
            found = node
        return found

    def anchor(self, comment: WordComment) -> Anchor | None:
        if comment.start is None:
            return None
        end = comment.end or comment.start
        (a, s), (b, e) = comment.start, end
        if a == 0 or b == 0 or b < a:
            return None
        if a == b:
            found = self.in_text(a, s, e)
            if found is not None:
                return found
        return self.block(a, b)

    def in_text(self, number: int, start: int, end: int) -> Anchor | None:
        """The field of the paragraph's node (or a node it stands in) holding [start, end) of the paragraph's text."""
        node = self.at(number)
        paragraph = self.text.get(number, "")
        words = paragraph[start:end]
        if node is None or not paragraph:
            return None
        candidates = [(holder, name) for holder in _up(node) for name in holder.INLINE_FIELDS]
        for holder, name in candidates:
            text = getattr(holder, name).text("markup")
            if paragraph in text:
                base = -text.find(paragraph)
            elif text and text in paragraph:
                base = paragraph.find(text)
            else:
                continue
            if base <= start and end - base <= len(text) and text[start - base:end - base] == words:
                return Anchor(holder, name, start - base, end - base)
        for holder, name in candidates:  # the field was rebuilt from the text: the one place it holds these words
            text = getattr(holder, name).text("markup")
            if words and text.count(words) == 1:
                at = text.index(words)
                return Anchor(holder, name, at, at + len(words))
        return None

    def block(self, first: int, last: int) -> Anchor | None:
        """A whole-block anchor on the smallest block holding paragraphs first to last."""
        best: Node | None = None
        for n, node in self.begun:
            if n > first:
                break
            if self.last[node.uid] >= last and (best is None or best.uid in lineage(node)):
                best = node
        return Anchor(best) if best is not None else None


def _up(node: Node) -> list[Node]:
    """The node and the nodes it stands in, innermost first."""
    out: list[Node] = []
    current: Node | None = node
    while current is not None:
        out.append(current)
        current = current.parent
    return out
