"""Misspelled words in the document view: their own underline, and the right-click menu's spelling entries.

The underline is a dotted line in the spelling colour, so it is never
taken for a drafting problem's wavy red or amber one; like those it is an
extra selection of the paragraphs on screen only (Decorations asks this
module's layer for them), placed by editor.editing.squiggles from the
word's markup stretch.  Right-clicking a misspelled word offers its
suggestions (choosing one replaces the word through the session, so the
change is tracked and one undo step), Add to Dictionary and Ignore All.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from editor.editing.squiggles import problem_span
from editor.spelling.checker import Misspelling

if TYPE_CHECKING:
    from editor.gui.document_view.view import DocumentView
    from editor.gui.spelling_link import SpellingLink

SPELLING = QColor("#1c71d8")
"""Blue, dotted: apart from the drafting problems' red and amber waves, and from the change marks' colours."""
MAX_SUGGESTIONS = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpellingMarks", text)


class SpellingMarks:
    """The spelling underlines and menu entries of one document view."""

    def __init__(self, view: DocumentView, link: SpellingLink) -> None:
        self.view = view
        self.link = link
        view.decorations.layers.append(self.selections)
        view.edit.menu_sections.append(self.menu_actions)

    def selections(self, visible: range) -> list[QTextEdit.ExtraSelection]:
        """The underlines of the misspelled words in the paragraphs `visible` (Markup view only)."""
        source = self.link.source
        view = self.view
        if source is None or view.mode != "markup":
            return []
        page = view.page
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(SPELLING)
        out = []
        for n in visible:
            block = page.blocks[n]
            if block.node is None:
                continue
            found = source.problems_for(block.node.uid)
            if not found:
                continue
            qt = view.display.block(n)
            for problem in found:
                span = problem_span(block, problem, whole=False)
                if span is None or span[0] == span[1]:
                    continue
                cursor = QTextCursor(qt)
                cursor.setPosition(qt.position() + span[0])
                cursor.setPosition(qt.position() + span[1], QTextCursor.MoveMode.KeepAnchor)
                sel = QTextEdit.ExtraSelection()
                sel.cursor, sel.format = cursor, fmt
                out.append(sel)
        return out

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
