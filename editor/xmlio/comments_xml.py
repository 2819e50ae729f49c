"""Comments to and from the document XML: one `<comments>` element after the text.

Each `<comment>` names the block it is anchored to by its place in the tree
(`anchor="proposals[0]/resolutions[0]/sections[1]/clauses[2]"`) and, for a
stretch of text, the inline field and the markup offsets it covers; its
text is in `<body>`, its thread in `<reply>` elements.  Kept apart from the
text so that comments can never change the text or its revision marks.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from editor.model.comments import Anchor, Comment, Reply, comment_path, in_text_order, node_at
from editor.model.nodes import Document
from editor.xmlio.errors import DocumentError


def _person(el: etree._Element, author: str, initials: str, date: str) -> None:
    el.set("author", author)
    if initials:
        el.set("initials", initials)
    el.set("date", date)


def _line(el: etree._Element) -> int | None:
    line = el.sourceline
    return line if isinstance(line, int) else None


def write_comments(root: etree._Element, document: Document) -> None:
    """Append the document's comments (in text order) to `root`; nothing when it has none."""
    if not document.comments:
        return
    holder = etree.SubElement(root, "comments")
    for comment in in_text_order(document):
        el = etree.SubElement(holder, "comment", id=str(comment.id))
        _person(el, comment.author, comment.initials, comment.date)
        if comment.resolved:
            el.set("resolved", "true")
        anchor = comment.anchor
        el.set("anchor", comment_path(document, anchor.node))
        if anchor.field is not None:
            el.set("field", anchor.field)
            el.set("start", str(anchor.start))
            el.set("end", str(anchor.end))
        etree.SubElement(el, "body").text = comment.text
        for reply in comment.replies:
            reply_el = etree.SubElement(el, "reply")
            _person(reply_el, reply.author, reply.initials, reply.date)
            reply_el.text = reply.text


def read_comments(root: etree._Element, document: Document, path: str | Path | None = None) -> None:
    """Fill `document.comments` from a validated tree; an anchor that leads nowhere is refused naming its line."""
    holder = root.find("comments")
    if holder is None:
        return
    comments: list[Comment] = []
    for el in holder.findall("comment"):
        where = el.get("anchor", "")
        node = node_at(document, where)
        field = el.get("field")
        start, end = int(el.get("start", "0")), int(el.get("end", "0"))
        if node is None:
            raise DocumentError(path, f"has comment {el.get('id')} anchored to {where or 'nothing'}, which is not a block of the document", _line(el))
        if field is not None:
            size = len(getattr(node, field).text("markup")) if field in node.INLINE_FIELDS else -1
            if size < 0 or not 0 <= start <= end <= size:
                raise DocumentError(path, f"has comment {el.get('id')} anchored to characters {start} to {end} of the {field} "
                                    f"of {where}, which that block does not have", _line(el))
        body = el.find("body")
        comments.append(Comment(
            id=int(el.get("id", "0")), author=el.get("author", ""), initials=el.get("initials", ""), date=el.get("date", ""),
            text=body.text or "" if body is not None else "", anchor=Anchor(node, field, start, end),
            replies=tuple(Reply(r.get("author", ""), r.get("date", ""), r.text or "", r.get("initials", "")) for r in el.findall("reply")),
            resolved=el.get("resolved") == "true",
        ))
    if len({c.id for c in comments}) != len(comments):
        raise DocumentError(path, "has two comments with the same id", _line(holder))
    document.comments = comments
