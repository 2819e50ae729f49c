"""Misspelled words in the document view: their own underline, and the right-click menu's spelling entries.

The underline is a purple dotted line drawn just below the word, so it is
never taken for a drafting problem's wavy red or amber one, and an inserted
word keeps its own blue underline above it.  It is painted over the
paragraphs on screen only (Decorations calls `paint`), placed by
editor.editing.squiggles from the word's markup stretch.  Right-clicking a misspelled word offers its
suggestions (choosing one replaces the word through the session, so the
change is tracked and one undo step), Add to Dictionary and Ignore All.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QMenu

from editor.editing.squiggles import problem_span
from editor.spelling.checker import Misspelling

if TYPE_CHECKING:
    from editor.gui.document_view.view import DocumentView
    from editor.gui.spelling_link import SpellingLink

SPELLING = QColor("#9141ac")
"""Purple, dotted: apart from the drafting problems' red and amber waves, and from the blue and red of the
revision marks (an inserted word keeps its blue underline: the dots go just below it)."""
MAX_SUGGESTIONS = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpellingMarks", text)


class SpellingMarks:
    """The spelling underlines and menu entries of one document view."""

    def __init__(self, view: DocumentView, link: SpellingLink) -> None:
        self.view = view
        self.link = link
        view.decorations.painters.append(self.paint)
        view.edit.menu_sections.append(self.menu_actions)

    def stretches(self, visible: range) -> list[tuple[Misspelling, int, int]]:
        """The misspelled words in the paragraphs `visible`, with their [start, end) document positions (Markup view only)."""
        source = self.link.source
        view = self.view
        if source is None or view.mode != "markup":
            return []
        page = view.page
        out = []
        for n in visible:
            block = page.blocks[n]
            if block.node is None:
                continue
            found = source.problems_for(block.node.uid)
            if not found:
                continue
            at = view.display.block(n).position()
            for problem in found:
                span = problem_span(block, problem, whole=False)
                if span is not None and span[0] < span[1]:
                    out.append((problem, at + span[0], at + span[1]))
        return out

    def paint(self, painter: QPainter, visible: range) -> None:
        """A dotted line just below each misspelled word, under the underline of an inserted one (which stays), in
        the view's painter (layout coordinates, scaled by the zoom)."""
        view = self.view
        scale = view.sheet.scale
        pen = QPen(SPELLING, max(1.5, scale * 1.5) / scale, Qt.PenStyle.DotLine)  # the painter scales it by the zoom
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.save()
        painter.setPen(pen)
        cursor = QTextCursor(view.document())
        left, right = view.sheet.column()
        for _problem, start, end in self.stretches(visible):
            cursor.setPosition(start)
            first = view.layout_cursor_rect(cursor)
            cursor.setPosition(end)
            last = view.layout_cursor_rect(cursor)
            if first.top() == last.top():
                segments = [(first, last.left())]
            else:  # a word broken over two lines (at its hyphen)
                segments = [(first, right), (QRectF(left, last.top(), 0, last.height()), last.left())]
            for rect, end_x in segments:
                y = rect.bottom()  # a QRectF: the line just below the cursor's rectangle
                painter.drawLine(QPointF(rect.left(), y), QPointF(end_x, y))
        painter.restore()

    def at(self, pos: QPoint | None = None) -> Misspelling | None:
        """The misspelled word at viewport point `pos` (at the cursor when None)."""
        source, view = self.link.source, self.view
        if source is None or view.mode != "markup" or not view.display.rows():
            return None
        cursor = view.textCursor() if pos is None else view.cursorForPosition(pos)
        place = view.page.locate(view.spot(cursor.position()))
        if place is None:
            return None
        node, field, offset = place
        return next((p for p in source.problems_for(node.uid)
                     if p.field == field and p.offset is not None and p.offset <= offset <= p.offset + (p.length or 0)), None)

    def menu_actions(self, menu: QMenu, pos: QPoint | None) -> list[QAction]:
        """The suggestions for the word at `pos`, then Add to Dictionary and Ignore All; none off a misspelling."""
        problem = self.at(pos)
        source = self.link.source
        if problem is None or source is None:
            return []
        view = self.view
        actions = []
        suggestions = source.suggestions(problem)[:MAX_SUGGESTIONS]
        for text in suggestions:
            action = QAction(text, menu)
            action.triggered.connect(partial(self.replace, problem, text))
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.setEnabled(not view.isReadOnly())
            actions.append(action)
        if not suggestions:
            none = QAction(_tr("(no suggestions)"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(_tr("Add to Dictionary"), menu)
        add.triggered.connect(partial(self.add_to_dictionary, problem))
        ignore = QAction(_tr("Ignore All"), menu)
        ignore.triggered.connect(partial(self.ignore_all, problem))
        return [*actions, add, ignore]

    def replace(self, problem: Misspelling, text: str) -> bool:
        """Put `text` in place of the word: through the controller, so the author is asked for and it is tracked."""
        source = self.link.source
        done: list[bool] = []
        if source is not None:
            self.view.controller.perform(_tr('Replace "%1"').replace("%1", problem.word),
                                         lambda: done.append(source.replace(problem, text)))
        if not done or not done[0]:
            self.view.message.emit(_tr('"%1" has changed since it was checked.').replace("%1", problem.word))
            return False
        return True

    def add_to_dictionary(self, problem: Misspelling) -> None:
        source = self.link.source
        failed = source.add_to_dictionary(problem) if source is not None else None
        if failed:
            self.view.message.emit(failed)
        self.link.publish()

    def ignore_all(self, problem: Misspelling) -> None:
        if self.link.source is not None:
            self.link.source.ignore_all(problem)
        self.link.publish()
