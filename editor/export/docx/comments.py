"""Comments as Word writes them: word/comments.xml, ranges in the body, threads in commentsExtended.xml.

Each comment becomes a w:comment whose range (w:commentRangeStart …
w:commentRangeEnd, then a w:commentReference run) covers the text it was
left on; a comment on a whole block covers that block's paragraphs.  A
reply is a w:comment of its own over the same range, tied to its comment
by w15:paraIdParent in commentsExtended.xml (Word 2013 threads), which
also carries the resolved state (w15:done); readers without threads
(LibreOffice, pandoc) show replies as comments following it, in order.
Where a view does not show the text a comment is on (a deleted clause in
the final view), the comment moves out to the nearest block that is shown.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from lxml import etree

from editor.export.blocks import Block, ExportView, Run
from editor.export.docx.oxml import W, add_text, w
from editor.model.comments import Comment, in_text_order
from editor.model.inline import Inline
from editor.model.marks import visible
from editor.model.nodes import Document, Node, lineage

W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
COMMENTS_EXTENDED_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
COMMENTS_EXTENDED_RELATION = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


@dataclass(frozen=True, slots=True)
class Marker:
    """A comment range boundary between runs: "start" or "end" of the comments `ids` (a comment and its replies)."""

    kind: str
    ids: tuple[str, ...]


@dataclass
class _Entry:
    """One w:comment: a comment or a reply."""

    id: str
    author: str
    initials: str
    date: str
    text: str
    parent: str | None
    done: bool


@dataclass
class CommentPlaces:
    """Where each comment of a document stands in the blocks of one view, and the comments part to write."""

    entries: list[_Entry] = field(default_factory=list)
    text: dict[tuple[int, str], list[tuple[int, int, tuple[str, ...]]]] = field(default_factory=lambda: defaultdict(list))
    block_starts: dict[int, list[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(list))
    block_ends: dict[int, list[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, document: Document, blocks: list[Block], view: ExportView) -> CommentPlaces:
        places = cls()
        fields = _field_lengths(blocks)
        spans = _block_spans(blocks)
        for comment in in_text_order(document):
            ids = places._thread(comment)
            anchor = comment.anchor
            inline = anchor.inline()
            if inline is not None and anchor.field is not None:
                key = (anchor.node.uid, anchor.field)
                start, end = _in_view(inline, anchor.start, view), _in_view(inline, anchor.end, view)
                if key in fields and end <= fields[key]:
                    places.text[key].append((start, end, ids))
                    continue
            node: Node | None = anchor.node
            while node is not None and node.uid not in spans:
                node = node.parent
            first, last = spans[node.uid] if node is not None else (0, len(blocks) - 1)
            if blocks:
                places.block_starts[id(blocks[first])].append(ids)
                places.block_ends[id(blocks[last])].append(ids)
        return places

    def _thread(self, comment: Comment) -> tuple[str, ...]:
        first = str(len(self.entries))
        self.entries.append(_Entry(first, comment.author, comment.initials, comment.date, comment.text, None, comment.resolved))
        ids = [first]
        for reply in comment.replies:
            ids.append(str(len(self.entries)))
            self.entries.append(_Entry(ids[-1], reply.author, reply.initials, reply.date, reply.text, first, comment.resolved))
        return tuple(ids)

    def items(self, block: Block) -> list[Run | Marker]:
        """The block's runs, cut where comment ranges start and end, with the markers between them."""
        out: list[Run | Marker] = [Marker("start", ids) for ids in self.block_starts.get(id(block), ())]
        offsets: dict[tuple[int, str], int] = {}
        for run in block.runs:
            source = run.source
            key = (source[0].uid, source[1]) if source is not None else None
            ranges = self.text.get(key) if key is not None else None
            if key is None or not ranges:
                out.append(run)
                continue
            first = key not in offsets
            begin = offsets.get(key, 0)
            width = 0 if run.footnote is not None else len(run.text)
            points = sorted({p for s, e, _ in ranges for p in (s, e) if begin < p <= begin + width or (p == begin and first)})
            at = begin
            for point in points:
                if point > at:
                    out.append(_piece(run, at - begin, point - begin))
                    at = point
                out.extend(_markers(ranges, point))
            if at < begin + width:
                out.append(_piece(run, at - begin, width))
            elif width == 0:
                out.append(run)
            offsets[key] = begin + width
        out.extend(Marker("end", ids) for ids in self.block_ends.get(id(block), ()))
        return out

    def comments_part(self) -> bytes:
        root = etree.Element(W + "comments", nsmap={"w": W[1:-1], "w14": W14_NS})
        for n, entry in enumerate(self.entries):
            el = w(root, "comment", id=entry.id, author=entry.author or "Unknown", date=entry.date, initials=entry.initials)
            lines = entry.text.split("\n") or [""]
            for k, line in enumerate(lines):
                p = w(el, "p")
                if k == len(lines) - 1:
                    p.set(f"{{{W14_NS}}}paraId", _para_id(n))
                    p.set(f"{{{W14_NS}}}textId", "77777777")
                if k == 0:
                    w(w(p, "r"), "annotationRef")
                if line:
                    add_text(w(p, "r"), line)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def extended_part(self) -> bytes:
        """Threads and resolved states (commentsExtended.xml, Word 2013 and later)."""
        root = etree.Element(f"{{{W15_NS}}}commentsEx", nsmap={"w15": W15_NS, "mc": MC_NS})
        root.set(f"{{{MC_NS}}}Ignorable", "w15")
        index = {e.id: n for n, e in enumerate(self.entries)}
        for n, entry in enumerate(self.entries):
            el = etree.SubElement(root, f"{{{W15_NS}}}commentEx")
            el.set(f"{{{W15_NS}}}paraId", _para_id(n))
            if entry.parent is not None:
                el.set(f"{{{W15_NS}}}paraIdParent", _para_id(index[entry.parent]))
            el.set(f"{{{W15_NS}}}done", "1" if entry.done else "0")
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _markers(ranges: list[tuple[int, int, tuple[str, ...]]], point: int) -> list[Marker]:
    """The ends, then the starts, of the ranges at `point` (an empty range starts before it ends)."""
    ends = [Marker("end", ids) for s, e, ids in ranges if e == point and s != e]
    starts = [Marker("start", ids) for s, e, ids in ranges if s == point]
    empties = [Marker("end", ids) for s, e, ids in ranges if s == e == point]
    return [*ends, *starts, *empties]


def _piece(run: Run, start: int, end: int) -> Run:
    return Run(run.text[start:end], run.italic, run.bold, run.caps_off, run.mark, run.footnote, run.source)


def _para_id(n: int) -> str:
    return f"{0x10000000 + n + 1:08X}"


def _in_view(inline: Inline, offset: int, view: ExportView) -> int:
    """A markup offset of `inline` counted in the characters `view` shows."""
    if view == "markup" or view == "print":
        return offset
    shown = seen = 0
    for span in inline.spans:
        size = len(span.text)
        if seen >= offset:
            break
        if visible(span.mark, view):
            shown += min(size, offset - seen)
        seen += size
    return shown


def _field_lengths(blocks: list[Block]) -> dict[tuple[int, str], int]:
    """How many characters of each field the blocks show (fields they do not show are absent)."""
    out: dict[tuple[int, str], int] = defaultdict(int)
    for block in blocks:
        for run in block.runs:
            if run.source is not None:
                out[(run.source[0].uid, run.source[1])] += 0 if run.footnote is not None else len(run.text)
    return dict(out)


def _block_spans(blocks: list[Block]) -> dict[int, tuple[int, int]]:
    """For each node, the first and last block showing it or anything inside it."""
    out: dict[int, tuple[int, int]] = {}
    for n, block in enumerate(blocks):
        for uid in lineage(block.node):
            first, _ = out.get(uid, (n, n))
            out[uid] = (first, n)
    return out
