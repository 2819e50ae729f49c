"""What the document view draws over the text: wavy underlines under problems, change bars beside changed lines.

Underlines are selections of the paragraphs on screen only, made when the
view is painted: a generated document can hold hundreds of problems, and
building a selection for each on every keystroke would cost more than the
edit.  Where each one goes is decided by editor.editing.squiggles, without
Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.editing.squiggles import problem_span, shows_field
from editor.export.styles import CHANGE_BAR_COLOR
from editor.gui.document_view.screen import PAGE_BREAK_GAP_PT
from editor.model.comments import covering
from editor.rules.problem import Problem

if TYPE_CHECKING:
    from editor.gui.document_view.view import DocumentView

ERROR, WARNING = QColor("#e01b24"), QColor("#e5a50a")
CHANGE_BAR = QColor("#" + CHANGE_BAR_COLOR)
PAGE_BREAK = QColor("#9a9996")
COMMENT, COMMENT_RESOLVED = QColor("#fce9a8"), QColor("#eeeeec")  # Word's comment yellow; a resolved one greyed


class Decorations:
    """The problems underlined in one view, and its change bars."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        self.problems: list[Problem] = []
        self.by_uid: dict[int, list[Problem]] = {}
        self.painters: list[Callable[[QPainter, range], None]] = []
        """What else is drawn over the paragraphs on screen in the Markup view (the misspelled words' underline)."""
        self._shown: tuple[tuple[int, ...], range] | None = None  # the last answer of `_visible`, and where the view stood
        self._made: tuple[tuple[object, ...], list[QTextEdit.ExtraSelection]] | None = None
        """The last answer of `selections`, and for which paragraphs on screen, text revision, mode and comments."""
        view.document().contentsChanged.connect(self._forget_shown)

    def _forget_shown(self) -> None:
        self._shown = None

    def set_problems(self, problems: list[Problem]) -> None:
        """Take the checks' problems; the view is drawn again only when they changed (typing inside a clause mostly
        leaves the list as it was, and the paragraph typed in is drawn again anyway)."""
        if problems != self.problems:
            self.problems = problems
            self.by_uid = {}
            for problem in problems:
                if problem.node_uid is not None:
                    self.by_uid.setdefault(problem.node_uid, []).append(problem)
            self.update()

    def update(self) -> None:
        """Draw the underlines and highlights again (the problems, the comments or the mode changed): they are made
        at the next paint, for the paragraphs then on screen."""
        self._made = None
        self.view.viewport().update()

    def _visible(self) -> range:
        """The page's paragraphs on screen (and two either side), asked of the layout again only when the view moved,
        changed size or zoom, or the text changed: the underlines and the painting ask after every keystroke."""
        view = self.view
        viewport = view.viewport()
        where = (view.verticalScrollBar().value(), view.horizontalScrollBar().value(), viewport.width(), viewport.height(),
                 view.sheet.zoom, view.display.rows())
        if self._shown is not None and self._shown[0] == where:
            return self._shown[1]
        screen = view.display
        shown_rect = view.sheet.layout_rect(viewport.rect())
        first, last = self.block_at(shown_rect.top()), self.block_at(shown_rect.bottom())
        shown = range(max(0, screen.nearest(first) - 2), min(screen.rows(), screen.nearest(last) + 3))
        self._shown = (where, shown)
        return shown

    def block_at(self, y: float) -> int:
        """The number of the last block that starts at or above height `y` of the layout.

        A binary search over the blocks' tops (a table's cells share their
        row's), where QTextEdit's hit test walks the document's frames: a
        quarter of a millisecond in 3,000 clauses, asked three times in an
        Enter.
        """
        document = self.view.document()
        layout = document.documentLayout()
        low, high = 0, document.blockCount() - 1
        while low < high:
            middle = (low + high + 1) // 2
            if layout.blockBoundingRect(document.findBlockByNumber(middle)).top() <= y:
                low = middle
            else:
                high = middle - 1
        return low

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        """The wavy underlines of the problems and the comments' highlights on the paragraphs on screen, as the view
        paints them.  They are made at a paint, once for each text, problems and paragraphs on screen (the cursor's
        blink and the next keystroke's paint ask again), and not given to QTextEdit as extra selections: setting
        those measures the old and the new ones on the layout at every change, and an Enter changed them twice."""
        view = self.view
        if not view.display.rows():
            return []
        visible = self._visible()
        comments = tuple((c.anchor, c.resolved, c.author, c.text) for c in view.session.document.comments)  # what a highlight shows
        key = (visible, view.document().revision(), view.mode, comments)
        if self._made is not None and self._made[0] == key:
            return self._made[1]
        selections = []
        page = view.page
        if self.by_uid:
            for n in visible:
                block = page.blocks[n]
                if block.node is None or block.node.uid not in self.by_uid:
                    continue
                qt = view.display.block(n)
                for problem, (start, end) in self.spans(n):
                    cursor = QTextCursor(qt)
                    cursor.setPosition(qt.position() + start)
                    cursor.setPosition(qt.position() + end, QTextCursor.MoveMode.KeepAnchor)
                    fmt = QTextCharFormat()
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                    fmt.setUnderlineColor(ERROR if problem.severity == "error" else WARNING)
                    sel = QTextEdit.ExtraSelection()
                    sel.cursor, sel.format = cursor, fmt
                    selections.append(sel)
        if view.mode == "markup":
            selections.extend(self._comment_highlights())
        self._made = (key, selections)
        return selections

    def _comment_highlights(self) -> list[QTextEdit.ExtraSelection]:
        """A background under the words each comment is on (the first paragraph of a block it is left on whole)."""
        view = self.view
        comments = view.session.document.comments
        if not comments:
            return []
        page = view.page
        shown = set(self._visible())
        out = []
        for comment in comments:
            anchor = comment.anchor
            stretch: tuple[int, int, int] | None = None
            if anchor.field is not None:
                first, last = page.spot_of(anchor.node.uid, anchor.field, anchor.start), page.spot_of(anchor.node.uid, anchor.field, anchor.end)
                if first is not None and last is not None and first[0] == last[0]:
                    stretch = (first[0], first[1], last[1])
            else:
                own = page.own(anchor.node.uid)
                if own:
                    stretch = (own[0], 0, len(page.blocks[own[0]].shown()))
            if stretch is None or stretch[0] not in shown or stretch[1] == stretch[2]:
                continue
            qt = view.display.block(stretch[0])
            cursor = QTextCursor(qt)
            cursor.setPosition(qt.position() + stretch[1])
            cursor.setPosition(qt.position() + stretch[2], QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(COMMENT_RESOLVED if comment.resolved else COMMENT)
            fmt.setToolTip(f"{comment.author}: {comment.text}")
            sel = QTextEdit.ExtraSelection()
            sel.cursor, sel.format = cursor, fmt
            out.append(sel)
        return out

    def spans(self, n: int) -> list[tuple[Problem, tuple[int, int]]]:
        """The problems underlined in paragraph `n`, with the stretch of each.

        A problem goes on the paragraph that shows its field; when no
        paragraph of its node does, on the node's first paragraph, whole.
        """
        page = self.view.page
        block = page.blocks[n]
        if block.node is None:
            return []
        own = page.own(block.node.uid) or [n]
        out: list[tuple[Problem, tuple[int, int]]] = []
        for problem in self.by_uid.get(block.node.uid, []):
            whole = own[0] == n and not any(shows_field(page.blocks[m], problem) for m in own)
            span = problem_span(block, problem, whole)
            if span is not None:
                out.append((problem, span))
        return out

    def tooltip(self, pos: QPoint) -> str:
        """What hovering at `pos` tells: the problems underlined there, and who changed the text and when."""
        lines = [p.message for p in self.at(pos)] + self.comments_at(pos)
        mark = self.view.cursorForPosition(pos).charFormat().toolTip()
        return "\n".join([*lines, mark] if mark else lines)

    def comments_at(self, pos: QPoint) -> list[str]:
        """The comments left on the words at `pos`, one line each ("Comment by CEPT: …")."""
        view = self.view
        document = view.session.document
        if not document.comments or view.mode != "markup" or not view.display.rows():
            return []
        place = view.page.locate(view.spot(view.cursorForPosition(pos).position()))
        if place is None:
            return []
        return [f"Comment by {c.author}: {c.text}" for c in covering(document, *place)]

    def at(self, pos: QPoint) -> list[Problem]:
        """The problems underlined on the paragraph at `pos` (a date in the preamble is not the title's)."""
        n = self.view.display.index_of(self.view.cursorForPosition(pos).blockNumber())
        return [] if n is None else [problem for problem, _ in self.spans(n)]

    def paint(self, painter: QPainter) -> None:
        """Over the paragraphs on screen, in the view's painter (layout coordinates, scaled by the zoom): first what
        the `painters` draw (the misspelled words' underline), then in the Markup view a change bar left of every
        paragraph that holds a mark, and a dashed line where a page break starts the next page (the text after a
        contribution's cover)."""
        view = self.view
        if not view.display.rows():
            return
        if self.painters and view.mode == "markup":
            visible = self._visible()
            for draw in self.painters:
                draw(painter, visible)
        layout = view.document().documentLayout()
        bottom = view.sheet.layout_rect(view.viewport().rect()).bottom()
        left, right = view.sheet.column()
        block = view.document().findBlockByNumber(self.block_at(view.sheet.layout_rect(view.viewport().rect()).top()))
        display = view.display
        rule = QPen(PAGE_BREAK, 1, Qt.PenStyle.DashLine)
        rule.setCosmetic(True)  # one screen pixel at every zoom
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            top = rect.top()
            if top > bottom:
                break
            n = display.index_of(block.blockNumber())
            shown = view.page.blocks[n] if n is not None else None
            if shown is not None and view.mode == "markup" and shown.has_marks():
                painter.fillRect(QRectF(left - 12, top, 3, rect.height()), CHANGE_BAR)
            if shown is not None and shown.page_break:
                painter.setPen(rule)
                y = top - view.formats.points(PAGE_BREAK_GAP_PT) / 2
                painter.drawLine(QPointF(left, y), QPointF(right, y))
            block = block.next()
