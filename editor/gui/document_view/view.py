"""The document view widget: one QTextDocument, one block per row (its user state is the node's uid), edits through the controller.

The widget never lets QTextEdit change its own text.  Keystrokes are turned
into EditSession verbs run through the controller (one undo stack, revision
marks when tracking); the change notice that follows names the nodes whose
rows are re-rendered, so typing in a 3,000-clause document touches one
block.  Clause text is inserted as plain text with formats, never as HTML.

Each proposal sits in its own QTextFrame: Qt re-positions every block
after an edit within the same frame, so frames keep a keystroke's layout
cost to one proposal instead of the whole document.  Frames add empty
filler blocks between proposals, so rows map to block numbers through
`_blockno` rather than one to one.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QHelpEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from editor.gui.document_view import structure
from editor.gui.document_view.paste import clauses_from_text, paragraphs, sections_from_text
from editor.gui.document_view.rows import Row, rows_for
from editor.gui.document_view.squiggles import problem_span, shows_field
from editor.gui.document_view.styles import CHANGE_BAR, Formats
from editor.model.inline import Inline, slice_spans
from editor.model.marks import View
from editor.model.nodes import Clause, Document, Node, Section
from editor.model.operations import ChangeNotice
from editor.model.session import EditSession, locate
from editor.model.views import project
from editor.rules.problem import Problem

if TYPE_CHECKING:
    from editor.controller import DocumentController

PAGE_TEXT_WIDTH_PT = 17 / 2.54 * 72  # A4 less 2 cm margins
_NAVIGATION = {
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
}
_PASS_THROUGH = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.SelectAll)


Location = tuple[Node, str, int]
_R = TypeVar("_R")


class DocumentView(QTextEdit):
    """The resolution as printed, edited in place; see the module docstring."""

    message = Signal(str)
    node_changed = Signal(int)  # uid of the node under the cursor, when it changes (outline and properties follow)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.mode: View = "markup"
        self.formats = Formats(self.logicalDpiX())
        self._rows: list[Row] = []
        self._blockno: list[int] = []  # block number of each row, ascending
        self._index: dict[int, list[int]] = {}
        self._problems: list[Problem] = []
        self._problems_by_uid: dict[int, list[Problem]] = {}
        self.context_actions: list[QAction] = []  # added by optional parts (review: accept/reject at the cursor)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(round(PAGE_TEXT_WIDTH_PT * self.formats.px))
        # the page and its margins stay visible; the docks beside it give way
        self.setMinimumWidth(round((PAGE_TEXT_WIDTH_PT + 2 * 24) * self.formats.px) + self.verticalScrollBar().sizeHint().width() + 8)
        self.setObjectName("documentView")
        self._cursor_uid = 0
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        controller.changed.connect(self._on_changed)
        controller.reloaded.connect(self.rebuild)
        controller.reveal_requested.connect(self.reveal)
        controller.problems_changed.connect(self.refresh_problems)
        self.rebuild()

    @property
    def session(self) -> EditSession:
        return self.controller.session

    # -- rendering ------------------------------------------------------------------------

    def _source(self) -> Document:
        doc = self.session.document
        return doc if self.mode == "markup" else project(doc, self.mode)

    def _render(self, cursor: QTextCursor, row: Row) -> None:
        """Fill the (empty) block under `cursor` with `row`; text goes in as text, never markup."""
        cursor.setBlockFormat(self.formats.block(row.style))
        cursor.setBlockCharFormat(self.formats.char(row.style))
        for part in row.parts:
            inline = part.inline
            if inline is None:
                cursor.insertText(part.text, self.formats.char(row.style, italic=part.italic, bold=part.bold, mark=row.change))
                continue
            for span in inline.spans:
                if span.footnote is not None:
                    cursor.insertText(span.footnote or "*", self.formats.footnote_marker(row.style, span.mark or row.change))
                elif span.text:
                    fmt = self.formats.char(
                        row.style, italic=part.italic or span.italic, bold=part.bold or span.bold, mark=span.mark or row.change
                    )
                    cursor.insertText(span.text.replace("\n", "\u2028"), fmt)
        # the block carries the uid of the node it shows (user state: an int that Qt keeps with the block;
        # a QTextBlockUserData subclass crashes PySide at exit); fields and offsets come from the row
        cursor.block().setUserState(row.node.uid)

    def rebuild(self) -> None:
        """Lay out the whole document again (open, view switch, document replaced)."""
        keep = self.location()
        source = self._source()
        doc = self.document()
        doc.clear()
        doc.setDocumentMargin(round(24 * self.formats.px))
        filler = self.formats.filler()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.setBlockCharFormat(filler)
        self._rows, self._blockno = [], []
        frame_format = QTextFrameFormat()
        for proposal in source.proposals:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.setBlockCharFormat(filler)
            cursor.insertFrame(frame_format)
            for n, row in enumerate(rows_for(proposal)):
                if n:
                    cursor.insertBlock()
                self._render(cursor, row)
                self._rows.append(row)
                self._blockno.append(cursor.blockNumber())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.setBlockCharFormat(filler)
        cursor.endEditBlock()
        self._reindex()
        if (keep is None or not self.place_cursor(*keep)) and self._rows:
            self.setTextCursor(QTextCursor(self._block(0)))  # not the filler block before the first frame
            self.verticalScrollBar().setValue(0)
        self.refresh_problems()

    def _reindex(self) -> None:
        self._index = {}
        for n, row in enumerate(self._rows):
            self._index.setdefault(row.node.uid, []).append(n)

    def _replace_rows(self, start: int, end: int, rows: list[Row]) -> None:
        """Put `rows` in place of rows [start, end), re-rendering blocks in place when the count is equal."""
        if len(rows) == end - start:
            # one edit block: the layout is updated once, not after each insertText
            cursor = QTextCursor(self._block(start))
            cursor.beginEditBlock()
            for offset, row in enumerate(rows):
                cursor.setPosition(self._block(start + offset).position())
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                self._render(cursor, row)
                self._rows[start + offset] = row
            cursor.endEditBlock()
            return
        if not rows or start == end:
            self.rebuild()
            return
        if self._frame_of(start) != self._frame_of(end - 1) or isinstance(rows[0].node, Document):
            self.rebuild()  # rows of one subtree never span proposals; be safe if they would
            return
        first, last = self._block(start), self._block(end - 1)
        first_number = first.blockNumber()
        cursor = QTextCursor(first)
        cursor.beginEditBlock()
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        for n, row in enumerate(rows):
            if n:
                cursor.insertBlock()
            self._render(cursor, row)
        cursor.endEditBlock()
        shift = len(rows) - (end - start)
        self._rows[start:end] = rows
        self._blockno[start:end] = range(first_number, first_number + len(rows))
        for n in range(start + len(rows), len(self._blockno)):
            self._blockno[n] += shift
        self._reindex()

    def _block(self, row: int) -> QTextBlock:
        return self.document().findBlockByNumber(self._blockno[row])

    def _frame_of(self, row: int) -> object:
        frame = QTextCursor(self._block(row)).currentFrame()
        return frame.firstPosition() if frame is not None else None

    def row_index(self, block_number: int) -> int | None:
        """The row shown by block `block_number` (None for the filler blocks around frames)."""
        at = bisect.bisect_left(self._blockno, block_number)
        return at if at < len(self._blockno) and self._blockno[at] == block_number else None

    def _subtree_range(self, node: Node) -> tuple[int, int]:
        own = self._index.get(node.uid)
        start = own[0] if own else next((n for n, r in enumerate(self._rows) if node.uid in r.path), len(self._rows))
        end = start
        while end < len(self._rows) and node.uid in self._rows[end].path:
            end += 1
        return start, end

    def _attached(self, node: Node) -> bool:
        root: Node = node
        while root.parent is not None:
            root = root.parent
        return root is self.session.document

    def _on_changed(self, notice: ChangeNotice) -> None:
        """Re-render only what the notice names (a whole rebuild in the read-only views)."""
        keep = self.location()
        if self.mode != "markup":
            self.rebuild()
            return
        targets = [n for n in notice.nodes if isinstance(n, Node) and self._attached(n)]
        if any(isinstance(n, Document) for n in targets):
            self.rebuild()
            return
        outermost = [n for n in targets if not any(o is not n and o.uid in self._path_of(n) for o in targets)]
        for node in outermost:
            if notice.structural or isinstance(node, Clause | Section):
                start, end = self._subtree_range(node)
                self._replace_rows(start, end, list(rows_for(node)))
            else:
                own = [r for r in rows_for(node) if r.node is node]
                positions = self._index.get(node.uid, [])
                if len(own) != len(positions):
                    start, end = self._subtree_range(node)
                    self._replace_rows(start, end, list(rows_for(node)))
                    continue
                for at, row in zip(positions, own, strict=True):
                    self._replace_rows(at, at + 1, [row])
        touched = {n.uid for n in targets}
        cursor_in_change = keep is not None and bool(({keep[0].uid} | self._path_of(keep[0])) & touched)
        if notice.replayed and not cursor_in_change:
            # undo and redo show where they acted, as in Word
            shown = next((n for n in targets if n.uid in self._index), None)
            if shown is not None:
                self.reveal(shown.uid)
                keep = None
        if keep is not None:
            self.place_cursor(*keep)
        self.viewport().update(QRect(0, 0, 12, self.viewport().height()))  # the change bars; Qt repaints the text it changed

    @staticmethod
    def _path_of(node: Node) -> set[int]:
        uids: set[int] = set()
        walk = node.parent
        while walk is not None:
            uids.add(walk.uid)
            walk = walk.parent
        return uids

    def _on_cursor_moved(self) -> None:
        row = self.row_at(self.textCursor().blockNumber())
        if row is not None and row.node.uid != self._cursor_uid:
            self._cursor_uid = row.node.uid
            self.node_changed.emit(row.node.uid)

    def set_view_mode(self, mode: View) -> None:
        """Markup (editable, marks in colour), Final or Original (read only, marks resolved)."""
        if mode == self.mode:
            return
        self.mode = mode
        self.setReadOnly(mode != "markup")
        self.rebuild()

    # -- cursor <-> model ------------------------------------------------------------------

    def row_at(self, block_number: int) -> Row | None:
        at = self.row_index(block_number)
        return self._rows[at] if at is not None else None

    def location(self, cursor: QTextCursor | None = None) -> Location | None:
        """The model place of the cursor: node, field, markup offset (None in fixed text)."""
        cursor = cursor or self.textCursor()
        row = self.row_at(cursor.blockNumber())
        if row is None:
            return None
        found = row.locate(cursor.positionInBlock())
        if found is None:
            return None
        part, offset = found
        assert part.node is not None and part.field is not None
        return part.node, part.field, offset

    def position_of(self, uid: int, field: str, offset: int) -> int | None:
        for n in self._index.get(uid, []):
            row = self._rows[n]
            start = row.start_of(uid, field)
            if start is not None:
                part = next(p for p, at in row.fields() if at == start and p.field == field)
                return self._block(n).position() + start + max(0, min(part.to_view(offset), part.length()))
        return None

    def place_cursor(self, node: Node | int, field: str, offset: int) -> bool:
        uid = node if isinstance(node, int) else node.uid
        pos = self.position_of(uid, field, offset)
        if pos is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(min(pos, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        return True

    def reveal(self, uid: int, field: str | None = None, offset: int = 0) -> None:
        """Put the cursor in `field` of node `uid` at markup `offset`, on whichever row shows it.

        Without a field, or when the node does not show that field, the
        cursor goes to the start of its text (or first field, or first row).
        """
        rows = self._index.get(uid)
        if not rows:
            return
        if not (field and self.place_cursor(uid, field, offset)):
            names = [p.field for p, _ in self._rows[rows[0]].fields() if p.field]
            name = "text" if "text" in names else (names[0] if names else "")
            if not name or not self.place_cursor(uid, name, 0 if field else offset):
                cursor = self.textCursor()
                cursor.setPosition(self._block(rows[0]).position())
                self.setTextCursor(cursor)
        self.show_cursor_in_context()
        self.setFocus()

    def show_cursor_in_context(self) -> None:
        """Scroll a revealed place to a third of the way down, unless it is already well inside the view.

        ensureCursorVisible() alone scrolls only until the cursor line touches
        the edge, so a problem revealed below the view showed its first line
        half cut off at the bottom, with none of the text after it.
        """
        self.ensureCursorVisible()
        rect = self.cursorRect()
        height = self.viewport().height()
        if height // 10 <= rect.top() and rect.bottom() <= height * 3 // 4:
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - height // 3)

    def _selected_ranges(self) -> list[tuple[Inline, int, int]]:
        """The editable field ranges under the selection, in document order."""
        cursor = self.textCursor()
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        doc = self.document()
        out: list[tuple[Inline, int, int]] = []
        for n in range(doc.findBlock(a).blockNumber(), doc.findBlock(b).blockNumber() + 1):
            block, row = doc.findBlockByNumber(n), self.row_at(n)
            if row is None:
                continue
            lo, hi = a - block.position(), b - block.position()
            for part, start in row.fields():
                s, e = max(lo, start), min(hi, start + part.length())
                if s < e and part.inline is not None:
                    a_, b_ = part.to_markup(s - start), part.to_markup(e - start)
                    if a_ < b_:
                        out.append((part.inline, a_, b_))
        return out

    # -- editing ----------------------------------------------------------------------------

    def _perform(self, label: str, action: Callable[[], _R], merge_key: object = None) -> _R:
        """`action` as one undoable step, and its result (perform runs it before returning, or raises)."""
        result: list[_R] = []
        self.controller.perform(label, lambda: result.append(action()), merge_key)
        return result[0]

    def _cut(self) -> None:
        """Context menu Cut: copy, then delete through the model (tracked like any deletion)."""
        self.copy()
        self._delete_selection()

    def _delete_selection(self) -> Location | None:
        """Delete the selected text of every field under the selection; the cursor goes to its start."""
        ranges = self._selected_ranges()
        start = self.location(self._cursor_at(self.textCursor().selectionStart()))
        if not ranges:
            return start

        def run() -> int:
            after = 0
            for inline, s, e in reversed(ranges):
                after = self.session.delete_text(inline, s, e)
            return after

        after = self._perform("Delete", run)
        first = ranges[0][0]
        if first.owner is not None:
            self.place_cursor(first.owner, first.field, after)
            return first.owner, first.field, after
        return start

    def _cursor_at(self, pos: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        return cursor

    def insert_typed(self, text: str, label: str = "Typing") -> None:
        """Type `text` at the cursor (replacing the selection) as session text operations."""
        loc = self._delete_selection() if self.textCursor().hasSelection() else self.location()
        if loc is None:
            self.message.emit(self.tr("This part of the line is not text: edit the proposal line and the other fixed parts in Properties."))
            return
        if not text:
            return
        node, field, offset = loc
        inline: Inline = getattr(node, field)
        merge = ("type", id(inline)) if label == "Typing" else None
        self._perform(label, lambda: self.session.insert_text(inline, offset, text), merge)
        self.place_cursor(node, field, offset + len(text))

    def _caret(self) -> Location | None:
        """Where a Backspace or Delete acts; None when it deleted the selection instead (or is in fixed text)."""
        if self.textCursor().hasSelection():
            self._delete_selection()
            return None
        return self.location()

    def backspace(self) -> None:
        loc = self._caret()
        if loc is None:
            return
        node, field, offset = loc
        inline: Inline = getattr(node, field)
        if offset > 0:
            self._perform("Delete", lambda: self.session.delete_text(inline, offset - 1, offset), ("delete", id(inline)))
            self.place_cursor(node, field, offset - 1)
        elif isinstance(node, Clause):
            n = self.row_index(self.textCursor().blockNumber()) or 0
            previous = self._rows[n - 1].node if n > 0 else None
            place = self._perform("Join clauses", lambda: structure.join_with_previous(self.session, node, previous))
            self._land(place)

    def delete_forward(self) -> None:
        loc = self._caret()
        if loc is None:
            return
        node, field, offset = loc
        inline: Inline = getattr(node, field)
        if offset < len(inline.text("markup")):
            after = self._perform("Delete", lambda: self.session.delete_text(inline, offset, offset + 1), ("delete", id(inline)))
            self.place_cursor(node, field, after)

    def _land(self, place: structure.Place | None) -> None:
        if place is not None:
            self.place_cursor(*place)
            self.ensureCursorVisible()

    def enter(self) -> None:
        """Enter: the next clause (splitting at the cursor), or a first clause under a keyword."""
        loc = self.location()
        if loc is None:
            return
        node, field, offset = loc
        if isinstance(node, Clause):
            at = offset if field == "text" else 0
            self._land(self._perform("New clause", lambda: structure.split_clause(self.session, node, at)))
        elif isinstance(node, Section):
            self._land(self._perform("New clause", lambda: structure.new_first_clause(self.session, node)))
        else:  # the number line, title, history line, preamble, Reasons …: one paragraph each, so on to the next
            self.next_field()

    def next_field(self) -> bool:
        """Put the cursor at the start of the next editable field, as Tab does in a form; False at the end.

        Enter on a title or a preamble has no clause to start, and a drafter
        who presses it means "done here": the document stays as it is.
        """
        cursor = self.textCursor()
        n = self.row_index(cursor.blockNumber())
        if n is None:
            return False
        found = self._rows[n].locate(cursor.positionInBlock())
        after = -1
        if found is not None:
            after = next(start for part, start in self._rows[n].fields() if part is found[0])
        for m in range(n, len(self._rows)):
            for part, start in self._rows[m].fields():
                if (m > n or start > after) and part.node is not None and part.field is not None:
                    self.session.break_merge()
                    self._land((part.node, part.field, 0))
                    return True
        return False

    def indent(self, deeper: bool = True) -> None:
        """Tab / Shift+Tab: into or out of a sub-item level."""
        loc = self.location()
        if loc is None:
            return
        node, field, offset = loc
        if not isinstance(node, Clause):
            return
        clause: Clause = node
        verb = structure.indent if deeper else structure.outdent
        place = self._perform("Indent" if deeper else "Outdent", lambda: verb(self.session, clause))
        if place is not None:
            self.place_cursor(place[0], field, offset)
        else:
            self.message.emit(self.tr("This clause cannot go a level deeper.") if deeper else self.tr("This clause is not a sub-item."))

    def insert_footnote(self) -> None:
        """Insert > Footnote: a reference at the cursor, then the cursor in the new footnote's text."""
        loc = self.location()
        if loc is None or self.isReadOnly():
            return
        node, field, offset = loc
        inline: Inline = getattr(node, field)
        self._land(self._perform("Insert footnote", lambda: structure.insert_footnote(self.session, inline, offset)))

    def toggle_format(self, what: str) -> None:
        """Ctrl+B / Ctrl+I over the selection: on unless all of it already is."""
        ranges = self._selected_ranges()
        if not ranges:
            return
        spans = [s for inline, a, b in ranges for s in slice_spans(inline.spans, a, b) if s.text]
        on = not all(getattr(s, what) for s in spans)
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()

        def run() -> None:
            for inline, a, b in ranges:
                self.session.set_format(inline, a, b, **{what: on})

        self._perform("Bold" if what == "bold" else "Italic", run)
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def paste_text(self, text: str) -> None:
        """One paragraph is typed in; several become clauses after the current one."""
        paras = paragraphs(text)
        if len(paras) <= 1:
            line = text.strip("\r\n")
            if line:
                self.insert_typed(line, label="Paste")
            return
        loc = self.location()
        node = loc[0] if loc else None
        sections = sections_from_text(text)
        section = node if isinstance(node, Section) else (node.ancestor(Section) if node is not None else None)
        if sections and section is not None and section.parent is not None:
            # keywords in the paste: whole sections after the current one
            parent: Node = section.parent
            field, index = locate(section)
            self._insert_pasted(parent, field, index + 1, sections)
            return
        if isinstance(node, Clause) and node.parent is not None:
            parent = node.parent
            field, index = locate(node)
            index += 1
        elif isinstance(node, Section):
            parent, field, index = node, "clauses", 0
        else:
            self.message.emit(self.tr("Paste several paragraphs inside a clause or on a section keyword."))
            return
        self._insert_pasted(parent, field, index, clauses_from_text(text))

    def _insert_pasted(self, parent: Node, field: str, index: int, nodes: list[Clause] | list[Section]) -> None:
        """Insert pasted blocks as one undo step; the cursor goes to the end of the last one."""

        def run() -> None:
            for k, block in enumerate(nodes):
                self.session.insert_node(parent, field, index + k, block)

        self._perform("Paste", run)
        last: Node = nodes[-1]
        while isinstance(last, Section) and last.clauses:
            last = last.clauses[-1]
        name = "keyword" if isinstance(last, Section) else "text"
        self._land((last, name, len(getattr(last, name).text("markup"))))

    # -- Qt event plumbing ---------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.matches(QKeySequence.StandardKey.Undo):
            self.controller.undo()
            return
        if e.matches(QKeySequence.StandardKey.Redo):
            self.controller.redo()
            return
        if e.key() in _NAVIGATION or any(e.matches(k) for k in _PASS_THROUGH):
            self.session.break_merge()
            super().keyPressEvent(e)
            return
        if self.isReadOnly():
            return
        key = e.key()
        if e.matches(QKeySequence.StandardKey.Cut):
            self._cut()
        elif e.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insert_typed("\n")
            else:
                self.enter()
        elif key == Qt.Key.Key_Tab:
            self.indent(True)
        elif key == Qt.Key.Key_Backtab:
            self.indent(False)
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key == Qt.Key.Key_Delete:
            self.delete_forward()
        elif e.text() and e.text().isprintable() and not e.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            self.insert_typed(e.text())
        else:
            e.ignore()

    def inputMethodEvent(self, e: QInputMethodEvent) -> None:
        if e.commitString() and not self.isReadOnly():
            self.insert_typed(e.commitString())
        e.accept()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self.session.break_merge()
        super().mousePressEvent(e)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() and not self.isReadOnly()

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.paste_text(source.text())

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = QMenu(self)
        has_selection = self.textCursor().hasSelection()
        editable = not self.isReadOnly()
        menu.addAction(self.tr("Undo"), self.controller.undo).setEnabled(self.session.can_undo())
        menu.addAction(self.tr("Redo"), self.controller.redo).setEnabled(self.session.can_redo())
        menu.addSeparator()
        menu.addAction(self.tr("Cut"), self._cut).setEnabled(has_selection and editable)
        menu.addAction(self.tr("Copy"), self.copy).setEnabled(has_selection)
        menu.addAction(self.tr("Paste"), lambda: self.paste_text(QGuiApplication.clipboard().text())).setEnabled(editable)
        menu.addSeparator()
        menu.addAction(self.tr("Select All"), self.selectAll)
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        menu.exec(e.globalPos())

    # -- problems and change bars ------------------------------------------------------------------

    def refresh_problems(self) -> None:
        """Take the engine's problems; the squiggles are drawn for the rows on screen only.

        A generated document can hold hundreds of problems; building a
        selection for each on every keystroke would cost more than the edit.
        """
        problems = self.controller.problems() if self.mode == "markup" else []
        if problems == self._problems:  # typing inside a clause mostly leaves the list as it was
            self._update_squiggles()  # re-rendered paragraphs lost theirs
            return
        self._problems = problems
        self._problems_by_uid = {}
        for problem in self._problems:
            uid = getattr(problem, "node_uid", None)
            if uid is not None:
                self._problems_by_uid.setdefault(uid, []).append(problem)
        self._update_squiggles()

    def _visible_rows(self) -> tuple[int, int]:
        first = self.cursorForPosition(QPoint(0, 0)).blockNumber()
        last = self.cursorForPosition(QPoint(self.viewport().width() - 1, self.viewport().height() - 1)).blockNumber()
        lo = bisect.bisect_left(self._blockno, first)
        hi = bisect.bisect_right(self._blockno, last)
        return lo, hi

    def _update_squiggles(self) -> None:
        selections = []
        by_uid = self._problems_by_uid
        if by_uid and self._rows:
            lo, hi = self._visible_rows()
            for n in range(max(0, lo - 2), min(len(self._rows), hi + 2)):
                row = self._rows[n]
                if row.node.uid not in by_uid:
                    continue
                block = self._block(n)
                for problem, (start, end) in self._row_problems(n):
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + start)
                    cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                    fmt = QTextCharFormat()
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                    fmt.setUnderlineColor(QColor("#e01b24") if getattr(problem, "severity", "") == "error" else QColor("#e5a50a"))
                    sel = QTextEdit.ExtraSelection()
                    sel.cursor, sel.format = cursor, fmt
                    selections.append(sel)
        self.setExtraSelections(selections)

    def _row_problems(self, n: int) -> list[tuple[Problem, tuple[int, int]]]:
        """The problems underlined on row `n`, with the row span of each (see squiggles.problem_span).

        A problem goes on the row that shows its field; when no row of its
        node does, on the node's first row, whole.
        """
        row = self._rows[n]
        uid = row.node.uid
        own = self._index.get(uid, [n])
        out: list[tuple[Problem, tuple[int, int]]] = []
        for problem in self._problems_by_uid.get(uid, []):
            whole = own[0] == n and not any(shows_field(self._rows[m], problem) for m in own)
            span = problem_span(row, problem, whole)
            if span is not None:
                out.append((problem, span))
        return out

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dy:
            self._update_squiggles()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._update_squiggles()

    def problems_at(self, pos: QPoint) -> list[Problem]:
        """The problems underlined on the paragraph at `pos` (a date in the preamble is not the title's)."""
        at = self.row_index(self.cursorForPosition(pos).blockNumber())
        return [] if at is None else [problem for problem, _ in self._row_problems(at)]

    def viewportEvent(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent) and e.type() == QEvent.Type.ToolTip:
            pos = e.pos()
            lines = [p.message for p in self.problems_at(pos)]
            tip = self.cursorForPosition(pos).charFormat().toolTip()
            if tip:
                lines.append(tip)
            if lines:
                QToolTip.showText(e.globalPos(), "\n".join(lines), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)

    def paintEvent(self, e: QPaintEvent) -> None:
        """The text, then a change bar in the margin of every paragraph that holds a mark."""
        super().paintEvent(e)
        if self.mode != "markup" or not self._rows:
            return
        painter = QPainter(self.viewport())
        layout = self.document().documentLayout()
        dy, dx = self.verticalScrollBar().value(), self.horizontalScrollBar().value()
        height = self.viewport().height()
        block = self.cursorForPosition(QPoint(0, 0)).block()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            top = rect.top() - dy
            if top > height:
                break
            row = self.row_at(block.blockNumber())
            if row is not None and row.has_marks():
                painter.fillRect(QRectF(6 - dx, top, 3, rect.height()), CHANGE_BAR)
            block = block.next()
        painter.end()
