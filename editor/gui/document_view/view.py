"""The document view widget: the page as the ITU prints it, edited in place through editor.editing.

The widget never lets QTextEdit change its own text.  What the drafter
does becomes an editor.editing.commands call (run through the controller:
one history, revision marks when tracking); the change notice that follows
rebuilds the paragraphs it names in the Page, and `Screen` applies the
same splices to the QTextDocument, so typing in a 3,000-clause document
touches one block.  The Markup view edits the document itself; Final and
Original show projections and are read only.  The page sits centred in the
view, and zooming scales the layout (`set_zoom`) instead of building the
text again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from editor.editing.page import Page, Place, Spot
from editor.export.text_formats import BlockWriter, TextFormats
from editor.gui import mark_text
from editor.gui.document_view.decorations import Decorations
from editor.gui.document_view.editing import ViewEditing
from editor.gui.document_view.screen import Screen, written_text
from editor.gui.document_view.sheet import Sheet
from editor.model.marks import View
from editor.model.nodes import Node, lineage
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession
from editor.model.views import project

if TYPE_CHECKING:
    from editor.controller import DocumentController

class DocumentView(QTextEdit):
    """The resolution as printed, edited in place; see the module docstring."""

    message = Signal(str)
    node_changed = Signal(int)  # uid of the node under the cursor, when it changes (outline and properties follow)
    zoom_changed = Signal(int)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.mode: View = "markup"
        self.formats = TextFormats()
        self.sheet = Sheet(self, self.formats)
        self.display = Screen(self.document(), BlockWriter(self.formats, True, mark_text.tagged))
        self.page = Page(controller.session.document)
        self.decorations = Decorations(self)
        self.context_actions: list[QAction] = []  # the window's clause and review commands, shown in the context menu
        self._cursor_uid = 0
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)
        self.setObjectName("documentView")
        self.setMinimumWidth(240)
        self.edit = ViewEditing(self)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        controller.changed.connect(self._on_changed)
        controller.reloaded.connect(self.reload)
        controller.reveal_requested.connect(self.reveal)
        controller.problems_changed.connect(self.refresh_problems)
        self.sheet.set_zoom(100)
        self.reload()

    @property
    def session(self) -> EditSession:
        return self.controller.session

    # -- the page -------------------------------------------------------------------------

    def reload(self) -> None:
        """A new document (open, new, recovery): build its page."""
        self.rebuild()
        self.verticalScrollBar().setValue(0)

    def rebuild(self) -> None:
        """Lay the whole page out again, keeping the cursor on the same place of the model."""
        keep = self.location()
        doc = self.session.document
        self.formats.set_language(doc.language)
        self.page = Page(doc if self.mode == "markup" else project(doc, self.mode))
        self.display.build(self.page)
        self.sheet.fit()
        if keep is None or not self.place_cursor(*keep):
            self._set_spot((0, 0))
        self.refresh_problems()

    def _on_changed(self, notice: ChangeNotice) -> None:
        """Rebuild what the notice names (all of a read-only view, which shows a projection)."""
        if self.mode != "markup" or self.formats.language != self.session.document.language:
            self.rebuild()  # a projection, or a new language: every paragraph's direction and fonts change
            return
        keep = self.location()
        splices = self.page.update(notice)
        if splices is None:
            self.display.build(self.page)
            self.sheet.fit()
        elif splices:
            self.display.apply(splices)
        touched = {n.uid for n in notice.nodes if isinstance(n, Node)}
        if notice.replayed and (keep is None or not lineage(keep[0]) & touched):
            shown = next((n for n in notice.nodes if isinstance(n, Node) and self.page.own(n.uid)), None)
            if shown is not None:  # undo and redo show where they acted, as in Word
                self.reveal(shown.uid)
                keep = None
        if keep is not None:
            self.place_cursor(*keep)
        self.viewport().update(QRect(0, 0, max(0, self.sheet.left()), self.viewport().height()))  # the change bars

    def set_view_mode(self, mode: View) -> None:
        """Markup (editable, marks in colour), Final or Original (read only, marks resolved); the cursor stays on its clause."""
        if mode == self.mode:
            return
        top = self.display.node_at(self.cursorForPosition(QPoint(0, 0)).position())
        self.mode = mode
        self.setReadOnly(mode != "markup")
        self.rebuild()
        if top is not None:  # the same clause stays at the top of the view
            own = self.page.own(top.uid)
            if own:
                self.verticalScrollBar().setValue(round(self.document().documentLayout().blockBoundingRect(self.display.block(own[0])).top()))

    # -- zoom and the page on screen ----------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self.sheet.zoom

    def set_zoom(self, percent: int) -> None:
        """Scale the page (50 % to 300 %); nothing is built again."""
        self.zoom_changed.emit(self.sheet.set_zoom(percent))
        self.decorations.update()

    def zoom_in(self) -> None:
        self.zoom_changed.emit(self.sheet.step(up=True))

    def zoom_out(self) -> None:
        self.zoom_changed.emit(self.sheet.step(up=False))

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.sheet.fit()
        self.decorations.update()

    def wheelEvent(self, e: QWheelEvent) -> None:
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if e.angleDelta().y() > 0 else self.zoom_out()
            e.accept()
            return
        super().wheelEvent(e)

    # -- cursor <-> model ------------------------------------------------------------------

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
        bar.setValue(bar.value() + rect.top() - height // 3)

    def _on_cursor_moved(self) -> None:
        node = self.node_at_cursor()
        if node is not None and node.uid != self._cursor_uid:
            self._cursor_uid = node.uid
            self.node_changed.emit(node.uid)

    # -- Qt event plumbing ---------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if not self.edit.handle_key(e):
            super().keyPressEvent(e)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Ctrl+Tab leaves the text (Tab itself indents a clause); the window's F6 cycles through the panels."""
        return QWidget.focusNextPrevChild(self, forward)

    def inputMethodEvent(self, e: QInputMethodEvent) -> None:
        if e.commitString():
            self.edit.type_text(e.commitString())
        e.accept()

    # a click beside the page lands on the line beside it (Sheet.on_page), not at the end of the document
    def event(self, e: QEvent) -> bool:
        """Mouse events beside the page (the viewport margins) reach the text as if on its nearest point."""
        handlers = {QEvent.Type.MouseButtonPress: self.mousePressEvent, QEvent.Type.MouseButtonRelease: self.mouseReleaseEvent,
                    QEvent.Type.MouseButtonDblClick: self.mouseDoubleClickEvent, QEvent.Type.MouseMove: self.mouseMoveEvent}
        handler = handlers.get(e.type())
        if handler is not None and isinstance(e, QMouseEvent):
            handler(self.sheet.on_page(e, outside=True))
            return True
        return super().event(e)

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self.session.break_merge()
        super().mousePressEvent(self.sheet.on_page(e))

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        super().mouseMoveEvent(self.sheet.on_page(e))

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(self.sheet.on_page(e))

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(self.sheet.on_page(e))

    def focusOutEvent(self, e: QFocusEvent) -> None:
        self.session.break_merge()
        super().focusOutEvent(e)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() and not self.isReadOnly()

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.edit.paste_text(source.text())

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy gives the text as written, not as laid out (hyphens, not Word's non-breaking ones; line breaks)."""
        data = QMimeData()
        data.setText(written_text(self.textCursor().selectedText()))
        return data

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        self.edit.context_menu().exec(e.globalPos())

    # -- problems and change bars ------------------------------------------------------------------

    def refresh_problems(self) -> None:
        """Take the engine's problems; the squiggles are drawn for the paragraphs on screen only."""
        self.decorations.set_problems(self.controller.problems() if self.mode == "markup" else [])

    def problems_at(self, pos: QPoint) -> list[object]:
        return list(self.decorations.at(pos))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dy:
            self.decorations.update()

    def viewportEvent(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent) and e.type() == QEvent.Type.ToolTip:
            tip = self.decorations.tooltip(e.pos())
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)

    def paintEvent(self, e: QPaintEvent) -> None:
        """The text, then a change bar in the margin beside every paragraph that holds a mark."""
        super().paintEvent(e)
        if self.display.rows():
            painter = QPainter(self.viewport())
            self.decorations.paint(painter, self.sheet.left(), self.sheet.right(), bars=self.mode == "markup")
            painter.end()

