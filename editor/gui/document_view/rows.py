"""The model as a flat list of rows, in the order and shapes the ITU prints.

A row is one paragraph of the view: fixed text (the "RESOLUTION " of the
number line, the TAB after a label, "Reasons:") and fields, which show an
inline of a model node and are where the cursor can edit.  Plain Python,
so the layout can be tested and reasoned about without a window.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from editor.model.inline import Inline
from editor.model.marks import Mark
from editor.model.nodes import Annex, Clause, Document, Footnote, Node, Note, Proposal, Resolution, Section


@dataclass
class Part:
    """Fixed text when `node` is None, otherwise the inline `field` of `node`."""

    text: str = ""
    node: Node | None = None
    field: str | None = None
    italic: bool = False
    bold: bool = False

    @property
    def inline(self) -> Inline | None:
        return getattr(self.node, self.field) if self.node is not None and self.field else None

    def length(self) -> int:
        """Characters the part occupies in the view (footnote references show their key)."""
        inline = self.inline
        if inline is None:
            return len(self.text)
        return len(inline.text("markup")) + sum(len(m) for _, m in self.markers())

    def markers(self) -> list[tuple[int, str]]:
        """Footnote references: (markup offset, key shown as a superscript).

        A reference has no width in the model's text, so the view's offsets
        run ahead of the markup offsets by the markers before them; the two
        conversions below are the only place that knows.
        """
        inline = self.inline
        if inline is None:
            return []
        out: list[tuple[int, str]] = []
        pos = 0
        for span in inline.spans:
            if span.footnote is not None:
                out.append((pos, span.footnote or "*"))
            pos += len(span.text)
        return out

    def to_view(self, offset: int) -> int:
        """View offset of a markup offset (the cursor goes before a reference at that offset)."""
        return offset + sum(len(key) for at, key in self.markers() if at < offset)

    def to_markup(self, view_offset: int) -> int:
        """Markup offset of a view offset (inside a marker: the place of the reference)."""
        shift = 0
        for at, key in self.markers():
            start = at + shift
            if view_offset <= start:
                break
            if view_offset < start + len(key):
                return at
            shift += len(key)
        return view_offset - shift


@dataclass
class Row:
    """One paragraph: the node it belongs to, its ITU style, its parts.

    `path` holds the uids of the node and its ancestors, so the rows of any
    subtree are the contiguous run of rows whose path contains its uid.
    `change` is the block mark (own or inherited) that colours the whole row.
    """

    node: Node
    style: str
    parts: list[Part]
    path: frozenset[int] = field(default_factory=frozenset)
    change: Mark | None = None
    _marked: bool | None = field(default=None, repr=False, compare=False)

    def fields(self) -> Iterator[tuple[Part, int]]:
        """Editable parts with their start offset in the row."""
        pos = 0
        for part in self.parts:
            if part.node is not None:
                yield part, pos
            pos += part.length()

    def locate(self, pos: int) -> tuple[Part, int] | None:
        """The field and markup offset at row position `pos`; at a boundary the later field wins."""
        found: tuple[Part, int] | None = None
        for part, start in self.fields():
            if start <= pos <= start + part.length():
                found = (part, part.to_markup(pos - start))
        return found

    def start_of(self, uid: int, name: str) -> int | None:
        """Where field `name` of node `uid` starts in this row (uids, so projected views match too)."""
        for part, start in self.fields():
            if part.node is not None and part.node.uid == uid and part.field == name:
                return start
        return None

    def has_marks(self) -> bool:
        """Whether the row gets a change bar; rows are rebuilt on every change, so the answer is kept."""
        if self._marked is None:
            self._marked = self.change is not None or any(p.inline.has_marks() for p, _ in self.fields() if p.inline is not None)
        return self._marked


def _path(node: Node) -> frozenset[int]:
    uids: set[int] = set()
    walk: Node | None = node
    while walk is not None:
        uids.add(walk.uid)
        walk = walk.parent
    return frozenset(uids)


def _block_mark(node: Node) -> Mark | None:
    walk: Node | None = node
    while walk is not None:
        if walk.change is not None:
            return walk.change
        walk = walk.parent
    return None


def _row(node: Node, style: str, *parts: Part) -> Row:
    return Row(node, style, list(parts), _path(node), _block_mark(node))


def rows_for(node: Node) -> Iterator[Row]:
    """The rows of `node` and everything below it, in print order."""
    if isinstance(node, Document):
        for proposal in node.proposals:
            yield from rows_for(proposal)
    elif isinstance(node, Proposal):
        yield from _proposal_rows(node)
    elif isinstance(node, Resolution):
        yield from _resolution_rows(node)
    elif isinstance(node, Section):
        yield _row(node, "Call", Part(node=node, field="keyword", italic=True))
        for clause in node.clauses:
            yield from rows_for(clause)
    elif isinstance(node, Clause):
        yield from _clause_rows(node)
    elif isinstance(node, Annex):
        yield _row(node, "AnnexNo", Part(node=node, field="heading"))
        yield _row(node, "Annextitle", Part(node=node, field="title", bold=True))
        for paragraph in node.paragraphs:
            yield from rows_for(paragraph)
    elif isinstance(node, Footnote):
        yield _row(node, "FootnoteText", Part(f"{node.key}\t"), Part(node=node, field="text"))
    elif isinstance(node, Note):
        yield _row(node, "Note", Part(node=node, field="text"))


def _proposal_rows(prop: Proposal) -> Iterator[Row]:
    if prop.action or prop.identifier:
        yield _row(prop, "Proposal", Part(f"{prop.action or ''}\t{prop.identifier}", bold=True))
    for note in prop.notes:
        yield from rows_for(note)
    for res in prop.resolutions:
        yield from rows_for(res)
    if prop.action or prop.reasons.spans:
        yield _row(prop, "Reasons", Part("Reasons:", bold=True), Part("\t"), Part(node=prop, field="reasons"))


def _resolution_rows(res: Resolution) -> Iterator[Row]:
    head = "DRAFT NEW RESOLUTION " if res.draft else "RESOLUTION "
    number = [Part(head), Part(node=res, field="number")]
    if res.adoption.spans:  # empty adoption and history (a draft new resolution) are not printed; Properties edits them
        number += [Part(" ("), Part(node=res, field="adoption"), Part(")")]
    yield _row(res, "ResNo", *number)
    yield _row(res, "Restitle", Part(node=res, field="title", bold=True))
    if res.history.spans:
        yield _row(res, "Resref", Part("(", italic=True), Part(node=res, field="history", italic=True), Part(")", italic=True))
    yield _row(res, "Normalaftertitle", Part(node=res, field="preamble"))
    for section in res.sections:
        yield from rows_for(section)
    for annex in res.annexes:
        yield from rows_for(annex)
    for footnote in res.footnotes:
        yield from rows_for(footnote)


def _clause_rows(clause: Clause) -> Iterator[Row]:
    level = clause.level
    section = clause.ancestor(Section)
    lettered = level == 0 and section is not None and section.kind == "preambular"
    label = Part(node=clause, field="label", italic=lettered)
    text = Part(node=clause, field="text")
    style = "Clause" if level == 0 else f"enumlev{min(level, 3)}"
    if clause.label.spans:
        yield _row(clause, style, label, Part("\t"), text)
    else:
        yield _row(clause, style, label, text)
    for item in clause.items:
        yield from _clause_rows(item)
