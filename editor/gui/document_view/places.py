"""Where the cursor is in the model, and putting it at a model place: the document view's position mapping.

The screen's positions (a QTextDocument's characters) and the model's
places (a node, one of its inline fields, a markup offset) meet here and
only here: Screen turns positions into page spots (paragraph, position),
Page turns spots into places.  DocumentView inherits these methods; they
need only its text cursor, its Page and its Screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from editor.editing.page import Page, Place, Spot
from editor.gui.document_view.screen import Screen
from editor.gui.document_view.sheet import Sheet
from editor.model.nodes import Node

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextEdit

    _Edit = QTextEdit
else:
    _Edit = object


class CursorPlaces(_Edit):
    """The cursor's model place, and the cursor put on model places (mixed into DocumentView)."""

    page: Page
    display: Screen
    sheet: Sheet

    def spot(self, position: int | None = None) -> Spot:
        """The page spot of a document position (the cursor's by default)."""
        found = self.display.spot(self.textCursor().position() if position is None else position)
        return found if found is not None else (0, 0)

    def selection(self) -> tuple[Spot, Spot]:
        cursor = self.textCursor()
        return self.spot(cursor.selectionStart()), self.spot(cursor.selectionEnd())

    def location(self, cursor: QTextCursor | None = None) -> Place | None:
        """The model place of the cursor: node, field, markup offset (None in fixed text)."""
        if not self.display.rows():
            return None
        return self.page.locate(self.spot((cursor or self.textCursor()).position()))

    def projected(self, position: int) -> bool:
        """Whether the character at a document position is one the page adds and the model does not hold
        (the isolates around a left-to-right label in a right-to-left paragraph): copying leaves it out."""
        spot = self.display.spot(position)
        return spot is not None and spot[1] in self.page.blocks[spot[0]].direction_marks()

    def node_at_cursor(self) -> Node | None:
        return self.display.node_at(self.textCursor().position()) if self.display.rows() else None

    def _set_spot(self, spot: Spot, anchor: Spot | None = None) -> None:
        if not self.display.rows():
            return
        cursor = self.textCursor()
        if anchor is not None:
            cursor.setPosition(self.display.position(anchor))
            cursor.setPosition(self.display.position(spot), QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(self.display.position(spot))
        self.setTextCursor(cursor)

    def select(self, start: Spot, end: Spot) -> None:
        self._set_spot(end, start)

    def position_of(self, uid: int, field: str, offset: int) -> int | None:
        """The document position of markup `offset` in `field` of node `uid` (None where the page does not show it)."""
        spot = self.page.spot_of(uid, field, offset)
        return self.display.position(spot) if spot is not None else None

    def place_cursor(self, node: Node | int, field: str, offset: int) -> bool:
        uid = node if isinstance(node, int) else node.uid
        spot = self.page.spot_of(uid, field, offset)
        if spot is None:
            return False
        self._set_spot(spot)
        return True

    def select_range(self, uid: int, field: str, start: int, end: int) -> bool:
        """Select markup [start, end) of `field` of node `uid` (a change, a match); False where it is not shown."""
        first, last = self.page.spot_of(uid, field, start), self.page.spot_of(uid, field, end)
        if first is None or last is None:
            return False
        self.select(first, last)
        return True

    def select_block(self, uid: int) -> bool:
        """Select the paragraphs of node `uid` and those below it (an inserted or deleted block)."""
        node = next((b.node for n in self.page.own(uid)[:1] for b in [self.page.blocks[n]]), None)
        if node is None:
            return False
        start, end = self.page.subtree(node)
        self.select((start, 0), (end - 1, len(self.page.blocks[end - 1].shown())))
        return True

    def reveal(self, uid: int, field: str | None = None, offset: int = 0) -> None:
        """Put the cursor in `field` of node `uid` at markup `offset`; else at the start of the node's text."""
        own = self.page.own(uid)
        if not own:
            return
        if not (field and self.place_cursor(uid, field, offset)):
            fields = [f for n in own for f in self.page.blocks[n].fields() if f.node.uid == uid]
            first = next((f for f in fields if f.name == "text"), fields[0] if fields else None)
            self._set_spot((own[0], first.to_view(first.markup_start) if first is not None else 0))
        self.show_cursor_in_context()
        self.setFocus()

    def show_cursor_in_context(self) -> None:
        """Scroll a revealed place to a third of the way down, unless it is already well inside the view."""
        self.ensureCursorVisible()
        rect = self.cursorRect()
        height = self.viewport().height()
        if height // 10 <= rect.top() and rect.bottom() <= height * 3 // 4:
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round((rect.top() - height // 3) / self.sheet.scale))  # viewport pixels, in layout units
