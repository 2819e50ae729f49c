"""The page in a QTextDocument: one Qt block per paragraph, updated splice by splice, and positions both ways.

Each proposal (and the cover page) sits in its own QTextFrame: Qt
re-positions every block after an edit within the same frame, so frames
keep a keystroke's layout cost to one proposal instead of the whole
document.  Frames add empty filler blocks between them, so paragraphs map
to block numbers through `_blockno` rather than one to one.  The formats
come from editor.export.text_formats, the ones the print and the PDF use.
"""

from __future__ import annotations

import bisect

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument, QTextFrameFormat

from editor.editing.page import Page, Splice, Spot
from editor.export.blocks import Block
from editor.export.text_formats import BlockWriter
from editor.model.nodes import Node, Proposal

PAGE_BREAK_GAP_PT = 24


def written_text(shown: str) -> str:
    """Text copied from the screen as it is written in the model: hyphens, line breaks (not Qt's separators).

    A selection across frames (the cover, each proposal) holds Qt's frame
    marks U+FDD0 and U+FDD1: where one frame ends and the next begins is a
    paragraph break, at the selection's ends nothing.
    """
    text = shown.replace("\u2011", "-").replace("\u2028", "\n").replace("\u2029", "\n")
    return text.replace("\ufdd1\ufdd0", "\n").replace("\ufdd0", "").replace("\ufdd1", "")


def _group(block: Block) -> int:
    """The frame a paragraph stands in: its proposal's, or the cover page's (0)."""
    node = block.node
    proposal = node.ancestor(Proposal) if node is not None else None
    return proposal.uid if proposal is not None else 0


class Screen:
    """Keeps a QTextDocument equal to a Page; see the module docstring."""

    def __init__(self, doc: QTextDocument, writer: BlockWriter) -> None:
        self.doc = doc
        self.writer = writer
        self.page: Page | None = None
        self._blockno: list[int] = []  # Qt block number of each paragraph, ascending
        self._groups: list[int] = []
        filler = QTextCharFormat()
        filler.setFontPointSize(1)  # the empty blocks Qt keeps around frames: as low as possible
        self.filler = filler

    # -- building ------------------------------------------------------------------------------

    def build(self, page: Page) -> None:
        """Lay the whole page out again (open, view switch, a new language, a new document)."""
        self.page = page
        self._blockno, self._groups = [], []  # first: clearing moves the cursor, and its listeners ask where it is
        doc = self.doc
        doc.clear()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.setBlockCharFormat(self.filler)
        group: int | None = None
        for block in page.blocks:
            g = _group(block)
            if g != group:
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.setBlockCharFormat(self.filler)
                cursor.insertFrame(QTextFrameFormat())
                group = g
            else:
                cursor.insertBlock()
            self._fill(cursor, block)
            self._blockno.append(cursor.blockNumber())
            self._groups.append(g)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.setBlockCharFormat(self.filler)
        cursor.endEditBlock()

    def apply(self, splices: list[Splice]) -> bool:
        """Bring the document in line with the page after `splices`; False when it had to be built again."""
        assert self.page is not None
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()
        done = all(self._splice(cursor, splice) for splice in splices)  # stops at the first it cannot make
        cursor.endEditBlock()
        if not done:
            self.build(self.page)
        return done

    def _fill(self, cursor: QTextCursor, block: Block) -> None:
        self.writer.fill(cursor, block)
        space = cursor.blockFormat().topMargin()
        if block.page_break:  # where print starts a new page the screen leaves a gap (decorations draws the rule)
            space += self.writer.formats.points(PAGE_BREAK_GAP_PT)
        frame = cursor.currentFrame()
        if frame is not None and frame is not self.doc.rootFrame() and cursor.block().position() == frame.firstPosition():
            # Qt lays the first paragraph of a frame out without its space before: the frame carries it
            frame_format = frame.frameFormat()
            if frame_format.topMargin() != space:
                frame_format.setTopMargin(space)
                frame.setFrameFormat(frame_format)
        elif block.page_break:
            block_format = cursor.blockFormat()
            block_format.setTopMargin(space)
            cursor.setBlockFormat(block_format)
        cursor.block().setUserState(block.node.uid if block.node is not None else -1)

    def _splice(self, cursor: QTextCursor, splice: Splice) -> bool:
        start, end, fresh = splice.start, splice.end, splice.blocks
        groups = [_group(b) for b in fresh]
        if end - start == len(fresh):  # the same paragraphs re-rendered in place (typing)
            for offset, block in enumerate(fresh):
                if groups[offset] != self._groups[start + offset]:
                    return False
                qt = self.block(start + offset)
                cursor.setPosition(qt.position())
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                self._fill(cursor, block)
            return True
        old_groups = set(self._groups[start:end])
        group = next(iter(old_groups)) if len(old_groups) == 1 else None
        if start == end:
            neighbour = start if start < len(self._groups) and self._groups[start] == groups[0] else start - 1
            if neighbour < 0 or self._groups[neighbour] != groups[0]:
                return False
            group = groups[0]
        if group is None or any(g != group for g in groups):
            return False
        if start == end:
            return self._insert(cursor, start, fresh, before=not (start > 0 and self._groups[start - 1] == group))
        first = self.block(start)
        last = self.block(end - 1)
        if not fresh:
            if len([g for g in self._groups if g == group]) == end - start:
                return False  # a frame cannot be left empty
            # Qt merges what is left into one block that takes the later block's format and state:
            # note the neighbour's now and give them back after the removal
            after = end < len(self._groups) and self._groups[end] == group
            kept = self.block(end) if after else self.block(start - 1)
            state, fmt, chars = kept.userState(), kept.blockFormat(), kept.charFormat()
            if after:
                cursor.setPosition(first.position())
                cursor.setPosition(kept.position(), QTextCursor.MoveMode.KeepAnchor)
            else:
                cursor.setPosition(kept.position() + kept.length() - 1)
                cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(chars)
            cursor.block().setUserState(state)
            self._renumber(start, end, [], first.blockNumber())
            return True
        cursor.setPosition(first.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        number = cursor.blockNumber()
        for n, block in enumerate(fresh):
            if n:
                cursor.insertBlock()
            self._fill(cursor, block)
        self._renumber(start, end, fresh, number)
        return True

    def _insert(self, cursor: QTextCursor, at: int, fresh: list[Block], before: bool) -> bool:
        """New paragraphs before paragraph `at` (or after paragraph `at - 1`), in the same frame."""
        if before:
            qt = self.block(at)
            state, number = qt.userState(), qt.blockNumber()
            cursor.setPosition(qt.position())
            for block in fresh:
                cursor.insertBlock()  # splits: an empty block stays above, the paragraph moves down with the cursor
                cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
                self._fill(cursor, block)
                cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
            cursor.block().setUserState(state)
        else:
            qt = self.block(at - 1)
            cursor.setPosition(qt.position() + qt.length() - 1)
            number = qt.blockNumber() + 1
            for block in fresh:
                cursor.insertBlock()
                self._fill(cursor, block)
        self._renumber(at, at, fresh, number)
        return True

    def _renumber(self, start: int, end: int, fresh: list[Block], number: int) -> None:
        shift = len(fresh) - (end - start)
        self._blockno[start:end] = range(number, number + len(fresh))
        self._groups[start:end] = [_group(b) for b in fresh]
        if shift:  # every later paragraph moves by as many Qt blocks (a list built at once: a loop cost each Enter 0.3 ms)
            after = start + len(fresh)
            self._blockno[after:] = [number + shift for number in self._blockno[after:]]

    # -- positions -----------------------------------------------------------------------------

    def block(self, index: int) -> QTextBlock:
        """The Qt block of paragraph `index`."""
        return self.doc.findBlockByNumber(self._blockno[index])

    def index_of(self, block_number: int) -> int | None:
        """The paragraph Qt block `block_number` shows (None for the filler blocks around frames)."""
        at = bisect.bisect_left(self._blockno, block_number)
        return at if at < len(self._blockno) and self._blockno[at] == block_number else None

    def nearest(self, block_number: int) -> int:
        """The paragraph at or after a Qt block, the last one past the end (fillers lead to the paragraph after them)."""
        return min(bisect.bisect_left(self._blockno, block_number), len(self._blockno) - 1)

    def spot(self, position: int) -> Spot | None:
        """The page spot of a document position (None when the document is empty)."""
        if not self._blockno:
            return None
        qt = self.doc.findBlock(position)
        index = self.index_of(qt.blockNumber())
        if index is None:
            return self.nearest(qt.blockNumber()), 0
        return index, position - qt.position()

    def position(self, spot: Spot) -> int:
        """The document position of a spot (one past the last paragraph: the end of the last one)."""
        index, offset = spot
        if index >= len(self._blockno):
            index, offset = len(self._blockno) - 1, 1 << 30
        qt = self.block(max(index, 0))
        return qt.position() + max(0, min(offset, qt.length() - 1))

    def node_at(self, position: int) -> Node | None:
        spot = self.spot(position)
        if spot is None or self.page is None:
            return None
        return self.page.blocks[spot[0]].node

    def rows(self) -> int:
        return len(self._blockno)
