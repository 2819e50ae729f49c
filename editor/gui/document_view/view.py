"""The document view widget: the page as the ITU prints it, edited in place through editor.editing.

The widget never lets QTextEdit change its own text.  What the drafter
does becomes an editor.editing.commands call (run through the controller:
one history, revision marks when tracking); the change notice that follows
rebuilds the paragraphs it names in the Page, and `Screen` applies the
same splices to the QTextDocument, so typing in a 3,000-clause document
touches one block.  The Markup view edits the document itself; Final and
Original show projections and are read only.  The page sits centred in the
view; a zoom scales the picture of the layout made at 100 % (`ZoomedPage`,
`Sheet`), so nothing is built or laid out again.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from editor.editing.page import Page
from editor.export.blocks import LRI, PDI
from editor.export.text_formats import BlockWriter, TextFormats
from editor.gui import mark_text
from editor.gui.document_view.canvas import ZoomedPage
from editor.gui.document_view.decorations import Decorations
from editor.gui.document_view.editing import ViewEditing
from editor.gui.document_view.places import CursorPlaces
from editor.gui.document_view.screen import Screen, written_text
from editor.gui.document_view.sheet import Sheet
from editor.model.marks import View
from editor.model.nodes import Node, lineage
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession
from editor.model.views import project

if TYPE_CHECKING:
    from editor.controller import DocumentController

class DocumentView(CursorPlaces, ZoomedPage, QTextEdit):
    """The resolution as printed, edited in place; see the module docstring."""

    message = Signal(str)
    node_changed = Signal(object)  # the node under the cursor, when it changes, at the next pass of the event loop (outline and properties follow)
    zoom_changed = Signal(int)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.mode: View = "markup"
        self.formats = TextFormats()
        self.sheet = Sheet(self, self.formats)
        self._take_over_the_control()
        self.display = Screen(self.document(), BlockWriter(self.formats, True, mark_text.tagged))
        self.page = Page(controller.session.document)
        self.decorations = Decorations(self)
        self.context_actions: list[QAction] = []  # the window's clause and review commands, shown in the context menu
        self._cursor_uid = 0
        self._follow = QTimer(self)  # node_changed once per pass of the event loop, for where the cursor came to rest
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self._announce_node)
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
        """Scale the page on screen (50 % to 300 %); nothing is built or laid out again."""
        zoom = self.sheet.set_zoom(percent)
        self.setCursorWidth(math.ceil(100 / zoom))  # a cursor of at least one screen pixel
        self.viewport().update()
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.sheet.step(up=True))

    def zoom_out(self) -> None:
        self.set_zoom(self.sheet.step(up=False))

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.sheet.fit()

    def wheelEvent(self, e: QWheelEvent) -> None:
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if e.angleDelta().y() > 0 else self.zoom_out()
            e.accept()
            return
        super().wheelEvent(e)

    def _on_cursor_moved(self) -> None:
        """The panels follow the cursor once its command is done: an Enter moves it three times (the text
        spliced around it, back to its place, into the new clause), and each selection in a 4,000-row
        outline costs a relayout of the tree."""
        self._follow.start()

    def _announce_node(self) -> None:
        node = self.node_at_cursor()
        if node is not None and node.uid != self._cursor_uid:
            self._cursor_uid = node.uid
            self.node_changed.emit(node)

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

    # the mouse reaches QTextEdit at the zoom's scale (Sheet.on_page); a click beside the page lands on the line
    # beside it, not at the end of the document
    def event(self, e: QEvent) -> bool:
        """Mouse events beside the page (the viewport margins) reach the text as if on its nearest point."""
        if isinstance(e, QMouseEvent) and self._mouse(e, outside=True):
            return True
        return super().event(e)

    def _mouse(self, e: QMouseEvent, outside: bool = False) -> bool:
        handlers = {QEvent.Type.MouseButtonPress: QTextEdit.mousePressEvent, QEvent.Type.MouseButtonRelease: QTextEdit.mouseReleaseEvent,
                    QEvent.Type.MouseButtonDblClick: QTextEdit.mouseDoubleClickEvent, QEvent.Type.MouseMove: QTextEdit.mouseMoveEvent}
        handler = handlers.get(e.type())
        if handler is None:
            return False
        if e.type() == QEvent.Type.MouseButtonPress:
            self.session.break_merge()
        handler(self, self.sheet.on_page(e, outside))
        if e.type() == QEvent.Type.MouseMove and not outside:
            self.follow_drag(e)
        return True

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self._mouse(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        self._mouse(e)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:
        self._mouse(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        self._mouse(e)

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
        data.setText(self.written_selection())
        return data

    def written_selection(self) -> str:
        """The selected text as the model writes it (what Copy gives and Find starts from): `written_text`, without
        the isolates the page adds around a label."""
        cursor = self.textCursor()
        start, shown = cursor.selectionStart(), cursor.selectedText()
        return written_text("".join(ch for at, ch in enumerate(shown) if not (ch in (LRI, PDI) and self.projected(start + at))))

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu, at = self.context_menu_for(e)
        menu.exec(at)

    def context_menu_for(self, e: QContextMenuEvent) -> tuple[QMenu, QPoint]:
        """The menu of `e` and where it shows: a right-click's is about the word clicked; the Menu key's (or
        Shift+F10's), as in Word, about the word at the cursor, shown below it (its event's position is the edit's,
        not a place in the text)."""
        if e.reason() == QContextMenuEvent.Reason.Keyboard:
            return self.edit.context_menu(), self.viewport().mapToGlobal(self.cursorRect().bottomLeft())
        return self.edit.context_menu(e.pos()), e.globalPos()

    # -- problems and change bars ------------------------------------------------------------------

    def refresh_problems(self) -> None:
        """Take the engine's problems; the squiggles are drawn for the paragraphs on screen only."""
        self.decorations.set_problems(self.controller.problems() if self.mode == "markup" else [])

    def problems_at(self, pos: QPoint) -> list[object]:
        return list(self.decorations.at(pos))

    def viewportEvent(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent) and e.type() == QEvent.Type.ToolTip:
            tip = self.decorations.tooltip(e.pos())
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)

