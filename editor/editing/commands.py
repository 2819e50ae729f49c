"""What the drafter does at a place of the page, as EditSession verbs: typing, deleting, Enter, Tab, paste, bold.

The document view hands in where the cursor and the selection are, as
places on the page (editor.editing.page.Spot), and gets back where the
cursor goes next (a model Place) or a sentence for the status bar.  Every
command runs through the host as one undo step (typing and deleting in one
field merge, as in Word), so it is recorded as revision marks when Track
Changes is on and rechecked like any edit.  No Qt here: every command is
tested without a window.

Deleting a selection works on what it covers, as Word does with
paragraphs: a clause (or section, footnote, annex paragraph) selected from
its start to its end is deleted as one block, a block mark in a MOD; the
text of a field covered in part is deleted as text; when the selection
starts inside one clause and ends inside a later one, what is left of the
later clause joins the first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

from editor.editing import body, structure
from editor.editing.host import DocumentHost
from editor.editing.page import Page, Place, Spot
from editor.editing.paste import LINE_BREAKS, clauses_from_text, paragraphs, sections_from_text
from editor.model.body import Cell, Figure, Part, Picture, Row, Table
from editor.model.inline import Inline, slice_spans
from editor.model.nodes import Annex, Clause, Footnote, Node, Note, Section, lineage
from editor.model.session import locate

R = TypeVar("R")

#: Why a command did nothing: the view says it in the status bar, in the drafter's language.
Refusal = Literal["fixed-text", "no-deeper", "not-sub-item", "paste-where", "no-section", "no-body", "no-table", ""]
#: What Insert > Body inserts (editor.editing.body).
BodyElement = Literal["section", "heading", "note", "table", "row", "figure", "appendix"]


@dataclass(frozen=True)
class Outcome:
    """Where the cursor goes after a command (None: where it is), or why nothing happened."""

    place: Place | None = None
    refusal: Refusal = ""


NOTHING = Outcome()
#: Nodes a selection can delete whole: each is one paragraph and what is indented under it.
BLOCKS: tuple[type[Node], ...] = (Clause, Section, Footnote, Note, Annex, Part, Table, Row, Figure)


class Commands:
    """The editing commands over one host's session and the page the screen shows of it."""

    def __init__(self, host: DocumentHost, page: Callable[[], Page]) -> None:
        self.host = host
        self._page = page

    @property
    def page(self) -> Page:
        return self._page()

    def _perform(self, label: str, action: Callable[[], R], merge_key: object = None) -> R:
        """`action` as one undoable step, and its result."""
        result: list[R] = []
        self.host.perform(label, lambda: result.append(action()), merge_key)
        return result[0]

    # -- what a selection covers ---------------------------------------------------------------

    def ranges(self, start: Spot, end: Spot) -> list[tuple[Inline, int, int]]:
        """The field ranges (inline, markup start, markup end) between two spots, in page order."""
        out: list[tuple[Inline, int, int]] = []
        page = self.page
        for index in range(start[0], end[0] + 1):
            block = page.blocks[index]
            lo = start[1] if index == start[0] else 0
            hi = end[1] if index == end[0] else len(block.shown())
            for f in block.fields():
                a, b = max(lo, f.start), min(hi, f.start + f.length)
                if a < b and (ma := f.to_markup(a)) < (mb := f.to_markup(b)):
                    out.append((f.inline, ma, mb))
        return out

    def _covered(self, index: int, start: Spot, end: Spot) -> bool:
        """Whether the selection takes paragraph `index` whole: all its text, and it or its end."""
        fields = self.page.blocks[index].fields()
        if not fields:
            return False
        first, last = fields[0].start, fields[-1].start + fields[-1].length
        if start[0] < index < end[0]:
            return True
        if index == start[0] == end[0]:
            return start[1] <= first and end[1] >= last and start != end
        if index == start[0]:
            return start[1] <= first
        return end[1] >= last and end[1] > 0

    def _covered_blocks(self, start: Spot, end: Spot) -> tuple[list[Node], int]:
        """The outermost nodes whose every paragraph the selection takes whole, and the paragraph after the last one."""
        page = self.page
        covered = {n for n in range(start[0], end[0] + 1) if self._covered(n, start, end)}
        out: list[Node] = []
        after = start[0]
        def whole(node: Node) -> tuple[int, int] | None:
            first, last = page.subtree(node)
            return (first, last) if all(n in covered or not page.blocks[n].fields() for n in range(first, last)) else None

        for index in sorted(covered):
            node: Node | None = page.blocks[index].node
            found: tuple[Node, int] | None = None
            while node is not None and not any(o.uid in lineage(node) for o in out):  # the outermost block taken whole
                if isinstance(node, BLOCKS):
                    span = whole(node)
                    if span is None:
                        break
                    found = (node, span[1])
                elif not isinstance(node, Cell):  # a cell is taken with its row, never alone
                    break
                node = node.parent
            if found is not None:
                out.append(found[0])
                after = max(after, found[1])
        return out, after

    def delete_selection(self, start: Spot, end: Spot) -> Outcome:
        """Delete what the selection covers: whole blocks as blocks, the rest as text (see the module docstring)."""
        if end < start:
            start, end = end, start
        page = self.page
        blocks, following = self._covered_blocks(start, end)
        inside = {n.uid for b in blocks for n in b.walk()}
        ranges = [(i, a, b) for i, a, b in self.ranges(start, end) if i.owner is not None and i.owner.uid not in inside]
        joined = self._join_pair(start, end, blocks)
        after = (page.first_place(following) or page.first_place(start[0] - 1, forward=False)) if blocks else None
        if not blocks and not ranges:
            return Outcome(page.locate(start))

        def run() -> Place | None:
            place: Place | None = None
            for inline, a, b in reversed(ranges):
                at = self.host.session.delete_text(inline, a, b)
                if inline.owner is not None:
                    place = (inline.owner, inline.field, at)
            for node in reversed(blocks):
                self.host.session.delete_node(node)
            if joined is not None:
                first, later = joined
                place = structure.join_with_previous(self.host.session, later, first) or place
            return place

        place = self._perform("Delete", run)
        if place is None or (blocks and not ranges):
            place = after if after is not None else page.locate(start)
        return Outcome(place)

    def _join_pair(self, start: Spot, end: Spot, blocks: list[Node]) -> tuple[Clause, Clause] | None:
        """The clause the selection starts in and the later clause it ends in, when the second joins the first."""
        page = self.page
        first, last = page.locate(start), page.locate(end)
        if first is None or last is None or start[0] == end[0]:
            return None
        a, b = first[0], last[0]
        if not (isinstance(a, Clause) and isinstance(b, Clause)) or a is b or b.items or any(b is n or a is n for n in blocks):
            return None
        if first[1] != "text" or last[1] != "text" or b.ancestor(Annex) is not a.ancestor(Annex):
            return None
        return a, b

    # -- typing ---------------------------------------------------------------------------------

    def type_text(self, text: str, start: Spot, end: Spot | None = None, label: str = "Typing") -> Outcome:
        """Type `text` at `start` (replacing the selection up to `end`) as session text operations."""
        place = self.delete_selection(start, end).place if end is not None and end != start else self.page.locate(start)
        if place is None:
            return Outcome(refusal="fixed-text")
        if not text:
            return Outcome(place)
        node, name, offset = place
        inline: Inline = getattr(node, name)
        merge = ("type", id(inline)) if label == "Typing" else None
        self._perform(label, lambda: self.host.session.insert_text(inline, offset, text), merge)
        return Outcome((node, name, offset + len(text)))

    def backspace(self, spot: Spot) -> Outcome:
        """Backspace: the character before the cursor; at the start of a clause, join it to the one before."""
        return self._delete_character(spot, forward=False)

    def delete_forward(self, spot: Spot) -> Outcome:
        """Delete: the character after the cursor."""
        return self._delete_character(spot, forward=True)

    def _delete_character(self, spot: Spot, forward: bool) -> Outcome:
        place = self.page.locate(spot)
        if place is None:
            return NOTHING
        node, name, offset = place
        inline: Inline = getattr(node, name)
        start = offset if forward else offset - 1
        if 0 <= start < len(inline.text("markup")):
            after = self._perform("Delete", lambda: self.host.session.delete_text(inline, start, start + 1), ("delete", id(inline)))
            return Outcome((node, name, after if forward else start))
        if not forward and isinstance(node, Clause):
            previous = self.page.blocks[spot[0] - 1].node if spot[0] > 0 else None
            clause = node
            return Outcome(self._perform("Join clauses", lambda: structure.join_with_previous(self.host.session, clause, previous)))
        return NOTHING

    # -- structure ----------------------------------------------------------------------------

    def enter(self, spot: Spot) -> Outcome:
        """Enter: the next clause (splitting at the cursor), a first clause under a keyword, else on to the next field."""
        place = self.page.locate(spot)
        if place is None:
            return NOTHING
        node, name, offset = place
        session = self.host.session
        if isinstance(node, Clause):
            clause, at = node, offset if name == "text" else 0
            return Outcome(self._perform("New clause", lambda: structure.split_clause(session, clause, at)))
        if isinstance(node, Section):
            section = node
            return Outcome(self._perform("New clause", lambda: structure.new_first_clause(session, section)))
        return self.next_field(spot)

    def next_field(self, spot: Spot) -> Outcome:
        """The start of the next editable field, as Tab does in a form (the title, the preamble …: Enter means "done here")."""
        page = self.page
        index, position = spot
        for n in range(index, len(page.blocks)):
            for f in page.blocks[n].fields():
                if n > index or f.start > position:
                    self.host.session.break_merge()
                    return Outcome((f.node, f.name, f.markup_start))
        return NOTHING

    def indent(self, spot: Spot, deeper: bool = True) -> Outcome:
        """Tab / Shift+Tab: into or out of a sub-item level (the cursor stays where it was in the text)."""
        place = self.page.locate(spot)
        if place is None or not isinstance(place[0], Clause):
            return NOTHING
        clause: Clause = place[0]
        name, offset = place[1], place[2]
        verb = structure.indent if deeper else structure.outdent
        moved = self._perform("Indent" if deeper else "Outdent", lambda: verb(self.host.session, clause))
        if moved is None:
            return Outcome(refusal="no-deeper" if deeper else "not-sub-item")
        return Outcome((moved[0], name, offset))

    def block_at(self, spot: Spot) -> Node | None:
        """The clause, section, footnote or note whose paragraph `spot` is in (what Delete Clause deletes)."""
        node = self.page.blocks[spot[0]].node if 0 <= spot[0] < len(self.page.blocks) else None
        return node if isinstance(node, BLOCKS) else None

    def delete_block(self, spot: Spot) -> Outcome:
        """Delete Clause: the block at the cursor, whole (a block mark in a MOD); the cursor goes to what follows."""
        node = self.block_at(spot)
        if node is None:
            return NOTHING
        after = self.page.first_place(self.page.subtree(node)[1]) or self.page.first_place(spot[0] - 1, forward=False)
        label = "Delete section" if isinstance(node, Section) else "Delete clause"
        self._perform(label, lambda: self.host.session.delete_node(node))
        return Outcome(after if node.parent is None else self.page.locate(spot) or after)

    def insert_body(self, spot: Spot, what: BodyElement, picture: Picture | None = None) -> Outcome:
        """Insert > Body: a body section, heading, note, table, row, figure or appendix where the cursor is (one step)."""
        located = self.page.locate(spot)
        node = located[0] if located is not None else (self.page.blocks[spot[0]].node if 0 <= spot[0] < len(self.page.blocks) else None)
        session = self.host.session
        make: dict[str, Callable[[], Place | None]] = {
            "section": lambda: body.new_part(session, node),
            "heading": lambda: body.new_heading(session, node),
            "note": lambda: body.new_note(session, node),
            "table": lambda: body.new_table(session, node),
            "row": lambda: body.new_row(session, node),
            "figure": lambda: body.new_figure(session, node, picture) if picture is not None else None,
            "appendix": lambda: body.new_appendix(session, node),
        }
        if what in ("heading", "note", "table", "figure") and body.division_paragraph(node) is None:
            return Outcome(refusal="no-body")
        if what == "row" and (node is None or (node.ancestor(Table) is None and not isinstance(node, Table))):
            return Outcome(refusal="no-table")
        place = self._perform(f"Insert {what}", make[what])
        return Outcome(place) if place is not None else Outcome(refusal="no-body")

    def new_section_after(self, spot: Spot, keyword: str) -> Outcome:
        """Insert Section After: a section with `keyword` after the one the cursor is in, and the cursor in its clause."""
        node = self.page.blocks[spot[0]].node if 0 <= spot[0] < len(self.page.blocks) else None
        section = node if isinstance(node, Section) else node.ancestor(Section) if node is not None else None
        if section is None:
            return Outcome(refusal="no-section")
        return Outcome(self._perform("Insert section", lambda: structure.new_section_after(self.host.session, section, keyword)))

    def insert_footnote(self, spot: Spot) -> Outcome:
        """Insert > Footnote: a reference at the cursor, then the cursor in the new footnote's text."""
        place = self.page.locate(spot)
        if place is None:
            return Outcome(refusal="fixed-text")
        node, name, offset = place
        inline: Inline = getattr(node, name)
        return Outcome(self._perform("Insert footnote", lambda: structure.insert_footnote(self.host.session, inline, offset)))

    def toggle_format(self, start: Spot, end: Spot, what: Literal["bold", "italic"]) -> bool:
        """Ctrl+B / Ctrl+I over the selection: on unless all of it already is; False when nothing is selected."""
        ranges = self.ranges(min(start, end), max(start, end))
        if not ranges:
            return False
        spans = [s for inline, a, b in ranges for s in slice_spans(inline.spans, a, b) if s.text]
        on = not all(getattr(s, what) for s in spans)

        def run() -> None:
            for inline, a, b in ranges:
                if what == "bold":
                    self.host.session.set_format(inline, a, b, bold=on)
                else:
                    self.host.session.set_format(inline, a, b, italic=on)

        self._perform("Bold" if what == "bold" else "Italic", run)
        return True

    # -- paste ---------------------------------------------------------------------------------

    def paste(self, text: str, start: Spot, end: Spot | None = None) -> Outcome:
        """One paragraph is typed in; several become clauses after the current one (sections when they hold keywords)."""
        paras = paragraphs(text)
        if len(paras) <= 1:  # typed as it is, spaces included: "also " goes before "to invite"
            line = LINE_BREAKS.sub(" ", text).strip("\r\n\u2029\x0c\x85")
            return self.type_text(line if paras else "", start, end, label="Paste")
        if end is not None and end != start:
            self.delete_selection(start, end)
            start = min(start, end)
        place = self.page.locate(start)
        node = place[0] if place else (self.page.blocks[start[0]].node if 0 <= start[0] < len(self.page.blocks) else None)
        section = node if isinstance(node, Section) else (node.ancestor(Section) if node is not None else None)
        sections = sections_from_text(text)
        if sections and section is not None and section.parent is not None:
            field, index = locate(section)
            return self._insert_pasted(section.parent, field, index + 1, sections)
        if isinstance(node, Clause) and isinstance(node.parent, Section | Clause):
            field, index = locate(node)
            return self._insert_pasted(node.parent, field, index + 1, clauses_from_text(text))
        if isinstance(node, Section):
            return self._insert_pasted(node, "clauses", 0, clauses_from_text(text))
        return Outcome(refusal="paste-where")

    def _insert_pasted(self, parent: Node, field: str, index: int, nodes: list[Clause] | list[Section]) -> Outcome:
        """Insert pasted blocks as one undo step; the cursor goes to the end of the last one."""

        def run() -> None:
            for k, block in enumerate(nodes):
                self.host.session.insert_node(parent, field, index + k, block)

        self._perform("Paste", run)
        last: Node = nodes[-1]
        while isinstance(last, Section) and last.clauses:
            last = last.clauses[-1]
        name = "keyword" if isinstance(last, Section) else "text"
        return Outcome((last, name, len(getattr(last, name).text("markup"))))

