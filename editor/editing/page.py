"""The document as the screen shows it: its editable blocks, kept in step with the model.

A Page holds the editable form of editor.export.blocks for one document and
answers the questions the document view asks: which node, field and offset
a place on screen shows, where a model place stands on screen, which
paragraphs belong to a node.  `update(notice)` rebuilds only what a change
notice names and hands back the splices (replace paragraphs [start, end)
with these), which the view applies to its QTextDocument in the same order;
so typing in a 3,000-clause document rebuilds one paragraph, and the screen
always equals a fresh build of the model (the tests check exactly that).
No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.export.blocks import Block, FootnoteNumbers, blocks_of, page_blocks
from editor.model.nodes import Clause, Cover, Document, Footnote, Node, Resolution, Section, attached, lineage
from editor.model.operations import ChangeNotice
from editor.model.text_change import common_ends

#: A place in the model: a node, one of its inline fields, a markup offset.
Place = tuple[Node, str, int]
#: A place on the page: a paragraph index and a position in its text.
Spot = tuple[int, int]
#: How many answers of `Page.own` are shifted across a splice before they are dropped instead.
OWN_CACHE_LIMIT = 2000


@dataclass(frozen=True)
class Splice:
    """Paragraphs [start, end) of the page are now `blocks` (indices as they were before this splice)."""

    start: int
    end: int
    blocks: list[Block]


def uid_of(block: Block) -> int:
    """The uid of the node a paragraph shows, -1 for none (no node has a negative uid)."""
    return block.node.uid if block.node is not None else -1


class Page:
    """The editable blocks of `document`; see the module docstring."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.numbers = FootnoteNumbers(document)
        self.blocks: list[Block] = page_blocks(document, self.numbers)
        self.paths: list[frozenset[int]] = [lineage(b.node) for b in self.blocks]
        self.uids: list[int] = [uid_of(b) for b in self.blocks]  # in step with blocks: the node each paragraph shows
        self._own: dict[int, list[int]] = {}  # asked-for answers of `own`, shifted when paragraphs move
        self._citing: dict[int, Node] = self._footnote_citers(document)

    # -- questions ------------------------------------------------------------------------

    def own(self, uid: int) -> list[int]:
        """Indices of the paragraphs that belong to node `uid` itself (not to its children).

        Found by list.index over `uids` (a scan in C) for the nodes asked
        about, not by mapping every paragraph after each new clause: on a
        3,000-clause page that mapping was the largest share of Enter.
        """
        found = self._own.get(uid)
        if found is None:
            found = []
            uids, n = self.uids, -1
            try:
                while True:
                    n = uids.index(uid, n + 1)
                    found.append(n)
            except ValueError:
                pass
            self._own[uid] = found
        return found

    def subtree(self, node: Node) -> tuple[int, int]:
        """The paragraphs [start, end) of `node` and everything below it (empty where it has none)."""
        own = self.own(node.uid)
        uid = node.uid
        start = own[0] if own else next((n for n, path in enumerate(self.paths) if uid in path), len(self.blocks))
        end = start
        while end < len(self.blocks) and uid in self.paths[end]:
            end += 1
        return start, end

    def locate(self, spot: Spot) -> Place | None:
        """The model place at `spot` (None in fixed text: "RESOLUTION ", "Reasons:", a TAB, the cover)."""
        index, position = spot
        if not 0 <= index < len(self.blocks):
            return None
        found = self.blocks[index].locate(position)
        if found is None:
            return None
        field, offset = found
        return field.node, field.name, offset

    def spot_of(self, uid: int, name: str, offset: int) -> Spot | None:
        """Where markup `offset` of field `name` of node `uid` stands (None when no paragraph shows that field)."""
        for n in self.own(uid):
            position = self.blocks[n].position_of(uid, name, offset)
            if position is not None:
                return n, position
        return None

    def first_place(self, index: int, forward: bool = True) -> Place | None:
        """The first editable place at or after paragraph `index` (before it when not `forward`)."""
        order = range(index, len(self.blocks)) if forward else range(index, -1, -1)
        for n in order:
            if 0 <= n < len(self.blocks):
                fields = self.blocks[n].fields()
                if fields:
                    f = fields[0] if forward else fields[-1]
                    return f.node, f.name, f.markup_start if forward else f.markup_start + f.markup_length
        return None

    def text(self) -> str:
        """Every paragraph's text, one per line: what the screen shows."""
        return "\n".join(b.shown() for b in self.blocks)

    # -- keeping in step ------------------------------------------------------------------

    def update(self, notice: ChangeNotice) -> list[Splice] | None:
        """Rebuild what `notice` names; the splices made, or None when the whole page was rebuilt."""
        targets: list[Node] = []
        for obj in notice.nodes:
            node = self.document if isinstance(obj, Cover) and obj is self.document.cover else obj
            if isinstance(node, Node) and attached(node, self.document) and node not in targets:
                targets.append(node)
        if notice.structural and any(isinstance(n, Document) for n in targets):
            self._rebuild()
            return None
        renumbered = self._renumbered(notice, targets)
        targets += [res for res in renumbered if res not in targets]
        targets += [n for n in self._citers_of([t for t in targets if isinstance(t, Footnote)]) if n not in targets]
        splices: list[Splice] = []
        rebuilt: set[int] = set()  # nodes whose whole subtree is rebuilt: what lies below them is done
        for node in sorted(targets, key=lambda n: len(lineage(n))):
            if rebuilt & lineage(node.parent):
                continue
            done, whole = self._refresh(node, whole=notice.structural or node in renumbered or isinstance(node, Clause | Section))
            splices += done
            if whole:
                rebuilt.add(node.uid)
        return splices

    def _refresh(self, node: Node, whole: bool) -> tuple[list[Splice], bool]:
        """Rebuild `node`'s own paragraphs, or its whole subtree; the splices, and whether it was the subtree.

        The subtree is rebuilt when `whole`, when the node has no paragraph of
        its own, and when its own paragraphs changed their block mark (the
        paragraphs below inherit it); a change in how many own paragraphs
        it has rebuilds just those when they stand together (a history line
        added under the title).
        """
        own = self.own(node.uid)
        if not whole and own:
            fresh = blocks_of(node, self.numbers, own=True)
            if [b.mark for b in fresh[:1]] == [self.blocks[own[0]].mark]:
                if len(fresh) == len(own):
                    return [s for n, block in zip(own, fresh, strict=True) if (s := self._splice(n, n + 1, [block])) is not None], False
                if own == list(range(own[0], own[-1] + 1)):
                    splice = self._splice(own[0], own[-1] + 1, fresh)
                    return ([splice] if splice is not None else []), False
        start, end = self.subtree(node)
        splice = self._splice(start, end, blocks_of(node, self.numbers))
        return ([splice] if splice is not None else []), True

    def _splice(self, start: int, end: int, fresh: list[Block]) -> Splice | None:
        """Replace paragraphs [start, end) by `fresh`, keeping the unchanged ones at both ends; the splice made."""
        old = self.blocks[start:end]
        head, tail = common_ends(old, fresh)
        # The kept paragraphs may have moved in the tree (an outdented item's next
        # sibling now below it): their paths are taken afresh with the new ones.
        self.paths[start:end] = [lineage(b.node) for b in fresh]
        if head == len(old) == len(fresh):
            self._own.clear()
            return None
        start, end, fresh = start + head, end - tail, fresh[head:len(fresh) - tail]
        gone = self.uids[start:end]
        self.blocks[start:end] = fresh
        self.uids[start:end] = [uid_of(b) for b in fresh]
        if end - start != len(fresh) or any(a.node is not b.node for a, b in zip(old[head:len(old) - tail], fresh, strict=False)):
            self._moved(start, end, len(fresh) - (end - start), {*gone, *self.uids[start:start + len(fresh)]})
        return Splice(start, end, fresh)

    def _moved(self, start: int, end: int, delta: int, touched: set[int]) -> None:
        """Keep the answers of `own` across a splice of paragraphs [start, end) that moved the rest by `delta`.

        The nodes of the paragraphs replaced or added are asked again; any
        other node has no paragraph in [start, end), so its answer only
        shifts.  Shifting the few answers asked for is cheaper than asking
        again (a scan of the page each) after every new clause; a cache
        grown large is dropped instead.
        """
        if len(self._own) > OWN_CACHE_LIMIT:
            self._own.clear()
            return
        kept: dict[int, list[int]] = {}
        for uid, found in self._own.items():
            if uid in touched:
                continue
            kept[uid] = [n + delta if n >= end else n for n in found] if delta and found and found[-1] >= end else found
        self._own = kept

    def _rebuild(self) -> None:
        self.numbers = FootnoteNumbers(self.document)
        self.blocks = page_blocks(self.document, self.numbers)
        self.paths = [lineage(b.node) for b in self.blocks]
        self.uids = [uid_of(b) for b in self.blocks]
        self._own.clear()
        self._citing = self._footnote_citers(self.document)

    # -- footnote numbers ----------------------------------------------------------------------

    @staticmethod
    def _footnote_citers(root: Node) -> dict[int, Node]:
        """The nodes whose text refers to a footnote, by uid."""
        return {n.uid: n for n in root.walk() if any(s.footnote is not None for i in n.inlines() for s in i.spans)}

    def _citers_of(self, footnotes: list[Footnote]) -> list[Node]:
        """The nodes that cite `footnotes`: a reference shows its footnote's mark when it has none of its own."""
        keys = {(fn.ancestor(Resolution), fn.key) for fn in footnotes}
        return [n for n in self._citing.values() if attached(n, self.document) and any(
            (n.ancestor(Resolution), s.footnote) in keys for i in n.inlines() for s in i.spans if s.footnote is not None)]

    def _renumbered(self, notice: ChangeNotice, targets: list[Node]) -> list[Node]:
        """Resolutions whose footnote numbers the change moved (their paragraphs show the numbers)."""
        changed: list[Resolution] = []
        for node in targets:
            cites = any(s.footnote is not None for i in node.inlines() for s in i.spans)
            cited = node.uid in self._citing
            if cites:
                self._citing[node.uid] = node
            else:
                self._citing.pop(node.uid, None)
            if notice.structural:
                self._citing.update(self._footnote_citers(node))
            if cites or cited or notice.structural:
                res = node.ancestor(Resolution)
                if res is not None and res not in changed:
                    changed.append(res)
        if not changed:
            return []
        moved = self.numbers.refresh(changed)
        return [res for res in self.document.resolutions() if res.uid in moved]
